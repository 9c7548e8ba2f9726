"""The service-type taxonomy: codes, labels in five languages, synonyms, coverage thresholds, map styles.

The taxonomy ships as ``resources/taxonomy.json``; a project may keep its own copy with its
own thresholds (``Project.set_taxonomy``). :meth:`Taxonomy.match` turns the free text of a
spreadsheet cell ("Case management; PSS & referral") into codes (``["case_management", "mhpss"]``).
"""

from __future__ import annotations

import functools
import json
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from directory.errors import UserFacingError

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


# --- normalisation -------------------------------------------------------------------

# Combining accents of Latin script, Arabic harakat/hamza marks, superscript alef, tatweel.
_DROP = frozenset([*range(0x0300, 0x0370), *range(0x064B, 0x0660), 0x0670, 0x0640])
_APOSTROPHES = frozenset("'’‘ʼ`")
_ARABIC_FOLD = str.maketrans({"ى": "ي", "ة": "ه", "ی": "ي", "ک": "ك", "ٱ": "ا"})
_CONJUNCTIONS = frozenset({"and", "et", "y", "e", "و", "ও", "এবং"})
_BENGALI_ENDINGS = ("সমূহের", "গুলোর", "গুলো", "গুলি", "টির", "ের", "এর", "তে", "কে", "টি", "র", "ে")


def normalise(text: str) -> str:
    """Text reduced for matching: casefolded, Latin accents and Arabic marks stripped, digits in ASCII,
    punctuation as single spaces, conjunctions dropped, Arabic letter variants folded."""
    out = []
    for ch in unicodedata.normalize("NFKD", str(text).casefold()):
        if ord(ch) in _DROP or ch in _APOSTROPHES:
            continue
        if ch.isdecimal():
            out.append(str(unicodedata.decimal(ch)))
        elif unicodedata.category(ch)[0] in "LMN":  # letters, marks (Bengali vowel signs), numbers
            out.append(ch)
        else:
            out.append(" ")
    words = "".join(out).translate(_ARABIC_FOLD).split()
    words = [w[1:] if w.startswith("وال") else w for w in words]  # "and the …" -> "the …"
    return " ".join(w for w in words if w not in _CONJUNCTIONS)


def _is_latin(ch: str) -> bool:
    return "a" <= ch <= "z"


def _stem(word: str) -> str:
    """A Latin word without a plural s (only for words long enough that this is safe)."""
    return word[:-1] if len(word) > 4 and word.endswith("s") and _is_latin(word[0]) else word


_NORMAL_ENDINGS = sorted({normalise(e) for e in _BENGALI_ENDINGS}, key=len, reverse=True)


def _word_pattern(word: str) -> str:
    """A regex for one normalised word: optional plural s in Latin script, optional case ending in Bengali."""
    if _is_latin(word[-1]):
        return re.escape(_stem(word)) + "s?"
    if "\u0980" <= word[-1] <= "\u09ff":
        return re.escape(word) + "(?:" + "|".join(map(re.escape, _NORMAL_ENDINGS)) + ")?"
    return re.escape(word)


def _first_key(word: str) -> str:
    """The index key of a synonym's first word (what every spelling of it shares)."""
    return _stem(word) if _is_latin(word[-1]) else word


def _lookup_keys(word: str) -> set[str]:
    """Index keys a word of a cell could belong to: itself, without a plural s, without a Bengali ending."""
    keys = {word}
    if word.endswith("s"):
        keys.add(word[:-1])
    keys.update(word[: -len(e)] for e in _NORMAL_ENDINGS if word.endswith(e) and len(word) > len(e))
    return keys


def _key(normalised: str) -> str:
    """The form two synonyms must not share across types."""
    return " ".join(_stem(w) for w in normalised.split())


_SPLIT = re.compile(r"[;,/&+|\n\r\t،؛।]|\s(?:and|et|y|و|ও|এবং)\s", re.IGNORECASE)


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
        )

    def to_dict(self) -> dict:
        d = {
            "code": self.code,
            "labels": dict(self.labels),
            "description": dict(self.descriptions),
            "synonyms": list(self.synonyms),
            "threshold": {"km": _number(self.threshold_km), "minutes": _number(self.threshold_minutes)},
            "reach": self.reach,
            "colour": self.colour,
            "symbol": self.symbol,
        }
        if self.notes:
            d["notes"] = self.notes
        return d


def _number(x: float) -> int | float:
    return int(x) if float(x).is_integer() else x


class Taxonomy:
    """The ordered set of service types, with a matcher from free text to codes."""

    def __init__(self, types: list[ServiceType], meta: dict | None = None):
        self._types = {t.code: t for t in types}
        self.meta = dict(meta or {})  # version, languages, notes … kept for to_dict
        self._build_matcher()

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
                key = _key(normalise(s))
                other = owner.setdefault(key, (t.code, s))
                if other[0] != t.code:
                    raise TaxonomyError(f"service type {t.code!r}: synonym {s!r} is already used by {other[0]!r} ({other[1]!r})")
            style = (t.colour, t.symbol)
            if style in styles:
                raise TaxonomyError(f"service type {t.code!r}: colour and symbol {style} are already used by {styles[style]!r}")
            styles[style] = t.code
            types.append(t)
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

    # --- matching ------------------------------------------------------------------------

    def _build_matcher(self) -> None:
        """Index the synonyms by their first word; each word of a cell then tries only a few patterns."""
        entries: dict[str, str] = {}  # normalised synonym -> code
        for t in self:
            for s in (t.code, *t.synonyms):
                entries.setdefault(normalise(s), t.code)
        groups: dict[str, list[str]] = {}
        for s in sorted(entries, key=len, reverse=True):  # longest first: it wins at the same position
            groups.setdefault(_first_key(s.split()[0]), []).append(s)
        self._index = {
            key: (
                re.compile("(?:" + "|".join("(" + " ".join(map(_word_pattern, s.split())) + ")" for s in group) + r")(?!\S)"),
                [entries[s] for s in group],
            )
            for key, group in groups.items()
        }

    def _scan(self, normalised: str, offset: int) -> list[tuple[int, str]]:
        """(position, code) of the longest synonym at each word, left to right, without overlaps."""
        hits, end = [], 0
        for word in re.finditer(r"\S+", normalised):
            if word.start() < end:
                continue
            best = None
            for key in _lookup_keys(word.group()):
                pattern, codes = self._index.get(key, (None, None))
                m = pattern.match(normalised, word.start()) if pattern else None
                if m and (best is None or m.end() > best[0]):
                    best = (m.end(), codes[m.lastindex - 1])
            if best:
                end = best[0]
                hits.append((offset + word.start(), best[1]))
        return hits

    def match(self, text: object) -> list[str]:
        """The codes named in a free-text cell, in order of appearance, without repeats; [] if none.

        The whole cell is searched, then each part between separators (; , / & + | newline,
        and/et/y), so a long synonym spanning a separator cannot hide its neighbour.
        """
        if text is None:
            return []
        text = str(text)
        full = normalise(text)
        if not full:
            return []
        hits = self._scan(full, 0)
        cursor = 0
        for part in _SPLIT.split(text):
            norm = normalise(part or "")
            if not norm:
                continue
            at = full.find(norm, cursor)
            at = cursor if at < 0 else at
            hits += self._scan(norm, at)
            cursor = at + len(norm)
        hits.sort(key=lambda h: h[0])
        return list(dict.fromkeys(code for _, code in hits))


@functools.lru_cache(maxsize=1)
def default_taxonomy() -> Taxonomy:
    """The taxonomy ServiceMap ships, loaded once."""
    return Taxonomy.load()
