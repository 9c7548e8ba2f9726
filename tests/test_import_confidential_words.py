"""Words that make a row confidential are found in every language the pattern knows, whatever the case."""

from __future__ import annotations

import pytest

from importers.rows import _CONFIDENTIAL, _CONFIDENTIAL_STEMS

PHRASES = [
    "Women's SAFE HOUSE (location withheld)", "safehouse for girls", "Site is confidential", "address secret",
    "Confidential location, call first", "Maison sûre pour femmes", "maison sure", "Lieu confidentiel",
    "adresse confidentielle", "Casa refugio", "CASA SEGURA", "Ubicación confidencial", "casa abrigo",
    "بيت آمن للنساء", "دار إيواء", "موقع سري", "নিরাপদ আশ্রয়কেন্দ্র", "গোপন ঠিকানা",
]


@pytest.mark.parametrize("text", PHRASES)
def test_each_phrase_passes_the_quick_stem_test_and_matches_the_pattern(text):
    assert _CONFIDENTIAL.search(text), text
    assert any(stem in text.lower() for stem in _CONFIDENTIAL_STEMS), text


def _top_level_branches(pattern: str) -> list[str]:
    branches, depth, start = [], 0, 0
    for i, ch in enumerate(pattern):
        if ch == "(" and pattern[i - 1:i] != "\\":
            depth += 1
        elif ch == ")" and pattern[i - 1:i] != "\\":
            depth -= 1
        elif ch == "|" and depth == 0:
            branches.append(pattern[start:i])
            start = i + 1
    return branches + [pattern[start:]]


def test_every_branch_of_the_pattern_holds_a_stem():
    """A new phrase added to the pattern without a stem would be skipped by the quick test."""
    branches = _top_level_branches(_CONFIDENTIAL.pattern)
    assert len(branches) == 13
    for branch in branches:
        assert any(stem in branch.lower() for stem in _CONFIDENTIAL_STEMS), branch
    for text in ("Case management 12 Services for children and women. Site 12", "Health post", ""):
        assert not any(stem in text.lower() for stem in _CONFIDENTIAL_STEMS)
