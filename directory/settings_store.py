"""Project settings kept in ``sm_meta`` (key -> text), each change recorded in the audit.

The store keeps its own keys there (schema version, country, taxonomy header); other
packages keep their choices here through :func:`value` and :func:`set_value`, for example
the date order of imported files.
"""

from __future__ import annotations


def value(project, key: str) -> str | None:
    row = project.connection.execute("SELECT value FROM sm_meta WHERE key = ?", (key,)).fetchone()
    return row[0] if row else None


def set_value(project, key: str, new: str | None) -> None:
    """Store ``new`` under ``key`` (None removes it), inside the running change, with its audit entry."""
    project.require_change()
    old = value(project, key)
    if old == new:
        return
    if new is None:
        project.connection.execute("DELETE FROM sm_meta WHERE key = ?", (key,))
    else:
        project.connection.execute("INSERT OR REPLACE INTO sm_meta VALUES (?, ?)", (key, new))
    project.log_change("sm_meta", key, {"value": old} if old is not None else None,
                       {"value": new} if new is not None else None)


def last_change_at(project, *, excluding: tuple[str, ...] = ()) -> str | None:
    """When the newest change of a kind not in ``excluding`` was made (ISO 8601), or None."""
    marks = ",".join("?" * len(excluding))
    where = f" WHERE kind NOT IN ({marks})" if excluding else ""
    return project.connection.execute(f"SELECT max(at) FROM sm_changes{where}", excluding).fetchone()[0]


def change_time_and_user(project, change_id: int) -> tuple[str, str]:
    """When a change was made and by whom ("", "" if there is no such change)."""
    row = project.connection.execute("SELECT at, user FROM sm_changes WHERE id = ?", (change_id,)).fetchone()
    return (row[0], row[1]) if row else ("", "")
