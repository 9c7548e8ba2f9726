"""The shared directory in the desktop, with real worker threads and a real server: File ▸ Open a
shared directory…, the status bar's sync button, another person's change arriving by itself,
conflicts side by side."""

from __future__ import annotations


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
from tests.pg_server import add_person, pg_admin_url, pg_database  # noqa: E402, F401
from tests.sync_helpers import shared  # noqa: E402, F401


@pytest.fixture
def window(qtbot, tmp_path, qapp):
    from desktop.window.main_window import MainWindow

    win = MainWindow(Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)))
    yield win
    win.sharing.bar._stop_listening()
    win.close()
    win.deleteLater()
    qtbot.wait(300)



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
    row = [dialog.review.table.item(0, c).text() for c in range(4)]
    assert row[1] == "opening hours" and row[2].startswith("Theirs: evenings") and row[3].startswith("Mine: mornings")
    dialog.grab().save(str(tmp_path / "conflicts.png"))
    dialog.review.table.cellWidget(0, 4).setCurrentIndex(1)  # keep mine
    dialog.buttons.accepted.emit()
    qtbot.mouseClick(bar.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bar.button.isEnabled() and bar.conflicts_button.isHidden(), timeout=15000)
    with Project.open(small.path) as origin:
        sync.sync(origin)
        assert origin.service(target.id).schedule_text == "Mine: mornings"
        assert copy_store.conflicts(origin) == []


def test_the_sync_button_asks_for_the_password_and_says_when_it_is_wrong(qtbot, window, shared, tmp_path, monkeypatch):
    """A server login with a password that is in no password file: the prompt appears, a wrong
    password is said to be wrong, the right one syncs (real worker threads, a real server)."""
    from directory.server import connect, migrate
    from tests.pg_server import database_url

    small, url = shared
    migrate.add_member(url, "amina_pw", "coordinator", password="right horse battery")
    person = database_url(url, url.rsplit("/", 1)[1], "amina_pw")
    monkeypatch.setattr(connect, "keyring_password", lambda url: None)  # no system keyring on this machine
    copy, _ = sync.clone(person, tmp_path / "amina.gpkg", ask_password=lambda where: "right horse battery")
    copy.close()
    window.open_project(tmp_path / "amina.gpkg")
    bar = window.sharing.bar
    assert bar.password is None
    qtbot.mouseClick(bar.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bar.prompt is not None and bar.prompt.isVisible(), timeout=15000)
    assert "asks for a password" in window.statusBar().currentMessage()
    bar.prompt.setTextValue("wrong horse")
    bar.prompt.accept()
    qtbot.waitUntil(lambda: "did not accept that password" in window.statusBar().currentMessage(), timeout=15000)
    qtbot.waitUntil(lambda: bar.prompt.isVisible() and "did not accept" in bar.prompt.labelText(), timeout=15000)
    bar.prompt.grab().save(str(tmp_path / "password-prompt.png"))
    bar.prompt.setTextValue("right horse battery")
    bar.prompt.accept()
    qtbot.waitUntil(lambda: window.statusBar().currentMessage().startswith("Synced"), timeout=15000)
    assert bar.password == "right horse battery" and b"right horse" not in (tmp_path / "amina.gpkg").read_bytes()


def test_refused_records_are_explained_in_the_status_bar_and_kept_with_a_mark(qtbot, window, shared, tmp_path):
    from desktop.curation.services_model import Column
    from desktop.sharing.conflicts_dialog import ConflictsDialog
    from directory.model import Service

    small, url = shared
    copy, _ = sync.clone(add_person(url, "viewer"), tmp_path / "viewer.gpkg")
    svc = Service(name="Youth club outreach", organisation_id=small.agency_a.id)
    with copy.change("edit"):
        copy.save_service(svc)
        copy.link(svc.id, small.sites[0].id)
    copy.close()
    window.open_project(tmp_path / "viewer.gpkg")
    window.resize(1280, 720)
    window.show()  # a shown window hides its status texts under a message, as people see it
    bar = window.sharing.bar
    bar._stop_listening()
    qtbot.mouseClick(bar.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bar.button.isEnabled() and not bar.refused_button.isHidden(), timeout=15000)
    assert "refused by the server: you may only read this shared directory" in window.statusBar().currentMessage()
    assert bar.refused_button.text() == "1 refused" and "you may only read" in bar.refused_button.toolTip()
    dialog = ConflictsDialog(window)
    qtbot.addWidget(dialog)
    rows = [[dialog.review.table.item(r, c).text() for c in range(4)] for r in range(dialog.review.table.rowCount())]
    assert ["Youth club outreach — Agency A", "refused by the server"] in [r[:2] for r in rows]  # with its organisation
    dialog.grab().save(str(tmp_path / "refused.png"))
    dialog.buttons.accepted.emit()  # the default: keep them in this copy only
    qtbot.waitUntil(lambda: bar.refused_button.isHidden() and "1 only in this copy" in bar.status.text(), timeout=15000)
    model = window.services_panel.model
    row = next(r for r in range(model.rowCount()) if model.listing(r).name == "Youth club outreach")
    index = model.index(row, Column.SERVICE)
    assert model.data(index, Qt.ItemDataRole.DecorationRole) is not None
    assert "only in this copy" in model.data(index, Qt.ItemDataRole.ToolTipRole)
    window.grab().save(str(tmp_path / "only-here.png"))
