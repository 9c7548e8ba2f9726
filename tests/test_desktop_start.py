"""Starting from nothing and closing: the first-run choice, File ▸ New project, the demo, and quitting.

Every task here runs on the real thread pool (as the user gets it).
"""

from __future__ import annotations

import threading
import zipfile
from pathlib import Path

import pytest
from PySide6 import QtWebEngineWidgets  # noqa: F401 - before the QApplication
from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_UseSoftwareOpenGL)
QStandardPaths.setTestModeEnabled(True)

from desktop.settings import Settings  # noqa: E402
from directory.store import Project  # noqa: E402
from tests.test_boundaries import write_cod  # noqa: E402

SHOTS = Path(__file__).resolve().parents[1] / "docs"


@pytest.fixture
def settings(tmp_path):
    return Settings(QSettings(str(tmp_path / "settings" / "servicemap.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def window(qtbot, settings):
    from desktop.window.main_window import MainWindow

    win = MainWindow(settings)
    win.resize(1280, 720)
    win.show()
    qtbot.waitExposed(win)
    yield win
    for panel in list(win.panels.values()):
        panel.close()
    win.close()
    win.deleteLater()
    qtbot.wait(300)


def visible_windows() -> list:
    return [w for w in QApplication.topLevelWidgets() if w.isVisible() and w.isWindow()]


def test_the_first_run_offers_a_new_project_or_the_demo(window, tmp_path):
    assert window.project is None
    assert window.pages.currentWidget() is window.start_page
    page = window.start_page
    assert page.new_button.isVisible() and page.demo_button.isVisible()
    menu = [a.text() for a in window.menuBar().actions()[0].menu().actions()]
    assert menu[:2] == ["&New project…", "Open the &demo project"]
    window.grab().save(str(tmp_path / "first-run.png"))


def test_new_project_from_a_folder_shows_the_levels_and_creates_it(window, qtbot, tmp_path):
    from desktop.window.new_project import NewProjectDialog

    folder = tmp_path / "cod"
    folder.mkdir()
    write_cod(folder)
    (folder / "readme.txt").write_text("boundaries from OCHA", encoding="utf-8")
    window.new_project()
    dialog = window.panels["new-project"]
    assert isinstance(dialog, NewProjectDialog) and not dialog.runner.synchronous
    dialog.add_paths([folder])
    qtbot.waitUntil(lambda: dialog.boundaries is not None, timeout=30000)
    levels = {dialog.levels.item(r, 0).text(): dialog.levels.item(r, 2).text() for r in range(dialog.levels.rowCount())}
    assert levels == {"1": "1", "2": "2", "3": "4"}
    assert "Chattogram" in dialog.levels.item(1, 3).text()
    assert dialog.country.text() == "BGD"
    for row, name in enumerate(["Division", "District", "Upazila"]):
        dialog.levels.item(row, 1).setText(name)
    dialog.path.setText(str(tmp_path / "new.gpkg"))
    assert dialog.create_button.isEnabled()
    dialog.grab().save(str(tmp_path / "new-project.png"))
    with qtbot.waitSignal(window.projectChanged, timeout=30000):
        dialog.create()
    assert window.project is not None and window.project.path == tmp_path / "new.gpkg"
    assert window.project.admin_level_names() == {1: "Division", 2: "District", 3: "Upazila"}
    assert window.pages.currentWidget() is window.splitter
    assert not dialog.isVisible()


def test_new_project_from_a_zip_and_what_it_refuses(window, qtbot, tmp_path, monkeypatch):
    from desktop.window.new_project import NewProjectDialog

    files = write_cod(tmp_path)
    with zipfile.ZipFile(tmp_path / "cod.zip", "w") as z:
        for f in files:
            z.write(f, f.name)
    dialog = NewProjectDialog(window, folder=tmp_path)
    qtbot.addWidget(dialog)
    dialog.add_paths([tmp_path / "cod.zip"])
    qtbot.waitUntil(lambda: dialog.boundaries is not None, timeout=30000)
    assert dialog.levels.rowCount() == 3 and dialog.path.text() == str(tmp_path / "bgd-services.gpkg")
    dialog.path.setText(str(tmp_path / "notes.txt"))
    dialog.create()
    assert "a project file ends in .gpkg" in dialog.status.text() and "Project file" in dialog.status.text()
    (tmp_path / "taken.gpkg").write_bytes(b"x")
    dialog.path.setText(str(tmp_path / "taken.gpkg"))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    dialog.create()
    assert (tmp_path / "taken.gpkg").read_bytes() == b"x" and not dialog.runner.running
    dialog.add_paths([tmp_path / "nowhere.geojson"])
    qtbot.waitUntil(lambda: "no such file" in dialog.status.text(), timeout=30000)
    assert dialog.boundaries is None and not dialog.create_button.isEnabled()


def test_new_project_has_room_for_a_long_level_name(window, qtbot, tmp_path):
    """The "Called" column was as narrow as "Admin level 1": a longer name typed in ("Union / Municipality")
    was cut. It has room for such a name from the start, and grows for a longer one."""
    from desktop.window.new_project import NewProjectDialog

    files = write_cod(tmp_path)
    dialog = NewProjectDialog(window, folder=tmp_path)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.add_paths(files)  # read on the dialog's worker thread
    qtbot.waitUntil(lambda: dialog.boundaries is not None, timeout=30000)
    table = dialog.levels
    metrics = table.fontMetrics()
    assert table.columnWidth(1) > metrics.horizontalAdvance("Union / Municipality") + 6  # a cell's margins
    longer = "Union Parishad / Pourashava ward"
    table.item(2, 1).setText(longer)  # as typed in: the item changes
    assert table.columnWidth(1) > metrics.horizontalAdvance(longer) + 6
    assert longer in dialog.request().level_names
    assert table.columnWidth(3) > 100  # the examples keep room
    dialog.grab().save(str(tmp_path / "new-project.png"))


def test_open_the_demo_builds_it_once_in_the_background(window, qtbot, settings):
    with qtbot.waitSignal(window.projectChanged, timeout=120000):
        window.start_page.demo_button.click()
        assert window.tasks.running and not window.start_page.demo_button.isEnabled()
    assert window.project.path == settings.demo_folder() / "servicemap-demo.gpkg"
    assert window.project.counts()["placed on the map"] > 0
    built = window.project.path.stat().st_mtime
    window.close_project()
    assert window.pages.currentWidget() is window.start_page
    window.open_demo()  # already there: opened at once, not rebuilt
    assert window.project is not None and window.project.path.stat().st_mtime == built


def test_ctrl_q_closes_every_window(window, qtbot, tmp_path):
    from tests.pathway_fixtures import pathway_project

    pathway_project(tmp_path / "p.gpkg").close()
    window.open_project(tmp_path / "p.gpkg")
    pathways = window.show_panel("pathways")
    assert pathways.isWindow() and pathways.parent() is None  # its own window, which kept the app alive
    assert pathways in visible_windows()
    window.quit_action.trigger()
    assert visible_windows() == []


def _an_import_held_open(window, tmp_path, monkeypatch):
    """An import running in the wizard on its worker thread, held until ``release`` is set; the user's
    answers to the questions asked are No, then Yes. Returns (wizard, questions asked, messages, release)."""
    import desktop.importing.wizard as wizard_module
    from tests.helpers import small_project

    small_project(tmp_path / "p.gpkg", n_services=0).close()
    window.open_project(tmp_path / "p.gpkg")
    started, release = threading.Event(), threading.Event()
    real = wizard_module.run_import

    def held(request, *, progress, cancelled):  # the import waits until the test has tried to quit or close
        started.set()
        release.wait(20)
        return real(request, progress=progress, cancelled=cancelled)

    monkeypatch.setattr(wizard_module, "run_import", held)
    asked, told = [], []
    answers = iter([QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or next(answers))
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: told.append(a[2]))
    wizard = window.show_panel("import")
    wizard.file_page.path.setText(str(Path(__file__).parent / "data" / "import" / "messy.xlsx"))
    for _ in range(4):
        wizard.next()
    assert started.wait(10) and wizard.busy
    return wizard, asked, told, release


def test_quitting_during_an_import_asks_and_says_what_was_rolled_back(window, qtbot, tmp_path, monkeypatch):

    wizard, asked, told, release = _an_import_held_open(window, tmp_path, monkeypatch)
    window.close()  # the user says No: nothing stops
    assert asked == ["The import of messy.xlsx is still running. Cancel it and quit?"]
    assert window.isVisible() and wizard.busy
    window.quit_action.trigger()  # and then Yes
    release.set()
    assert len(asked) == 2 and told and "messy.xlsx was rolled back" in told[0]
    assert visible_windows() == []
    qtbot.waitUntil(lambda: not wizard.runner.running, timeout=5000)
    qtbot.wait(1500)  # the task notices, rolls back and ends
    with Project.open(tmp_path / "p.gpkg") as project:
        assert project.counts()["services"] == 0


def test_quitting_during_a_pathway_export_asks_first(window, qtbot, tmp_path, monkeypatch):
    """Ctrl+Q just after Export… used to close the Pathways window and drop the export with no word."""
    import pathways.request as pathways_request
    from tests.pathway_fixtures import pathway_project

    pathway_project(tmp_path / "p.gpkg").close()
    window.open_project(tmp_path / "p.gpkg")
    started, release = threading.Event(), threading.Event()
    real = pathways_request.build

    def held(request, **kwargs):  # the export's pathways wait until the test has tried to quit
        if request.out is not None:
            started.set()
            release.wait(20)
        return real(request, **kwargs)

    monkeypatch.setattr(pathways_request, "build", held)
    asked, told = [], []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.No)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: told.append(a[2]))
    panel = window.show_panel("pathways")
    assert not panel.export_runner.synchronous
    panel.choose_areas(["BDX01"])
    panel.export(tmp_path / "alpha.csv", "csv")
    assert started.wait(10)
    window.quit_action.trigger()  # the user says No: the export goes on
    assert asked == ["The export of the pathways is still running. Cancel it and quit?"]
    assert window.isVisible() and panel.isVisible()
    with qtbot.waitSignal(panel.exported, timeout=30000):
        release.set()
    assert (tmp_path / "alpha.csv").exists()


def test_quitting_right_after_ticking_an_area(window, qtbot, tmp_path):
    """The preview is redrawn a moment after a tick; quitting within that moment left the timer running on
    a closed project: "'NoneType' object has no attribute 'path'" raised in its slot."""
    from tests.pathway_fixtures import pathway_project

    pathway_project(tmp_path / "p.gpkg").close()
    window.open_project(tmp_path / "p.gpkg")
    panel = window.show_panel("pathways")
    panel.choose_areas(["BDX01"])  # the redraw is due in 400 ms
    window.quit_action.trigger()
    qtbot.wait(1200)  # pytest-qt fails the test on an exception raised in a slot meanwhile
    assert window.project is None and not panel.runner.running and visible_windows() == []


def test_closing_the_project_during_an_import_asks_first(window, qtbot, tmp_path, monkeypatch):
    """File ▸ Close project (or opening another) during an import used to close it under the import: the
    import went on, then placing its sites raised "expected str … not NoneType" and the wizard said
    "Placing the new sites…" for ever. It now asks, like quitting."""

    import gc

    gc.collect()  # the earlier tests' widgets go here, on the main thread, not in a worker's collection
    wizard, asked, _, release = _an_import_held_open(window, tmp_path, monkeypatch)
    window.close_action.trigger()  # No: the project stays open, the import goes on
    if not asked:
        release.set()  # let the held import end, so the test fails rather than hangs
    assert asked == ["The import of messy.xlsx is still running. Cancel it and close the project?"]
    assert window.project is not None and wizard.busy
    release.set()
    qtbot.waitUntil(lambda: wizard.import_page.done, timeout=60000)  # imported, and its sites placed
    assert "placed on the map by name" in wizard.import_page.message.text()
    with Project.open(tmp_path / "p.gpkg") as project:
        assert project.counts()["services"] > 0
    window.close_action.trigger()  # nothing runs now: no question
    assert len(asked) == 1 and window.project is None


def test_the_chosen_language_is_the_default_locale(qapp, tmp_path):
    """Second tryout, finding 8: preferences/language chose the translations but not QLocale, so numbers
    kept the system's separators; the language chosen is now the default locale too."""
    from PySide6.QtCore import QCoreApplication, QLocale, QSettings

    from desktop.app import start_application
    from desktop.settings import Settings

    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    settings.set("preferences/language", "es")
    before = QLocale()
    try:
        _app, _settings, translators = start_application(settings)
        assert QLocale().language() == QLocale.Language.Spanish
        assert QLocale().toString(1234567) == "1.234.567"
        assert QCoreApplication.translate("MainWindow", "&File") == "&Archivo"
    finally:
        for translator in translators:
            QCoreApplication.removeTranslator(translator)
        QLocale.setDefault(before)


def test_the_language_chosen_in_the_view_menu_is_used_at_the_next_start(window, qtbot, tmp_path, monkeypatch):
    """Second tryout, finding 7: no menu offered a language; a Spanish user on an English laptop could
    not get Spanish. View ▸ Language lists each language under its own name, saves the choice, says it
    applies at the next start, and the next start is in that language."""
    from PySide6.QtCore import QLocale

    from desktop.app import start_application
    from desktop.window.main_window import MainWindow

    said = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: said.append(a[2]))
    view = next(a.menu() for a in window.menuBar().actions() if a.text() == "&View")
    language = next(a.menu() for a in view.actions() if a.menu() is not None and a.text() == "&Language")
    names = [a.text() for a in language.actions()]
    assert names == ["System default", "English", "Français", "Español", "العربية", "বাংলা"]
    assert language.actions()[0].isChecked()  # nothing chosen yet: the system's language
    language.actions()[3].trigger()
    assert said == ["Español will be used the next time ServiceMap starts. Close ServiceMap and open it again "
                    "to change the language now."]
    again = Settings(QSettings(str(tmp_path / "settings" / "servicemap.ini"), QSettings.Format.IniFormat))
    assert again.get("preferences/language") == "es"  # in the file

    before = QLocale()
    translators = []
    try:
        _app, _settings, translators = start_application(again)  # the next start
        assert QLocale().language() == QLocale.Language.Spanish
        second = MainWindow(again)
        qtbot.addWidget(second)
        menus = [a.text() for a in second.menuBar().actions()]
        assert menus[0] == "&Archivo"
        view = next(a.menu() for a in second.menuBar().actions() if a.text() == "&Ver")
        chosen = [a.text() for a in view.actions()[-1].menu().actions() if a.isChecked()]
        assert chosen == ["Español"]
        second.close()
    finally:
        for translator in translators:
            QCoreApplication.removeTranslator(translator)
        QLocale.setDefault(before)
