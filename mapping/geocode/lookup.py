"""Looking up one part of a place name ("Kawkhli Upazila") in the gazetteer.

Exact keys first (names, alternate names, aliases, transliteration skeletons); when they give
nothing strong, rapidfuzz, with its ``default_process`` processor (rapidfuzz 3 no longer
normalises unless asked), over the bare names, their skeletons and, for names of several
words, the full names. A search may be limited to the places within one area (a scope),
where a looser cut-off is safe because the parent has already narrowed the choice.
"""

from __future__ import annotations

from rapidfuzz import fuzz, process, utils

from mapping.geocode.gazetteer import PLACE_FACTOR, Gazetteer, exact_hits
from mapping.geocode.normalise import consonants, name_keys

FUZZY_CUTOFF = 80  # across the whole gazetteer
SCOPED_CUTOFF = 72  # among the descendants of an area already matched
FUZZY_WEIGHT = 0.9  # a fuzzy hit scores at most this
MAX_PER_PART = 6
CLOSE = 0.85  # a fuzzy score this high needs no second opinion from the skeleton
STRONG = 0.95  # an exact hit on an admin area's name; below it, fuzzy hits are sought too
HINT_FACTOR = 0.85  # a "District", "Upazila" or "Sadar" the entry does not fit


class PartLookup:
    """Finds the entries one part may name; remembers what it has looked up."""

    def __init__(self, gazetteer: Gazetteer):
        self.gazetteer = gazetteer
        self._parts: dict[tuple[str, str | None, bool], dict[str, float]] = {}
        self._choices: dict[str | None, tuple[list[str], ...]] = {}

    def lookup(self, part: str, scope: str | None = None, fuzzy: bool = True) -> dict[str, float]:
        """Entries ``part`` may name, within ``scope`` (an entry id), with scores 0-1.

        ``fuzzy=False`` keeps to exact keys (names, alternate names, aliases, skeletons).
        """
        key = (name_keys(part).full, scope, fuzzy)
        found = self._parts.get(key)
        if found is None:
            found = self._lookup(part, scope, fuzzy)
            self._parts[key] = found
        return found

    def _lookup(self, part: str, scope: str | None, fuzzy: bool) -> dict[str, float]:
        g = self.gazetteer
        keys = name_keys(part)
        if not keys.bare:
            if keys.sadar and scope is not None:  # "Sadar" alone: the headquarters upazila of this district
                return {i: 0.95 for i in g.children.get(scope, [])
                        if g.entries[i].parent_id == scope and name_keys(g.entries[i].name).sadar}
            return {}
        hits = {i: s for i, s in exact_hits(g, part).items() if g.is_within(i, scope)}
        if fuzzy and (not hits or max(hits.values()) < STRONG):  # only weak exact hits (or places): look further
            for entry_id, score in self._fuzzy(keys, scope).items():
                hits[entry_id] = max(hits.get(entry_id, 0.0), score)
        if keys.level_hint:
            hits = {i: s if g.level(i) == keys.level_hint else s * HINT_FACTOR for i, s in hits.items()}
        if keys.sadar:
            hits = {i: s if name_keys(g.entries[i].name).sadar else s * HINT_FACTOR for i, s in hits.items()}
        best = sorted(hits.items(), key=lambda kv: -kv[1])[:MAX_PER_PART]
        return dict(best)

    def _scope_choices(self, scope: str | None) -> tuple[list[str], ...]:
        found = self._choices.get(scope)
        if found is None:
            bare, ids = self.gazetteer.scope(scope)
            skeletons = [name_keys(b).skeleton for b in bare]
            # rapidfuzz's processor, applied once to the choices rather than on every call
            full = [utils.default_process(self.gazetteer.full[i]) for i in ids]
            found = ([utils.default_process(b) for b in bare], [consonants(s) for s in skeletons], ids, skeletons, full)
            self._choices[scope] = found
        return found

    def _fuzzy(self, keys, scope: str | None) -> dict[str, float]:
        """Close names within ``scope``: the bare name, then (if that found nothing close) the
        transliteration skeleton, and the full name when it has several words."""
        bare, cons, ids, skeletons, full = self._scope_choices(scope)
        cutoff = SCOPED_CUTOFF if scope is not None else FUZZY_CUTOFF
        hits: dict[str, float] = {}
        if keys.latin:
            queries = [(keys.bare, bare), (keys.skeleton, skeletons)]
            if " " in keys.full:  # "Sadaar Dakkhin": a qualifier word that is part of the name
                queries.append((keys.full, full))
        else:
            queries = [(consonants(keys.skeleton), cons)]
        entries = self.gazetteer.entries
        for n, (query, choices) in enumerate(queries):
            if n == 1 and hits and max(hits.values()) >= CLOSE:
                continue  # the bare name was close enough; the skeleton adds nothing
            for _, score, index in process.extract(
                utils.default_process(query), choices, scorer=fuzz.ratio, processor=None,
                limit=MAX_PER_PART * 2, score_cutoff=cutoff,
            ):
                entry_id = ids[index]
                value = FUZZY_WEIGHT * score / 100.0 * (PLACE_FACTOR if entries[entry_id].kind == "place" else 1.0)
                if value > hits.get(entry_id, 0.0):
                    hits[entry_id] = value
        return hits
