"""Sending a copy's changes to the server, in one server transaction.

A change is a record whose values differ from what the copy last saw of it (or that the copy
made, or deleted), whoever changed it: ServiceMap, or another program such as QGIS (see
:func:`directory.copy_changes.differing`). Each gets a client change ID derived from the copy, the
record, the base version and the values: a push that was committed on the server but not
remembered by the copy (killed in between) finds its IDs applied and sends nothing twice.
Whatever the server refuses (row-level security: another agency's record, a confidential site
without the grant; anything at all from a viewer) is listed, so no edit is lost without a word:
a refusal goes to the server's conflict list marked with the ID of the copy that made it, and
only that copy lists it (see :mod:`directory.server.refusals`, which also says why in words
true for the person); a record the server does not hold stays in the copy, refused, until its
person keeps it there or discards it. An edit of a place that became confidential meanwhile,
from a copy that may no longer see it, is refused the same way, never silently dropped.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from dataclasses import dataclass, field

from directory import copy_changes, copy_refused, copy_store
from directory.server import refusals, stage, steps
from directory.server.kinds import KINDS, Kind
from directory.server.merge import DELETED_MARK, REFUSED_MARK, Clash, merge

PUSH_LOCK = 7243501  # the same lock the server's stamp() trigger takes
VIEWER = "you may only read this shared directory (a viewer); ask its administrator to make you an editor"


@dataclass
class Change:
    kind: Kind
    key: str
    base: copy_store.Base | None
    mine: dict | None
    outside: bool = False  # changed by another program than ServiceMap (found by comparing with the base)


@dataclass
class PushReport:
    sent: dict[str, int] = field(default_factory=dict)  # kind -> records written on the server
    conflicts: list[str] = field(default_factory=list)  # conflict IDs recorded
    refused: list[str] = field(default_factory=list)  # "kind key: reason"
    held: list[tuple[str, str, str]] = field(default_factory=list)  # (kind, key, reason): refused, not on the server
    already: int = 0  # changes the server had applied before (a retried push)
    resolutions: int = 0
    unsent_resolutions: list[str] = field(default_factory=list)  # conflict IDs a viewer may not resolve
    outside: list[str] = field(default_factory=list)  # "kind key" changed by another program, sent like the others
    reread: dict[str, list[str]] = field(default_factory=dict)  # kind -> keys the copy must take again
    #: kind -> key -> (version, deleted, values, the copy holds them already): what the server now
    #: holds of the records written, known without reading them back (the pull takes them as they
    #: are and skips those versions)
    written: dict[str, dict[str, tuple[int, bool, dict | None, bool]]] = field(default_factory=dict)


def _visible(kind: Kind, base: copy_store.Base | None) -> tuple[str, ...]:
    return tuple(f for f in kind.fields if not (base and base.withheld and f in kind.withheld))


def local_changes(project) -> list[Change]:
    """Every record that differs from what the copy last saw on the server, except those the
    server refused and the copy holds back."""
    out = []
    mark = copy_store.state(project).get("seen_change")
    held = copy_refused.keys(project)
    for kind in KINDS:
        keys = copy_changes.differing(project, kind)
        if keys is None:
            local, seen = copy_store.read(project, kind), copy_store.bases(project, kind)
        else:
            keys = {k for k in keys if (kind.name, k) not in held}
            if not keys:
                continue
            local, seen = copy_store.read_some(project, kind, keys), copy_store.bases(project, kind, keys)
        found = [Change(kind, key, seen.get(key), row) for key, row in local.items()
                 if (kind.name, key) not in held and _differs(kind, row, seen.get(key))]
        found += [Change(kind, key, base, None) for key, base in seen.items() if key not in local]
        if found and keys is not None:
            ours = copy_changes.touched(project, kind, int(mark) if mark else None)
            for change in found:
                change.outside = ours is not None and change.key not in ours
        out += found
    return out


def _differs(kind: Kind, row: dict, base: copy_store.Base | None) -> bool:
    return base is None or any(row.get(f) != base.data.get(f) for f in _visible(kind, base))


def uuid_array(uids) -> str:
    """UUIDs as one PostgreSQL array literal (``%s::uuid[]``): much quicker to send than a list of thousands."""
    return "{" + ",".join(map(str, uids)) + "}"


def _change_id(copy_id: str, change: Change) -> uuid.UUID:
    values = repr(tuple(change.mine.values())) if change.mine is not None else "deleted"  # in the kind's field order
    version = change.base.version if change.base else 0
    text = f"{copy_id}|{change.kind.name}|{change.key}|{version}|{values}"
    return uuid.UUID(bytes=hashlib.blake2b(text.encode(), digest_size=16).digest())


def _server_rows(conn, kind: Kind, uids: list[uuid.UUID]) -> dict[uuid.UUID, dict]:
    cols = ", ".join(select(kind, f) for f in kind.fields)
    withheld = ", withheld" if kind.source == "sites_shared" else ", false"
    rows = conn.execute(f"SELECT uid, version, deleted, changed_by{withheld}, {cols} FROM {kind.read_from} "
                        "WHERE uid = ANY(%s::uuid[])", (uuid_array(uids),)).fetchall()
    return {r[0]: {"version": r[1], "deleted": r[2], "by": r[3], "withheld": r[4], "data": dict(zip(kind.fields, r[5:]))}
            for r in rows}


def select(kind: Kind, f: str) -> str:
    """How a field is read from the server (a geometry as hex WKB)."""
    return f"upper(encode(ST_AsBinary({f}), 'hex')) AS {f}" if f == kind.geometry else f


def push(project, conn, copy_id: str, login: str, role: str, changes: list[Change]) -> PushReport:
    """Send ``changes`` (call inside the copy's sync change); commits on the server."""
    report = PushReport(outside=[f"{c.kind.name} {c.key}" for c in changes if c.outside])
    pending = [c for c in copy_store.conflicts(project, open_only=False) if c["pending"]]
    if not changes and not pending:
        return report
    if role == "viewer":
        return _refuse_all(changes, pending, report)
    forced = {(c["kind"], c["record_id"]) for c in pending if c["resolution"] in ('"mine"', '"client"')}
    steps.reached("push:begin")
    with conn.transaction():
        conn.execute("SELECT pg_advisory_xact_lock(%s)", (PUSH_LOCK,))
        steps.reached("push:locked")
        ids = {id(c): _change_id(copy_id, c) for c in changes}
        applied = {r[0] for r in conn.execute(
            "SELECT client_change_id FROM servicemap.applied_changes WHERE client_change_id = ANY(%s::uuid[])",
            (uuid_array(ids.values()),))}
        steps.reached("push:read-applied")
        for kind in KINDS:
            mine = [c for c in changes if c.kind is kind]
            if mine:
                _push_kind(conn, kind, mine, ids, applied, forced, login, report, copy_id=copy_id, role=role)
        for c in pending:
            _send_resolution(conn, c)
            report.resolutions += 1
            steps.reached("push:resolved")
        steps.reached("push:before-commit")
    steps.reached("push:committed")
    return report


def _push_kind(conn, kind: Kind, mine: list[Change], ids: dict, applied: set, forced: set, login: str,
               report: PushReport, *, copy_id: str = "", role: str = "") -> None:
    uids = {id(c): kind.uid(c.key) for c in mine}
    theirs = _server_rows(conn, kind, list(uids.values()))
    steps.reached(f"push:read:{kind.name}")
    planned = []
    for change in mine:
        if ids[id(change)] in applied:
            report.already += 1
            continue
        server = theirs.get(uids[id(change)])
        planned.append((change, server, *_plan(change, server, force=(kind.name, change.key) in forced)))
    versions, refused = stage.write(conn, kind, [stage.Write(uids[id(c)], c.key, o.writes, o.insert, o.delete)
                                                 for c, _, _, o in planned if o.changes_server])
    refused = {uid: refusals.reason(why, role, withheld=bool(server and server["withheld"]))
               for uid, why in refused.items() for server in [theirs.get(uid)]}
    for change, server, _, outcome in planned:
        hidden = refusals.hidden_changes(kind, change.base, change.mine, server)
        if hidden and uids[id(change)] not in versions:
            refused[uids[id(change)]] = refusals.became_confidential(hidden)
    for change, server, _, outcome in planned:
        if uids[id(change)] in versions:
            _note_written(change, server, outcome, versions[uids[id(change)]], report)
    clashes = []
    for change, server, fields, outcome in planned:
        clashes += _settle(change, server, fields, outcome, refused.get(uids[id(change)]), ids[id(change)], report)
    if clashes:
        _record_clashes(conn, kind, clashes, login, report, copy_id)
        steps.reached(f"push:conflicts:{kind.name}")
    done = [ids[id(c)] for c, _, _, _ in planned if uids[id(c)] not in refused]
    if done:
        conn.execute("INSERT INTO servicemap.applied_changes (client_change_id) SELECT unnest(%s::uuid[]) "
                     "ON CONFLICT DO NOTHING", (uuid_array(done),))
        steps.reached(f"push:applied:{kind.name}")


def _note_written(change: Change, server: dict | None, outcome, version: int, report: PushReport) -> None:
    """What the server holds of a record just written: the copy's values when new, else the
    server's with the fields written. Not for geometries (the server normalises them) nor for
    records whose fields the server withholds from this copy: those are read back."""
    kind = change.kind
    if kind.geometry or (server and server["withheld"]) or (change.base and change.base.withheld):
        return
    values = None if outcome.delete else dict(change.mine) if outcome.insert else {**server["data"], **outcome.writes}
    report.written.setdefault(kind.name, {})[change.key] = (version, outcome.delete, values, values == change.mine)


def _plan(change: Change, server: dict | None, *, force: bool):
    """The fields the copy may send for this record, and the merge's outcome."""
    kind, base = change.kind, change.base
    fields = _visible(kind, base)
    if server is not None and server["withheld"]:
        fields = tuple(f for f in fields if f not in kind.withheld)
    outcome = merge(fields, base.data if base else None, change.mine, server["data"] if server else None,
                    theirs_deleted=bool(server and server["deleted"]), force=force)
    return fields, outcome


def _refused(change: Change, reason: str, report: PushReport, *, on_server: bool) -> None:
    """List a refusal; the copy takes the server's record again, or holds back one the server lacks."""
    report.refused.append(f"{change.kind.name} {change.key}: {reason}")
    if on_server or change.mine is None:
        report.reread.setdefault(change.kind.name, []).append(change.key)
    else:
        report.held.append((change.kind.name, change.key, reason))


def _settle(change: Change, server, fields, outcome, refused: str | None, change_id, report: PushReport) -> list:
    """Count what was written; the clashes to record (a refusal is one too: nothing lost without a word)."""
    kind = change.kind
    if refused:
        _refused(change, refused, report, on_server=server is not None)
        return [(change, Clash(REFUSED_MARK, None, refused, _refused_values(change, fields, server)), "server",
                 change_id)]
    if outcome.changes_server:
        report.sent[kind.name] = report.sent.get(kind.name, 0) + 1
    return [(change, clash, server["by"] if server else "", change_id) for clash in outcome.clashes]


def _refused_values(change: Change, fields, server) -> dict | str:
    """What a refusal lists of the copy's change: the fields it changed (all of a new record's), and
    the names only of those whose place the copy may no longer hold."""
    if change.mine is None:
        return "deleted"
    base = change.base.data if change.base else None
    values = {f: change.mine.get(f) for f in fields if base is None or change.mine.get(f) != base.get(f)}
    for f in refusals.hidden_changes(change.kind, change.base, change.mine, server):
        values[f] = refusals.HIDDEN
    return values


def _refuse_all(changes: list[Change], pending: list[dict], report: PushReport) -> PushReport:
    """A viewer writes nothing on the server: every change is refused here, before it is sent."""
    for change in changes:
        _refused(change, VIEWER, report, on_server=change.base is not None)
    report.unsent_resolutions = [c["id"] for c in pending]
    return report


def _record_clashes(conn, kind: Kind, clashes: list, login: str, report: PushReport, copy_id: str = "") -> None:
    for change, clash, server_user, change_id in clashes:
        uid = kind.uid(change.key)
        conflict_id = uuid.uuid5(change_id, clash.field)
        values = [json.dumps(v, default=str) for v in (clash.base, clash.server, clash.client)]
        cur = conn.execute(
            "INSERT INTO servicemap.conflicts (id, table_name, uid, record_id, field, base, server_value, client_value, "
            "server_user, client_user, copy_id) VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, session_user, %s) "
            "ON CONFLICT DO NOTHING",
            (conflict_id, kind.name, uid, change.key, clash.field, *values, server_user, copy_id))
        if cur.rowcount:
            if clash.field == REFUSED_MARK:
                note = f"the server refused {login}'s change ({clash.server}); it waits for a person"
            else:
                what = "deleted what the other edited" if clash.field == DELETED_MARK else f"changed {clash.field} differently"
                note = f"{login} and {server_user or 'the server'} {what}; the server's value stays until a person chooses"
            conn.execute("INSERT INTO servicemap.audit (login, table_name, uid, action, old, new, note) "
                         "VALUES (session_user, %s, %s, 'conflict', %s, %s, %s)",
                         (kind.name, uid, values[0], json.dumps({"server": clash.server, "client": clash.client}, default=str),
                          note))
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
