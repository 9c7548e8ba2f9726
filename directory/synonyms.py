"""Finding known words in the free text of a spreadsheet cell.

Text and synonyms are compared after :func:`normalise` (case, accents, Arabic marks and letter
variants, punctuation, conjunctions). A synonym matches whole words; a Latin word may take a
plural s (or es after a consonant: "legales"), a Bengali word a case ending, a Ukrainian or Russian
word a case ending ("підтримка", "підтримки", "підтримку"), an Arabic word the
article, a preposition or the conjunction و joined to it (ال، لل، بال، و). At each word the longest synonym wins, so "clinical management of rape" is read as
one thing and not as "management". A synonym may stand for several codes, or for none ("cyclone
shelter" means no service type: it stops "shelter" from matching inside it).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

# Combining accents of Latin script, Arabic harakat/hamza marks, superscript alef, tatweel.
_DROP = frozenset([*range(0x0300, 0x0370), *range(0x064B, 0x0660), 0x0670, 0x0640])
_APOSTROPHES = frozenset("'’‘ʼ`")
# French and Catalan elision: "d'hébergement" is "hébergement", "l'enfant" is "enfant".
_ELISION = re.compile(r"(?<![^\W\d_])(?:d|l|qu|j|n|s|c|m|t)['’‘ʼ`](?=\w)")
_ARABIC_FOLD = str.maketrans({"ى": "ي", "ة": "ه", "ی": "ي", "ک": "ك", "ٱ": "ا"})
_CONJUNCTIONS = frozenset({"and", "et", "y", "e", "و", "ও", "এবং", "та", "і", "и"})  # "й" is "и" once normalised
_BENGALI_ENDINGS = ("সমূহের", "গুলোর", "গুলো", "গুলি", "দের", "টির", "ের", "এর", "তে", "কে", "টি", "য়", "র", "ে")
# Case endings of Ukrainian and Russian nouns and adjectives ("підтримка", "підтримки", "підтримку";
# "психологічна", "психологічної"): a Cyrillic word of a synonym matches its stem with any of them.
_CYRILLIC_ENDINGS = ("а", "я", "о", "е", "є", "і", "ї", "и", "ы", "у", "ю", "ь", "ою", "ею", "єю", "ам", "ям", "ами", "ями",
                     "ах", "ях", "ом", "ем", "ів", "їв", "ов", "ев", "ей", "ой", "ові", "еві", "ий", "ій", "ого", "ому",
                     "им", "их", "ими", "ої", "ую", "ая", "яя", "ое", "ее", "ые", "ых", "ым", "ыми", "ие", "ия",
                     "ии", "ию", "иям", "иях")
_CYRILLIC_STEM = 4  # letters a stem keeps: "суд" (court) takes no ending
# The Arabic article and the prepositions written joined to it: "الشرطة", "للشرطة", "بالشرطة".
_ARABIC_PREFIXES = ("بال", "كال", "فال", "لل", "ال")


_ASCII_PUNCTUATION = re.compile(r"[^a-z0-9]+")


def normalise(text: str) -> str:
    """Text reduced for matching: casefolded, Latin accents and Arabic marks stripped, digits in ASCII,
    punctuation as single spaces, conjunctions dropped, Arabic letter variants folded."""
    text = str(text)
    if text.isascii():  # the common case, without the character-by-character walk
        words = _ASCII_PUNCTUATION.sub(" ", _ELISION.sub("", text.lower()).replace("'", "").replace("`", "")).split()
        return " ".join(w for w in words if w not in _CONJUNCTIONS)
    out = []
    for ch in unicodedata.normalize("NFKD", _ELISION.sub("", str(text).casefold())):
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


_VOWELS = frozenset("aeiouy")


def _is_latin(ch: str) -> bool:
    return "a" <= ch <= "z"


def _is_arabic(ch: str) -> bool:
    return "\u0600" <= ch <= "\u06ff"


def _stem(word: str) -> str:
    """A Latin word without a plural s (only for words long enough that this is safe)."""
    return word[:-1] if len(word) > 4 and word.endswith("s") and _is_latin(word[0]) else word


def _bare_arabic(word: str) -> str:
    """An Arabic word without the article or a joined preposition (when enough of it is left)."""
    for prefix in _ARABIC_PREFIXES:
        if word.startswith(prefix) and len(word) - len(prefix) >= 3:
            return word[len(prefix):]
    return word


_NORMAL_ENDINGS = sorted({normalise(e) for e in _BENGALI_ENDINGS}, key=len, reverse=True)
_CYRILLIC_NORMAL = sorted({"".join(ch for ch in unicodedata.normalize("NFKD", e) if ord(ch) not in _DROP)
                           for e in _CYRILLIC_ENDINGS}, key=len, reverse=True)  # "ї" is "і", "ий" is "ии"


def _is_cyrillic(ch: str) -> bool:
    return "\u0400" <= ch <= "\u04ff"


def _cyrillic_stem(word: str) -> str:
    """A Cyrillic word without its case ending (the longest that leaves a stem of 4 letters)."""
    for ending in _CYRILLIC_NORMAL:
        if word.endswith(ending) and len(word) - len(ending) >= _CYRILLIC_STEM:
            return word[:-len(ending)]
    return word


def _word_pattern(word: str) -> str:
    """A regex for one normalised word, with the endings and prefixes its script allows."""
    if _is_latin(word[-1]):
        stem = _stem(word)
        return re.escape(stem) + ("(?:es|s)?" if stem[-1] not in _VOWELS else "s?")  # "legal": "legales"
    if "\u0980" <= word[-1] <= "\u09ff":
        return re.escape(word) + "(?:" + "|".join(map(re.escape, _NORMAL_ENDINGS)) + ")?"
    if _is_arabic(word[0]):
        return "و?(?:" + "|".join(_ARABIC_PREFIXES) + ")?" + re.escape(_bare_arabic(word))  # "وتعليم": and education
    if _is_cyrillic(word[-1]) and len(word) >= _CYRILLIC_STEM:  # "підтримка": "підтримк(?:а|и|у …)?"
        return re.escape(_cyrillic_stem(word)) + "(?:" + "|".join(map(re.escape, _CYRILLIC_NORMAL)) + ")?"
    return re.escape(word)


def any_of(texts: Iterable[str]) -> str:
    """A regular expression that finds any of ``texts`` (taken literally), written as a tree of their
    shared beginnings ("confidenti(?:al|el(?:le)?)"): a search then follows one branch per letter where a
    plain list ("a|b|c…") tries every text at every position of the cell. It finds the same places, not
    always the same text at a place; for a quick yes or no."""
    texts = set(texts)
    if not texts:
        return "(?!)"  # finds nothing
    branches: dict[str, list[str]] = {}
    for text in texts:
        if text:
            branches.setdefault(text[0], []).append(text[1:])
    alternatives = [re.escape(first) + any_of(rests) for first, rests in sorted(branches.items())]
    if "" in texts:
        return "(?:" + "|".join(alternatives) + ")?" if alternatives else ""
    return alternatives[0] if len(alternatives) == 1 else "(?:" + "|".join(alternatives) + ")"


def word_key(word: str) -> str:
    """The form every spelling of a normalised word shares (the index key of a synonym's first word)."""
    if _is_latin(word[-1]):
        return _stem(word)
    if _is_arabic(word[0]):
        return _bare_arabic(word)
    if _is_cyrillic(word[-1]):
        return _cyrillic_stem(word)
    return word


def _lookup_keys(word: str) -> set[str]:
    """Index keys a word of a cell could belong to: itself, without a plural s, a Bengali ending, an Arabic prefix."""
    keys = {word}
    if word.endswith("s"):
        keys.add(word[:-1])
        if word.endswith("es") and len(word) > 4:  # Spanish and English plurals: "legales", "churches"
            keys.add(word[:-2])
    keys.update(word[: -len(e)] for e in _NORMAL_ENDINGS if word.endswith(e) and len(word) > len(e))
    if _is_cyrillic(word[-1]):
        keys.update(word[:-len(e)] for e in _CYRILLIC_NORMAL if word.endswith(e) and len(word) - len(e) >= _CYRILLIC_STEM)
    if _is_arabic(word[0]):
        keys.add(_bare_arabic(word))
        if word[0] == "و" and len(word) > 3:  # the conjunction written joined to the word: "وتعليم"
            keys.update((word[1:], _bare_arabic(word[1:])))
    return keys


def phrase_key(normalised: str) -> str:
    """The form two synonyms must not share (across types): every word as :func:`word_key` gives it."""
    return " ".join(word_key(w) for w in normalised.split())


SEPARATORS = re.compile(r"[;,/&+|\n\r\t،؛।]|\s(?:and|et|y|و|ও|এবং|та|і|й|и)\s", re.IGNORECASE)


@dataclass(frozen=True)
class Hit:
    """One synonym found: where it starts in the normalised text, the codes it stands for, its words."""

    start: int
    end: int
    codes: tuple[str, ...]
    words: str


class SynonymMatcher:
    """Finds synonyms in text. ``entries`` are (synonym, codes); the first of two spellings that
    normalise alike wins, so callers list the entries that must take priority first."""

    def __init__(self, entries: Iterable[tuple[str, tuple[str, ...]]]):
        self.entries: dict[str, tuple[str, ...]] = {}
        for synonym, codes in entries:
            norm = normalise(synonym)
            if norm:
                self.entries.setdefault(norm, tuple(codes))
        groups: dict[str, list[str]] = {}
        for s in sorted(self.entries, key=len, reverse=True):  # longest first: it wins at the same position
            groups.setdefault(word_key(s.split()[0]), []).append(s)
        self._groups = groups
        self._index: dict[str, tuple[re.Pattern, list[str]]] = {}  # compiled on first use: most keys never are

    def _pattern(self, key: str) -> tuple[re.Pattern, list[str]] | None:
        found = self._index.get(key)
        if found is None:
            group = self._groups.get(key)
            if group is None:
                return None
            found = self._index[key] = (
                re.compile("(?:" + "|".join("(" + " ".join(map(_word_pattern, s.split())) + ")" for s in group)
                           + r")(?!\S)"), group)
        return found

    def with_entries(self, first: Iterable[tuple[str, tuple[str, ...]]]) -> SynonymMatcher:
        """A matcher that knows ``first`` too, and prefers them where they spell a synonym alike."""
        return SynonymMatcher([*first, *self.entries.items()])

    def _scan(self, normalised: str, offset: int) -> list[Hit]:
        """The longest synonym at each word, left to right, without overlaps."""
        hits, end = [], 0
        for word in re.finditer(r"\S+", normalised):
            if word.start() < end:
                continue
            best = None
            for key in _lookup_keys(word.group()):
                pattern, group = self._pattern(key) or (None, None)
                m = pattern.match(normalised, word.start()) if pattern else None
                if m and (best is None or m.end() > best[0]):
                    best = (m.end(), group[m.lastindex - 1])
            if best:
                end = best[0]
                hits.append(Hit(offset + word.start(), offset + best[0], self.entries[best[1]], best[1]))
        return hits

    def find(self, text: object) -> list[Hit]:
        """Every synonym in ``text``, in order of appearance.

        The whole text is searched, then each part between separators (; , / & + | newline,
        and/et/y), so a long synonym spanning a separator cannot hide its neighbour. A phrase that
        means nothing ("shelter/NFI") hides what its parts would mean.
        """
        if text is None:
            return []
        text = str(text)
        full = normalise(text)
        if not full:
            return []
        hits = self._scan(full, 0)
        parts = SEPARATORS.split(text)
        if len(parts) == 1:
            return hits
        void = [(h.start, h.end) for h in hits if not h.codes]
        cursor = 0
        for part in parts:
            norm = normalise(part or "")
            if not norm:
                continue
            at = full.find(norm, cursor)
            at = cursor if at < 0 else at
            hits += [h for h in self._scan(norm, at) if not any(a <= h.start < b for a, b in void)]
            cursor = at + len(norm)
        hits.sort(key=lambda h: h.start)
        return hits

    def codes(self, text: object) -> list[str]:
        """The codes named in ``text``, in order of appearance, without repeats."""
        return list(dict.fromkeys(code for hit in self.find(text) for code in hit.codes))


def as_written(text: str, hit: Hit) -> str:
    """The words of ``text`` that ``hit`` was found at, as the text spells them (for messages)."""
    want = normalise(text)[hit.start:hit.end]
    tokens = [(m.start(), m.end(), normalise(m.group())) for m in re.finditer(r"\S+", text)]
    for i, (start, _, first) in enumerate(tokens):
        if not first:
            continue
        words = []
        for _, end, norm in tokens[i:]:
            if norm:
                words.append(norm)
            joined = " ".join(words)
            if joined == want:  # a leading article is left out ("l'hébergement"), an inner one kept ("centre d'accueil")
                span = text[start:end].strip("()[]{}.,;:!?\"'«»")
                return _ELISION.sub("", span, count=1) if _ELISION.match(span) else span
            if len(joined) >= len(want):
                break
    return want
