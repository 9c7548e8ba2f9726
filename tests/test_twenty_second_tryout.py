"""What the twenty-second blind tryout found (lists written from a brief by someone who had not read the code:
Duhok and Ninewa, a matrix from eastern Chad with a contacts sheet, a Colombian referral route in cp1252, a Cabo
Delgado list with a sheet of closed services). Each list here is a small one in the same shape, written by
openpyxl."""

from __future__ import annotations

import pytest

from importers.column_content import is_mark
from importers.pipeline import read_file
from importers.statuses import status_in_text
from tests.helpers import write_sheets

DUHOK = ["Camp / Location", "Organization", "Service", "Service details", "Hotline / Phone", "Notes"]


def test_service_details_and_a_state_written_in_them(tmp_path):
    """"Service details" beside "Service" was kept as an extra field and never read; a service "SUSPENDED since
    Jan 2024" or "CLOSED Feb 2024" in its own text stayed active on the pathways."""
    path = write_sheets(tmp_path / "iq.xlsx", {"Referral pathway": [DUHOK,
        ["Khanke", "Harikar", "Women Community Centre", "WCC (Navenda Jinan), safe space, PSS, sewing courses",
         "0750 441 8820", ""],
        ["Bersive 2", "Terre des hommes", "Case management (CP)", "SUSPENDED since Jan 2024 – funding gap",
         "0750 441 8821", ""],
        ["Sharya", "IRC", "CFS", "Child friendly space – CLOSED Feb 2024 (tent destroyed in storm)", "0750 441 8822", ""],
        ["Sinjar", "UNFPA", "WGSS", "Women & girls safe space – opening planned May 2024", "0750 441 8823", ""],
        ["Mam Rashan", "Emma", "PSS", "Group sessions (closed for lunch 12-1)", "0750 441 8824", ""],
        ["Total", "14 organisations", "34 services", None, None, None],
    ]})
    result = read_file(path, region="IQ")
    wcc, cm, cfs, wgss, pss = result.services
    assert wcc.service_types == ["community_based_protection", "mhpss", "livelihoods"] and wcc.status == "active"
    assert (cm.status, cfs.status, wgss.status, pss.status) == (
        "temporarily closed", "inactive", "inactive", "active")  # "closed for lunch" is about hours
    assert cm.service_types == ["case_management"]  # the whole service is suspended: its type stays
    assert result.rows[-1].status == "not-a-service"


def test_a_sheet_of_contacts_is_not_a_list_of_services(tmp_path):
    path = write_sheets(tmp_path / "td.xlsx", {
        "Matrice": [["Camp", "Acteur", "Téléphone", "Gestion de cas VBG", "Assistance juridique",
                     "Soutien psychosocial (PSS)"],
                    ["Farchana", "AFJT", "+235 66 12 34 50", "", "X (jeudi)", ""],
                    ["Adré", "CARE", "+235 66 12 34 51", "X", "X (via référencement)", "X (suspendu)"]],
        "Contacts": [["Nom", "Organisation", "Fonction", "Téléphone", "Email"],
                     ["Halimé Abakar", "AFJT", "Juriste", "+235 66 12 34 56", "h.abakar@example.org"],
                     ["Mahamat Youssouf", "CARE", "Point focal VBG", "+235 66 12 34 57", "m.youssouf@example.org"]],
    })
    result = read_file(path, region="TD")
    assert "Contacts" in result.skipped_sheets
    legal, cm = result.services
    assert legal.service_types == ["legal_aid"]  # marked, with the day it is offered
    assert cm.service_types == ["case_management"]  # referred only; suspended


@pytest.mark.parametrize("cell, offered", [
    ("X", True), ("X (jeudi)", True), ("x (3 EAE)", True), ("oui (mardi)", True), ("X (suspendu)", False),
    ("X (via référencement)", False), ("x (prévu juin)", False), ("Non (réf.)", False), ("X (no staff)", False),
])
def test_a_mark_with_a_note(cell, offered):
    assert is_mark(cell) == offered


@pytest.mark.parametrize("text, said", [
    ("Case management (CP) – SUSPENDED since Jan 2024", "suspended"),
    ("Espaço seguro para mulheres e raparigas – abertura prevista em Abril", "abertura prevista"),
    ("Casa refugio – en proceso de apertura", "en proceso de apertura"),
    ("CFS – closed on Fridays", ""), ("Health post (closed for lunch 12-1)", ""), ("Case management", ""),
])
def test_a_state_in_a_services_own_text(text, said):
    assert status_in_text(text) == said


def test_a_matrix_whose_marks_carry_notes_and_states_and_a_row_of_counts(tmp_path):
    """Eastern Chad's matrix, read again (26th session): its "EAE", "Prise en charge médicale / CMR" and
    "Assistance juridique" columns were not read as service columns, because most of their cells were marks
    with a note ("X (3 EAE)", "oui – 24h/24, kits PEP"), a state ("prévu (juin 2024)", "suspendu (pas de
    financement)") or the count of the totals row; and an actor whose only cell says "prévu" was dropped."""
    header = ["Camp / site", "Acteur", "Gestion de cas PE", "Prise en charge médicale / CMR",
              "EAE (Espace Ami des Enfants)", "Assistance juridique", "Point focal / Tél"]
    path = write_sheets(tmp_path / "td.xlsx", {"Matrice services": [
        header,
        ["Adré", "Enfants d'Abord", "X", None, "X (3 EAE)", None, "+235 63 12 45 90"],
        ["Adré", "MSF", None, "oui – 24h/24, kits PEP", None, None, "+235 63 12 45 91"],
        ["Farchana", "IRC", "X", "X (via référencement vers l'hôpital)", "suspendu (pas de financement)", None,
         "+235 63 12 45 92"],
        ["Ourang", "AFJT", None, None, None, "X (jeudi)", "+235 99 20 14 63"],
        ["Ourang", "Santé Sans Limites", None, "prévu (juin 2024)", None, None, "+235 65 22 71 31"],
        ["Ourang", "CARE", None, "X (mercredi)", "X", "X (mardi)", "+235 65 22 71 32"],
        [None, "TOTAL acteurs", 2, 3, 2, 2, None],
    ]})
    result = read_file(path, region="TD")
    by_org = {o.id: o.name for o in result.organisations}
    got = {by_org[s.organisation_id]: (s.service_types, s.status) for s in result.services}
    assert got == {
        "Enfants d'Abord": (["case_management", "child_friendly_space"], "active"),
        "MSF": (["health"], "active"),
        "IRC": (["case_management"], "active"),  # referred only; suspended
        "AFJT": (["legal_aid"], "active"),
        "Santé Sans Limites": (["health"], "inactive"),  # planned: not on today's pathways
        "CARE": (["health", "child_friendly_space", "legal_aid"], "active"),
    }
    planned = next(r for r in result.rows if r.row == 6)
    assert any("say 'prévu'" in m and "recorded as inactive" in m for m in planned.messages)
    assert result.rows[-1].status == "not-a-service"


def test_a_health_service_whose_details_say_cmr_is_not_there():
    """"Health" / "general consultations; CMR not available – refer to Sinune": the health post stays health."""
    from directory.taxonomy import default_taxonomy
    from importers.service_types import TypeFinder

    found = TypeFinder(default_taxonomy()).find(type_column="Health",
                                                description="general consultations; CMR not available – refer to Sinune")
    assert found.codes == ("health",)
