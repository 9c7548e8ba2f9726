"""The table's filters say what they leave: "N of M services shown", a "Service type not given"
filter, and marking a service verified says it was done."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QInputDialog

from directory.model import Organisation, Service, Site
from tests.helpers import small_project
from tests.test_desktop import close_web_widget, settings  # noqa: F401 - the fixture


@pytest.fixture
def window(qtbot, settings, tmp_path):  # noqa: F811
    from desktop.window.main_window import MainWindow

    project = small_project(tmp_path / "p.gpkg", n_services=4)
    with project.change("test", "a service whose type nobody wrote down"):
        org = Organisation("Unsorted Partners")
        project.save_organisation(org)
        site = Site("Somewhere", latitude=21.5, longitude=92.1, admin_pcodes={1: "BD20", 2: "BD2022"},
                    location_source="coordinates")
        service = Service("Drop-in desk", org.id, [])
        project.save_site(site)
        project.save_service(service)
        project.link(service.id, site.id)
    project.close()
    win = MainWindow(settings, synchronous_map=True)
    win.show()
    assert win.open_project(tmp_path / "p.gpkg")
    yield win
    close_web_widget(qtbot, win)


def test_the_status_bar_counts_what_the_filters_show(window):
    panel = window.services_panel
    assert window.shown_count.text() == "5 of 5 services shown"
    panel.search.setText("Drop-in")
    assert window.shown_count.text() == "1 of 5 services shown"
    panel.search.setText("")
    assert window.shown_count.text() == "5 of 5 services shown"


def test_a_filter_for_services_with_no_type(window):
    panel = window.services_panel
    untyped = panel.type_filter.findText("Service type not given")
    assert untyped > 0
    panel.type_filter.setCurrentIndex(untyped)
    names = [panel.proxy.index(r, 1).data() for r in range(panel.proxy.rowCount())]
    assert names == ["Drop-in desk"] and window.shown_count.text() == "1 of 5 services shown"
    panel.type_filter.setCurrentIndex(panel.type_filter.findText("Case management"))
    assert panel.proxy.rowCount() == 3  # case management 1–3; the safe house and the desk are not


def test_marking_a_service_verified_says_so(window, monkeypatch):
    panel = window.services_panel
    panel.search.setText("Case management 1")
    panel.table.selectRow(0)
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("Phone call", True))
    window.edit.verify_selected()
    message = window.statusBar().currentMessage()
    assert message.startswith("“Case management 1” marked verified today (Phone call)")


def test_the_search_box_keeps_its_room_when_a_dock_narrows_the_table(window, qtbot):
    """On a 1366×768 laptop, opening Review locations left the table about 450 px wide and the search box
    shrank to "Sea…": it now takes a row of its own there, and goes back beside the filters when wide."""
    panel = window.services_panel
    window.resize(1366, 740)
    qtbot.wait(100)
    assert panel.width() > 600
    assert panel.search.y() == panel.type_filter.y()  # one row
    window.show_panel("review")
    window.resize(1366, 740)
    qtbot.waitUntil(lambda: panel.width() < 520, timeout=5000)
    qtbot.wait(100)
    hint = panel.search.fontMetrics().horizontalAdvance("Search services")
    assert panel.search.width() > hint  # the start of its hint shows
    assert panel.search.y() < panel.type_filter.y()  # on a row of its own
    assert panel.stale_filter.isVisible() and panel.stale_filter.width() >= panel.stale_filter.sizeHint().width()
    window.panels["review"].close()
    qtbot.waitUntil(lambda: panel.width() > 600, timeout=5000)
    qtbot.wait(100)
    assert panel.search.y() == panel.type_filter.y()
