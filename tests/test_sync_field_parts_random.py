"""Random edits of one service's contacts on two sides (hypothesis, no server): nothing is lost
without a word. Every change of the server's side is in the server's result; every change of the
copy's side is in the copy's result (the conflict's); and when the two results are equal (no
conflict), the copy's changes are in the server's result too."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from directory.server.field_merge import MINE, THEIRS, _contacts

NUMBERS = ["+1", "+2", "+3", "+4", "+5"]
EMAILS = ["a@x", "b@x", "c@x", "d@x"]
NAMES = ["", "Desk", "Night"]


def _phone(number, kind="voice"):
    return {"number": number, "type": kind, "description": "", "languages": []}


BASE = [{"id": "c1", "name": "Desk", "title": "", "department": "", "phones": [_phone("+1"), _phone("+2")],
         "emails": ["a@x"]},
        {"id": "c2", "name": "Night", "title": "", "department": "", "phones": [_phone("+3")], "emails": []}]

op = st.one_of(
    st.tuples(st.just("name"), st.integers(0, 2), st.sampled_from(NAMES)),
    st.tuples(st.just("replace_phone"), st.integers(0, 2), st.sampled_from(NUMBERS)),
    st.tuples(st.just("add_phone"), st.integers(0, 2), st.sampled_from(NUMBERS)),
    st.tuples(st.just("phone_type"), st.integers(0, 2), st.sampled_from(["voice", "cell"])),
    st.tuples(st.just("remove_phone"), st.integers(0, 2), st.none()),
    st.tuples(st.just("add_email"), st.integers(0, 2), st.sampled_from(EMAILS)),
    st.tuples(st.just("remove_email"), st.integers(0, 2), st.none()),
    st.tuples(st.just("remove_contact"), st.integers(0, 2), st.none()),
    st.tuples(st.just("add_contact"), st.integers(0, 9), st.sampled_from(NUMBERS)),
)


def _apply(ops, side_name):
    contacts = json.loads(json.dumps(BASE))
    for n, (what, i, value) in enumerate(ops):
        if what == "add_contact":
            contacts.append({"id": f"{side_name}{n}", "name": "", "title": "", "department": "",
                             "phones": [_phone(value)], "emails": []})
            continue
        if not contacts:
            continue
        c = contacts[i % len(contacts)]
        numbers = {p["number"] for x in contacts for p in x["phones"]}
        if what == "name":
            c["name"] = value
        elif what == "replace_phone" and c["phones"] and value not in numbers:
            c["phones"][0] = _phone(value, c["phones"][0]["type"])
        elif what == "add_phone" and value not in numbers:
            c["phones"].append(_phone(value))
        elif what == "phone_type" and c["phones"]:
            c["phones"][-1]["type"] = value
        elif what == "remove_phone" and c["phones"]:
            c["phones"].pop(0)
        elif what == "add_email" and value not in c["emails"]:
            c["emails"].append(value)
        elif what == "remove_email" and c["emails"]:
            c["emails"].pop()
        elif what == "remove_contact":
            contacts.remove(c)
    return contacts


def _has_changes(side, result):
    """Whether every change ``side`` made from the base is in ``result``."""
    base = {c["id"]: c for c in BASE}
    now = {c["id"]: c for c in side}
    got = {c["id"]: c for c in result}
    for cid, c in now.items():
        b = base.get(cid)
        if b is None:
            if got.get(cid) != c:
                return False
            continue
        if c == b:
            continue
        if cid not in got:
            return False
        r = got[cid]
        for part in ("name", "title", "department"):
            if c[part] != b[part] and r[part] != c[part]:
                return False
        if not set(c["emails"]) - set(b["emails"]) <= set(r["emails"]) or set(b["emails"]) - set(c["emails"]) & set(r["emails"]):
            return False
        had, has, out = ({p["number"]: p for p in x} for x in (b["phones"], c["phones"], r["phones"]))
        if not set(has) - set(had) <= set(out) or (set(had) - set(has)) & set(out):
            return False
        if any(out.get(n) != p for n, p in has.items() if n in had and had[n] != p):
            return False
    return all(cid not in got for cid in base if cid not in now)  # removed stays removed


@settings(max_examples=400, deadline=None)
@given(mine_ops=st.lists(op, max_size=4), theirs_ops=st.lists(op, max_size=4))
def test_nothing_is_lost_without_a_word(mine_ops, theirs_ops):
    mine, theirs = _apply(mine_ops, "m"), _apply(theirs_ops, "t")
    server, copy = _contacts(BASE, mine, theirs, THEIRS), _contacts(BASE, mine, theirs, MINE)
    assert _has_changes(theirs, server)
    assert _has_changes(mine, copy)
    if server == copy:
        assert _has_changes(mine, server)


def _parts(contacts):
    """The parts a person changes, flat: each contact's values, each e-mail's presence, each of
    the base's phones (what it became: directory.server.field_merge's own pairing of a number
    gone with a number new) and each new phone."""
    from directory.server.field_merge import _numbers

    base = {c["id"]: c for c in BASE}
    out = {}
    for c in contacts:
        cid = c["id"]
        for part in ("name", "title", "department"):
            out[(cid, part)] = c[part]
        for e in c["emails"]:
            out[(cid, "email", e)] = True
        for number, phone in _numbers(base[cid]["phones"] if cid in base else [], c["phones"]).items():
            out[(cid, "phone", number)] = json.dumps(phone, sort_keys=True) if phone else None
    return out


@settings(max_examples=400, deadline=None)
@given(mine_ops=st.lists(op, max_size=4), theirs_ops=st.lists(op, max_size=4))
def test_a_conflict_only_where_one_part_was_changed_two_ways(mine_ops, theirs_ops):
    mine, theirs = _apply(mine_ops, "m"), _apply(theirs_ops, "t")
    if _contacts(BASE, mine, theirs, THEIRS) == _contacts(BASE, mine, theirs, MINE):
        return
    b, m, t = _parts(BASE), _parts(mine), _parts(theirs)
    two_ways = [k for k in {*b, *m, *t} if m.get(k) != b.get(k) and t.get(k) != b.get(k) and m.get(k) != t.get(k)]
    ids = {c["id"] for c in BASE}
    gone_here = {c for c in ids if c not in {x["id"] for x in mine}}
    gone_there = {c for c in ids if c not in {x["id"] for x in theirs}}
    edited = lambda side: {k[0] for k in {*b, *side} if side.get(k) != b.get(k)}  # noqa: E731
    deleted_and_edited = (gone_here - gone_there) & edited(t) or (gone_there - gone_here) & edited(m)
    assert two_ways or deleted_and_edited, (mine, theirs)
