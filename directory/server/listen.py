"""Hearing other people's changes as they happen: LISTEN on the server's change channel.

The server's triggers NOTIFY ``servicemap_changes`` (with the table's name) after every write;
a :class:`Listener` holds its own connection, waits for those notices on a thread of its own
and calls ``on_change`` with the tables that changed, a burst of notices coalesced into one
call. The desktop then syncs. Offline, it simply hears nothing; ``stop`` ends it.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from directory.server.connect import connect

CHANNEL = "servicemap_changes"


class Listener:
    def __init__(self, url: str, on_change: Callable[[set[str]], None], *, settle_seconds: float = 0.3,
                 ask_password=None):
        self.url = url
        self.on_change = on_change
        self.settle_seconds = settle_seconds
        self._ask_password = ask_password
        self._stop = threading.Event()
        self._ready = threading.Event()
        self._thread = threading.Thread(target=self._run, name="servicemap-listen", daemon=True)
        self.error: BaseException | None = None

    def start(self, wait: float = 10) -> Listener:
        """Start listening; returns once the server has accepted the LISTEN (or it failed, or
        ``wait`` seconds have passed; 0 returns at once)."""
        self._thread.start()
        if wait:
            self._ready.wait(wait)
        return self

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=5)

    def _run(self) -> None:
        try:
            with connect(self.url, ask_password=self._ask_password, autocommit=True) as conn:
                conn.execute(f"LISTEN {CHANNEL}")
                self._ready.set()
                while not self._stop.is_set():
                    tables = {n.payload for n in conn.notifies(timeout=0.5, stop_after=1)}
                    if not tables:
                        continue
                    tables |= {n.payload for n in conn.notifies(timeout=self.settle_seconds)}
                    self.on_change(tables)
        except Exception as exc:  # offline, or the server went away: the copy keeps working
            self.error = exc
        finally:
            self._ready.set()
