"""Interrupting a sync at every one of its steps, then syncing again: nothing lost, nothing twice,
and exactly the conflicts expected.

A shared directory has two copies: "other" (the coordination office) and "copy" (a district
office). Each round, other changes the capacity of some services and the hours of two, and
syncs; then copy edits descriptions, adds services at sites, deletes one, moves a site's
address, gives the same two services other hours (two conflicts) and settles an older conflict.
copy's sync runs as the real command (``servicemap sync``) in a child process that stops at one
named step of the sync (:mod:`directory.server.steps`): it is killed there (SIGKILL), or its
server connection is cut there (``pg_terminate_backend``) and it goes on until it fails. Then
copy syncs again to the end, and :meth:`Scenario.check` compares everything with what was done.

The steps are not listed by hand: :func:`steps_of_a_sync` records those a whole sync of one
round passes (with pages of :data:`PAGE` records, so a pull has several), and each becomes an
interruption point, in turn.

    python tests/sync_interrupt.py [--modes kill terminate] [--rounds-per-mode 20]

runs every step once per mode (at least ``--rounds-per-mode`` rounds each, cycling through the
steps) and prints where each interruption fell and whether the server had committed the push.
The test suite (tests/test_sync_interrupted.py) runs a few fixed ones.
"""

from __future__ import annotations

import collections
import json
import os
import random
import re
import signal
import subprocess
import sys
import uuid
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

import psycopg  # noqa: E402

from directory import copy_store  # noqa: E402
from directory.model import Service, Site  # noqa: E402
from directory.server import migrate, steps, sync  # noqa: E402
from directory.store import Project  # noqa: E402
from tests.pg_server import database_url  # noqa: E402
from tests.sync_helpers import make_project  # noqa: E402

PAGE = 10  # records per pull page in these runs, so a pull has several pages


def step_names_in_the_code() -> set[str]:
    """Every step name (up to the kind) the sync's code can reach, read from its source."""
    names = set()
    for path in (REPO / "directory" / "server").glob("*.py"):
        for line in path.read_text(encoding="utf-8").splitlines():
            if "steps.reached(" in line:
                names |= set(re.findall(r'"((?:push|pull|sync):[a-z-]+:?)', line))
    return names


class Scenario:
    """A shared directory, the office that keeps editing it ("other") and the copy that is interrupted."""

    def __init__(self, folder: Path, admin_url: str, services: int = 200, seed: int = 14):
        self.admin_url = admin_url
        self.rng = random.Random(seed)
        self.database = f"sm_k{uuid.uuid4().hex[:10]}"
        with psycopg.connect(admin_url, autocommit=True) as conn:
            conn.execute(f"CREATE DATABASE {self.database}")
        self.url = database_url(admin_url, self.database)
        migrate.init(self.url)
        self.small = make_project(folder / "other.gpkg", services_per_district=services // 2)
        with Project.open(self.small.path) as other:
            sync.share(other, self.url)
        self.copy_path = folder / "copy.gpkg"
        sync.clone(self.url, self.copy_path)[0].close()
        self.described: dict[str, str] = {}  # service id -> the description copy gave it last
        self.addresses: dict[str, str] = {}  # site id -> the address copy gave it last
        self.made: list[str] = []  # names of the services copy made
        self.gone: set[str] = set()  # services copy deleted
        self.clashed: set[str] = set()  # services whose hours both changed (never chosen again)
        self.expected: set[tuple[str, str, str]] = set()  # (service, field, copy's value) of open conflicts
        self.resolutions = 0
        self.rounds = 0
        self.edit()
        with Project.open(self.copy_path) as copy:
            sync.sync(copy)
        self.check()

    # --- one round of work on both sides -------------------------------------------

    def edit(self) -> None:
        """Other changes and syncs; copy changes (and does not sync)."""
        self.rounds += 1
        n, rng = self.rounds, self.rng
        with Project.open(self.small.path) as other:
            alive = [s for s in other.services() if s.id not in self.gone and s.name != "Safe shelter"]
            fresh = [s for s in alive if s.id not in self.clashed and not s.name.startswith("new ")]
            clash = rng.sample(fresh, 2)
            busy = set()  # what other touched this round: copy deletes none of them (that would be a conflict)
            with other.change("edit", f"other, round {n}"):
                for svc in rng.sample(alive, min(30, len(alive))):
                    busy.add(svc.id)
                    svc.capacity = rng.randint(1, 500)
                    other.save_service(svc)
                for svc in clash:
                    svc.schedule_text = f"other r{n}"
                    other.save_service(svc)
            sync.sync(other)
        self.clashed |= {s.id for s in clash}
        with Project.open(self.copy_path) as copy:
            alive = [s for s in copy.services() if s.id not in self.gone and s.name != "Safe shelter"]
            with copy.change("edit", f"copy, round {n}"):
                for svc in rng.sample(alive, min(40, len(alive))):
                    busy.add(svc.id)
                    svc.description = f"round {n} {rng.random():.6f}"
                    copy.save_service(svc)
                    self.described[svc.id] = svc.description
                site = Site(name=f"new site r{n}", latitude=22.4, longitude=91.6, admin_pcodes={1: "BD20", 2: "BD2015"})
                copy.save_site(site)
                for k in range(12):
                    svc = Service(name=f"new r{n} {k}", organisation_id=self.small.agency_a.id)
                    copy.save_service(svc)
                    copy.link(svc.id, site.id if k % 2 else self.small.sites[k % len(self.small.sites)].id)
                    self.made.append(svc.name)
                moved = copy.site(rng.choice(self.small.sites).id)
                moved.address = f"Road {n} {rng.randint(1, 99)}"
                copy.save_site(moved)
                self.addresses[moved.id] = moved.address
                victim = rng.choice([s for s in alive if s.id not in busy and s.id not in self.clashed])
                copy.delete_service(victim.id)
                self.gone.add(victim.id)
                for svc_id in {s.id for s in clash}:
                    svc = copy.service(svc_id)
                    svc.schedule_text = f"copy r{n}"
                    copy.save_service(svc)
            open_ones = copy_store.conflicts(copy)
            if open_ones:  # a person settles the oldest conflict: the server's value stays
                sync.resolve(copy, open_ones[0]["id"], "server", by="officer")
                self.expected.discard((open_ones[0]["record_id"], open_ones[0]["field"],
                                       json.loads(open_ones[0]["client_value"])))
                self.resolutions += 1
        self.expected |= {(s.id, "schedule_text", f"copy r{n}") for s in clash}

    def server_committed(self) -> bool:
        """Whether the server holds this round's new services already."""
        with psycopg.connect(self.url) as conn:
            return conn.execute("SELECT count(*) FROM servicemap.services WHERE name LIKE %s",
                                (f"new r{self.rounds} %",)).fetchone()[0] > 0

    def check(self) -> None:
        """Everything copy did is on the server once, the conflicts are exactly those expected, and
        the copy equals the server."""
        with psycopg.connect(self.url) as conn:
            rows = conn.execute("SELECT id, name, description, schedule_text, capacity, deleted_at "
                                "FROM servicemap.services").fetchall()
            sites = dict(conn.execute("SELECT id, address FROM servicemap.sites").fetchall())
            links = conn.execute("SELECT count(*), count(DISTINCT (service_id, site_id)) FROM servicemap.service_at_site "
                                 "WHERE NOT deleted").fetchone()
            conflicts = conn.execute("SELECT record_id, field, client_value FROM servicemap.conflicts "
                                     "WHERE resolved_at IS NULL").fetchall()
            resolved = conn.execute("SELECT count(*) FROM servicemap.audit WHERE action = 'resolve'").fetchone()[0]
        names = [r[1] for r in rows]
        assert len(names) == len(set(names)), "a service was written twice"
        assert set(self.made) <= set(names), "a new service was lost"
        assert links[0] == links[1], "a link was written twice"
        by_id = {r[0]: r for r in rows}
        for sid, description in self.described.items():
            if sid not in self.gone:
                assert by_id[sid][2] == description, f"lost edit of {sid}"
        assert all(sites[k] == v for k, v in self.addresses.items()), "a site's new address was lost"
        assert all(by_id[sid][5] is not None for sid in self.gone), "a deletion was lost"
        found = [(r[0], r[1], r[2]) for r in conflicts]
        assert len(found) == len(set(found)), "a conflict was recorded twice"
        assert set(found) == self.expected, f"conflicts: {sorted(set(found) ^ self.expected)}"
        assert resolved == self.resolutions, "a resolution was lost or sent twice"
        with Project.open(self.copy_path) as copy:
            local = {s.id: (s.description, s.schedule_text, s.capacity) for s in copy.services()}
            assert local == {r[0]: r[2:5] for r in rows if r[5] is None}, "the copy differs from the server"
            assert sorted((c["record_id"], c["field"]) for c in copy_store.conflicts(copy)) == \
                sorted((r[0], r[1]) for r in conflicts), "the copy lists other conflicts than the server"
            assert sync.waiting(copy) == 0

    def drop(self) -> None:
        with psycopg.connect(self.admin_url, autocommit=True) as conn:
            conn.execute(f"DROP DATABASE {self.database} WITH (FORCE)")

    # --- interrupting --------------------------------------------------------------

    def interrupt(self, step: str, nth: int, mode: str) -> dict:
        """Make a round's edits, run copy's sync as a child process stopped at the ``nth`` ``step``
        (``mode`` kill or terminate), then sync to the end and check."""
        self.edit()
        child = subprocess.run([sys.executable, "-m", "tests.sync_interrupt", "stop-at", step, str(nth), mode,
                                self.database, str(self.copy_path)], cwd=REPO, capture_output=True, text=True,
                               timeout=300, stdin=subprocess.DEVNULL)
        stopped = f"stopped at {step} #{nth}" in child.stderr
        assert stopped, f"the sync never reached {step} #{nth}: {child.stderr}"
        if mode == "kill":
            assert child.returncode == -signal.SIGKILL, child.stderr
        else:  # the sync fails at its next server statement, with a message, or had none left
            assert child.returncode in (0, 2), child.stderr
            assert child.returncode == 0 or "run the sync again" in child.stderr, child.stderr
        committed = self.server_committed()
        with Project.open(self.copy_path) as copy:
            sync.sync(copy)
        self.check()
        return {"step": step, "nth": nth, "mode": mode, "server committed": committed, "exit": child.returncode}


def steps_of_a_sync(scenario: Scenario) -> list[tuple[str, int]]:
    """(step, how many times reached so far) of each step one whole sync of a round passes."""
    from directory.server import pull

    seen: collections.Counter = collections.Counter()
    order: list[tuple[str, int]] = []

    def note(step: str) -> None:
        seen[step] += 1
        order.append((step, seen[step]))

    scenario.edit()
    page, pull.PAGE = pull.PAGE, PAGE
    try:
        with steps.watching(note), Project.open(scenario.copy_path) as copy:
            sync.sync(copy)
    finally:
        pull.PAGE = page
    scenario.check()
    return order


def _stop_at(step: str, nth: int, mode: str, database: str, copy_path: str) -> int:
    """In the child: run the real command, stopping at the ``nth`` ``step``."""
    from desktop import cli
    from directory.server import pull

    pull.PAGE = PAGE
    seen: collections.Counter = collections.Counter()

    def watcher(reached: str) -> None:
        seen[reached] += 1
        if reached != step or seen[reached] != nth:
            return
        print(f"stopped at {step} #{nth}", file=sys.stderr, flush=True)
        if mode == "kill":
            os.kill(os.getpid(), signal.SIGKILL)
        with psycopg.connect(os.environ["SERVICEMAP_TEST_PG"], autocommit=True) as admin:
            pids = [r[0] for r in admin.execute("SELECT pid FROM pg_stat_activity WHERE datname = %s AND "
                                                "application_name = 'servicemap' AND pid <> pg_backend_pid()",
                                                (database,))]
            assert pids, "no connection to cut"
            for pid in pids:
                admin.execute("SELECT pg_terminate_backend(%s, 10000)", (pid,))

    with steps.watching(watcher):
        return cli.main(["sync", copy_path])


def run_all(modes: list[str], rounds_per_mode: int, seed: int) -> None:
    import tempfile

    admin = os.environ["SERVICEMAP_TEST_PG"]
    with tempfile.TemporaryDirectory() as tmp:
        scenario = Scenario(Path(tmp), admin, seed=seed)
        try:
            points = steps_of_a_sync(scenario)
            named = {re.sub(r"(:)[a-z_]+$", r"\1", s) for s, _ in points}
            missing = sorted(step_names_in_the_code() - named - {s for s, _ in points})
            print(f"{len(points)} steps in a sync of one round: {', '.join(f'{s}#{n}' for s, n in points)}")
            print(f"steps in the code that this sync does not pass: {missing or 'none'}")
            tally: collections.Counter = collections.Counter()
            for mode in modes:
                for i in range(max(rounds_per_mode, len(points))):
                    step, nth = points[i % len(points)]
                    done = scenario.interrupt(step, nth, mode)
                    where = "after the server committed" if done["server committed"] else "before the server committed"
                    tally[(mode, where)] += 1
                    print(f"{mode} at {step} #{nth}: exit {done['exit']}, {where}; the next sync finished: nothing "
                          "lost, nothing twice, the conflicts as expected", flush=True)
            for (mode, where), count in sorted(tally.items()):
                print(f"{mode}: {count} interruption(s) {where}")
        finally:
            scenario.drop()


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "stop-at":
        _, _, step_, nth_, mode_, database_, copy_ = sys.argv
        sys.exit(_stop_at(step_, int(nth_), mode_, database_, copy_))
    import argparse

    parser = argparse.ArgumentParser(description="Interrupt a sync at each of its steps; check the next sync.")
    parser.add_argument("--modes", nargs="+", default=["kill", "terminate"], choices=["kill", "terminate"])
    parser.add_argument("--rounds-per-mode", type=int, default=20)
    parser.add_argument("--seed", type=int, default=14)
    args = parser.parse_args()
    run_all(args.modes, args.rounds_per_mode, args.seed)
