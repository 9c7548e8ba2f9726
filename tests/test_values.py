"""Cleaning the values people type in service lists."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from importers import values as v


@pytest.mark.parametrize("lat, lon, expected", [
    (21.4272, 92.0058, (21.4272, 92.0058)),
    ("21.4272, 92.0058", None, (21.4272, 92.0058)),
    ('21°25\'38"N', '92°0\'21"E', (pytest.approx(21.42722, abs=1e-4), pytest.approx(92.00583, abs=1e-4))),
    ("21 25.63 N", "92 0.35 E", (pytest.approx(21.42717, abs=1e-4), pytest.approx(92.00583, abs=1e-4))),
    (92.0058, 21.4272, (21.4272, 92.0058)),  # swapped
])
def test_coordinates_in_the_ways_people_write_them(lat, lon, expected):
    got_lat, got_lon, _ = v.parse_point(lat, lon)
    assert (got_lat, got_lon) == expected


def test_swapped_zero_and_nonsense_coordinates_come_with_notes():
    assert v.parse_point(92.0, 21.4)[2] == ["latitude and longitude were swapped; put right"]
    assert v.parse_point(0, 0)[:2] == (None, None) and "0, 0" in v.parse_point(0, 0)[2][0]
    lat, lon, notes = v.parse_point("near the mosque", 92.0)
    assert (lat, lon) == (None, None) and "not understood" in notes[0]
    assert v.parse_point(200.0, 300.0)[2][-1].endswith("treated as missing")


def test_phones_become_e164_and_short_codes_stay():
    phones, notes = v.parse_phones("01700-555123 / 01800-555124", "BD")
    assert phones == ["+8801700555123", "+8801800555124"] and notes == []
    assert v.parse_phones("1098", "BD") == (["1098"], [])
    assert v.parse_phones(999.0, "BD") == (["999"], [])
    phones, notes = v.parse_phones("call the office", "BD")
    assert phones == ["call the office"] and "not a valid number" in notes[0]


def test_emails_are_checked():
    assert v.parse_emails("info@example.org; Help@Example.net") == (["info@example.org", "help@example.net"], [])
    assert v.parse_emails("info(at)example.org")[0] == []


@pytest.mark.parametrize("cell, expected", [
    (datetime(2026, 8, 15, 0, 0), date(2026, 8, 15)),
    (46249, date(2026, 8, 15)),  # an Excel serial number
    ("2026-08-15", date(2026, 8, 15)),
    ("15/08/2026", date(2026, 8, 15)),
    ("Aug-2026", date(2026, 8, 1)),
    ("15 August 2026", date(2026, 8, 15)),
    ("03-Mar-24", date(2024, 3, 3)),  # Excel's d-mmm-yy, as 4W sheets show their dates
    ("Mar-24", date(2024, 3, 1)),  # Excel's mmm-yy: March 2024
    ("March 5, 2026", date(2026, 3, 5)),
    ("Sept. 12, 2025", date(2025, 9, 12)),
])
def test_dates(cell, expected):
    assert v.parse_date(cell)[0] == expected


@pytest.mark.parametrize("cell", ["Mar 24", "31-Feb-24", "xyz-24"])  # the 24th, or 2024? No 31 February.
def test_dates_it_cannot_tell_are_left_empty_with_a_note(cell):
    assert v.parse_date(cell) == (None, [f"date '{cell}' not understood; left empty"])


def test_month_first_dates_by_locale():
    assert v.parse_date("08/09/2026", day_first=False)[0] == date(2026, 8, 9)
    assert v.parse_date("08/09/2026", day_first=True)[0] == date(2026, 9, 8)


@pytest.mark.parametrize("cell, expected", [
    ("0-17", (0, 17)), ("Children 6-14", (6, 14)), ("18+", (18, None)), ("All ages", (None, None)),
    ("Adolescent girls 10-19", (10, 19)), ("under 18", (0, 17)),
])
def test_ages(cell, expected):
    assert v.parse_ages(cell)[:2] == expected


def test_genders_and_languages():
    assert v.parse_genders("Girls and women") == ["female"]
    assert v.parse_genders("All") == []
    assert v.parse_languages("Bangla, Chakma") == (["bn", "ccp"], [])
    langs, notes = v.parse_languages("Bangla; Klingon")
    assert langs == ["bn", "Klingon"] and "Klingon" in notes[0]


def test_match_key_ignores_spacing_case_and_punctuation():
    assert v.match_key("Cox's  Bazar") == v.match_key("COX’S BAZAR ") == "cox s bazar"


def test_clean_text_cleans_the_same_when_remembered_and_shares_one_copy_of_a_repeated_text(monkeypatch):
    messy = ["  Save  the\tChildren ", "e\u0301coute", "bell\x07 here", "plain", "", "ঢাকা  বিভাগ"]
    expected = ["Save the Children", "écoute", "bell here", "plain", "", "ঢাকা বিভাগ"]
    monkeypatch.setattr(v, "_CLEANED_MAX", 3)  # full, and emptied, within the list
    for _ in range(3):
        assert [v.clean_text(t) for t in messy] == expected
    monkeypatch.setattr(v, "_CLEANED_MAX", 1000)
    first, second = ("".join(["Services for ", "children and women"]) for _ in range(2))  # two objects
    assert first is not second and v.clean_text(first) is v.clean_text(second)
    assert v.clean_text(None) == "" and v.clean_text(12.0) == "12" and v.clean_text(3) == "3"
