"""Opening a project reads its services in a worker thread, the window's events turning meanwhile.

A national project (100,000 services) took 9–13 s of the main thread to open: the window froze and
could not be cancelled. These tests slow the real reading down (a pause in ``Project.listing``) so
that what happens during it can be seen: where it runs, that the window keeps drawing, that
Cancel keeps the project that was open, that a second open is refused, and that an error
raised in the worker comes back to the window.
"""

from __future__ import annotations

import threading
import time

import pytest
from PySide6 import QtWebEngineWidgets  # noqa: F401 - before the QApplication
from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths, Qt, QTimer

QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
QStandardPaths.setTestModeEnabled(True)

from directory.store import Project  # noqa: E402
from tests.helpers import small_project  # noqa: E402

PAUSE_S = 1.0


@pytest.fixture
def window(qtbot, tmp_path):
    from desktop.settings import Settings
    from desktop.window.main_window import MainWindow

    win = MainWindow(Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)))
    win.show()
    yield win
    win.close_project()
    win.close()
    win.deleteLater()
    qtbot.wait(300)


@pytest.fixture
def slow_listing(monkeypatch):
    """``Project.listing`` as it is, after a pause; records the thread each reading ran in."""
    threads: list[str] = []
    listing = Project.listing

    def slow(self, *args, **kwargs):
        threads.append(threading.current_thread().name)
        time.sleep(PAUSE_S)
        return listing(self, *args, **kwargs)

    monkeypatch.setattr(Project, "listing", slow)
    return threads


def ticking() -> tuple[QTimer, list[float]]:
    """A main-thread timer every 50 ms, and when each tick came."""
    ticks: list[float] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start(50)
    return timer, ticks


def test_the_services_are_read_in_a_worker_while_the_window_keeps_drawing(window, tmp_path, slow_listing, told):
    small_project(tmp_path / "p.gpkg", n_services=5).close()
    timer, ticks = ticking()
    started = time.perf_counter()
    assert window.open_project(tmp_path / "p.gpkg")
    timer.stop()
    assert slow_listing == ["servicemap-task"]  # not the main thread
    during = [t for t in ticks if t - started < PAUSE_S]
    assert len(during) >= PAUSE_S / 0.05 / 2, f"the window's events turned {len(during)} times in {PAUSE_S} s"
    assert window.services_panel.model.rowCount() == 5
    assert window.project is not None and window.project.path == tmp_path / "p.gpkg"
    assert "5 services at 5 sites, 4 on the map" in window.summary.text()  # the counts read with it; no safe house
    assert told == []


def test_cancel_keeps_the_project_that_was_open(window, tmp_path, slow_listing, qtbot):
    from PySide6.QtWidgets import QProgressDialog, QPushButton

    small_project(tmp_path / "first.gpkg", n_services=3).close()
    small_project(tmp_path / "second.gpkg", n_services=7).close()
    assert window.open_project(tmp_path / "first.gpkg")
    seen: list[bool] = []

    def cancel() -> None:
        dialog = next(d for d in window.findChildren(QProgressDialog) if d.isVisible())
        seen.append(dialog.labelText())
        dialog.findChild(QPushButton).click()  # as the person does

    QTimer.singleShot(int(PAUSE_S * 1000 * 0.7), cancel)  # after the dialog's 400 ms, before the reading ends
    assert window.open_project(tmp_path / "second.gpkg") is False
    assert seen == ["Opening second.gpkg…"]
    assert window.project.path == tmp_path / "first.gpkg"
    assert window.services_panel.model.rowCount() == 3
    assert window.settings.recent_projects()[0] == tmp_path / "first.gpkg"
    qtbot.waitUntil(lambda: len(slow_listing) == 2 and not window.opener.running)


def test_a_second_open_while_one_is_read_is_refused(window, tmp_path, slow_listing):
    small_project(tmp_path / "first.gpkg", n_services=3).close()
    small_project(tmp_path / "second.gpkg", n_services=7).close()
    answers: list[bool] = []
    QTimer.singleShot(200, lambda: answers.append(window.open_project(tmp_path / "second.gpkg")))
    assert window.open_project(tmp_path / "first.gpkg")
    assert answers == [False]
    assert window.project.path == tmp_path / "first.gpkg" and window.services_panel.model.rowCount() == 3
    assert window.statusBar().currentMessage() == "A project is still being opened; open second.gpkg when it is open."


def test_an_error_in_the_worker_comes_back_to_the_window(window, tmp_path, monkeypatch, told):
    small_project(tmp_path / "p.gpkg").close()

    def broken(self, *args, **kwargs):
        raise RuntimeError("listing broke")

    monkeypatch.setattr(Project, "listing", broken)
    with pytest.raises(RuntimeError, match="listing broke"):
        window.open_project(tmp_path / "p.gpkg")
    assert window.project is None and told == []


def test_a_project_that_cannot_be_opened_is_said_once_from_the_worker(window, tmp_path, told):
    damaged = tmp_path / "damaged.gpkg"
    small_project(damaged).close()
    data = bytearray(damaged.read_bytes())
    data[4096 * 3: 4096 * 3 + 2048] = b"\xff" * 2048  # a page of a table overwritten
    damaged.write_bytes(bytes(data))
    assert window.open_project(damaged) is False
    assert len(told) == 1 and told[0].startswith("critical: ") and "damaged" in told[0] and "Traceback" not in told[0]
    assert window.project is None


def test_the_rows_made_in_the_worker_are_the_rows_the_table_would_make(window, tmp_path):
    from desktop.curation.services_model import RowTexts, area_search_names
    from directory.type_labels import ServiceTypes

    small_project(tmp_path / "p.gpkg", n_services=6).close()
    assert window.open_project(tmp_path / "p.gpkg")
    model, project = window.services_panel.model, window.project
    texts = RowTexts(ServiceTypes.for_project(project, "en").label, area_search_names(project.admin_areas()))
    listing = project.listing()
    display, search = texts.rows(listing)
    row_of = {s.id: i for i, s in enumerate(listing)}
    assert model.rowCount() == 6
    for row in range(model.rowCount()):
        i = row_of[model.listing(row).id]
        assert [model.index(row, c).data() for c in range(model.columnCount())] == display[i]
        assert model.search_text(row) == search[i]
        assert "cox's bazar" in search[i] or "rangamati" in search[i]  # the areas' names, from the worker
    assert {model.index(r, 10).data() for r in range(6)} == {"Confidential", "Placed"}  # the safe house, the rest
