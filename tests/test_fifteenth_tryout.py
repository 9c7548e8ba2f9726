"""What the fifteenth blind tryout found (lists written from a brief by someone who had not read the code:
Tigray and Amhara in English with Amharic, a Pakistani ActivityInfo export, a Lebanese list with formulas
re-saved by LibreOffice, and Burkina Faso's services across "Service 1" … "Service 5" with UTM points).
Each list here is a small one in the same shape, written by openpyxl."""

from __future__ import annotations

import pytest

from importers import skip_reasons
from importers.pipeline import read_file
from importers.statuses import STATUSES, status_word
from importers.utm import utm_point
from tests.helpers import write_sheet, write_sheets

BURKINA = (9.38, -5.67, 15.47, 2.29)  # its extent (south, west, north, east), as resources/world_places.json


@pytest.mark.parametrize("cell, expected", [
    ("X: 707383 Y: 1448371", (13.094503, -1.087197)),  # no zone: the one that puts it in Burkina Faso
    ("UTM 30N E 712345 N 1456789", (13.170236, -1.040845)),
    ("30P 707383 1448371", (13.094503, -1.087197)),  # a latitude band letter
    ("Site 4, X: 707383 Y: 1448371", (13.094503, -1.087197)),  # a number alone is no zone
])
def test_utm_points_are_read_with_the_zone_written_or_the_one_the_country_takes(cell, expected):
    lat, lon, said = utm_point(cell, None, BURKINA)
    assert (lat, lon) == expected and said == "coordinates read as UTM zone 30N metres"


def test_utm_without_a_zone_or_country_is_left_unplaced_with_what_to_do():
    assert utm_point("X: 707383 Y: 1448371", None, None)[:2] == (None, None)
    assert "write the zone" in utm_point("X: 707383 Y: 1448371", None, None)[2]
    wrong = utm_point("UTM 31N E 712345 N 1456789", None, BURKINA)  # the zone written puts it in Niger
    assert wrong[:2] == (None, None) and "no single zone places" in wrong[2]
    assert utm_point("21.45, 92.01", None, BURKINA) is None and utm_point("Camp 4 block 123456", None, None) is None


def test_a_list_with_utm_points_places_its_services(tmp_path):
    path = write_sheet(tmp_path / "bf.xlsx", ["Organisation", "Commune", "Coordonnées GPS", "Service 1"], [
        ["DPSAH Sanmatenga", "Kaya", "X: 707383 Y: 1448371", "Gestion de cas PE"],
        ["Plan International", "Kaya", "14.1035, -1.626", "Espace Ami des Enfants"],
    ])
    result = read_file(path, region="BF")
    points = sorted((round(s.latitude, 4), round(s.longitude, 4)) for s in result.sites)
    assert points == [(13.0945, -1.0872), (14.1035, -1.626)]
    assert [o.messages for o in result.rows] == [["coordinates read as UTM zone 30N metres"], []]


def test_a_sheet_of_partner_codes_is_not_a_list_of_services(tmp_path):
    """Lebanon's workbook looked its organisations up in a "Codes" sheet (Code, Organisation, Type: INGO,
    NNGO): its 19 partners were imported as 19 services of an unknown type."""
    write_sheets(tmp_path / "lbn.xlsx", {
        "Services": [["Organisation / المنظمة", "Service / الخدمة", "Statut / الحالة"],
                     ["ABAAD", "Gestion de cas VBG / إدارة حالات", "Actif"]],
        "Codes": [["Code", "Organisation", "Type"], ["ABD", "ABAAD", "NNGO"],
                  ["IRC", "International Rescue Committee", "INGO"], ["UNHCR", "UNHCR", "UN"]]})
    result = read_file(tmp_path / "lbn.xlsx")
    assert [s.name for s in result.services] == ["Gestion de cas VBG / إدارة حالات"]
    assert result.skipped_sheets == {"Codes": skip_reasons.NO_TABLE}


def test_a_training_announced_between_the_rows_types_none_of_them(tmp_path):
    """"Formation GBV case management (GBVIMS) – Zahlé, 12–14 mars 2024" alone on its row was read as a
    heading giving case management to every service under it."""
    path = write_sheet(tmp_path / "lbn.xlsx", ["Organisation", "Service", "Statut"], [
        ["IRC", "Gestion de cas VBG", "Actif"],
        ["Formation GBV case management (GBVIMS) – Zahlé, 12–14 mars 2024"],
        ["Lebanese Red Cross", "RFL – Rétablissement des liens familiaux", "Actif"],
        ["DRC", "Formation professionnelle pour femmes", "Prévu avril 2024"],
    ])
    services = {s.name: s for s in read_file(path).services}
    assert services["RFL – Rétablissement des liens familiaux"].service_types == ["family_tracing"]
    assert services["Formation professionnelle pour femmes"].service_types == ["livelihoods"]


def test_service_details_beside_a_type_column_describe_the_service(tmp_path):
    """Ethiopia's "Service details" (sentences) was taken for the service's name, which is not read for types
    when a type column names them: the PSS it offered was lost."""
    path = write_sheet(tmp_path / "et.xlsx", ["Organisation", "Service type", "Service details", "Status"], [
        ["IRC", "Case management", "GBV case management + PSS for survivors (ሥነ-ልቦናዊ ድጋፍ), referral to health", "Active"],
        ["UNICEF", "CFS", "Child friendly space with recreation and structured PSS sessions for children", "በሥራ ላይ"],
    ])
    result = read_file(path)
    fields = {m.header: m.field for m in result.tables[0].mapping}
    assert fields["Service details"] == "description"
    assert [sorted(s.service_types) for s in result.services] == [["case_management", "mhpss"],
                                                                   ["child_friendly_space", "mhpss"]]
    assert [s.status for s in result.services] == ["active", "active"]


@pytest.mark.parametrize("cell, status", [
    ("délocalisé à Kaya", "temporarily closed"), ("Relocated to Dori (insecurity)", "temporarily closed"),
    ("ለጊዜው ተቋርጧል", "temporarily closed"), ("በሥራ ላይ", "active"),
    ("Closed on Fridays", None),  # hours, not a state: still not read
])
def test_the_tryouts_statuses(cell, status):
    assert STATUSES.get(status_word(cell.lower())) == status


def test_x_and_y_columns_of_metres_are_utm(tmp_path):
    path = write_sheet(tmp_path / "xy.xlsx", ["Organisation", "Service", "X", "Y"],
                       [["DPSAH", "Gestion de cas PE", 707383, 1448371]])
    result = read_file(path, region="BF")
    assert [(s.latitude, s.longitude) for s in result.sites] == [(13.094503, -1.087197)]
