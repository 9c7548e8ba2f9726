"""Serving basemap tiles to the map page through the ``servicemap-tiles:`` URL scheme.

:func:`register_tile_scheme` must run before the QApplication exists (Qt's rule for custom
schemes); ``desktop/app.py`` and the tests call it. A page loaded from ``file://`` may use
the scheme only because it is flagged local with local access allowed (see PITFALLS.md).
Online tiles are fetched off the main thread, one at a time, and answered when they arrive.
"""

from __future__ import annotations

import logging
import re
import threading

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QObject, Signal
from PySide6.QtWebEngineCore import (
    QWebEngineProfile,
    QWebEngineUrlRequestJob,
    QWebEngineUrlScheme,
    QWebEngineUrlSchemeHandler,
)

from mapping.maps.basemap import SCHEME, OnlineOSMSource, TileSource

log = logging.getLogger(__name__)
_PATH = re.compile(r"^/(\d{1,2})/(\d{1,7})/(\d{1,7})$")


def register_tile_scheme() -> bool:
    """Declare the tile scheme to QtWebEngine; False if it is too late (a QApplication exists)."""
    if QWebEngineUrlScheme.schemeByName(QByteArray(SCHEME.encode())).name():
        return True
    if QCoreApplication.instance() is not None:
        log.warning("the %s: scheme was not registered before the QApplication; no basemap tiles", SCHEME)
        return False
    scheme = QWebEngineUrlScheme(QByteArray(SCHEME.encode()))
    scheme.setSyntax(QWebEngineUrlScheme.Syntax.Host)
    flags = QWebEngineUrlScheme.Flag
    scheme.setFlags(flags.LocalScheme | flags.LocalAccessAllowed | flags.CorsEnabled | flags.FetchApiAllowed
                    | flags.SecureScheme)  # fmt: skip
    QWebEngineUrlScheme.registerScheme(scheme)
    return True


class TileSchemeHandler(QWebEngineUrlSchemeHandler):
    """Answers ``servicemap-tiles://basemap/z/x/y`` from the current :class:`TileSource`."""

    _fetched = Signal(object, object)  # job, (bytes, mime) or None: back on the main thread

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.source: TileSource | None = None
        self.served = 0
        self._fetched.connect(self._answer)

    def install(self, profile: QWebEngineProfile) -> None:
        """Answer the profile's tile requests (if the scheme was registered in time)."""
        if not QWebEngineUrlScheme.schemeByName(QByteArray(SCHEME.encode())).name():
            log.warning("the %s: scheme is not registered; basemap tiles will not show", SCHEME)
            return
        if profile.urlSchemeHandler(QByteArray(SCHEME.encode())) is None:
            profile.installUrlSchemeHandler(QByteArray(SCHEME.encode()), self)

    def requestStarted(self, job: QWebEngineUrlRequestJob) -> None:  # noqa: N802 - Qt's name
        match = _PATH.match(job.requestUrl().path())
        source = self.source
        if source is None or match is None:
            job.fail(QWebEngineUrlRequestJob.Error.UrlNotFound)
            return
        z, x, y = (int(g) for g in match.groups())
        if isinstance(source, OnlineOSMSource):
            threading.Thread(target=lambda: self._fetched.emit(job, source.tile(z, x, y)), daemon=True).start()
            return
        self._answer(job, source.tile(z, x, y))

    def _answer(self, job: QWebEngineUrlRequestJob, found) -> None:
        if found is None:
            job.fail(QWebEngineUrlRequestJob.Error.UrlNotFound)
            return
        data, mime = found
        buffer = QBuffer(job)
        buffer.setData(QByteArray(data))
        self.served += 1
        job.reply(QByteArray(mime.encode()), buffer)
