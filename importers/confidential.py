"""Which imported services are confidential, and why.

A service is confidential (its point, address and site stay inside the project) when a person
says so; else when it is of a sensitive type (a safe shelter), whatever its row says; else when
the list's Confidential column says yes, or its words say so in any column: "safe house",
"maison sûre", "(confidential)", "location withheld", or a word that names a safe shelter
("shelter", "refugio", "مأوى"), unless the text says that shelter is not offered ("CM only (no
shelter)"). A shelter whose row says it is for people on the move in general ("albergue de paso
para migrantes", "transit centre for returnees") and names nobody at risk (survivors, women,
children …) and no secret place is a shelter but not confidential: :meth:`ConfidentialWords.open_shelter`.
The words are data (``resources/confidential_words.json``, and the sensitive types' synonyms in
the taxonomy). A person's "not confidential" wins.

:meth:`ConfidentialWords.reason` is called on every text cell of every row; a quick test of the
words that can start a match spares the rest on almost every cell, and each text is looked at once.
"""

from __future__ import annotations

import functools
import json
import re

from directory.synonyms import SynonymMatcher, any_of, as_written, normalise, word_key
from importers.service_types import TypeFinder

_PHRASE, _SECRET, _PLACE = "phrase", "secret", "place"


@functools.lru_cache(maxsize=1)
def _words() -> dict:
    import resources

    return json.loads(resources.path("confidential_words.json").read_text(encoding="utf-8"))


class ConfidentialWords:
    """Finds the words that make a cell's service confidential, under the row's sectors."""

    def __init__(self, finder: TypeFinder):
        data = _words()
        self.finder = finder
        self.sensitive = finder.taxonomy.sensitive_codes
        self.matcher = SynonymMatcher([*((p, (_PHRASE,)) for p in data["phrases"]),
                                       *((s, (_SECRET,)) for s in data["secret"]),
                                       *((p, (_PLACE,)) for p in data["place"])])
        firsts = {word_key(normalise(s).split()[0]) for s in [*data["phrases"], *data["secret"]]}
        for t in finder.taxonomy:
            if t.code in self.sensitive:
                firsts |= {word_key(normalise(s).split()[0]) for s in (t.code, *t.synonyms)}
        for p in finder.taxonomy.phrases:
            if self.sensitive & set(p[1]):
                firsts.add(word_key(normalise(p[0]).split()[0]))
        self._gate, self._gate_short = _word_starts(firsts)
        self._secret = {normalise(s) for s in data["secret"]}
        secret = "|".join(re.escape(w) for w in sorted(self._secret, key=len, reverse=True))
        # in brackets ("(confidential)", "[location secret]"), at the end after a dash or colon, or opening
        # the cell before one ("CONFIDENTIEL – ne pas communiquer l'adresse")
        self._set_apart = re.compile(rf"[(\[] (?:[^)\]]* )?(?:{secret})(?: [^)\]]*)? [)\]]"
                                     rf"|[-–—:] (?:{secret})(?: [.!])*$|^(?:{secret}) [-–—:]")
        self._open = SynonymMatcher((w, ("open",)) for w in data["open_shelter"])
        self._at_risk = SynonymMatcher((w, ("risk",)) for w in data["at_risk"])
        self._open_gate = re.compile(any_of(word_key(normalise(w)) for w in data["open_shelter"]))
        self._open_cache: dict[str, tuple[bool, str | None]] = {}
        self._open_gate_cache: dict[str, bool] = {}
        self._cache: dict[tuple[str, tuple[str, ...], bool], str | None] = {}

    def reason(self, text: str, sectors: tuple[str, ...] = (), *, by_type: bool = True) -> str | None:
        """The words of ``text`` that make its service confidential, or None. With ``by_type`` False, a
        word naming a safe shelter does not count (the row is an open shelter, see :meth:`open_shelter`)."""
        key = (text, sectors, by_type)
        if key in self._cache:
            return self._cache[key]
        found = None
        quick = text.casefold() if text.isascii() else normalise(text)
        if self._gate.search(quick) or self._gate_short.search(quick):
            found = self._words(text) or (self._sensitive_type(text, sectors) if by_type else None)
        if len(self._cache) < 200_000:
            self._cache[key] = found
        return found

    def open_shelter(self, texts: list[str], sectors: tuple[str, ...] = ()) -> str | None:
        """The words saying a shelter is for people on the move in general ("migrantes", "returnees"),
        when none of the row's ``texts`` names people at risk or a secret place and its sectors are not
        GBV or child protection; else None (the shelter stays confidential)."""
        if sectors and set(sectors) & {"gbv", "child_protection"}:
            return None
        if not any(map(self._may_be_open, texts)):
            return None  # almost every shelter: nothing says it is for migrants
        said = None
        for text in texts:
            if not text:
                continue
            found = self._open_cache.get(text)
            if found is None:
                hits = self._open.find(text)
                found = (bool(self._at_risk.find(text) or self._words(text)),
                         as_written(text, hits[0]) if hits else None)
                if len(self._open_cache) < 50_000:
                    self._open_cache[text] = found
            if found[0]:
                return None
            said = said or found[1]
        return said

    def _may_be_open(self, text: str) -> bool:
        """A quick test: whether ``text`` may name people on the move (see :meth:`open_shelter`)."""
        found = self._open_gate_cache.get(text)
        if found is None:
            found = bool(text) and self._open_gate.search(text.casefold() if text.isascii() else normalise(text)) is not None
            if len(self._open_gate_cache) < 50_000:
                self._open_gate_cache[text] = found
        return found

    def _words(self, text: str) -> str | None:
        norm = normalise(text)
        hits = self.matcher.find(text)
        for h in hits:
            if _PHRASE in h.codes:
                return as_written(text, h)
        secrets = [h for h in hits if _SECRET in h.codes]
        if not secrets:
            return None
        if norm in self._secret or self._set_apart.search(_spaced(text)):
            return as_written(text, secrets[0])
        places = [norm[:h.start].count(" ") for h in hits if _PLACE in h.codes]
        for s in secrets:
            at = norm[:s.start].count(" ")
            if any(abs(at - p) <= 2 for p in places):
                return as_written(text, s)
        return None

    def _sensitive_type(self, text: str, sectors: tuple[str, ...]) -> str | None:
        own, hits, stopped = self.finder.own_hits(text, sectors)  # not "referral to a shelter", "no shelter" …
        for hit in hits + [h for h, never in stopped if not never]:  # … but a shelter suspended is still one
            if self.sensitive & set(hit.codes):
                return as_written(text if normalise(own) == normalise(text) else own, hit)
        return None


def _word_starts(firsts: set[str]) -> tuple[re.Pattern, re.Pattern]:
    """Quick tests for any of ``firsts`` in a text: one for the short Latin words (the negations that
    start "ne pas divulguer", "do not share", "no compartir"), which count only where a word starts, so
    that "ne" does not fire inside "helpline" nor "no" inside "Banobash"; one for every other word, which
    counts anywhere, as a misspelt or glued word ("WomenShelter") is still read by the types' matcher.
    (Two searches: a pattern that starts with a look behind is tried letter by letter, more slowly.)"""
    short = {w for w in firsts if len(w) <= 3 and _LATIN_WORD.fullmatch(w)}
    return re.compile(any_of(firsts - short)), re.compile(rf"(?<![a-z]){any_of(short)}")


_LATIN_WORD = re.compile(r"[a-z]+")
_PUNCTUATION = re.compile(r"([()\[\]\-–—:;,.!?/|\"])")


def _spaced(text: str) -> str:
    """The words of ``text`` as :func:`normalise` gives them, and its punctuation, one space apart."""
    return " ".join(part if _PUNCTUATION.fullmatch(part) else normalise(part)
                    for part in _PUNCTUATION.split(text) if part.strip() and (normalise(part) or
                                                                              _PUNCTUATION.fullmatch(part)))
