"""What reading a service list gives: the records, and an outcome for every source row.

Every reader (workbooks, CSV, HSDS, KoBo …) returns an :class:`ImportResult`, and
:func:`importers.save.save_import` stores one in a project.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from directory.model import Organisation, Service, Site

STATUSES = ("imported", "updated", "duplicate", "not-a-service", "rejected")


@dataclass
class RowOutcome:
    sheet: str
    row: int  # as Excel shows it
    status: str
    service_id: str | None = None
    messages: list[str] = field(default_factory=list)


@dataclass
class ImportResult:
    file: str
    organisations: list[Organisation] = field(default_factory=list)
    services: list[Service] = field(default_factory=list)
    sites: list[Site] = field(default_factory=list)
    links: list[tuple[str, str]] = field(default_factory=list)  # (service id, site id)
    rows: list[RowOutcome] = field(default_factory=list)
    skipped_sheets: dict[str, str] = field(default_factory=dict)

    def summary(self) -> dict[str, int]:
        counts = dict.fromkeys(STATUSES, 0)
        for r in self.rows:
            counts[r.status] += 1
        return counts
