"""Humanitarian sectors (child protection, GBV, health, shelter …) as service lists name them.

A sector is not a service type: "Child protection" says who coordinates a service, not what it
is. Lists put it in a Sector or Sub-sector column, or in the type column. ServiceMap records it
beside the types, and uses it to read the types: a sector narrows what a word means ("safe space"
is a child-friendly space in child protection and a women and girls safe space in GBV) and which
types are expected. The data is ``resources/sectors.json``.
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass

from directory.synonyms import SynonymMatcher, normalise


@dataclass(frozen=True)
class Sector:
    code: str
    labels: dict[str, str]
    synonyms: tuple[str, ...]
    types: frozenset[str]  # the service types a service of this sector usually has
    words: tuple[tuple[str, tuple[str, ...]], ...]  # what a word means inside this sector
    implies: str | None = None  # the type a service of this sector gets when nothing else names one
    implies_when_bare: str | None = None  # … only when its row says nothing but the sector ("GBV services")

    def label(self, lang: str = "en") -> str:
        return self.labels.get(lang) or self.labels["en"]


class Sectors:
    """The sectors ServiceMap knows, and a matcher from free text to sector codes."""

    def __init__(self, sectors: list[Sector], generic_words: tuple[str, ...] = ()):
        self._sectors = {s.code: s for s in sectors}
        self.matcher = SynonymMatcher((syn, (s.code,)) for s in sectors for syn in (s.label("en"), *s.synonyms))
        self.generic = SynonymMatcher((w, ()) for w in generic_words)

    @classmethod
    def from_dict(cls, d: dict) -> Sectors:
        return cls([
            Sector(code=e["code"], labels=dict(e["labels"]), synonyms=tuple(e["synonyms"]),
                   types=frozenset(e.get("types", [])),
                   words=tuple((w, tuple(codes)) for w, codes in e.get("words", {}).items()),
                   implies=e.get("implies"), implies_when_bare=e.get("implies_when_bare"))
            for e in d["sectors"]], tuple(d.get("generic_words", [])))

    def __iter__(self):
        return iter(self._sectors.values())

    def __contains__(self, code: object) -> bool:
        return code in self._sectors

    def get(self, code: str) -> Sector:
        return self._sectors[code]

    def find(self, text: object) -> list[str]:
        """The sector codes named in ``text``, in order of appearance."""
        return self.matcher.codes(text)

    def only_sectors(self, text: str) -> bool:
        """Whether ``text`` says nothing but sectors and generic words ("GBV services", "CP response")."""
        words = normalise(text).split()
        covered = set()
        for matcher in (self.matcher, self.generic):
            for h in matcher.find(text):
                covered.update(range(h.start, h.end))
        at = 0
        for w in words:
            start = normalise(text).find(w, at)
            if not set(range(start, start + len(w))) <= covered:
                return False
            at = start + len(w)
        return bool(words)

    def words(self, codes: tuple[str, ...]) -> tuple[tuple[str, tuple[str, ...]], ...]:
        """What words mean inside these sectors (the first sector's meaning wins)."""
        return tuple(w for code in codes for w in self._sectors[code].words)


@functools.lru_cache(maxsize=1)
def default_sectors() -> Sectors:
    """The sectors ServiceMap ships, loaded once."""
    import resources

    return Sectors.from_dict(json.loads(resources.path("sectors.json").read_text(encoding="utf-8")))
