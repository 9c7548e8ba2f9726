"""The entries of pathways as a CSV table (one row per service per step), for checking and mail merge.

Confidential services have their function and contact route, and empty site, address and
coordinates, exactly as on the printed page. Every cell goes through
:func:`directory.safe_text.csv_cell`, so no cell runs as a formula in a spreadsheet.
"""

from __future__ import annotations

import csv
import io

from directory.safe_text import csv_cell
from pathways.model import Pathway

COLUMNS = [
    "area_pcode", "area", "concern", "step", "step_title", "position", "printed", "organisation", "service",
    "function", "phones", "emails", "hours", "languages", "eligibility", "cost", "accessibility", "referral",
    "where", "site", "address", "latitude", "longitude", "verified_on", "stale", "confidential",
]  # fmt: skip


def csv_text(pathways: list[Pathway]) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")  # RFC 4180; a carriage return inside a cell is quoted too
    w.writerow(COLUMNS)
    row = lambda cells: w.writerow([csv_cell(c) for c in cells])  # noqa: E731
    for p in pathways:
        for number, step in enumerate(p.steps, start=1):
            for pos, e in enumerate(step.all_entries, start=1):
                row([
                    p.area.pcode, p.area_name, p.concern, number, step.title, pos, "yes" if pos <= len(step.entries) else "no",
                    e.organisation, e.service, e.function, "; ".join(e.phones), "; ".join(e.emails), e.hours,
                    ", ".join(e.languages), e.eligibility, e.cost, e.accessibility, e.referral, e.where, e.site,
                    e.address, "" if e.latitude is None else e.latitude, "" if e.longitude is None else e.longitude,
                    e.verified_on or "", "yes" if e.stale else "no", "yes" if e.confidential else "no",
                ])  # fmt: skip
    return buf.getvalue()
