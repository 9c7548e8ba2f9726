"""Records of an offline copy that the server refused to take and does not hold: a viewer's new
service, an editor's service for another agency.

Such a record stays in the copy, is not sent again at every sync, and waits for its person:
keep it in this copy only (it stays marked so, and is never sent), or discard it. Should the
server come to hold it after all (someone the server allows made the same record), the next pull
brings the server's record and the mark goes. Every step is recorded in the project's audit.
The refusal itself is this copy's only: no other copy lists it (tryout 3, finding 1).

:func:`changes` lists the other kind of refusal: a change of a record the server holds.
"""

from __future__ import annotations

from typing import Any

from directory.server.kinds import BY_NAME, LINKS, Kind

Row = dict[str, Any]
_COLUMNS = ("kind", "key", "reason", "at", "kept_by", "kept_at")
_AUDIT_TABLE = "sm_sync_refused"


def records(project, *, kept: bool | None = None) -> list[Row]:
    """The refused records: all, only those waiting for a choice (``kept=False``), or only those
    kept in this copy (``kept=True``)."""
    from directory import copy_store

    where = {None: "", False: " WHERE kept_by IS NULL", True: " WHERE kept_by IS NOT NULL"}[kept]
    rows = project.connection.execute(f"SELECT {', '.join(_COLUMNS)} FROM sm_sync_refused{where} ORDER BY at, kind, key")
    out = [dict(zip(_COLUMNS, r)) for r in rows]
    for row in out:  # what a person recognises the record by
        kind = BY_NAME[row["kind"]]
        values = copy_store.read_some(project, kind, {row["key"]}).get(row["key"]) or {}
        if kind is LINKS and values:
            names = [(copy_store.read_some(project, k, {values[f]}).get(values[f]) or {}).get("name") or values[f]
                     for k, f in ((BY_NAME["services"], "service_id"), (BY_NAME["sites"], "site_id"))]
            row["name"] = " at ".join(names)
        else:
            row["name"] = values.get("name") or row["key"]
        row["values"] = values
    return out


def changes(project) -> list[Row]:
    """This copy's changes that the server refused of records it holds (so the copy took the
    server's record back): the open refusals in the copy's conflict list — only its own reach it —
    but for those of records held here (listed by :func:`records`). Each waits until its person
    has seen it and accepted the server's value."""
    from directory import copy_store
    from directory.server.merge import REFUSED_MARK

    held = keys(project)
    return [c for c in copy_store.conflicts(project)
            if c["field"] == REFUSED_MARK and (c["kind"], c["record_id"]) not in held]


def keys(project) -> set[tuple[str, str]]:
    """(kind, key) of every refused record: a push leaves them out."""
    return {(r[0], r[1]) for r in project.connection.execute("SELECT kind, key FROM sm_sync_refused")}


def hold(project, refused: list[tuple[str, str, str]], at: str) -> None:
    """Mark (kind, key, reason) records refused; they wait for a person's choice."""
    project.require_change()
    for kind, key, reason in refused:
        cur = project.connection.execute("INSERT OR IGNORE INTO sm_sync_refused (kind, key, reason, at) VALUES (?, ?, ?, ?)",
                                         (kind, key, reason, at))
        if cur.rowcount:
            project.log_change(_AUDIT_TABLE, key, None, {"name": f"{kind} {key}", "reason": reason})


def release(project, kind: Kind, arrived: set[str]) -> None:
    """The server now holds these records: they are shared like any other."""
    project.require_change()
    held = {k for (name, k) in keys(project) if name == kind.name} & arrived
    for key in sorted(held):
        project.connection.execute("DELETE FROM sm_sync_refused WHERE kind = ? AND key = ?", (kind.name, key))
        project.log_change(_AUDIT_TABLE, key, {"kind": kind.name}, None)


def _find(project, key: str) -> Row:
    from directory.errors import UserFacingError

    found = [r for r in records(project) if r["key"].startswith(key)]
    if len(found) != 1:
        raise UserFacingError(f"{project.path}: {'no' if not found else 'more than one'} refused record {key}. "
                              "List them with 'servicemap conflicts PROJECT'.")
    return found[0]


def keep_here(project, key: str, by: str, at: str) -> Row:
    """Keep a refused record in this copy only, with the refused links that name it: they stay,
    marked, and are never sent."""
    project.require_change()
    row = _find(project, key)
    together = [(r["kind"], r["key"]) for r in records(project, kept=False)
                if r["kind"] == LINKS.name and row["key"] in (r["values"].get("service_id"), r["values"].get("site_id"))]
    for kind, record in [(row["kind"], row["key"]), *together]:
        project.connection.execute("UPDATE sm_sync_refused SET kept_by = ?, kept_at = ? WHERE kind = ? AND key = ?",
                                   (by, at, kind, record))
        project.log_change(_AUDIT_TABLE, record, {"kept_by": None}, {"kept_by": by, "kept_at": at})
    return row


def discard(project, key: str, by: str, at: str) -> Row:
    """Delete a refused record from this copy (with the links that name it), and answer its entry in
    the server's conflict list, if it has one, with the server's side."""
    import json

    from directory import copy_store
    from directory.server.merge import REFUSED_MARK

    project.require_change()
    row = _find(project, key)
    kind = BY_NAME[row["kind"]]
    naming: dict[str, None] = {}
    if kind is not LINKS:
        links = copy_store.read(project, LINKS)
        naming = {k: None for k, link in links.items() if row["key"] in (link["service_id"], link["site_id"])}
        copy_store.write(project, LINKS, naming)
        project.connection.executemany("DELETE FROM sm_sync_refused WHERE kind = ? AND key = ?",
                                       [(LINKS.name, k) for k in naming])
    copy_store.write(project, kind, {row["key"]: None})
    project.connection.execute("DELETE FROM sm_sync_refused WHERE kind = ? AND key = ?", (row["kind"], row["key"]))
    project.log_change(_AUDIT_TABLE, row["key"], {"kind": row["kind"], "reason": row["reason"]}, None)
    for c in copy_store.conflicts(project):
        if c["record_id"] in {row["key"], *naming} and c["field"] == REFUSED_MARK:  # its links' refusals too
            copy_store.mark_resolved(project, c["id"], json.dumps("server"), by, at)
    return row
