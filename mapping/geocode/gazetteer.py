"""The gazetteer index in memory: every named place by its search keys, with its ancestors.

Admin areas are entries whose id is their P-code; villages, camps and landmarks (from GeoNames
or a user's list) are "place" entries at level 5 with the P-codes of the areas holding them.
The rows live in the project file (:mod:`directory.gazetteer_store`); building this index
from them takes a fraction of a second.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from directory.gazetteer_store import GazetteerRow
from mapping.geocode.aliases import Aliases, default_aliases
from mapping.geocode.normalise import consonants, fold, name_keys

PLACE_LEVEL = 5

#: How much an exact hit on each kind of key is worth (a fuzzy hit is worth at most 0.9).
WEIGHT_FULL, WEIGHT_BARE, WEIGHT_ALIAS, WEIGHT_SKELETON = 1.0, 0.97, 0.97, 0.94
PLACE_FACTOR = 0.95


def level_label(level: int) -> str:
    return "village" if level >= PLACE_LEVEL else f"adm{level}"


class Gazetteer:
    """Named places indexed by key, with their place in the admin hierarchy."""

    def __init__(self, rows: Iterable[GazetteerRow], aliases: Aliases | None = None):
        self.aliases = aliases if aliases is not None else default_aliases()
        self.entries: dict[str, GazetteerRow] = {}
        self.deepest_admin = 0
        self.ancestors: dict[str, frozenset[str]] = {}
        self.children: dict[str | None, list[str]] = defaultdict(list)  # every descendant, by ancestor
        self.keys: dict[str, dict[str, float]] = defaultdict(dict)  # key -> {entry id: weight}
        self.consonant_keys: dict[str, set[str]] = defaultdict(set)
        self.bare: dict[str, str] = {}  # entry id -> its bare key (for fuzzy scoring)
        self.full: dict[str, str] = {}  # entry id -> its full key
        for row in rows:
            self._add(row)
        self._scopes: dict[str | None, tuple[list[str], list[str]]] = {}
        self._paths: dict[str, str] = {}

    def __len__(self) -> int:
        return len(self.entries)

    def _add(self, row: GazetteerRow) -> None:
        if row.id in self.entries:
            return
        self.entries[row.id] = row
        if row.kind == "admin":
            self.deepest_admin = max(self.deepest_admin, row.level)
        ancestors = {p for lvl, p in row.pcodes.items() if lvl < row.level and p != row.id}
        if row.parent_id:
            ancestors.add(row.parent_id)
        self.ancestors[row.id] = frozenset(ancestors)
        self.children[None].append(row.id)
        for a in ancestors:
            self.children[a].append(row.id)
        main = name_keys(row.name)
        self.bare[row.id] = main.bare or main.full
        self.full[row.id] = main.full
        # A village or town yields to an admin area of the same name (the town of Ukhia lies in
        # the upazila of Ukhia; a person naming one usually means the area).
        factor = PLACE_FACTOR if row.kind == "place" else 1.0
        for i, text in enumerate([row.name, *row.alternate_names]):
            keys = name_keys(text)
            primary = i == 0
            self._key(keys.full, row.id, factor * (WEIGHT_FULL if primary else WEIGHT_ALIAS))
            if keys.bare:
                self._key(keys.bare, row.id, factor * (WEIGHT_BARE if primary else WEIGHT_ALIAS - 0.02))
                self._key("~" + keys.skeleton, row.id, factor * WEIGHT_SKELETON)
                self.consonant_keys[consonants(keys.skeleton)].add(row.id)

    def _key(self, key: str, entry_id: str, weight: float) -> None:
        if key and weight > self.keys[key].get(entry_id, 0.0):
            self.keys[key][entry_id] = weight

    # --- questions the matcher asks ------------------------------------------------------

    def is_within(self, entry_id: str, ancestor_id: str | None) -> bool:
        return ancestor_id is None or ancestor_id in self.ancestors.get(entry_id, ())

    def related(self, a: str, b: str) -> bool:
        """True when one of the two holds the other (or they are the same place).

        A town and an area of its name in the same district count as related too: GeoNames
        points for upazila towns sometimes fall just across the simplified boundary.
        """
        if a == b or a in self.ancestors.get(b, ()) or b in self.ancestors.get(a, ()):
            return True
        ra, rb = self.entries[a], self.entries[b]
        if (ra.kind == "place") == (rb.kind == "place") or ra.pcodes.get(2) != rb.pcodes.get(2):
            return False
        return self.bare[a] == self.bare[b] or fold(self.bare[a]) == fold(self.bare[b])

    def scope(self, ancestor_id: str | None) -> tuple[list[str], list[str]]:
        """The bare keys and ids of every place within ``ancestor_id`` (all places for None)."""
        found = self._scopes.get(ancestor_id)
        if found is None:
            ids = self.children.get(ancestor_id, [])
            found = ([self.bare[i] for i in ids], list(ids))
            self._scopes[ancestor_id] = found
        return found

    def path(self, entry_id: str) -> str:
        """"Chattogram › Cox's Bazar › Ukhia": the place and the admin areas holding it."""
        found = self._paths.get(entry_id)
        if found is None:
            found = self._paths[entry_id] = self._path(entry_id)
        return found

    def _path(self, entry_id: str) -> str:
        row = self.entries[entry_id]
        names = [self.entries[p].name for lvl, p in sorted(row.pcodes.items()) if p in self.entries and p != entry_id]
        return " › ".join([*names, row.name])

    def level(self, entry_id: str) -> int:
        return self.entries[entry_id].level

    def depth(self, entry_id: str) -> int:
        """The level, with places just below the deepest admin level (no adm4 level: 4)."""
        row = self.entries[entry_id]
        return row.level if row.kind == "admin" else self.deepest_admin + 1


def exact_hits(gazetteer: Gazetteer, text: str) -> dict[str, float]:
    """Entries whose name, alternate name, alias or skeleton equals that of ``text``."""
    keys = name_keys(text)
    hits: dict[str, float] = {}

    def take(found: dict[str, float], factor: float = 1.0) -> None:
        for entry_id, weight in found.items():
            hits[entry_id] = max(hits.get(entry_id, 0.0), weight * factor)

    take(gazetteer.keys.get(keys.full, {}))
    if keys.bare:
        take(gazetteer.keys.get(keys.bare, {}), WEIGHT_BARE)
        take(gazetteer.keys.get("~" + keys.skeleton, {}))
    for variant in {gazetteer.aliases.apply(keys.full), gazetteer.aliases.apply(keys.bare)} - {None}:
        renamed = name_keys(variant)
        take(gazetteer.keys.get(renamed.full, {}), WEIGHT_ALIAS)
        take(gazetteer.keys.get(renamed.bare, {}), WEIGHT_ALIAS)
        take(gazetteer.keys.get("~" + fold(renamed.bare), {}), WEIGHT_SKELETON)
    if not keys.latin and keys.bare and not hits:
        for entry_id in gazetteer.consonant_keys.get(consonants(keys.skeleton), ()):
            hits[entry_id] = max(hits.get(entry_id, 0.0), 0.85)
    return hits
