"""The request log some Qt tests install on a QtWebEngine profile, to see the LOCAL files a page loads.

It cannot prove a page offline: QtWebEngine's interceptor does not see remote URLs asked for by a
``file://`` page (PITFALLS; Chromium refuses them before any interceptor, since local pages may not
reach remote URLs). Remote requests are caught by the recording proxy every test's Chromium goes
through (tests/remote_recorder.py, the ``remote_requests`` fixture), from pages served over http.
"""

from __future__ import annotations

from PySide6.QtWebEngineCore import QWebEngineUrlRequestInterceptor

REMOTE = ("http:", "https:")


class RequestLog(QWebEngineUrlRequestInterceptor):
    """Records every URL the interceptor is shown. http(s) requests are let through to the recording
    proxy (which refuses them, and is what the tests check); with ``allowed``, any other scheme not in
    it is blocked.
    """

    def __init__(self, allowed: tuple[str, ...] | None = None):
        super().__init__()
        self.allowed = allowed
        self.urls: list[str] = []

    def interceptRequest(self, info) -> None:  # noqa: N802 - Qt's name
        url = info.requestUrl().toString()
        self.urls.append(url)
        if self.allowed is not None and not url.startswith(self.allowed + REMOTE):
            info.block(True)



def assert_cannot_reach_the_network(view) -> None:
    """What keeps the desktop's own pages offline: a local page that Chromium lets ask for no remote
    URL (LocalContentCanAccessRemoteUrls off, its default). The pages themselves are checked by
    serving them over http (tests/test_maps_offline_qt.py) and by scanning the written files."""
    from PySide6.QtWebEngineCore import QWebEngineSettings

    page = view.page()
    assert not page.settings().testAttribute(QWebEngineSettings.WebAttribute.LocalContentCanAccessRemoteUrls)
    assert page.url().scheme() in ("file", "qrc", "data", "about"), page.url().toString()
