"""The review queue's small map: the candidate areas and points of one site, and a click to
place it. An offline Leaflet page (assets copied beside it) talks back through its own
QWebChannel bridge; site data is handed to the page by script calls, never written to a file.
"""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QObject, QUrl, Signal, Slot
from PySide6.QtWebChannel import QWebChannel
from PySide6.QtWebEngineCore import QWebEngineScript
from PySide6.QtWebEngineWidgets import QWebEngineView

from desktop.map.bridge import qwebchannel_js

_PAGE = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Review</title>
%(styles)s
<style>html, body, #map { height: 100%%; margin: 0; } .rq-label { font: 12px sans-serif; }</style>
%(scripts)s
</head><body><div id="map"></div>
<script>
(function () {
  "use strict";
  var map = L.map("map", {zoomSnap: 0.25, attributionControl: false}).setView([23.7, 90.4], 6);
  var base = L.featureGroup().addTo(map);
  var layer = L.featureGroup().addTo(map);
  function label(text) { var s = document.createElement("span"); s.className = "rq-label"; s.textContent = text; return s; }
  window.reviewBase = function (areas) {
    base.clearLayers();
    areas.forEach(function (a) {
      L.geoJSON(a, {style: {color: "#56697e", weight: 1, fill: false}, interactive: false}).addTo(base);
    });
  };
  window.reviewShow = function (data) {
    layer.clearLayers();
    data.areas.forEach(function (a) {
      L.geoJSON(a.geometry, {style: {color: a.colour, weight: 2, fillOpacity: 0.1}, interactive: false})
        .bindTooltip(label(a.label), {permanent: true, direction: "center"}).addTo(layer);
    });
    data.points.forEach(function (p) {
      L.circleMarker([p.lat, p.lon], {radius: 7, color: p.colour, weight: 3, interactive: false})
        .bindTooltip(label(p.label), {permanent: true, direction: "right"}).addTo(layer);
    });
    if (layer.getLayers().length) { map.fitBounds(layer.getBounds(), {maxZoom: 12, padding: [24, 24]}); }
    else if (base.getLayers().length) { map.fitBounds(base.getBounds()); }
  };
  map.on("click", function (e) {
    if (window.reviewBridge) { window.reviewBridge.mapClicked(e.latlng.lat, e.latlng.lng); }
  });
  window.reviewReady = true;
})();
</script></body></html>
"""

_CONNECT = """
new QWebChannel(qt.webChannelTransport, function (channel) { window.reviewBridge = channel.objects.reviewBridge; });
"""


class ReviewBridge(QObject):
    """Receives clicks on the review map."""

    clicked = Signal(float, float)  # latitude, longitude

    @Slot(float, float)
    def mapClicked(self, latitude: float, longitude: float) -> None:  # noqa: N802 - called from JavaScript
        self.clicked.emit(float(latitude), float(longitude))


def write_page(folder: Path) -> Path:
    """The review page and its offline assets, in ``folder``."""
    from mapping.maps.assets import copy_assets

    folder.mkdir(parents=True, exist_ok=True)
    links = copy_assets(folder)
    scripts = "\n".join(f'<script src="{url}"></script>' for _, url in links.scripts)
    styles = "\n".join(f'<link rel="stylesheet" href="{url}">' for _, url in links.styles)
    path = folder / "review.html"
    path.write_text(_PAGE % {"scripts": scripts, "styles": styles}, encoding="utf-8")
    return path


class ReviewMap(QWebEngineView):
    """Shows one site's candidates; ``clicked(lat, lon)`` when the map is clicked."""

    clicked = Signal(float, float)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._ready = False
        self._pending: list[str] = []
        self.bridge = ReviewBridge(self)
        self.bridge.clicked.connect(self.clicked)
        self._channel = QWebChannel(self.page())
        self._channel.registerObject("reviewBridge", self.bridge)
        self.page().setWebChannel(self._channel, QWebEngineScript.ScriptWorldId.MainWorld)
        script = QWebEngineScript()
        script.setName("servicemap-review-bridge")
        script.setSourceCode(qwebchannel_js() + _CONNECT)
        script.setInjectionPoint(QWebEngineScript.InjectionPoint.DocumentReady)
        script.setWorldId(QWebEngineScript.ScriptWorldId.MainWorld)
        self.page().scripts().insert(script)
        self.loadFinished.connect(self._loaded)

    @property
    def ready(self) -> bool:
        return self._ready

    def open_page(self, folder: Path) -> None:
        self._ready = False
        self.load(QUrl.fromLocalFile(str(write_page(folder))))

    def _loaded(self, ok: bool) -> None:
        self._ready = ok
        if ok:
            for script in self._pending:
                self.page().runJavaScript(script, 0)
            self._pending.clear()

    def _call(self, function: str, data) -> None:
        script = f"window.{function} && window.{function}({json.dumps(data, ensure_ascii=False)})"
        if self._ready:
            self.page().runJavaScript(script, 0)
        else:
            self._pending = [s for s in self._pending if not s.startswith(f"window.{function} ")] + [script]

    def show_base(self, geometries: list[dict]) -> None:
        self._call("reviewBase", geometries)

    def show_site(self, areas: list[dict], points: list[dict]) -> None:
        self._call("reviewShow", {"areas": areas, "points": points})
