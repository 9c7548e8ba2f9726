"""Editing in the desktop: table cells and the service editor, undo and redo, the audit,
validation with the import's rules, and soft delete with restore."""

from __future__ import annotations

import pytest

# QtWebEngine must be imported, and these attributes set, before pytest-qt creates the QApplication.
from PySide6 import QtWebEngineWidgets  # noqa: F401
from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths, Qt
from PySide6.QtWidgets import QDialogButtonBox

QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_UseSoftwareOpenGL)
QStandardPaths.setTestModeEnabled(True)

from mapping.maps.project_map import map_services  # noqa: E402
from desktop.curation.services_model import Column  # noqa: E402
from directory.type_labels import ServiceTypes  # noqa: E402
from desktop.settings import Settings  # noqa: E402
from directory.store import Project  # noqa: E402
from tests.helpers import small_project  # noqa: E402


@pytest.fixture
def window(qtbot, tmp_path):
    from desktop.window.main_window import MainWindow

    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    settings.set("preferences/user_name", "Amina (case officer)")
    small_project(tmp_path / "p.gpkg").close()
    win = MainWindow(settings, synchronous_map=True)
    assert win.open_project(tmp_path / "p.gpkg")
    yield win
    win.close()
    win.deleteLater()
    qtbot.wait(300)


def _index(win, name: str, column: Column):
    model = win.services_panel.model
    row = next(r for r in range(model.rowCount()) if model.listing(r).name == name)
    return model.index(row, column)


def _names_in_file(path) -> set[str]:
    with Project.open(path) as other:  # a second connection: what is committed to the file
        return {s.name for s in other.services()}


def test_a_table_edit_undoes_and_redoes_in_the_file_and_the_table_with_its_audit(window):
    model, stack, path = window.services_panel.model, window.edit.stack, window.project.path
    index = _index(window, "Case management 1", Column.SERVICE)
    assert model.flags(index) & Qt.ItemFlag.ItemIsEditable
    assert not model.flags(model.index(0, Column.ORGANISATION)) & Qt.ItemFlag.ItemIsEditable
    service_id = model.listing(index.row()).service_id

    assert model.setData(index, "Case management — Teknaf")
    assert model.data(index) == "Case management — Teknaf"
    assert "Case management — Teknaf" in _names_in_file(path) and "Case management 1" not in _names_in_file(path)
    assert window.edit.undo_action.isEnabled() and stack.count() == 1

    stack.undo()
    assert model.data(index) == "Case management 1"
    assert "Case management 1" in _names_in_file(path)
    stack.redo()
    assert model.data(index) == "Case management — Teknaf"
    assert "Case management — Teknaf" in _names_in_file(path)

    entries = [e for e in window.project.audit(service_id) if e["kind"] == "edit"]
    assert [e["description"] for e in entries] == [
        "Edit service “Case management — Teknaf”",
        "Undo: Edit service “Case management — Teknaf”",
        "Redo: Edit service “Case management — Teknaf”",
    ]
    assert {e["user"] for e in entries} == {"Amina (case officer)"}
    assert all(e["at"] for e in entries)
    assert [(e["old"], e["new"]) for e in entries] == [
        ({"name": "Case management 1"}, {"name": "Case management — Teknaf"}),
        ({"name": "Case management — Teknaf"}, {"name": "Case management 1"}),
        ({"name": "Case management 1"}, {"name": "Case management — Teknaf"}),
    ]


def test_phones_and_hours_edit_in_place_with_the_import_rules(window):
    model = window.services_panel.model
    assert model.setData(_index(window, "Case management 1", Column.PHONES), "01711 000111 / 1098")
    assert model.setData(_index(window, "Case management 1", Column.HOURS), "Sun–Thu 9:00–17:00")
    listing = next(s for s in window.listing if s.name == "Case management 1")
    assert listing.phones == ["+8801711000111", "1098"]  # E.164 for the project's country; a short code kept
    assert listing.schedule == "Sun–Thu 9:00–17:00"
    assert window.edit.stack.count() == 2


def test_an_invalid_phone_is_refused_with_the_reason_shown(window, qtbot):
    model = window.services_panel.model
    index = _index(window, "Case management 1", Column.PHONES)
    before = model.data(index)
    with qtbot.waitSignal(model.editRejected) as rejected:
        assert not model.setData(index, "0171 CALL ME")
    assert "is not a valid number" in rejected.args[0]
    assert "is not a valid number" in window.statusBar().currentMessage()
    assert model.data(index) == before and window.edit.stack.count() == 0
    assert not model.setData(_index(window, "Case management 1", Column.SERVICE), "   ")  # a name is needed
    assert window.edit.stack.count() == 0


def test_the_editor_shows_problems_beside_the_fields_and_saves_service_site_and_organisation(window, qtbot, monkeypatch):
    from desktop.curation.service_editor import ServiceEditor

    assert window.services_panel.select_id(next(s.id for s in window.listing if s.name == "Case management 1"))
    edit = window.edit
    types = ServiceTypes.for_project(window.project)
    dialog = ServiceEditor(edit._record(edit._selected()), "BD", types, window)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.isEnabled()
    dialog.phones.setText("017-not-a-number")
    dialog.emails.setText("focal@example")
    assert not ok.isEnabled()
    assert "is not a valid number" in dialog.problems["phones"].text() and not dialog.problems["phones"].isHidden()
    assert "is not a valid address" in dialog.problems["emails"].text()
    dialog.languages.setText("Bangla, Klingon")
    assert "language 'Klingon' not recognised" == dialog.problems["languages"].text()
    dialog.resize(600, dialog.sizeHint().height())
    dialog.grab().save("/tmp/editing-service-editor.png")
    with pytest.raises(ValueError):
        dialog.record()

    def fill_and_accept(self):
        self.phones.setText("01811 222333")
        self.emails.setText("focal@example.org")
        self.ages.setText("6-14")
        self.organisation.setText("Example Child Aid")
        self.languages.setText("Bangla, Chakma")
        self.genders.setCurrentIndex(1)
        for i in range(self.types.count()):
            if self.types.item(i).data(Qt.ItemDataRole.UserRole) == "legal_aid":
                self.types.item(i).setCheckState(Qt.CheckState.Checked)
        self.latitude.setText("22.75")
        self.longitude.setText("92.1")
        return ServiceEditor.DialogCode.Accepted

    monkeypatch.setattr(ServiceEditor, "exec", fill_and_accept)
    edit.edit_selected()
    listing = next(s for s in window.listing if s.name == "Case management 1")
    assert listing.phones == ["+8801811222333"] and listing.emails == ["focal@example.org"]
    assert (listing.minimum_age, listing.maximum_age) == (6, 14)
    assert listing.organisation == "Example Child Aid"
    model = window.services_panel.model  # the organisation's other services show its new name too
    assert {model.data(model.index(r, Column.ORGANISATION)) for r in range(model.rowCount())} == {"Example Child Aid"}
    assert listing.languages == ["bn", "ccp"] and listing.genders == ["female"]
    assert listing.service_types == ["case_management", "legal_aid"]
    assert (listing.latitude, listing.longitude) == (22.75, 92.1)
    assert listing.admin_pcodes == {1: "BD20", 2: "BD2084"}  # the admin areas follow the moved point
    audit = [e for e in window.project.audit() if e["kind"] == "edit"]
    assert {e["table_name"] for e in audit} == {"sm_services", "sm_sites", "sm_organisations"}
    edit.stack.undo()
    listing = next(s for s in window.listing if s.name == "Case management 1")
    assert listing.organisation == "Example Child Aid (demo)" and listing.latitude == 22.5
    assert listing.phones == ["+8801700555101"]


def test_a_deleted_service_is_hidden_from_the_table_and_the_map_and_can_be_restored(window):
    model, edit = window.services_panel.model, window.edit
    target = next(s for s in window.listing if s.name == "Case management 2")
    assert window.services_panel.select_id(target.id)
    edit.delete_selected()
    assert model.rowCount() == 2 and model.row_of(target.id) is None
    assert target.id not in {m.id for m in map_services(window.listing)}
    assert [s.id for s in window.project.deleted_services()] == [target.service_id]

    edit.stack.undo()  # undo the deletion
    assert model.row_of(target.id) is not None and window.project.deleted_services() == []
    edit.stack.redo()
    assert model.row_of(target.id) is None

    assert edit.restore(target.service_id)  # Show deleted / Restore
    assert model.row_of(target.id) is not None
    assert target.id in {m.id for m in map_services(window.listing)}
    kinds = [e["description"] for e in window.project.audit(target.service_id) if e["kind"] == "edit"]
    assert kinds == [
        "Delete service “Case management 2”",
        "Undo: Delete service “Case management 2”",
        "Redo: Delete service “Case management 2”",
        "Restore service “Case management 2”",
    ]


def test_the_edit_menu_has_the_usual_keys_and_edits_go_under_the_name_in_the_preferences(window, monkeypatch):
    from PySide6.QtGui import QKeySequence
    from PySide6.QtWidgets import QInputDialog

    edit = window.edit
    keys = lambda action: [k.toString() for k in action.shortcuts()]  # noqa: E731
    assert keys(edit.undo_action) == ["Ctrl+Z"]
    assert keys(edit.redo_action) == ["Ctrl+Shift+Z", "Ctrl+Y"]
    assert keys(edit.edit_action) == ["Return", "F2"]
    assert edit.delete_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Delete)
    assert [a.text() for a in window.menuBar().actions()][:2] == ["&File", "&Edit"]

    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Rahim Uddin", True))
    edit.ask_user_name()
    assert window.settings.get("preferences/user_name") == "Rahim Uddin"
    model = window.services_panel.model
    assert model.setData(_index(window, "Case management 1", Column.HOURS), "24 hours")
    service_id = next(s.service_id for s in window.listing if s.name == "Case management 1")
    last = [e for e in window.project.audit(service_id) if e["kind"] == "edit"][-1]
    assert last["user"] == "Rahim Uddin" and last["new"] == {"schedule_text": "24 hours"}


def test_a_locked_project_refuses_the_edit_and_the_undo_without_losing_anything(window, monkeypatch):
    import sqlite3

    from PySide6.QtWidgets import QMessageBox

    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warnings.append(args[2]))
    window.project.connection.execute("PRAGMA busy_timeout = 50")  # fail fast in the test
    model, stack = window.services_panel.model, window.edit.stack
    assert model.setData(_index(window, "Case management 1", Column.HOURS), "Sat–Thu 8:00–16:00")
    other = sqlite3.connect(window.project.path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another program is writing to the file
    try:
        assert not model.setData(_index(window, "Case management 1", Column.HOURS), "24 hours")
        assert "in use by another program" in window.statusBar().currentMessage()
        stack.undo()
        assert warnings and "in use by another program" in warnings[0]
        assert stack.count() == 0  # the undo that could not be written is dropped, not pretended
    finally:
        other.execute("ROLLBACK")
        other.close()
    listing = next(s for s in window.project.listing() if s.name == "Case management 1")
    assert listing.schedule == "Sat–Thu 8:00–16:00"
    assert model.data(_index(window, "Case management 1", Column.HOURS)) == "Sat–Thu 8:00–16:00"


def test_a_cell_typed_in_the_table_view_is_saved_and_return_does_not_open_the_form(window, qtbot, monkeypatch):
    from PySide6.QtWidgets import QLineEdit

    from desktop.curation.service_editor import ServiceEditor

    opened = []
    monkeypatch.setattr(ServiceEditor, "exec", lambda self: opened.append(self) or ServiceEditor.DialogCode.Rejected)
    window.show()
    qtbot.waitExposed(window)
    panel = window.services_panel
    proxy_index = panel.proxy.mapFromSource(_index(window, "Case management 1", Column.HOURS))
    panel.table.setFocus()
    panel.table.edit(proxy_index)
    editor = panel.table.viewport().findChild(QLineEdit)
    assert editor is not None
    editor.selectAll()
    qtbot.keyClicks(editor, "Sun-Thu 9-5")  # ASCII: QTest aborts on keys it has no key code for
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.edit.stack.count() == 1, timeout=3000)
    assert next(s for s in window.project.listing() if s.name == "Case management 1").schedule == "Sun-Thu 9-5"
    assert opened == []  # Return committed the cell; it did not open the service editor
    # with the table focused and a row selected, F2 opens the service editor
    panel.select_id(next(s.id for s in window.listing if s.name == "Case management 1"))
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_F2)
    assert len(opened) == 1


def test_marking_a_service_verified_is_an_undoable_audited_edit_and_feeds_the_stale_filter(window):
    from datetime import date

    panel, model = window.services_panel, window.services_panel.model
    listing = model.listing(_index(window, "Case management 1", Column.SERVICE).row())
    total = panel.proxy.rowCount()

    panel.stale_filter.setChecked(True)  # nothing in the small project has been verified yet
    assert panel.proxy.rowCount() == total

    assert window.edit.mark_verified(listing, "Phone call", date.today())
    service = window.project.service(listing.service_id)
    assert service.assured_date == date.today() and service.assurer == "Amina (case officer)"
    assert service.extra["verified_how"] == "Phone call"
    entry = [e for e in window.project.audit(listing.service_id) if e["kind"] == "edit"][-1]
    assert entry["user"] == "Amina (case officer)" and entry["new"]["assured_date"] == date.today().isoformat()
    assert panel.proxy.rowCount() == total - 1  # verified today: no longer in the call list

    window.edit.stack.undo()
    assert window.project.service(listing.service_id).assured_date is None
    assert panel.proxy.rowCount() == total
    panel.stale_filter.setChecked(False)
    assert panel.proxy.rowCount() == total


@pytest.fixture
def arabic(qapp):
    """The interface in Arabic, as desktop/app.py sets it up for preferences/language = "ar"."""
    from PySide6.QtCore import QLocale

    from desktop.app import install_translators

    before = QLocale()
    translators = install_translators(qapp, "ar")
    assert translators
    QLocale.setDefault(QLocale("ar"))
    yield
    for translator in translators:
        QCoreApplication.removeTranslator(translator)
    QLocale.setDefault(before)


ARABIC_STATUSES = {"active": "نشطة", "inactive": "غير نشطة", "defunct": "متوقفة نهائيًا",
                   "temporarily closed": "مغلقة مؤقتًا"}


def test_the_editors_status_is_in_the_interface_language_and_saves_its_code(window, qtbot, monkeypatch, arabic):
    """Second tryout, finding 13: in Arabic the Status list read "active / inactive / defunct / temporarily
    closed". It shows the words now, keeps the code behind each, and saves the code."""
    from desktop.curation.service_editor import ServiceEditor

    assert window.services_panel.select_id(next(s.id for s in window.listing if s.name == "Case management 1"))
    edit = window.edit
    dialog = ServiceEditor(edit._record(edit._selected()), "BD", ServiceTypes.for_project(window.project, "ar"), window)
    qtbot.addWidget(dialog)
    shown = {dialog.status.itemData(i): dialog.status.itemText(i) for i in range(dialog.status.count())}
    assert shown == ARABIC_STATUSES
    assert dialog.status.currentText() == "نشطة"
    dialog.resize(600, dialog.sizeHint().height())
    dialog.status.showPopup()
    qtbot.wait(100)
    dialog.grab().save("/tmp/editing-service-editor-ar.png")
    dialog.status.hidePopup()

    def choose(words):
        def fill_and_accept(self):
            index = self.status.findText(words)
            if index >= 0:
                self.status.setCurrentIndex(index)
            else:
                self.status.setEditText(words)  # typed
            return ServiceEditor.DialogCode.Accepted
        return fill_and_accept

    def status() -> str:
        return window.project.service(next(s.service_id for s in window.listing if s.name == "Case management 1")).status

    monkeypatch.setattr(ServiceEditor, "exec", choose("مغلقة مؤقتًا"))
    edit.edit_selected()
    assert status() == "temporarily closed"
    monkeypatch.setattr(ServiceEditor, "exec", choose("Inactive"))  # a code typed is taken as the code
    edit.edit_selected()
    assert status() == "inactive"
    monkeypatch.setattr(ServiceEditor, "exec", choose("seasonal"))  # anything else is kept as typed
    edit.edit_selected()
    assert status() == "seasonal"


def test_a_site_edit_reads_again_only_the_rows_of_the_services_at_that_site(window, monkeypatch):
    """An edit of a site or an organisation read every row again (4 s for 100,000 services); it now reads
    the rows of the services that share them, up to MOST_ROWS_REFRESHED."""
    from desktop.curation import undo
    from desktop.curation.service_editor import ServiceEditor
    from directory.model import Service

    project = window.project
    first = next(s for s in window.listing if s.name == "Case management 1")
    with project.change("test", "a second service at the same site"):
        neighbour = Service("Legal aid desk", project.service(first.service_id).organisation_id, ["legal_aid"])
        project.save_service(neighbour)
        project.link(neighbour.id, first.site_id)
    window.reload_project()
    read: list = []
    listing = Project.listing
    monkeypatch.setattr(Project, "listing", lambda self, ids=None: read.append(ids) or listing(self, ids))

    def move_the_site(self):
        self.latitude.setText("22.75")
        return ServiceEditor.DialogCode.Accepted

    monkeypatch.setattr(ServiceEditor, "exec", move_the_site)
    assert window.services_panel.select_id(first.id)
    window.edit.edit_selected()
    assert read == [sorted([first.service_id, neighbour.id])]
    moved = {s.name: s.latitude for s in window.listing if s.site_id == first.site_id}
    assert moved == {"Case management 1": 22.75, "Legal aid desk": 22.75}  # the neighbour's row moved too
    model = window.services_panel.model
    assert model.listing(model.row_of(next(s.id for s in window.listing if s.name == "Legal aid desk"))).latitude == 22.75
    window.edit.stack.undo()
    assert {s.latitude for s in window.listing if s.site_id == first.site_id} == {22.5}

    monkeypatch.setattr(undo, "MOST_ROWS_REFRESHED", 1)  # more services share it than are read one by one
    read.clear()
    window.edit.stack.redo()
    assert read == [None]
    assert {s.latitude for s in window.listing if s.site_id == first.site_id} == {22.75}
