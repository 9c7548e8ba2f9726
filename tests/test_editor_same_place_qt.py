"""Marking a service confidential in the editor tells of the other services at its place
(third tryout, finding 9): after Z was made confidential, four other services at Z's site,
point and address kept showing the place on every map and export, and the editor said nothing.
"""

from __future__ import annotations

import pytest

# QtWebEngine must be imported, and these attributes set, before pytest-qt creates the QApplication.
from PySide6 import QtWebEngineWidgets  # noqa: F401
from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths, Qt

QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_UseSoftwareOpenGL)
QStandardPaths.setTestModeEnabled(True)

from desktop.curation.service_editor import ServiceEditor  # noqa: E402
from desktop.settings import Settings  # noqa: E402
from directory import confidentiality  # noqa: E402
from directory.model import Organisation, Service, Site  # noqa: E402
from directory.same_place import Place, metres  # noqa: E402
from tests.helpers import small_project  # noqa: E402

Z_POINT = (21.2347, 92.15537)
CAMP_4 = {1: "BD20", 2: "BD2022"}


def _camp_4(project) -> None:
    """Z (a WGSS) and the services around it, as in the tryout's copy."""
    with project.change("test", "camp 4"):
        wing, police = Organisation("Bay of Bengal Women's Alliance (demo)"), Organisation("District Police (demo)")
        project.save_organisation(wing)
        project.save_organisation(police)

        def at(name: str, org, site: Site, confidential: bool = False) -> None:
            service = Service(name, org.id, ["case_management"], confidential=confidential)
            project.save_site(site)
            project.save_service(service)
            project.link(service.id, site.id)

        shared = Site("Women-friendly space, Camp 4", address="Camp 4, Block C", latitude=Z_POINT[0],
                      longitude=Z_POINT[1], admin_pcodes=CAMP_4, location_source="coordinates")
        at("Women & girls safe space (WGSS)", wing, shared)  # Z
        at("GBV case management", wing, shared)  # the same site record
        at("Skills for survivors", wing, Site("Women-friendly space, Camp 4", latitude=Z_POINT[0] + 0.00003,
                                              longitude=Z_POINT[1], admin_pcodes=CAMP_4))  # 3 m away
        at("Community outreach & GBV awareness", wing,
           Site("Outreach point", address="camp 4 block c", admin_pcodes=CAMP_4))  # the same address, no point
        at("Learning centre", wing, Site("Learning centre", address="Camp 4, Block D", latitude=Z_POINT[0] + 0.0027,
                                         longitude=Z_POINT[1], admin_pcodes=CAMP_4))  # 300 m away
        at("Women & children help desk", police, Site("Help desk", latitude=Z_POINT[0], longitude=Z_POINT[1],
                                                      admin_pcodes=CAMP_4), confidential=True)  # hidden already


@pytest.fixture
def window(qtbot, tmp_path):
    from desktop.window.main_window import MainWindow

    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    settings.set("preferences/user_name", "Amina")
    project = small_project(tmp_path / "p.gpkg", confidential=False)
    _camp_4(project)
    project.close()
    win = MainWindow(settings, synchronous_map=True)
    assert win.open_project(tmp_path / "p.gpkg")
    yield win
    win.close()
    win.deleteLater()
    qtbot.wait(300)


NEIGHBOURS = {"GBV case management", "Skills for survivors", "Community outreach & GBV awareness"}


def _select(window, name: str) -> None:
    assert window.services_panel.select_id(next(s.id for s in window.listing if s.name == name))


def _confidential(window) -> set[str]:
    return {s.name for s in window.project.services() if s.confidential}


def _shown_near_z(window) -> set[str]:
    """The services whose point the map may draw within a few metres of Z (the policy's answer)."""
    z = Place("z", *Z_POINT)
    return {s.name for s in window.project.listing() if s.latitude is not None
            and confidentiality.disclosure(confidentiality.MAP, s.confidential).point
            and metres(z, Place("s", s.latitude, s.longitude)) < 25}


def test_ticking_confidential_names_the_other_services_at_the_place_and_marks_them_too_in_one_click(
        window, qtbot, monkeypatch):
    seen = {}

    def tick_and_accept(self):
        assert self.place_note.isHidden()  # not confidential yet: nothing to say
        self.confidential.setChecked(True)
        seen["shown"] = not self.place_note.isHidden()
        seen["text"] = self.place_note.text()
        seen["also"] = self.also_confidential.text()
        self.also_confidential.setChecked(True)  # the one click: their choice, never automatic
        return ServiceEditor.DialogCode.Accepted

    _select(window, "Women & girls safe space (WGSS)")
    assert _shown_near_z(window) == {"Women & girls safe space (WGSS)", *NEIGHBOURS} - {"Community outreach & GBV awareness"}
    monkeypatch.setattr(ServiceEditor, "exec", tick_and_accept)
    window.edit.edit_selected()

    assert seen["shown"]
    text = seen["text"]
    assert text.startswith("3 other services are at this place (")
    assert text.endswith("): their points show it on maps and pathways. Mark them confidential too, or move them.")
    assert all(name in text for name in NEIGHBOURS)
    assert "Learning centre" not in text and "help desk" not in text  # 300 m away; already hidden
    assert seen["also"] == "Mark these 3 services confidential too"

    assert _confidential(window) == {"Women & girls safe space (WGSS)", "Women & children help desk", *NEIGHBOURS}
    assert _shown_near_z(window) == set()  # no map point is left at Z's place
    assert window.edit.stack.count() == 1  # one undoable change
    window.edit.stack.undo()
    assert _confidential(window) == {"Women & children help desk"}
    window.edit.stack.redo()
    assert "GBV case management" in _confidential(window)


def test_the_others_stay_as_they_are_unless_the_user_asks(window, monkeypatch):
    def tick_and_accept(self):
        self.confidential.setChecked(True)
        return ServiceEditor.DialogCode.Accepted

    _select(window, "Women & girls safe space (WGSS)")
    monkeypatch.setattr(ServiceEditor, "exec", tick_and_accept)
    window.edit.edit_selected()
    assert _confidential(window) == {"Women & girls safe space (WGSS)", "Women & children help desk"}


def test_the_warning_follows_the_place_typed_in_the_editor(window, qtbot):
    _select(window, "Women & girls safe space (WGSS)")
    edit = window.edit
    dialog = edit.editor(edit._selected())
    qtbot.addWidget(dialog)
    dialog.confidential.setChecked(True)
    assert dialog.place_note.text().startswith("3 other services")
    dialog.latitude.setText("21.5")  # the site moves: the services sharing its record move with it
    dialog.address.setText("")
    assert dialog.place_note.text().startswith("One other service is at this place (GBV case management)")
    assert dialog.also_confidential.text() == "Mark it confidential too"
    dialog.confidential.setChecked(False)
    assert dialog.place_note.isHidden()
    assert dialog.also_confidential_ids() == []


def test_a_service_alone_at_its_place_says_nothing(window, qtbot):
    _select(window, "Learning centre")
    dialog = window.edit.editor(window.edit._selected())
    qtbot.addWidget(dialog)
    dialog.confidential.setChecked(True)
    assert dialog.place_note.isHidden() and dialog.also_confidential_ids() == []
