"""The one request log the Qt tests install on a QtWebEngine profile to prove pages stay offline."""

from __future__ import annotations

from PySide6.QtWebEngineCore import QWebEngineUrlRequestInterceptor

REMOTE = ("http:", "https:")


class RequestLog(QWebEngineUrlRequestInterceptor):
    """Records every URL a page asks for, and blocks those that would leave the machine.

    ``allowed``: when given, every scheme not in it is blocked too (e.g. only local files).
    """

    def __init__(self, allowed: tuple[str, ...] | None = None):
        super().__init__()
        self.allowed = allowed
        self.urls: list[str] = []

    def interceptRequest(self, info) -> None:  # noqa: N802 - Qt's name
        url = info.requestUrl().toString()
        self.urls.append(url)
        if url.startswith(REMOTE) or (self.allowed is not None and not url.startswith(self.allowed)):
            info.block(True)

    def remote(self) -> list[str]:
        """The http(s) URLs asked for (an offline page asks for none)."""
        return [u for u in self.urls if u.startswith(REMOTE)]
