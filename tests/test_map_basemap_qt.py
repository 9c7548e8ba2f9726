"""Offline basemap tiles reach the map page through the servicemap-tiles: scheme, with no network.

The scheme must be registered before the QApplication exists, so this module registers it
when it is imported (at collection, before pytest-qt makes the application).
"""

from __future__ import annotations

import os

os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")
os.environ.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--disable-gpu")
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from PySide6 import QtWebEngineWidgets  # noqa: E402,F401
from PySide6.QtWebEngineCore import QWebEngineProfile  # noqa: E402
from PySide6.QtWebEngineWidgets import QWebEngineView  # noqa: E402

from desktop.map.tile_scheme import TileSchemeHandler, register_tile_scheme  # noqa: E402

REGISTERED = register_tile_scheme()

from mapping.maps import write_service_map  # noqa: E402
from mapping.maps.basemap import TILE_URL, open_source  # noqa: E402
from tests.data.make_mbtiles import TILE_COLOURS, make_mbtiles  # noqa: E402
from tests.qt_requests import RequestLog, assert_cannot_reach_the_network  # noqa: E402
from tests.test_maps_offline_qt import STYLES, Browser, RecordingPage, boundaries, few_services  # noqa: E402

pytestmark = pytest.mark.skipif(not REGISTERED, reason="a QApplication existed before this module registered its scheme")


@pytest.fixture
def tiled_browser(qtbot):
    profile = QWebEngineProfile()
    recorder = RequestLog(allowed=("file:", "data:", "blob:", "qrc:", "servicemap-tiles:"))  # the tile scheme stays local
    profile.setUrlRequestInterceptor(recorder)
    handler = TileSchemeHandler(profile)
    handler.install(profile)
    view = QWebEngineView()
    page = RecordingPage(profile, view)
    view.setPage(page)
    view.resize(900, 700)
    view.show()
    browser = Browser(qtbot, view, page, recorder, over_http=False)  # the tile scheme serves local pages only
    browser.handler = handler
    yield browser
    view.close()
    page.deleteLater()
    view.deleteLater()
    qtbot.wait(200)


@pytest.mark.parametrize("kind", ["mbtiles", "folder"])
def test_offline_tiles_are_drawn_under_the_services(tiled_browser, tmp_path, kind, remote_requests):
    mbtiles = make_mbtiles(tmp_path / "tiles.mbtiles")
    source = open_source(mbtiles)
    if kind == "folder":  # the same tiles, laid out z/x/y.png
        import sqlite3

        for z, x, row, data in sqlite3.connect(mbtiles).execute("SELECT * FROM tiles"):
            target = tmp_path / "xyz" / str(z) / str(x) / f"{2**z - 1 - row}.png"
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
        source = open_source(tmp_path / "xyz")
    tiled_browser.handler.source = source
    basemap = {"url": TILE_URL, "attribution": "Test tiles <b>&</b> friends", "max_zoom": 9}
    html = write_service_map(tmp_path / "map.html", few_services(), boundaries(), type_styles=STYLES, basemap=basemap)
    tiled_browser.open(html)
    qtbot = tiled_browser.qtbot
    qtbot.waitUntil(lambda: tiled_browser.handler.served >= 4, timeout=10_000)
    qtbot.waitUntil(lambda: tiled_browser.js("document.querySelectorAll('img.leaflet-tile-loaded').length") >= 4,
                    timeout=10_000)  # fmt: skip
    qtbot.wait(300)
    image = tiled_browser.view.grab().toImage()
    image.save(str(tmp_path / "tiles.png"))

    def near_tile_colour(c) -> bool:  # the boundaries' faint fill tints the tiles a little
        return any(sum(abs(a - b) for a, b in zip((c.red(), c.green(), c.blue()), t, strict=True)) < 30 for t in TILE_COLOURS)

    pixels = [image.pixelColor(x, y) for x in range(0, image.width(), 20) for y in range(0, image.height(), 20)]
    assert sum(map(near_tile_colour, pixels)) > len(pixels) / 3, "the tiles do not cover the map"
    attribution = tiled_browser.js("document.querySelector('.leaflet-control-attribution').textContent")
    assert "Test tiles <b>&</b> friends" in attribution  # shown as text, not markup
    assert any(u.startswith("servicemap-tiles://basemap/") for u in tiled_browser.recorder.urls)
    assert remote_requests() == []
    assert_cannot_reach_the_network(tiled_browser.view)
    assert tiled_browser.page.errors() == []
