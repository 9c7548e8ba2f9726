"""The desktop's side of service types, with the real thread pool: the import wizard's Service
types page (answered once per text, by keyboard, read into the rows and saved with the import
under the user's name), any row marked confidential from the wizard, Tools ▸ Service types… on a
project already imported, and the coverage and pathways panels' warnings that send users there."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6 import QtWebEngineWidgets  # noqa: F401 - before the QApplication
from PySide6.QtCore import QCoreApplication, QSettings, Qt, Signal
from PySide6.QtWidgets import QWidget

QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_UseSoftwareOpenGL)

from desktop.settings import Settings  # noqa: E402
from desktop.window.panels import menu_path  # noqa: E402
from directory.model import Service  # noqa: E402
from directory.store import Project  # noqa: E402
from importers.request import ImportRequest, run_import  # noqa: E402
from tests.helpers import small_project  # noqa: E402

DATA = Path(__file__).parent / "data" / "import"
LIST = DATA / "free_text.xlsx"  # tests/data/import/make_free_text.py
PROGRAMME, ROUND, FORUM, UNSURE = ("Nirapotta Bondhon sessions", "Alo monthly round", "Kishori Forum meet-ups",
                                   "GBV response")
WHERE = "Tools › Service types…"
LONG = 120_000


class FakeWindow(QWidget):
    """What a panel takes from the main window: the project, the settings, show_panel, reload_project."""

    projectChanged = Signal(object)

    def __init__(self, settings: Settings, project: Project | None = None):
        super().__init__()
        self.settings, self.project, self.listing = settings, project, None
        self.shown: list[str] = []
        self.reloads = 0

    def show_panel(self, name: str) -> None:
        self.shown.append(name)

    def reload_project(self) -> None:
        self.reloads += 1
        self.projectChanged.emit(self.project)


@pytest.fixture
def window(qapp, tmp_path):
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    settings.set("preferences/user_name", "ana")
    settings.set("preferences/language", "en")
    win = FakeWindow(settings)
    yield win
    win.deleteLater()


@pytest.fixture
def project_path(tmp_path):
    small_project(tmp_path / "p.gpkg", n_services=0).close()
    return tmp_path / "p.gpkg"


def _to_types_page(qtbot, window, project_path, file=LIST, synchronous=False):
    from desktop.importing.wizard import ImportWizard

    wizard = ImportWizard(window, project_path=str(project_path), synchronous=synchronous)
    qtbot.addWidget(wizard)
    wizard.resize(1024, 576)
    wizard.show()
    wizard.file_page.path.setText(str(file))
    for _ in range(3):  # preview, mapping, then the page after the mapping
        wizard.next()
    return wizard


def _rows(answers) -> list[tuple[str, ...]]:
    t = answers.table
    return [tuple(t.item(r, c).text() for c in range(t.columnCount())) for r in range(t.rowCount())]


def test_the_types_page_asks_once_per_text_and_the_import_keeps_the_answers(qtbot, window, project_path, tmp_path):
    wizard = _to_types_page(qtbot, window, project_path)
    assert wizard.currentPage() is wizard.types_page
    answers = wizard.types_page.answers
    rows = _rows(answers)
    assert [(r[0], r[1]) for r in rows] == [(PROGRAMME, "3"), (ROUND, "2"), (FORUM, "2"), (UNSURE, "1")]
    assert rows[0][2] == "nothing" and rows[3][2] == "Case management (unsure)"
    assert all(r[3] == "(skipped)" for r in rows)
    assert answers.types.count() == 16 and answers.types.item(1).text() == "Mental health and psychosocial support"

    # By keyboard: the first text is case management and psychosocial support; the second is no service
    answers.table.setFocus()
    answers.types.setFocus()
    answers.types.setCurrentRow(0)
    qtbot.keyClick(answers.types, Qt.Key.Key_Space)
    qtbot.keyClick(answers.types, Qt.Key.Key_Down)
    qtbot.keyClick(answers.types, Qt.Key.Key_Space)
    answers.table.setFocus()
    qtbot.keyClick(answers.table, Qt.Key.Key_Down)
    assert answers.current().text == ROUND
    qtbot.keyClick(answers.none, Qt.Key.Key_Space)
    assert answers.answers() == {PROGRAMME: ["case_management", "mhpss"], ROUND: []}
    assert _rows(answers)[0][3] == "Case management, Mental health and psychosocial support"
    assert "2 of 4 texts answered" in answers.summary.text() and "4 row(s) will have no service type" in answers.summary.text()
    wizard.grab().save(str(tmp_path / "types-page.png"))

    # The next pages read the rows with the answers: nothing is written yet
    wizard.next()
    assert wizard.currentPage() is wizard.problems_page
    preview = {s.name: s.service_types for s in wizard.dry_run().services}
    assert preview[PROGRAMME] == ["case_management", "mhpss"] and preview[ROUND] == []
    with Project.open(project_path) as project:
        assert project.counts()["services"] == 0 and project.taxonomy_dict() is None

    # Any row can be marked confidential, not only the rows with a remark
    page = wizard.problems_page
    listed = page.report.proxy.rowCount()
    page.every_row.setChecked(True)
    assert page.report.proxy.rowCount() == 12 > listed
    proxy = page.report.proxy
    plain = next(i for i in range(proxy.rowCount())
                 if not page.report.model.rows[proxy.mapToSource(proxy.index(i, 0)).row()].messages)
    chosen = page.report.model.rows[proxy.mapToSource(proxy.index(plain, 0)).row()]
    page.report.table.selectRow(plain)
    page.mark_confidential()
    assert wizard.confidential == {(chosen.sheet, chosen.row)}

    # The import runs on the worker; the answers are saved with it, under the user's name
    wizard.next()
    assert not wizard.runner.synchronous
    qtbot.waitUntil(lambda: wizard.import_page.done, timeout=LONG)
    with Project.open(project_path) as project:
        types = {}
        for s in project.services():
            types.setdefault(s.name, set()).add(tuple(s.service_types))
        assert types[PROGRAMME] == {("case_management", "mhpss")} and types[ROUND] == {()} and types[FORUM] == {()}
        taught = project.audit(f"phrase:{PROGRAMME}")
        assert [(e["kind"], e["user"]) for e in taught] == [("import", "ana")]
        marked = project.service(next(r.service_id for r in wizard.result.rows if r.row == chosen.row))
        assert marked.confidential and marked.confidential_by == "person"
        decision = next(e for e in project.audit(marked.id) if e["new"] and e["new"].get("confidential_by") == "person")
        assert decision["user"] == "ana"
    page = wizard.import_page
    assert page.untyped.isVisible() and page.untyped.text().startswith("4 service(s) of this list have no type")
    assert WHERE in page.untyped.text()
    page.types_button.click()
    assert window.shown == ["service-types"]

    # The next import of a list with these words asks only what nobody answered
    again = _to_types_page(qtbot, window, project_path, synchronous=True)
    assert [r[0] for r in _rows(again.types_page.answers)] == [FORUM, UNSURE]


def test_a_list_whose_texts_all_have_types_skips_the_page(qtbot, window, project_path):
    wizard = _to_types_page(qtbot, window, project_path, file=DATA / "messy.xlsx", synchronous=True)
    assert wizard.questions == [] and wizard.currentPage() is wizard.problems_page
    wizard.back()
    assert wizard.currentPage() is wizard.mapping_page


def test_tools_service_types_teaches_and_retypes_in_the_background(qtbot, window, project_path, tmp_path):
    from desktop.curation.types_dialog import ServiceTypesDialog

    run_import(ImportRequest(project_path, LIST))
    with Project.open(project_path) as project:  # a person's choice, which re-typing must keep
        kept = next(s for s in project.services() if s.name == PROGRAMME)
        kept.service_types = ["education"]
        with project.change("edit", "chosen in the service editor", user="ben"):
            project.save_service(kept)
    dialog = ServiceTypesDialog(window, project_path=str(project_path))
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.runner.synchronous
    qtbot.waitUntil(lambda: dialog.answers.table.rowCount() > 0, timeout=LONG)
    counts = {r[0]: r[1] for r in _rows(dialog.answers)}
    assert counts == {PROGRAMME: "2", ROUND: "2", FORUM: "2", UNSURE: "1"}  # the one a person typed is not asked
    assert not dialog.teach_button.isEnabled()  # nothing answered yet
    answers = dialog.answers
    answers.table.setCurrentCell(list(counts).index(PROGRAMME), 0)
    answers.types.item(0).setCheckState(Qt.CheckState.Checked)  # case management
    assert dialog.teach_button.isEnabled()
    dialog.grab().save(str(tmp_path / "service-types.png"))
    dialog.teach_button.click()
    qtbot.waitUntil(lambda: "Taught 1 text(s)" in dialog.status.text() and not dialog.runner.running, timeout=LONG)
    assert "2 service(s) got new types" in dialog.status.text()
    assert window.reloads == 1
    qtbot.waitUntil(lambda: PROGRAMME not in [r[0] for r in _rows(dialog.answers)], timeout=LONG)
    with Project.open(project_path) as project:
        types = sorted(tuple(s.service_types) for s in project.services() if s.name == PROGRAMME)
        assert types == [("case_management",), ("case_management",), ("education",)]
        assert [(c.kind, c.user) for c in project.changes()[-2:]] == [("taxonomy", "ana"), ("retype", "ana")]
    dialog.reject()


def _untyped(project, n: int) -> None:
    site, org = project.sites()[0], project.organisations()[0]
    with project.change("test", "services without a type"):
        for i in range(n):
            s = Service(f"Support {i}", org.id, [])
            project.save_service(s)
            project.link(s.id, site.id)


def test_the_coverage_panel_warns_and_sends_the_user_to_service_types(qtbot, window, tmp_path):
    import csv

    from desktop.coverage.panel import GapPanel

    project = small_project(tmp_path / "p.gpkg", n_services=3, confidential=False)
    _untyped(project, 4)
    population = tmp_path / "pop.csv"
    with population.open("w", newline="") as f:
        csv.writer(f).writerows([["ADM2_PCODE", "T_TL"], ["BD2022", 100000], ["BD2084", 50000]])
    window.project = project
    panel = GapPanel(window)
    qtbot.addWidget(panel)
    panel.population.setText(str(population))
    panel.types.set_checked(["legal_aid"])
    panel.resize(460, 540)
    panel.show()
    assert panel.warnings.isHidden()
    panel.run()
    assert panel.warnings.isVisible()  # said at once, beside the run, which goes on
    text = panel.warnings.text.text()
    assert text.startswith("No service has the type Legal aid here, but 4 service(s) have no type and may be of it: "
                           f"see {WHERE} to give them types.")
    assert "2 areas have services none of which is verified: Cox's Bazar (BD2022), Rangamati (BD2084)." in text
    qtbot.waitUntil(lambda: "Done" in panel.status.text(), timeout=LONG)
    panel.grab().save(str(tmp_path / "gaps-warned.png"))
    panel.warnings.types_button.click()
    assert window.shown == ["service-types"]
    panel.results.map.setUrl("about:blank")
    panel.close()
    qtbot.wait(300)
    project.close()


def test_the_pathways_window_warns_for_its_areas_and_steps(qtbot, window, tmp_path):
    from desktop.pathways.panel import PathwayPanel
    from tests.pathway_fixtures import pathway_project

    project = pathway_project(tmp_path / "p.gpkg")
    window.project = project
    panel = PathwayPanel(window)
    panel.show()
    assert panel.warnings.isHidden()
    with project.change("test", "a service without a type in district A"):
        site = next(s for s in project.sites() if s.admin_pcodes.get(2) == "BDX01")
        s = Service("Support desk", project.organisations()[0].id, [])
        project.save_service(s)
        project.link(s.id, site.id)
    panel.choose_areas(["BDX01"])
    loaded = []
    panel.preview.loadFinished.connect(loaded.append)
    panel.refresh_preview()  # built on the worker; the warnings come with it
    qtbot.waitUntil(lambda: bool(loaded), timeout=LONG)
    assert panel.warnings.isVisible()
    # the steps left empty; not the helpline, which serves the whole division from elsewhere
    assert panel.warnings.text.text().startswith(
        "No service has the type Police, Mental health and psychosocial support, Legal aid, Justice and courts, "
        f"Education, Child-friendly space here, but 1 service(s) have no type and may be of it: see {WHERE} to give "
        "them types.")
    panel.grab().save(str(tmp_path / "pathways-warned.png"))
    panel.choose_areas([])
    panel.refresh_preview()
    assert panel.warnings.isHidden()
    panel.close()
    panel.deleteLater()
    qtbot.wait(300)
    project.close()


def test_the_warnings_name_the_menu_as_the_main_window_shows_it(qtbot, tmp_path):
    from desktop.window.main_window import MainWindow
    from directory.checks import TYPE_HINT

    assert menu_path("service-types") == WHERE and WHERE in TYPE_HINT  # the command line's words too
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    win = MainWindow(settings, synchronous_map=True)
    tools = next(a.menu() for a in win.menuBar().actions() if a.text() == "&Tools")
    shown = [a.text().replace("&", "") for a in tools.actions()]
    assert WHERE.split(" › ")[1] in shown and "Tools" == WHERE.split(" › ")[0]
    win.close()
    win.deleteLater()
    qtbot.wait(300)
