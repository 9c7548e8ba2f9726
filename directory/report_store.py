"""The import history's table (``sm_import_reports``): one row per import, its report as one blob.

:mod:`importers.history` encodes and decodes the report; this module only keeps the rows.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from directory import settings_store

TABLE = "sm_import_reports"
_COLUMNS = "id, change_id, at, user, file, summary"


@dataclass
class Entry:
    """One past import, as the history lists it."""

    id: int
    change_id: int | None
    at: str
    user: str
    file: str
    summary: dict[str, int]

    @property
    def rows(self) -> int:
        return sum(self.summary.values())


def add(project, file: str, summary: dict, report: bytes) -> int:
    """Keep one import's report inside the running change (the import's own); returns its ID."""
    change_id = project.require_change()
    at, user = settings_store.change_time_and_user(project, change_id)
    cur = project.connection.execute(
        f"INSERT INTO {TABLE} (change_id, at, user, file, summary, report) VALUES (?, ?, ?, ?, ?, ?)",
        (change_id, at, user, file, json.dumps(summary), report))
    project.log_change(TABLE, str(cur.lastrowid), None, {"name": file})
    return cur.lastrowid


def entries(project) -> list[Entry]:
    """Every kept report, newest first (without the blobs)."""
    rows = project.connection.execute(f"SELECT {_COLUMNS} FROM {TABLE} ORDER BY id DESC")
    return [Entry(*r[:5], json.loads(r[5])) for r in rows]


def report(project, report_id: int | None = None) -> tuple[Entry, bytes] | None:
    """One report's row and blob (the newest when ``report_id`` is None), or None."""
    if report_id is None:
        row = project.connection.execute(f"SELECT {_COLUMNS}, report FROM {TABLE} ORDER BY id DESC LIMIT 1").fetchone()
    else:
        row = project.connection.execute(f"SELECT {_COLUMNS}, report FROM {TABLE} WHERE id = ?",
                                         (int(report_id),)).fetchone()
    return (Entry(*row[:5], json.loads(row[5])), row[6]) if row else None


def report_size(project, report_id: int) -> int:
    """How many bytes one report's blob takes in the file."""
    row = project.connection.execute(f"SELECT length(report) FROM {TABLE} WHERE id = ?", (report_id,)).fetchone()
    return row[0] if row else 0
