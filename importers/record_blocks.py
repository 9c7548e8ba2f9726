"""A directory typed as blocks of "label: value" lines, as pasted from a document ("Organisation:", "Service:",
"Location:", "Contact:", "Hours:"; a blank line between services): each block is one service.

Such a sheet has no header row, so nothing of it was read (17th tryout). Here it is laid out as a table:
its labels make the header, put in the blank line above the first block, and each block's values go on
the row of its service line (else its first line), so that the report and the history point at the
service's own line. Titles, notes and section headings between the blocks stay where they are ("HEALTH"
still names the type of the services under it). The other lines of a block are reported as part of it.
"""

from __future__ import annotations

from dataclasses import dataclass

from importers.columns import header_field
from importers.readers import SheetData
from importers.table import is_filled

_MIN_BLOCKS = 3
_MAX_LABEL_CHARS = 40
_KNOWN_SHARE = 0.7  # of a block's lines whose label names a field ServiceMap knows
_SAYS_WHO = ("organisation", "lead_organisation")
_SAYS_WHAT = ("service", "types", "activity")


@dataclass
class Blocks:
    """The sheet laid out as a table, and for each line of a block that is not its service's row, that row."""

    sheet: SheetData
    parts: dict[int, tuple[int, str]]  # row index -> (the row index of its service, its label)


def _filled(row: list) -> list[tuple[int, object]]:
    return [(c, x) for c, x in enumerate(row) if is_filled(x)]


def _line(row: list) -> tuple[str, object] | None:
    """(label, value) of a "label: value" line, else None."""
    cells = _filled(row)
    if not cells or len(cells) > 2 or type(cells[0][1]) is not str:
        return None
    label = cells[0][1].strip()
    if len(label) > _MAX_LABEL_CHARS or (len(cells) == 1 and not label.endswith(":")):
        return None
    if len(cells) == 2 and not label.endswith(":") and header_field(label)[0] in (None, "extra"):
        return None
    return label.rstrip(":：").strip(), cells[1][1] if len(cells) == 2 else None


def read(sheet: SheetData) -> Blocks | None:
    """The sheet as a table when it is a directory of label-and-value blocks; else None."""
    blocks: list[list[tuple[int, str, object]]] = []
    current: list[tuple[int, str, object]] = []
    for i, row in enumerate(sheet.rows):
        line = _line(row)
        if line is not None and line[0]:
            current.append((i, *line))
            continue
        if len(current) >= 2:
            blocks.append(current)
        current = []
    if len(current) >= 2:
        blocks.append(current)
    if len(blocks) < _MIN_BLOCKS or blocks[0][0][0] == 0:
        return None
    fields = {label: header_field(label)[0] for block in blocks for _, label, _ in block}
    lines = [label for block in blocks for _, label, _ in block]
    if sum(fields[x] not in (None, "extra") for x in lines) < _KNOWN_SHARE * len(lines):
        return None
    if not any(f in _SAYS_WHO for f in fields.values()) or not any(f in _SAYS_WHAT for f in fields.values()):
        return None
    header = list(dict.fromkeys(lines))
    column = {label: k for k, label in enumerate(header)}
    rows = [list(r) for r in sheet.rows]
    first = blocks[0][0][0]
    at = next((i for i in range(first - 1, -1, -1) if not _filled(rows[i])), first - 1)  # the blank line above
    rows[at] = header
    parts: dict[int, tuple[int, str]] = {}
    for block in blocks:
        own = next((i for i, label, _ in block if fields[label] in _SAYS_WHAT), block[0][0])
        values: list[object] = [None] * len(header)
        for i, label, value in block:
            if value is not None:  # a second "Contact:" line joins the first
                had = values[column[label]]
                values[column[label]] = value if had is None else f"{had} ; {value}"
            rows[i] = []
            if i != own:
                parts[i] = (own, label)
        rows[own] = values
    return Blocks(SheetData(sheet.name, rows, errors={}, missing_formulas=sheet.missing_formulas), parts)
