"""A sync killed (SIGKILL) or cut off (pg_terminate_backend) at random moments, then run again:
nothing lost, nothing twice, the copy equals the server. A few rounds here; ``python
tests/sync_interrupt.py kill|terminate 20`` runs twenty."""

from __future__ import annotations

import random

import pytest

from tests.pg_server import pg_admin_url  # noqa: F401
from tests.sync_interrupt import Scenario, calibrate, kill_round, terminate_round


@pytest.fixture
def scenario(tmp_path, pg_admin_url):
    s = Scenario(tmp_path, pg_admin_url, services=200)
    yield s
    s.drop()


def test_killed_syncs_finish_with_nothing_lost(scenario):
    rng = random.Random(7)
    timing = calibrate(scenario, rng)
    for _ in range(3):
        kill_round(scenario, rng, timing)


def test_cut_connections_finish_with_nothing_lost(scenario):
    rng = random.Random(8)
    places = {terminate_round(scenario, rng) for _ in range(3)}
    assert any(p.startswith("cut") for p in places)
