"""The import history: every import's report, kept in the project so it can be opened again.

One row of ``sm_import_reports`` per import, written inside the import's own change (so a
cancelled or failed import leaves no report either): when, who, the file, the counts by status,
and the whole report as one zlib-compressed JSON blob. Rows are stored as short lists
(sheet number, row, status number, service ID, messages) rather than dictionaries, which
keeps a 100,000-row report to about 2.5 MB (the service IDs do not compress); zlib's
fastest level costs 6% in size and saves two thirds of the time of its default.
"""

from __future__ import annotations

import copy
import json
import zlib
from dataclasses import dataclass, field
from typing import Any

from directory import report_store
from directory.errors import UserFacingError
from directory.report_store import Entry
from importers.collector import collector_paused
from importers.result import STATUSES, ImportResult, RowOutcome

_FORMAT = 1


class NoSuchReport(UserFacingError):
    """The import report asked for is not in the project."""


@dataclass
class StoredResult(ImportResult):
    """An import's report read back from the project: the rows, notes and mappings, no records."""

    mappings: list[dict] = field(default_factory=list)
    entry: Entry | None = None

    def report(self) -> dict[str, Any]:
        out = super().report()
        out["mappings"] = self.mappings
        return out


def encode(result: ImportResult) -> bytes:
    """The report of ``result`` as compressed JSON."""
    sheets: dict[str, int] = {}
    status_no = {s: k for k, s in enumerate(STATUSES)}
    with collector_paused():
        rows = [[sheets.setdefault(r.sheet, len(sheets)), r.row, status_no[r.status], r.service_id, r.messages]
                for r in result.rows]
    head = _head(result)
    doc = {"format": _FORMAT, "file": result.file, "sheets": list(sheets), "rows": rows,
           "skipped_sheets": head["skipped_sheets"], "notes": head["notes"], "mappings": head["mappings"]}
    return zlib.compress(json.dumps(doc, ensure_ascii=False, separators=(",", ":")).encode("utf-8"), 1)


def _head(result: ImportResult) -> dict[str, Any]:
    """The report without its rows (building 100,000 row dictionaries only to drop them costs time)."""
    bare = copy.copy(result)
    bare.rows = []
    return bare.report()


def decode(blob: bytes) -> StoredResult:
    # 100,000 new objects set off the garbage collector again and again, and each of its passes
    # walks everything the program holds (a whole import, in the wizard): eight times slower.
    with collector_paused():
        doc = json.loads(zlib.decompress(blob).decode("utf-8"))
        sheets = doc["sheets"]
        rows = [RowOutcome(sheets[s], row, STATUSES[st], sid, msgs) for s, row, st, sid, msgs in doc["rows"]]
    result = StoredResult(file=doc["file"], mappings=doc.get("mappings", []), notes=doc.get("notes", []),
                          skipped_sheets={s["sheet"]: s["reason"] for s in doc.get("skipped_sheets", [])})
    result.rows = rows
    return result


def record(project, result: ImportResult) -> int:
    """Store the report of ``result`` inside the running change (the import's); returns its ID."""
    return report_store.add(project, result.file, result.summary(), encode(result))


def entries(project) -> list[Entry]:
    """Every stored import report, newest first."""
    return report_store.entries(project)


def load(project, report_id: int | None = None) -> StoredResult:
    """One stored report (the newest when ``report_id`` is None)."""
    found = report_store.report(project, report_id)
    if found is None and report_id is None:
        raise NoSuchReport(f"{project.path}: no import has been recorded in this project yet.")
    if found is None:
        known = ", ".join(str(e.id) for e in entries(project)[:10]) or "none"
        raise NoSuchReport(f"{project.path}: no import report number {report_id}. "
                           f"The reports kept are: {known} (see the list with --list).")
    entry, blob = found
    result = decode(blob)
    result.entry = entry
    return result
