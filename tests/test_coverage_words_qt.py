"""The coverage-gap panel in the user's language (second tryout, findings 3, 4, 8 and 12): service
types, the suggestions, the Notes tab and mapping's messages, the numbers and the admin levels, in
Spanish, with the panel's real worker thread.

mapping/ writes its notes and problems in English (it has no Qt); desktop/coverage/words.py lists
every one of them as a template to translate. The first tests read mapping/coverage's sources and
fail when a note or a request problem there has no template."""

from __future__ import annotations

import ast
import csv
import itertools
import re
from pathlib import Path

import pytest

from tests.helpers import small_project

pytest.importorskip("PySide6")

ROOT = Path(__file__).resolve().parents[1]
COVERAGE = ROOT / "mapping" / "coverage"
SHOT = "/tmp/coverage-words-es.png"  # looked at by hand; not part of the repository

# --- every sentence mapping/coverage writes has a template ------------------------------------

NOTE_TARGETS = ("notes", "note", "method", "parts")


def _samples(node, consts: dict[str, str]) -> list[str]:
    """The texts an expression can make, each value it formats in written as "7"."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.JoinedStr):
        pieces = [_samples(v.value, consts) if isinstance(v, ast.FormattedValue) and isinstance(v.value, ast.IfExp)
                  else ["7"] if isinstance(v, ast.FormattedValue) else _samples(v, consts) for v in node.values]
        return ["".join(p) for p in itertools.product(*pieces)]
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        return [a + b for a in _samples(node.left, consts) for b in _samples(node.right, consts)]
    if isinstance(node, ast.IfExp):
        return _samples(node.body, consts) + _samples(node.orelse, consts)
    if isinstance(node, ast.Name) and node.id in consts:
        return [consts[node.id]]
    if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "format"
            and isinstance(node.func.value, ast.Name) and node.func.value.id in consts):
        return [re.sub(r"\{[^}]*\}", "7", consts[node.func.value.id])]
    return ["7"]


def _name(target) -> str:
    return target.id if isinstance(target, ast.Name) else target.attr if isinstance(target, ast.Attribute) else ""


def mapping_notes() -> list[tuple[str, str]]:
    """(where, text) of every note mapping/coverage writes: appended or inserted into a list of notes,
    assigned to a note, a population method or its parts, returned in a list of notes, or given to
    Demand as its method. Not the export's Notes sheet (its rows are written from data)."""
    out = []
    for path in sorted(COVERAGE.glob("*.py")):
        if path.name == "export.py":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        consts = {t.id: n.value.value for n in tree.body if isinstance(n, ast.Assign)
                  and isinstance(n.value, ast.Constant) and isinstance(n.value.value, str)
                  for t in n.targets if isinstance(t, ast.Name)}
        for n in ast.walk(tree):
            exprs = []
            if (isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute) and n.func.attr in ("append", "insert")
                    and _name(n.func.value).endswith(NOTE_TARGETS)):
                exprs = [n.args[-1]]
            elif isinstance(n, ast.Call) and _name(n.func) == "Demand" and len(n.args) > 3:
                exprs = [n.args[3]]
            elif isinstance(n, ast.Assign):
                for target in n.targets:
                    if _name(target).endswith(NOTE_TARGETS):
                        exprs += n.value.elts if isinstance(n.value, ast.List) else [n.value]
                    elif isinstance(target, ast.Tuple) and isinstance(n.value, ast.Tuple):
                        exprs += [v for t, v in zip(target.elts, n.value.elts) if _name(t).endswith(NOTE_TARGETS)]
            elif isinstance(n, ast.Return) and isinstance(n.value, ast.Tuple):
                exprs = [e for el in n.value.elts if isinstance(el, ast.List) for e in el.elts]
            for e in exprs:
                for text in _samples(e, consts):
                    if text.strip("7") and text != "greedy":  # a value passed on, or placement's method name
                        out.append((f"{path.name}:{n.lineno}", text))
    return out


def test_every_note_mapping_writes_has_a_template_to_translate():
    from desktop.coverage.words import match_note

    notes = mapping_notes()
    assert len(notes) > 40  # the scan found them
    assert any(where.startswith("roads.py:") and text == "off-road: walking at 7 km/h" for where, text in notes)
    missing = [f"{where}: {text}" for where, text in notes if match_note(text) is None]
    assert not missing, "add these to desktop/coverage/words.py NOTES:\n" + "\n".join(missing)


def test_every_request_problem_mapping_raises_has_a_template_to_translate():
    from desktop.coverage.words import PROBLEMS

    found = []
    for name in ("request.py", "suggest.py"):
        tree = ast.parse((COVERAGE / name).read_text(encoding="utf-8"))
        consts = {t.id: n.value.value for n in tree.body if isinstance(n, ast.Assign)
                  and isinstance(n.value, ast.Constant) for t in n.targets if isinstance(t, ast.Name)}
        for n in ast.walk(tree):
            if isinstance(n, ast.Call) and _name(n.func) == "InvalidRequest":
                found += _samples(n.args[1], consts)
            elif isinstance(n, ast.Call) and _name(n.func) == "PlacementError" and isinstance(n.args[0], ast.Constant):
                found.append(n.args[0].value)
    assert "give a distance or a time, such as 5km or 60min, more than zero." in found and len(found) >= 15
    assert [p for p in found if p not in PROBLEMS] == []


def test_notes_fill_their_parts_in_words(qapp):
    from desktop.coverage.words import note_in_words, site_name

    note = "population analysed: children (children 0–17 = F: bands 0–14 plus 3/5 of 15–19; M: bands 0–14 plus 15–17)"
    assert note_in_words(note) == note  # no translator: the English template gives the note back
    assert note_in_words("something mapping may say one day") == "something mapping may say one day"
    assert site_name("cell 4186") == "grid cell 4186" and site_name("Teknaf (BD20220090)") == "Teknaf (BD20220090)"


# --- the panel in Spanish ---------------------------------------------------------------------


@pytest.fixture()
def spanish(qapp):
    """The interface in Spanish, as desktop/app.py sets it up for preferences/language = "es"."""
    from PySide6.QtCore import QCoreApplication, QLocale

    from desktop.app import install_translators

    before = QLocale()
    translators = install_translators(qapp, "es")
    assert translators, "servicemap_es.qm is not installed"
    QLocale.setDefault(QLocale("es"))
    yield
    for translator in translators:
        QCoreApplication.removeTranslator(translator)
    QLocale.setDefault(before)


@pytest.fixture()
def population(tmp_path):
    pop = tmp_path / "pop.csv"
    with pop.open("w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["ADM2_PCODE", "T_TL", "T_00_04", "T_05_09", "T_10_14", "T_15_19"])
        w.writerow(["BD2022", 3_000_000, 360000, 360000, 360000, 300000])
        w.writerow(["BD2084", 1_500_000, 180000, 180000, 180000, 150000])
    return pop


@pytest.fixture()
def panel(qtbot, tmp_path, population, spanish):
    from desktop.coverage.panel import GapPanel

    project = small_project(tmp_path / "p.gpkg")
    widget = GapPanel(None)  # the real worker thread
    qtbot.addWidget(widget)
    widget.set_project(project)
    widget.population.setText(str(population))
    widget.resize(700, 900)
    widget.show()
    yield widget
    widget.runner.cancel()
    widget.results.map.setUrl("about:blank")
    widget.close()
    widget.deleteLater()
    qtbot.wait(300)
    project.close()


def run_and_wait(panel, qtbot) -> None:
    panel.run()
    qtbot.waitUntil(lambda: not panel.runner.running and not panel._queue, timeout=60000)
    qtbot.wait(50)


def test_the_gap_panel_names_service_types_in_the_interface_language(panel, qtbot):
    """Finding 3: the type list, "Mostrando", the overview, the status and the suggestions said
    "Case management" in a Spanish interface."""
    names = [panel.types.topLevelItem(i).text(0) for i in range(panel.types.topLevelItemCount())]
    assert "Gestión de casos" in names and "Refugio seguro" in names and "Case management" not in names
    panel.types.set_checked(["safe_shelter"])
    run_and_wait(panel, qtbot)
    assert sorted(panel.results.outcomes) == ["case_management", "safe_shelter"]
    showing = [panel.results.showing.itemText(i) for i in range(panel.results.showing.count())]
    assert [s.split(" — ")[0] for s in showing] == ["Gestión de casos", "Refugio seguro"]
    ov = panel.results.overview_model
    assert sorted(ov.item(r, 0).text() for r in range(ov.rowCount())) == ["Gestión de casos", "Refugio seguro"]
    panel.results.showing.setCurrentIndex(panel.results.showing.findData("case_management"))
    panel.candidates.setCurrentIndex(panel.candidates.findData("grid"))
    panel.suggest()
    qtbot.waitUntil(lambda: not panel.runner.running, timeout=60000)
    qtbot.wait(50)
    assert "Gestión de casos" in panel.status.text() and "Case management" not in panel.status.text()
    assert panel.results.sites.toPlainText().splitlines()[0].count("Gestión de casos") == 1


def test_the_gap_results_write_their_lines_in_boxes_that_follow_the_interface(panel):
    from desktop.coverage.results import _Lines

    assert isinstance(panel.results.sites, _Lines) and isinstance(panel.results.notes, _Lines)


def test_the_gap_results_speak_spanish(panel, qtbot):
    """Finding 4: "1. cell 4186 … añade 112,969 children", the Notes tab, and the threshold typo's
    message were English in a Spanish interface."""
    panel.types.set_within("case_management", "60 minutos")
    panel.run()
    status = panel.status.text()
    assert status.startswith("Gestión de casos: Dentro de 60 minutos: ") and "give a distance" not in status
    assert panel.results.outcomes == {}
    panel.types.set_within("case_management", "10km")
    run_and_wait(panel, qtbot)
    from desktop.coverage.words import match_note

    result = panel.results.outcomes["case_management"].result
    shown = panel.results.notes.toPlainText().splitlines()
    assert len(shown) == len(result.notes) and all(match_note(n) for n in result.notes)
    for note, line in zip(result.notes, shown):
        assert line != note, f"not translated: {note}"
    assert shown[0].startswith("población analizada: niños")
    panel.candidates.setCurrentIndex(panel.candidates.findData("grid"))
    panel.suggest()
    qtbot.waitUntil(lambda: not panel.runner.running, timeout=60000)
    qtbot.wait(50)
    lines = panel.results.sites.toPlainText().splitlines()
    assert len(lines) >= 2
    site = lines[1]
    assert site.startswith("1. celda ") and " niños (total " in site, site
    assert "cell" not in site and "children" not in site
    # the gap map names the site as the list does, in its tooltip
    qtbot.waitUntil(lambda: panel.results.map.page().url().toLocalFile().endswith(".html"), timeout=10000)
    got = []

    def ask():
        panel.results.map.page().runJavaScript("typeof siteName === 'function' ? siteName('cell 4186') : ''", 0,
                                               got.append)
        qtbot.wait(100)
        return bool(got and got[-1])

    qtbot.waitUntil(ask, timeout=20000)
    assert got[-1] == "celda de la cuadrícula 4186"
    panel.results.tabs.setCurrentWidget(panel.results.sites_page)
    qtbot.wait(200)
    panel.grab().save(SHOT)


def test_the_summary_writes_numbers_as_the_table_does_in_spanish(panel, qtbot):
    """Finding 8: "Niños en el ámbito: 11,394,309 — cubiertos: 1,658,144 (14.6 %)" beside a table that
    follows QLocale: the summary is now written with the interface's locale too, so both agree."""
    run_and_wait(panel, qtbot)
    results = panel.results
    t = results.outcome().result.totals()
    assert t["analysed"] > 1_000_000
    summary = results.summary.text()
    shown = results.overview.itemDelegate().displayText
    assert f"{t['analysed']:,}" not in summary  # no English separators
    big = shown(t["analysed"], None)
    assert "." in big and "," not in big  # 1.620.000 in Spanish
    assert big in summary and shown(t["covered"], None) in summary and shown(t["uncovered"], None) in summary
    pct = 100 * t["covered"] / t["analysed"]
    assert f"({shown(pct, None)} %)" in summary and "," in shown(pct, None)  # one decimal, with a comma
    ov = results.overview_model
    assert ov.item(0, 2).data(0) == t["analysed"]  # the overview's number, as the summary writes it


@pytest.mark.parametrize("ext", [".xlsx", ".csv"])
def test_the_exported_gap_table_speaks_spanish(panel, qtbot, tmp_path, monkeypatch, ext):
    """A Spanish planner's export had the column names as headers ("pcode", "uncovered", "services_per_10k")
    and an English Notes sheet ("service type: case_management"). The headers are the panel's words, the
    notes its Notes tab's, the type its label; the values are the table's."""
    from openpyxl import load_workbook
    from PySide6.QtWidgets import QFileDialog

    from desktop.coverage.results import TABLE_COLUMNS
    from mapping.coverage.zonal import COLUMNS

    run_and_wait(panel, qtbot)
    model, column = panel.results.model, TABLE_COLUMNS.index("parent")  # the area each area lies in, on screen too
    assert model.horizontalHeaderItem(column).text() == "Nivel administrativo 1"
    assert not panel.results.table.isColumnHidden(column)
    assert {model.item(r, column).text() for r in range(model.rowCount())} == {"Chattogram"}
    out = tmp_path / f"brechas{ext}"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))  # the user's choice
    panel.results.showing.setCurrentIndex(panel.results.showing.findData("case_management"))
    panel.export()
    assert panel.status.text().endswith(str(out))
    result = panel.results.outcomes["case_management"].result
    if ext == ".csv":
        with out.open(encoding="utf-8-sig", newline="") as f:
            table = list(csv.reader(f))
        notes = []
    else:
        wb = load_workbook(out)
        table = [[c.value for c in row] for row in wb["Gaps"].iter_rows()]
        notes = [[c.value for c in row] for row in wb["Notes"].iter_rows()]
    columns = [*COLUMNS[:2], "parent", *COLUMNS[2:]]  # the area each area lies in, after its name
    header = table[0]
    assert len(set(header)) == len(columns) and not set(header) & set(columns), header  # no column name left
    assert header[columns.index("name")] == "Zona" and header[columns.index("uncovered")] == "Más allá de 10 km"
    assert header[columns.index("parent")] == "Nivel administrativo 1"  # the level above, as the map names it
    assert header[columns.index("services_per_10k")] == "Servicios por cada 10.000 niños"
    assert header[columns.index("analysed")] == "Analizados (niños)"
    assert len(table) == len(result.rows) + 1
    first = min(result.rows, key=lambda r: r["rank"])
    assert str(table[1][columns.index("pcode")]) == first["pcode"]
    assert {row[columns.index("parent")] for row in table[1:]} == {"Chattogram"}
    if ext == ".xlsx":
        assert notes[0] == ["Tipo de servicio", "Gestión de casos"] and notes[2] == ["Población analizada", "niños"]
        shown = panel.results.notes.toPlainText().splitlines()
        assert [n[1] for n in notes[3:]] == shown and all(n[0] == "Nota" for n in notes[3:])


def test_the_admin_levels_are_named_as_the_map_names_them(panel):
    """Finding 12: "1 Division / 2 District" in the Spanish gap panel, "División / Distrito" on the map."""
    from directory.names import level_name
    from directory.store import Project

    with Project.open(panel.project_path) as project:
        assert project.admin_level_names() == {1: "Admin level 1", 2: "Admin level 2"}  # never named
        panel.set_project(project)
        assert [panel.level.itemText(i) for i in range(panel.level.count())] == [
            "1 Nivel administrativo 1", "2 Nivel administrativo 2"]
        with project.change("test", "levels named"):
            project.set_admin_level_names({1: "Division", 2: "District"})
        panel.set_project(project)
    shown = [panel.level.itemText(i) for i in range(panel.level.count())]
    assert shown == ["1 División", "2 Distrito"]
    assert level_name("District", "es") == "Distrito"  # the map's layer list's own words


@pytest.mark.parametrize("box_class, right_to_left", [("_Lines", True), ("QPlainTextEdit", False)])
def test_the_notes_and_sites_read_right_to_left_in_arabic(qtbot, box_class, right_to_left):
    """In Arabic the Notes and Suggested sites boxes laid their lines out from the left (a line starting
    with "1. Fatikchhari" took the direction of its first Latin letter). The panel's boxes follow the
    interface's direction; Qt's plain box is the test of the test."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QPlainTextEdit, QWidget

    from desktop.coverage import results

    parent = QWidget()
    qtbot.addWidget(parent)
    parent.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    box = results._Lines(parent) if box_class == "_Lines" else QPlainTextEdit(parent)
    box.resize(600, 200)
    parent.show()
    box.setPlainText("1. Fatikchhari (BD20150033) — 22.77552, 91.70685\nملاحظة")
    qtbot.wait(50)
    line = box.document().firstBlock().layout().lineAt(0)
    starts_right = line.naturalTextRect().x() > box.viewport().width() / 3
    assert starts_right == right_to_left
