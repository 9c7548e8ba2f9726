"""The project file's SQLite connection: how long it waits for another program, and what its
errors mean to the person using ServiceMap.

Another program may hold the file's lock — a second ServiceMap importing, QGIS editing the
layer, a sync, a backup tool. Every statement waits for it up to :data:`BUSY_TIMEOUT_S`; after
that, and for a damaged, read-only or full disk, the connection raises a :class:`ProjectError`
whose message names the file and says what to do, instead of ``sqlite3.OperationalError``.
Only errors that mean something about the file are translated; a mistake in a query stays the
programming error it is.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from directory.errors import UserFacingError

#: How long a statement waits for another program's lock before the project is "in use".
BUSY_TIMEOUT_S = 5

#: SQLite's page cache, in KiB: 64 MB as a rule (SQLite's own default is 2 MB, and large imports
#: and edits spent their time re-reading pages), large imports included.
CACHE_KB = 65_536
#: The page cache while an import's rows are written (``Project.save_many``). The record IDs grow as
#: they are made (``directory.model.new_id``), so each index is written at its end and a small cache
#: holds the pages being written: at 100,000 rows 16 MB took the same time as 64 MB and the
#: import's peak memory was 35 MB lower (2026-12-06).
WRITE_CACHE_KB = 16_384


class ProjectError(UserFacingError):
    """A problem with a project file that the user can act on; the message says what to do."""


class ProjectBusy(ProjectError):
    """Another program held the project's lock for longer than ServiceMap waits."""


class ProjectDamaged(ProjectError):
    """The project file is damaged: not a database any more, or missing its tables."""


# SQLite's primary result codes (sqlite3.h), the low byte of ``sqlite_errorcode``.
_BUSY, _LOCKED, _READONLY, _IOERR, _CORRUPT, _FULL, _NOTADB = 5, 6, 8, 10, 11, 13, 26


def user_error(exc: sqlite3.Error, path: Path) -> ProjectError | None:
    """The message a person needs for ``exc`` on the project ``path``, or None for a programming error."""
    code = (getattr(exc, "sqlite_errorcode", None) or 0) & 0xFF
    text = str(exc)
    if code in (_BUSY, _LOCKED) or "database is locked" in text:
        return ProjectBusy(
            f"{path}: the project is in use by another program (another ServiceMap, QGIS, a sync or a backup tool "
            f"held it for more than {BUSY_TIMEOUT_S} s); close the project there and try again. Nothing was changed.")
    if code in (_CORRUPT, _NOTADB) or text.startswith(("database disk image is malformed", "file is not a database")):
        return ProjectDamaged(f"{path}: the project file is damaged ({text}). Open a backup copy of the project.")
    if text.startswith(("no such table: ", "no such column: ")):
        return ProjectDamaged(f"{path}: the project file is damaged or incomplete ({text}). "
                              "Open a backup copy of the project.")
    if code == _READONLY:
        return ProjectError(f"{path}: the project file cannot be written (it is read-only here). Copy it to a "
                            "folder you can write to, or change its permissions, and try again.")
    if code == _FULL:
        return ProjectError(f"{path}: the disk is full; nothing was changed. Free some space and try again.")
    if code == _IOERR:
        return ProjectError(f"{path}: the project file could not be read or written ({text}). If it is on a "
                            "USB stick or a network folder, copy it to this computer and try again.")
    return None


class ProjectConnection(sqlite3.Connection):
    """A connection whose statements raise :class:`ProjectError` for a busy, damaged or read-only file."""

    path: Path

    def _translated(self, exc: sqlite3.Error) -> BaseException:
        return user_error(exc, self.path) or exc

    def execute(self, *args):  # noqa: D102 - sqlite3's
        try:
            return super().execute(*args)
        except sqlite3.Error as exc:
            raise self._translated(exc) from None
        except UnicodeDecodeError:  # a name or value stored as text that is not UTF-8: damage
            raise ProjectDamaged(f"{self.path}: the project file is damaged (a value that should be text is not). "
                                 "Open a backup copy of the project.") from None

    def executemany(self, *args):  # noqa: D102
        try:
            return super().executemany(*args)
        except sqlite3.Error as exc:
            raise self._translated(exc) from None

    def executescript(self, *args):  # noqa: D102
        try:
            return super().executescript(*args)
        except sqlite3.Error as exc:
            raise self._translated(exc) from None


def _text(data: bytes) -> str:
    return data.decode("utf-8", "replace")


def connect(path: Path) -> ProjectConnection:
    """A connection to the project file: autocommit (transactions are explicit), a busy timeout,
    a rollback journal with full sync, so a killed process leaves a file that opens."""
    conn = sqlite3.connect(path, isolation_level=None, timeout=BUSY_TIMEOUT_S, factory=ProjectConnection)
    conn.path = Path(path)
    conn.row_factory = sqlite3.Row
    # Text that is not UTF-8 (a damaged byte, or a row another program wrote in a code page) reads with
    # U+FFFD in its place, as a text editor shows it: sqlite3's default stops the whole read instead.
    conn.text_factory = _text
    try:
        # One self-contained file (no -wal beside it) that survives a killed process.
        conn.execute("PRAGMA journal_mode = DELETE")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute(f"PRAGMA cache_size = -{CACHE_KB}")
        conn.execute("PRAGMA foreign_keys = ON")
    except BaseException:
        conn.close()
        raise
    return conn
