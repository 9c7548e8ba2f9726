"""Plain CSV: one row per service at a site, headers in words, no hashtags.

For spreadsheets and databases that want a simple table. Text that Excel would run as a
formula is neutralised with a leading apostrophe, which :func:`read` takes off again.
"""

from __future__ import annotations

from pathlib import Path

from directory.store import Project
from importers.formats import flat
from importers.formats.guard import select
from importers.formats.tables import read_csv_rows, read_rows, write_csv
from importers.result import ImportResult

#: The endings of the files this writer writes (the first is the usual one).
SUFFIXES = (".csv",)
def write(project: Project, out_path: str | Path, *, area: str | None = None, include_confidential: bool = False) -> int:
    """Write the directory as CSV; returns the number of rows (services at sites)."""
    selection = select(project, area=area, include_confidential=include_confidential)
    rows = [flat.row(e, selection) for e in selection.entries]
    write_csv(Path(out_path), [flat.headers(selection)] + [[r[k] for k in flat.KEYS] for r in rows])
    return len(rows)


def read(path: str | Path, *, region: str | None = None, taxonomy=None) -> ImportResult:
    path = Path(path)
    return read_rows(path.name, [(path.stem, read_csv_rows(path))], region=region, taxonomy=taxonomy)
