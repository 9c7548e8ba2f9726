"""The conflicts and refusals review in the desktop, between two coordinators — one who may see the
safe houses, one who may not — with real worker threads and a real server (tryout 3, findings 1
and 6): each copy lists what is its own, names records as people know them, and "Keep all mine"
keeps only this copy's values."""

from __future__ import annotations

import sqlite3

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
from tests.sync_helpers import SAFE_LAT, SAFE_LON, shared  # noqa: E402, F401


@pytest.fixture
def window(qtbot, tmp_path, qapp):
    from desktop.window.main_window import MainWindow

    win = MainWindow(Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)))
    yield win
    win.sharing.bar._stop_listening()
    win.close()
    win.deleteLater()
    qtbot.wait(300)


def _hours(path, service_id: str, text: str, *, send: bool = True) -> None:
    with Project.open(path) as project:
        svc = project.service(service_id)
        svc.schedule_text = text
        with project.change("edit"):
            project.save_service(svc)
        if send:
            sync.sync(project)


def _open_and_sync(qtbot, window, path):
    window.open_project(path)
    bar = window.sharing.bar
    bar._stop_listening()  # this test presses the button itself
    qtbot.mouseClick(bar.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bar.button.isEnabled() and bar.status.text().startswith("Last sync"), timeout=20000)
    return bar


def _rows(dialog) -> list[list[str]]:
    table = dialog.review.table
    return [[table.item(r, c).text() for c in range(4)] for r in range(table.rowCount())]


def test_each_copy_reviews_its_own_and_keep_all_mine_keeps_only_mine(qtbot, window, shared, tmp_path):
    from desktop.sharing.conflicts_dialog import ConflictsDialog

    small, url = shared
    amina_url = add_person(url, "coordinator", confidential=True)
    rafiq_url = add_person(url, "coordinator")
    amina, rafiq = tmp_path / "amina.gpkg", tmp_path / "rafiq.gpkg"
    for person, path in ((amina_url, amina), (rafiq_url, rafiq)):
        copy, _ = sync.clone(person, path)
        copy.close()
    target = small.services[0]
    _hours(amina, target.id, "Amina's hours")
    _hours(rafiq, target.id, "Rafiq's hours", send=False)
    with sqlite3.connect(rafiq) as db:  # a change of the withheld safe house's site, as a placing made it
        db.execute("UPDATE sm_sites SET location_source = 'pcode', location_level = 'adm2' WHERE id = ?",
                   (small.safe_site.id,))

    # Rafiq syncs: his hours clash with Amina's; his change of the safe house's site is refused.
    bar = _open_and_sync(qtbot, window, rafiq)
    assert bar.conflicts_button.text() == "1 conflict(s)" and not bar.conflicts_button.isHidden()
    assert bar.refused_button.text() == "1 refused" and not bar.refused_button.isHidden()
    assert "confidential" in bar.refused_button.toolTip() and "own agency" not in bar.refused_button.toolTip()
    dialog = ConflictsDialog(window)
    qtbot.addWidget(dialog)
    rows = _rows(dialog)
    assert rows[0][:2] == [f"{target.name} — Agency A", "opening hours"]
    assert rows[0][2].startswith("Amina's hours") and rows[0][3].startswith("Rafiq's hours")
    assert rows[1][0] == "a confidential site (Safe shelter — Agency A)" and rows[1][1] == "refused by the server"
    assert "confidential" in rows[1][2] and small.safe_site.id not in " ".join(rows[1])
    dialog.grab().save(str(tmp_path / "rafiq-conflicts.png"))
    dialog.review.all_right.click()  # "Keep all mine": his hours; the refusal waits
    assert dialog.review.chosen() == [1, 1]
    dialog.reject()

    # Amina syncs: one conflict, Rafiq's change beside hers; no refusal of his reaches her.
    bar = _open_and_sync(qtbot, window, amina)
    assert bar.conflicts_button.text() == "1 conflict(s)" and bar.refused_button.isHidden()
    dialog = ConflictsDialog(window)
    qtbot.addWidget(dialog)
    (row,) = _rows(dialog)
    assert row[0] == f"{target.name} — Agency A" and row[2].startswith("Amina's hours")
    assert row[3].startswith("Amina's hours") and "Rafiq's hours" in row[3]  # "Mine" is this copy's
    dialog.grab().save(str(tmp_path / "amina-conflicts.png"))
    dialog.review.all_right.click()  # "Keep all mine"
    dialog.buttons.accepted.emit()
    qtbot.mouseClick(bar.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bar.button.isEnabled() and bar.conflicts_button.isHidden(), timeout=20000)
    assert window.project.service(target.id).schedule_text == "Amina's hours"
    site = window.project.site(small.safe_site.id)
    assert (site.latitude, site.longitude, site.location_source) == (SAFE_LAT, SAFE_LON, "coordinates")

    # Rafiq again: the conflict was answered; he accepts the refusal once he has read it.
    bar = _open_and_sync(qtbot, window, rafiq)
    assert bar.conflicts_button.isHidden() and bar.refused_button.text() == "1 refused"
    dialog = ConflictsDialog(window)
    qtbot.addWidget(dialog)
    assert len(_rows(dialog)) == 1
    dialog.review.all_left.click()  # accept: the server's value stays
    dialog.buttons.accepted.emit()
    qtbot.mouseClick(bar.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bar.button.isEnabled() and bar.refused_button.isHidden(), timeout=20000)
    assert copy_store.conflicts(window.project) == []
    assert window.project.service(target.id).schedule_text == "Amina's hours"
