"""Share a project, clone a copy, sync it: the three things a person does with a shared directory.

A sync is one change in the copy (the project file stays locked for writing meanwhile): push
(one server transaction), then pull. Killed anywhere, the copy rolls back to before the sync
and the server keeps what it committed; running it again finishes the job: pushes already
applied are recognised by their client change IDs, and the pull reads from the copy's last
remembered change number.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from directory import copy_refused, copy_store
from directory.errors import UserFacingError
from directory.server import migrate, steps
from directory.server.connect import ServerError, connect, public_url
from directory.server.pull import PullReport, pull
from directory.server.push import VIEWER, PushReport, local_changes, push


class NotShared(UserFacingError):
    """The project is not a copy of a shared directory."""


@dataclass
class SyncResult:
    url: str
    pushed: PushReport = field(default_factory=PushReport)
    pulled: PullReport = field(default_factory=PullReport)

    def summary(self) -> str:
        """One short line: sent, received, conflicts waiting, and why the server refused."""
        text = f"Synced: sent {sum(self.pushed.sent.values())}, received {sum(self.pulled.received.values())}"
        if self.pulled.conflicts:
            text += f"; {self.pulled.conflicts} conflict(s) wait"
        if self.pushed.refused:
            text += f"; {len(self.pushed.refused)} refused by the server: {self.refusal_reasons()}"
        return text + "."

    def refusal_reasons(self) -> str:
        return "; ".join(sorted({line.split(": ", 1)[1] for line in self.pushed.refused}))

    def lines(self) -> list[str]:
        """What moved, for people."""
        sent = sum(self.pushed.sent.values())
        got = sum(self.pulled.received.values())
        out = [f"Sent {sent} change(s)" + (f" ({_by_kind(self.pushed.sent)})" if sent else "") + ".",
               f"Received {got} change(s)" + (f" ({_by_kind(self.pulled.received)})" if got else "") + "."]
        if self.pushed.outside:
            out.append(f"{len(self.pushed.outside)} record(s) were changed outside ServiceMap (in QGIS or another "
                       f"program) and were sent like the others: {', '.join(self.pushed.outside)}.")
        if self.pushed.already:
            out.append(f"{self.pushed.already} change(s) had already reached the server (an interrupted sync); "
                       "not sent again.")
        for refused in self.pushed.refused:
            out.append(f"Refused by the server: {refused}")
        if self.pushed.held:
            out.append(f"{len(self.pushed.held)} record(s) the server refused stay only in this copy and are not sent "
                       "again: keep them here with 'servicemap conflicts PROJECT --local-only RECORD', or discard them "
                       "with '--discard RECORD'.")
        if self.pushed.unsent_resolutions:
            out.append(f"{len(self.pushed.unsent_resolutions)} conflict resolution(s) were not sent: a viewer may not "
                       "resolve conflicts. They wait again.")
        if self.pulled.conflicts:
            out.append(f"{self.pulled.conflicts} conflict(s) wait for a person: list them with "
                       "'servicemap conflicts PROJECT'.")
        return out


def _by_kind(counts: dict[str, int]) -> str:
    return ", ".join(f"{n} {kind.replace('_', ' ')}" for kind, n in counts.items() if n)


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def shared_url(project) -> str:
    url = copy_store.state(project).get("url")
    if not url:
        raise NotShared(f"{project.path}: not a copy of a shared directory. Share it first with 'servicemap share "
                        f"{project.path.name} --to postgresql://USER@HOST/DATABASE', or clone one.")
    return url


def waiting(project) -> int:
    """How many records the copy has changed since its last sync (by ServiceMap or another program)."""
    return len(local_changes(project)) if copy_store.state(project).get("url") else 0


def sync(project, *, ask_password=None, progress=None) -> SyncResult:
    """Push the copy's changes, then pull everyone else's."""
    url = shared_url(project)
    return _run(project, url, ask_password=ask_password, progress=progress)


def share(project, url: str, *, ask_password=None, progress=None) -> SyncResult:
    """Publish ``project`` to the server at ``url``; the project becomes a copy of it."""
    with project.change("sync", f"Shared with {public_url(url)}"):
        copy_store.set_state(project, url=public_url(url), copy_id=str(uuid.uuid4()), cursor="0", areas="")
    return _run(project, public_url(url), ask_password=ask_password, progress=progress)


def clone(url: str, out: str | Path, *, areas: list[str] | None = None, ask_password=None, progress=None):
    """Make a new copy of the shared directory at ``url`` in ``out`` (optionally of some areas only)."""
    from directory.store import Project

    out = Path(out)
    with connect(url, ask_password=ask_password) as conn:  # fail before a file is made
        migrate.check_version(conn, public_url(url))
    project = Project.create(out)
    try:
        with project.change("sync", f"Copy of {public_url(url)}"):
            copy_store.set_state(project, url=public_url(url), copy_id=str(uuid.uuid4()), cursor="0",
                                 areas=",".join(areas or []))
        result = _run(project, public_url(url), ask_password=ask_password, progress=progress)
    except BaseException:
        project.close()
        out.unlink(missing_ok=True)
        raise
    return project, result


_ROLE = ("SELECT session_user, CASE WHEN servicemap.is_role('servicemap_admin') THEN 'admin' "
         "WHEN servicemap.is_role('servicemap_coordinator') THEN 'coordinator' "
         "WHEN servicemap.is_role('servicemap_editor') THEN 'editor' ELSE 'viewer' END")


def _run(project, url: str, *, ask_password=None, progress=None) -> SyncResult:
    import psycopg

    result = SyncResult(url)
    report = progress or (lambda fraction, text: None)
    try:
        with connect(url, ask_password=ask_password) as conn:
            migrate.check_version(conn, url)
            login, role = conn.execute(_ROLE).fetchone()
            conn.commit()
            steps.reached("sync:connected")
            with project.change("sync", f"Sync with {url}"):
                state = copy_store.state(project)
                changes = local_changes(project)
                for c in changes:
                    if c.outside:
                        copy_store.record_outside_edit(project, c.kind, c.key, c.base.data if c.base else None, c.mine)
                report(0.1, "Sending changes")
                result.pushed = push(project, conn, state["copy_id"], login, role, changes)
                copy_refused.hold(project, result.pushed.held, _now())
                copy_store.reopen(project, result.pushed.unsent_resolutions)
                report(0.5, "Receiving changes")
                areas = [a for a in state.get("areas", "").split(",") if a]
                result.pulled = pull(project, conn, int(state.get("cursor") or 0), areas, result.pushed.reread,
                                     result.pushed.written, state["copy_id"])
                copy_store.sent(project, [c["id"] for c in copy_store.conflicts(project, open_only=False) if c["pending"]])
                copy_store.set_state(project, cursor=str(result.pulled.seen_up_to), last_sync_at=_now(), user=login,
                                     role=role, seen_change=str(copy_store.last_change(project)))
                steps.reached("sync:recorded")
            steps.reached("sync:done")
    except psycopg.OperationalError as exc:
        raise ServerError(f"{url}: the connection was lost during the sync ({str(exc).strip().splitlines()[0]}). "
                          "Nothing was half-done: run the sync again.") from None
    report(1.0, "Done")
    return result


def resolve(project, conflict_id: str, keep: str, by: str | None = None) -> None:
    """A person's choice in a conflict: ``keep`` "server" (its value stays), "mine" (the value
    this copy's person gave wins), or "client" (the other side's value wins, whoever gave it: a
    choice made by name). Sent with the next sync, with both people's names, to the audit.

    "mine" never writes values another person made: a conflict whose other side is someone
    else's change is theirs, not this copy's (tryout 3: "Keep all mine" wrote another
    coordinator's refused values). A refusal is answered only by keeping the server's value:
    sent again, the change would be refused again."""
    import getpass

    from directory.server.kinds import BY_NAME, DELETED
    from directory.server.merge import DELETED_MARK, REFUSED_MARK

    if keep not in ("server", "mine", "client"):
        raise ValueError("keep must be 'server', 'mine' or 'client'")
    found = [c for c in copy_store.conflicts(project) if c["id"].startswith(conflict_id)]
    if len(found) != 1:
        raise UserFacingError(f"{project.path}: {'no' if not found else 'more than one'} open conflict {conflict_id}. "
                              "List them with 'servicemap conflicts PROJECT'.")
    if copy_store.state(project).get("role") == "viewer":
        raise UserFacingError(f"{project.path}: {VIEWER}. A coordinator resolves the conflicts.")
    c = found[0]
    conflict_id = c["id"]
    if keep != "server" and c["field"] == REFUSED_MARK:
        raise UserFacingError(f"{project.path}: the server refused this change ({_value_text(c['server_value'])}); "
                              f"sent again it would be refused again. Keep the server's value ('--keep {conflict_id[:8]} "
                              "server'), or ask someone the server allows to make the change.")
    me = copy_store.state(project).get("user")
    if keep == "mine" and c["client_user"] != me:
        raise UserFacingError(f"{project.path}: the other side of conflict {conflict_id[:8]} is {c['client_user']}'s "
                              f"change, not this copy's: keep the server's value, or take {c['client_user']}'s by "
                              f"name ('--keep {conflict_id[:8]} client').")
    who = by or getpass.getuser()
    with project.change("conflict", f"Conflict over {c['field']} of {c['record_id']}: kept {keep}"):
        if keep != "server":
            kind = BY_NAME[c["kind"]]
            mine = json.loads(c["client_value"])
            row = copy_store.read_some(project, kind, {c["record_id"]}).get(c["record_id"])
            if c["field"] == DELETED_MARK and mine == "deleted":
                new = None if DELETED not in kind.fields else {**row, DELETED: _now()}
            elif isinstance(mine, dict) and row is not None:
                new = {**row, **{k: v for k, v in mine.items() if k in kind.fields}}
                if c["field"] == DELETED_MARK and DELETED in kind.fields:
                    new[DELETED] = None
            elif isinstance(mine, dict):
                new = {f: mine.get(f) for f in kind.fields}
            else:
                new = {**row, c["field"]: mine}
            copy_store.write(project, kind, {c["record_id"]: new})
        copy_store.mark_resolved(project, conflict_id, json.dumps(keep), who, _now())


def _value_text(text: str | None) -> str:
    value = json.loads(text) if text else None
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


def keep_refused(project, record: str, by: str | None = None) -> dict:
    """Keep a record the server refused in this copy only (marked so; never sent)."""
    import getpass

    with project.change("sync", f"Kept {record}, refused by the server, in this copy only"):
        return copy_refused.keep_here(project, record, by or getpass.getuser(), _now())


def discard_refused(project, record: str, by: str | None = None) -> dict:
    """Discard a record the server refused: it leaves this copy (the audit keeps what it was)."""
    import getpass

    with project.change("sync", f"Discarded {record}, refused by the server"):
        return copy_refused.discard(project, record, by or getpass.getuser(), _now())
