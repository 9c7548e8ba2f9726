"""How fast a shared directory publishes and syncs, against baselines measured in the same run.

    SERVICEMAP_TEST_PG=postgresql://ADMIN@HOST/postgres python benchmarks/bench_sync.py [--runs 3]

Needs a PostgreSQL/PostGIS server where the user may create databases (``python
tests/pg_cluster.py start DIR`` starts a throwaway one). Three figures, medians of ``--runs``:

1. publish 20,000 services (``share``), against one plain ``executemany`` INSERT of the same
   service rows into a bare table (no triggers, no audit, no sites or links);
2. sync two 5,000-service copies after each edited 10% of the services (one field each),
   against a full re-download of the same directory (``clone``);
3. ten copies syncing at once (threads, each its own connection, 50 edits each), against one
   copy syncing the same 50 edits alone.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import psycopg  # noqa: E402

from benchmarks.bench_store import records  # noqa: E402
from directory.server import migrate, sync  # noqa: E402
from directory.store import Project  # noqa: E402
from tests.pg_server import database_url  # noqa: E402


def new_database(admin: str) -> str:
    name = f"bench_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    url = database_url(admin, name)
    migrate.init(url)
    return url


def drop(admin: str, url: str) -> None:
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f"DROP DATABASE {url.rsplit('/', 1)[1]} WITH (FORCE)")


def make_project(path: Path, n: int) -> Project:
    orgs, pairs = records(n)
    project = Project.create(path, country="BGD")
    with project.change("import", "benchmark"):
        project.save_many(orgs, [s for s, _ in pairs], [v for _, v in pairs], [(v.id, s.id) for s, v in pairs])
    return project


def publish(admin: str, folder: Path, n: int) -> tuple[float, float]:
    """(share seconds, bare insert seconds) for ``n`` services."""
    url = new_database(admin)
    try:
        project = make_project(folder / f"pub{uuid.uuid4().hex[:6]}.gpkg", n)
        services = project.services()
        start = time.perf_counter()
        sync.share(project, url)
        shared = time.perf_counter() - start
        project.close()
        with psycopg.connect(url) as conn:
            conn.execute("CREATE TABLE bare (id text PRIMARY KEY, organisation_id text, name text, service_types text, "
                         "schedule_text text, contacts text)")
            start = time.perf_counter()
            with conn.cursor() as cur:
                cur.executemany("INSERT INTO bare VALUES (%s, %s, %s, %s, %s, %s)",
                                [(s.id, s.organisation_id, s.name, str(s.service_types), s.schedule_text, "[]")
                                 for s in services])
            conn.commit()
            bare = time.perf_counter() - start
    finally:
        drop(admin, url)
    return shared, bare


def edit(project: Project, rng: random.Random, count: int, tag: str) -> None:
    chosen = rng.sample(project.services(), count)
    with project.change("edit", tag):
        for svc in chosen:
            svc.description = f"{tag} {rng.random():.6f}"
            project.save_service(svc)


def two_copies(admin: str, folder: Path, n: int, runs: int) -> tuple[list[float], list[float]]:
    url = new_database(admin)
    try:
        origin = make_project(folder / "origin.gpkg", n)
        sync.share(origin, url)
        origin.close()
        a, _ = sync.clone(url, folder / "a.gpkg")
        b, _ = sync.clone(url, folder / "b.gpkg")
        rng = random.Random(5)
        syncs, downloads = [], []
        for run in range(runs):
            edit(a, rng, n // 10, f"a{run}")
            edit(b, rng, n // 10, f"b{run}")
            start = time.perf_counter()
            for copy in (a, b, a):  # a sends, b sends and receives, a receives
                sync.sync(copy)
            syncs.append(time.perf_counter() - start)
            start = time.perf_counter()
            fresh, _ = sync.clone(url, folder / f"fresh{run}.gpkg")
            downloads.append(time.perf_counter() - start)
            fresh.close()
        a.close()
        b.close()
    finally:
        drop(admin, url)
    return syncs, downloads


def ten_at_once(admin: str, folder: Path, n: int, runs: int) -> tuple[list[float], list[float]]:
    url = new_database(admin)
    try:
        origin = make_project(folder / "origin10.gpkg", n)
        sync.share(origin, url)
        origin.close()
        paths = []
        for i in range(10):
            sync.clone(url, folder / f"ten{i}.gpkg")[0].close()
            paths.append(folder / f"ten{i}.gpkg")
        rng = random.Random(6)
        together, alone = [], []
        for run in range(runs):
            for i, path in enumerate(paths):
                with Project.open(path) as p:
                    edit(p, rng, 50, f"t{run}-{i}")
            errors: list[BaseException] = []

            def one(path: Path) -> None:
                try:
                    with Project.open(path) as p:
                        sync.sync(p)
                except BaseException as exc:  # noqa: BLE001 - reported below
                    errors.append(exc)

            threads = [threading.Thread(target=one, args=(p,)) for p in paths]
            start = time.perf_counter()
            for t in threads:
                t.start()
            for t in threads:
                t.join()
            together.append(time.perf_counter() - start)
            assert not errors, errors
            with Project.open(paths[0]) as p:
                edit(p, rng, 50, f"alone{run}")
                start = time.perf_counter()
                sync.sync(p)
                alone.append(time.perf_counter() - start)
    finally:
        drop(admin, url)
    return together, alone


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--publish", type=int, default=20_000)
    parser.add_argument("--copy-size", type=int, default=5_000)
    args = parser.parse_args()
    admin = os.environ.get("SERVICEMAP_TEST_PG")
    if not admin:
        sys.exit("set SERVICEMAP_TEST_PG to an administrator's address (python tests/pg_cluster.py start DIR)")
    med = statistics.median
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        pub = [publish(admin, folder, args.publish) for _ in range(args.runs)]
        shared, bare = med(p[0] for p in pub), med(p[1] for p in pub)
        print(f"publish {args.publish:,} services: share {shared:.1f} s ({args.publish / shared:,.0f} services/s); "
              f"bare INSERT of the service rows {bare:.2f} s; ratio {shared / bare:.1f}x")
        syncs, downloads = two_copies(admin, folder, args.copy_size, args.runs)
        print(f"two {args.copy_size:,}-service copies, 10% edited on each side: sync {med(syncs):.2f} s; "
              f"full re-download {med(downloads):.2f} s; ratio {med(syncs) / med(downloads):.2f}x")
        together, alone = ten_at_once(admin, folder, args.copy_size, args.runs)
        print(f"ten copies syncing at once (50 edits each): {med(together):.2f} s for all ten; one copy alone "
              f"{med(alone):.2f} s; ratio {med(together) / med(alone):.1f}x (10x would be no gain from overlap)")


if __name__ == "__main__":
    main()
