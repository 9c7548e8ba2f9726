"""Many copies edit at random while offline, then sync in a random order (real server, hypothesis).

After two rounds of syncing, every copy equals the server; every value someone typed is either
the server's value or waits in a recorded conflict (nothing lost); every service made exists
once (nothing duplicated); and two copies giving one field different values left a conflict.
"""

from __future__ import annotations

import uuid

import psycopg
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from directory import copy_store
from directory.model import Service
from directory.server import migrate, sync
from directory.server.merge import DELETED_MARK
from directory.store import Project
from tests.pg_server import database_url, pg_admin_url  # noqa: F401
from tests.sync_helpers import make_project

FIELDS = {"schedule_text": ["9-5", "8-4", "24/7"], "description": ["open", "moved", "closing"], "capacity": [5, 10]}
N_SERVICES = 4

edit = st.tuples(st.just("edit"), st.integers(0, N_SERVICES - 1), st.sampled_from(sorted(FIELDS)), st.integers(0, 2))
delete = st.tuples(st.just("delete"), st.integers(0, N_SERVICES - 1), st.none(), st.none())
add = st.tuples(st.just("add"), st.none(), st.none(), st.none())
ops = st.lists(st.one_of(edit, edit, edit, delete, add), max_size=5)


def _database(admin_url: str) -> str:
    name = f"sm_h{uuid.uuid4().hex[:10]}"
    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    url = database_url(admin_url, name)
    migrate.init(url)
    return url


def _drop(admin_url: str, url: str) -> None:
    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute(f"DROP DATABASE {url.rsplit('/', 1)[1]} WITH (FORCE)")


def _run(tmp_path, admin_url, per_copy: list[list[tuple]], order: list[int]) -> None:
    url = _database(admin_url)
    folder = tmp_path / uuid.uuid4().hex[:8]
    folder.mkdir()
    try:
        small = make_project(folder / "origin.gpkg", services_per_district=2)
        with Project.open(small.path) as origin:
            sync.share(origin, url)
        ids = [s.id for s in small.services]
        copies = [sync.clone(url, folder / f"c{i}.gpkg")[0] for i in range(len(per_copy))]
        typed: dict[tuple[int, str, str], object] = {}  # (copy, service, field) -> the last value typed
        deleted: dict[int, set[str]] = {}
        made: list[str] = []
        for n, (copy, steps) in enumerate(zip(copies, per_copy)):
            for action, i, field, v in steps:
                if action == "add":
                    svc = Service(name=f"new {n} {len(made)}", organisation_id=small.agency_a.id)
                    with copy.change("edit"):
                        copy.save_service(svc)
                        copy.link(svc.id, small.sites[0].id)
                    made.append(svc.id)
                    continue
                sid = ids[i]
                if sid in deleted.get(n, set()):
                    continue
                with copy.change("edit"):
                    if action == "delete":
                        copy.delete_service(sid)
                        deleted.setdefault(n, set()).add(sid)
                    else:
                        svc = copy.service(sid)
                        value = FIELDS[field][v % len(FIELDS[field])]
                        setattr(svc, field, value)
                        copy.save_service(svc)
                        typed[(n, sid, field)] = value
        for _ in range(2):
            for n in order:
                sync.sync(copies[n])
        with psycopg.connect(url) as conn:
            server = {r[0]: r[1:] for r in conn.execute(
                "SELECT id, schedule_text, description, capacity, deleted_at FROM servicemap.services")}
            conflicts = conn.execute("SELECT record_id, field, server_value, client_value FROM servicemap.conflicts "
                                     "WHERE resolved_at IS NULL").fetchall()
            names = [r[0] for r in conn.execute("SELECT name FROM servicemap.services")]
        assert len(names) == len(set(names)) == len(ids) + 1 + len(made)  # nothing duplicated, nothing missing
        for copy in copies:  # all converge on the server's state
            local = {s.id: (s.schedule_text, s.description, s.capacity) for s in copy.services()}
            alive = {k: v[:3] for k, v in server.items() if v[3] is None}
            assert local == alive
            assert len(copy_store.conflicts(copy)) == len(conflicts)
        column = {"schedule_text": 0, "description": 1, "capacity": 2}
        for (n, sid, field), value in typed.items():  # nothing lost without a word
            on_server = server[sid][column[field]] == value
            waiting = any(c[0] == sid and (c[1] == DELETED_MARK or (c[1] == field and value in (c[2], c[3])))
                          for c in conflicts)
            assert on_server or waiting, (sid, field, value)
        for (n, sid, field), value in typed.items():  # every clashing pair left a conflict
            for (m, sid2, field2), other in typed.items():
                if m != n and (sid2, field2) == (sid, field) and other != value:
                    assert any(c[0] == sid and c[1] in (field, DELETED_MARK) for c in conflicts)
        for copy in copies:
            copy.close()
    finally:
        _drop(admin_url, url)


@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(per_copy=st.lists(ops, min_size=2, max_size=2), order=st.permutations([0, 1]))
def test_two_copies_converge(tmp_path, pg_admin_url, per_copy, order):
    _run(tmp_path, pg_admin_url, per_copy, order)


@settings(max_examples=2, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(per_copy=st.lists(ops, min_size=10, max_size=10), order=st.permutations(list(range(10))))
def test_ten_copies_converge(tmp_path, pg_admin_url, per_copy, order):
    _run(tmp_path, pg_admin_url, per_copy, order)
