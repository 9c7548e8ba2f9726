"""The map: an offline Leaflet page in a QWebEngineView.

The page is written to a file in the user's cache folder (one folder per project) and
loaded from there: ``setHtml`` fails silently above 2 MB. Writing it runs in the worker;
bursts of redraw requests are coalesced into one rebuild.
"""

from __future__ import annotations

import hashlib
import json
import logging
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QStandardPaths, QTimer, QUrl, Signal
from PySide6.QtWebEngineWidgets import QWebEngineView

from desktop.map.bridge import MapBridge, install_bridge
from desktop.map.page import build_map_page
from desktop.map.words import map_page_text
from desktop.map.tile_scheme import TileSchemeHandler
from desktop.worker import TaskRunner

log = logging.getLogger(__name__)

REDRAW_DELAY_MS = 150
FILTER_DELAY_MS = 120
READY_POLL_MS = 100
READY_TIMEOUT_MS = 60_000

_READY_JS = "!!(window.servicemap && window.servicemap.ready === true)"
_FIT_SERVICES_JS = """
(function () {
    var sm = window.servicemap;
    if (!sm || !sm.cluster || !sm.cluster.getLayers().length) { return false; }
    var bounds = sm.cluster.getBounds();
    if (!bounds.isValid()) { return false; }
    // Keep the services clear of the legend and the layer list, which sit on the right.
    var right = 0;
    document.querySelectorAll(".sm-legend, .leaflet-control-layers").forEach(function (el) {
        right = Math.max(right, el.offsetWidth);
    });
    if (right > sm.map.getSize().x / 2) { right = 0; }
    sm.map.fitBounds(bounds, {paddingTopLeft: [30, 30], paddingBottomRight: [right + 30, 30], maxZoom: %d});
    return true;
})()
"""
_COUNT_MARKERS_JS = """
(function () {
    var sm = window.servicemap;
    if (!sm || !sm.map) { return -1; }
    if (typeof sm.markerCount === "number") { return sm.markerCount; }
    var n = 0;
    sm.map.eachLayer(function (layer) {
        if (layer instanceof L.Marker || layer instanceof L.CircleMarker) { n += 1; }
    });
    return n;
})()
"""


def cache_folder(project_path: Path) -> Path:
    """The folder for one project's map page, in the user's cache location."""
    root = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.CacheLocation))
    key = hashlib.sha1(str(Path(project_path).resolve()).encode("utf-8")).hexdigest()[:16]
    return root / "maps" / key


@dataclass
class _Request:
    project_path: Path
    services: list
    title: str
    type_styles: dict | None
    lang: str = "en"


class MapView(QWebEngineView):
    """Shows a project's services on the offline map."""

    ready = Signal()  # the page has drawn its markers
    failed = Signal(str)  # the page could not be built or loaded
    building = Signal(bool)  # a page is being written
    serviceClicked = Signal(str)  # a marker was clicked: its service-at-site id

    def __init__(self, parent=None, *, synchronous: bool = False):
        super().__init__(parent)
        self.rebuilds = 0  # pages built so far (tests check that bursts are coalesced)
        self._runner = TaskRunner(self, synchronous=synchronous)
        self._runner.runningChanged.connect(self.building)
        self._request: _Request | None = None
        self._page_path: Path | None = None
        self._ready = False
        self._selected: list[str] = []
        self._redraw = QTimer(self, singleShot=True, interval=REDRAW_DELAY_MS)
        self._redraw.timeout.connect(self._rebuild)
        self._poll = QTimer(self, interval=READY_POLL_MS)
        self._poll.timeout.connect(self._ask_ready)
        self._poll_budget = 0
        self._filter = None  # ids to show (None: all), or a callable giving them
        self._filter_timer = QTimer(self, singleShot=True, interval=FILTER_DELAY_MS)
        self._filter_timer.timeout.connect(self._apply_filter)
        self.filters_applied = 0  # filters sent to the page (tests check that bursts are coalesced)
        self._bridge = MapBridge(self)
        self._bridge.clicked.connect(self.serviceClicked)
        self._channel = install_bridge(self.page(), self._bridge)
        self.tiles = TileSchemeHandler(self)
        self.tiles.install(self.page().profile())
        self._basemap: dict | None = None
        self.loadFinished.connect(self._on_load_finished)

    # --- what the window asks for ------------------------------------------------

    @property
    def is_ready(self) -> bool:
        return self._ready

    @property
    def page_path(self) -> Path | None:
        return self._page_path

    def show_services(self, project_path: Path, services: list, *, title: str = "", type_styles=None,
                      lang: str = "en") -> None:
        """Draw these services (``mapping.maps.MapService``); calls in quick succession draw once.
        ``lang`` is the interface's language: area and level names in it where the project has them."""
        self._request = _Request(Path(project_path), list(services), title, type_styles, lang)
        self._redraw.start()  # restarting the timer swallows the earlier requests

    def clear(self) -> None:
        """Show nothing (the project was closed)."""
        self._redraw.stop()
        self._poll.stop()
        self._runner.cancel()
        self._filter_timer.stop()
        self._request, self._page_path, self._ready, self._selected, self._filter = None, None, False, [], None
        self.setUrl(QUrl("about:blank"))

    def select_ids(self, ids: list[str]) -> None:
        """Highlight these services on the map (service-at-site ids)."""
        self._selected = [str(i) for i in ids]
        self._call(f"window.servicemap.selectIds({json.dumps(self._selected)})")

    def set_basemap(self, source) -> None:
        """Draw ``source`` (a :class:`mapping.maps.basemap.TileSource`) under the map; None: no tiles."""
        from mapping.maps.basemap import TILE_URL

        self.tiles.source = source
        self._basemap = None if source is None else {
            "url": TILE_URL, "attribution": source.attribution, "max_zoom": source.max_zoom}
        if self._request is not None:
            self._redraw.start()

    def show_only(self, ids) -> None:
        """Show only these services' markers (None: all of them); bursts of calls filter once.

        ``ids`` may be a callable returning the ids, so that a burst of table changes costs
        one reading of the table, when the timer fires.
        """
        self._filter = ids
        self._filter_timer.start()

    def _apply_filter(self) -> None:
        wanted = self._filter() if callable(self._filter) else self._filter
        if not self._ready:
            self._filter = wanted  # the page shows it when it is ready
            return
        self.filters_applied += 1
        ids = None if wanted is None else [str(i) for i in wanted]
        self.page().runJavaScript(f"window.servicemap.showOnly({json.dumps(ids)})", 0)

    def fit_bounds(self, west: float, south: float, east: float, north: float, max_zoom: int = 14) -> None:
        bounds = json.dumps([[south, west], [north, east]])
        self._call(f"window.servicemap.map.fitBounds({bounds}, {{maxZoom: {int(max_zoom)}, padding: [30, 30]}})")

    def fit_services(self, max_zoom: int = 12) -> None:
        """Zoom to where the services are (the page opens on all the boundaries)."""
        self._call(_FIT_SERVICES_JS % int(max_zoom))

    def count_markers(self, callback) -> None:
        """Call ``callback(n)`` with the markers on the map now (-1 if no map is shown)."""
        self.page().runJavaScript(_COUNT_MARKERS_JS, 0, callback)

    def shutdown(self) -> None:
        """Stop building; the window is closing."""
        self._redraw.stop()
        self._poll.stop()
        self._filter_timer.stop()
        self._runner.cancel()

    # --- building and loading the page ------------------------------------------

    def _rebuild(self) -> None:
        request = self._request
        if request is None:
            return
        self.rebuilds += 1
        self._ready = False
        self._poll.stop()
        out = cache_folder(request.project_path) / "map.html"
        self._runner.start(
            build_map_page,
            request.project_path,
            request.services,
            out,
            request.title,
            request.type_styles,
            self._basemap,
            map_page_text(),
            request.lang,
            on_done=self._load_page,
            on_error=self._build_failed,
        )

    def _load_page(self, path: Path) -> None:
        self._page_path = path
        self.load(QUrl.fromLocalFile(str(path)))

    def _build_failed(self, exc: BaseException) -> None:
        log.error("the map page could not be built", exc_info=(type(exc), exc, exc.__traceback__))
        self.failed.emit(self.tr("The map could not be drawn: %1").replace("%1", str(exc) or type(exc).__name__))

    def _on_load_finished(self, ok: bool) -> None:
        if self._page_path is None or self.url() != QUrl.fromLocalFile(str(self._page_path)):
            return  # about:blank, or a page we did not ask for
        if not ok:
            self.failed.emit(self.tr("The map page could not be loaded from %1.").replace("%1", str(self._page_path)))
            return
        self._poll_budget = READY_TIMEOUT_MS // READY_POLL_MS
        self._poll.start()
        self._ask_ready()

    def _ask_ready(self) -> None:
        self._poll_budget -= 1
        if self._poll_budget < 0:
            self._poll.stop()
            self.failed.emit(self.tr("The map page did not finish drawing."))
            return
        self.page().runJavaScript(_READY_JS, 0, self._on_ready_answer)

    def _on_ready_answer(self, answer) -> None:
        if answer is not True or self._ready or not self._poll.isActive():
            return
        self._poll.stop()
        self._ready = True
        if self._filter is not None:
            self._apply_filter()
        if self._selected:
            self._call(f"window.servicemap.selectIds({json.dumps(self._selected)})")
        else:
            self.fit_services()
        self.ready.emit()

    def _call(self, script: str) -> None:
        """Run page script now if the page is ready; a selection waits for the next page instead."""
        if self._ready:
            self.page().runJavaScript(script, 0)
