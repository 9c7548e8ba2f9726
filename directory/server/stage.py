"""Writing many records of one kind on the server at once.

The records are copied (COPY) into a temporary staging table, then written with one INSERT for
the new ones and one UPDATE per set of changed fields: the server's triggers stamp, log and audit
each record exactly as they do for a record written alone, without a round trip per record.
Row-level security decides as ever: an UPDATE skips the rows the person may not change (the
records it did not return are refused), and an INSERT the server refuses is retried record by
record, each in a savepoint, to find which one and why.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

from directory.server import steps
from directory.server.kinds import Kind

REFUSED = "not allowed: you may change only your own agency's records (or sites you are granted to see)"


@dataclass
class Write:
    """One record to write: all its fields when new, else the fields that change."""

    uid: uuid.UUID
    key: str
    values: dict[str, Any]
    insert: bool = False
    delete: bool = False


def _types(conn, kind: Kind) -> dict[str, str]:
    rows = conn.execute("SELECT attname, format_type(atttypid, atttypmod) FROM pg_attribute WHERE attrelid = %s::regclass "
                        "AND attnum > 0 AND NOT attisdropped", (f"servicemap.{kind.name}",)).fetchall()
    return {name: ("text" if name == kind.geometry else sql_type) for name, sql_type in rows}


def _value(kind: Kind, f: str, source: str) -> str:
    if f == kind.geometry:
        return f"ST_Multi(ST_GeomFromWKB(decode({source}, 'hex'), 4326))"
    return source


def write(conn, kind: Kind, writes: list[Write]) -> tuple[dict[uuid.UUID, int], dict[uuid.UUID, str]]:
    """Write ``writes`` (inside the push's transaction): the server's new version of each record
    written, and the reason for each refusal, by uid."""
    if not writes:
        return {}, {}
    shapes: dict[tuple[bool, tuple[str, ...]], list[Write]] = {}
    for w in writes:
        shapes.setdefault((w.insert, tuple(w.values)), []).append(w)
    fields = [f for f in kind.fields if any(f in fs for _, fs in shapes)]
    types = _types(conn, kind)
    stage = f"stage_{kind.name}"
    columns = ", ".join(f"{f} {types[f]}" for f in fields)
    conn.execute(f"CREATE TEMP TABLE {stage} (shape int, uid uuid, id text, del boolean{', ' if fields else ''}{columns}) "
                 "ON COMMIT DROP")
    with conn.cursor().copy(f"COPY {stage} (shape, uid, id, del{''.join(', ' + f for f in fields)}) FROM STDIN") as copy:
        for shape, rows in enumerate(shapes.values()):
            for w in rows:
                copy.write_row((shape, w.uid, w.key, w.delete, *(w.values.get(f) for f in fields)))
    steps.reached(f"push:staged:{kind.name}")
    outcome: dict[uuid.UUID, int | str] = {}
    for shape, ((insert, shape_fields), rows) in enumerate(shapes.items()):
        outcome.update(_write_shape(conn, kind, stage, shape, insert, shape_fields, rows))
        steps.reached(f"push:inserted:{kind.name}" if insert else f"push:updated:{kind.name}")
    conn.execute(f"DROP TABLE {stage}")
    return ({uid: v for uid, v in outcome.items() if isinstance(v, int)},
            {uid: v for uid, v in outcome.items() if isinstance(v, str)})


def _write_shape(conn, kind: Kind, stage: str, shape: int, insert: bool, fields: tuple[str, ...],
                 rows: list[Write]) -> dict[uuid.UUID, int | str]:
    """uid -> the new version of each record written, or the reason it was refused."""
    import psycopg

    table = f"servicemap.{kind.name}"
    if insert:
        statement = (f"INSERT INTO {table} (uid, id{''.join(', ' + f for f in fields)}) "
                     f"SELECT uid, id{''.join(', ' + _value(kind, f, f) for f in fields)} FROM {stage} "
                     "WHERE shape = %s RETURNING uid, version")
    else:
        sets = "".join(f"{f} = {_value(kind, f, 's.' + f)}, " for f in fields)
        statement = (f"UPDATE {table} AS t SET {sets}deleted = s.del FROM {stage} AS s "
                     "WHERE s.shape = %s AND t.uid = s.uid RETURNING t.uid, t.version")
    try:
        with conn.transaction():
            done = dict(conn.execute(statement, (shape,)).fetchall())
    except (psycopg.errors.InsufficientPrivilege, psycopg.errors.IntegrityError):
        return {w.uid: _write_one(conn, kind, w) for w in rows}
    return {w.uid: done.get(w.uid, REFUSED) for w in rows}


def _write_one(conn, kind: Kind, w: Write) -> int | str:
    """Write one record inside a savepoint: its new version, or the server's reason when it refuses."""
    import psycopg

    table = f"servicemap.{kind.name}"
    marks = [_value(kind, f, "%s") for f in w.values]
    if w.insert:
        statement = f"INSERT INTO {table} (uid, id{''.join(', ' + f for f in w.values)}) VALUES (%s, %s" \
                    f"{''.join(', ' + m for m in marks)}) RETURNING version"
        params = (w.uid, w.key, *w.values.values())
    else:
        sets = "".join(f"{f} = {m}, " for f, m in zip(w.values, marks))
        statement = f"UPDATE {table} SET {sets}deleted = %s WHERE uid = %s RETURNING version"
        params = (*w.values.values(), w.delete, w.uid)
    try:
        with conn.transaction():
            row = conn.execute(statement, params).fetchone()
    except psycopg.errors.InsufficientPrivilege as exc:
        return f"not allowed: {exc.diag.message_primary}"
    except psycopg.errors.IntegrityError as exc:
        return f"refused by the server: {exc.diag.message_primary}"
    return REFUSED if row is None else row[0]
