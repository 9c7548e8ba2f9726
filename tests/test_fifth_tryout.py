"""What a fifth blind tryout found (four lists written by someone who had not seen the code, held out
of the repository: Kakuma, Borno/Adamawa, a Bengali list from Cox's Bazar, a KoBo export from North
Kivu saved as .ods). The shapes that failed are written here with openpyxl."""

from __future__ import annotations

import openpyxl
import pytest

from directory.taxonomy import default_taxonomy
from importers.pipeline import read_file
from importers.service_types import TypeFinder

GROUP = "Services offerts (cocher)"
HEADER = ["_id", "_submission_time", "Structure", "Type de structure", f"{GROUP}/PEC médicale",
          f"{GROUP}/PEC psychosociale", f"{GROUP}/PEC juridique", f"{GROUP}/Hébergement temporaire",
          f"{GROUP}/Autre (préciser)", "Territoire", "Contact", "_GPS_latitude", "_GPS_longitude", "Observations"]


@pytest.fixture(scope="module")
def finder() -> TypeFinder:
    return TypeFinder(default_taxonomy())


def _export(path):
    """A KoBo form's export where each service offered is a column of X marks, the first of which a
    header word ("Services offerts") would take for the type column."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "cartographie_vbg_nk"
    ws.append(["Cartographie des services VBG – Nord-Kivu"])
    ws.append(["Export du 03/10/2024 – formulaire KoBo"])
    ws.append(HEADER)
    ws.append([30411, "2024-08-02T09:14:51", "HEAL Africa", "Hôpital", "X", "X", "X", "", "", "Goma",
               "+243 997 555 104", -1.674, 29.229, ""])
    ws.append([30412, "2024-08-02T10:03:07", "HGR Kirotshe", "Hôpital", "X", "", "", "", "Kits PEP disponibles",
               "Masisi", "+243 81 555 2230", -1.6531, 29.0601, ""])
    ws.append([30418, "2024-08-05T15:02:13", "Centre de transit pour survivantes", "Centre d'hébergement", "",
               "X", "", "X", "", "Goma", "Via point focal VBG uniquement", None, None,
               "ADRESSE CONFIDENTIELLE – ne pas partager"])
    ws.append([30420, "2024-08-06T09:30:00", "Parquet de Goma", "Autre", "", "", "", "",
               "Poursuites judiciaires, audiences foraines", "Goma", "", None, None, ""])
    ws.append([30433, "2024-08-09T11:00:00", "FEPSI Butembo", "Hôpital", "x", "x", "X (suspendu)", "", "",
               "Beni", "+243 99 555 7777", 0.1402, 29.2901, ""])
    ws.append([30434, "2024-08-09T12:00:00", "CS Mweso", "Centre de santé", "oui", "1", "", "", "", "Masisi",
               "", -1.1931, 28.9283, ""])
    wb.save(path)
    return path


def test_a_matrix_of_marks_whose_first_column_a_header_took_for_the_types(tmp_path):
    result = read_file(_export(tmp_path / "cartographie.xlsx"), region="CD")
    services = {s.id: s for s in result.services}
    by_row = {o.row: o for o in result.rows}
    assert [o.status for o in result.rows] == ["imported"] * 6  # before: every row without "Autre" was rejected
    types = {r: set(services[o.service_id].service_types) for r, o in by_row.items()}
    assert types == {4: {"health", "mhpss", "legal_aid"}, 5: {"health"}, 6: {"mhpss", "safe_shelter"},
                     7: {"justice"}, 8: {"health", "mhpss"}, 9: {"health", "mhpss"}}
    assert services[by_row[6].service_id].confidential  # the transit centre for survivors
    assert not any(services[by_row[r].service_id].confidential for r in (4, 5, 7, 8, 9))
    column = next(m for t in result.tables for m in t.mapping if m.header == f"{GROUP}/PEC médicale")
    assert column.field == "extra" and column.how == "content"  # read as one column of the matrix
    assert any("column E" in n and "from what it holds" in n for n in result.notes)


def test_a_type_column_naming_only_a_sector_beside_a_site_name_is_case_management_to_check(tmp_path):
    """Borno: "GBV" in "Type of Service" and the camp in "Site / Facility"; no service name column. The
    site's name says nothing of the service, so the sector alone stands (the row was rejected)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Service Mapping"
    ws.append(["S/N", "State", "LGA", "Site / Facility", "Organization", "Type of Service", "Phone"])
    ws.append([16, "Borno", "Gwoza", "Gwoza LGA camp", "Plan International", "GBV", ""])
    ws.append([17, "Borno", "MMC", "Bakassi IDP Camp", "IRC", "Case mgt, PSS, CMR, referal to legal", "08035550142"])
    wb.save(tmp_path / "bay.xlsx")
    result = read_file(tmp_path / "bay.xlsx", region="NG")
    services = {s.provenance[0].row: s for s in result.services}
    assert [o.status for o in result.rows] == ["imported", "imported"]
    assert services[2].service_types == ["case_management"] and services[2].type_sources["case_management"][
        "how"] == "sector"
    assert set(services[3].service_types) == {"case_management", "mhpss", "health"}  # "referal to legal": not legal aid


@pytest.mark.parametrize("text, codes", [
    ("Safe haven (protection area) for survivors at imminent risk", {"safe_shelter"}),
    ("Legal aid clinic", {"legal_aid"}),  # not a health clinic
    ("Night patrols, identification & referral of survivors to hospital for CMR / police",
     {"community_based_protection"}),
    ("Espace ami d'enfants, RFT (recherche familiale)", {"child_friendly_space", "family_tracing"}),
])
def test_words_of_the_fifth_tryout(finder, text, codes):
    assert set(finder.find(name=text).codes) == codes
