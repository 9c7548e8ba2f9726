"""The history two copies of one project share, read from their audits: the base of a three-way merge.

A partner's copy of a project holds the project's changes (``sm_changes``) and their audit rows
(``sm_audit``) up to the moment it was copied; after that each file records its own. The last
change both files hold, with the same id, time, author, kind and the same audit rows, is the
*shared change*: the state both copies started from. Each record's state at that change is its
present row with every later audit entry rolled back (an update keeps the old values of the fields
it changed). Two unrelated projects share no change: :func:`shared_change` is then None.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

#: The tables whose rows the merge compares with their shared state.
TABLES = ("sm_services", "sm_sites", "sm_organisations", "sm_service_at_site")


_CHANGES = "SELECT id, at, user, kind, description FROM sm_changes ORDER BY id"
_AUDIT = "SELECT id, change_id, table_name, record_id, action, old, new FROM sm_audit WHERE change_id <= ? ORDER BY id"


def shared_change(ours, theirs) -> int | None:
    """The id of the last change both projects hold, identical with its audit; None if none is.

    Both histories are read side by side, a row at a time, and the reading stops at the first
    difference: two copies of a large project cost no memory."""
    last = 0
    for x, y in zip(ours.connection.execute(_CHANGES), theirs.connection.execute(_CHANGES)):
        if tuple(x) != tuple(y):
            break
        last = x[0]
    if not last:
        return None
    a, b = ours.connection.execute(_AUDIT, (last,)), theirs.connection.execute(_AUDIT, (last,))
    while True:
        x, y = a.fetchone(), b.fetchone()
        if x is None and y is None:
            return last
        if x is None or y is None or tuple(x) != tuple(y):
            first_different = min(r[1] for r in (x, y) if r is not None)
            return first_different - 1 or None


@dataclass
class Since:
    """What a project did to its records after the shared change."""

    #: (table, record id) -> the fields changed since, each with its value at the shared change
    old: dict[tuple[str, str], dict[str, Any]] = field(default_factory=dict)
    #: (table, record id) -> field -> (who, when) of the last change of it
    by: dict[tuple[str, str], dict[str, tuple[str, str]]] = field(default_factory=dict)
    #: records made after the shared change
    inserted: set[tuple[str, str]] = field(default_factory=set)
    #: (table, record id, field) -> the other side's values a merge of this file rejected
    rejected: dict[tuple[str, str, str], set[str]] = field(default_factory=dict)


def since(project, change_id: int) -> Since:
    """Every audited write to the directory's records after ``change_id``, oldest first."""
    out = Since()
    marks = ",".join("?" * len(TABLES))
    rows = project.connection.execute(
        f"SELECT a.table_name, a.record_id, a.action, a.old, a.new, c.user, c.at FROM sm_audit a "
        f"JOIN sm_changes c ON c.id = a.change_id WHERE a.change_id > ? AND a.table_name IN ({marks}) ORDER BY a.id",
        (change_id, *TABLES))
    for table, record_id, action, old, new, user, at in rows:
        key = (table, record_id)
        old, new = json.loads(old) if old else {}, json.loads(new) if new else {}
        if "rejected" in new:  # a merge's note of a value it did not take: not a write
            for name, value in old.items():
                out.rejected.setdefault((table, record_id, name), set()).add(value)
            continue
        if action == "insert":
            out.inserted.add(key)
            continue
        fields = out.old.setdefault(key, {})
        for name in new:
            fields.setdefault(name, old.get(name))
            out.by.setdefault(key, {})[name] = (user, at)
    return out


def row_at_base(row: dict[str, Any] | None, table: str, record_id: str, history: Since) -> dict[str, Any] | None:
    """``row`` (the record as it is now) as it was at the shared change; None if made since."""
    key = (table, record_id)
    if key in history.inserted or row is None:
        return None
    return {**row, **history.old.get(key, {})}


def rows(project, table: str, ids) -> dict[str, dict[str, Any]]:
    """The present rows of ``table`` (deleted ones too) with these ids, as plain dicts."""
    ids = list(ids)
    out: dict[str, dict[str, Any]] = {}
    for i in range(0, len(ids), 500):
        chunk = ids[i:i + 500]
        for r in project.connection.execute(
                f"SELECT * FROM {table} WHERE id IN ({','.join('?' * len(chunk))})", chunk):
            out[r["id"]] = {k: r[k] for k in r.keys() if k not in ("fid", "geom")}  # noqa: SIM118 - a Row iterates values
    return out
