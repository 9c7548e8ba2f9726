"""The field-level three-way merge of one record: the copy's version against the server's,
both compared with what the copy last saw (the base).

- A field changed on one side only takes that side's value.
- The same change on both sides is no conflict.
- A field holding parts (contacts, extra columns, language lists …) changed on both sides is
  merged by its parts; only a part changed two ways clashes.
- Different changes of one field are a :class:`Clash`: the server's value stays, the copy's
  waits in the conflict list for a person.
- A deletion on one side and an edit on the other is a clash of the whole record (field
  :data:`DELETED_MARK`): the server's state stays, nothing is stuck.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from directory.server.field_merge import merge_field
from directory.server.kinds import DELETED

DELETED_MARK = "(deleted)"
#: The field of a conflict that is the server's refusal of a change (row-level security).
REFUSED_MARK = "(refused)"


@dataclass
class Clash:
    field: str
    base: Any
    server: Any
    client: Any


@dataclass
class Outcome:
    writes: dict[str, Any] = field(default_factory=dict)  # fields to set on the server
    clashes: list[Clash] = field(default_factory=list)
    insert: bool = False  # the server has no such record yet
    delete: bool = False  # leave a tombstone on the server

    @property
    def changes_server(self) -> bool:
        return bool(self.writes) or self.insert or self.delete


def _changed(a: dict, b: dict | None, fields) -> dict[str, Any]:
    return {f: a.get(f) for f in fields if b is None or a.get(f) != b.get(f)}


def merge(fields: tuple[str, ...], base: dict | None, mine: dict | None, theirs: dict | None, *,
          theirs_deleted: bool = False, force: bool = False) -> Outcome:
    """What to write on the server for one record, and what clashes.

    ``mine`` None: the copy deleted the record; ``theirs`` None: the server never had it;
    ``theirs_deleted``: the server holds a tombstone; ``force``: a person chose the copy's
    values in a conflict, so they win. ``fields`` leaves out what the copy may not send.
    """
    if theirs is None:
        return Outcome(writes=dict(mine), insert=True) if mine is not None else Outcome()
    if theirs_deleted:
        if mine is None:
            return Outcome()
        if force:
            return Outcome(writes=_changed(mine, theirs, fields))
        if base is None or _changed(mine, base, fields):
            return Outcome(clashes=[Clash(DELETED_MARK, None, "deleted", _changed(mine, base, fields))])
        return Outcome()
    if mine is None:
        if base is None:
            return Outcome()
        edited = _changed(theirs, base, fields)
        if edited and not force:
            return Outcome(clashes=[Clash(DELETED_MARK, None, edited, "deleted")])
        return Outcome(delete=True)
    clash = _soft_delete_clash(fields, base, mine, theirs)
    if clash is not None and not force:
        return Outcome(clashes=[clash])
    out = Outcome()
    for f in fields:
        m, t = mine.get(f), theirs.get(f)
        if m == t:
            continue
        if force or (base is not None and t == base.get(f)):
            out.writes[f] = m
        elif base is not None and m == base.get(f):
            continue  # changed on the server only: the copy takes it when it pulls
        else:
            _merge_parts(out, f, base.get(f) if base else None, m, t)
    return out


def _merge_parts(out: Outcome, f: str, base, m, t) -> None:
    """A field both sides changed: merged by its parts when it holds them (contacts, extra
    columns …: see :mod:`directory.server.field_merge`), else a clash of the whole field. The
    server takes the parts merged; a part changed two ways keeps the server's and clashes."""
    parts = merge_field(f, base, m, t)
    if parts is None:
        out.clashes.append(Clash(f, base, t, m))
        return
    server, copy = parts
    if server != t:
        out.writes[f] = server
    if copy != server:
        out.clashes.append(Clash(f, base, server, copy))


def _soft_delete_clash(fields, base, mine, theirs) -> Clash | None:
    """One side set ``deleted_at`` while the other changed something else."""
    if DELETED not in fields or base is None:
        return None
    others = tuple(f for f in fields if f != DELETED)
    mine_deleted = mine.get(DELETED) is not None and base.get(DELETED) is None
    theirs_deleted = theirs.get(DELETED) is not None and base.get(DELETED) is None
    if mine_deleted and not theirs_deleted and (edited := _changed(theirs, base, others)):
        return Clash(DELETED_MARK, None, edited, "deleted")
    if theirs_deleted and not mine_deleted and (edited := _changed(mine, base, others)):
        return Clash(DELETED_MARK, None, "deleted", edited)
    return None
