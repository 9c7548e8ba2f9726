"""The service editor and values it did not write (third tryout, finding 10 and part of 16).

A field the user did not touch keeps its stored value exactly, whatever the import's rules
would say of it if it were typed, and never blocks OK; what the user types is still checked.
Saving writes only what the user changed (no rounded longitude, no reshuffled contacts).
"""

from __future__ import annotations

import copy

import pytest

from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths, Qt
from PySide6.QtWidgets import QDialogButtonBox

QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
QStandardPaths.setTestModeEnabled(True)

from desktop.curation.service_editor import ServiceEditor  # noqa: E402
from desktop.curation.undo import Record  # noqa: E402
from directory.model import Contact, Phone  # noqa: E402
from directory.store import Project  # noqa: E402
from tests.helpers import small_project  # noqa: E402


def _stored_odd(record: Record, key: str) -> None:
    """Give ``record`` a stored value for the validated field ``key`` that the editor's rules
    would refuse if it were typed (each seen in real copies: the import kept it as written,
    or another reader, a merge or a sync brought it)."""
    svc, site, org = record.service, record.site, record.organisation
    if key == "name":
        svc.name = ""
    elif key == "phones":
        svc.contacts[0].phones = [Phone("+8801700555101"), Phone("0341 ext. 22 (reception)")]
    elif key == "emails":
        svc.contacts[0].emails = ["focal@example"]
    elif key == "ages":
        svc.minimum_age, svc.maximum_age = 19, 5
    elif key == "languages":
        svc.languages = ["bn", "Bangla (Chittagonian)"]
    elif key == "types":
        svc.service_types = []
    elif key == "organisation":
        org.name = ""
    elif key == "site":
        site.name = ""
    elif key == "point":
        site.latitude, site.longitude = 21.5, None
    else:
        raise AssertionError(f"no stored odd value for the editor's validated field {key!r}: add one here")


#: A value the user may type in each validated field that the rules refuse.
TYPED_BAD = {
    "name": "   ", "phones": "0171 CALL ME", "emails": "someone@nowhere", "ages": "6-2",
    "languages": "Klingon", "organisation": "  ", "site": " ", "point": ("21.5", "500"),
}

KEYS = ["name", "phones", "emails", "ages", "languages", "types", "organisation", "site", "point"]


@pytest.fixture
def project(tmp_path):
    with small_project(tmp_path / "p.gpkg") as p:
        yield p


def _record(project: Project, name: str = "Case management 1") -> Record:
    listing = next(s for s in project.listing() if s.name == name)
    svc = project.service(listing.service_id)
    org = next(o for o in project.organisations() if o.id == svc.organisation_id)
    return Record(svc, project.site(listing.site_id), org)


def _editor(qtbot, record: Record) -> ServiceEditor:
    dialog = ServiceEditor(record, "BD", None)
    qtbot.addWidget(dialog)
    return dialog


def _ok(dialog: ServiceEditor):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def test_the_list_of_stored_odd_values_covers_every_field_the_editor_validates(project, qtbot):
    """Enumerated from the editor itself: a field that gains a check must gain a case here."""
    dialog = _editor(qtbot, _record(project))
    assert set(dialog.problems) == set(KEYS)


@pytest.mark.parametrize("key", KEYS)
def test_a_stored_value_the_user_did_not_touch_never_blocks_ok_and_is_kept_exactly(project, qtbot, key):
    record = _record(project)
    _stored_odd(record, key)
    dialog = _editor(qtbot, copy.deepcopy(record))
    dialog.hours.setText("Sun–Thu 9:00–17:00")  # the only change
    assert _ok(dialog).isEnabled(), f"{key}: OK greyed by a value the user did not change: {dialog.problems[key].text()}"
    after = dialog.record()
    expected = copy.deepcopy(record)
    expected.service.schedule_text = "Sun–Thu 9:00–17:00"
    assert after == expected  # every stored value as it was, only the hours changed
    # said gently beside the field, not as a problem: shown, while OK stays enabled
    assert dialog.problems[key].text() and not dialog.problems[key].isHidden()


@pytest.mark.parametrize("key", [k for k in KEYS if k != "types"])
def test_what_the_user_types_in_that_field_is_still_checked(project, qtbot, key):
    record = _record(project)
    _stored_odd(record, key)
    dialog = _editor(qtbot, record)
    bad = TYPED_BAD[key]
    widget = {"name": dialog.service_name, "organisation": dialog.organisation, "site": dialog.site_name}.get(key)
    if key == "point":
        dialog.latitude.setText(bad[0])
        dialog.longitude.setText(bad[1])
    else:
        (widget or getattr(dialog, key)).setText(bad)
    assert not _ok(dialog).isEnabled()
    with pytest.raises(ValueError):
        dialog.record()


def test_unticking_every_type_is_still_refused(project, qtbot):
    dialog = _editor(qtbot, _record(project))
    for i in range(dialog.types.count()):
        dialog.types.item(i).setCheckState(Qt.CheckState.Unchecked)
    assert not _ok(dialog).isEnabled()


def test_a_language_added_beside_an_unrecognised_stored_one_is_checked_alone(project, qtbot):
    record = _record(project)
    record.service.languages = ["bn", "Bangla (Chittagonian)"]
    dialog = _editor(qtbot, record)
    assert dialog.languages.text() == "bn, Bangla (Chittagonian)"
    dialog.languages.setText("bn, Bangla (Chittagonian), English")
    assert _ok(dialog).isEnabled()
    assert dialog.record().service.languages == ["bn", "Bangla (Chittagonian)", "en"]
    dialog.languages.setText("bn, Bangla (Chittagonian), Klingon")
    assert not _ok(dialog).isEnabled()
    assert "Klingon" in dialog.problems["languages"].text()
    assert "Chittagonian" not in dialog.problems["languages"].text()


def test_a_phone_added_beside_one_kept_as_typed_is_checked_alone(project, qtbot):
    record = _record(project)
    record.service.contacts[0].phones = [Phone("0341 ext. 22 (reception)", type="fax")]
    dialog = _editor(qtbot, record)
    dialog.phones.setText("0341 ext. 22 (reception), 01811 222333")
    assert _ok(dialog).isEnabled()
    phones = dialog.record().service.contacts[0].phones
    assert [(p.number, p.type) for p in phones] == [("0341 ext. 22 (reception)", "fax"), ("+8801811222333", "voice")]
    dialog.phones.setText("0341 ext. 22 (reception), 0171 CALL ME")
    assert not _ok(dialog).isEnabled()


def test_ages_of_eighteen_and_over_can_be_saved_and_retyped(project, qtbot):
    """The demo has 18 services "18 and over": the editor showed words its own check could not read."""
    record = _record(project)
    record.service.minimum_age, record.service.maximum_age = 18, None
    dialog = _editor(qtbot, record)
    assert _ok(dialog).isEnabled()
    dialog.ages.setText("16+")
    assert _ok(dialog).isEnabled() and dialog.record().service.minimum_age == 16


@pytest.fixture
def window(qtbot, tmp_path):
    from PySide6 import QtWebEngineWidgets  # noqa: F401

    from desktop.settings import Settings
    from desktop.window.main_window import MainWindow

    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    settings.set("preferences/user_name", "Amina")
    small_project(tmp_path / "p.gpkg").close()
    win = MainWindow(settings, synchronous_map=True)
    assert win.open_project(tmp_path / "p.gpkg")
    yield win
    win.close()
    win.deleteLater()
    qtbot.wait(300)


def test_a_change_of_hours_writes_only_the_hours(window, monkeypatch):
    """Finding 16: saving rounded the site's longitude (92.24500019329669 -> 92.245), and sync sent it."""
    project = window.project
    listing = next(s for s in window.listing if s.name == "Case management 1")
    site, svc = project.site(listing.site_id), project.service(listing.service_id)
    site.latitude, site.longitude, site.address = 21.45000012345678, 92.24500019329669, "Camp 4,  Block C "
    svc.name = "Case management 1"
    svc.description = "Walk-in and referrals.\n"
    svc.languages = ["bn", "Bangla (Chittagonian)"]
    svc.minimum_age = 18
    svc.service_types = ["legal_aid", "case_management"]  # not in the taxonomy's order: the first draws the symbol
    svc.contacts = [Contact("Focal", phones=[Phone("+8801700555101")], emails=["Focal@Example.ORG"]),
                    Contact("Night desk", phones=[Phone("0341 ext. 22 (reception)")], emails=["night@example.org"])]
    with project.change("test", "odd stored values"):
        project.save_site(site)
        project.save_service(svc)
    window.refresh_service(None)
    assert window.services_panel.select_id(listing.id)

    def change_hours(self):
        self.hours.setText("Sun–Thu 10:00–16:00")
        return ServiceEditor.DialogCode.Accepted

    monkeypatch.setattr(ServiceEditor, "exec", change_hours)
    window.edit.edit_selected()
    last = project.audit()[-1]["change_id"]
    written = [(e["table_name"], e["new"]) for e in project.audit() if e["change_id"] == last]
    assert written == [("sm_services", {"schedule_text": "Sun–Thu 10:00–16:00"})]
    assert project.site(listing.site_id).longitude == 92.24500019329669
    assert project.service(listing.service_id).contacts == svc.contacts


def test_a_phone_typed_in_the_table_beside_one_kept_as_typed_is_checked_alone(window, qtbot):
    """The Phones cell follows the same rule as the editor's field."""
    from desktop.curation.services_model import Column

    project = window.project
    listing = next(s for s in window.listing if s.name == "Case management 1")
    svc = project.service(listing.service_id)
    svc.contacts = [Contact("Focal", phones=[Phone("0341 ext. 22 (reception)")])]
    with project.change("test", "a phone kept as typed"):
        project.save_service(svc)
    window.refresh_service(None)
    model = window.services_panel.model
    index = model.index(model.row_of(listing.id), Column.PHONES)
    assert model.data(index) == "0341 ext. 22 (reception)"
    assert model.setData(index, "0341 ext. 22 (reception), 01811 222333")
    assert [p.number for p in project.service(listing.service_id).contacts[0].phones] == [
        "0341 ext. 22 (reception)", "+8801811222333"]
    with qtbot.waitSignal(model.editRejected):
        assert not model.setData(model.index(model.row_of(listing.id), Column.PHONES), "0341 ext. 22 (reception), 0171 CALL ME")


def test_a_phones_note_is_shown_beside_it_and_can_be_typed_changed_and_kept(project, qtbot):
    """An imported note ("WhatsApp") could not be seen or typed in the editor: the field showed numbers only."""
    record = _record(project)
    record.service.contacts[0].phones = [Phone("+8801700555101", description="WhatsApp", type="text"),
                                         Phone("+8801811222333", description="Sun–Thu, 9–5")]
    dialog = _editor(qtbot, record)
    assert dialog.phones.text() == "+8801700555101 (WhatsApp), +8801811222333 (Sun–Thu, 9–5)"
    assert _ok(dialog).isEnabled()  # a note holding a comma is one phone, kept as stored
    untouched = dialog.record().service.contacts[0].phones
    assert [(p.number, p.description, p.type) for p in untouched] == [
        ("+8801700555101", "WhatsApp", "text"), ("+8801811222333", "Sun–Thu, 9–5", "voice")]
    dialog.phones.setText("+8801700555101 (WhatsApp, after 5 pm), 01811 222333, 01911-444555 (night duty)")
    assert _ok(dialog).isEnabled()
    phones = dialog.record().service.contacts[0].phones
    assert [(p.number, p.description, p.type) for p in phones] == [
        ("+8801700555101", "WhatsApp, after 5 pm", "text"),  # the note changed, the type kept
        ("+8801811222333", "", "voice"),  # its note taken out of the field: the note goes
        ("+8801911444555", "night duty", "voice")]
    dialog.phones.setText("Tel: 01911-444555")  # words that only say it is a phone are refused, as before
    assert not _ok(dialog).isEnabled()


def test_a_note_typed_in_the_phones_cell_is_kept_with_its_number(window, qtbot):
    from desktop.curation.services_model import Column

    project = window.project
    listing = next(s for s in window.listing if s.name == "Case management 1")
    model = window.services_panel.model
    index = model.index(model.row_of(listing.id), Column.PHONES)
    assert model.setData(index, "01811 222333 (WhatsApp)")
    [phone] = project.service(listing.service_id).contacts[0].phones
    assert (phone.number, phone.description) == ("+8801811222333", "WhatsApp")
    assert model.setData(model.index(model.row_of(listing.id), Column.PHONES), "+8801811222333, 01911-444555")
    phones = project.service(listing.service_id).contacts[0].phones
    assert [(p.number, p.description) for p in phones] == [("+8801811222333", "WhatsApp"), ("+8801911444555", "")], (
        "the cell shows numbers only: a number kept there keeps its note")
