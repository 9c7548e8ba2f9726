"""directory.sentence_patterns: the one function that turns a sentence template ("{rows} rows …" or
"cell %1 held %2 …") into the pattern that finds what was filled in (skip reasons, gap notes, import
report messages all use it)."""

from __future__ import annotations

from directory.sentence_patterns import fixed_length, template_pattern


def test_python_placeholders_give_named_values():
    found = template_pattern("{rows} rows (to cell {cell}), more than the {max}").fullmatch(
        "60 rows (to cell B60), more than the 50")
    assert found.groupdict() == {"rows": "60", "cell": "B60", "max": "50"}


def test_qt_placeholders_give_p1_p2():
    found = template_pattern("cell %1 held %2; that value was left out").fullmatch(
        "cell O13 held #REF!; that value was left out")
    assert found.groupdict() == {"p1": "O13", "p2": "#REF!"}


def test_a_placeholder_used_twice_stands_for_the_same_text():
    pattern = template_pattern("from '%1' again (if not a newer version of '%1')")
    assert pattern.fullmatch("from 'a.xlsx' again (if not a newer version of 'a.xlsx')")
    assert not pattern.fullmatch("from 'a.xlsx' again (if not a newer version of 'b.xlsx')")


def test_the_text_around_is_taken_literally_and_a_value_may_be_empty_or_span_lines():
    pattern = template_pattern("a note or total ('%1'), not a service (?)")
    assert pattern.fullmatch("a note or total (''), not a service (?)").group("p1") == ""
    assert pattern.fullmatch("a note or total ('two\nlines'), not a service (?)").group("p1") == "two\nlines"
    assert not pattern.fullmatch("a note or total ('x'), not a service")
    assert fixed_length("cell %1 held %2") == len("cell  held ")


def test_the_most_specific_template_is_the_one_found_and_a_value_is_filled_in_once():
    from directory.sentence_patterns import refill, template_of

    templates = ("%1 rows", "%1: row %2 of %3", "Reading %1")
    found, template = template_of("Services: row 2 of 9", templates)
    assert template == "%1: row %2 of %3"  # "%1 rows" would not fit; "%1" alone would fit anything
    assert template_of("Reading %2.xlsx", templates)[1] == "Reading %1"
    assert template_of("nothing here", templates) is None
    found, _ = template_of("Reading %2.xlsx", templates)
    assert refill("Lecture de %1", found) == "Lecture de %2.xlsx"  # the value's own "%2" is not filled in again
    found, _ = template_of("Services: row 2 of 9", templates)
    assert refill("%1 : ligne %2 sur %3", found, lambda p, v: v.upper() if p == "%1" else f"[{v}]") == (
        "SERVICES : ligne [2] sur [9]")
