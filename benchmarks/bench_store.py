"""How fast the project store writes and reads services, against plain SQLite in the same run.

    python benchmarks/bench_store.py [--services 20000] [--runs 5]

The baseline inserts the same number of rows, with the same text, into one plain SQLite table
in one transaction (executemany), and reads them back with one SELECT. The store does more per
service — four tables, JSON columns, a point geometry, an audit row per record — so the ratio
says what that bookkeeping costs.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from directory.model import Contact, Organisation, Phone, Service, Site  # noqa: E402
from directory.store import Project  # noqa: E402


def records(n: int):
    orgs = [Organisation(f"Example Organisation {i}") for i in range(max(1, n // 20))]
    out = []
    for i in range(n):
        org = orgs[i % len(orgs)]
        site = Site(f"Site {i}", latitude=21 + (i % 1000) / 500, longitude=91 + (i // 1000) / 50)
        service = Service(f"Case management {i}", org.id, ["case_management", "mhpss"], schedule_text="Sun–Thu 9:00–17:00",
                          contacts=[Contact("Focal", phones=[Phone(f"+8801700{i:06d}")], emails=["x@example.org"])])
        out.append((site, service))
    return orgs, out


def write_records(project: Project, orgs, pairs) -> None:
    """Save ``records()`` in one change, through the store's per-record path (other benchmarks reuse it)."""
    with project.change("import", "benchmark"):
        for org in orgs:
            project.save_organisation(org)
        for site, service in pairs:
            project.save_site(site)
            project.save_service(service)
            project.link(service.id, site.id)


def store_write(path: Path, orgs, pairs) -> float:
    start = time.perf_counter()
    with Project.create(path) as project:
        write_records(project, orgs, pairs)
    return time.perf_counter() - start


def sqlite_write(path: Path, pairs) -> float:
    start = time.perf_counter()
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("CREATE TABLE s (id TEXT PRIMARY KEY, name TEXT, org TEXT, types TEXT, hours TEXT, contacts TEXT, lat REAL, lon REAL)")
    conn.execute("BEGIN")
    conn.executemany(
        "INSERT INTO s VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [(sv.id, sv.name, sv.organisation_id, json.dumps(sv.service_types), sv.schedule_text,
          json.dumps([c.name for c in sv.contacts]), si.latitude, si.longitude) for si, sv in pairs],
    )
    conn.execute("COMMIT")
    conn.close()
    return time.perf_counter() - start


def store_read(path: Path) -> float:
    start = time.perf_counter()
    with Project.open(path) as project:
        rows = project.listing()
    assert rows
    return time.perf_counter() - start


def sqlite_read(path: Path) -> float:
    start = time.perf_counter()
    conn = sqlite3.connect(path)
    rows = conn.execute("SELECT * FROM s").fetchall()
    conn.close()
    assert rows
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--services", type=int, default=20000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    orgs, pairs = records(args.services)
    times: dict[str, list[float]] = {k: [] for k in ("store write", "sqlite write", "store read", "sqlite read")}
    with tempfile.TemporaryDirectory() as tmp:
        for run in range(args.runs):
            p, q = Path(tmp) / f"p{run}.gpkg", Path(tmp) / f"q{run}.sqlite"
            times["sqlite write"].append(sqlite_write(q, pairs))
            times["store write"].append(store_write(p, orgs, pairs))
            times["sqlite read"].append(sqlite_read(q))
            times["store read"].append(store_read(p))
        size = (Path(tmp) / "p0.gpkg").stat().st_size
    med = {k: statistics.median(v) for k, v in times.items()}
    print(f"{args.services} services, median of {args.runs} runs")
    print(f"  write: store {med['store write']:.2f} s, plain SQLite {med['sqlite write']:.3f} s, "
          f"ratio {med['store write'] / med['sqlite write']:.1f}x "
          f"({args.services / med['store write']:.0f} services/s)")
    print(f"  read:  store {med['store read']:.2f} s, plain SQLite {med['sqlite read']:.3f} s, "
          f"ratio {med['store read'] / med['sqlite read']:.1f}x")
    print(f"  project file: {size / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
