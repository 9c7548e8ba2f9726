"""What the twenty-seventh blind tryout found (lists written from a brief by someone who had not read the code: a
Cameroon North-West and South-West matrix of Y/N/partial cells under group headers, a Central African Republic
list by préfecture, a BARMM Google Forms export, Kakuma and Dadaab sheets whose services are bullet lists in one
cell). Each list here is a small one in the same shape, written by openpyxl."""

from __future__ import annotations

import pytest

from directory.taxonomy import default_taxonomy
from importers.column_content import is_mark
from importers.pipeline import read_file
from importers.service_types import TypeFinder, no_service
from tests.helpers import write_sheets


@pytest.fixture(scope="module")
def finder():
    return TypeFinder(default_taxonomy())


def test_a_matrix_under_group_headers_with_partial_cells_and_organisations_merged_or_written_once(tmp_path):
    """The "MULTI-SECTOR" group header made its first column "MULTI-SECTOR MHPSS (specialised)" a sector column,
    so MHPSS was never read; "partial", "mobile clinic only", "referral only" and "?" kept the CMR column from being
    read as one of the matrix's; an organisation written once under a merged one was rejected ("no organisation")."""
    path = write_sheets(tmp_path / "cm.xlsx", {"NW Region": [
        ["Y = available, N = not available, partial = limited coverage, referral only = refers but does not provide"],
        [],
        ["Division", "Subdivision", "Organisation / Partner", "Contact", "CHILD PROTECTION", None, "GBV", None,
         "MULTI-SECTOR", None, "Other services", "Remarks"],
        [None, None, None, None, "CM", "PSS", "CMR", "GBV CM", "MHPSS (specialised)", "Education (EiE)", None, None],
        ["Mezam", "Bamenda II", "Plan International", "+237 677 12 34 56", "Yes", "Yes", None, None, None, "partial",
         None, None],
        [None, "Bamenda I", None, None, "Y", "Y", None, None, None, None, None, None],
        ["Mezam", "Bamenda III", "INTERSOS", "699 45 67 89", "Y", "Y", "referral only", "Y", None, None, None, None],
        [None, "Tubah", None, None, "Y", "partial", None, "Y", None, None, None, None],
        ["Fako", "Buea", "Regional Hospital Buea", None, None, None, "Oui", None, "Oui", None, None, "24h/24"],
        ["Fako", "Muyuka", "MSF", None, None, None, "mobile clinic only", None, None, None, None, None],
        ["Fako", "Tiko", "Tiko District Hospital", None, None, None, "?", None, None, None, None, "to be confirmed"],
        ["Meme", "Kumba", "UNICEF", None, "N", "N", None, None, None, None,
         "Funding & supplies to partners – no direct service delivery", None],
        ["Meme", "Kumba", "IRC", None, "Y", None, None, "Y", None, None, "distribution kits de dignité", None],
    ]}, merged={"NW Region": ("A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:F3", "G3:H3", "I3:J3", "K3:K4", "L3:L4", "C5:C6")})
    result = read_file(path, region="CM")
    orgs = {o.id: o.name for o in result.organisations}
    got = [(o.row, o.status, orgs[s.organisation_id] if (s := next((x for x in result.services if x.id == o.service_id),
                                                                    None)) else None, s.service_types if s else None)
           for o in result.rows]
    assert got == [
        (5, "imported", "Plan International", ["case_management", "mhpss", "education"]),
        (6, "imported", "Plan International", ["case_management", "mhpss"]),
        (7, "imported", "INTERSOS", ["case_management", "mhpss"]),  # CMR: referral only
        (8, "imported", "INTERSOS", ["case_management", "mhpss"]),  # written once, under INTERSOS
        (9, "imported", "Regional Hospital Buea", ["health", "mhpss"]),
        (10, "imported", "MSF", ["health"]),
        (11, "not-a-service", None, None),  # "?": nothing marked
        (12, "not-a-service", None, None),  # no direct service
        (13, "imported", "IRC", ["case_management"]),  # its other "service" is a distribution; its marks stand
    ]


@pytest.mark.parametrize("cell, offered", [
    ("partial", True), ("Partiel", True), ("mobile clinic only", True), ("girls only", True), ("referral only", False),
    ("Referal only", False), ("?", False), ("N", False),
])
def test_the_cells_of_a_matrix(cell, offered):
    assert is_mark(cell) == offered


@pytest.mark.parametrize("texts, types", [
    ({"description": "Wala pong shelter o Bahay Kanlungan dito sa Butig, nire-refer sa Marawi"}, ()),  # "there is no"
    ({"type_column": "Referral only, identification and referral of children at risk, barangay child protection"},
     ("community_based_protection",)),
    ({"type_column": "Residential care for CICL"}, ("alternative_care",)),
    ({"type_column": "Diversion for children in conflict with the law"}, ("justice",)),
    ({"type_column": "Réception des plaintes VBG et abus sur enfants, enquête, transfert au parquet"}, ("police",)),
    ({"type_column": "EAE, identification et RTF des ENA/ES"}, ("child_friendly_space", "family_tracing")),
    ({"type_column": "Familles d'accueil pour ENA, appui scolaire (kits scolaires, frais)"},
     ("alternative_care", "education")),
    ({"type_column": "• Legal aid & counselling\n• Court accompaniment (Kakuma Law Courts)"}, ("legal_aid",)),
])
def test_the_tryouts_words(finder, texts, types):
    assert finder.find(**texts).codes == types


@pytest.mark.parametrize("text", [
    "Distribution of hygiene kits and dignity kits for IDPs", "Distribution: dignity kits & solar lamps – 18 Oct",
    "Distribution of cash & NFIs to UASC households", "Training: CP case management for caseworkers – 14–18 Oct",
    "Training: PFA for 40 community volunteers", "GBV awareness campaign – Ifo market (16 Days)",
    "18-Day Campaign to End VAW (Nov 25 - Dec 12), symposium sa mga schools", "quarterly meeting, coordination",
    "Conducted VAWC / RA 9262 orientation sa 23 barangays",
    "Funding & supplies to Plan / INTERSOS – no direct service delivery",
])
def test_activities_that_are_no_service(text):
    assert no_service(text)


def test_gaps_in_tagalog_and_arabic_and_a_transitional_shelter(tmp_path):
    path = write_sheets(tmp_path / "ph.xlsx", {"Services": [
        ["Organisation", "Service", "Status", "Phone"],
        ["Brgy. Poblacion", "None / wala", None, None],
        ["أطباء بلا حدود (MSF)", "فجوة: لا توجد خدمة CMR خارج المعسكرات", None, None],
        ["Save the Children", "Child Friendly Space (CFS), Psychosocial support (PSS)",
         "No - CFS closed last June, transitional shelter residents relocated", "0917 800 1234"],
        ["MSWDO", "Case management", "Oo", "0948 000 1234"],
    ]})
    result = read_file(path, region="PH")
    assert [o.status for o in result.rows] == ["not-a-service", "not-a-service", "imported", "imported"]
    assert not any(s.confidential for s in result.services)  # a transitional shelter is housing, not a safe house


def test_a_column_marked_partial_keeps_its_type_when_the_remarks_say_which_part_is_missing(tmp_path):
    """"CMR: partial", remarks "partial – no PEP in stock, EC only": the remarks say what the partial mark means.
    The row was rejected ("no service name"): "no PEP" took health out, and the hospital's name alone named it. A
    column marked "Y" beside remarks that stop it still loses its type ("PSS suspended since May")."""
    path = write_sheets(tmp_path / "sw.xlsx", {"SW Region": [
        ["Division", "Organisation / Partner", "CM", "PSS", "CMR", "Remarks"],
        ["Manyu", "Mamfe District Hospital", None, None, "partial", "partial – no PEP in stock, EC only"],
        ["Manyu", "COMINSUD", "Y", "Y", None, "PSS suspended since May"],
        ["Fako", "Limbe Regional Hospital", None, None, "partiel (pas de PEP)", None],
    ]})
    result = read_file(path, region="CM")
    by_row = {o.row: o for o in result.rows}
    types = {o.row: next(s.service_types for s in result.services if s.id == o.service_id)
             for o in result.rows if o.service_id}
    assert types == {2: ["health"], 3: ["case_management"], 4: ["health"]}
    assert any("'health' kept although the row's text says a part of it is not offered" in m
               for m in by_row[2].messages)
    assert any("'mhpss' left out" in m for m in by_row[3].messages)
    assert by_row[2].status == "imported"


def test_retype_keeps_the_type_of_a_column_marked_partial(tmp_path):
    """Re-typing reads a row as the import read it: the partial column's header is kept with the type words."""
    from importers.retype import types_of

    path = write_sheets(tmp_path / "sw.xlsx", {"SW Region": [
        ["Division", "Organisation / Partner", "CM", "CMR", "Remarks"],
        ["Manyu", "Mamfe District Hospital", None, "partial", "partial – no PEP in stock, EC only"],
        ["Manyu", "COMINSUD", "Y", "Y", "no PEP in stock"],
    ]})
    result = read_file(path, region="CM")
    finder = TypeFinder(default_taxonomy())
    orgs = {o.id: o.name for o in result.organisations}
    assert [(s.service_types, list(types_of(finder, s, orgs[s.organisation_id]).codes)) for s in result.services] == [
        (["health"], ["health"]), (["case_management"], ["case_management"])]
    assert result.services[0].type_words["marked in part"] == "CMR"
