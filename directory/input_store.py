"""Input files kept inside the project (``sm_inputs``): a population table or raster that travels
with the project file, so a gap analysis needs no file beside it.

Each kept file has a name (``population``, ``spread_by``), a label that says what it is (the
demo's says its figures are invented) and its original file name; :func:`materialise` writes it
back as a file for the readers that take paths.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from directory import file_gate

TABLE = "sm_inputs"


@dataclass(frozen=True)
class StoredInput:
    name: str
    label: str
    filename: str


def keep(project, name: str, path: str | Path, label: str) -> None:
    """Keep the file ``path`` as the project's ``name`` input, inside the running change."""
    project.require_change()
    path = file_gate.user_file(path, "input file")
    old = stored(project, name)
    project.connection.execute(
        f"INSERT OR REPLACE INTO {TABLE} (name, label, filename, data, saved_at) VALUES (?, ?, ?, ?, ?)",
        (name, label, path.name, path.read_bytes(), datetime.now(timezone.utc).isoformat(timespec="seconds")))
    project.log_change(TABLE, name, {"label": old.label, "file": old.filename} if old else None,
                       {"label": label, "file": path.name})


def stored(project, name: str) -> StoredInput | None:
    """What the project keeps as ``name`` (without the data), or None."""
    row = project.connection.execute(f"SELECT name, label, filename FROM {TABLE} WHERE name = ?", (name,)).fetchone()
    return StoredInput(*row) if row else None


def materialise(project, name: str, folder: str | Path) -> Path | None:
    """Write the kept ``name`` file into ``folder`` under its own file name; None when there is none."""
    row = project.connection.execute(f"SELECT filename, data FROM {TABLE} WHERE name = ?", (name,)).fetchone()
    if row is None:
        return None
    target = Path(folder) / Path(row[0]).name
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(row[1])
    return target
