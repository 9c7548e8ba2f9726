"""The three-way merge *inside* a field that holds JSON (contacts, extra columns, language lists …).

Such a field is one column in the project and on the server, but people change its parts: Amina
a phone, Rafiq an e-mail of the same contact. Merged whole, one of them would be lost (or both
would wait in a conflict). Each field here is merged by its parts, the way they are identified:

- ``contacts``: by contact (its id); within a contact, name, title and department as values,
  phones by number (a number replaced by another on one side is that phone changed), e-mails
  as a set;
- ``phones`` (an organisation's): by number, as a contact's;
- ``extra``, ``type_words``, ``type_sources``: by key;
- ``service_types``, ``languages``, ``service_area``, ``provenance``: as sets (order kept).

``genders`` stays whole: an empty list means "everyone", so two people each narrowing it
differently would merge into "everyone", the opposite of both. A set that both sides left
non-empty but that would merge into nothing (each removed a different type) is a clash too.

:func:`merge_field` merges twice, once letting the server's side win where both changed the
same part, once letting the copy's win: when the two results are equal nothing clashed; else
the server keeps the first and the person chooses between the two.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

THEIRS, MINE = "theirs", "mine"


def dump(value: Any) -> str:
    """As the project stores JSON (see directory.records), so merged values compare equal."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


class _Clash(Exception):
    """The whole field clashes (not one part of it): each side keeps its own value."""


# --- parts -----------------------------------------------------------------------------------


def _value(base, mine, theirs, prefer: str):
    """One part as a value: taken from the side that changed it."""
    if mine == theirs or mine == base:
        return theirs
    if theirs == base:
        return mine
    return theirs if prefer == THEIRS else mine


def _as_set(base, mine, theirs, prefer: str, *, not_emptied: bool = False) -> list:
    """A list whose items are kept or not, each on its own; the server's order, then the copy's
    additions. ``not_emptied``: both sides non-empty merging into nothing is a clash."""
    base, mine, theirs = base or [], mine or [], theirs or []
    key = dump
    b, m, t = ({key(x) for x in side} for side in (base, mine, theirs))
    out, seen = [], set()
    for x in [*theirs, *mine]:
        k = key(x)
        if k in seen or (k in b and (k not in m or k not in t)):
            continue  # removed by the copy, or by the server
        seen.add(k)
        out.append(x)
    if not_emptied and not out and mine and theirs:
        raise _Clash
    return out


def _by_key(base, mine, theirs, prefer: str, part: Callable = _value) -> dict:
    """A dict merged key by key (``part`` merges one key's values); a key removed on one side and
    changed on the other clashes (``None`` stands for "no such key")."""
    base, mine, theirs = base or {}, mine or {}, theirs or {}
    out = {}
    for k in [*theirs, *(k for k in mine if k not in theirs), *(k for k in base if k not in theirs and k not in mine)]:
        b, m, t = base.get(k), mine.get(k), theirs.get(k)
        if m is not None and t is not None:
            value = part(b, m, t, prefer)
        elif m is None and t is None:
            value = None
        elif m is None:  # removed by the copy (or never there): removed, unless the server changed it
            value = None if t == b else t if b is None else (t if prefer == THEIRS else None)
        else:
            value = None if m == b else m if b is None else (None if prefer == THEIRS else m)
        if value is not None:
            out[k] = value
    return out


def _numbers(base: list[dict], side: list[dict]) -> dict[str, dict | None]:
    """What became of each of the base's phones on one side, by the base's number: the same
    number, or (a number gone, another new) the new phone in its place, or None (removed); new
    phones under their own number."""
    have = {p.get("number"): p for p in side}
    gone = [p.get("number") for p in base if p.get("number") not in have]
    new = [p for p in side if p.get("number") not in {q.get("number") for q in base}]
    out: dict[str, dict | None] = {p.get("number"): have.get(p.get("number")) for p in base}
    for old, replacement in zip(gone, new):
        out[old] = replacement
    for p in new[len(gone):]:
        out[p.get("number")] = p
    return out


def _phones(base, mine, theirs, prefer: str) -> list:
    """Phones by number: one changed (or removed) on one side takes that side's; the same phone
    changed two ways (or removed on one side, changed on the other) clashes. The server's order,
    then the copy's new ones."""
    base, mine, theirs = base or [], mine or [], theirs or []

    def kept(side):
        return {k: v for k, v in _numbers(base, side).items() if v is not None}

    merged = _by_key({p.get("number"): p for p in base}, kept(mine), kept(theirs), prefer)
    rank: dict[str, int] = {}
    for p in [*theirs, *mine]:
        rank.setdefault(p.get("number"), len(rank))
    preferred = theirs if prefer == THEIRS else mine
    out: dict[str, dict] = {}
    for phone in sorted(merged.values(), key=lambda p: rank.get(p.get("number"), len(rank))):
        number = phone.get("number")
        if number not in out or phone in preferred:  # one number given two ways: the preferred side's
            out[number] = phone
    return list(out.values())


def _contact(base, mine, theirs, prefer: str) -> dict:
    base = base or {}
    out = {}
    for k in dict.fromkeys([*theirs, *mine]):
        if k == "phones":
            out[k] = _phones(base.get(k), mine.get(k), theirs.get(k), prefer)
        elif k == "emails":
            out[k] = _as_set(base.get(k), mine.get(k), theirs.get(k), prefer)
        else:
            out[k] = _value(base.get(k), mine.get(k), theirs.get(k), prefer)
    return out


def _contacts(base, mine, theirs, prefer: str) -> list:
    """Contacts by id, each merged by its parts; the server's order, then the copy's new ones."""
    def by_id(items):
        return {c.get("id") or dump(c): c for c in items or []}

    merged = _by_key(by_id(base), by_id(mine), by_id(theirs), prefer, part=_contact)
    return list(merged.values())


def _set_not_emptied(base, mine, theirs, prefer: str) -> list:
    return _as_set(base, mine, theirs, prefer, not_emptied=True)


#: Field name -> how its parts merge. A field not here is merged whole.
MERGERS: dict[str, Callable] = {
    "contacts": _contacts,
    "phones": _phones,
    "extra": _by_key,
    "type_words": _by_key,
    "type_sources": _by_key,
    "service_types": _set_not_emptied,
    "service_area": _set_not_emptied,
    "languages": _as_set,
    "provenance": _as_set,
}


def merge_field(name: str, base: str | None, mine: str | None, theirs: str | None) -> tuple[Any, Any] | None:
    """The field merged by its parts: (the server's result, the copy's result), equal when nothing
    clashed; None when the field is merged whole (not a JSON field, or a value not JSON)."""
    merger = MERGERS.get(name)
    if merger is None or base is None:
        return None
    try:
        b, m, t = (json.loads(v) for v in (base, mine, theirs))
    except (TypeError, ValueError):
        return None
    if not (type(b) is type(m) is type(t)) or not isinstance(b, (list, dict)):
        return None
    try:
        server, copy = merger(b, m, t, THEIRS), merger(b, m, t, MINE)
    except _Clash:
        return theirs, mine
    return _same_text(server, theirs, mine), _same_text(copy, theirs, mine)


def _same_text(value, theirs: str, mine: str) -> str:
    """The merged value as text; a side's own text when equal (however that side wrote it)."""
    text = dump(value)
    for side in (theirs, mine):
        if json.loads(side) == value:
            return side
    return text
