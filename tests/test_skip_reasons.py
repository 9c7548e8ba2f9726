"""Why a sheet is skipped, in the user's language (tryout finding 19).

The importers give every reason in English (the command line keeps them so); each comes from a template
listed in ``importers.skip_reasons``, and the desktop translates the template
(``desktop.importing.skip_reasons``). These tests make every reason happen with real files, check that
no reason is written in place in the importers' code (where the list would not know it), and that each
template has its translation in every language. Each check is a function that returns what is wrong, and
is shown to find a reason left out.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import openpyxl
import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import QTranslator  # noqa: E402

from desktop.app import install_translators  # noqa: E402
from desktop.importing import skip_reasons as shown_reasons  # noqa: E402
from importers import skip_reasons  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
FOLDER = REPO / "resources" / "translations"
LANGUAGES = ("fr", "es", "ar", "bn")
DATA = Path(__file__).parent / "data" / "import"


# --- every reason the importers give, from real files -------------------------------------------------


def produced_reasons(folder: Path, monkeypatch) -> dict[str, str]:
    """Each way a sheet is skipped, made to happen (sheet limits made small, so the files stay small)."""
    from directory.file_gate import workbooks
    from importers import readers
    from importers.formats.tables import read_rows
    from importers.pipeline import read_file

    monkeypatch.setattr(readers, "MAX_ROWS", 50)
    monkeypatch.setattr(workbooks, "MAX_COLUMNS", 20)
    monkeypatch.setattr(workbooks, "MAX_SHEET_CELLS", 200)
    book = openpyxl.Workbook()
    cover = book.active
    cover.title = "Cover"
    cover.append(["Service mapping, March 2026"])
    cover.append(["Fill one row per service; do not change the headers."])
    book.create_sheet("Empty")
    long = book.create_sheet("Long")
    for i in range(60):
        long.append([f"org {i}", "case management"])
    wide = book.create_sheet("Wide")
    wide.append([f"c{i}" for i in range(25)])
    big = book.create_sheet("Big")
    for i in range(30):
        big.append([f"v{i}.{j}" for j in range(10)])
    grid = book.create_sheet("Grid")  # a referral pathway: places × service types, organisations in the cells
    grid.append(["District", "Health", "Psychosocial support", "Legal aid"])
    grid.append(["Hodan", "Banadir Hospital – 061 555 1234", "IRC – 061 777 8899", "Gap"])
    turned = book.create_sheet("Turned")  # the same turned the other way: types × places
    turned.append(["Service", "Hodan", "Wadajir"])
    for kind, there in (("Health", "Banadir Hospital"), ("Psychosocial support", "IRC"), ("Legal aid", "SWDC")):
        turned.append([kind, f"{there} – 061 555 1234", "Gap"])
    main = book.create_sheet("Mapping")  # a KoBo export: the submissions, and the services of each in a repeat
    main.append(["org_name", "facility_name", "_index"])
    main.append(["IRC", "Kakuma 1 WGSS", 1])
    repeat = book.create_sheet("services")
    repeat.append(["service_type", "contact_phone", "_index", "_parent_index", "_parent_table_name"])
    repeat.append(["gbv_case_management", "0712 448 903", 1, 1, "Mapping"])
    turned_table = book.create_sheet("Matrix")  # each column a provider, each row a field
    for row in (["Organisation", "WOREC", "Saathi", "CWIN"], ["District", "Morang", "Kathmandu", "Kathmandu"],
                ["Case management", "✓", "✓", "✗"], ["Phone", "9842000101", "01-5550102", "01-5550304"]):
        turned_table.append(row)
    old = book.create_sheet("Old (do not use)")  # hidden: last year's services
    old.append(["Organisation", "Service name"])
    old.append(["Hope", "Legal aid"])
    old.sheet_state = "hidden"
    book.save(folder / "book.xlsx")
    skipped = read_file(folder / "book.xlsx").skipped_sheets
    (folder / "long.csv").write_text("Organisation,Service\n" + "".join(f"org {i},legal aid\n" for i in range(60)))
    csv_skipped = read_file(folder / "long.csv").skipped_sheets
    good = [["Organisation", "Service name", "Phone"], ["Hope", "Legal aid", "1098"]]
    flat = read_rows("flat.csv", [("Flat", [["foo", "bar"], ["1", "2"]]), ("Good", good)]).skipped_sheets
    return {"empty": skipped["Empty"], "no table": skipped["Cover"], "rows": skipped["Long"],
            "columns": skipped["Wide"], "cells": skipped["Big"], "grid": skipped["Grid"], "turned grid": skipped["Turned"], "hidden": skipped["Old (do not use)"],
            "kobo submissions": skipped["Mapping"], "turned table": skipped["Matrix"],
            "csv rows": csv_skipped["long"],
            "no known columns": flat["Flat"]}


def test_every_way_of_skipping_a_sheet_gives_a_listed_reason(tmp_path, monkeypatch):
    reasons = produced_reasons(tmp_path, monkeypatch)
    unlisted = {k: r for k, r in reasons.items() if skip_reasons.match(r) is None}
    assert not unlisted, f"reasons not in importers.skip_reasons.ALL: {unlisted}"
    assert {skip_reasons.match(r)[0] for r in reasons.values()} == set(skip_reasons.ALL)
    assert skip_reasons.match(reasons["rows"])[1] == {"rows": "60", "cell": "B60", "max": "50"}


# --- no reason written in place --------------------------------------------------------------------------


def reasons_written_in_place(source: str, name: str = "<code>") -> list[str]:
    """Where ``source`` gives a sheet's skip reason as a string written there, not from ``skip_reasons``."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Assign) or not isinstance(node.value, (ast.Constant, ast.JoinedStr)):
            continue
        if isinstance(node.value, ast.Constant) and not isinstance(node.value.value, str):
            continue
        if isinstance(node.value, ast.Constant) and node.value.value == "":
            continue  # "not skipped"
        for target in node.targets:
            holder = target.value if isinstance(target, ast.Subscript) else target
            if isinstance(holder, ast.Attribute) and holder.attr in ("skipped_sheets", "skipped"):
                found.append(f"{name}:{node.lineno}")
    return found


def test_no_skip_reason_is_written_in_place():
    found = []
    for folder in ("importers", "directory"):
        for path in sorted((REPO / folder).rglob("*.py")):
            found += reasons_written_in_place(path.read_text(encoding="utf-8"), str(path.relative_to(REPO)))
    assert not found, f"give these reasons from importers/skip_reasons.py, so the desktop translates them: {found}"


def test_the_check_finds_a_reason_written_in_place():
    code = ('result.skipped_sheets[name] = "a pivot table"\n'
            'data.skipped = f"{n} rows"\n'
            'data.skipped = ""\n'
            'result.skipped_sheets[name] = skip_reasons.EMPTY\n')
    assert reasons_written_in_place(code) == ["<code>:1", "<code>:2"]


# --- each template translated ----------------------------------------------------------------------------

PLACEHOLDER = re.compile(r"\{\w+\}")


def translation_gaps(translatable: dict[str, str], translators: dict[str, QTranslator]) -> list[str]:
    """The templates of importers.skip_reasons with no translation (or one that drops a value)."""
    gaps = []
    for template in skip_reasons.ALL:
        if template not in translatable:
            gaps.append(f"{template!r}: not in desktop.importing.skip_reasons.TRANSLATABLE")
            continue
        for language, translator in translators.items():
            text = translator.translate(shown_reasons.CONTEXT, translatable[template])
            if not text or text == template:
                gaps.append(f"{template!r}: not translated into {language}")
            elif sorted(PLACEHOLDER.findall(text)) != sorted(PLACEHOLDER.findall(template)):
                gaps.append(f"{template!r}: the {language} translation changes the values {text!r}")
    return gaps


@pytest.fixture
def translators(qapp):
    loaded = {}
    for language in LANGUAGES:
        translator = QTranslator()
        assert translator.load(f"servicemap_{language}", str(FOLDER))
        loaded[language] = translator
    return loaded


def test_every_skip_reason_is_translated_in_every_language(translators):
    assert not translation_gaps(shown_reasons.TRANSLATABLE, translators)


def test_the_check_finds_a_reason_left_untranslated(translators, monkeypatch):
    missing = dict(shown_reasons.TRANSLATABLE)
    del missing[skip_reasons.EMPTY]
    assert translation_gaps(missing, translators) == [
        "'empty sheet': not in desktop.importing.skip_reasons.TRANSLATABLE"]
    monkeypatch.setattr(skip_reasons, "ALL", skip_reasons.ALL + ("a pivot table",))  # a new English reason
    assert translation_gaps(shown_reasons.TRANSLATABLE, translators) == [
        "'a pivot table': not in desktop.importing.skip_reasons.TRANSLATABLE"]
    with_entry = {**shown_reasons.TRANSLATABLE, "a pivot table": "a pivot table"}  # listed, but not in the .ts
    assert translation_gaps(with_entry, translators) == [
        f"'a pivot table': not translated into {language}" for language in LANGUAGES]


# --- what the user sees ----------------------------------------------------------------------------------


@pytest.fixture
def french(qapp):
    installed = install_translators(qapp, "fr")
    assert installed
    yield
    for translator in installed:
        qapp.removeTranslator(translator)


def test_every_reason_is_shown_in_french_with_its_values(french, tmp_path, monkeypatch):
    reasons = produced_reasons(tmp_path, monkeypatch)
    shown = {k: shown_reasons.shown(r) for k, r in reasons.items()}
    assert shown["empty"] == "feuille vide"
    assert shown["rows"].startswith("60 lignes (jusqu'à la cellule B60), plus que les 50 que ServiceMap lit")
    assert shown["csv rows"].startswith("51 lignes, plus que les 50")  # the reader stops at one row more
    assert all(shown[k] != reasons[k] for k in reasons), shown
    assert shown_reasons.shown("a reason no one listed") == "a reason no one listed"


def test_the_wizard_says_why_a_sheet_is_skipped_in_french(french, qtbot, tmp_path):
    """The preview said "This sheet will be skipped: no table of services (a cover page, instructions or lists)"
    in English whatever the language; the report after the import listed the skipped sheets in English too."""
    from desktop.importing.wizard import ImportWizard
    from tests.helpers import small_project

    small_project(tmp_path / "p.gpkg", n_services=0).close()
    wizard = ImportWizard(None, project_path=str(tmp_path / "p.gpkg"))  # its real worker threads
    qtbot.addWidget(wizard)
    wizard.resize(1000, 640)
    wizard.show()
    wizard.file_page.path.setText(str(DATA / "messy.xlsx"))
    wizard.next()
    page = wizard.preview_page
    assert page.sheet.currentText() == "Instructions"
    assert page.note.text() == ("Cette feuille sera ignorée : pas de tableau de services (une page de garde, des "
                                "instructions ou des listes) : aucune ligne d'en-tête dans les 30 premières lignes "
                                "ne nomme une organisation et un service")
    page.sheet.setCurrentText("Sheet3")
    assert page.note.text() == "Cette feuille sera ignorée : feuille vide"
    wizard.grab().save(str(tmp_path / "skipped-fr.png"))
    for _ in range(3):  # the mapping, the service types and the problems, then the import on its worker thread
        wizard.next()
    qtbot.waitUntil(lambda: wizard.import_page.done, timeout=60000)
    summary = wizard.import_page.report.summary.text()
    assert "Feuille ignorée « Sheet3 » : feuille vide" in summary.replace("\u00a0", " "), summary
    assert "empty sheet" not in summary and "no table of services" not in summary
    # the counts, the status of each row and the status filter are French too, each count in its plural form
    assert summary.startswith("messy.xlsx: 8 importées, 0 mise à jour, 2 doublons, 4 pas des services, 1 rejetée")
    report = wizard.import_page.report
    shown = {report.proxy.index(r, 2).data() for r in range(report.proxy.rowCount())}
    assert shown == {"importée", "doublon", "pas un service", "rejetée"}
    assert [report.status.itemText(i) for i in range(report.status.count())][1:] == [
        "importée", "mise à jour", "doublon", "pas un service", "rejetée"]
    wizard.grab().save(str(tmp_path / "report-fr.png"))
