"""The service-type taxonomy: codes, labels in five languages, synonyms, coverage thresholds, map styles.

The taxonomy ships as ``resources/taxonomy.json``; a project may keep its own copy with its
own thresholds (``Project.set_taxonomy``). :meth:`Taxonomy.match` turns the free text of a
spreadsheet cell ("Case management; PSS & referral") into codes (``["case_management", "mhpss"]``).

Besides the synonyms of each type, a taxonomy keeps *phrases*: texts that mean several types,
or none ("cyclone shelter"), and the meanings people taught it ("Support to survivors" means case
management and psychosocial support). A phrase wins over a synonym spelled alike. Types marked
``sensitive`` (safe shelters) are confidential by default wherever they are found.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from directory.errors import UserFacingError
from directory.synonyms import SynonymMatcher, normalise, phrase_key

__all__ = ["LANGUAGES", "ServiceType", "Taxonomy", "TaxonomyError", "default_taxonomy", "normalise", "project_taxonomy"]

#: Every label and description must exist in these languages; others may be added.
LANGUAGES = ("en", "fr", "es", "ar", "bn")

#: "point": people travel to the service. "service_area": it covers an area it declares (helplines, mobile teams).
REACHES = ("point", "service_area")

#: Marker shapes the map and the printed legend know how to draw.
SYMBOLS = (
    "circle", "square", "triangle", "triangle_down", "triangle_left", "triangle_right", "diamond",
    "pentagon", "hexagon", "octagon", "star", "cross", "x", "heart", "house", "hourglass",
    "semicircle", "trapezoid", "ring",
)

_COLOUR = re.compile(r"#[0-9a-fA-F]{6}")


class TaxonomyError(UserFacingError, ValueError):
    """The taxonomy file or dict is invalid; the message names the type and the problem."""


# --- the model -----------------------------------------------------------------------


@dataclass(frozen=True)
class ServiceType:
    """One service type: what it is called, how spreadsheets spell it, how far people go for it, how it is drawn."""

    code: str
    labels: dict[str, str]
    descriptions: dict[str, str]
    synonyms: tuple[str, ...]
    threshold_km: float
    threshold_minutes: float
    reach: str
    colour: str
    symbol: str
    notes: str = ""
    sensitive: bool = False  # confidential by default: its location can hurt someone
    absorbs: tuple[str, ...] = ()  # words that mean this type in a text naming it ("écoute" beside a helpline)
    # words that mean this type in the clause naming it ("Legal aid & counselling"), after its colon ("Legal aid:
    # counselling, mediation"), or when another of the row's cells names it; listed apart ("legal aid, counselling")
    # they keep their own type
    absorbs_after_colon: tuple[str, ...] = ()

    def __hash__(self) -> int:
        return hash(self.code)

    def label(self, lang: str = "en") -> str:
        """The label in ``lang``, or the English one."""
        return self.labels.get(lang) or self.labels["en"]

    def description(self, lang: str = "en") -> str:
        return self.descriptions.get(lang) or self.descriptions["en"]

    @classmethod
    def from_dict(cls, d: dict) -> ServiceType:
        """Read one entry of ``types``, raising :class:`TaxonomyError` naming the code and the problem."""
        code = d.get("code")
        if not isinstance(code, str) or not re.fullmatch(r"[a-z][a-z0-9_]*", code):
            raise TaxonomyError(f"service type code {code!r} must be lowercase letters, digits and _")

        def fail(problem: str):
            raise TaxonomyError(f"service type {code!r}: {problem}")

        for key in ("labels", "description"):
            texts = d.get(key)
            if not isinstance(texts, dict):
                fail(f"{key!r} is missing")
            missing = [lang for lang in LANGUAGES if not str(texts.get(lang) or "").strip()]
            if missing:
                fail(f"{key!r} has no text for " + ", ".join(missing))
        synonyms = d.get("synonyms", [])
        if not isinstance(synonyms, list) or not all(isinstance(s, str) and normalise(s) for s in synonyms):
            fail("'synonyms' must be a list of non-empty strings")
        absorbs, after_colon = d.get("absorbs", []), d.get("absorbs_after_colon", [])
        for key, words in (("absorbs", absorbs), ("absorbs_after_colon", after_colon)):
            if not isinstance(words, list) or not all(isinstance(s, str) and normalise(s) for s in words):
                fail(f"'{key}' must be a list of non-empty strings")
        threshold = d.get("threshold") or {}
        try:
            km, minutes = float(threshold["km"]), float(threshold["minutes"])
        except (KeyError, TypeError, ValueError):
            fail("'threshold' needs numbers 'km' and 'minutes'")
        if not (km > 0 and minutes > 0):
            fail(f"thresholds must be positive, not {km} km / {minutes} min")
        reach = d.get("reach", "point")
        if reach not in REACHES:
            fail(f"reach {reach!r} is not one of {', '.join(REACHES)}")
        colour = d.get("colour")
        if not isinstance(colour, str) or not _COLOUR.fullmatch(colour):
            fail(f"colour {colour!r} is not #rrggbb")
        symbol = d.get("symbol")
        if symbol not in SYMBOLS:
            fail(f"symbol {symbol!r} is not one of {', '.join(SYMBOLS)}")
        return cls(
            code=code,
            labels=dict(d["labels"]),
            descriptions=dict(d["description"]),
            synonyms=tuple(synonyms),
            threshold_km=km,
            threshold_minutes=minutes,
            reach=reach,
            colour=colour.lower(),
            symbol=symbol,
            notes=str(d.get("notes") or ""),
            sensitive=d.get("sensitive") is True,
            absorbs=tuple(absorbs),
            absorbs_after_colon=tuple(after_colon),
        )

    def to_dict(self) -> dict:
        d = {
            "code": self.code,
            "labels": dict(self.labels),
            "description": dict(self.descriptions),
            "synonyms": list(self.synonyms),
            **({"absorbs": list(self.absorbs)} if self.absorbs else {}),
            **({"absorbs_after_colon": list(self.absorbs_after_colon)} if self.absorbs_after_colon else {}),
            "threshold": {"km": _number(self.threshold_km), "minutes": _number(self.threshold_minutes)},
            "reach": self.reach,
            "colour": self.colour,
            "symbol": self.symbol,
        }
        if self.sensitive:
            d["sensitive"] = True
        if self.notes:
            d["notes"] = self.notes
        return d


def _number(x: float) -> int | float:
    return int(x) if float(x).is_integer() else x


class Taxonomy:
    """The ordered set of service types, with a matcher from free text to codes."""

    def __init__(self, types: list[ServiceType], meta: dict | None = None):
        self._types = {t.code: t for t in types}
        self.meta = dict(meta or {})  # version, languages, notes, phrases … kept for to_dict
        self.phrases: list[tuple[str, tuple[str, ...]]] = [
            (p["text"], tuple(p["types"])) for p in self.meta.get("phrases", [])]
        self.matcher = SynonymMatcher([
            *self.phrases, *((s, (t.code,)) for t in types for s in (t.code, *t.synonyms))])

    @classmethod
    def load(cls, path: str | Path | None = None) -> Taxonomy:
        """Read a taxonomy file; by default the one ServiceMap ships."""
        if path is None:
            import resources

            path = resources.path("taxonomy.json")
        try:
            d = json.loads(Path(path).read_text(encoding="utf-8"))
        except json.JSONDecodeError as e:
            raise TaxonomyError(f"{path} is not valid JSON: {e}") from e
        return cls.from_dict(d)

    @classmethod
    def from_dict(cls, d: dict) -> Taxonomy:
        """Build and validate a taxonomy from its JSON form."""
        if not isinstance(d, dict) or not isinstance(d.get("types"), list) or not d["types"]:
            raise TaxonomyError("a taxonomy needs a non-empty 'types' list")
        types: list[ServiceType] = []
        owner: dict[str, tuple[str, str]] = {}  # synonym key -> (code, synonym as written)
        styles: dict[tuple[str, str], str] = {}
        for entry in d["types"]:
            t = ServiceType.from_dict(entry if isinstance(entry, dict) else {})
            if t.code in (seen.code for seen in types):
                raise TaxonomyError(f"service type {t.code!r} appears twice")
            for s in (t.code, *t.synonyms):
                key = phrase_key(normalise(s))
                other = owner.setdefault(key, (t.code, s))
                if other[0] != t.code:
                    raise TaxonomyError(f"service type {t.code!r}: synonym {s!r} is already used by {other[0]!r} ({other[1]!r})")
            style = (t.colour, t.symbol)
            if style in styles:
                raise TaxonomyError(f"service type {t.code!r}: colour and symbol {style} are already used by {styles[style]!r}")
            styles[style] = t.code
            types.append(t)
        _check_phrases(d.get("phrases", []), {t.code for t in types})
        return cls(types, {k: v for k, v in d.items() if k != "types"})

    def to_dict(self) -> dict:
        """The JSON form; ``Taxonomy.from_dict(t.to_dict())`` gives the same taxonomy."""
        return {**self.meta, "types": [t.to_dict() for t in self]}

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(self._types)

    def __iter__(self) -> Iterator[ServiceType]:
        return iter(self._types.values())

    def __len__(self) -> int:
        return len(self._types)

    def __contains__(self, code: object) -> bool:
        return code in self._types

    def get(self, code: str) -> ServiceType:
        try:
            return self._types[code]
        except KeyError:
            raise KeyError(f"unknown service type {code!r}; known types: {', '.join(self._types)}") from None

    def label(self, code: str, lang: str = "en") -> str:
        return self.get(code).label(lang)

    @property
    def sensitive_codes(self) -> frozenset[str]:
        """Types whose services are confidential unless a person says otherwise (safe shelters)."""
        return frozenset(t.code for t in self if t.sensitive)

    # --- matching ------------------------------------------------------------------------

    def match(self, text: object) -> list[str]:
        """The codes named in a free-text cell, in order of appearance, without repeats; [] if none.

        The whole cell is searched, then each part between separators (; , / & + | newline,
        and/et/y), so a long synonym spanning a separator cannot hide its neighbour.
        """
        return self.matcher.codes(text)

    def with_phrase(self, text: str, codes: list[str], **about: str) -> Taxonomy:
        """This taxonomy where ``text`` means ``codes`` (none: "not a service type"), replacing
        what a phrase spelled alike meant. ``about`` (who, when) is kept with it."""
        unknown = [c for c in codes if c not in self]
        if unknown:
            raise TaxonomyError(f"unknown service type(s) {', '.join(unknown)}; known types: {', '.join(self.codes)}")
        key = phrase_key(normalise(text))
        if not key:
            raise TaxonomyError(f"{text!r} has no words to match")
        kept = [p for p in self.meta.get("phrases", []) if phrase_key(normalise(p["text"])) != key]
        meta = {**self.meta, "phrases": [*kept, {"text": text.strip(), "types": list(dict.fromkeys(codes)), **about}]}
        return Taxonomy(list(self), meta)

    def phrase(self, text: str) -> tuple[str, ...] | None:
        """What a phrase spelled like ``text`` means, or None when there is no such phrase."""
        key = phrase_key(normalise(text))
        return next((codes for t, codes in self.phrases if phrase_key(normalise(t)) == key), None)


def _check_phrases(phrases: object, codes: set[str]) -> None:
    if not isinstance(phrases, list):
        raise TaxonomyError("'phrases' must be a list of {text, types}")
    for p in phrases:
        if not isinstance(p, dict) or not isinstance(p.get("text"), str) or not normalise(p["text"]):
            raise TaxonomyError(f"phrase {p!r}: it needs a 'text' with words")
        if not isinstance(p.get("types"), list) or any(c not in codes for c in p["types"]):
            raise TaxonomyError(f"phrase {p['text']!r}: 'types' must list known service type codes")


def project_taxonomy(own: dict | None) -> Taxonomy:
    """A project's taxonomy (its thresholds, labels and phrases), with the synonyms this version of
    ServiceMap ships added to its types, so a project made before a synonym was added still knows it,
    and the labels and descriptions of languages the project has none in (a Portuguese pathway of a
    project made before ServiceMap spoke Portuguese).

    A shipped synonym is left out where the project gave its spelling to another type; a label the
    project has is its own."""
    shipped = default_taxonomy()
    if not own:
        return shipped
    mine = Taxonomy.from_dict(own)
    owner = {phrase_key(normalise(s)): t.code for t in mine for s in (t.code, *t.synonyms)}
    types = []
    for t in mine:
        extra = []
        if t.code in shipped:
            for s in shipped.get(t.code).synonyms:
                key = phrase_key(normalise(s))
                if owner.setdefault(key, t.code) == t.code and s not in t.synonyms:
                    extra.append(s)
            theirs = shipped.get(t.code)
            t = replace(t, synonyms=(*t.synonyms, *extra), sensitive=t.sensitive or theirs.sensitive,
                        labels={**theirs.labels, **t.labels}, descriptions={**theirs.descriptions, **t.descriptions})
        types.append(t)
    meta = dict(mine.meta)
    known = {phrase_key(normalise(p["text"])) for p in meta.get("phrases", [])}
    meta["phrases"] = [*meta.get("phrases", []), *(p for p in shipped.meta.get("phrases", [])
                                                    if phrase_key(normalise(p["text"])) not in known
                                                    and all(c in mine for c in p["types"]))]
    return Taxonomy(types, meta)



@functools.lru_cache(maxsize=1)
def default_taxonomy() -> Taxonomy:
    """The taxonomy ServiceMap ships, loaded once."""
    return Taxonomy.load()
