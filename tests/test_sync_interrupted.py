"""A sync interrupted at fixed steps — killed (SIGKILL), or its server connection cut
(pg_terminate_backend) — then run again: nothing lost, nothing twice, exactly the conflicts
expected, the copy equal to the server. ``python tests/sync_interrupt.py`` runs every step of a
sync in both ways (see there)."""

from __future__ import annotations

import pytest

from tests.pg_server import pg_admin_url  # noqa: F401
from tests.sync_interrupt import Scenario, step_names_in_the_code, steps_of_a_sync


@pytest.fixture(scope="module")
def scenario(tmp_path_factory, pg_admin_url):
    s = Scenario(tmp_path_factory.mktemp("interrupted"), pg_admin_url, services=60)
    yield s
    s.drop()


def test_a_sync_passes_every_kind_of_step_the_code_names(scenario):
    points = steps_of_a_sync(scenario)
    reached = {s for s, _ in points}
    for name in step_names_in_the_code():
        assert any(s == name or (name.endswith(":") and s.startswith(name)) for s in reached), name
    assert ("pull:page:services", 2) in points  # pages small enough to stop between them
    assert points.index(("push:committed", 1)) < points.index(("pull:snapshot", 1))


@pytest.mark.parametrize(("mode", "step", "nth"), [
    ("kill", "push:committed", 1),  # the server committed; the copy had not recorded it
    ("kill", "pull:page:services", 2),  # between two pages, half written in the copy
    ("terminate", "push:updated:services", 1),  # mid-transaction on the server
    ("terminate", "push:committed", 1),  # the pull fails on a dead connection
])
def test_an_interrupted_sync_is_finished_by_the_next(scenario, mode, step, nth):
    done = scenario.interrupt(step, nth, mode)
    assert done["server committed"] == (step != "push:updated:services")


def test_the_check_finds_a_lost_edit_and_a_conflict_recorded_twice(scenario):
    """The test of the test: Scenario.check fails when the server lost an edit or holds a conflict twice."""
    import psycopg

    sid = next(k for k in scenario.described if k not in scenario.gone)
    with psycopg.connect(scenario.url) as conn:
        old = conn.execute("SELECT description FROM servicemap.services WHERE id = %s", (sid,)).fetchone()[0]
        conn.execute("UPDATE servicemap.services SET description = 'lost' WHERE id = %s", (sid,))
        conn.commit()
        with pytest.raises(AssertionError, match="lost edit"):
            scenario.check()
        conn.execute("UPDATE servicemap.services SET description = %s WHERE id = %s", (old, sid))
        conn.execute("INSERT INTO servicemap.conflicts (id, table_name, uid, record_id, field, base, server_value, "
                     "client_value, server_user, client_user) SELECT gen_random_uuid(), table_name, uid, record_id, field, "
                     "base, server_value, client_value, server_user, client_user FROM servicemap.conflicts "
                     "WHERE resolved_at IS NULL LIMIT 1")
        conn.commit()
        with pytest.raises(AssertionError, match="conflict was recorded twice"):
            scenario.check()
        conn.execute("DELETE FROM servicemap.conflicts WHERE id = (SELECT id FROM servicemap.conflicts "
                     "WHERE resolved_at IS NULL ORDER BY at DESC, id LIMIT 1)")
