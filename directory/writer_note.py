"""Which ServiceMap is writing a project: a note beside the file while it holds the write lock.

SQLite says only that a file is locked, not by whom. An import takes minutes on a large list,
and a second ServiceMap waiting behind it should wait and say so, while a lock held by another
program (QGIS editing the layer, a backup tool) should still be reported after a few seconds.
So a ServiceMap that takes the project's write lock leaves a small note beside the file,
``<project>.writing-<process>-<n>``, saying what it does, who and since when, and holds an
operating-system lock on the note until it lets the project go. A note whose lock is held is a
ServiceMap writing now; a note left by a process that was killed has no lock and is removed by
the next writer. (The OS releases a killed process's locks, so no note can claim a writer that
is gone.) If the note cannot be written — a read-only folder — the writer writes without one.
"""

from __future__ import annotations

import itertools
import json
import os
import socket
import sys
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from directory.connection import BUSY_TIMEOUT_S, ProjectBusy
from directory.tasks import CancelCheck, Progress, stop_if

#: How long a writer waits for another ServiceMap writing the same project (an import of a
#: national list takes minutes), checking every :data:`_RETRY_MS` whether it may stop.
WRITER_WAIT_S = 30 * 60
_RETRY_MS = 250
#: What a waiting writer's progress says (the command line shows these lines).
WAITING = "Waiting for another ServiceMap to finish"
_SUFFIX = ".writing-"
_LOCKED_BYTE = 1 << 20  # Windows' locks forbid reading the bytes they cover: lock one past the note
_numbers = itertools.count(1)


@dataclass
class OtherWriter:
    """Another ServiceMap holding the write lock of a project."""

    what: str
    user: str
    host: str
    since: str  # ISO time

    def __str__(self) -> str:
        at = self.since[11:16] if len(self.since) >= 16 else self.since
        return f"{self.what or 'a change'} by {self.user} on {self.host}, since {at}"


class WriterNote:
    """This process's note for one project, held from :meth:`take` until :meth:`release`."""

    def __init__(self, path: Path, handle):
        self.path, self._handle = path, handle

    @classmethod
    def take(cls, project: Path, what: str, user: str) -> WriterNote | None:
        """Write and lock the note (call it holding the project's write lock); None if it cannot be written."""
        project = Path(project)
        path = project.with_name(f"{project.name}{_SUFFIX}{os.getpid()}-{next(_numbers)}")
        try:
            handle = open(path, "w+b")  # noqa: SIM115 - held open until release()
        except OSError:
            return None
        try:
            if not _lock(handle, exclusive=True):
                raise OSError("the note is locked")
            handle.write(json.dumps({"what": what, "user": user or "someone", "host": socket.gethostname(),
                                     "since": datetime.now().isoformat(timespec="seconds")}).encode("utf-8"))
            handle.flush()
        except OSError:
            handle.close()
            _remove(path)
            return None
        note = cls(path, handle)
        for stale in _notes(project):  # left by killed processes: nobody holds their lock
            if stale != path and _holder(stale) is None:
                _remove(stale)
        return note

    def release(self) -> None:
        if self._handle is not None:
            self._handle.close()  # closing lets the lock go
            self._handle = None
            _remove(self.path)


def begin_writing(conn, project: Path, what: str, user: str, *, wait: bool = False,
                  progress: Progress | None = None, cancelled: CancelCheck | None = None) -> WriterNote | None:
    """Take the project's write lock on ``conn`` (``BEGIN IMMEDIATE``) and leave this writer's note.

    SQLite waits up to the busy timeout for whoever holds the lock. If that is another ServiceMap
    and ``wait`` is set, this writer keeps waiting (up to :data:`WRITER_WAIT_S`), says so through
    ``progress`` and stops when ``cancelled()``; otherwise :class:`ProjectBusy` names what the
    other ServiceMap is doing. A lock held by another program is "in use" after the busy timeout.
    """
    try:
        conn.execute("BEGIN IMMEDIATE")
    except ProjectBusy:
        others = other_writers(project)
        if not others:
            raise  # another program: the connection's own message
        if not wait:
            raise _busy(project, others[0]) from None
        _wait_for(conn, project, progress, cancelled)
    return WriterNote.take(project, what, user)


def _wait_for(conn, project: Path, progress: Progress | None, cancelled: CancelCheck | None) -> None:
    deadline, said = time.monotonic() + WRITER_WAIT_S, ""
    conn.execute(f"PRAGMA busy_timeout = {_RETRY_MS}")
    try:
        while True:
            stop_if(cancelled)
            others = other_writers(project)
            if others and str(others[0]) != said:
                said = str(others[0])
                (progress or (lambda *_: None))(0.0, f"{WAITING}: {said}")
            try:
                conn.execute("BEGIN IMMEDIATE")
                return
            except ProjectBusy:
                if not others:  # the other ServiceMap is done, but something else holds the file
                    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_S * 1000}")
                    conn.execute("BEGIN IMMEDIATE")
                    return
                if time.monotonic() > deadline:
                    raise _busy(project, others[0], waited=True) from None
    finally:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_S * 1000}")


def _busy(project: Path, other: OtherWriter, *, waited: bool = False) -> ProjectBusy:
    how_long = f" for more than {WRITER_WAIT_S // 60} minutes" if waited else ""
    return ProjectBusy(f"{project}: the project is in use by another program: another ServiceMap is writing it{how_long} "
                       f"({other}); try again when it has finished. Nothing was changed.")


def other_writers(project: str | Path) -> list[OtherWriter]:
    """The other ServiceMaps (processes, or connections of this one) writing ``project`` now."""
    return [w for note in _notes(Path(project)) if (w := _holder(note)) is not None]


def _notes(project: Path) -> list[Path]:
    try:
        return sorted(project.parent.glob(f"{_glob_escape(project.name)}{_SUFFIX}*"))
    except OSError:
        return []


def _holder(note: Path) -> OtherWriter | None:
    """Who holds ``note``'s lock (None when nobody does, or it cannot be read)."""
    try:
        with open(note, "rb") as f:
            if _lock(f, exclusive=False):
                return None  # nobody holds it: a note left behind
            data = json.loads(f.read(4096).decode("utf-8") or "{}")
    except (OSError, ValueError):
        return None
    return OtherWriter(str(data.get("what", "")), str(data.get("user", "")), str(data.get("host", "")),
                       str(data.get("since", "")))


def _lock(f, *, exclusive: bool) -> bool:
    """Take ``f``'s lock without waiting (kept until ``f`` is closed); False when another holds it."""
    try:
        if sys.platform == "win32":
            import msvcrt

            f.seek(_LOCKED_BYTE)
            msvcrt.locking(f.fileno(), msvcrt.LK_NBLCK, 1)
            f.seek(0)
        else:
            import fcntl

            fcntl.flock(f.fileno(), (fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH) | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def _remove(path: Path) -> None:
    try:
        path.unlink()
    except OSError:
        pass


def _glob_escape(name: str) -> str:
    return "".join(f"[{c}]" if c in "*?[" else c for c in name)
