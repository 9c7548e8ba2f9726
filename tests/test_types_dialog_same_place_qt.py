"""Tools › Service types…: a service that re-typing makes confidential (a safe shelter) and the
other services at its place, whose points still show it (third tryout, finding 9, a bulk path)."""

from __future__ import annotations

import pytest
from PySide6 import QtWebEngineWidgets  # noqa: F401 - before the QApplication
from PySide6.QtCore import QCoreApplication, QSettings, Qt

QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_UseSoftwareOpenGL)

from desktop.settings import Settings  # noqa: E402
from directory.model import Service, Site  # noqa: E402
from directory.store import Project  # noqa: E402
from tests.helpers import small_project  # noqa: E402
from tests.test_service_types_qt import FakeWindow  # noqa: E402

TEXT = "Blue house programme"


@pytest.fixture
def project_path(tmp_path):
    project = small_project(tmp_path / "p.gpkg", n_services=1, confidential=False)
    org = project.organisations()[0]
    with project.change("test", "a shelter not yet typed, and a women's group at its point"):
        site = Site("Blue house", latitude=21.3, longitude=92.1, admin_pcodes={1: "BD20", 2: "BD2022"})
        project.save_site(site)
        for service in (Service(TEXT, org.id, []), Service("Women's group", org.id, ["case_management"])):
            project.save_service(service)
            project.link(service.id, site.id)
    project.close()
    return tmp_path / "p.gpkg"


@pytest.fixture
def window(qapp, tmp_path):
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    settings.set("preferences/user_name", "ana")
    win = FakeWindow(settings)
    yield win
    win.deleteLater()


def _confidential(path) -> set[str]:
    with Project.open(path) as project:
        return {s.name for s in project.services() if s.confidential}


@pytest.mark.parametrize("synchronous", [True, False], ids=["inline", "real threads"])
def test_re_typing_that_makes_a_shelter_confidential_names_the_services_at_its_place(qtbot, window, project_path,
                                                                                      synchronous):
    from desktop.curation.types_dialog import ServiceTypesDialog

    dialog = ServiceTypesDialog(window, project_path=str(project_path), synchronous=synchronous)
    qtbot.addWidget(dialog)
    dialog.show()
    answers = dialog.answers
    qtbot.waitUntil(lambda: answers.table.rowCount() > 0 and not dialog.runner.running, timeout=30000)
    assert answers.table.item(0, 0).text() == TEXT
    answers.table.setCurrentCell(0, 0)
    shelter = next(i for i in range(answers.types.count())
                   if answers.types.item(i).data(Qt.ItemDataRole.UserRole) == "safe_shelter")
    answers.types.item(shelter).setCheckState(Qt.CheckState.Checked)
    dialog.teach_button.click()
    qtbot.waitUntil(lambda: not dialog.runner.running and not dialog.place_note.isHidden(), timeout=30000)
    assert _confidential(project_path) == {TEXT}  # re-typing made it confidential; the group still shows the point

    assert not dialog.place_note.isHidden()
    assert dialog.place_note.text() == (
        "1 service became confidential (a safe shelter), but other services at its place still show it on maps "
        "and pathways: Women's group. Mark them confidential too, or move them.")
    assert not dialog.mark_too.isHidden()
    dialog.mark_too.click()  # the user's choice, one click
    qtbot.waitUntil(lambda: not dialog.runner.running, timeout=30000)  # the texts found again after the reload
    assert _confidential(project_path) == {TEXT, "Women's group"}
    assert dialog.place_note.isHidden() and dialog.mark_too.isHidden()
    assert "Marked 1 service(s) confidential." in dialog.status.text()
    with Project.open(project_path) as project:
        group = next(s for s in project.services() if s.name == "Women's group")
        entry = [e for e in project.audit(group.id) if e["new"] and "confidential" in e["new"]][-1]
        assert entry["kind"] == "edit" and entry["user"] == "ana" and group.confidential_by == "person"
    dialog.reject()
