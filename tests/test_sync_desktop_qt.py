"""The shared directory in the desktop, with real worker threads and a real server: File ▸ Open a
shared directory…, the status bar's sync button, another person's change arriving by itself,
conflicts side by side."""

from __future__ import annotations

import json

import pytest

# QtWebEngine must be imported, and these attributes set, before pytest-qt creates the QApplication.
from PySide6 import QtWebEngineWidgets  # noqa: F401
from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths, Qt

QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_UseSoftwareOpenGL)
QStandardPaths.setTestModeEnabled(True)

from desktop.settings import Settings  # noqa: E402
from directory import copy_store  # noqa: E402
from directory.server import sync  # noqa: E402
from directory.store import Project  # noqa: E402
from tests.pg_server import pg_admin_url, pg_database  # noqa: E402, F401
from tests.sync_helpers import make_project  # noqa: E402


@pytest.fixture
def window(qtbot, tmp_path, qapp):
    from desktop.window.main_window import MainWindow

    win = MainWindow(Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)))
    yield win
    win.sharing.bar._stop_listening()
    win.close()
    win.deleteLater()
    qtbot.wait(300)


@pytest.fixture
def shared(tmp_path, pg_database):
    small = make_project(tmp_path / "origin.gpkg")
    with Project.open(small.path) as project:
        sync.share(project, pg_database)
    return small, pg_database


def _edit(path, service_id, **values):
    with Project.open(path) as project:
        svc = project.service(service_id)
        for k, v in values.items():
            setattr(svc, k, v)
        with project.change("edit"):
            project.save_service(svc)
        sync.sync(project)


def test_open_a_shared_directory_then_hear_and_take_another_persons_change(qtbot, window, shared, tmp_path):
    small, url = shared
    texts = [a.text() for a in window.menuBar().actions()[0].menu().actions()]
    assert "&Share this project…" in texts and "Open a s&hared directory…" in texts
    window.sharing.open_shared(url, tmp_path / "district.gpkg", ["BD2015"])
    qtbot.waitUntil(lambda: window.project is not None and window.project.path.name == "district.gpkg", timeout=20000)
    bar = window.sharing.bar
    assert not bar.isHidden() and "Last sync" in bar.status.text() and "0 change(s) waiting" in bar.status.text()
    target = small.services[0]
    _edit(small.path, target.id, schedule_text="Open on Fridays too")  # another person, elsewhere
    qtbot.waitUntil(lambda: any(s.schedule_text == "Open on Fridays too" for s in window.project.services()),
                    timeout=15000)
    window.grab().save(str(tmp_path / "shared-window.png"))


def test_the_sync_button_and_conflicts_side_by_side(qtbot, window, shared, tmp_path):
    from desktop.sharing.conflicts_dialog import ConflictsDialog

    small, url = shared
    copy, _ = sync.clone(url, tmp_path / "mine.gpkg")
    copy.close()
    window.open_project(tmp_path / "mine.gpkg")
    bar = window.sharing.bar
    bar._stop_listening()  # this test presses the button itself
    target = small.services[1]
    with Project.open(tmp_path / "mine.gpkg") as project:
        svc = project.service(target.id)
        svc.schedule_text = "Mine: mornings"
        with project.change("edit"):
            project.save_service(svc)
    window.reload_project()
    assert "1 change(s) waiting" in bar.status.text()
    _edit(small.path, target.id, schedule_text="Theirs: evenings")
    qtbot.mouseClick(bar.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bar.button.isEnabled() and not bar.conflicts_button.isHidden(), timeout=15000)
    assert bar.conflicts_button.text() == "1 conflict(s)"
    dialog = ConflictsDialog(window)
    qtbot.addWidget(dialog)
    row = [dialog.table.item(0, c).text() for c in range(4)]
    assert row[1] == "opening hours" and row[2].startswith("Theirs: evenings") and row[3].startswith("Mine: mornings")
    dialog.grab().save(str(tmp_path / "conflicts.png"))
    dialog.table.cellWidget(0, 4).setCurrentIndex(1)  # keep mine
    dialog.buttons.accepted.emit()
    qtbot.mouseClick(bar.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bar.button.isEnabled() and bar.conflicts_button.isHidden(), timeout=15000)
    with Project.open(small.path) as origin:
        sync.sync(origin)
        assert origin.service(target.id).schedule_text == "Mine: mornings"
        assert copy_store.conflicts(origin) == []
