"""The verification round: a call list of the services not verified lately, as an XLSX sheet
that callers fill in (reached? still open? what changed?).

One row per service, grouped under its organisation with the organisation's phone numbers.
The columns on record (phones, hours, status, last verified) are what the caller checks,
and also what :mod:`importers.verification_import` compares with the project when the
filled sheet comes back, to find changes made meanwhile. Confidential services are on the
list with their phones, but without their site unless ``include_confidential``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import openpyxl
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

from directory import confidentiality
from directory.errors import UserFacingError
from directory.safe_text import set_xlsx_cell
from directory.store import Project
from directory.taxonomy import default_taxonomy
from importers.formats.guard import select

SHEET = "Call list"
#: (key, header, width); the first block is on record, the second is for the caller
ON_RECORD = [("service_id", "Service ID", 12), ("organisation", "Organisation", 28), ("service", "Service", 30),
             ("types", "Service types", 22), ("sites", "Site(s)", 26), ("phones", "Phones on record", 22),
             ("emails", "E-mails on record", 26), ("hours", "Hours on record", 18), ("status", "Status on record", 12),
             ("verified", "Last verified", 12)]
TO_FILL = [("reached", "Reached? (yes/no)", 11), ("open", "Still open? (yes/no/temporarily closed)", 16),
           ("new_phones", "New phones", 20), ("new_hours", "New hours", 18), ("changes", "Other changes", 30),
           ("caller", "Called by", 14), ("called_on", "Date called", 12)]
COLUMNS = ON_RECORD + TO_FILL
FILL_COLOUR, ORG_COLOUR = "FFF2CC", "DDEBF7"


class VerificationError(UserFacingError):
    """A verification sheet or option ServiceMap cannot use; the message says what to do."""


def parse_age(text: str | None) -> timedelta | None:
    """"6m", "90d", "1y", "2w" -> a time span; None for no limit."""
    if not text:
        return None
    m = re.fullmatch(r"\s*(\d+)\s*([dwmy])\s*", text.lower())
    if not m:
        raise VerificationError(f"--older-than '{text}': give a number and a unit, e.g. 6m (months), 90d, 2w or 1y.")
    n, unit = int(m[1]), m[2]
    return timedelta(days=n * {"d": 1, "w": 7, "m": 30.44, "y": 365.25}[unit])


@dataclass
class CallRow:
    values: dict[str, object]
    organisation_phones: str


def call_list(project: Project, *, older_than: timedelta | None = None, today: date | None = None,
              include_confidential: bool = False) -> list[CallRow]:
    """Services never verified, or verified before ``today - older_than``, ordered by organisation."""
    cutoff = (today or date.today()) - older_than if older_than else None
    selection = select(project, include_confidential=include_confidential, output=confidentiality.VERIFICATION)
    taxonomy = default_taxonomy()
    grouped: dict[str, list] = {}
    for e in selection.entries:
        grouped.setdefault(e.service.id, []).append(e)
    rows = []
    for entries in grouped.values():
        s, org = entries[0].service, entries[0].organisation
        if cutoff and s.assured_date and s.assured_date >= cutoff:
            continue
        sites = "; ".join(e.site.name for e in entries if e.site) or ("(confidential)" if entries[0].withheld else "")
        rows.append(CallRow({
            "service_id": s.id, "organisation": org.name, "service": s.name, "types": "; ".join(taxonomy.label(c) if c in taxonomy else c for c in s.service_types),
            "sites": sites, "phones": "; ".join(p.number for c in s.contacts for p in c.phones),
            "emails": "; ".join(x for c in s.contacts for x in c.emails), "hours": s.schedule_text,
            "status": s.status, "verified": s.assured_date.isoformat() if s.assured_date else "never",
        }, "; ".join(p.number for p in org.phones)))
    rows.sort(key=lambda r: (str(r.values["organisation"]).casefold(), str(r.values["service"]).casefold()))
    return rows


def write_sheet(project: Project, out_path: str | Path, *, older_than: str | None = None, today: date | None = None,
                include_confidential: bool = False) -> int:
    """Write the call list; returns the number of services on it."""
    rows = call_list(project, older_than=parse_age(older_than), today=today, include_confidential=include_confidential)
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = SHEET
    for c, (_, header, width) in enumerate(COLUMNS, start=1):
        cell = sheet.cell(1, c, header)
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        cell.fill = PatternFill("solid", fgColor=FILL_COLOUR if c > len(ON_RECORD) else "D9D9D9")
        sheet.column_dimensions[cell.column_letter].width = width
    yes_no = DataValidation(type="list", formula1='"yes,no"', allow_blank=True)
    still_open = DataValidation(type="list", formula1='"yes,no,temporarily closed"', allow_blank=True)
    sheet.add_data_validation(yes_no)
    sheet.add_data_validation(still_open)
    r, current_org = 2, None
    for row in rows:
        if row.values["organisation"] != current_org:  # a band naming the organisation and its phones
            current_org = row.values["organisation"]
            label = f"{current_org}" + (f" — {row.organisation_phones}" if row.organisation_phones else "")
            set_xlsx_cell(sheet.cell(r, 2), label)
            for c in range(1, len(COLUMNS) + 1):
                sheet.cell(r, c).fill = PatternFill("solid", fgColor=ORG_COLOUR)
                sheet.cell(r, c).font = Font(bold=True)
            r += 1
        for c, (key, _, _) in enumerate(ON_RECORD, start=1):
            set_xlsx_cell(sheet.cell(r, c), row.values[key])
        for c in range(len(ON_RECORD) + 1, len(COLUMNS) + 1):
            sheet.cell(r, c).fill = PatternFill("solid", fgColor=FILL_COLOUR)
        yes_no.add(sheet.cell(r, len(ON_RECORD) + 1))
        still_open.add(sheet.cell(r, len(ON_RECORD) + 2))
        r += 1
    sheet.freeze_panes = "D2"
    sheet.auto_filter.ref = f"A1:{sheet.cell(1, len(COLUMNS)).column_letter}{max(r - 1, 1)}"
    sheet.page_setup.orientation = "landscape"  # printed for the callers: all columns on one page width
    sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight = 1, 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_title_rows = "1:1"
    sheet.column_dimensions["A"].hidden = True  # the ID is for ServiceMap, not for the caller
    book.save(Path(out_path))
    return len(rows)
