"""A table turned on its side: each column a service provider, each row a field ("Organisation / संस्था",
"District", "Case management" with ✓ in the cells, "Phone"). It has no header row, so it cannot be read
as it is; the sheet is skipped saying how to turn it (17th tryout: it said only "no table of services")."""

from __future__ import annotations

from importers import skip_reasons
from importers.columns import header_field
from importers.readers import SheetData
from importers.table import HEADER_SEARCH_ROWS

_ORGANISATION_FIELDS = ("organisation", "lead_organisation")
_MIN_FIELDS = 3  # rows naming a field, the organisation's among them
_MIN_PROVIDERS = 2


def reason(sheet: SheetData) -> str:
    """The skip reason of a turned table, else ""."""
    rows = sheet.rows[:HEADER_SEARCH_ROWS]
    col = min((next(c for c, x in enumerate(r) if x not in (None, "")) for r in rows if any(x not in (None, "") for x in r)),
              default=None)
    if col is None:
        return ""
    fields = []
    for i, row in enumerate(rows):
        label = row[col] if col < len(row) else None
        if type(label) is str and label.strip():
            field = header_field(label.strip())[0]
            if field not in (None, "extra", "ignore"):
                fields.append((i, label.strip(), field))
    organisation = next(((i, label) for i, label, field in fields if field in _ORGANISATION_FIELDS), None)
    if organisation is None or len(fields) < _MIN_FIELDS:
        return ""
    i, label = organisation
    if sum(1 for x in rows[i][col + 1:] if x not in (None, "")) < _MIN_PROVIDERS:
        return ""
    return skip_reasons.TURNED_TABLE.format(label=label, row=i + 1)
