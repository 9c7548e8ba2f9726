"""What the fourteenth blind tryout found (lists written from a brief by someone who had not read the code:
Rakhine's camps in English and Burmese with a hidden sheet of old data, an eastern Sudan 4W with activity
codes and an HXL row, Roraima's shelters in Portuguese and Spanish as .ods, and North Kivu in French and
Swahili as a Google Sheets CSV). Each list here is a small one in the same shape, written by openpyxl."""

from __future__ import annotations

from datetime import date

import openpyxl
import pytest

from directory.taxonomy import default_taxonomy
from importers import skip_reasons
from importers.pipeline import read_file
from importers.service_types import TypeFinder, no_service, own_text
from importers.statuses import STATUSES, status_word
from importers.values import parse_date
from tests.helpers import write_sheets


def test_a_hidden_sheet_of_old_data_is_skipped_with_a_reason_unless_chosen(tmp_path):
    """Rakhine's workbook kept last year's services on a hidden sheet "old_2022 (do not use)"; all six were
    imported beside this year's as if current."""
    header = ["Organization", "Service Type", "Status"]
    write_sheets(tmp_path / "rakhine.xlsx", {"Sittwe": [header, ["DRC", "Legal aid", "Active"]],
                                            "old_2022 (do not use)": [header, ["Closed NGO", "Case management", "Active"]]},
                 hidden=("old_2022 (do not use)",))

    result = read_file(tmp_path / "rakhine.xlsx")
    assert [s.name for s in result.services] == ["Legal aid"]
    assert result.skipped_sheets == {"old_2022 (do not use)": skip_reasons.HIDDEN}
    chosen = read_file(tmp_path / "rakhine.xlsx", sheet="old_2022 (do not use)")
    assert [s.name for s in chosen.services] == ["Case management"]


def test_an_activity_code_tagged_in_hxl_does_not_take_the_activitys_place(tmp_path):
    """Sudan's 4W: "#activity+code" ("CP-1.2") took the activity field and "#activity+name" became an extra
    field, so 26 of 34 services had no type."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "4W_JanFeb24"
    ws.append(["Reporting Month\nشهر التقرير", "Partner\nالشريك", "State\nالولاية", "Activity code", "Activity",
               "Status\nالحالة"])
    ws.append(["#date+reported", "#org", "#adm1+name", "#activity+code", "#activity+name", "#status"])
    ws.append(["2024-01", "UNICEF", "Gedaref / القضارف", "CP-1.2", "CP-1.2 Case management for UASC", "Ongoing / جاري"])
    ws.append(["2024-02", "UNFPA", "Kassala / كسلا", "GBV-1.5", "GBV-1.5 Safe shelter for GBV survivors",
               "Closed / مغلق"])
    ws.append(["2024-02", "UNFPA", "Gedaref / القضارف", "GBV-3.1", "GBV-3.1 Training of health workers on CMR",
               "Completed / مكتمل"])
    wb.save(tmp_path / "sudan.xlsx")

    result = read_file(tmp_path / "sudan.xlsx")
    fields = {m.hxl: m.field for m in result.tables[0].mapping}
    assert (fields["#activity+code"], fields["#activity+name"]) == ("extra", "activity")
    services = {s.name: s for s in result.services}
    cm = services["CP-1.2 Case management for UASC"]
    shelter = services["GBV-1.5 Safe shelter for GBV survivors"]
    assert cm.service_types == ["case_management"] and cm.status == "active"
    assert shelter.service_types == ["safe_shelter"] and shelter.status == "inactive" and shelter.confidential
    assert [o.status for o in result.rows if o.row == 5] == ["not-a-service"]  # the training, after its code


@pytest.mark.parametrize("cell, status", [
    ("Closed / مغلق", "inactive"), ("Ongoing / جاري", "active"),
    ("ဆိုင်းငံ့ထား (suspended)", "temporarily closed"),  # Burmese, and its English in brackets
    ("Temporarily stopped (fuel shortage)", "temporarily closed"), ("Desativado em nov/2023", "inactive"),
    ("Em implantação (previsão abril/2024)", "inactive"), ("Suspenso temporariamente", "temporarily closed"),
    ("Active (limited)", "active"),
])
def test_the_tryouts_statuses(cell, status):
    assert STATUSES.get(status_word(cell.lower()), "unknown") == status


def test_a_reporting_month_is_a_date():
    assert parse_date("2024-01") == (date(2024, 1, 1), []) and parse_date("2024/02")[0] == date(2024, 2, 1)
    assert parse_date("2024-13")[0] is None


@pytest.mark.parametrize("texts, types", [
    ({"type_column": "Conselho Tutelar"}, ("case_management",)),
    ({"type_column": "CREAS – Centro de Referência Especializado de Assistência Social"},
     ("case_management", "mhpss")),
    ({"type_column": "Súper Panas – Espaço Amigável para Crianças"}, ("child_friendly_space",)),
    ({"type_column": "Acolhimento institucional de crianças e adolescentes"}, ("alternative_care",)),
    ({"type_column": "Restabelecimento de Laços Familiares (RLF)"}, ("family_tracing",)),
    ({"type_column": "Disque Direitos Humanos – denúncias de violência contra crianças"}, ("helpline",)),
    ({"type_column": "CP-1.1 Community-based CP networks"}, ("community_based_protection",)),
    ({"type_column": "Atendimento a vítimas de violência sexual – PEP em até 72h",
      "description": "Atendimento médico, contracepção de emergência, interrupção legal"}, ("health",)),
    # a word the type column's type absorbs is that type's in the other cells too
    ({"type_column": "Ligne verte VBG (numéro gratuit)",
      "description": "Écoute, information et orientation par téléphone – 24h/24"}, ("helpline",)),
    ({"type_column": "Legal aid", "description": "Legal counselling for survivors"}, ("legal_aid",)),
    ({"type_column": "Clinique juridique", "description": "Conseils juridiques gratuits, accompagnement judiciaire, "
      "prise en charge des frais de justice"}, ("legal_aid",)),
    # …but not when that cell says the type has stopped: the counselling goes on
    ({"type_column": "Legal aid", "description": "Legal aid suspended, counselling continues"}, ("mhpss",)),
])
def test_the_tryouts_words(texts, types):
    assert set(TypeFinder(default_taxonomy()).find(**texts).codes) == set(types)


@pytest.mark.parametrize("name, not_a_service", [
    ("GBV-3.1 Training of health workers on CMR", True),  # after its activity code
    ("Reunião do Subgrupo de Proteção à Criança", True),
    ("CP-1.2 Case management for UASC", False),
    ("Child Friendly Space 2", False),
])
def test_the_tryouts_activities(name, not_a_service):
    assert no_service(name) is not_a_service


def test_a_names_orientation_is_not_a_list_of_referrals():
    """"Centre de transit et d'orientation (CTO)": the bracket is the centre's acronym, not the services
    people are oriented to, and its words are the centre's own."""
    assert "orientation (cto)" in own_text("Centre de transit et d'orientation (CTO) – ENA / EAFGA")
    assert "sante" not in own_text("PSS et orientation (santé, juridique)")
