"""What a sixth blind tryout found (four lists of unusual shapes written by someone who had not seen
the code, held out of the repository). The shapes that failed are written here with openpyxl:
services grouped under a heading row naming their organisation, one row per organisation with its
services across "Service 1" … "Service 4", a "Contact" column of phone numbers, and camp names such
as "Camp 1E, 1W" that were read as a point at 1° east."""

from __future__ import annotations

import openpyxl
import pytest

from importers.coordinates import point_in
from importers.pipeline import read_file
from tests.helpers import write_sheet


def _grouped(path):
    return write_sheet(path, ["CHILD PROTECTION & GBV REFERRAL PATHWAY - UKHIA / TEKNAF"], [
        [],
        ["Organisation", "Service", "Location", "Days/Hours", "Contact", "Notes"],
        ["SAVE THE CHILDREN"],  # row 4: the heading of a group, merged across
        ["", "Child protection case management", "Camp 13, Camp 14", "Sun-Thu 9:00-17:00", "01713-555210",
         "Children under 18"],
        ["", "Child Friendly Space (CFS)", "Camp 1E, 1W, 2E", "Sun-Thu 9am-4pm", "01713-555211", ""],
        ["", "Focal point: Nasrin Akter, CP Coordinator", "", "", "01730-555042", "nasrin@example.org"],
        [],
        ["UKHIA UPAZILA"],  # row 9: a place, not an organisation
        ["", "GBV case management", "Camp 4", "7 days", "Hotline 01799-555300", ""],  # row 10
        ["IRC", "Women and Girls Safe Space (WGSS)", "Camp 1E Block A-3", "Sun-Thu", "01799-555301", ""],
        ["", "Clinical management of rape (CMR)", "IRC health post", "24/7", "01799-555305", ""],  # row 12
    ], title="Referral Pathway", merged=("A1:F1", "A4:F4", "A9:F9"))


def test_services_grouped_under_a_heading_row_that_names_their_organisation(tmp_path):
    result = read_file(_grouped(tmp_path / "pathway.xlsx"), region="BD")
    by_row = {o.row: o for o in result.rows}
    services = {s.id: s for s in result.services}
    organisation = {o.id: o.name for o in result.organisations}

    def org_of(row):
        return organisation[services[by_row[row].service_id].organisation_id]

    assert (by_row[5].status, by_row[6].status) == ("imported", "imported")  # before: "no organisation"
    assert org_of(5) == org_of(6) == "SAVE THE CHILDREN"
    assert by_row[5].messages == []  # said once for the sheet, not on every row
    assert ("sheet 'Referral Pathway': services are grouped under heading rows that name their organisation (row 4: "
            "'SAVE THE CHILDREN'); each heading is read as the organisation of the rows under it that name none."
            in result.notes)
    assert by_row[4].status == "not-a-service" and by_row[4].messages == [
        "a heading ('SAVE THE CHILDREN'): the organisation of the services under it"]
    assert by_row[7].status == "not-a-service" and "focal point" in by_row[7].messages[0]
    # a heading naming a place gives no organisation: the row under it is rejected, as before, and says why
    assert by_row[10].status == "rejected" and "no organisation" in by_row[10].messages[-1]
    # a row with its own organisation ends the group: the row under it is not given Save the Children; as the list
    # writes each organisation once over its rows, it is IRC's (its place is "IRC health post"), and says so
    assert org_of(11) == org_of(12) == "IRC" and "read as 'IRC'" in by_row[12].messages[-1]


def test_a_contact_column_of_phone_numbers_is_the_phone(tmp_path):
    result = read_file(_grouped(tmp_path / "pathway.xlsx"), region="BD")
    contact = next(m for t in result.tables for m in t.mapping if m.header == "Contact")
    assert (contact.field, contact.how) == ("phone", "content")
    first = next(s for s in result.services if s.provenance[0].row == 5)
    assert [p.number for c in first.contacts for p in c.phones] == ["+8801713555210"]


def test_camp_names_are_no_point():
    assert point_in("Camp 1E, 1W, 2E") is None  # before: (-1.0, 1.0), in the Gulf of Guinea
    assert point_in("Camp 5 block C, 21.2065N 92.1574E") == pytest.approx((21.2065, 92.1574))


def test_services_across_numbered_columns_are_the_types_of_their_row(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Service Mapping"
    ws.append(["CP/GBV Sub-Sector - who does what where - Teknaf & Ukhia - Q1 2024"])
    ws.append(["Organisation", "Location", "Phone", "Service 1", "Service 2", "Service 3", "Service 4"])
    ws.append(["IRC", "Camp 1E, Camp 2W", "01799-555300", "GBV case management", "Women and Girls Safe Space",
               "CMR at IRC health post", "Emergency cash (suspended)"])
    ws.append(["Mukti Cox's Bazar", "Teknaf", "01818-555402", "WGSS", "GBV case management",
               "Safe house for survivors (location not shared)", ""])
    ws.append(["BRAC", "Camp 4, 5", "01712-555123", "Child Friendly Space", "", "", ""])
    wb.save(tmp_path / "4w.xlsx")
    result = read_file(tmp_path / "4w.xlsx", region="BD")
    services = {s.provenance[0].row: s for s in result.services}
    assert set(services[3].service_types) == {"case_management", "community_based_protection", "health"}
    assert services[3].name == "GBV case management"
    assert set(services[4].service_types) == {"community_based_protection", "case_management", "safe_shelter"}
    assert services[4].confidential
    assert services[5].service_types == ["child_friendly_space"]


def test_a_list_pasted_from_a_document_with_a_whole_service_in_one_cell(tmp_path):
    """No organisation column; each cell holds "Organisation – Service", then the place, the phone and the
    hours on their own lines (a list copied from a Word document)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Service details", "Type", "Remarks"])
    ws.append(["UKHIA UPAZILA", "", ""])
    ws.append(["BRAC – Child Friendly Space\nCamp 4, Block B\nTel: 01712-555123\nSun–Thu 9am–4pm", "CP", ""])
    ws.append(["MSF Kutupalong Hospital\nSexual violence care: CMR, PEP within 72 hrs\nOpen 24/7\n"
               "GPS: 21.2065, 92.1605", "Health", ""])
    ws.append(["Safe house for GBV survivors (local NGO)\nLocation not shared – contact GBV case worker", "", ""])
    ws.append(["Child Helpline 1098 – free, 24/7", "Helpline", ""])
    ws.append(["NATIONAL HELPLINES", "", ""])  # a heading alone on its row, though it names a type
    ws.append(["National Helpline Centre for Violence Against Women & Children – 109\nToll free, 24/7", "", ""])
    wb.save(tmp_path / "pasted.xlsx")
    result = read_file(tmp_path / "pasted.xlsx", region="BD")
    by_row = {o.row: o for o in result.rows}
    services = {s.id: s for s in result.services}
    organisation = {o.id: o.name for o in result.organisations}
    assert by_row[2].status == "not-a-service"  # the heading of a place
    brac = services[by_row[3].service_id]
    assert (organisation[brac.organisation_id], brac.name, brac.service_types) == (
        "BRAC", "Child Friendly Space", ["child_friendly_space"])
    assert [p.number for c in brac.contacts for p in c.phones] == ["+8801712555123"]
    assert "Camp 4, Block B" in brac.description
    msf = services[by_row[4].service_id]
    assert organisation[msf.organisation_id] == "MSF Kutupalong Hospital" and msf.service_types == ["health"]
    site = {s.id: s for s in result.sites}[dict(result.links)[msf.id]]
    assert (site.latitude, site.longitude) == pytest.approx((21.2065, 92.1605))
    shelter = services[by_row[5].service_id]
    assert shelter.confidential and "safe_shelter" in shelter.service_types
    assert services[by_row[6].service_id].name == "Child Helpline 1098 – free, 24/7"  # a remark, not a service
    assert by_row[7].status == "not-a-service"
    assert services[by_row[8].service_id].service_types == ["helpline"]  # "– 109" is its number, not a name
    assert any("no column names the organisation" in n for n in result.notes)


def test_a_sheet_of_hotlines_keeps_its_helplines_and_leaves_out_its_contacts(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Contacts"
    ws.append(["IMPORTANT CONTACTS / HOTLINES"])
    ws.append(["Name / Service", "Number", "Available", "Notes"])
    ws.append(["Childline Kenya 116", "116", "24/7 toll free", "Children can call free from any network"])
    ws.append(["Police emergency", "999 / 112", "24/7", ""])
    ws.append([])
    ws.append(["Coordination"])
    ws.append(["Mary W.", "+254 722 555 010", "Mon-Fri", "CP WG co-chair"])
    # a sheet of drop-down lists is no table of services, with or without an organisation column
    lists = wb.create_sheet("Lists")
    lists.append(["Service", "Code", "Sector"])
    lists.append(["Case management", "CM", "CP"])
    lists.append(["Legal aid", "LA", "Protection"])
    wb.save(tmp_path / "contacts.xlsx")
    result = read_file(tmp_path / "contacts.xlsx", region="KE")
    by_row = {(o.sheet, o.row): o for o in result.rows}
    services = {s.id: s for s in result.services}
    assert services[by_row["Contacts", 3].service_id].service_types == ["helpline"]
    assert services[by_row["Contacts", 4].service_id].service_types == ["police"]
    assert [p.number for c in services[by_row["Contacts", 4].service_id].contacts for p in c.phones] == ["999", "112"]
    assert by_row["Contacts", 7].status == "not-a-service" and "names no service" in by_row["Contacts", 7].messages[0]
    assert "Lists" in result.skipped_sheets and not any(o.sheet == "Lists" for o in result.rows)


@pytest.mark.parametrize("text, codes", [
    ("Restoring Family Links; First aid; PSS", {"family_tracing", "health", "mhpss"}),
    ("Psychological first aid (PFA)", {"mhpss"}),  # not first aid
    ("CFS currently closed; PSS ongoing", {"mhpss"}),
    ("Childline Kenya 116", {"helpline"}),
])
def test_words_of_the_sixth_tryout(text, codes):
    from directory.taxonomy import default_taxonomy
    from importers.service_types import TypeFinder

    assert set(TypeFinder(default_taxonomy()).find(name=text).codes) == codes


def test_a_service_called_a_focal_point_is_still_a_service(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Organisation", "Service", "Location", "Phone"])
    ws.append(["UNFPA", "Focal point for GBV referrals at the health post", "Camp 4", "01711-555000"])
    ws.append(["", "Focal point: Nasrin Akter", "", "01730-555042"])
    wb.save(tmp_path / "focal.xlsx")
    result = read_file(tmp_path / "focal.xlsx", region="BD")
    assert [o.status for o in result.rows] == ["imported", "not-a-service"]
