"""A KoBoToolbox export with a repeat group: the services are on the repeat's sheet, one row each, and
their organisation, facility and GPS point on the main sheet, one row per submission. KoBo joins them
by ``_parent_index`` (the repeat's rows) and ``_index`` (the main sheet's), and names the main sheet in
``_parent_table_name``.

Read alone, the repeat's rows had no organisation and no place, and the main sheet's rows were taken
for services (17th tryout). Here each repeat row gets its submission's columns after its own; the main
sheet is then skipped, saying where its rows went (the joined columns are marked, so that a facility's
remarks do not give each of its services the types they name). KoBo's own columns of the main sheet (``_id``,
``_uuid``, ``_submission_time`` …, and the ``start``, ``end``, ``deviceid`` questions) are left out,
except its GPS point.
"""

from __future__ import annotations

from importers.readers import SheetData
from importers.values import clean_text

_JOIN = ("_parent_index", "_parent_table_name")
_SHEET_NAME_CHARS = 31  # Excel's limit: KoBo cuts a long group's sheet name, not its _parent_table_name


def _header(sheet: SheetData) -> dict[str, int]:
    first = sheet.rows[0] if sheet.rows else []
    return {x.strip(): col for col, x in enumerate(first) if type(x) is str and x.strip()}


#: The questions KoBo adds to a form about the submission itself (when, on which device).
_SUBMISSION_QUESTIONS = frozenset(("start", "end", "today", "deviceid", "username", "simserial", "subscriberid",
                                   "phonenumber", "audit"))


def _kept(name: str) -> bool:
    """Whether a main-sheet column joins the repeat's rows: its answers, and the GPS point."""
    if name.startswith("_"):
        return name.endswith(("_latitude", "_longitude"))
    return name not in _SUBMISSION_QUESTIONS


def join(sheets: list[SheetData]) -> tuple[list[SheetData], dict[str, str]]:
    """The sheets with each repeat sheet joined to its main sheet, and each main sheet so joined
    mapped to the repeat sheet it went into (the pipeline skips it, saying so)."""
    by_name = {s.name: s for s in sheets}
    joined: dict[str, str] = {}
    out = []
    for sheet in sheets:
        header = {} if sheet.skipped else _header(sheet)
        if not all(k in header for k in _JOIN):
            out.append(sheet)
            continue
        names = {clean_text(row[header["_parent_table_name"]]) for row in sheet.rows[1:]
                 if header["_parent_table_name"] < len(row) and clean_text(row[header["_parent_table_name"]])}
        parent = next((by_name.get(n) or by_name.get(n[:_SHEET_NAME_CHARS]) for n in names), None) \
            if len(names) == 1 else None
        theirs = {} if parent is None or parent.skipped else _header(parent)
        if "_index" not in theirs or parent is sheet:
            out.append(sheet)
            continue
        columns = [(name, col) for name, col in theirs.items() if _kept(name) and name not in header]
        submissions = {clean_text(row[theirs["_index"]]): row for row in parent.rows[1:] if theirs["_index"] < len(row)}
        width = max(len(row) for row in sheet.rows)
        rows = [[*sheet.rows[0], *[None] * (width - len(sheet.rows[0])), *(name for name, _ in columns)]]
        for row in sheet.rows[1:]:
            at = header["_parent_index"]
            theirs_row = submissions.get(clean_text(row[at]) if at < len(row) else "", [])
            rows.append([*row, *[None] * (width - len(row)),
                         *(theirs_row[col] if col < len(theirs_row) else None for _, col in columns)])
        out.append(SheetData(sheet.name, rows, merged=sheet.merged, errors=sheet.errors,
                             missing_formulas=sheet.missing_formulas,
                             joined=frozenset(range(width, width + len(columns)))))
        joined[parent.name] = sheet.name
    return out, joined
