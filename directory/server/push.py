"""Sending a copy's changes to the server, in one server transaction.

A change is a record whose values differ from what the copy last saw of it (or that the
copy made, or deleted). Each gets a client change ID derived from the copy, the record, the
base version and the values: a push that was committed on the server but not remembered by
the copy (killed in between) finds its IDs applied and sends nothing twice. Whatever the
server refuses (row-level security: another agency's record, a confidential site without the
grant) goes to the conflict list, so no edit is lost without a word.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from dataclasses import dataclass, field

from directory import copy_store
from directory.server.kinds import KINDS, Kind
from directory.server.merge import DELETED_MARK, Clash, merge

PUSH_LOCK = 7243501  # the same lock the server's stamp() trigger takes


@dataclass
class Change:
    kind: Kind
    key: str
    base: copy_store.Base | None
    mine: dict | None


@dataclass
class PushReport:
    sent: dict[str, int] = field(default_factory=dict)  # kind -> records written on the server
    conflicts: list[str] = field(default_factory=list)  # conflict IDs recorded
    refused: list[str] = field(default_factory=list)  # "kind key: reason"
    already: int = 0  # changes the server had applied before (a retried push)
    resolutions: int = 0
    reread: dict[str, list[str]] = field(default_factory=dict)  # kind -> keys the copy must take again


def _visible(kind: Kind, base: copy_store.Base | None) -> tuple[str, ...]:
    return tuple(f for f in kind.fields if not (base and base.withheld and f in kind.withheld))


def local_changes(project) -> list[Change]:
    """Every record that differs from what the copy last saw on the server: of the big kinds,
    only those the audit says were written since the last sync are compared."""
    out = []
    mark = copy_store.state(project).get("seen_change")
    for kind in KINDS:
        keys = copy_store.touched(project, kind, int(mark) if mark else None)
        if keys is None:
            local, seen = copy_store.read(project, kind), copy_store.bases(project, kind)
        else:
            local, seen = copy_store.read_some(project, kind, keys), copy_store.bases(project, kind, keys)
        for key, row in local.items():
            base = seen.get(key)
            if base is None or any(row.get(f) != base.data.get(f) for f in _visible(kind, base)):
                out.append(Change(kind, key, base, row))
        out += [Change(kind, key, base, None) for key, base in seen.items() if key not in local]
    return out


def _change_id(copy_id: str, change: Change) -> uuid.UUID:
    digest = hashlib.sha256(json.dumps(change.mine, sort_keys=True, default=str).encode()).hexdigest()
    version = change.base.version if change.base else 0
    return uuid.uuid5(uuid.UUID(copy_id), f"{change.kind.name}:{change.key}:{version}:{digest}")


def _server_rows(conn, kind: Kind, uids: list[uuid.UUID]) -> dict[uuid.UUID, dict]:
    cols = ", ".join(_select(kind, f) for f in kind.fields)
    withheld = ", withheld" if kind.source == "sites_shared" else ", false"
    rows = conn.execute(f"SELECT uid, version, deleted, changed_by{withheld}, {cols} FROM {kind.read_from} "
                        "WHERE uid = ANY(%s)", (uids,)).fetchall()
    return {r[0]: {"version": r[1], "deleted": r[2], "by": r[3], "withheld": r[4], "data": dict(zip(kind.fields, r[5:]))}
            for r in rows}


def _select(kind: Kind, f: str) -> str:
    return f"upper(encode(ST_AsBinary({f}), 'hex')) AS {f}" if f == kind.geometry else f


def _value(kind: Kind, f: str) -> str:
    return "ST_Multi(ST_GeomFromWKB(decode(%s, 'hex'), 4326))" if f == kind.geometry else "%s"


def push(project, conn, copy_id: str, login: str) -> PushReport:
    """Send every local change (call inside the copy's sync change); commits on the server."""
    report = PushReport()
    changes = local_changes(project)
    pending = [c for c in copy_store.conflicts(project, open_only=False) if c["pending"]]
    forced = {(c["kind"], c["record_id"]) for c in pending if c["resolution"] == '"mine"'}
    if not changes and not pending:
        return report
    with conn.transaction():
        conn.execute("SELECT pg_advisory_xact_lock(%s)", (PUSH_LOCK,))
        ids = {id(c): _change_id(copy_id, c) for c in changes}
        applied = {r[0] for r in conn.execute(
            "SELECT client_change_id FROM servicemap.applied_changes WHERE client_change_id = ANY(%s)",
            (list(ids.values()),))}
        for kind in KINDS:
            mine = [c for c in changes if c.kind is kind]
            if not mine:
                continue
            theirs = _server_rows(conn, kind, [kind.uid(c.key) for c in mine])
            planned = []
            for change in mine:
                if ids[id(change)] in applied:
                    report.already += 1
                    continue
                server = theirs.get(kind.uid(change.key))
                planned.append((change, server, *_plan(change, server, force=(kind.name, change.key) in forced)))
            refusals = _write_all(conn, kind, [(kind.uid(c.key), c.key, o) for c, _, _, o in planned if o.changes_server])
            for change, server, fields, outcome in planned:
                _settle(conn, change, server, fields, outcome, refusals.get(kind.uid(change.key)), ids[id(change)],
                        login, report)
            conn.cursor().executemany(
                "INSERT INTO servicemap.applied_changes (client_change_id) VALUES (%s) ON CONFLICT DO NOTHING",
                [(ids[id(c)],) for c, _, _, o in planned if kind.uid(c.key) not in refusals])
        for c in pending:
            _send_resolution(conn, c)
            report.resolutions += 1
    return report


def _plan(change: Change, server: dict | None, *, force: bool):
    """The fields the copy may send for this record, and the merge's outcome."""
    kind, base = change.kind, change.base
    fields = _visible(kind, base)
    if server is not None and server["withheld"]:
        fields = tuple(f for f in fields if f not in kind.withheld)
    outcome = merge(fields, base.data if base else None, change.mine, server["data"] if server else None,
                    theirs_deleted=bool(server and server["deleted"]), force=force)
    return fields, outcome


def _settle(conn, change: Change, server, fields, outcome, refused: str | None, change_id, login: str,
            report: PushReport) -> None:
    """Count what was written, and record the clashes (a refusal is one too: nothing lost without a word)."""
    kind = change.kind
    uid = kind.uid(change.key)
    if refused:
        report.refused.append(f"{kind.name} {change.key}: {refused}")
        report.reread.setdefault(kind.name, []).append(change.key)
        clash = Clash("(refused)", None, refused, {f: change.mine.get(f) for f in fields} if change.mine else "deleted")
        _record_clash(conn, kind, uid, change.key, clash, "server", login, change_id, report)
        return
    if outcome.changes_server:
        report.sent[kind.name] = report.sent.get(kind.name, 0) + 1
    for clash in outcome.clashes:
        _record_clash(conn, kind, uid, change.key, clash, server["by"] if server else "", login, change_id, report)


_REFUSED = "not allowed: you may change only your own agency's records (or sites you are granted to see)"


def _statement(kind: Kind, outcome) -> str:
    table = f"servicemap.{kind.name}"
    if outcome.insert:
        cols = list(outcome.writes)
        marks = ", ".join(_value(kind, f) for f in cols)
        return f"INSERT INTO {table} (uid, id, {', '.join(cols)}) VALUES (%s, %s, {marks}) RETURNING uid"
    sets = [f"{f} = {_value(kind, f)}" for f in outcome.writes]
    sets.append("deleted = true" if outcome.delete else "deleted = false")
    return f"UPDATE {table} SET {', '.join(sets)} WHERE uid = %s RETURNING uid"


def _params(uid, key: str, outcome) -> tuple:
    values = tuple(outcome.writes.values())
    return (uid, key, *values) if outcome.insert else (*values, uid)


def _write_all(conn, kind: Kind, writes: list[tuple]) -> dict:
    """Write many records, one batch per statement shape inside a savepoint; uid -> the reason for
    each refusal. A batch the server rejects is retried record by record to find which."""
    import psycopg

    groups: dict[str, list[tuple]] = {}
    for uid, key, outcome in writes:
        groups.setdefault(_statement(kind, outcome), []).append((uid, key, outcome))
    refused = {}
    for statement, rows in groups.items():
        try:
            with conn.transaction(), conn.cursor() as cur:
                cur.executemany(statement, [_params(*r) for r in rows], returning=True)
                done = set()
                while True:
                    done.update(r[0] for r in cur.fetchall())
                    if not cur.nextset():
                        break
            refused.update({uid: _REFUSED for uid, _, _ in rows if uid not in done})
        except (psycopg.errors.InsufficientPrivilege, psycopg.errors.IntegrityError):
            for uid, key, outcome in rows:
                reason = _write(conn, kind, uid, key, outcome)
                if reason:
                    refused[uid] = reason
    return refused


def _write(conn, kind: Kind, uid: uuid.UUID, key: str, outcome) -> str | None:
    """Write one record inside a savepoint; the server's reason when it refuses."""
    import psycopg

    try:
        with conn.transaction():
            if conn.execute(_statement(kind, outcome), _params(uid, key, outcome)).fetchone() is None:
                return _REFUSED
    except psycopg.errors.InsufficientPrivilege as exc:
        return f"not allowed: {exc.diag.message_primary}"
    except psycopg.errors.IntegrityError as exc:
        return f"refused by the server: {exc.diag.message_primary}"
    return None


def _record_clash(conn, kind: Kind, uid, key: str, clash: Clash, server_user: str, login: str, change_id,
                  report: PushReport) -> None:
    conflict_id = uuid.uuid5(change_id, clash.field)
    values = [json.dumps(v, default=str) for v in (clash.base, clash.server, clash.client)]
    cur = conn.execute(
        "INSERT INTO servicemap.conflicts (id, table_name, uid, record_id, field, base, server_value, client_value, "
        "server_user, client_user) VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, session_user) ON CONFLICT DO NOTHING",
        (conflict_id, kind.name, uid, key, clash.field, *values, server_user))
    if cur.rowcount:
        what = "deleted what the other edited" if clash.field == DELETED_MARK else f"changed {clash.field} differently"
        conn.execute("INSERT INTO servicemap.audit (login, table_name, uid, action, old, new, note) "
                     "VALUES (session_user, %s, %s, 'conflict', %s, %s, %s)",
                     (kind.name, uid, values[0], json.dumps({"server": clash.server, "client": clash.client}, default=str),
                      f"{login} and {server_user or 'the server'} {what}; the server's value stays until a person chooses"))
    report.conflicts.append(str(conflict_id))


def _send_resolution(conn, conflict: dict) -> None:
    cur = conn.execute("UPDATE servicemap.conflicts SET resolved_at = now(), resolved_by = session_user, resolution = %s "
                       "WHERE id = %s AND resolved_at IS NULL RETURNING table_name, uid, server_user, client_user, field",
                       (conflict["resolution"], conflict["id"]))
    row = cur.fetchone()
    if row:
        conn.execute("INSERT INTO servicemap.audit (login, table_name, uid, action, new, note) "
                     "VALUES (session_user, %s, %s, 'resolve', %s, %s)",
                     (row[0], row[1], conflict["resolution"],
                      f"conflict over {row[4]} between {row[3]} and {row[2]} resolved by {conflict['resolved_by']}"))
