"""The quick test in front of the confidential words never hides a match.

``ConfidentialWords.reason`` looks at a cell's words only when its quick test (the words that can
start a match, where a word can start) fires. Over every text cell of the lists under tests/data and
each confidential phrase, secret word and shelter synonym written as lists write them (capitals, a
KoBo underscore, a number or letters glued before it, an elided article, an Arabic joined article or preposition, a Bengali ending, in
brackets), the answer with the quick test must equal the answer of the full check.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import openpyxl
import pytest

import resources
from directory.taxonomy import project_taxonomy
from importers.confidential import ConfidentialWords
from importers.service_types import TypeFinder

DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="module")
def words() -> ConfidentialWords:
    return ConfidentialWords(TypeFinder(project_taxonomy({})))


def _cells() -> list[str]:
    texts: set[str] = set()
    for path in sorted(DATA.rglob("*.xlsx")):
        if "hostile" in path.parts or "bad" in path.parts:
            continue
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
        for sheet in book.worksheets:
            for row in sheet.iter_rows(values_only=True):
                texts.update(x for x in row if isinstance(x, str) and x.strip())
        book.close()
    return sorted(texts)


def _written_as_lists_write(words: ConfidentialWords) -> list[str]:
    data = json.loads(resources.path("confidential_words.json").read_text(encoding="utf-8"))
    terms = [*data["phrases"], *data["secret"]]
    for t in words.finder.taxonomy:
        if t.code in words.sensitive:
            terms += list(t.synonyms)
    out = []
    for term in terms:
        first = term.split()[0]
        out += [term, term.upper(), f"Centre ({term})", f"services - {term}", f"Case management; {term}",
                term.replace(" ", "_"), f"x_{term.replace(' ', '_')}", f"l'{term}", f"d’{term}",
                f"2{term}", f"un{term}", f"north {term}", f"{first}s and more"]
        if re.match(r"[\u0600-\u06ff]", term):
            out += [f"بال{term}", f"وال{term}", f"لل{term}", f"و{term}"]
        if re.match(r"[\u0980-\u09ff]", term):
            out += [f"{term}ের জন্য", f"{term}গুলো"]
    return out


def _full_check(words: ConfidentialWords, text: str, by_type: bool) -> str | None:
    return words._words(text) or (words._sensitive_type(text, ()) if by_type else None)


def test_the_quick_test_hides_no_match(words):
    texts = _cells() + _written_as_lists_write(words)
    assert len(texts) > 2000
    found = 0
    for text in texts:
        for by_type in (True, False):
            expected = _full_check(words, text, by_type)
            found += expected is not None
            assert words.reason(text, (), by_type=by_type) == expected, text
    assert found > 500  # the texts hold many matches, so a quick test that hid some would be caught


def test_the_check_catches_a_quick_test_that_is_too_strict(words):
    """A test of the test: a quick test that wants every Latin word where a word starts hides matches
    among the same texts (a glued or misspelt shelter word the types' matcher reads), and the comparison
    above would fail."""
    strict = ConfidentialWords(words.finder)
    firsts = strict._gate.pattern.replace("(?<![a-z])", "")
    strict._gate = re.compile(rf"(?<![a-z])(?:{firsts})")
    texts = _cells() + _written_as_lists_write(words)
    hidden = [t for t in texts if strict.reason(t, ()) != _full_check(strict, t, True)]
    assert hidden


def test_a_word_inside_another_word_does_not_fire(words):
    """The quick test spares the full check on ordinary text: 'ne' inside "helpline", 'no' inside
    "Banobash", 'do' inside "Condominium"."""
    for text in ("Outreach point 6 of helpline", "Banobash", "Condominium"):
        quick = text.casefold()
        assert words._gate.search(quick) is None, text
