"""Clicks on the map's markers, handed back to Python through a QWebChannel.

The page calls ``window.servicemapOnClick(id)`` when a marker is clicked, if it is defined.
A script injected into every page defines it, forwarding the id to :class:`MapBridge`.
The page itself knows nothing of Qt.
"""

from __future__ import annotations

from PySide6.QtCore import QFile, QIODevice, QObject, Signal, Slot
from PySide6.QtWebChannel import QWebChannel
from PySide6.QtWebEngineCore import QWebEnginePage, QWebEngineScript

_CONNECT = """
new QWebChannel(qt.webChannelTransport, function (channel) {
    window.servicemapOnClick = function (id) { channel.objects.servicemapBridge.markerClicked(String(id)); };
});
"""


class MapBridge(QObject):
    """Receives the page's marker clicks."""

    clicked = Signal(str)  # service-at-site id

    @Slot(str)
    def markerClicked(self, listing_id: str) -> None:  # noqa: N802 - called from JavaScript
        self.clicked.emit(listing_id)


def qwebchannel_js() -> str:
    """Qt's qwebchannel.js, for pages that talk to Python through a QWebChannel."""
    f = QFile(":/qtwebchannel/qwebchannel.js")
    if not f.open(QIODevice.OpenModeFlag.ReadOnly):
        raise RuntimeError("Qt's qwebchannel.js is missing; reinstall PySide6")
    try:
        return bytes(f.readAll()).decode("utf-8")
    finally:
        f.close()


def install_bridge(page: QWebEnginePage, bridge: MapBridge) -> QWebChannel:
    """Connect ``bridge`` to every page ``page`` loads from now on."""
    channel = QWebChannel(page)
    channel.registerObject("servicemapBridge", bridge)
    page.setWebChannel(channel, QWebEngineScript.ScriptWorldId.MainWorld)
    script = QWebEngineScript()
    script.setName("servicemap-bridge")
    script.setSourceCode(qwebchannel_js() + _CONNECT)
    script.setInjectionPoint(QWebEngineScript.InjectionPoint.DocumentReady)
    script.setWorldId(QWebEngineScript.ScriptWorldId.MainWorld)
    script.setRunsOnSubFrames(False)
    page.scripts().insert(script)
    return channel
