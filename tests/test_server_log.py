"""The server's change log and audit: one entry per record written, whether a copy wrote thousands
in one statement (a push stages them and writes them together) or a person wrote one by hand."""

from __future__ import annotations

import psycopg

from directory.server import sync
from directory.store import Project
from tests.pg_server import pg_admin_url, pg_database  # noqa: F401
from tests.sync_helpers import shared  # noqa: F401



def _audit(conn, table: str, uid_of: str | None = None):
    return conn.execute("SELECT action, old, new, login FROM servicemap.audit WHERE table_name = %s AND action <> 'conflict' "
                        "AND (%s::text IS NULL OR uid = (SELECT uid FROM servicemap.services WHERE id = %s)) ORDER BY id",
                        (table, uid_of, uid_of)).fetchall()


def test_publishing_logs_every_record_once(shared):
    small, url = shared
    with psycopg.connect(url) as conn:
        services = conn.execute("SELECT count(*) FROM servicemap.services").fetchone()[0]
        logged = conn.execute("SELECT count(*), count(DISTINCT uid) FROM servicemap.change_log "
                              "WHERE table_name = 'services'").fetchone()
        inserts = _audit(conn, "services")
        stamped = conn.execute("SELECT count(*) FROM servicemap.services s JOIN servicemap.change_log l "
                               "ON l.seq = s.seq AND l.uid = s.uid AND l.version = s.version").fetchone()[0]
    assert services == len(small.services) + 1
    assert logged == (services, services) and stamped == services
    assert [a[0] for a in inserts] == ["insert"] * services and all(a[2].keys() == {"id"} for a in inserts)


def test_an_edit_sent_in_a_batch_is_audited_field_by_field_with_who_made_it(tmp_path, shared):
    small, url = shared
    a, b = small.services[0], small.services[1]
    with Project.open(small.path) as project:
        with project.change("edit"):
            for svc, field, value in ((a, "description", "Moved to the school"), (b, "schedule_text", "24/7")):
                one = project.service(svc.id)
                setattr(one, field, value)
                one.capacity = 30
                project.save_service(one)
        sync.sync(project)
    with psycopg.connect(url) as conn:
        login = conn.execute("SELECT session_user").fetchone()[0]
        first, second = _audit(conn, "services", a.id), _audit(conn, "services", b.id)
        conn.execute("UPDATE servicemap.services SET deleted = true WHERE id = %s", (a.id,))  # by hand, one row
        by_hand = _audit(conn, "services", a.id)[-1]
        versions = conn.execute("SELECT version FROM servicemap.change_log WHERE uid = (SELECT uid FROM "
                                "servicemap.services WHERE id = %s) ORDER BY seq", (a.id,)).fetchall()
    assert first[-1] == ("update", {"description": "", "capacity": None}, {"description": "Moved to the school",
                                                                            "capacity": 30}, login)
    assert second[-1] == ("update", {"schedule_text": "Sun-Thu 9-5", "capacity": None}, {"schedule_text": "24/7",
                                                                                          "capacity": 30}, login)
    assert by_hand == ("delete", {"deleted": False}, {"deleted": True}, login)
    assert [v[0] for v in versions] == [1, 2, 3]
