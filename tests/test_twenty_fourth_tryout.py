"""What the twenty-fourth blind tryout found (lists written from a brief by someone who had not read the code: North
Kivu in French and Swahili, southern Yemen in Arabic, a matrix of Ugandan refugee settlements with a legend, a
bilingual Ukrainian mapping). Each list here is a small one in the same shape, written by openpyxl."""

from __future__ import annotations

import pytest

from importers.column_content import is_mark, marks_said_no
from importers.pipeline import read_file
from tests.helpers import write_sheets

UGANDA = ["No.", "Partner / Agency", "Settlement", "Case Mgt", "PSS / MHPSS", "Police / CFPU", "Safe house", "CFS",
          "Other services (specify)", "Remarks"]
LEGEND = ["", "Legend:  ✓ = service available    x = not available    blank = no info    ✓* = outreach only", "", "", "",
          "", "", "", "", ""]


def test_a_legend_saying_x_is_not_available(tmp_path):
    """"x" marks a service as offered in most matrices; where the legend says "x = not available", a row of x's
    offered every type, the safe house among them, and was hidden as one. "Police / CFPU" was read as the KoBo
    choice "CFPU" and named no type; "√" and "✓*" were no marks."""
    path = write_sheets(tmp_path / "ug.xlsx", {"Directory": [UGANDA, LEGEND,
        [1, "OPM – Settlement Commandant's office", "Adjumani", "x", "x", "x", "x", "x", "Refugee registration, ID cards",
         ""],
        [2, "Hope Bridge Uganda", "Adjumani", "✓", "√", "", "x", "✓*", "", ""],
        [3, "Uganda Police CFPU – Bidibidi post", "Bidibidi", "", "", "✓", "", "", "", "Limited staff (2 officers)"],
    ]})
    result = read_file(path, region="UG")
    opm, hope, police = result.services
    assert opm.service_types == ["birth_registration"] and not opm.confidential
    assert hope.service_types == ["case_management", "mhpss", "child_friendly_space"] and not hope.confidential
    assert police.service_types == ["police"]


def test_without_a_legend_x_still_marks_a_service(tmp_path):
    """A test of the test above: the same matrix with no legend reads "x" as offered, as lists mostly mean it."""
    path = write_sheets(tmp_path / "ug.xlsx", {"Directory": [UGANDA,
        [1, "Hope Bridge Uganda", "Adjumani", "x", "x", "", "", "x", "", ""],
        [2, "Kiryandongo CFPU", "Kiryandongo", "", "", "x", "", "", "", ""]]})
    hope, police = read_file(path, region="UG").services
    assert hope.service_types == ["case_management", "mhpss", "child_friendly_space"]
    assert police.service_types == ["police"]


@pytest.mark.parametrize("legend, said", [
    ("Legend: ✓ = available; x = not available", {"x"}), ("✗ : non disponible, ✓ : disponible", {"✗"}),
    ("0 = no service 1 = service", {"0"}), ("X = servicio, – = no disponible", {"–"}), ("Key: x = yes", set()),
])
def test_marks_said_no(legend, said):
    assert marks_said_no([["Partner", "CM"], [legend, ""], ["A", "x"]], 1) == said


@pytest.mark.parametrize("cell, offered", [("√", True), ("✓*", True), ("x*", True), ("*", False), ("✓ (referral)", False)])
def test_more_marks(cell, offered):
    assert is_mark(cell) is offered


def test_gaps_totals_trainings_and_words_of_the_four_lists(tmp_path):
    path = write_sheets(tmp_path / "mixed.xlsx", {
        "Cartographie NK": [
            ["Territoire", "Organisation", "Domaine", "Description", "Remarques"],
            ["Goma", "HPNK", "Médical", "Prise en charge médicale des survivant(e)s : kit PEP", ""],
            ["Goma", "", "Psychosocial", "Cellule d'écoute : soutien psychologique par psychologue clinicien",
             "même site que la PEC médicale"],
            ["Rutshuru", "— AUCUN PARTENAIRE —", "GAP", "Pas de service PE/VBG dans la ZS de Bambo", ""],
            ["Goma", "Maison Tumaini", "Hébergement enfants", "Accueil résidentiel temporaire, scolarisation", ""],
        ],
        "عدن - لحج": [
            ["المحافظة", "الجهة", "الخدمات", "الفئة المستهدفة", "الهاتف"],
            ["عدن", "اتحاد نساء اليمن", "المساعدة القانونية\nالمتابعة في النيابة والمحاكم", "النساء", "733456120"],
            ["تعز", "دار الأحداث", "إيواء وتأهيل الأحداث في خلاف مع القانون، تعليم", "الأحداث", "733456121"],
            ["لحج", "—", "لا توجد دار إيواء في لحج – الإحالة إلى عدن عبر UNFPA", "", ""],
            ["عدن", "UNFPA", "تدريب على إدارة الحالات لموظفي الشركاء – 10 إلى 12 يونيو", "موظفو الشركاء", ""],
        ],
        "Мапінг послуг": [
            ["Область / Oblast", "Організація / Organization", "Послуга / Service", "Опис / Description"],
            ["Харківська", "Крок", "ГЗН / GBV", "Кризове консультування, супровід постраждалих від домашнього насильства"],
            ["Дніпропетровська", "ЦНАП", "Правова допомога / Legal aid", "Консультації щодо документів, опіки, аліментів"],
            ["Одеська", "Лікарня №1", "Медична допомога / Health (CMR)", "Клінічне ведення випадків зґвалтування"],
            ["Харківська", "ССД / UNICEF", "Навчання / Training", "Навчання для фахівців служб у справах дітей"],
            ["", "Всього послуг / Total services:", 34, ""],
        ]})
    result = read_file(path, region="CD")
    by_name = {s.name: s.service_types for s in result.services}
    assert by_name["Psychosocial"] == ["mhpss"]  # the medical care is the other service's, at the same site
    assert by_name["Hébergement enfants"] == ["alternative_care", "education"] and not any(
        s.confidential for s in result.services if s.name == "Hébergement enfants")
    assert by_name["المساعدة القانونية المتابعة في النيابة والمحاكم"] == ["legal_aid"]
    assert by_name["إيواء وتأهيل الأحداث في خلاف مع القانون، تعليم"] == ["justice", "education"]
    assert by_name["ГЗН / GBV"] == ["mhpss", "case_management"]
    assert by_name["Правова допомога / Legal aid"] == ["legal_aid"]
    assert by_name["Медична допомога / Health (CMR)"] == ["health"]
    not_services = {(r.sheet, r.row) for r in result.rows if r.status == "not-a-service"}
    assert {("Cartographie NK", 4), ("عدن - لحج", 4), ("عدن - لحج", 5), ("Мапінг послуг", 5),
            ("Мапінг послуг", 6)} <= not_services
