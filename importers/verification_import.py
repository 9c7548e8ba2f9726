"""Bringing a filled verification sheet back: what the callers found becomes updates with
their provenance (the sheet, its row, who called and when), and changes made in the project
since the sheet went out are shown as conflicts before anything is applied.

``plan`` reads and compares without writing; ``apply`` writes one change to the project.
A conflict is a field the caller changed whose value in the project is no longer the one the
sheet showed; it is applied only when the user says the sheet wins.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from pathlib import Path

import openpyxl

from directory import countries, file_gate
from directory.model import Contact, Phone, Provenance, Service
from directory.store import Project
from importers import values as v
from importers.verification import COLUMNS, SHEET, VerificationError

STATUS = {"yes": "active", "no": "inactive", "temporarily closed": "temporarily closed", "closed": "inactive"}


@dataclass
class FieldChange:
    service_id: str
    service: str
    row: int
    field: str  # status, phones, schedule_text, assured_date, assurer, note
    old: object
    new: object
    conflict: bool = False  # the project changed since the sheet went out

    def describe(self) -> str:
        head = f"row {self.row}, {self.service}: {self.field.replace('_', ' ')}"
        old, new = _show(self.old), _show(self.new)
        if self.conflict:
            return f"{head}: the project now has {old} (changed since the sheet went out); the sheet says {new}"
        return f"{head}: {old} -> {new}"


def _show(value: object) -> str:
    if isinstance(value, list):
        value = "; ".join(map(str, value))
    if isinstance(value, date):
        value = value.isoformat()
    return f"'{value}'" if value not in (None, "") else "(empty)"


@dataclass
class Plan:
    file: str
    changes: list[FieldChange] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    called: int = 0
    not_reached: int = 0
    base_change: int | None = None  # the project's newest change when the plan was made

    @property
    def conflicts(self) -> list[FieldChange]:
        return [c for c in self.changes if c.conflict]


def _phones(service: Service) -> list[str]:
    return [p.number for c in service.contacts for p in c.phones]


def _rows(path: Path) -> list[tuple[int, dict[str, object]]]:
    checked = file_gate.workbook(path, "call list")
    if checked.kind != "xlsx":
        raise VerificationError(f"{path}: the call list is the .xlsx workbook 'servicemap verify-sheet' wrote; "
                                "give that file (saved again as .xlsx if it was converted).")
    checked.require_readable(SHEET)
    with checked.reading("call list"):
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
        try:
            if SHEET not in book.sheetnames:
                raise VerificationError(f"{path}: no '{SHEET}' sheet. Use the sheet 'servicemap verify-sheet' wrote.")
            rows = [list(r) for r in book[SHEET].iter_rows(max_row=checked.rows(SHEET), values_only=True)]
        finally:
            book.close()
    by_header = {header: key for key, header, _ in COLUMNS}
    keys = [by_header.get(str(h or "").strip()) for h in (rows[0] if rows else [])]
    if "service_id" not in keys or "reached" not in keys:
        raise VerificationError(f"{path}, sheet '{SHEET}': the header row is not the one ServiceMap wrote "
                                "(it needs 'Service ID' and 'Reached? (yes/no)'). Keep the header row as it was.")
    return [(i, {k: row[c] for c, k in enumerate(keys) if k and c < len(row)}) for i, row in enumerate(rows[1:], start=2)]


def plan(project: Project, path: str | Path, *, today: date | None = None) -> Plan:
    """Compare a filled sheet with the project; nothing is written."""
    path = Path(path)
    out = Plan(path.name, base_change=project.last_change_id())
    region = countries.iso2(project.country) if project.country else None
    services = {s.id: s for s in project.services()}
    for number, cells in _rows(path):
        text = lambda k: v.clean_text(cells.get(k))  # noqa: E731
        sid = text("service_id")
        filled = [k for k in ("reached", "open", "new_phones", "new_hours", "changes") if text(k)]
        if not sid or not filled:
            continue
        out.called += 1
        service = services.get(sid)
        if service is None:
            out.notes.append(f"row {number} ({text('service')}): no longer in the project; left out")
            continue
        add = lambda f, old, new, conflict=False: out.changes.append(  # noqa: E731
            FieldChange(sid, service.name, number, f, old, new, conflict))
        reached = text("reached").lower()
        if reached in ("yes", "y"):
            called_on, notes = v.parse_date(cells.get("called_on"))
            out.notes += [f"row {number} 'Date called': {n}" for n in notes]
            add("assured_date", service.assured_date, called_on or today or date.today())
            if text("caller"):
                add("assurer", service.assurer, text("caller"))
        elif reached in ("no", "n"):
            out.not_reached += 1
        status = STATUS.get(text("open").lower())
        if text("open") and status is None:
            out.notes.append(f"row {number} 'Still open?': '{text('open')}' is not yes, no or temporarily closed; left out")
        if status and status != service.status:
            add("status", service.status, status, text("status") != service.status)
        if text("new_phones"):
            numbers, notes = v.parse_phones(text("new_phones"), region)
            out.notes += [f"row {number} 'New phones': {n}" for n in notes]
            on_record = [p.strip() for p in text("phones").split(";") if p.strip()]
            if numbers and numbers != _phones(service):
                add("phones", _phones(service), numbers, on_record != _phones(service))
        if text("new_hours") and text("new_hours") != service.schedule_text:
            add("schedule_text", service.schedule_text, text("new_hours"), text("hours") != service.schedule_text)
        if text("changes"):
            add("note", service.extra.get("verification note", ""), text("changes"))
    return out


def apply(project: Project, the_plan: Plan, *, take_sheet: bool = False) -> int:
    """Write the plan's changes (conflicts only with ``take_sheet``); returns the services updated."""
    now = datetime.now(timezone.utc).replace(microsecond=0)
    by_service: dict[str, list[FieldChange]] = {}
    for c in the_plan.changes:
        if not c.conflict or take_sheet:
            by_service.setdefault(c.service_id, []).append(c)
    if not by_service:
        return 0
    with project.change("verification", f"Verification sheet {the_plan.file}"):
        project.require_unchanged_since(the_plan.base_change, f"the verification sheet {the_plan.file}")
        for sid, changes in by_service.items():
            service = project.service(sid)
            for c in changes:
                if c.field == "phones":
                    if not service.contacts:
                        service.contacts.append(Contact())
                    for other in service.contacts[1:]:
                        other.phones = []
                    service.contacts[0].phones = [Phone(n) for n in c.new]
                elif c.field == "note":
                    service.extra["verification note"] = c.new
                else:
                    setattr(service, c.field, c.new)
            service.provenance.append(Provenance(the_plan.file, SHEET, changes[0].row, now))
            project.save_service(service)
    return len(by_service)
