"""The review queue panel in the real main window: sorted by services, keyboard decisions,
a click on its map placing a site, bulk accept, and no request leaving the machine."""

from __future__ import annotations

import json

import pytest

from PySide6 import QtWebEngineWidgets  # noqa: F401 - before the QApplication
from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths, Qt
from PySide6.QtTest import QTest

QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_UseSoftwareOpenGL)
QStandardPaths.setTestModeEnabled(True)

from desktop.settings import Settings  # noqa: E402
from directory import gazetteer_store  # noqa: E402
from directory.model import Service, Site  # noqa: E402
from mapping.geocode import geocode_project  # noqa: E402
from tests.geocode_world import add_sites, world_project  # noqa: E402
from tests.qt_requests import assert_cannot_reach_the_network  # noqa: E402

pytestmark = pytest.mark.slow


@pytest.fixture
def project_path(tmp_path):
    path = tmp_path / "w.gpkg"
    with world_project(path) as p:
        org = add_sites(p, [
            Site("Ambiguous office", location_text="Kawkhali"),
            Site("Busy hub", location_text="Nowhere Land"),
            Site("Quiet desk", location_text="Somewhere Else"),
            Site("Clinic", location_text="Pirojpur / Kawkhali", latitude=22.5, longitude=91.5, location_source="coordinates"),
            Site("Fine office", location_text="Rangamati / Kawkhali"),
        ])
        hub = next(s for s in p.sites() if s.name == "Busy hub")
        with p.change("test", "more services at the hub"):
            for n in range(2):
                s = Service(f"Extra {n}", org.id, ["case_management"])
                p.save_service(s)
                p.link(s.id, hub.id)
        geocode_project(p)
    return path


def test_review_queue_by_keyboard_and_map(qtbot, tmp_path, project_path, remote_requests):
    from desktop.window.main_window import MainWindow

    win = MainWindow(Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)))
    win.resize(1400, 900)
    win.show()
    assert win.open_project(project_path)
    panel = win.show_panel("review")
    names = [i.site.name for i in panel.items]
    assert names[0] == "Busy hub" and set(names) == {"Busy hub", "Ambiguous office", "Quiet desk", "Clinic"}
    assert panel.table.item(0, 0).text() == "3"
    qtbot.waitUntil(lambda: panel.map.ready, timeout=30000)
    placed = 0
    for row, item in enumerate(list(panel.items)):  # the site's own point is named for what it is, not "now"
        panel.table.selectRow(row)

        def labels() -> list[str]:
            box = []
            panel.map.page().runJavaScript(
                "JSON.stringify(Array.from(document.querySelectorAll('.rq-label')).map(e => e.textContent))", 0, box.append)
            qtbot.waitUntil(lambda: bool(box), timeout=5000)
            return json.loads(box[0])

        qtbot.wait(500)
        assert "now" not in labels()
        if item.site.has_point:
            placed += 1
            assert "Current location" in labels()
    assert placed
    assert_cannot_reach_the_network(panel.map)

    win.activateWindow()
    row = names.index("Ambiguous office")
    panel.table.selectRow(row)
    panel.table.setFocus()
    assert panel.candidates.count() >= 2
    wanted = next(n for n, c in enumerate(panel.current().candidates) if c.id == "BD20840047")
    QTest.keyClick(panel.table, Qt.Key.Key_1 + wanted)
    site = next(s for s in win.project.sites() if s.name == "Ambiguous office")
    assert (site.location_source, site.admin_pcodes.get(3)) == ("manual", "BD20840047")
    assert "Ambiguous office" not in [i.site.name for i in panel.items]

    panel.table.selectRow([i.site.name for i in panel.items].index("Quiet desk"))
    QTest.keyClick(panel.table, Qt.Key.Key_Delete)
    quiet = next(s for s in win.project.sites() if s.name == "Quiet desk")
    assert gazetteer_store.results(win.project)[quiet.id].review == "rejected"

    panel.table.selectRow([i.site.name for i in panel.items].index("Busy hub"))
    QTest.keyClick(panel.table, Qt.Key.Key_P)
    assert panel.placing
    panel.map.page().runJavaScript("window.reviewBridge.mapClicked(21.25, 92.75)")
    qtbot.waitUntil(lambda: next(s for s in win.project.sites() if s.name == "Busy hub").has_point, timeout=10000)
    hub = next(s for s in win.project.sites() if s.name == "Busy hub")
    assert (hub.location_source, hub.admin_pcodes.get(3)) == ("manual", "BD20220024")

    panel.table.selectRow([i.site.name for i in panel.items].index("Clinic"))
    QTest.keyClick(panel.table, Qt.Key.Key_Return)
    assert "Clinic" not in [i.site.name for i in panel.items]

    qtbot.wait(500)
    panel.grab().save(str(tmp_path.parent / "review-panel.png"))
    win.close()
    qtbot.wait(300)
    assert remote_requests() == []


def test_a_rerun_after_review_keeps_every_decision(project_path):
    from directory.store import Project
    from mapping.geocode import review

    with Project.open(project_path) as p:
        sites = {s.name: s for s in p.sites()}
        review.place_at(p, sites["Busy hub"].id, 21.25, 92.75)
        geocode_project(p)
        assert (p.site(sites["Busy hub"].id).latitude, p.site(sites["Busy hub"].id).longitude) == (21.25, 92.75)
