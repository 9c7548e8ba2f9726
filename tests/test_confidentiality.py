"""The confidentiality policy and the text guard, as functions (the writers' side is in test_safety_outputs.py)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from directory import confidentiality as c
from directory import safe_text
from directory.model import Site

REPO = Path(__file__).resolve().parents[1]
PCODES = {1: "BD20", 2: "BD2022", 3: "BD202201", 4: "BD20220101"}


def test_a_service_that_is_not_confidential_shows_everything_everywhere():
    for output in c.RULES:
        assert c.disclosure(output, False) == c.EVERYTHING


def test_no_output_shows_a_safe_houses_point_and_only_the_review_queue_its_site():
    for output in c.RULES:
        shown = c.disclosure(output, True)
        assert not shown.point, output
        assert shown.site_name == shown.address == (output == c.REVIEW), output
    assert c.disclosure(c.PATHWAY, True).phone and not c.disclosure(c.PATHWAY, True).organisation
    assert not c.disclosure(c.MAP, True).phone and c.disclosure(c.MAP, True).area_depth == c.AREA_DEPTH


def test_only_exports_and_the_verification_sheet_can_be_asked_for_everything():
    assert {o for o, r in c.RULES.items() if r.overridable} == {c.EXPORT, c.VERIFICATION}
    assert c.disclosure(c.EXPORT, True, include_confidential=True) == c.EVERYTHING
    with pytest.raises(ValueError, match="map"):
        c.disclosure(c.MAP, True, include_confidential=True)
    with pytest.raises(KeyError, match="RULES"):
        c.disclosure("a new output", True)


def test_every_output_named_in_the_code_has_a_rule():
    """Outputs are named by constants; a writer asking with a constant the policy lacks fails here."""
    used = set()
    for package in ("directory", "importers", "mapping", "pathways", "desktop"):
        for path in (REPO / package).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == "confidentiality" \
                        and node.attr.isupper() and node.attr not in ("AREA_DEPTH", "ALL_LEVELS", "EVERYTHING", "RULES"):
                    used.add(getattr(c, node.attr))
    assert used and used <= set(c.RULES)
    assert {c.MAP, c.PRINT_MAP, c.EXPORT, c.PATHWAY, c.VERIFICATION, c.COVERAGE, c.REVIEW, c.ZOOM} <= used


def test_the_areas_shown_stop_at_the_second_level_the_site_has():
    shows = c.disclosure(c.MAP, True)
    assert c.shown_areas(shows, PCODES) == {1: "BD20", 2: "BD2022"}
    assert c.shown_area(shows, PCODES) == "BD2022"
    assert c.shown_area(shows, {3: "BD202201", 4: "BD20220101"}) == "BD20220101"  # a project starting at level 3
    assert c.shown_area(c.disclosure(c.EXPORT, True), PCODES) is None
    assert c.shown_area(c.EVERYTHING, PCODES) == "BD20220101"


def test_a_safe_house_belongs_to_its_district_the_areas_above_and_inside_it():
    hidden = c.disclosure(c.EXPORT, True)
    assert [a for a in ("BD", "BD20", "BD2022", "BD202201", "BD202202", "BD2084", "BD208401")
            if c.listed_in(hidden, PCODES, a)] == ["BD", "BD20", "BD2022", "BD202201", "BD202202"]
    assert c.listed_in(c.EVERYTHING, PCODES, "BD202201") and not c.listed_in(c.EVERYTHING, PCODES, "BD202202")


def test_a_released_site_keeps_only_what_the_output_may_carry():
    site = Site("Marigold Refuge", address="Plot 417", location_text="Teknaf", latitude=21.7, longitude=92.1,
                admin_pcodes=dict(PCODES))
    assert c.released_site(c.disclosure(c.EXPORT, True), site) is None
    assert c.released_site(c.EVERYTHING, site) is site
    on_map = c.released_site(c.disclosure(c.MAP, True), site)
    assert (on_map.name, on_map.address, on_map.location_text, on_map.latitude, on_map.longitude) == ("", "", "", None, None)
    assert on_map.admin_pcodes == {1: "BD20", 2: "BD2022"} and site.name == "Marigold Refuge"
    review = c.released_site(c.disclosure(c.REVIEW, True), site)
    assert review.name == "Marigold Refuge" and review.latitude is None


def test_a_message_about_a_safe_house_loses_its_place():
    site = Site("Marigold Refuge", address="Plot 417 Lane", latitude=21.73519, longitude=92.06287)
    texts = c.place_texts(site)
    assert "21.7352" in texts and "92.063" in texts
    said = c.withhold_place("coordinates '121.73519', '92.06287' are out of range; near Plot 417 Lane, 23°10'05\"N", texts)
    assert "121" not in said and "92.06" not in said and "Plot 417" not in said and "23°" not in said
    assert said.startswith("coordinates '[withheld]'")
    assert c.withhold_place("service type 'Shelter' not recognised") == "service type 'Shelter' not recognised"


@pytest.mark.parametrize("text", ["=cmd|' /C calc'!A0", "+1 CALL", "-2+3", "@SUM(A1)", "\tTab", "\rCR", "=1+1"])
def test_formulas_are_neutralised_and_restored(text):
    assert safe_text.csv_cell(text) == "'" + text
    assert safe_text.restore(safe_text.csv_cell(text)) == text


def test_plain_text_numbers_and_empty_cells_pass_unchanged():
    for value in ("Case management", "'quoted", "a=b", "", 12, 1.5):
        assert safe_text.csv_cell(value) == value
    assert safe_text.csv_cell(None) == ""


def test_workbook_cells_keep_formulas_as_text():
    import openpyxl

    sheet = openpyxl.Workbook().active
    safe_text.set_xlsx_row(sheet, 3, ["=1+1", "plain", 7, "\u202e+880"])
    formula, plain, number, bidi = (sheet.cell(3, i) for i in range(1, 5))
    assert (formula.value, formula.data_type, formula.quotePrefix) == ("=1+1", "s", True)
    assert plain.quotePrefix is False and number.value == 7
    assert bidi.value == "+880" and bidi.quotePrefix  # the control removed, and then it starts with "+"


def test_bidi_controls_are_removed_and_noted_where_they_were():
    notes: list[str] = []
    assert safe_text.note_bidi("Clinic \u202eB\u2069", lambda: "cell C5", notes) == "Clinic B"
    assert notes == ["cell C5 held pop directional isolate (U+2069), right-to-left override (U+202E), which can make "
                     "a name or a phone number read differently from what it is; removed"]
    assert safe_text.note_bidi("ঢাকা دار", "cell D2", notes) == "ঢাকা دار" and len(notes) == 1
    every = "".join(safe_text.BIDI_NAMES)
    assert len(every) == 9 and safe_text.plain(f"a{every}b") == "ab"
    assert safe_text.plain_tree({"k\u202e": ["x\u2066", 1, None]}) == {"k": ["x", 1, None]}


def test_markup_is_escaped_for_html_svg_and_kml():
    assert safe_text.markup("<svg onload=alert(1)> & \"x\" \u202e") == "&lt;svg onload=alert(1)&gt; &amp; &quot;x&quot; "
    assert safe_text.markup(None) == ""
