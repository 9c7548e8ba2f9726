"""The matcher reads a misspelt parent that names another place, and lets a clear lead in
spelling count, without ever turning a real ambiguity into a confident guess."""

from __future__ import annotations

import pytest

from directory.gazetteer_store import GazetteerRow
from mapping.geocode import Matcher
from mapping.geocode.gazetteer import Gazetteer

# (P-code, name, parent) from the Bangladesh boundaries: Paba is an upazila of Rajshahi
# district, one letter from the district of Pabna; two city corporations of Dhaka differ by
# one word; Fulbari and Phulbari are two upazilas whose names fold to one skeleton.
AREAS = [
    ("BD50", "Rajshahi", None), ("BD5081", "Rajshahi", "BD50"), ("BD5076", "Pabna", "BD50"),
    ("BD50810070", "Paba", "BD5081"), ("BD50810010", "Bagha", "BD5081"),
    ("BD50760083", "Sujanagar", "BD5076"), ("BD50760072", "Santhia", "BD5076"),
    ("BD30", "Dhaka", None), ("BD3026", "Dhaka", "BD30"),
    ("BD30260001", "Dhaka North City Corporation", "BD3026"),
    ("BD30260002", "Dhaka South City Corporation", "BD3026"), ("BD30260072", "Savar", "BD3026"),
    ("BD55", "Rangpur", None), ("BD5527", "Dinajpur", "BD55"), ("BD5549", "Kurigram", "BD55"),
    ("BD55270038", "Fulbari", "BD5527"), ("BD55490018", "Phulbari", "BD5549"),
]


def _row(pcode: str, name: str, parent: str | None) -> GazetteerRow:
    level = {4: 1, 6: 2, 10: 3}[len(pcode)]
    pcodes = {n: pcode[: {1: 4, 2: 6, 3: 10}[n]] for n in range(1, level + 1)}
    return GazetteerRow(pcode, "admin", "admin", level, name, parent_id=parent, pcodes=pcodes)


@pytest.fixture(scope="module")
def matcher():
    return Matcher(Gazetteer([_row(*a) for a in AREAS]))


@pytest.mark.parametrize("text, truth", [
    ("paba/Sujanagar", "BD50760083"),  # Pabna with a letter dropped, not the upazila of Paba
    ("PABA / Sujanagar Upazila", "BD50760083"),
    ("Rajshahee Division / paba / Santhia Upazila", "BD50760072"),
])
def test_a_misspelt_parent_that_names_another_place_is_read_as_the_parent(matcher, text, truth):
    m = matcher.match(text)
    assert m.best.id == truth
    assert m.confidence >= 0.5
    assert m.best.pcodes[2] == "BD5076"


def test_the_place_a_misspelt_parent_resembles_is_still_found_on_its_own(matcher):
    m = matcher.match("Rajshahi / Paba")
    assert (m.best.id, m.confidence >= 0.5) == ("BD50810070", True)
    m = matcher.match("Paba / Savar")  # no area holding Savar resembles "Paba": nothing is forced
    assert m.confidence < 0.5


@pytest.mark.parametrize("text, truth", [
    ("Dhaka / Dhaka / Dhaka South City Corporatioon", "BD30260002"),  # one edit from South, three from North
    ("Dhoka/Dahka North City Corporation", "BD30260001"),
])
def test_one_slip_from_a_name_and_far_from_its_rival_is_placed(matcher, text, truth):
    m = matcher.match(text)
    assert m.best.id == truth
    assert m.confidence >= 0.5


@pytest.mark.parametrize("text", ["Fulbari Upazilla", "PHULBARI", "Dhaka / Dhaka City Corporation"])
def test_names_that_spell_alike_stay_low_confidence(matcher, text):
    m = matcher.match(text)
    assert m.confidence < 0.5
    assert m.ambiguous
    assert m.candidates


def test_repeated_texts_give_independent_matches(matcher):
    first = matcher.match("paba/Sujanagar")
    first.unmatched.append("changed by a caller")
    again = matcher.match("PABA / SUJANAGAR")
    assert again.unmatched == [] and again.best.id == first.best.id
