"""Turning a place name as typed into the keys the gazetteer is searched by.

A name gives several keys, from strict to loose:

* ``full``: lower case, accents and punctuation removed ("Cox's Bazar Sadar" -> "coxs bazar sadar");
* ``bare``: ``full`` without qualifiers such as Sadar, Upazila, Thana, Union, UP, Ward,
  District, Zila ("coxs bazar");
* ``skeleton``: ``bare`` with the usual transliteration variants folded together (chh/ch,
  o/a, doubled letters, ee/i, aspirated consonants …), so "Khagrachari" meets "Khagrachhari".

Names in Bengali or Arabic script are transliterated first (:mod:`mapping.geocode.script`).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from mapping.geocode.script import is_latin, transliterate

#: Qualifier word -> the admin level it points to (0: no level).
QUALIFIERS = {
    "division": 1, "bibhag": 1, "region": 1, "province": 1, "governorate": 1,
    "district": 2, "zila": 2, "zilla": 2, "jela": 2, "dist": 2,
    "upazila": 3, "upazilla": 3, "thana": 3, "sadar": 3, "subdistrict": 3, "uz": 3,
    "union": 4, "up": 4, "ward": 4, "parishad": 4, "pourashava": 4, "paurashava": 4, "municipality": 4,
}
_FUZZY_QUALIFIERS = ("sadar", "upazila", "district", "division", "union")
_PUNCT = re.compile(r"[^\w\s]|_", re.UNICODE)
_APOSTROPHES = re.compile(r"['’ʼ`´]")
_SPACES = re.compile(r"\s+")

# Applied in order to a name without spaces. Aspirates lose their h, c becomes k, and the
# vowels that transliterations swap (o/a, ee/i, oo/u) are folded together.
_FOLDS = [
    ("chh", "C"), ("ch", "C"), ("sh", "S"), ("ph", "f"), ("x", "ks"), ("q", "k"), ("c", "k"),
    ("kh", "k"), ("gh", "g"), ("jh", "j"), ("th", "t"), ("dh", "d"), ("bh", "b"), ("rh", "r"),
    ("z", "j"), ("v", "b"), ("w", "o"), ("ee", "i"), ("oo", "u"), ("ou", "u"), ("y", "i"),
    ("o", "a"), ("C", "c"), ("S", "s"),
]
_DOUBLES = re.compile(r"(.)\1+")


@dataclass(frozen=True)
class Name:
    """The search keys of one place name."""

    text: str  # as typed
    full: str
    bare: str
    skeleton: str
    level_hint: int  # the level its qualifiers point to, 0 if none
    sadar: bool  # it said "Sadar" (the headquarters upazila of its district)
    latin: bool  # written in Latin script


def plain(text: str) -> str:
    """Lower case, no accents, no punctuation, single spaces."""
    text = unicodedata.normalize("NFKD", str(text))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = _APOSTROPHES.sub("", text.casefold())
    return _SPACES.sub(" ", _PUNCT.sub(" ", text)).strip()


@lru_cache(maxsize=200_000)
def fold(bare: str) -> str:
    """The transliteration skeleton of a name (no spaces)."""
    s = bare.replace(" ", "")
    for old, new in _FOLDS:
        s = s.replace(old, new)
    return _DOUBLES.sub(r"\1", s)


def consonants(skeleton: str) -> str:
    """The skeleton without vowels: how a name written in an abjad or Bengali is compared."""
    return _DOUBLES.sub(r"\1", re.sub(r"[aeiouh]", "", skeleton))


@lru_cache(maxsize=200_000)
def name_keys(text: str) -> Name:
    """All the keys of ``text`` (cached: service lists repeat their place names)."""
    latin = is_latin(text)
    full = plain(text if latin else transliterate(text))
    words = full.split()
    hint = 0
    kept = []
    for i, word in enumerate(words):
        level = QUALIFIERS.get(word)
        if level is None and i > 0 and len(word) >= 4:  # a qualifier follows the name: "Bogura Sodar"
            word = _misspelt_qualifier(word)
            level = QUALIFIERS.get(word)
        if level is not None and (len(words) > 1 or word == "sadar"):
            hint = max(hint, level) if word != "sadar" else (hint or level)
            continue
        if word.isdigit() and i > 0 and words[i - 1] in ("ward", "union", "up"):
            continue  # "Ward 21": a ward number alone names nothing in the gazetteer
        kept.append(word)
    bare = " ".join(kept)
    sadar = "sadar" in words or any(_misspelt_qualifier(w) == "sadar" for w in words[1:] if len(w) >= 4)
    return Name(text, full, bare, fold(bare), hint, sadar, latin)


@lru_cache(maxsize=20_000)
def _misspelt_qualifier(word: str) -> str:
    """The qualifier a word is a slip of ("sadr", "sador", "upazilla" …), or the word itself."""
    from rapidfuzz import fuzz, process

    found = process.extractOne(word, _FUZZY_QUALIFIERS, scorer=fuzz.ratio, score_cutoff=80)
    return found[0] if found and found[0][0] == word[0] else word


_SEPARATORS = re.compile(r"\s*(?:/|\\|>|›|»|\||;|,|\s-\s)\s*")


def split_path(text: str) -> list[str]:
    """The parts of a place as typed, from the largest area down ("A / B / C", "C, B, A" …)."""
    parts = [p.strip() for p in _SEPARATORS.split(str(text or "")) if p and p.strip()]
    return parts
