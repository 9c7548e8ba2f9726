"""Which imported services are confidential, and why.

A service is confidential (its point, address and site stay inside the project) when a person
says so; else when it is of a sensitive type (a safe shelter), whatever its row says; else when
the list's Confidential column says yes, or its words say so in any column: "safe house",
"maison sûre", "(confidential)", "location withheld", or a word that names a safe shelter
("shelter", "refugio", "مأوى"). The words are data (``resources/confidential_words.json``,
and the sensitive types' synonyms in the taxonomy). A person's "not confidential" wins.

:meth:`ConfidentialWords.reason` is called on every text cell of every row; a quick test of the
words that can start a match spares the rest on almost every cell, and each text is looked at once.
"""

from __future__ import annotations

import functools
import json
import re

from directory.synonyms import SynonymMatcher, as_written, normalise, word_key
from importers.service_types import TypeFinder, own_text

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
        self._gate = re.compile("|".join(map(re.escape, sorted(firsts, key=len, reverse=True))))
        self._secret = {normalise(s) for s in data["secret"]}
        secret = "|".join(re.escape(w) for w in sorted(self._secret, key=len, reverse=True))
        # in brackets ("(confidential)", "[location secret]"), or at the end after a dash or colon
        self._set_apart = re.compile(rf"[(\[] (?:[^)\]]* )?(?:{secret})(?: [^)\]]*)? [)\]]"
                                     rf"|[-–—:] (?:{secret})(?: [.!])*$")
        self._cache: dict[tuple[str, tuple[str, ...]], str | None] = {}

    def reason(self, text: str, sectors: tuple[str, ...] = ()) -> str | None:
        """The words of ``text`` that make its service confidential, or None."""
        key = (text, sectors)
        if key in self._cache:
            return self._cache[key]
        found = None
        quick = text.casefold() if text.isascii() else normalise(text)
        if self._gate.search(quick):
            found = self._words(text) or self._sensitive_type(text, sectors)
        if len(self._cache) < 200_000:
            self._cache[key] = found
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
        own = own_text(text)
        for hit in self.finder.matcher(sectors).find(own):
            if self.sensitive & set(hit.codes):
                return as_written(text if normalise(own) == normalise(text) else own, hit)
        return None


_PUNCTUATION = re.compile(r"([()\[\]\-–—:;,.!?/|\"])")


def _spaced(text: str) -> str:
    """The words of ``text`` as :func:`normalise` gives them, and its punctuation, one space apart."""
    return " ".join(part if _PUNCTUATION.fullmatch(part) else normalise(part)
                    for part in _PUNCTUATION.split(text) if part.strip() and (normalise(part) or
                                                                              _PUNCTUATION.fullmatch(part)))
