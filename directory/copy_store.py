"""The project's side of a shared directory: its records as plain rows by kind, what it has
seen of each on the server (the merge base), where the server is, and the open conflicts.

:mod:`directory.server` moves these rows to and from PostgreSQL; this module reads and writes
them in the project file, inside the running change, recording every write in the audit.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

import shapely

from directory import gpkg
from directory.model import AdminArea
from directory.server.kinds import ADMIN_AREAS, LINKS, SETTINGS, SHARED_SETTINGS, SITES, Kind

Row = dict[str, Any]
#: The project's table of each kind kept in one (the others: settings, boundaries, pathway
#: templates), and the key column where it is not ``id``.
TABLES = {"organisations": "sm_organisations", "sites": "sm_sites", "services": "sm_services",
          "service_at_site": "sm_service_at_site", "taxonomy": "sm_taxonomy"}
KEYS = {"taxonomy": "code"}


@dataclass
class Base:
    """What the copy last saw of a record on the server."""

    version: int
    data: Row
    withheld: bool = False


# --- records ---------------------------------------------------------------------------


def read(project, kind: Kind) -> dict[str, Row]:
    """Every record of ``kind`` in the project: key -> {field: value}."""
    conn = project.connection
    if kind is ADMIN_AREAS:
        out = {}
        for level in project.admin_levels():
            areas, geoms = project.admin_geometries(level)
            for a, g in zip(areas, geoms):
                out[a.pcode] = {"level": level, "name": a.name, "parent_pcode": a.parent_pcode,
                                "alternate_names": _dump(a.alternate_names), "valid_on": a.valid_on,
                                "names": _dump(a.names), "geom": shapely.to_wkb(g, hex=True) if g is not None else None}
        return out
    if kind is SETTINGS:
        marks = ",".join("?" * len(SHARED_SETTINGS))
        return {r[0]: {"value": r[1]} for r in conn.execute(
            f"SELECT key, value FROM sm_meta WHERE key IN ({marks})", SHARED_SETTINGS)}
    if kind.name == "pathway_templates":
        return {f"{r[0]}/{r[1]}": {"data": r[2], "saved_at": r[3]}
                for r in conn.execute("SELECT concern, lang, data, saved_at FROM sm_pathway_templates")}
    key = KEYS.get(kind.name, "id")
    cols = ", ".join((key, *kind.fields))
    return {r[0]: dict(zip(kind.fields, r[1:])) for r in conn.execute(f"SELECT {cols} FROM {TABLES[kind.name]}")}


def write(project, kind: Kind, rows: dict[str, Row | None]) -> int:
    """Put the server's rows into the project (None deletes), with the audit of what changed;
    returns how many records changed."""
    project.require_change()
    if not rows:
        return 0
    if kind is ADMIN_AREAS:
        return _write_areas(project, rows)
    old = read_some(project, kind, set(rows))
    changed = 0
    for key, row in rows.items():
        before = old.get(key)
        if row == before:
            continue
        _write_one(project, kind, key, row)
        project.log_change(_audit_table(kind), key, before, row)
        changed += 1
    if kind is SITES and changed:
        project._sites_changed = True  # the store refreshes the services layer's extent on commit
    return changed


def _dump(value) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def _write_areas(project, rows: dict[str, Row | None]) -> int:
    """Boundaries go through the store, level by level (it keeps the outlines and extents)."""
    old = read(project, ADMIN_AREAS)
    changed = {k: v for k, v in rows.items() if old.get(k) != v}
    if not changed:
        return 0
    levels = {r["level"] for r in (*(v for v in changed.values() if v), *(old[k] for k in changed if k in old))}
    merged = {**old, **changed}
    for level in sorted(levels):
        keep = sorted((k, r) for k, r in merged.items() if r is not None and r["level"] == level)
        areas = [AdminArea(k, r["name"], level, r["parent_pcode"], json.loads(r["alternate_names"]), r["valid_on"],
                           json.loads(r["names"])) for k, r in keep]
        project.replace_admin_level(level, areas, [shapely.from_wkb(r["geom"]) if r["geom"] else None for _, r in keep])
    return len(changed)


#: What the audit keeps of a withheld field's value: that it was there, not what it was.
WITHHELD_MARK = "(withheld)"


def _withheld_value(value):
    return value if value in (None, "") else WITHHELD_MARK


def withhold(project, kind: Kind, keys: list[str]) -> None:
    """Records the server now withholds from this copy: their withheld fields' values leave the
    audit too (each entry keeps the field, marked withheld, so the history still says what was
    changed, and when), and the pages they were on are overwritten (SQLite's secure delete), so
    the old values are gone from the file's bytes."""
    project.require_change()
    conn = project.connection
    conn.execute("PRAGMA secure_delete = ON")
    for key in keys:
        for audit_id, old, new in conn.execute("SELECT id, old, new FROM sm_audit WHERE record_id = ?", (key,)).fetchall():
            cleaned = [json.dumps({k: (_withheld_value(v) if k in kind.withheld else v) for k, v in json.loads(x).items()},
                                  ensure_ascii=False)
                       if x else x for x in (old, new)]
            if cleaned != [old, new]:
                conn.execute("UPDATE sm_audit SET old = ?, new = ? WHERE id = ?", (*cleaned, audit_id))


def record_outside_edit(project, kind: Kind, key: str, before: Row | None, after: Row | None) -> None:
    """Put an edit another program made (found at sync) in the audit, as the store would have."""
    project.require_change()
    project.log_change(_audit_table(kind), key, before, after)


def _audit_table(kind: Kind) -> str:
    return {"settings": "sm_meta", "pathway_templates": "sm_pathway_templates"}.get(kind.name) or TABLES[kind.name]


def _write_one(project, kind: Kind, key: str, row: Row | None) -> None:
    conn = project.connection
    if kind is SETTINGS:
        if row is None:
            conn.execute("DELETE FROM sm_meta WHERE key = ?", (key,))
        else:
            conn.execute("INSERT OR REPLACE INTO sm_meta VALUES (?, ?)", (key, row["value"]))
        return
    if kind.name == "pathway_templates":
        concern, lang = key.split("/", 1)
        if row is None:
            conn.execute("DELETE FROM sm_pathway_templates WHERE concern = ? AND lang = ?", (concern, lang))
        else:
            conn.execute("INSERT OR REPLACE INTO sm_pathway_templates (concern, lang, data, saved_at) VALUES (?, ?, ?, ?)",
                         (concern, lang, row["data"], row["saved_at"]))
        return
    table, key_col = TABLES[kind.name], KEYS.get(kind.name, "id")
    if row is None:
        conn.execute(f"DELETE FROM {table} WHERE {key_col} = ?", (key,))
        return
    if kind is LINKS:  # the same service at the same site under another ID (made in two copies): one link
        conn.execute("DELETE FROM sm_service_at_site WHERE service_id = ? AND site_id = ? AND id <> ?",
                     (row["service_id"], row["site_id"], key))
    cols = (key_col, *kind.fields)
    updates = ", ".join(f"{c} = excluded.{c}" for c in kind.fields)
    conn.execute(f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))}) "
                 f"ON CONFLICT({key_col}) DO UPDATE SET {updates}", (key, *(row[f] for f in kind.fields)))
    if kind is SITES:
        has_point = row["latitude"] is not None and row["longitude"] is not None
        point = shapely.Point(row["longitude"], row["latitude"]) if has_point else None
        conn.execute("UPDATE sm_sites SET geom = ? WHERE id = ?", (gpkg.to_blob(point), key))


def read_some(project, kind: Kind, keys: set[str]) -> dict[str, Row]:
    """The records of ``kind`` with these keys (those still in the project)."""
    if kind.name not in TABLES:
        return {k: v for k, v in read(project, kind).items() if k in keys}
    key = KEYS.get(kind.name, "id")
    cols = ", ".join((key, *kind.fields))
    out: dict[str, Row] = {}
    wanted = sorted(keys)
    for i in range(0, len(wanted), 900):
        chunk = wanted[i:i + 900]
        rows = project.connection.execute(
            f"SELECT {cols} FROM {TABLES[kind.name]} WHERE {key} IN ({','.join('?' * len(chunk))})", chunk)
        out.update({r[0]: dict(zip(kind.fields, r[1:])) for r in rows})
    return out


def last_change(project) -> int:
    return project.connection.execute("SELECT coalesce(max(id), 0) FROM sm_changes").fetchone()[0]


# --- what the copy has seen ------------------------------------------------------------


def bases(project, kind: Kind, keys: set[str] | None = None) -> dict[str, Base]:
    """What the copy last saw of the records of ``kind`` (only ``keys``, when given)."""
    if keys is None:
        rows = project.connection.execute("SELECT key, version, data, withheld FROM sm_sync_base WHERE kind = ?",
                                          (kind.name,)).fetchall()
    else:
        wanted, rows = sorted(keys), []
        for i in range(0, len(wanted), 900):
            chunk = wanted[i:i + 900]
            rows += project.connection.execute(
                f"SELECT key, version, data, withheld FROM sm_sync_base WHERE kind = ? AND key IN "
                f"({','.join('?' * len(chunk))})", (kind.name, *chunk)).fetchall()
    return {r[0]: Base(r[1], json.loads(r[2]), bool(r[3])) for r in rows}


def withheld(project, kind: Kind) -> set[str]:
    """Keys of the records of ``kind`` whose withheld fields this copy does not hold (a safe
    house's site, in a copy without the grant): their blanks are not values to work on. Empty
    for a project that is not a copy of a shared directory."""
    rows = project.connection.execute("SELECT key FROM sm_sync_base WHERE kind = ? AND withheld <> 0", (kind.name,))
    return {r[0] for r in rows}


def withheld_sites(project) -> set[str]:
    """IDs of the sites this copy holds withheld (see :func:`withheld`)."""
    return withheld(project, SITES)


def set_bases(project, kind: Kind, seen: dict[str, Base | None]) -> None:
    project.require_change()
    conn = project.connection
    conn.executemany("DELETE FROM sm_sync_base WHERE kind = ? AND key = ?",
                     [(kind.name, k) for k, b in seen.items() if b is None])
    conn.executemany("INSERT OR REPLACE INTO sm_sync_base VALUES (?, ?, ?, ?, ?)",
                     [(kind.name, k, b.version, json.dumps(b.data, ensure_ascii=False), int(b.withheld))
                      for k, b in seen.items() if b is not None])


# --- where the server is, and how far the copy has read ------------------------------


def state(project) -> dict[str, str]:
    return {r[0]: r[1] for r in project.connection.execute("SELECT key, value FROM sm_sync_state")}


def set_state(project, **values: str | None) -> None:
    project.require_change()
    for key, value in values.items():
        if value is None:
            project.connection.execute("DELETE FROM sm_sync_state WHERE key = ?", (key,))
        else:
            project.connection.execute("INSERT OR REPLACE INTO sm_sync_state VALUES (?, ?)", (key, str(value)))


# --- conflicts ---------------------------------------------------------------------------

_CONFLICT_COLUMNS = ("id", "kind", "record_id", "field", "base", "server_value", "client_value", "server_user",
                     "client_user", "at", "resolved_at", "resolved_by", "resolution", "pending")


def conflicts(project, *, open_only: bool = True) -> list[Row]:
    """Conflicts as the copy knows them (values as JSON text), oldest first."""
    where = " WHERE resolved_at IS NULL" if open_only else ""
    rows = project.connection.execute(f"SELECT {', '.join(_CONFLICT_COLUMNS)} FROM sm_sync_conflicts{where} ORDER BY at, id")
    return [dict(zip(_CONFLICT_COLUMNS, r)) for r in rows]


def replace_conflicts(project, rows: list[Row]) -> None:
    """Take the server's list of conflicts (keeping resolutions made here and not yet sent)."""
    project.require_change()
    conn = project.connection
    pending = {c["id"]: c for c in conflicts(project, open_only=False) if c["pending"]}
    known = {c["id"] for c in conflicts(project, open_only=False)}
    conn.execute("DELETE FROM sm_sync_conflicts WHERE pending = 0")
    marks = ", ".join("?" * len(_CONFLICT_COLUMNS))
    for row in rows:
        if row["id"] in pending:
            continue
        conn.execute(f"INSERT INTO sm_sync_conflicts VALUES ({marks})", tuple(row.get(c) for c in _CONFLICT_COLUMNS[:-1]) + (0,))
        if row["id"] not in known:
            project.log_change("sm_sync_conflicts", row["id"], None, {
                "name": f"{row['kind']} {row['record_id']} {row['field']}", "server_user": row["server_user"],
                "client_user": row["client_user"], "server_value": row["server_value"], "client_value": row["client_value"]})


def mark_resolved(project, conflict_id: str, resolution: str, by: str, at: str) -> None:
    """A person chose (``resolution`` is the chosen value as JSON); sent with the next sync."""
    project.require_change()
    old = next((c for c in conflicts(project, open_only=False) if c["id"] == conflict_id), None)
    if old is None:
        raise KeyError(conflict_id)
    project.connection.execute(
        "UPDATE sm_sync_conflicts SET resolved_at = ?, resolved_by = ?, resolution = ?, pending = 1 WHERE id = ?",
        (at, by, resolution, conflict_id))
    project.log_change("sm_sync_conflicts", conflict_id, {"resolution": None},
                       {"resolution": resolution, "resolved_by": by, "server_user": old["server_user"],
                        "client_user": old["client_user"]})


def reopen(project, conflict_ids: list[str]) -> None:
    """Resolutions that could not be sent (a viewer may not resolve): the conflicts wait again."""
    project.require_change()
    for conflict_id in conflict_ids:
        project.connection.execute("UPDATE sm_sync_conflicts SET resolved_at = NULL, resolved_by = NULL, resolution = NULL, "
                                   "pending = 0 WHERE id = ?", (conflict_id,))
        project.log_change("sm_sync_conflicts", conflict_id, {"resolution": "not sent"}, {"resolution": None})


def sent(project, conflict_ids: list[str]) -> None:
    project.require_change()
    project.connection.executemany("UPDATE sm_sync_conflicts SET pending = 0 WHERE id = ?", [(i,) for i in conflict_ids])
