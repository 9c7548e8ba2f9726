"""The service map renders in QtWebEngine without asking for a single http(s) URL.

Each test loads a written page into its own off-the-record profile; every http(s) request
Chromium makes goes through the tests' recording proxy (tests/remote_recorder.py), and the
test of the test below proves that a page with remote references is caught. Set SERVICEMAP_SCREENSHOT=/path.png to keep
a screenshot of the 20,000-service map.
"""

from __future__ import annotations

import os

# QtWebEngine as root dies silently without these; they must be set before QApplication.
os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")
os.environ.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--disable-gpu")
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import json  # noqa: E402
import time  # noqa: E402
import uuid  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

pytest.importorskip("pytestqt")
pytest.importorskip("PySide6.QtWebEngineWidgets")  # imported before any QApplication exists

import geopandas as gpd  # noqa: E402
import shapely  # noqa: E402
from PySide6.QtCore import QCoreApplication, Qt, QUrl  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWebEngineCore import (  # noqa: E402
    QWebEnginePage,
    QWebEngineProfile,
)
from PySide6.QtWebEngineWidgets import QWebEngineView  # noqa: E402

from mapping.maps import MapService, write_service_map  # noqa: E402
from mapping.maps.payload import TEXT  # noqa: E402
from tests.qt_requests import RequestLog  # noqa: E402
from tests.remote_recorder import LocalSite  # noqa: E402

if QCoreApplication.instance() is None:
    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_UseSoftwareOpenGL)
    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)

XSS = '<img src=x onerror="window.__xss=1">'
STYLES = {
    "CM": ("Case management", "#1f77b4", "circle"),
    "PSS": ("Psychosocial support", "#ff7f0e", "square"),
    "SHL": ("Safe shelter", "#9467bd", "hexagon"),
    "LEG": ("Legal aid", "#2ca02c", "diamond"),
}


class RecordingPage(QWebEnginePage):
    """A page that keeps the console messages, so script errors fail the test."""

    def __init__(self, profile, parent) -> None:
        super().__init__(profile, parent)
        self.messages: list[tuple[str, str, int, str]] = []

    def javaScriptConsoleMessage(self, level, message, line, source) -> None:  # noqa: N802
        self.messages.append((str(level), message, line, source))

    def errors(self) -> list[tuple]:
        return [m for m in self.messages if "Error" in m[0]]


class Browser:
    def __init__(self, qtbot, view, page, recorder, over_http: bool = True) -> None:
        self.qtbot, self.view, self.page, self.recorder = qtbot, view, page, recorder
        self.over_http = over_http
        self.sites: list[LocalSite] = []

    def js(self, code: str, timeout: int = 5000):
        box: list = []
        self.page.runJavaScript(code, 0, box.append)
        self.qtbot.waitUntil(lambda: bool(box), timeout=timeout)
        return box[0]

    def open(self, html: Path, timeout: float = 30.0) -> float:
        """Load ``html`` and wait until the page says it is ready; returns the seconds taken.

        The page is served over http from its folder (tests/remote_recorder.LocalSite), so that a
        remote reference in it would be asked for, and caught by the recording proxy (``over_http``
        False: opened as a file, as the desktop opens it)."""
        start = time.monotonic()
        if self.over_http:
            self.sites.append(LocalSite(html.parent))
        url = QUrl(self.sites[-1].url(html)) if self.over_http else QUrl.fromLocalFile(str(html))
        with self.qtbot.waitSignal(self.page.loadFinished, timeout=int(timeout * 1000)) as loaded:
            self.view.load(url)
        assert loaded.args == [True], f"{html} did not load"
        while time.monotonic() - start < timeout:
            if self.js("!!(window.servicemap && window.servicemap.ready)") is True:
                return time.monotonic() - start
            self.qtbot.wait(50)
        pytest.fail(f"window.servicemap.ready never became true; console: {self.page.messages}")


@pytest.fixture
def browser(qtbot):
    profile = QWebEngineProfile()  # off the record: nothing shared with other tests
    recorder = RequestLog(allowed=("file:", "data:", "blob:", "qrc:"))
    profile.setUrlRequestInterceptor(recorder)
    view = QWebEngineView()
    page = RecordingPage(profile, view)
    view.setPage(page)
    view.resize(1100, 800)
    view.show()
    browser = Browser(qtbot, view, page, recorder)
    yield browser
    for site in browser.sites:
        site.close()
    view.close()
    page.deleteLater()
    view.deleteLater()
    qtbot.wait(200)  # let the page go before its profile (teardown crash otherwise)
    del page, view


def boundaries(levels: int = 3) -> dict[int, gpd.GeoDataFrame]:
    """A 2 × 2-degree square: four level-1 areas, each cut in four, and again."""
    out: dict[int, gpd.GeoDataFrame] = {}
    for level in range(1, levels + 1):
        n = 2**level
        step = 2.0 / n
        cells = [(i, j) for i in range(n) for j in range(n)]
        out[level] = gpd.GeoDataFrame(
            {
                "pcode": [f"XX{level}{i:02d}{j:02d}" for i, j in cells],
                "name": [f"Area {level}-{i}-{j}" for i, j in cells],
            },
            geometry=[shapely.box(90 + j * step, 22 + i * step, 90 + (j + 1) * step, 22 + (i + 1) * step) for i, j in cells],
            crs="EPSG:4326",
        )
    return out


def few_services() -> list[MapService]:
    return [
        MapService("svc-xss", XSS, "Org & Partners", ["CM", "PSS"], ["+8801711111111"], "Sun–Thu", 23.5, 90.2),
        MapService("svc-pss", "Counselling", "Hope NGO", ["PSS"], ["+8801711111112"], "Mon–Fri", 22.4, 90.3),
        MapService("svc-safe", "Rose Safe House", "Shelter Trust", ["SHL"], ["+8801799999999"], "24/7",
                   23.456789, 90.654321, confidential=True, admin_pcodes={3: "XX30206"}),
        MapService("svc-nowhere", "No point", "Org", ["CM"], [], "", None, None),
    ]


def many_services(n: int) -> list[MapService]:
    towns = [(22.2 + (k * 5 % 16) / 10, 90.2 + (k * 3 % 16) / 10) for k in range(30)]
    out = []
    for i in range(n):
        lat, lon = towns[i % len(towns)]
        code = tuple(STYLES)[i % len(STYLES)]
        out.append(
            MapService(
                str(uuid.uuid4()), f"Service {i}", f"Organisation {i % 200}", [code], [f"+88017{i:08d}"], "Sun–Thu",
                lat + ((i * 7919) % 1000 - 500) / 5000, lon + ((i * 104729) % 1000 - 500) / 5000,
                confidential=(code == "SHL" and i % 10 == 0), admin_pcodes={3: f"XX3{i % 8:02d}{i // 8 % 8:02d}"},
            )
        )
    return out


# The colour the services' canvas has at a service's point, as [r, g, b, a].
PIXEL_AT = """(function (id) {
  var map = servicemap.map, canvas = document.querySelector("canvas.sm-services");
  var p = map.latLngToContainerPoint(servicemap.cluster.smById[id].getLatLng());
  var box = canvas.getBoundingClientRect(), frame = map.getContainer().getBoundingClientRect();
  var x = Math.round((p.x + frame.left - box.left) * canvas.width / box.width);
  var y = Math.round((p.y + frame.top - box.top) * canvas.height / box.height);
  return JSON.stringify(Array.from(canvas.getContext("2d").getImageData(x, y, 1, 1).data));
})(%r)"""

# A mouse click on the map where a service is drawn, given to the element the mouse would hit.
CLICK_AT = """(function (id) {
  var map = servicemap.map, p = map.latLngToContainerPoint(servicemap.cluster.smById[id].getLatLng());
  var frame = map.getContainer().getBoundingClientRect(), x = frame.left + p.x, y = frame.top + p.y;
  var target = document.elementFromPoint(x, y);
  target.dispatchEvent(new MouseEvent("click", {bubbles: true, cancelable: true, clientX: x, clientY: y, view: window}));
  return target.tagName;
})(%r)"""


def test_the_offline_check_catches_a_page_that_asks_for_remote_files(browser, tmp_path, remote_requests):
    """A test of the test: a page with a remote script, style, picture and fetch is caught by the
    recording proxy — the request interceptor alone logged none of them from a file (PITFALLS)."""
    page = tmp_path / "remote.html"
    page.write_text(
        '<!doctype html><html><head><script src="https://unpkg.com/leaflet@1.9.3/dist/leaflet.js"></script>'
        '<link rel="stylesheet" href="https://cdn.example.org/style.css"></head><body>'
        '<img src="http://tiles.example.net/0/0/0.png"><script>fetch("https://api.example.com/x").catch(function () {});'
        "window.servicemap = {ready: true};</script></body></html>", encoding="utf-8")
    browser.open(page)
    browser.qtbot.waitUntil(lambda: len(remote_requests()) >= 4, timeout=10_000)
    hosts = " ".join(remote_requests())
    for host in ("unpkg.com", "cdn.example.org", "tiles.example.net", "api.example.com"):
        assert host in hosts


def test_small_map_renders_offline(browser, tmp_path, remote_requests):
    html = write_service_map(
        tmp_path / "map.html", few_services(), boundaries(), title="Field map", type_styles=STYLES, labels_level=2
    )
    browser.open(html)

    assert browser.js("document.title") == "Field map"
    assert browser.js("servicemap.cluster.getLayers().length") == 3  # two services + one confidential area
    assert browser.js("JSON.stringify(servicemap.cluster.smDrawn)") == '{"symbols":3,"clusters":0}'
    # each drawn in its type's colour at its point: the canvas really shows them
    from mapping.maps.symbols import CONFIDENTIAL_COLOUR

    for service_id, colour in (("svc-pss", "#ff7f0e"), ("svc-xss", "#1f77b4"), ("svc-safe", CONFIDENTIAL_COLOUR)):
        r, g, b, a = json.loads(browser.js(PIXEL_AT % service_id))
        want = [int(colour[i:i + 2], 16) for i in (1, 3, 5)]
        assert a == 255 and max(abs(r - want[0]), abs(g - want[1]), abs(b - want[2])) < 30, (service_id, r, g, b, a)
    geojson_layers = "var n = 0; servicemap.map.eachLayer(function (l) { if (l instanceof L.GeoJSON) n++; }); n"
    assert browser.js(geojson_layers) == 2  # level 3 of 3 starts hidden
    assert browser.js("document.querySelectorAll('.sm-label').length") == 16
    legend = browser.js("document.querySelector('.sm-legend').textContent")
    assert "Case management" in legend and "Psychosocial support" in legend
    assert TEXT["confidential_legend"] in legend and "1 service has no location" in legend
    assert remote_requests() == []
    assert browser.page.errors() == []


def test_click_and_select_call_back_and_show_text_only(browser, tmp_path, remote_requests):
    html = write_service_map(tmp_path / "map.html", few_services(), boundaries(), type_styles=STYLES)
    browser.open(html)
    browser.js("window.servicemapOnClick = function (id, ids) { window.__clicked = [id, ids]; }; true")

    for service_id, expect in (("svc-xss", XSS), ("svc-safe", TEXT["confidential"])):
        assert browser.js(f"servicemap.selectIds([{service_id!r}])") == 1
        assert browser.js("servicemap.selection.getLayers().length") == 2  # a ring and the symbol above the clusters
        # the click goes to the map's own drawing, not to the selection's copy above it
        shown = f"servicemap.map.getBounds().contains(servicemap.cluster.smById[{service_id!r}].getLatLng())"
        browser.qtbot.waitUntil(lambda s=shown: browser.js(s) is True, timeout=5000)
        browser.qtbot.wait(400)  # the zoom to it has ended
        browser.js("servicemap.map.closePopup(); servicemap.selection.clearLayers(); true")
        assert browser.js(CLICK_AT % service_id) != "IMG"
        browser.qtbot.waitUntil(lambda: browser.js("!!window.__clicked") is True, timeout=5000)
        # the area outline under the marker got the click too: its name stays hidden under the popup
        hidden = "Array.from(document.querySelectorAll('.sm-area-tooltip')).every(function (t) { return getComputedStyle(t).display === 'none'; })"
        assert browser.js("document.querySelectorAll('.sm-area-tooltip').length") >= 1 and browser.js(hidden) is True
        assert browser.js("window.__clicked[0]") == service_id
        popup = browser.js("document.querySelector('.leaflet-popup-content').textContent")
        assert expect in popup
        browser.js("window.__clicked = null; true")

    assert "Rose" not in popup and "Shelter Trust" not in popup

    # From the keyboard: each marker in view has a button (named, in reading order); Enter opens it.
    browser.js("servicemap.map.closePopup(); servicemap.map.setView([23, 90.5], 8, {animate: false}); window.__clicked = null; true")
    browser.qtbot.wait(200)
    names = json.loads(browser.js("JSON.stringify(Array.from(document.querySelectorAll('.sm-key')).map(function (b) { return b.getAttribute('aria-label'); }))"))
    assert names == [XSS + " \u2013 Org & Partners", TEXT["confidential"], "Counselling \u2013 Hope NGO"]
    browser.js("document.querySelectorAll('.sm-key')[2].focus(); true")
    browser.view.setFocus()
    QTest.keyClick(browser.view.focusProxy(), Qt.Key.Key_Return)
    browser.qtbot.waitUntil(lambda: browser.js("!!window.__clicked") is True, timeout=5000)
    assert browser.js("window.__clicked[0]") == "svc-pss"
    assert "Hope NGO" in browser.js("document.querySelector('.leaflet-popup-content').textContent")
    assert browser.js("typeof window.__xss") == "undefined"
    assert browser.js("document.querySelectorAll('.leaflet-popup-content img').length") == 0
    assert browser.js("servicemap.selectIds(['no-such-id'])") == 0
    assert remote_requests() == []
    assert browser.page.errors() == []


def test_twenty_thousand_services_render(browser, tmp_path, remote_requests):
    services = many_services(20_000)
    html = write_service_map(
        tmp_path / "big.html", services, boundaries(), title="20,000 services", type_styles=STYLES, labels_level=2
    )
    browser.open(html, timeout=60)
    counts = json.loads(browser.js("JSON.stringify(servicemap.counts)"))
    shown = counts["shown"] + counts["confidential_areas"]
    assert counts["shown"] + counts["confidential"] == 20_000
    assert browser.js("servicemap.cluster.getLayers().length") == shown
    drawn = json.loads(browser.js("JSON.stringify(servicemap.cluster.smDrawn)"))
    assert drawn["clusters"] > 0 and drawn["symbols"] + drawn["clusters"] < shown
    assert browser.js("document.querySelectorAll('.leaflet-marker-icon').length") == 0  # one canvas, no DOM markers
    clusters = json.loads(browser.js("JSON.stringify(servicemap.cluster.smDrawnClusters())"))
    assert len(clusters) == drawn["clusters"] and sum(c[2] for c in clusters) <= shown

    # a click on a cluster zooms in towards its services
    x, y, _ = max(clusters, key=lambda c: c[2])
    zoom = browser.js("servicemap.map.getZoom()")
    browser.js(f"""(function () {{ var box = servicemap.map.getContainer().getBoundingClientRect(), x = box.left + {x}, y = box.top + {y};
        document.elementFromPoint(x, y).dispatchEvent(new MouseEvent("click", {{bubbles: true, cancelable: true, clientX: x, clientY: y, view: window}}));
        return true; }})()""")
    browser.qtbot.waitUntil(lambda: browser.js("servicemap.map.getZoom()") > zoom, timeout=5000)
    browser.qtbot.wait(600)  # the zoom's animation, then the drawing at the new zoom
    assert browser.js("servicemap.cluster.smDrawn.symbols + servicemap.cluster.smDrawn.clusters") > 0
    browser.js(f"servicemap.map.setZoom({zoom}, {{animate: false}}); true")
    browser.qtbot.wait(500)  # let the cluster icons settle before the picture
    image = browser.view.grab()
    target = os.environ.get("SERVICEMAP_SCREENSHOT") or str(tmp_path / "map.png")
    assert image.save(target)
    picture = image.toImage()
    colours = {picture.pixelColor(x, y).name() for x in range(0, image.width(), 25) for y in range(0, image.height(), 25)}
    assert len(colours) > 5, "the map looks blank"
    assert remote_requests() == []
    assert browser.page.errors() == []


def test_single_file_export_and_print_map_render_offline(browser, tmp_path, remote_requests):
    """The other kinds of map: the one-file export (for phones) and the static SVG print map."""
    from mapping.maps.single_file import fold_into_one_file
    from mapping.maps.static import draw_static_map

    html = write_service_map(tmp_path / "one" / "map.html", few_services(), boundaries(), type_styles=STYLES)
    fold_into_one_file(html)
    assert [p.name for p in html.parent.iterdir()] == ["map.html"]
    browser.open(html)
    assert browser.js("servicemap.cluster.getLayers().length") == 3
    assert browser.js("getComputedStyle(document.querySelector('.leaflet-container')).overflow") == "hidden"  # CSS inlined
    assert browser.js("document.querySelectorAll('.sm-legend li').length") == 3  # two types and the safe houses

    svg = draw_static_map(tmp_path / "print.svg", boundaries=boundaries(), services=few_services(), title="Print",
                          type_styles=STYLES)  # fmt: skip
    with browser.qtbot.waitSignal(browser.page.loadFinished, timeout=20_000) as loaded:
        browser.view.load(QUrl.fromLocalFile(str(svg)))
    assert loaded.args == [True]
    assert browser.js("document.documentElement.tagName.toLowerCase()") == "svg"
    assert remote_requests() == []
    assert browser.page.errors() == []


def test_boundaries_are_drawn_at_the_detail_of_the_zoom(browser, tmp_path, remote_requests):
    """The page decodes the project's outlines as Python does, and swaps them as the zoom changes."""
    import re

    import numpy as np

    import resources
    from directory import boundary_detail

    frame = gpd.read_file(resources.path("demo/bgd_adm2.geojson")).rename(columns={"adm2_pcode": "pcode", "adm2_name": "name"})
    html = write_service_map(tmp_path / "map.html", few_services(), {2: frame}, type_styles=STYLES)
    layer = re.search(r"var (admin_areas_\w+) = ServiceMapKit\.areaLayer", html.read_text(encoding="utf-8")).group(1)
    browser.open(html)
    outlines = boundary_detail.outlines(frame.geometry.values)
    for tier in (boundary_detail.TIERS[0], boundary_detail.TIERS[-1]):
        for i in (0, 17, 63):
            text = outlines[tier.column][i]
            decoded = browser.js(f"JSON.stringify(ServiceMapKit.decodeOutline({text!r}, {tier.grid!r}))")
            expected = boundary_detail.drawn([text], tier)[0]
            got = shapely.MultiPolygon([shapely.Polygon(rings[0], rings[1:]) for rings in
                                        [[[(x, y) for y, x in ring] for ring in polygon] for polygon in json.loads(decoded)]])
            assert shapely.equals_exact(shapely.normalize(got), shapely.normalize(expected), tolerance=1e-9)

    seen = {}
    for zoom in (6, 7, 8, 9, 10.5, 12, 16):
        browser.js(f"servicemap.map.setZoom({zoom}, {{animate: false}}); true")
        browser.qtbot.waitUntil(lambda z=zoom: browser.js("servicemap.map.getZoom()") == z, timeout=5000)
        seen[zoom] = browser.js(f"{layer}.smTier()")
    assert seen == {6: 7, 7: 7, 8: 9, 9: 9, 10.5: 11, 12: 13, 16: 13}
    count = "function count(a) { return a.length && Array.isArray(a[0]) ? a.reduce(function (n, b) { return n + count(b); }, 0) : a.length; }"
    drawn = browser.js(f"{count}; {layer}.getLayers().reduce(function (n, p) {{ return n + count(p.getLatLngs()); }}, 0)")
    finest = boundary_detail.drawn(outlines[boundary_detail.TIERS[-1].column], boundary_detail.TIERS[-1])
    rings = shapely.get_rings(shapely.get_parts(finest))
    assert drawn == int(np.sum(shapely.get_num_coordinates(rings)) - len(rings))  # the finest outlines, whole
    assert browser.js(f"{layer}.getLayers().length") == 64
    assert remote_requests() == []
    assert browser.page.errors() == []
