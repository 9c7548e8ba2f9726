"""Bringing the server's changes into a copy, from one consistent snapshot.

The copy asks for the records whose last change number is above the one it has seen, up to
the newest number committed in the snapshot (writers commit in number order: see the
server's stamp()), so nothing committed is skipped and nothing is read twice. A copy of some
areas only asks for the sites in them, the services and links there, and every organisation;
a record referred to but not yet in the copy is fetched whatever its number. The server's
state replaces the copy's (its own changes were pushed just before), and becomes the base of
the next merge.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from directory import copy_store
from directory.server.kinds import BY_NAME, KINDS, LINKS, SERVICES, SITES, Kind
from directory.server.push import _select

_WITHHELD_VALUE = {"name": "", "address": "", "location_text": ""}  # the rest become NULL


@dataclass
class PullReport:
    received: dict[str, int] = field(default_factory=dict)  # kind -> records changed in the copy
    seen_up_to: int = 0
    conflicts: int = 0


def _area_filter(kind: Kind, areas: list[str]) -> tuple[str, list]:
    if not areas:
        return "", []
    patterns = [a + "%" for a in areas]
    in_area = ("(adm1_pcode LIKE ANY(%s) OR adm2_pcode LIKE ANY(%s) OR adm3_pcode LIKE ANY(%s) "
               "OR adm4_pcode LIKE ANY(%s))")
    sites = f"SELECT id FROM servicemap.sites_shared WHERE {in_area}"
    if kind is SITES:
        return f" AND {in_area}", [patterns] * 4
    if kind is LINKS:
        return f" AND site_id IN ({sites})", [patterns] * 4
    if kind is SERVICES:
        return f" AND id IN (SELECT service_id FROM servicemap.service_at_site WHERE site_id IN ({sites}))", [patterns] * 4
    return "", []


def _rows(conn, kind: Kind, where: str, args: list) -> dict[str, tuple[int, bool, bool, dict]]:
    cols = ", ".join(_select(kind, f) for f in kind.fields)
    withheld = "withheld" if kind.source == "sites_shared" else "false"
    out = {}
    for r in conn.execute(f"SELECT id, version, deleted, {withheld}, {cols} FROM {kind.read_from} WHERE {where}", args):
        out[r[0]] = (r[1], r[2], r[3], dict(zip(kind.fields, r[4:])))
    return out


def pull(project, conn, cursor: int, areas: list[str], reread: dict[str, list[str]] | None = None) -> PullReport:
    """Apply the server's changes since ``cursor`` (inside the copy's sync change), and the
    records in ``reread`` whatever their number (those the server refused to change)."""
    import psycopg

    report = PullReport()
    got: dict[str, dict] = {}
    conn.isolation_level = psycopg.IsolationLevel.REPEATABLE_READ
    with conn.transaction():
        conn.execute("SET TRANSACTION READ ONLY")
        top = conn.execute("SELECT coalesce(max(seq), 0) FROM servicemap.change_log").fetchone()[0]
        for kind in KINDS:
            where, args = _area_filter(kind, areas)
            got[kind.name] = _rows(conn, kind, f"seq > %s AND seq <= %s{where}", [cursor, top, *args])
        for name, keys in (reread or {}).items():
            got[name].update(_rows(conn, BY_NAME[name], "id = ANY(%s) AND seq <= %s", [keys, top]))
        if areas:
            _fetch_missing(project, conn, got, top)
        conflicts = conn.execute(
            "SELECT id::text, table_name, record_id, field, base::text, server_value::text, client_value::text, "
            "server_user, client_user, to_char(at, 'YYYY-MM-DD\"T\"HH24:MI:SS') FROM servicemap.conflicts "
            "WHERE resolved_at IS NULL").fetchall()
    conn.isolation_level = None
    for kind in KINDS:
        rows = got[kind.name]
        if not rows:
            continue
        values, bases = {}, {}
        for key, (version, deleted, withheld, data) in rows.items():
            if withheld:
                data = {f: (_WITHHELD_VALUE.get(f) if f in kind.withheld else v) for f, v in data.items()}
            values[key] = None if deleted else data
            bases[key] = None if deleted else copy_store.Base(version, data, withheld)
        before = copy_store.read(project, kind)
        copy_store.write(project, kind, values)
        hidden = [k for k, b in bases.items() if b is not None and b.withheld]
        if hidden:
            copy_store.withhold(project, kind, hidden)
        copy_store.set_bases(project, kind, bases)
        report.received[kind.name] = sum(1 for k, v in values.items() if before.get(k) != v)
    names = ("id", "kind", "record_id", "field", "base", "server_value", "client_value", "server_user", "client_user", "at")
    copy_store.replace_conflicts(project, [dict(zip(names, r)) for r in conflicts])
    report.conflicts = len(conflicts)
    report.seen_up_to = top
    return report


def _fetch_missing(project, conn, got: dict[str, dict], top: int) -> None:
    """Services and sites a pulled link names that the copy does not hold yet."""
    for kind, ref in ((SERVICES, "service_id"), (SITES, "site_id")):
        have = set(copy_store.read(project, kind)) | set(got[kind.name])
        wanted = sorted({row[3][ref] for row in got[LINKS.name].values()} - have)
        if wanted:
            got[kind.name].update(_rows(conn, kind, "id = ANY(%s) AND seq <= %s", [wanted, top]))


def conflict_value(text: str | None):
    return json.loads(text) if text else None
