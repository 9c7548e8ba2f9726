"""Writing an import's records in a few ``executemany`` calls.

``Project.save_many`` hands the records here inside its change. The rows are the same as the
per-record methods write (``directory.bulk_rows`` builds them), with the same audit: an insert
names the record, an update keeps the fields that changed. The old rows are read first, in
chunks, so that updates can be told from inserts. (A writer thread that ran the statements
while this one built the next batch was tried and measured: no gain, since Python's lock passes
between the two threads at every row SQLite writes.)
"""

from __future__ import annotations

import operator
import sqlite3
from collections.abc import Callable, Sequence
from typing import Any

from directory import bulk_rows, records
from directory.model import Organisation, Service, Site, new_id

_CHUNK = 900  # ids per "IN (...)" query, under SQLite's limit of bound parameters
_AUDIT = "INSERT INTO sm_audit (change_id, table_name, record_id, action, old, new) VALUES (?, ?, ?, ?, ?, ?)"


def _existing(conn: sqlite3.Connection, sql: str, ids: list[str]) -> list[sqlite3.Row]:
    out: list = []
    for i in range(0, len(ids), _CHUNK):
        chunk = ids[i : i + _CHUNK]
        out += conn.execute(sql.format(marks=",".join("?" * len(chunk))), chunk).fetchall()
    return out


def save_many(conn: sqlite3.Connection, change_id: int, organisations: Sequence[Organisation], sites: Sequence[Site],
              services: Sequence[Service], links: Sequence[tuple[str, str]]) -> None:
    """Upsert the records and their service-at-site links, with their audit rows, in ``change_id``."""
    tables: list[tuple[str, Callable[[Any], dict], Sequence]] = [
        ("sm_organisations", records.organisation_row, organisations),
        ("sm_sites", bulk_rows.site_row, sites),
        ("sm_services", bulk_rows.service_row, services),
    ]
    old = {table: {r["id"]: dict(r) for r in _existing(conn, f"SELECT * FROM {table} WHERE id IN ({{marks}})",
                                                       [x.id for x in items])}
           for table, _, items in tables}
    pairs = list(dict.fromkeys(links))
    linked = {(r[0], r[1]) for r in _existing(
        conn, "SELECT service_id, site_id FROM sm_service_at_site WHERE service_id IN ({marks})",
        list({s for s, _ in pairs}))}
    for table, make, items in tables:
        rows = [make(x) for x in items]
        if not rows:
            continue
        cols = list(rows[0])
        updates = ", ".join(f"{c} = excluded.{c}" for c in cols if c != "id")
        values = operator.itemgetter(*cols)
        conn.executemany(f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))}) "
                         f"ON CONFLICT(id) DO UPDATE SET {updates}",
                         [values(r) for r in rows] if len(cols) > 1 else [(r[cols[0]],) for r in rows])
        conn.executemany(_AUDIT, _audit_rows(change_id, table, rows, old[table]))
    new = [(new_id(), s, t) for s, t in pairs if (s, t) not in linked]
    conn.executemany("INSERT INTO sm_service_at_site (id, service_id, site_id) VALUES (?, ?, ?)", new)
    conn.executemany(_AUDIT, [(change_id, "sm_service_at_site", i, "insert", None,
                               f'{{"service_id": "{s}", "site_id": "{t}"}}') for i, s, t in new])


def _audit_rows(change_id: int, table: str, rows: list[dict], old: dict[str, dict]) -> list[tuple]:
    """An insert names the record; an update keeps the fields that changed (the point is left out)."""
    audit = []
    for r in rows:
        before = old.get(r["id"])
        if before is None:
            new = {k: r[k] for k in ("name", "service_id", "site_id", "level") if k in r}
            audit.append((change_id, table, r["id"], "insert", None, bulk_rows.audit_json(new)))
        else:
            o, n = records.changed_fields({k: before.get(k) for k in r if k != "geom"},
                                          {k: v for k, v in r.items() if k != "geom"})
            if n:
                audit.append((change_id, table, r["id"], "update", bulk_rows.audit_json(o), bulk_rows.audit_json(n)))
    return audit
