"""Renamings, old spellings and abbreviations that no fuzzy score can bridge.

"Chittagong" scores only 60 against "Chattogram": a renaming needs a table. The table here
holds Bangladesh's 2018 renamings and common abbreviations; a project adds its own rows
(``servicemap geocode PROJECT --alias OLD=NEW``), kept in the project file. Aliases apply to
whole words, so "Chittagong City Corporation" finds "Chattogram City Corporation".
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from mapping.geocode.normalise import plain

#: Old or other name -> the name in the boundaries (both compared after ``plain``).
DEFAULT_ALIASES: dict[str, str] = {
    # The 2018 renamings of districts and divisions.
    "chittagong": "chattogram",
    "barisal": "barishal",
    "jessore": "jashore",
    "comilla": "cumilla",
    "bogra": "bogura",
    # Other spellings still in everyday use.
    "chittagang": "chattogram",
    "ctg": "chattogram",
    "coxsbazar": "coxs bazar",
    "cox bazar": "coxs bazar",
    "jhalakati": "jhalokati",
    "jhalokathi": "jhalokati",
    "chapai nawabganj": "chapainababganj",
    "nawabganj": "chapainababganj",
    "moulvi bazar": "moulvibazar",
    "maulvibazar": "moulvibazar",
    "netrokona": "netrakona",
    "b baria": "brahmanbaria",
    "laxmipur": "lakshmipur",
    "kishorganj": "kishoreganj",
    # Abbreviations.
    "ccc": "chattogram city corporation",
    "dncc": "dhaka north city corporation",
    "dscc": "dhaka south city corporation",
}


class Aliases:
    """Word-sequence substitutions, longest first."""

    def __init__(self, pairs: Mapping[str, str] | Iterable[tuple[str, str]] = ()):
        items = pairs.items() if isinstance(pairs, Mapping) else pairs
        self._map: dict[str, str] = {}
        for old, new in items:
            old_key, new_key = plain(old), plain(new)
            if old_key and new_key and old_key != new_key:
                self._map[old_key] = new_key
        self._longest = max((len(k.split()) for k in self._map), default=0)
        self._applied: dict[str, str | None] = {}

    def __len__(self) -> int:
        return len(self._map)

    def items(self) -> list[tuple[str, str]]:
        return sorted(self._map.items())

    def apply(self, full: str) -> str | None:
        """``full`` with every alias replaced, or None if none applies."""
        if not self._map:
            return None
        if full not in self._applied:
            self._applied[full] = self._apply(full)
        return self._applied[full]

    def _apply(self, full: str) -> str | None:
        words = full.split()
        out: list[str] = []
        i, changed = 0, False
        while i < len(words):
            for n in range(min(self._longest, len(words) - i), 0, -1):
                new = self._map.get(" ".join(words[i : i + n]))
                if new is not None:
                    out.append(new)
                    i, changed = i + n, True
                    break
            else:
                out.append(words[i])
                i += 1
        joined = " ".join(out)
        if not changed:  # "Coxsbazar" written as one word
            new = self._map.get(full.replace(" ", ""))
            return new
        return joined


def default_aliases(extra: Mapping[str, str] | Iterable[tuple[str, str]] = ()) -> Aliases:
    """The built-in table with a project's own rows added (theirs win)."""
    merged = dict(DEFAULT_ALIASES)
    merged.update(dict(extra.items() if isinstance(extra, Mapping) else extra))
    return Aliases(merged)
