"""What a person reads of a sync in the desktop, at 1366×768 with real worker threads and a real
server: a conflict over phones and e-mails in words (never JSON), a failure's whole message
until it is read, and the password asked before the first sync rather than after a failure."""

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
from directory.model import Contact, Phone  # noqa: E402
from directory.server import sync  # noqa: E402
from directory.store import Project  # noqa: E402
from tests.pg_server import add_person, pg_admin_url, pg_database  # noqa: E402, F401
from tests.sync_helpers import shared  # noqa: E402, F401

OLD, AMINAS, RAFIQS = "+8801400555230", "+8801400555231", "+8801400555232"


def _window(tmp_path, name="settings.ini"):
    from desktop.window.main_window import MainWindow

    win = MainWindow(Settings(QSettings(str(tmp_path / name), QSettings.Format.IniFormat)))
    win.resize(1366, 768)
    win.show()
    return win


def _close(qtbot, win):
    win.sharing.bar._stop_listening()
    win.close()
    win.deleteLater()
    qtbot.wait(300)


@pytest.fixture
def window(qtbot, tmp_path, qapp):
    win = _window(tmp_path)
    yield win
    _close(qtbot, win)


def _edit(project, service_id, change):
    svc = project.service(service_id)
    change(svc)
    with project.change("edit"):
        project.save_service(svc)


def test_a_clash_in_contacts_is_shown_in_words(qtbot, window, shared, tmp_path):
    from desktop.sharing.conflicts_dialog import ConflictsDialog

    small, url = shared
    sid = small.services[1].id
    with Project.open(small.path) as origin:
        _edit(origin, sid, lambda s: setattr(s, "contacts", [Contact(name="GBV desk", phones=[Phone(OLD)],
                                                                        emails=["desk@example.org"])]))
        sync.sync(origin)
    amina, _ = sync.clone(add_person(url, "coordinator"), tmp_path / "amina.gpkg")
    rafiq, _ = sync.clone(add_person(url, "coordinator"), tmp_path / "rafiq.gpkg")
    _edit(amina, sid, lambda s: setattr(s.contacts[0].phones[0], "number", AMINAS))
    sync.sync(amina)
    amina.close()

    def rafiqs(svc):
        svc.contacts[0].phones[0].number = RAFIQS
        svc.contacts[0].emails.append("night@example.org")

    _edit(rafiq, sid, rafiqs)
    rafiq.close()
    window.open_project(tmp_path / "rafiq.gpkg")
    bar = window.sharing.bar
    bar._stop_listening()
    qtbot.mouseClick(bar.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bar.button.isEnabled() and not bar.conflicts_button.isHidden(), timeout=15000)
    assert bar.details_button.isVisible() and "1 conflict(s) wait" in bar.details_button.toolTip()
    dialog = ConflictsDialog(window)
    qtbot.addWidget(dialog)
    dialog.resize(1366 - 100, 420)
    dialog.show()
    table = dialog.review.table
    [row] = [[table.item(r, c).text() for c in range(4)] for r in range(table.rowCount())]
    dialog.grab().save(str(tmp_path / "conflict-in-words.png"))
    assert row[1] == "phones and e-mails"
    assert row[2].startswith(f"Phone {OLD} changed to {AMINAS} (coordinator_")
    assert row[3].startswith(f"Phone {OLD} changed to {RAFIQS} (")
    assert not any(mark in cell for cell in row for mark in ("[{", '"department"', "{", "night@"))  # merged, not a clash
    assert any(c.emails == ["desk@example.org", "night@example.org"] for c in window.project.service(sid).contacts)


def _unreachable(path):
    """The copy's server address pointed at a port nobody listens on."""
    with Project.open(path) as project:
        url = copy_store.state(project)["url"]
        head, tail = url.rsplit("/", 1)
        with project.change("sync"):
            copy_store.set_state(project, url=head.rsplit(":", 1)[0] + ":1/" + tail)


def test_a_failed_sync_says_all_of_it_until_read(qtbot, window, shared, tmp_path):
    small, url = shared
    copy, _ = sync.clone(url, tmp_path / "mine.gpkg")
    copy.close()
    _unreachable(tmp_path / "mine.gpkg")
    window.open_project(tmp_path / "mine.gpkg")
    bar = window.sharing.bar
    bar._stop_listening()
    qtbot.mouseClick(bar.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.statusBar().currentMessage().startswith("Not synced"), timeout=15000)
    window.statusBar().grab().save(str(tmp_path / "status-not-synced.png"))
    window.grab().save(str(tmp_path / "window-not-synced.png"))
    message = window.statusBar().currentMessage()
    assert message.startswith("Not synced: cannot connect")
    # the whole message, with its advice, is one click away and stays there until read
    qtbot.waitUntil(lambda: bar.details_button.isVisible(), timeout=5000)
    window.statusBar().clearMessage()  # as after 15 s
    assert bar.details_button.isVisible() and "Check the address" in bar.details_button.toolTip()
    qtbot.mouseClick(bar.details_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bar.details_box is not None and bar.details_box.isVisible(), timeout=5000)
    assert "Check the address, that the server is running" in bar.details_box.text()
    bar.details_box.grab().save(str(tmp_path / "not-synced-details.png"))
    bar.details_box.accept()
    assert not bar.details_button.isVisible()


def test_the_password_is_asked_before_the_first_sync_of_each_start(qtbot, shared, tmp_path, monkeypatch, qapp):
    from directory.server import connect, migrate
    from tests.pg_server import database_url

    small, url = shared
    migrate.add_member(url, "rafiq_pw", "coordinator", password="blue kettle")
    person = database_url(url, url.rsplit("/", 1)[1], "rafiq_pw")
    monkeypatch.setattr(connect, "keyring_password", lambda url: None)  # no system keyring on this machine
    copy, _ = sync.clone(person, tmp_path / "rafiq.gpkg", ask_password=lambda where: "blue kettle")
    copy.close()
    attempts = []
    real = sync.connect
    monkeypatch.setattr(sync, "connect", lambda *a, **k: attempts.append(1) or real(*a, **k))
    seen = []
    for start in range(2):  # the application started twice
        window = _window(tmp_path)
        window.statusBar().messageChanged.connect(seen.append)
        window.open_project(tmp_path / "rafiq.gpkg")
        bar = window.sharing.bar
        bar._stop_listening()
        before = len(attempts)
        qtbot.mouseClick(bar.button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda bar=bar: bar.prompt is not None and bar.prompt.isVisible(), timeout=15000)
        assert "asks for a password" in window.statusBar().currentMessage()
        assert not [m for m in seen if m.startswith("Not synced")]  # asking is no failure
        if start:  # the server asked before: the prompt comes first, no attempt fails
            assert len(attempts) == before
        bar.prompt.setTextValue("blue kettle")
        bar.prompt.accept()
        qtbot.waitUntil(lambda w=window: w.statusBar().currentMessage().startswith("Synced"), timeout=15000)
        assert not bar.details_button.isVisible()
        _close(qtbot, window)


def test_a_shared_copys_history_names_the_person_as_the_server_does(qtbot, window, shared, tmp_path):
    """Not the computer's login (root on the tryout laptops): the name the server knows, unless the
    person gave their own (Edit ▸ Your name in the audit…)."""
    from desktop.curation.undo import EditServiceCommand, Record
    from desktop.window.panels import user_name_for

    small, url = shared
    person = add_person(url, "coordinator")
    login = person.split("//", 1)[1].split("@", 1)[0]
    copy, _ = sync.clone(person, tmp_path / "mine.gpkg")
    copy.close()
    window.open_project(tmp_path / "mine.gpkg")
    window.sharing.bar._stop_listening()
    assert window.edit.user() == user_name_for(window) == login
    import copy as copying

    before = window.project.service(small.services[0].id)
    after = copying.deepcopy(before)
    after.schedule_text = "Sat-Thu 8-4"
    window.edit._push(EditServiceCommand(window.project, Record(before), Record(after), window.edit.user(),
                                         window.edit.service_changed))
    [who] = window.project.connection.execute("SELECT user FROM sm_changes ORDER BY id DESC LIMIT 1").fetchone()
    assert who == login
    window.settings.set("preferences/user_name", "Rafiq Islam")
    assert window.edit.user() == user_name_for(window) == "Rafiq Islam"
