"""Every http(s) request QtWebEngine makes during the tests, caught by a proxy that records it.

QtWebEngine's request interceptor does not see remote URLs asked for by a ``file://`` page
(PITFALLS: a page with four remote references logged none), so "the interceptor saw no remote
request" proves nothing. Instead conftest.py points Chromium at this proxy on 127.0.0.1
(``--proxy-server``): every http(s) request of any page — scripts, styles, images, tiles,
``fetch`` — arrives here as ``GET http://host/…`` or ``CONNECT host:443``, is recorded and
refused. Loopback addresses bypass the proxy. Subprocesses started by the tests (a PDF printed
by ``servicemap pathways``) inherit the setting and are recorded too.
"""

from __future__ import annotations

import functools
import socket
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path


class RemoteRecorder:
    """A listening socket on 127.0.0.1 and a thread that records each request's first line."""

    def __init__(self) -> None:
        self._server = socket.create_server(("127.0.0.1", 0))
        self.port = self._server.getsockname()[1]
        self.hits: list[str] = []
        self._lock = threading.Lock()
        threading.Thread(target=self._serve, name="remote-recorder", daemon=True).start()

    @property
    def proxy(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def _serve(self) -> None:
        while True:
            conn, _ = self._server.accept()
            threading.Thread(target=self._record, args=(conn,), daemon=True).start()

    def _record(self, conn: socket.socket) -> None:
        with conn:
            conn.settimeout(5)
            head = b""
            try:
                while b"\r\n" not in head and len(head) < 65536:
                    chunk = conn.recv(4096)
                    if not chunk:
                        break
                    head += chunk
                line = head.split(b"\r\n", 1)[0].decode("latin-1")
                if line:
                    with self._lock:
                        self.hits.append(line.rsplit(" ", 1)[0])  # "GET http://host/path", "CONNECT host:443"
                conn.sendall(b"HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
            except OSError:
                pass

    def mark(self) -> int:
        """Where the record stands now; :meth:`since` gives what came after."""
        with self._lock:
            return len(self.hits)

    def since(self, mark: int) -> list[str]:
        with self._lock:
            return self.hits[mark:]


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass


class LocalSite:
    """A folder served on http://127.0.0.1 (loopback: not through the proxy). A page served from
    here may ask for remote URLs as any web page may — so a remote reference in it reaches the
    recording proxy — where the same page opened as a file would be refused them in silence."""

    def __init__(self, folder: Path) -> None:
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(folder)))
        self.folder = Path(folder)
        self.base = f"http://127.0.0.1:{self._server.server_address[1]}/"
        threading.Thread(target=self._server.serve_forever, name="local-site", daemon=True).start()

    def url(self, path: Path) -> str:
        return self.base + Path(path).relative_to(self.folder).as_posix()

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()


RECORDER = RemoteRecorder()
