"""Reading a service list in ServiceMap's template layout (the demo workbook)."""

from __future__ import annotations

import openpyxl
import pytest

import resources
from importers.template import read_service_list

WORKBOOK = resources.path("demo/chattogram_services.xlsx")


@pytest.fixture(scope="module")
def result():
    return read_service_list(WORKBOOK, region="BD")


def test_every_row_under_the_header_is_accounted_for(result):
    sheet = openpyxl.load_workbook(WORKBOOK, read_only=True)["Services"]
    last_row = sheet.max_row
    # header on row 4, hashtags on row 5: every row from 6 to the end has exactly one outcome
    assert [r.row for r in result.rows] == list(range(6, last_row + 1))
    summary = result.summary()
    assert sum(summary.values()) == last_row - 5
    assert summary["rejected"] == 0 and summary["duplicate"] == 1


def test_cover_pages_and_lists_are_skipped_with_a_reason(result):
    assert set(result.skipped_sheets) == {"Read me", "Lists"}
    assert all("no table of services" in why for why in result.skipped_sheets.values())


def test_blank_rows_totals_and_notes_are_not_services(result):
    others = [r for r in result.rows if r.status == "not-a-service"]
    messages = " ".join(m for r in others for m in r.messages)
    assert "blank row" in messages and "Total services" in messages and "Note:" in messages


def test_the_duplicate_is_merged_and_keeps_both_provenances(result):
    dup = next(r for r in result.rows if r.status == "duplicate")
    twin = next(s for s in result.services if s.id == dup.service_id)
    assert [p.row for p in twin.provenance][-1] == dup.row
    assert f"row {twin.provenance[0].row}" in dup.messages[0]


def test_values_are_cleaned(result):
    swapped = [r for r in result.rows if any("swapped" in m for m in r.messages)]
    assert len(swapped) == 2
    assert sum(s.confidential for s in result.services) == 3
    phones = [p.number for s in result.services for c in s.contacts for p in c.phones]
    assert "1098" in phones
    assert all(p.startswith("+880") or p.isdigit() and len(p) <= 5 for p in phones)
    # a service with no recognised type says so on its row (the demo's all have one, read from all their text)
    untyped = {s.id for s in result.services if not s.service_types}
    flagged = {r.service_id for r in result.rows if any("not recognised" in m and "service type" in m for m in r.messages)}
    assert untyped == flagged


def test_row_numbers_are_the_ones_excel_shows(result):
    sheet = openpyxl.load_workbook(WORKBOOK, read_only=True)["Services"]
    rows = {i: row for i, row in enumerate(sheet.iter_rows(values_only=True), start=1)}
    for service in result.services[:20]:
        prov = service.provenance[0]
        assert rows[prov.row][1].strip().lower().split()[0] == service.name.lower().split()[0]
