"""A list that writes each organisation once, over the rows of its services, and leaves the cell blank below (a
table pasted from a document: merged there, not in the sheet). Its services were rejected for naming no
organisation, or dropped as notes when they had only a place and a type."""

from __future__ import annotations

from importers.pipeline import read_file
from importers.rows import organisation_written_once
from tests.helpers import write_sheets

HEADER = ["Organisation", "Location", "Service", "Phone"]


def test_a_blank_organisation_under_a_service_is_the_one_above(tmp_path):
    path = write_sheets(tmp_path / "cd.xlsx", {"Services": [HEADER,
        ["IRC", "Goma", "Case management", "+243 990 000 001"],
        ["", "Goma", "Psychosocial support", "+243 990 000 002"],
        ["", "Sake", "Legal aid", ""],
        ["HEAL Africa", "Goma", "Medical care for survivors", "+243 990 000 003"],
        ["", "Minova", "PSS", "+243 990 000 004"],
        ["", "", "", ""],
        ["", "Bweremana", "Child friendly space", "+243 990 000 005"],
    ]})
    result = read_file(path, region="CD")
    names = {o.id: o.name for o in result.organisations}
    assert [(s.name, names[s.organisation_id]) for s in result.services] == [
        ("Case management", "IRC"), ("Psychosocial support", "IRC"), ("Legal aid", "IRC"),
        ("Medical care for survivors", "HEAL Africa"), ("PSS", "HEAL Africa")]
    assert result.rows[1].messages == [
        "no organisation in row 3: read as 'IRC', the organisation of the row above (the list writes each organisation "
        "once, over its services); if it is another one, write it in and import again"]
    assert result.rows[-1].status == "rejected"  # after a blank row: no organisation above it to carry on
    assert sum("the organisation is written once over the rows of its services" in n for n in result.notes) == 1


def test_a_list_that_writes_every_row_s_organisation_still_rejects_a_blank_one(tmp_path):
    path = write_sheets(tmp_path / "bd.xlsx", {"Services": [HEADER,
        ["Example Child Aid", "Ukhia", "Case management", "01700-555123"],
        ["Example Child Aid", "Ukhia", "Legal aid desk", "1098"],
        ["Hilltracts Forum", "Rangamati", "Child friendly space", "01500-555109"],
        ["Hilltracts Forum", "Bandarban", "Psychosocial support", "01500-555548"],
        ["", "Bandarban", "Mobile team – case management", "01500-555549"],
    ]})
    result = read_file(path, region="BD")
    assert result.rows[-1].status == "rejected"
    assert "no organisation: fill in the 'organisation' column of row 6" in result.rows[-1].messages[-1]


def test_the_check_can_fail():
    """A test of the tests above: the shape is told by blanks under an organisation outnumbering repeats."""
    rows = [HEADER, ["IRC", "Goma", "CM", "1"], ["", "Goma", "PSS", "2"], ["IRC", "Sake", "CM", "3"]]
    assert not organisation_written_once(rows, 1, 0)  # one blank, one repeat
    rows[3][0] = ""
    assert organisation_written_once(rows, 1, 0)
