"""What the seventeenth blind tryout found (workbooks of unusual shapes, written from a brief by someone who
had not read the code: two tables side by side on one sheet, a KoBo export with a repeat group, one sheet
per organisation in Turkish and English, a directory typed as label and value blocks, a transposed matrix).
Each list here is a small one in the same shape, written by openpyxl."""

from __future__ import annotations

from importers.pipeline import read_file
from tests.helpers import write_sheets

ARUA = [["S/N", "Organisation", "Type of service", "Sub-county", "Phone", "Status"],
        [1, "IRC", "GBV case management", "Rhino Camp", "0772 410 223", "Functional"],
        [2, "CARE", "Emergency shelter for GBV survivors (safe house)", "Rhino Camp", "0772 410 224", "Functional"]]
YUMBE = [["S/N", "Organisation", "Type of service", "Sub-county", "Phone", "Status"],
         [1, "DRC", "CP case management & BID", "Bidibidi Zone 1", "0785 770 118", "Functional"],
         [2, "Plan International", "Child Friendly Spaces", "Bidibidi Zone 2", "0772 661 204", "Not functional"],
         [3, "TPO", "PSS / counselling", "Bidibidi Zone 3", "0772 661 205", "Functional"]]


def _side_by_side(left: list[list], right: list[list], gap: int = 2) -> list[list]:
    rows = [["ARUA DISTRICT – SERVICE MAPPING", *[None] * (len(left[0]) + gap - 1), "YUMBE DISTRICT – SERVICE MAPPING"]]
    for k in range(max(len(left), len(right))):
        a = left[k] if k < len(left) else [None] * len(left[0])
        b = right[k] if k < len(right) else []
        rows.append([*a, *[None] * gap, *b])
    return rows


def test_two_tables_side_by_side_are_read_as_two(tmp_path):
    """The second table's organisation was read as the first table's rows' lead organisation, and its
    services were lost."""
    path = write_sheets(tmp_path / "two.xlsx", {"Service Mapping": _side_by_side(ARUA, YUMBE)})
    result = read_file(path)
    by_sheet = {}
    for o in result.rows:
        by_sheet.setdefault(o.sheet, []).append((o.row, o.status))
    assert by_sheet == {"Service Mapping (A–F)": [(3, "imported"), (4, "imported"), (5, "not-a-service")],
                        "Service Mapping (I–N)": [(3, "imported"), (4, "imported"), (5, "imported")]}
    orgs = {s.name: {o.id: o.name for o in result.organisations}[s.organisation_id] for s in result.services}
    assert orgs["CP case management & BID"] == "DRC" and orgs["GBV case management"] == "IRC"
    assert not any("Organisation" in s.extra or s.extra.get("Lead organisation") for s in result.services)
    shelter = next(s for s in result.services if "safe house" in s.name)
    assert shelter.confidential
    assert any("side by side" in n and "'Service Mapping (I–N)'" in n for n in result.notes)


def test_a_table_with_an_empty_column_inside_is_one_table(tmp_path):
    """A blank column between the columns of one table (no header, no values) does not make two."""
    rows = [["Organisation", "Service", "District", None, "Phone", "E-mail", "Hours"],
            ["IRC", "Case management", "Ukhia", None, "01712-555123", "cm@irc.example", "Sun-Thu"],
            ["BRAC", "Child friendly space", "Teknaf", None, "01712-555124", "cfs@brac.example", "Daily"]]
    result = read_file(write_sheets(tmp_path / "one.xlsx", {"Services": rows}))
    assert [t.sheet for t in result.tables] == ["Services"] and len(result.services) == 2
    assert [p.number for c in result.services[0].contacts for p in c.phones] == ["01712-555123"]


def test_tables_side_by_side_whose_gap_holds_a_value_stay_one_sheet(tmp_path):
    rows = _side_by_side(ARUA, YUMBE, gap=1)
    rows[3][6] = "see note"  # a value in the gap: the column is not empty from the header down
    result = read_file(write_sheets(tmp_path / "two.xlsx", {"Service Mapping": rows}))
    assert [t.sheet for t in result.tables] == ["Service Mapping"]


def test_a_kobo_repeat_groups_services_get_their_submissions_organisation_and_point(tmp_path):
    """The services are on the repeat group's sheet, their organisation, facility and GPS point on the main
    sheet: read alone, the services had no organisation or place, and the facilities were taken for
    services."""
    main = [["start", "org_name", "facility_name", "_gps_latitude", "_gps_longitude", "remarks", "_id", "_uuid",
             "_index"],
            ["2024-03-11", "IRC", "Kakuma 1 WGSS", 3.72931, 34.85544, "", 245118311, "4dad2986", 1],
            ["2024-03-12", "NCCK", "NCCK Safe Haven", None, None, "", 245118312, "5eae3097", 2]]
    repeat = [["service_type", "days_open", "contact_phone", "service_status", "service_notes", "_index",
               "_parent_index", "_parent_table_name", "_submission__id", "_submission__validation_status"],
              ["gbv_case_management", "Mon-Fri", "0712 448 903", "functional", "", 1, 1, "Service_Map", 245118311,
               "validation_status_approved"],
              ["psychosocial_support", "Wed", "0712 448 903", "suspended", "Group sessions", 2, 1, "Service_Map",
               245118311, "validation_status_approved"],
              ["safe_shelter", "24/7", "", "functional", "", 3, 2, "Service_Map", 245118312,
               "validation_status_approved"]]
    result = read_file(write_sheets(tmp_path / "kobo.xlsx", {"Service_Map": main, "services_repeat": repeat}),
                       region="KE")
    assert "services_repeat" in result.skipped_sheets["Service_Map"]
    assert [(o.sheet, o.row, o.status) for o in result.rows] == [
        ("services_repeat", 2, "imported"), ("services_repeat", 3, "imported"), ("services_repeat", 4, "imported")]
    orgs = {o.id: o.name for o in result.organisations}
    sites = {s.id: s for s in result.sites}
    site_of = dict(result.links)
    cm, pss, shelter = result.services
    assert [orgs[s.organisation_id] for s in result.services] == ["IRC", "IRC", "NCCK"]
    assert (sites[site_of[cm.id]].name, sites[site_of[cm.id]].latitude) == ("Kakuma 1 WGSS", 3.72931)
    assert pss.status == "temporarily closed" and pss.description == "Group sessions"  # not its name, nor a meta column
    assert shelter.confidential and shelter.service_types == ["safe_shelter"]
    assert not any(k.startswith("_submission") or k == "start" for s in result.services for k in s.extra)


HEADER_TR = ["Hizmet / Service", "İl / Province", "İlçe / District", "Telefon / Phone", "Durum / Status"]


def test_one_sheet_per_organisation_names_each_rows_organisation(tmp_path):
    """No column named the organisation: each service's organisation was read from its name, and a row
    naming only its service ("Vaka yönetimi") was left out. The line above the header names it, else the
    sheet's name does where the workbook keeps one sheet per organisation."""
    sheets = {
        "README": [["Her kurum kendi sayfasını doldurur / Each organisation fills its own sheet"]],
        "ASAM": [["Kurum / Organisation:", "SGDD-ASAM – Gaziantep"], ["Son güncelleme / Last update:", "15.05.2024"],
                 [], HEADER_TR, ["Vaka yönetimi", "Gaziantep", "Şahinbey", "0342 231 40 11", "Aktif / Active"],
                 ["Hukuki danışmanlık", "Gaziantep", "Şahinbey", "0342 231 40 12", "Planlanan / Planned"]],
        "Baro": [HEADER_TR, ["Adli yardım / Legal aid (free lawyer)", "Gaziantep", "Şahinbey", "0342 220 10 30",
                             "Aktif"]],
        "ASHB İl Md": [HEADER_TR, ["Kadın konukevi", "Gaziantep", "Şehitkamil", "", "Aktif"]],
        "Emniyet": [HEADER_TR, ["KADES – Kadın Destek Uygulaması", "Gaziantep", "", "155",
                                "Geçici olarak kapalı / Temporarily closed"]],
    }
    result = read_file(write_sheets(tmp_path / "tr.xlsx", sheets), region="TR")
    orgs = {o.id: o.name for o in result.organisations}
    got = [(orgs[s.organisation_id], s.name, s.service_types, s.status) for s in result.services]
    assert got == [
        ("SGDD-ASAM – Gaziantep", "Vaka yönetimi", ["case_management"], "active"),
        ("SGDD-ASAM – Gaziantep", "Hukuki danışmanlık", ["legal_aid"], "inactive"),
        ("Baro", "Adli yardım / Legal aid (free lawyer)", ["legal_aid"], "active"),
        ("ASHB İl Md", "Kadın konukevi", ["safe_shelter"], "active"),
        ("Emniyet", "KADES – Kadın Destek Uygulaması", ["police"], "temporarily closed"),
    ]
    assert next(s for s in result.services if s.name == "Kadın konukevi").confidential
    assert any("the line above its header names it ('SGDD-ASAM – Gaziantep')" in n for n in result.notes)
    assert any(n.startswith("sheet 'Baro'") and "one sheet per organisation" in n for n in result.notes)


def test_a_single_sheet_without_an_organisation_column_is_not_named_after_its_sheet(tmp_path):
    rows = [["Service", "District", "Phone"], ["BRAC – Child Friendly Space", "Ukhia", "01712-555123"]]
    result = read_file(write_sheets(tmp_path / "one.xlsx", {"Services": rows}))
    assert [o.name for o in result.organisations] == ["BRAC"]


def test_a_directory_of_label_and_value_blocks_is_read_one_service_a_block(tmp_path):
    """Blocks of "Organisation:", "Service:", "Contact:" lines, as pasted from a document: nothing was read
    ("no table of services")."""
    def block(org, service, contact, *more):
        return [["Organisation:", org], ["Service:", service], ["Contact:", contact], *more, []]

    rows = [["NAIROBI COUNTY – GBV AND CHILD PROTECTION SERVICE DIRECTORY"], [], ["HEALTH"], [],
            *block("Kenyatta National Hospital", "GBV Recovery Centre – clinical management of rape", "020 272 6300",
                   ["Hours:", "24 hours"]),
            ["LEGAL"], [],
            *block("FIDA Kenya", "Free legal advice for women", "0722 509 760"),
            *block("Kilimani Police Station", "Gender Desk – reporting of SGBV cases", "020 000 5555"),
            ["SHELTER"], [],
            *block("Hidden organisation", "Safe house for women and girls at imminent risk", "via GVRC only",
                   ["Note:", "CLOSED for renovations until further notice"]),
            ["Corrections / new services: email the GBV SWG co-lead. Next update: November 2024."]]
    result = read_file(write_sheets(tmp_path / "blocks.xlsx", {"Directory": rows}), region="KE")
    got = [(s.name, s.service_types, s.status, s.confidential) for s in result.services]
    assert got == [
        ("GBV Recovery Centre – clinical management of rape", ["health"], "active", False),
        ("Free legal advice for women", ["legal_aid"], "active", False),  # the heading's type: none of its own
        ("Gender Desk – reporting of SGBV cases", ["police"], "active", False),  # its own words, not the heading's
        ("Safe house for women and girls at imminent risk", ["safe_shelter"], "inactive", True),
    ]
    outcomes = {o.row: o for o in result.rows}
    assert outcomes[6].status == "imported" and outcomes[5].messages == [
        "the 'Organisation' line of the service in row 6"]
    assert outcomes[len(rows)].status == "not-a-service"  # the footer is no service
    assert any("blocks of 'label: value' lines" in n for n in result.notes)


def test_a_sheet_of_a_few_labelled_lines_is_no_directory(tmp_path):
    rows = [["Organisation:", "IRC"], ["Date:", "2024-05-01"], [], ["Prepared by:", "M&E"]]
    result = read_file(write_sheets(tmp_path / "cover.xlsx", {"Cover": rows}))
    assert not result.services and "Cover" in result.skipped_sheets


def test_a_table_turned_on_its_side_is_skipped_saying_how_to_turn_it(tmp_path):
    """Each column a provider, each row a field: it said only "no table of services"."""
    rows = [["GBV & Child Protection service providers – June 2024"],
            ["Organisation / संस्था", "WOREC Nepal", "Saathi", "CWIN Nepal"],
            ["District / जिल्ला", "Morang", "Kathmandu", "Kathmandu"],
            ["Case management", "✓", "✓", "✗"],
            ["Contact person", "Sita Rai", "Bimala Shrestha", "Prakash Thapa"],
            ["Phone / फोन", "9842000101", "01-5550102", "01-5550304"]]
    result = read_file(write_sheets(tmp_path / "turned.xlsx", {"Service matrix": rows}))
    why = result.skipped_sheets["Service matrix"]
    assert why.startswith("a table turned on its side") and "'Organisation / संस्था' in row 2" in why
    assert "Paste Special › Transpose" in why


def test_the_wizard_finds_the_tables_the_import_reads(tmp_path):
    """The import wizard's file page reads the sheets as the import does: it showed the two tables side by
    side as one, the repeat group without its submissions' columns (so the mapping confirmed there lacked
    the organisation), and the directory of blocks as no table."""
    from desktop.importing.reading import TablesReading, find_tables
    from importers.pipeline import read_file

    def block(org, service):
        return [["Organisation:", org], ["Service:", service], ["Contact:", "020 272 6300"], []]

    path = write_sheets(tmp_path / "shapes.xlsx", {
        "Service Mapping": _side_by_side(ARUA, YUMBE),
        "Service_Map": [["org_name", "facility_name", "_index"], ["IRC", "Kakuma 1 WGSS", 1]],
        "services_repeat": [["service_type", "contact_phone", "_index", "_parent_index", "_parent_table_name"],
                            ["gbv_case_management", "0712 448 903", 1, 1, "Service_Map"]],
        "Directory": [["DIRECTORY"], [], *block("KNH", "GBV Recovery Centre"), *block("FIDA Kenya", "Legal aid"),
                      *block("GVRC", "Clinical management of rape")],
    })
    found = find_tables(TablesReading(str(path), None), progress=lambda *a: None, cancelled=lambda: False)
    result = read_file(path)
    assert sorted(found.tables) == sorted(t.sheet for t in result.tables) == [
        "Directory", "Service Mapping (A–F)", "Service Mapping (I–N)", "services_repeat"]
    assert found.skipped == result.skipped_sheets and "services_repeat" in found.skipped["Service_Map"]
    assert "organisation" in {m.field for m in found.mappings["services_repeat"]}
    imported = read_file(path, mappings=found.mappings)  # the mapping the wizard confirms, as the import takes it
    assert sorted(s.name for s in imported.services) == sorted(s.name for s in result.services)


def test_rows_naming_only_their_organisation_under_a_typed_heading_take_its_type(tmp_path):
    """Under "APPUI PSYCHOSOCIAL", rows that give only an organisation and a place are services of that type
    (a heading's type counts where the row's own words name none)."""
    rows = [["Organisation", "Service", "Localité"], ["APPUI PSYCHOSOCIAL", None, None],
            ["IRC", None, "Goma"], ["Heal Africa", "Prise en charge médicale", "Goma"]]
    result = read_file(write_sheets(tmp_path / "headed.xlsx", {"Services": rows}))
    assert [s.service_types for s in result.services] == [["mhpss"], ["health"]]


def test_a_kobo_submissions_remarks_do_not_give_each_of_its_services_their_types(tmp_path):
    """Kakuma: the facility's remarks ("health post on site; legal aid on Tuesdays") gave every service of
    the facility health and legal aid. They are kept, as the submission's, and still read for secrecy."""
    main = [["org_name", "facility_name", "remarks", "_index"],
            ["IRC", "Kakuma 1 WGSS", "Health post on site; legal aid clinic on Tuesdays", 1],
            ["NCCK", "Kakuma 4 centre", "Location confidential: do not share", 2]]
    repeat = [["service_type", "contact_phone", "_index", "_parent_index", "_parent_table_name"],
              ["gbv_case_management", "0712 448 903", 1, 1, "Service_Map"],
              ["psychosocial_support", "0712 448 903", 2, 1, "Service_Map"],
              ["psychosocial_support", "", 3, 2, "Service_Map"]]
    result = read_file(write_sheets(tmp_path / "kobo.xlsx", {"Service_Map": main, "services_repeat": repeat}),
                       region="KE")
    cm, pss, secret = result.services
    assert (cm.name, cm.service_types, pss.service_types) == ("Case management – IRC", ["case_management"], ["mhpss"])
    assert cm.extra["Remarks (submission)"] == "Health post on site; legal aid clinic on Tuesdays"
    assert not cm.description and not cm.confidential
    assert secret.confidential and secret.service_types == ["mhpss"]
