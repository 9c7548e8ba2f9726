"""Short codes stay as typed; text with letters around digits is kept as text, with a warning."""

from __future__ import annotations

import pytest

from importers.values import parse_phones

NOT_A_NUMBER = "phone '{0}' is neither a full number nor a short code; kept as typed"


@pytest.mark.parametrize("cell, code", [
    ("1098", "1098"), ("999", "999"), (1098.0, "1098"), ("Call 1098", "1098"), ("hotline: 109", "109"),
    ("1098 (toll free)", "1098"), ("tel 999", "999"), ("Dial 16430", "16430"), ("16430 24/7", "16430"),
    ("Appelez le 116", "116"), ("হটলাইন 1098", "1098"),
])
def test_short_codes_alone_or_beside_a_label_are_kept(cell, code):
    assert parse_phones(cell, "BD") == ([code], [])


@pytest.mark.parametrize("cell", ["0171 CALL ME", "1-800-FLOWERS", "CALL 1098 NOW", "ext. 1098", "0171", "00000"])
def test_letters_around_digits_or_a_leading_zero_are_not_short_codes(cell):
    assert parse_phones(cell, "BD") == ([cell], [NOT_A_NUMBER.format(cell)])


def test_zero_led_codes_the_numbering_plan_knows_are_short_codes():
    assert parse_phones("000", "AU") == (["000"], [])  # Australia's emergency number
    assert parse_phones("000", "BD") == (["000"], [NOT_A_NUMBER.format("000")])


def test_several_numbers_in_one_cell_keep_24_7_together():
    assert parse_phones("1098 24/7 or 01700-555123", "BD") == (["1098", "+8801700555123"], [])
    assert parse_phones("01700555123/01800555124", "BD") == (["+8801700555123", "+8801800555124"], [])
    assert parse_phones("999/1098", "BD") == (["999", "1098"], [])


def test_full_numbers_still_become_e164_and_bad_ones_stay_as_text():
    assert parse_phones("+880 1800 555124", "BD") == (["+8801800555124"], [])
    assert parse_phones("123456789", "BD") == (["123456789"], ["phone '123456789' is not a valid number; kept as typed"])
