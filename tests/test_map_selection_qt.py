"""Two-way selection between the services table and the map, and filters that apply to both.

The demo project opens in the real main window; a marker is clicked with the mouse, rows are
selected in the table, and the search box and type filter are used as a user would. Every
web request the map makes is recorded: none may leave the machine.
"""

from __future__ import annotations

import json

import pytest

from PySide6 import QtWebEngineWidgets  # noqa: F401 - before the QApplication
from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QPoint, QSettings, QStandardPaths, Qt
from PySide6.QtTest import QTest

QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_UseSoftwareOpenGL)
QStandardPaths.setTestModeEnabled(True)

from desktop.curation.services_model import ID_ROLE  # noqa: E402
from desktop.settings import Settings  # noqa: E402
from directory import confidentiality  # noqa: E402
from tests.qt_requests import assert_cannot_reach_the_network  # noqa: E402
from tests.remote_recorder import RECORDER  # noqa: E402

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory):
    from importers.demo import build_demo

    path, _ = build_demo(tmp_path_factory.mktemp("demo"))
    return path


@pytest.fixture(scope="module")
def shared_window(qapp, tmp_path_factory, demo_path):
    """One window for the module: opening the demo map once keeps the tests quick."""
    from PySide6.QtTest import QTest

    from desktop.window.main_window import MainWindow

    folder = tmp_path_factory.mktemp("settings")
    # The page is built on the main thread here: the threaded build is covered by test_desktop's
    # acceptance test, and one thread keeps this module's timing predictable.
    win = MainWindow(Settings(QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)), synchronous_map=True)
    mark = RECORDER.mark()
    win.resize(1300, 800)
    win.show()
    ready = []
    win.map_view.ready.connect(lambda: ready.append(True))
    assert win.open_project(demo_path)
    for _ in range(600):
        if ready:
            break
        QTest.qWait(100)
    assert ready, "the demo map never became ready"
    QTest.qWait(800)  # the window fits the map to the services once it is ready
    assert_cannot_reach_the_network(win.map_view)
    yield win
    win.close()
    win.deleteLater()
    QTest.qWait(300)
    assert RECORDER.since(mark) == []  # the whole module's map asked for nothing remote


@pytest.fixture
def window(shared_window, qtbot, remote_requests):
    panel = shared_window.services_panel
    panel.search.setText("")
    panel.type_filter.setCurrentIndex(0)
    panel.table.selectionModel().clearSelection()
    qtbot.waitUntil(lambda: js(qtbot, shared_window, "servicemap.visibleCount === servicemap.markerCount") is True)
    js(qtbot, shared_window, "servicemap.map.closePopup(); servicemap.map.setZoom(8, {animate: false}); true")
    qtbot.wait(300)
    yield shared_window
    assert remote_requests() == []


def js(qtbot, window, code: str):
    box: list = []
    window.map_view.page().runJavaScript(code, 0, box.append)
    qtbot.waitUntil(lambda: bool(box), timeout=10_000)
    return box[0]


def plain_services(window):
    return [s for s in window.listing if not s.confidential and s.latitude is not None]


def test_clicking_a_marker_selects_its_row(qtbot, window):
    services = plain_services(window)

    def alone(s):  # no other marker within ~200 m, so the click cannot land on a neighbour
        return all(abs(o.latitude - s.latitude) + abs(o.longitude - s.longitude) > 0.002 for o in services if o is not s)

    target = next(s for s in services[5:] if alone(s))
    # Bring the marker out of its cluster, then click it where it is drawn, with the mouse.
    marker = f"servicemap.cluster.smById[{target.id!r}]"
    js(qtbot, window, f"servicemap.map.setView({marker}.getLatLng(), 17, {{animate: false}}); true")
    qtbot.waitUntil(lambda: js(qtbot, window, f"servicemap.map.getBounds().contains({marker}.getLatLng())") is True,
                    timeout=10_000)
    qtbot.wait(400)
    # Where the canvas draws it: its point on the map, in the page's coordinates.
    where = (f"(function () {{ var map = servicemap.map, p = map.latLngToContainerPoint({marker}.getLatLng()),"
             f" box = map.getContainer().getBoundingClientRect(); return JSON.stringify([box.left + p.x, box.top + p.y]); }})()")
    x, y = json.loads(js(qtbot, window, where))
    assert js(qtbot, window, "servicemap.cluster.smDrawn.clusters") == 0  # street level: every service on its own
    centre = QPoint(round(x), round(y))
    with qtbot.waitSignal(window.map_view.serviceClicked, timeout=10_000) as clicked:
        QTest.mouseClick(window.map_view.focusProxy(), Qt.MouseButton.LeftButton, pos=centre)
    assert clicked.args == [target.id]
    qtbot.waitUntil(lambda: window.services_panel.selected_ids() == [target.id], timeout=5000)
    assert target.name in js(qtbot, window, "document.querySelector('.leaflet-popup-content').textContent")


def test_selecting_rows_zooms_the_map_to_them(qtbot, window):
    panel = window.services_panel
    start_zoom = js(qtbot, window, "servicemap.map.getZoom()")
    # Two services close together in one district: the map must zoom in to them.
    services = sorted(plain_services(window), key=lambda s: (s.latitude, s.longitude))
    first = services[len(services) // 2]
    second = min((s for s in services if s is not first), key=lambda s: abs(s.latitude - first.latitude) + abs(s.longitude - first.longitude))
    selection = panel.table.selectionModel()
    selection.clearSelection()
    for service in (first, second):
        index = panel.proxy.mapFromSource(panel.model.index(panel.model.row_of(service.id), 0))
        selection.select(index, QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)
    qtbot.waitUntil(lambda: js(qtbot, window, "servicemap.selection.getLayers().length") == 4, timeout=10_000)
    qtbot.waitUntil(lambda: js(qtbot, window, "servicemap.map.getZoom()") > start_zoom + 2, timeout=10_000)
    for service in (first, second):
        inside = f"servicemap.map.getBounds().contains([{service.latitude}, {service.longitude}])"
        assert js(qtbot, window, inside) is True


def test_selecting_a_safe_house_row_never_shows_its_point(qtbot, window):
    panel = window.services_panel
    safe = next(s for s in window.listing if s.confidential)
    assert panel.select_id(safe.id)
    qtbot.waitUntil(lambda: js(qtbot, window, "servicemap.selection.getLayers().length") == 2, timeout=10_000)
    where = json.loads(js(qtbot, window, "JSON.stringify(servicemap.selection.getLayers().map(function (l) { return l.getLatLng(); }))"))
    for point in where:
        assert abs(point["lat"] - safe.latitude) > 1e-4 or abs(point["lng"] - safe.longitude) > 1e-4
    page = window.map_view.page_path.read_text(encoding="utf-8")
    point = f"{round(safe.latitude, 5)},{round(safe.longitude, 5)}"
    leaks = [text for text in (point, safe.name) if text in page]  # (a plain list: no multi-MB assertion diff)
    assert leaks == []
    assert js(qtbot, window, f"document.body.textContent.indexOf({json.dumps(safe.name)})") == -1


def test_table_filters_apply_to_the_map_and_bursts_are_coalesced(qtbot, window):
    panel, view = window.services_panel, window.map_view
    total = js(qtbot, window, "servicemap.markerCount")
    before = view.filters_applied
    for text in ("c", "ca", "cas", "case"):  # typing: one filter reaches the page
        panel.search.setText(text)
    qtbot.waitUntil(lambda: view.filters_applied > before, timeout=5000)
    qtbot.wait(300)
    assert view.filters_applied == before + 1

    visible = {panel.proxy.data(panel.proxy.index(r, 0), ID_ROLE) for r in range(panel.proxy.rowCount())}
    assert 0 < len(visible) < len(window.listing)
    plain = {s.id for s in plain_services(window)} & visible
    shield = confidentiality.disclosure(confidentiality.MAP, True)  # one marker per area the policy allows
    confidential_areas = {confidentiality.shown_area(shield, s.admin_pcodes) for s in window.listing
                          if s.confidential and s.id in visible}
    assert js(qtbot, window, "servicemap.visibleCount") == len(plain) + len(confidential_areas)
    hidden = next(s for s in plain_services(window) if s.id not in visible)
    assert js(qtbot, window, f"servicemap.cluster.hasLayer(servicemap.cluster.smById[{hidden.id!r}])") is False
    assert js(qtbot, window, f"servicemap.selectIds([{hidden.id!r}])") == 0  # a hidden service is not selectable

    panel.search.setText("")
    combo = panel.type_filter
    combo.setCurrentIndex(next(i for i in range(combo.count()) if combo.itemData(i) == "legal_aid"))
    legal = {s.id for s in plain_services(window) if "legal_aid" in s.service_types}
    qtbot.waitUntil(lambda: js(qtbot, window, "servicemap.visibleCount") == len(legal), timeout=5000)

    combo.setCurrentIndex(0)
    qtbot.waitUntil(lambda: js(qtbot, window, "servicemap.visibleCount") == total, timeout=5000)


def test_a_popup_closes_when_the_filter_changes(qtbot, window):
    """An open popup describes one service; once the search may have hidden it, it goes."""
    js(qtbot, window, "servicemap.cluster.smActivate(servicemap.cluster.smMarkers[0]); true")
    qtbot.waitUntil(lambda: js(qtbot, window, "!!document.querySelector('.leaflet-popup')") is True, timeout=10_000)
    window.services_panel.search.setText("no service is called this")
    qtbot.waitUntil(lambda: js(qtbot, window, "servicemap.visibleCount") == 0, timeout=10_000)
    qtbot.waitUntil(lambda: js(qtbot, window, "!!document.querySelector('.leaflet-popup')") is False, timeout=5000)
    assert window.shown_count.text() == f"0 of {window.services_panel.model.rowCount()} services shown"


def test_an_area_chosen_elsewhere_is_outlined_and_shown(qtbot, window):
    """The coverage panel's table outlines the area clicked on the main map too."""
    count = "var n = 0; servicemap.map.eachLayer(function (l) { if (l instanceof L.GeoJSON) n++; }); n"
    before = js(qtbot, window, count)
    area = {"type": "Polygon", "coordinates": [[[92.0, 21.1], [92.3, 21.1], [92.3, 21.4], [92.0, 21.4], [92.0, 21.1]]]}
    window.map_view.outline_area(area)
    qtbot.waitUntil(lambda: js(qtbot, window, count) == before + 1, timeout=10_000)
    qtbot.waitUntil(lambda: js(qtbot, window, "servicemap.map.getBounds().contains([21.25, 92.15])") is True, timeout=10_000)
    assert js(qtbot, window, "servicemap.map.getZoom()") >= 9
    window.map_view.outline_area(None)  # for the next test: no outline
