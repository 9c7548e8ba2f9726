"""A whole day in the desktop, as a new user lives it, with the real worker threads throughout.

New project from the demo's boundary files → import the demo list with the wizard (which then
places its sites by name) → review a location → coverage gaps → suggested sites → a pathway
preview → print it to PDF → export the pathways → quit. Any error dialog, any exception raised
in a slot or a task callback, fails the test.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6 import QtWebEngineWidgets  # noqa: F401 - before the QApplication
from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_UseSoftwareOpenGL)
QStandardPaths.setTestModeEnabled(True)

import resources  # noqa: E402
from desktop.settings import Settings  # noqa: E402
from directory.store import Project  # noqa: E402
from importers.teach import own_taxonomy  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
POPULATION = REPO / "resources" / "demo" / "population" / "chattogram_adm3_population_ILLUSTRATIVE.csv"
BOUNDARIES = [resources.path(f"demo/bgd_adm{level}.geojson") for level in (1, 2, 3)]
SERVICE_LIST = resources.path("demo/chattogram_services.xlsx")
LONG = 180_000  # ms: a busy 2-core machine shared by others


class Watch:
    """Every message box and every uncaught exception while the day runs."""

    def __init__(self, monkeypatch):
        self.dialogs: list[str] = []
        self.exceptions: list[str] = []
        for name in ("critical", "warning", "information", "question"):
            monkeypatch.setattr(QMessageBox, name, self._static(name))
        previous = sys.excepthook
        monkeypatch.setattr(sys, "excepthook", lambda *exc: (self.exceptions.append(repr(exc[1])), previous(*exc)))
        self.timer = QTimer()
        self.timer.timeout.connect(self._open_boxes)  # boxes shown with exec() rather than the static calls
        self.timer.start(200)

    def _static(self, name):
        def box(parent, title, text, *args, **kwargs):
            self.dialogs.append(f"{name}: {title}: {text}")
            return QMessageBox.StandardButton.No if name == "question" else QMessageBox.StandardButton.Ok

        return box

    def _open_boxes(self) -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QMessageBox) and widget.isVisible():
                self.dialogs.append(f"box: {widget.windowTitle()}: {widget.text()}")
                widget.close()

    def check(self) -> None:
        assert self.dialogs == [] and self.exceptions == []


@pytest.fixture
def watch(monkeypatch):
    w = Watch(monkeypatch)
    yield w
    w.timer.stop()


@pytest.mark.slow
def test_a_whole_day_with_real_threads(qtbot, tmp_path, watch):
    from PySide6.QtPrintSupport import QPrinter

    from desktop.window.main_window import MainWindow

    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    window = MainWindow(settings)
    window.resize(1280, 720)
    window.show()
    qtbot.waitExposed(window)
    assert window.pages.currentWidget() is window.start_page

    # 1. A new project from the boundary files
    window.start_page.new_button.click()
    dialog = window.panels["new-project"]
    dialog.add_paths(BOUNDARIES)
    qtbot.waitUntil(lambda: dialog.boundaries is not None, timeout=LONG)
    for row, name in enumerate(["Division", "District", "Upazila"]):
        dialog.levels.item(row, 1).setText(name)
    dialog.path.setText(str(tmp_path / "cxb.gpkg"))
    with qtbot.waitSignal(window.projectChanged, timeout=LONG):
        dialog.create_button.click()
    assert window.project.path == tmp_path / "cxb.gpkg" and window.project.counts()["services"] == 0
    watch.check()

    # 2. Import the list; the wizard then places its sites by name
    wizard = window.show_panel("import")
    assert not wizard.runner.synchronous
    wizard.file_page.path.setText(str(SERVICE_LIST))
    taught = {}
    while wizard.currentPage() is not wizard.import_page:
        if wizard.currentPage() is wizard.types_page:  # the texts it is unsure of: confirm the first one's types
            answers = wizard.types_page.answers
            codes = answers.current().guessed or ["case_management"]
            for item in (answers.types.item(i) for i in range(answers.types.count())):
                if item.data(Qt.ItemDataRole.UserRole) in codes:
                    item.setCheckState(Qt.CheckState.Checked)
            taught = answers.answers()
            assert {t: set(c) for t, c in taught.items()} == {answers.current().text: set(codes)}
        wizard.next()
    qtbot.waitUntil(lambda: wizard.import_page.done, timeout=LONG)
    with Project.open(window.project.path) as project:  # the answer is the project's now
        assert all(own_taxonomy(project).phrase(text) == tuple(codes) for text, codes in taught.items())
    message = wizard.import_page.message.text()
    assert "placed on the map by name" in message, message
    qtbot.waitUntil(lambda: window.project is not None and window.project.counts()["services"] > 0, timeout=LONG)
    services = window.project.counts()["services"]
    assert window.services_panel.proxy.rowCount() > 0
    watch.check()

    # 3. Review locations lists what waits (as the wizard said), and runs the geocoder again
    review = window.show_panel("review")
    wizard.accept()
    assert f"{len(review.items)} wait for review" in message
    if review.items:
        review.table.selectRow(0)
        review.accept()
    review.run_button.click()
    qtbot.waitUntil(lambda: review.hint.text().startswith("Placed"), timeout=LONG)
    watch.check()

    # 4. Coverage gaps, then suggested sites
    gaps = window.show_panel("gaps").widget()
    assert not gaps.runner.synchronous
    gaps.population.setText(str(POPULATION))
    gaps.types.set_checked(["case_management"])
    gaps.run()
    qtbot.waitUntil(lambda: "case_management" in gaps.results.outcomes and not gaps.runner.running, timeout=LONG)
    outcome = gaps.results.outcomes["case_management"]
    assert outcome.run_id is not None and outcome.result.totals()["analysed"] > 0
    gaps.suggest()
    qtbot.waitUntil(lambda: not gaps.runner.running and bool(gaps.results.outcome().sites), timeout=LONG)
    assert len(gaps.results.outcome().sites) == gaps.add.value()
    watch.check()

    # 5. A pathway: preview, print to PDF, export
    pathways = window.show_panel("pathways")
    assert not pathways.runner.synchronous
    districts = [pathways.areas.item(i).data(Qt.ItemDataRole.UserRole) for i in range(pathways.areas.count())]
    cox = next(p for p in districts if p.startswith("BD20"))  # a district of the Chattogram division
    with qtbot.waitSignal(pathways.preview.loadFinished, timeout=LONG):
        pathways.choose_areas([cox])
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    with qtbot.waitSignal(pathways.printed, timeout=LONG) as printed:
        pathways.print_to(printer)
    assert printed.args == [True] and (tmp_path / "printed.pdf").read_bytes().startswith(b"%PDF")
    with qtbot.waitSignal(pathways.exported, timeout=LONG) as exported:
        pathways.export(tmp_path / "pathways.pdf", "pdf")
    assert exported.args == [[tmp_path / "pathways.pdf"]] and (tmp_path / "pathways.pdf").read_bytes().startswith(b"%PDF")
    watch.check()

    # 6. Quit: every window closes
    assert window.project.counts()["services"] == services
    window.quit_action.trigger()
    qtbot.wait(300)
    assert [w for w in QApplication.topLevelWidgets() if w.isVisible()] == []
    watch.check()
    window.deleteLater()
    pathways.deleteLater()
    qtbot.wait(500)


@pytest.mark.qt_no_exception_capture  # the day keeps pytest-qt's capture too; here only the watch is tested
def test_the_watch_fails_on_a_dialog_or_an_uncaught_exception(qtbot, watch):
    """A test of the test: each kind of trouble the day would meet is seen."""
    QMessageBox.warning(None, "Referral pathways", "SQLite objects created in a thread …")
    box = QMessageBox(QMessageBox.Icon.Critical, "ServiceMap", "unexpected problem")
    box.open()  # shown without the static call
    qtbot.waitUntil(lambda: len(watch.dialogs) == 2, timeout=5000)
    try:
        raise RuntimeError("in a slot")
    except RuntimeError as exc:
        sys.excepthook(type(exc), exc, exc.__traceback__)
    assert watch.exceptions == ["RuntimeError('in a slot')"]
    with pytest.raises(AssertionError):
        watch.check()
    watch.dialogs.clear()
    watch.exceptions.clear()
