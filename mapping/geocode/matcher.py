"""Matching a place as typed ("Chattogram / Coxs Bazar / Ukhia Upazila") against the gazetteer.

Each part of the text is looked up on its own (:mod:`mapping.geocode.lookup`). The parts are
then chained down the hierarchy, each one within the one before, so a parent constrains its
children: "Rangamati / Kawkhali" is the Kawkhali in Rangamati. Parts a chain left out are looked
for again among the descendants of the area they follow, with a looser fuzzy cut-off. Readings
are ranked by how well they fit: the parts they match, less a penalty for each part left out
and each admin level skipped ("Rangpur / Pirganj" names the district before the division).

The confidence (0-1) is the score of the deepest part, weighed with its parents', lowered for
parts that could not be placed and, above all, by a rival reading that ends in an unrelated
place: a child name that exists under two parents gives candidates with a low confidence,
never a confident guess.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, replace

from mapping.geocode.gazetteer import Gazetteer, level_label
from rapidfuzz import fuzz
from rapidfuzz.distance import OSA

from mapping.geocode.lookup import FUZZY_WEIGHT, PartLookup
from mapping.geocode.normalise import fold, name_keys, split_path

MAX_CANDIDATES = 5
TIE = 0.03  # hits this close are both followed
EXTENDED = 4  # chains whose missing parts are looked for again
UNUSED_PENALTY = 0.5  # per part of the text a reading leaves out
SEPARATION = 0.5  # lead over an unrelated rival that gives full confidence
SKIP_PENALTY = 0.25  # per admin level skipped between two parts
SPELLING_SEPARATION = 0.8  # a lead in spelling alone (one edit against three) counts this much
PARENT_CUTOFF = 80  # a part read as a misspelt parent of the part after it


@dataclass
class Candidate:
    """A place the text may mean."""

    id: str
    name: str
    level: str  # adm1 … adm4, village
    score: float
    path: str
    pcodes: dict[int, str] = field(default_factory=dict)
    latitude: float | None = None
    longitude: float | None = None

    def as_dict(self) -> dict:
        d = asdict(self)
        d["pcodes"] = {str(k): v for k, v in self.pcodes.items()}
        return d

    @classmethod
    def from_dict(cls, d: dict) -> Candidate:
        return cls(**{**d, "pcodes": {int(k): v for k, v in d.get("pcodes", {}).items()}})


@dataclass
class Match:
    """The best place for a text, how sure the matcher is, and the runners-up."""

    best: Candidate | None
    confidence: float
    unmatched: list[str] = field(default_factory=list)
    ambiguous: bool = False
    fit: float = field(default=0.0, repr=False)  # how well the parts chained (compares readings of one text)
    runners: list[tuple[str, float]] = field(default_factory=list, repr=False)  # (entry id, score)
    matcher: Matcher | None = field(default=None, repr=False, compare=False)
    by_pcode: bool = False  # the text held a P-code, used as it is

    @property
    def level(self) -> str:
        return self.best.level if self.best else ""

    @property
    def candidates(self) -> list[Candidate]:
        """The runners-up, best first (built when asked: most matches never need them)."""
        if self.matcher is None:
            return []
        return [self.matcher._candidate(entry_id, score) for entry_id, score in self.runners]


class _Chain:
    """Parts matched down the hierarchy: (part index, entry id, score), top first."""

    __slots__ = ("links", "total", "end", "_skipped")

    def __init__(self, links: list[tuple[int, str, float]]):
        self.links = links
        self.total = sum(s for _, _, s in links)
        self.end = links[-1][1]
        self._skipped: int | None = None

    def skipped(self, gazetteer: Gazetteer) -> int:
        """Admin levels skipped between consecutive links."""
        if self._skipped is None:
            levels = [gazetteer.depth(entry_id) for _, entry_id, _ in self.links]
            self._skipped = sum(max(0, b - a - 1) for a, b in zip(levels, levels[1:]))
        return self._skipped


class Matcher(PartLookup):
    """Matches texts against one gazetteer; remembers the parts and texts it has matched."""

    def __init__(self, gazetteer: Gazetteer):
        super().__init__(gazetteer)
        self._texts: dict[tuple, Match] = {}

    # --- a whole text ------------------------------------------------------------------

    def match(self, text: str | list[str]) -> Match:
        """The best place for ``text`` ("Division / District / Upazila / Union", or a list of parts)."""
        parts = split_path(text) if isinstance(text, str) else [p for p in text if p and str(p).strip()]
        if not parts:
            return Match(None, 0.0)
        pcode = self._pcode(parts)
        if pcode is not None:
            return pcode
        # Lists repeat their places in other cases and spellings of punctuation: a text whose
        # parts have the same keys is matched once (the part lookups are keyed the same way).
        key = (tuple(name_keys(str(p)).full for p in parts), "," in str(text))
        found = self._texts.get(key)
        if found is None:
            found = self._texts[key] = self._match_parts(parts, key[1])
        return replace(found, unmatched=list(found.unmatched), runners=list(found.runners))

    def _match_parts(self, parts: list[str], commas: bool) -> Match:
        result = self._match(parts)
        if len(parts) > 1 and commas:  # "Ukhia, Cox's Bazar": smallest first
            reverse = self._match(parts[::-1])
            if reverse.best is not None and (result.best is None or (reverse.fit, reverse.confidence) > (result.fit, result.confidence)):
                result = reverse
        return result

    def _pcode(self, parts: list[str]) -> Match | None:
        g = self.gazetteer
        codes = [p.strip().upper() for p in parts if p.strip().upper() in g.entries and g.entries[p.strip().upper()].kind == "admin"]
        if not codes:
            return None
        deepest = max(codes, key=g.level)
        return Match(self._candidate(deepest, 1.0), 1.0, by_pcode=True)

    def _candidate(self, entry_id: str, score: float) -> Candidate:
        row = self.gazetteer.entries[entry_id]
        pcodes = dict(row.pcodes)
        if row.kind == "admin":
            pcodes[row.level] = row.id
        return Candidate(row.id, row.name, level_label(row.level), round(score, 3), self.gazetteer.path(entry_id),
                         pcodes, row.latitude, row.longitude)

    def _chains(self, parts: list[str]) -> list[_Chain]:
        g = self.gazetteer
        hits = [self.lookup(p) for p in parts]
        best: dict[tuple[int, str], _Chain] = {}
        by_entry: dict[str, list[tuple[int, int, _Chain]]] = {}  # entry id -> (order, part, chain)
        for i, found in enumerate(hits):
            for entry_id, score in found.items():
                parent, value = None, score
                depth = g.depth(entry_id)
                # only chains ending in an area that holds this entry, in the order they were made
                before = sorted(t for a in g.ancestors[entry_id] for t in by_entry.get(a, ()) if t[1] < i)
                for _, _, previous in before:
                    # the nearest parent first: "Sylhet / Sylhet Sadar" goes through the district
                    v = previous.total + score - SKIP_PENALTY * max(0, depth - g.depth(previous.end) - 1)
                    if v > value:
                        parent, value = previous, v
                link = (i, entry_id, score)
                chain = best[(i, entry_id)] = _Chain([*parent.links, link] if parent is not None else [link])
                by_entry.setdefault(entry_id, []).append((len(best), i, chain))
        chains = sorted(best.values(), key=lambda c: -c.total)[: MAX_CANDIDATES * 2]
        out: list[_Chain] = []
        for n, c in enumerate(chains):
            out.extend(self._extend(self._parents(c, parts), parts, 0) if n < EXTENDED else [c])
        return out

    def _parents(self, chain: _Chain, parts: list[str]) -> _Chain:
        """Read the parts before a chain's first link as its own parents, misspelt.

        "Paba / Sujanagar" means Pabna (a letter dropped), the district holding Sujanagar, not
        the upazila of Paba: an exact hit on another place kept the misspelt parent from being
        looked up fuzzily, so each part a chain left out is compared with the areas that hold
        the link after it (a handful, below the link before it), from the nearest upward.
        """
        g = self.gazetteer
        links = chain.links
        if len(links) == links[-1][0] + 1:
            return chain  # no part left out before the last link
        used = {i for i, _, _ in links}
        added: list[tuple[int, str, float]] = []
        below = None
        for k in range(links[-1][0], -1, -1):
            if k in used:
                below = next(e for i, e, _ in links if i == k)
                continue
            keys = name_keys(parts[k])
            if below is None or not keys.bare or not keys.latin:
                continue
            above = [e for i, e, _ in links if i < k]
            holders = [a for a in g.ancestors[below]
                       if g.entries[a].kind == "admin" and (not above or g.is_within(a, above[-1]) and a != above[-1])]
            scored = [(max(fuzz.ratio(keys.bare, g.bare[a]), fuzz.ratio(keys.skeleton, fold(g.bare[a]))), a) for a in holders]
            scored = [(s, a) for s, a in scored if s >= PARENT_CUTOFF]
            if not scored:
                continue
            score, below = max(scored)
            added.append((k, below, FUZZY_WEIGHT * score / 100.0))
        return _Chain(sorted([*added, *chain.links])) if added else chain

    def _extend(self, chain: _Chain, parts: list[str], start: int) -> list[_Chain]:
        """Look for the parts a chain left out among the descendants of the area before them.

        Near-ties are all followed ("Cumilla / Sadar": Adarsha Sadar and Sadar Dakkhin), so
        the ranking sees the rival and the confidence drops.
        """
        links = chain.links
        used = {i for i, _, _ in links}
        for k in range(start, len(parts)):
            if k in used:
                continue
            before = [link for link in links if link[0] < k]
            if not before:
                continue
            after = [link for link in links if link[0] > k]
            found = self.lookup(parts[k], before[-1][1])
            if after:  # it must also hold the next link
                found = {i: s for i, s in found.items() if i in self.gazetteer.ancestors[after[0][1]]}
            if not found:
                continue
            top = max(found.values())
            out: list[_Chain] = []
            for entry_id, score in found.items():
                if score >= top - TIE:
                    out.extend(self._extend(_Chain(sorted([*links, (k, entry_id, score)])), parts, k + 1))
            return out
        return [chain]

    def _separation(self, parts: list[str], top: _Chain, top_fit: float, fit: float, rival: _Chain) -> float:
        """How clearly the best reading beats an unrelated rival (0-1).

        Fuzzy scores of one slip and of a different name lie close together ("Moohanpur":
        Mohanpur 0.85, Monpura 0.75), so when both readings end on the same part of the text
        the spelling decides too: one edit away from the best name (a letter dropped, doubled,
        changed or two swapped) and at least two more from the rival's is a clear lead (edits
        counted on the bare names or on the skeletons, whichever is fewer, which favours the
        rival). Two readings one edit apart, or names that fold to the same skeleton (Fulbari,
        Phulbari), stay close.
        """
        separation = max(0.0, min(1.0, (top_fit - fit) / SEPARATION))
        k = top.links[-1][0]
        if separation >= SPELLING_SEPARATION or rival.links[-1][0] != k:
            return separation
        keys = name_keys(parts[k])
        if len(keys.bare) < 5 or not keys.latin:
            return separation
        edits = self._edits(keys, top.end)
        if edits <= 1 and self._edits(keys, rival.end) >= edits + 2:
            return SPELLING_SEPARATION
        return separation

    def _edits(self, keys, entry_id: str) -> int:
        """Edits between a typed name and an entry's, on the bare keys or the skeletons."""
        bare = self.gazetteer.bare[entry_id]
        return min(OSA.distance(keys.bare, bare), OSA.distance(keys.skeleton, fold(bare)))

    def _match(self, parts: list[str]) -> Match:
        g = self.gazetteer
        chains = self._chains(parts)
        if not chains:
            return Match(None, 0.0, unmatched=list(parts))
        keys = [name_keys(p) for p in parts]
        informative = {i for i, k in enumerate(keys) if k.bare or k.sadar}

        def fit(c: _Chain) -> float:
            """Parts matched, less a penalty for each part left out and each level skipped
            ("Rangpur / Pirganj" names the district of Rangpur before the division)."""
            unused = len(informative) - sum(1 for i, _, _ in c.links if i in informative)
            return c.total - UNUSED_PENALTY * unused - SKIP_PENALTY * c.skipped(g)

        by_end: dict[str, tuple[float, _Chain]] = {}
        for c in chains:
            f = fit(c)
            if c.end not in by_end or f > by_end[c.end][0]:
                by_end[c.end] = (f, c)
        ranked = sorted(by_end.values(), key=lambda fc: (-fc[0] + 1e-9 * g.level(fc[1].end)))
        top_fit, top = ranked[0]
        used = {i for i, _, _ in top.links}
        last = max(used)
        missed_inside = sorted(i for i in informative if i not in used and i < last)
        missed_after = sorted(i for i in informative if i not in used and i > last)
        end_score = top.links[-1][2]
        others = [s for _, _, s in top.links[:-1]]
        quality = end_score if not others else 0.7 * end_score + 0.3 * sum(others) / len(others)
        coverage = (0.6 ** len(missed_inside)) * (0.97 ** len(missed_after))
        rivals = [(f, c) for f, c in ranked[1:] if not g.related(c.end, top.end)]
        separation = min((self._separation(parts, top, top_fit, f, c) for f, c in rivals), default=1.0)
        confidence = quality * coverage * (0.35 + 0.65 * separation)
        runners = [c for _, c in ranked[1:] if c.end not in g.ancestors[top.end]][:MAX_CANDIDATES]
        scale = max(top.total, 1e-9)
        return Match(
            best=self._candidate(top.end, confidence),
            confidence=round(confidence, 3),
            runners=[(c.end, confidence * min(1.0, c.total / scale)) for c in runners],
            matcher=self,
            unmatched=[parts[i] for i in missed_inside + missed_after],
            ambiguous=bool(rivals) and separation < 0.5,
            fit=top_fit,
        )
