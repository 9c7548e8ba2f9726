"""Rows that only carry on the row above, as a PDF converted to a sheet leaves them (21st tryout, a South
Sudan referral directory): the rest of a service's text, a second phone number. Each list here is written by
openpyxl in the shape the tryout's converter left."""

from __future__ import annotations

from importers import continued_rows
from importers.pipeline import read_file
from tests.helpers import write_sheets

HEADER = ["S/N", "Location", "Agency", "Services Provided", "Focal Person", "Contact No.", "Email", "Days / Hours"]


def test_the_rest_of_a_cell_and_a_second_number_are_read_with_their_row(tmp_path):
    path = write_sheets(tmp_path / "ss.xlsx", {"Table 1": [HEADER,
        ["1", "Malakal PoC, Sector 2", "Child Protection Action Network", "Case management, Family Tracing and "
         "Reunification (FTR) for separated &", "John Deng", "+211 922 605 477", "", "Mon–Sat"],
        ["", "", "", "unaccompanied children, interim care (foster families)", "", "", "", ""],
        ["2", "Bentiu Town", "Unity Legal Aid Clinic", "Legal aid / paralegals", "Mathew Koang", "0915 208 734", "",
         "Mon–Fri"],
        ["", "", "", "", "", "+211 917 208 735", "", ""],
        ["3", "Juba", "Juba Teaching Hospital", "CMR for children & adolescents, medical examination, PEP", "Dr. Achol",
         "0921 880 453", "", "24/7"],
        ["", "", "", "(Form 8 filled free of charge)", "", "", "", ""],
    ]})
    result = read_file(path, region="SS")
    tracing, legal, medical = result.services
    assert tracing.service_types == ["case_management", "family_tracing", "alternative_care"]  # "interim care"
    assert tracing.name.endswith("separated & unaccompanied children, interim care (foster families)")
    assert [p.number for p in legal.contacts[0].phones] == ["+211915208734", "+211917208735"]
    assert medical.name.endswith("PEP (Form 8 filled free of charge)")
    rows = {r.row: r for r in result.rows}
    assert [rows[n].status for n in (3, 5, 7)] == ["not-a-service"] * 3
    assert rows[3].messages == ["the rest of row 2 (D2), split over two rows (as a PDF converted to a sheet does): "
                                "read with that row"]
    assert rows[5].messages[0].startswith("the rest of row 4 (F4)")


def test_rows_that_are_services_or_notes_of_their_own_are_not_joined(tmp_path):
    """A row with an organisation, a row that writes a whole service under a blank organisation ("same as
    above": its own phone and place), and a note that does not go on from the row above stay as they were."""
    path = write_sheets(tmp_path / "ss.xlsx", {"Table 1": [HEADER,
        ["1", "Juba", "Hope Pathways", "Case management,", "Mary Poni", "+211 925 118 004", "", "Mon–Fri"],
        ["2", "Juba", "Hope Pathways", "psychosocial support groups", "Mary Poni", "+211 925 118 005", "", "Mon–Fri"],
        ["", "Gudele", "", "legal aid clinic", "", "+211 925 118 006", "", ""],
        ["", "", "", "Note: call before visiting", "", "", "", ""],
        ["", "", "", "", "", "ask for the duty officer", "", ""],
    ]})
    result = read_file(path, region="SS")
    assert [s.name for s in result.services] == ["Case management,", "psychosocial support groups"]
    rows = {r.row: r for r in result.rows}
    assert all("split over two rows" not in m for r in rows.values() for m in r.messages)
    assert rows[4].status == "rejected"  # a whole service with no organisation: said so, not hidden in row 3


def test_a_chain_of_rows_goes_to_the_first(tmp_path):
    """A cell over three lines of the PDF: both rows under it carry on the service's row."""
    rows = [HEADER,
            ["1", "Wau", "CPAN", "Case management, PSS,", "", "", "", ""],
            ["", "", "", "family tracing and", "", "", "", ""],
            ["", "", "", "reunification", "", "", "", ""]]
    found = continued_rows.find(rows, 1, {"organisation": 2, "service": 3})
    assert found == {2: (1, [3]), 3: (1, [3])}
    continued_rows.join(rows, found, {"organisation": 2, "service": 3})
    assert rows[1][3] == "Case management, PSS, family tracing and reunification"


def test_the_check_can_fail():
    """A test of the tests above: without an organisation column nothing is joined, and a capitalised row under
    a finished text is not a continuation."""
    rows = [HEADER, ["1", "Wau", "CPAN", "Case management", "", "", "", ""], ["", "", "", "Legal aid", "", "", "", ""]]
    assert continued_rows.find(rows, 1, {"service": 3}) == {}
    assert continued_rows.find(rows, 1, {"organisation": 2, "service": 3}) == {}
    rows[2][3] = "legal aid"
    assert continued_rows.find(rows, 1, {"organisation": 2, "service": 3}) == {2: (1, [3])}
