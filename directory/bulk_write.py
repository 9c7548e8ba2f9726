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
from collections.abc import Callable, Iterator, Sequence

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


_BATCH = 5_000  # records whose rows are built and written at a time: memory is held to the rows in flight


def save_many(conn: sqlite3.Connection, change_id: int, organisations: Sequence[Organisation], sites: Sequence[Site],
              services: Sequence[Service], links: Sequence[tuple[str, str]]) -> None:
    """Upsert the records and their service-at-site links, with their audit rows, in ``change_id``."""
    tables: list[tuple[str, Callable[[Sequence], list[dict]], Sequence]] = [
        ("sm_organisations", lambda batch: list(map(records.organisation_row, batch)), organisations),
        ("sm_sites", lambda batch: list(map(bulk_rows.site_row, batch)), sites),
        ("sm_services", bulk_rows.service_rows, services),
    ]
    for table, make, items in tables:
        if items:
            _write(conn, change_id, table, make, items)
    pairs = list(dict.fromkeys(links))
    last = _last_rowid(conn, "sm_service_at_site")
    linked = {(r[0], r[1]) for r in _existing(
        conn, "SELECT service_id, site_id FROM sm_service_at_site WHERE service_id IN ({marks})",
        list({s for s, _ in pairs}))} if last else set()  # an empty table (a first import) has none to look up
    new = [(new_id(), s, t) for s, t in pairs if (s, t) not in linked]
    conn.executemany("INSERT INTO sm_service_at_site (id, service_id, site_id) VALUES (?, ?, ?)", new)
    _audit_inserts(conn, change_id, "sm_service_at_site", last, len(new),
                   """'{"service_id": "' || service_id || '", "site_id": "' || site_id || '"}'""",
                   lambda: [(change_id, "sm_service_at_site", i, "insert", None,
                             f'{{"service_id": "{s}", "site_id": "{t}"}}') for i, s, t in new])


def _write(conn: sqlite3.Connection, change_id: int, table: str, make: Callable[[Sequence], list[dict]],
           items: Sequence) -> None:
    """Upsert ``items`` batch by batch. Updates get their audit row (the changed fields) as they are
    written; inserts get theirs in one statement afterwards, from the rows just written."""
    last = _last_rowid(conn, table)
    written: set[str] | None = set() if not last else None  # into an empty table: the IDs written so far
    inserted: list[str] = []
    sql = values = None
    for batch in _batches(items):
        ids = [x.id for x in batch]
        if written is not None and written.isdisjoint(ids):  # nothing of the batch can be there yet
            old = {}
        else:
            old = {r["id"]: dict(r) for r in _existing(conn, f"SELECT * FROM {table} WHERE id IN ({{marks}})", ids)}
        if written is not None:
            written.update(ids)
        rows = make(batch)
        if sql is None:
            cols = list(rows[0])
            updates = ", ".join(f"{c} = excluded.{c}" for c in cols if c != "id")
            sql = (f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))}) "
                   f"ON CONFLICT(id) DO UPDATE SET {updates}")
            values = operator.itemgetter(*cols) if len(cols) > 1 else (lambda r, c=cols[0]: (r[c],))
        conn.executemany(sql, map(values, rows))
        if old:
            conn.executemany(_AUDIT, _audit_rows(change_id, table, rows, old))
        inserted += [r["id"] for r in rows if r["id"] not in old]
        del rows
    _audit_inserts(conn, change_id, table, last, len(inserted), """'{"name": ' || json_quote(name) || '}'""",
                   lambda: [(change_id, table, i, "insert", None, bulk_rows.audit_json({"name": n}))
                            for i, n in _names(conn, table, inserted)])


def _batches(items: Sequence) -> Iterator[Sequence]:
    """``items`` in batches of at most ``_BATCH``, a record given twice starting a new batch (so that its
    second row is written, and audited, as an update of the first, as when saved one by one)."""
    start = 0
    while start < len(items):
        batch = items[start:start + _BATCH]
        ids = [x.id for x in batch]
        if len(set(ids)) < len(ids):
            seen: set[str] = set()
            end = next(k for k, i in enumerate(ids) if i in seen or seen.add(i))
            batch = batch[:end]
        yield batch
        start += len(batch)


def _last_rowid(conn: sqlite3.Connection, table: str) -> int:
    return conn.execute(f"SELECT coalesce(max(rowid), 0) FROM {table}").fetchone()[0]


def _names(conn: sqlite3.Connection, table: str, ids: list[str]) -> list[tuple[str, str]]:
    return [(r[0], r[1]) for r in _existing(conn, f"SELECT id, name FROM {table} WHERE id IN ({{marks}})", ids)]


def _audit_inserts(conn: sqlite3.Connection, change_id: int, table: str, last: int, count: int, new_sql: str,
                   by_hand: Callable[[], list[tuple]]) -> None:
    """One audit row per record inserted after rowid ``last``, in the order written, built by SQLite
    from the rows themselves (``json_quote`` writes JSON strings as Python's encoder does). Should
    the new rows not be exactly the last ``count`` of the table, they are audited one by one."""
    if not count:
        return
    if _last_rowid(conn, table) - last == count == conn.execute(
            f"SELECT count(*) FROM {table} WHERE rowid > ?", (last,)).fetchone()[0]:
        conn.execute(f"INSERT INTO sm_audit (change_id, table_name, record_id, action, old, new) "
                     f"SELECT ?, ?, id, 'insert', NULL, {new_sql} FROM {table} WHERE rowid > ? ORDER BY rowid",
                     (change_id, table, last))
    else:
        conn.executemany(_AUDIT, by_hand())


def _audit_rows(change_id: int, table: str, rows: list[dict], old: dict[str, dict]) -> list[tuple]:
    """An update keeps the fields that changed (the point is left out)."""
    audit = []
    for r in rows:
        before = old.get(r["id"])
        if before is not None:
            o, n = records.changed_fields({k: before.get(k) for k in r if k != "geom"},
                                          {k: v for k, v in r.items() if k != "geom"})
            if n:
                audit.append((change_id, table, r["id"], "update", bulk_rows.audit_json(o), bulk_rows.audit_json(n)))
    return audit
