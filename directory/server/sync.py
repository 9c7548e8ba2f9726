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

from directory import copy_store
from directory.errors import UserFacingError
from directory.server import migrate
from directory.server.connect import ServerError, connect, public_url
from directory.server.pull import PullReport, pull
from directory.server.push import PushReport, local_changes, push


class NotShared(UserFacingError):
    """The project is not a copy of a shared directory."""


@dataclass
class SyncResult:
    url: str
    pushed: PushReport = field(default_factory=PushReport)
    pulled: PullReport = field(default_factory=PullReport)

    def summary(self) -> str:
        """One short line: sent, received, conflicts waiting."""
        text = f"Synced: sent {sum(self.pushed.sent.values())}, received {sum(self.pulled.received.values())}"
        return text + (f"; {self.pulled.conflicts} conflict(s) wait" if self.pulled.conflicts else "") + "."

    def lines(self) -> list[str]:
        """What moved, for people."""
        sent = sum(self.pushed.sent.values())
        got = sum(self.pulled.received.values())
        out = [f"Sent {sent} change(s)" + (f" ({_by_kind(self.pushed.sent)})" if sent else "") + ".",
               f"Received {got} change(s)" + (f" ({_by_kind(self.pulled.received)})" if got else "") + "."]
        if self.pushed.already:
            out.append(f"{self.pushed.already} change(s) had already reached the server (an interrupted sync); "
                       "not sent again.")
        for refused in self.pushed.refused:
            out.append(f"Refused by the server: {refused}")
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
    """How many records the copy has changed since its last sync."""
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


def _run(project, url: str, *, ask_password=None, progress=None) -> SyncResult:
    import psycopg

    result = SyncResult(url)
    report = progress or (lambda fraction, text: None)
    try:
        with connect(url, ask_password=ask_password) as conn:
            migrate.check_version(conn, url)
            login = conn.execute("SELECT session_user").fetchone()[0]
            conn.commit()
            with project.change("sync", f"Sync with {url}"):
                state = copy_store.state(project)
                report(0.1, "Sending changes")
                result.pushed = push(project, conn, state["copy_id"], login)
                report(0.5, "Receiving changes")
                areas = [a for a in state.get("areas", "").split(",") if a]
                result.pulled = pull(project, conn, int(state.get("cursor") or 0), areas, result.pushed.reread)
                copy_store.sent(project, [c["id"] for c in copy_store.conflicts(project, open_only=False) if c["pending"]])
                copy_store.set_state(project, cursor=str(result.pulled.seen_up_to), last_sync_at=_now(), user=login,
                                     seen_change=str(copy_store.last_change(project)))
    except psycopg.OperationalError as exc:
        raise ServerError(f"{url}: the connection was lost during the sync ({str(exc).strip().splitlines()[0]}). "
                          "Nothing was half-done: run the sync again.") from None
    report(1.0, "Done")
    return result


def resolve(project, conflict_id: str, keep: str, by: str | None = None) -> None:
    """A person's choice in a conflict: ``keep`` "server" (its value stays) or "mine" (the copy's
    value wins). Sent with the next sync, with both people's names, to the audit."""
    import getpass

    from directory.server.kinds import BY_NAME, DELETED
    from directory.server.merge import DELETED_MARK

    if keep not in ("server", "mine"):
        raise ValueError("keep must be 'server' or 'mine'")
    found = [c for c in copy_store.conflicts(project) if c["id"].startswith(conflict_id)]
    if len(found) != 1:
        raise UserFacingError(f"{project.path}: {'no' if not found else 'more than one'} open conflict {conflict_id}. "
                              "List them with 'servicemap conflicts PROJECT'.")
    c = found[0]
    conflict_id = c["id"]
    who = by or getpass.getuser()
    with project.change("conflict", f"Conflict over {c['field']} of {c['record_id']}: kept {keep}"):
        if keep == "mine":
            kind = BY_NAME[c["kind"]]
            mine = json.loads(c["client_value"])
            row = copy_store.read(project, kind).get(c["record_id"])
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
