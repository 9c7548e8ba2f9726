"""Interrupting a sync at random moments, then syncing again: nothing lost, nothing twice.

Each round makes fresh edits in a copy (changed fields, new services, deletions), starts
``servicemap sync`` as a separate process and either kills it (SIGKILL) after a random delay,
or terminates its server connection (``pg_terminate_backend``) at a random moment while it is
connected. Then it runs the sync again to the end and checks the server and the copy: every
edit is on the server, every new service is there once, the copy equals the server.

``python tests/sync_interrupt.py kill|terminate ROUNDS`` runs many rounds and prints where the
interruptions fell (before the server committed the push, or after); the test suite runs a few.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path

import psycopg

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from directory.model import Service  # noqa: E402
from directory.server import migrate, sync  # noqa: E402
from directory.store import Project  # noqa: E402
from tests.pg_server import database_url  # noqa: E402
from tests.sync_helpers import make_project  # noqa: E402


def _sync_process(copy_path: Path) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "desktop.cli", "sync", str(copy_path)], cwd=REPO,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL, text=True)


class Scenario:
    """A shared directory with one copy that keeps editing."""

    def __init__(self, folder: Path, admin_url: str, services: int = 400):
        self.admin_url = admin_url
        name = f"sm_k{uuid.uuid4().hex[:10]}"
        with psycopg.connect(admin_url, autocommit=True) as conn:
            conn.execute(f"CREATE DATABASE {name}")
        self.url = database_url(admin_url, name)
        migrate.init(self.url)
        small = make_project(folder / "origin.gpkg", services_per_district=services // 2)
        with Project.open(small.path) as origin:
            sync.share(origin, self.url)
        self.small = small
        self.copy_path = folder / "copy.gpkg"
        sync.clone(self.url, self.copy_path)[0].close()
        self.expected: dict[str, str] = {}  # service id -> description it must end with
        self.made: list[str] = []
        self.gone: set[str] = set()
        self.rounds = 0

    def edit(self, rng: random.Random) -> None:
        self.rounds += 1
        with Project.open(self.copy_path) as copy:
            alive = [s for s in copy.services() if s.id not in self.gone]
            with copy.change("edit", f"round {self.rounds}"):
                for svc in rng.sample(alive, min(120, len(alive))):
                    svc.description = f"round {self.rounds} {rng.random():.6f}"
                    copy.save_service(svc)
                    self.expected[svc.id] = svc.description
                for k in range(40):
                    svc = Service(name=f"new r{self.rounds} {k}", organisation_id=self.small.agency_a.id)
                    copy.save_service(svc)
                    copy.link(svc.id, self.small.sites[k % len(self.small.sites)].id)
                    self.made.append(svc.name)
                victim = rng.choice([s for s in alive if s.id not in self.expected])
                copy.delete_service(victim.id)
                self.gone.add(victim.id)

    def server_committed(self) -> bool:
        """Whether the server holds this round's edits already."""
        with psycopg.connect(self.url) as conn:
            return conn.execute("SELECT count(*) FROM servicemap.services WHERE name LIKE %s",
                                (f"new r{self.rounds} %",)).fetchone()[0] > 0

    def check(self) -> None:
        with psycopg.connect(self.url) as conn:
            rows = conn.execute("SELECT id, name, description, deleted_at FROM servicemap.services").fetchall()
            conflicts = conn.execute("SELECT count(*) FROM servicemap.conflicts").fetchone()[0]
        names = [r[1] for r in rows]
        assert len(names) == len(set(names)), "a service was written twice"
        assert set(self.made) <= set(names), "a new service was lost"
        by_id = {r[0]: r for r in rows}
        for sid, description in self.expected.items():
            if sid not in self.gone:
                assert by_id[sid][2] == description, f"lost edit of {sid}"
        assert all(by_id[sid][3] is not None for sid in self.gone), "a deletion was lost"
        assert conflicts == 0, "an interrupted sync made a conflict with itself"
        with Project.open(self.copy_path) as copy:
            local = {s.id: s.description for s in copy.services()}
            assert local == {r[0]: r[2] for r in rows if r[3] is None}, "the copy differs from the server"
            assert sync.waiting(copy) == 0

    def drop(self) -> None:
        with psycopg.connect(self.admin_url, autocommit=True) as conn:
            conn.execute(f"DROP DATABASE {self.url.rsplit('/', 1)[1]} WITH (FORCE)")


def calibrate(scenario: Scenario, rng: random.Random) -> tuple[float, float]:
    """How long the program takes to start, and a whole sync of one round's edits (run once, to the end)."""
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", "import desktop.cli, directory.server.sync, psycopg"], cwd=REPO, check=True)
    startup = time.perf_counter() - start
    scenario.edit(rng)
    start = time.perf_counter()
    done = _sync_process(scenario.copy_path)
    _, err = done.communicate(timeout=300)
    assert done.returncode == 0, err
    scenario.check()
    return startup, time.perf_counter() - start


def kill_round(scenario: Scenario, rng: random.Random, timing: tuple[float, float]) -> str:
    """SIGKILL the sync after a random delay; then sync to the end and check. Returns where it fell."""
    startup, whole = timing
    scenario.edit(rng)
    proc = _sync_process(scenario.copy_path)
    time.sleep(rng.uniform(startup * 0.9, whole * 0.9))
    finished = proc.poll() is not None
    if not finished:
        os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    where = "after it finished" if finished else ("after the server committed" if scenario.server_committed()
                                                   else "before the server committed")
    done = _sync_process(scenario.copy_path)
    out, err = done.communicate(timeout=300)
    assert done.returncode == 0, err
    scenario.check()
    return where


def terminate_round(scenario: Scenario, rng: random.Random) -> str:
    """Cut the sync's server connection at a random moment while it is connected."""
    scenario.edit(rng)
    proc = _sync_process(scenario.copy_path)
    database = scenario.url.rsplit("/", 1)[1]
    cut = False
    with psycopg.connect(scenario.admin_url, autocommit=True) as conn:
        deadline = time.monotonic() + 60
        while proc.poll() is None and time.monotonic() < deadline and not cut:
            pids = [r[0] for r in conn.execute(
                "SELECT pid FROM pg_stat_activity WHERE datname = %s AND application_name = 'servicemap'", (database,))]
            if pids:
                time.sleep(rng.uniform(0, 0.12))
                cut = any(conn.execute("SELECT pg_terminate_backend(%s)", (pid,)).fetchone()[0] for pid in pids)
            else:
                time.sleep(0.005)
    out, err = proc.communicate(timeout=300)
    if not cut:
        where = "not connected in time"
    elif proc.returncode == 0:
        where = "cut after the sync had finished with the server"
    else:
        where = "cut " + ("after the server committed" if scenario.server_committed() else "before the server committed")
    if cut and proc.returncode != 0:
        assert proc.returncode == 2 and "run the sync again" in err, err
    done = _sync_process(scenario.copy_path)
    out, err = done.communicate(timeout=300)
    assert done.returncode == 0, err
    scenario.check()
    return where


if __name__ == "__main__":
    import collections
    import tempfile

    how, rounds = sys.argv[1], int(sys.argv[2])
    rng = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 14)
    admin = os.environ["SERVICEMAP_TEST_PG"]
    with tempfile.TemporaryDirectory() as tmp:
        scenario = Scenario(Path(tmp), admin)
        timing = calibrate(scenario, rng)
        print(f"start-up {timing[0]:.2f} s, a whole sync {timing[1]:.2f} s")
        seen = collections.Counter()
        try:
            for n in range(rounds):
                where = kill_round(scenario, rng, timing) if how == "kill" else terminate_round(scenario, rng)
                seen[where.split(":")[0]] += 1
                print(f"round {n + 1}: {where}; then a full sync: nothing lost, nothing twice", flush=True)
        finally:
            scenario.drop()
        print(dict(seen))
