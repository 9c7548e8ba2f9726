"""What reading a service list gives: the records, and an outcome for every source row.

Every reader (workbooks, CSV, HSDS, KoBo …) returns an :class:`ImportResult`, and
:func:`importers.save.save_import` stores one in a project. :meth:`ImportResult.report`
is the JSON report ``servicemap import --report`` writes and the wizard shows.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from directory.model import Organisation, Service, Site

STATUSES = ("imported", "updated", "duplicate", "not-a-service", "rejected")


@dataclass(slots=True)
class RowOutcome:
    sheet: str
    row: int  # as Excel shows it
    status: str
    service_id: str | None = None
    messages: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {"sheet": self.sheet, "row": self.row, "status": self.status, "service_id": self.service_id,
                "messages": list(self.messages)}


@dataclass
class ImportResult:
    file: str
    organisations: list[Organisation] = field(default_factory=list)
    services: list[Service] = field(default_factory=list)
    sites: list[Site] = field(default_factory=list)
    links: list[tuple[str, str]] = field(default_factory=list)  # (service id, site id)
    rows: list[RowOutcome] = field(default_factory=list)
    skipped_sheets: dict[str, str] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)  # about the whole file or a sheet
    tables: list = field(default_factory=list)  # importers.table.Table, one per sheet read
    existing_ids: set[str] = field(default_factory=set)  # records already in the project (updates)

    def summary(self) -> dict[str, int]:
        counts = dict.fromkeys(STATUSES, 0)
        for r in self.rows:
            counts[r.status] += 1
        return counts

    def report(self) -> dict[str, Any]:
        """The import report: counts by status, every row with its reasons, skipped sheets, notes."""
        return {
            "file": self.file,
            "summary": self.summary(),
            "skipped_sheets": [{"sheet": s, "reason": why} for s, why in self.skipped_sheets.items()],
            "notes": list(self.notes),
            "mappings": [
                {"sheet": t.sheet, "header_row": t.header_row + 1,
                 "columns": [{"column": m.column + 1, "header": m.header, "hxl": m.hxl, "field": m.field,
                              "confidence": m.confidence, "how": m.how} for m in t.mapping]}
                for t in self.tables
            ],
            "rows": [r.as_dict() for r in self.rows],
        }
