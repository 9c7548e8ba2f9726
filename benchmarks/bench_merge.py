"""How long merging a partner's copy of a project takes: the plan (read, match, compare) and
the apply (one change), against the same run's baseline: only reading the other project.

    python benchmarks/bench_merge.py [--services 5000] [--runs 5]

The partner's copy has every tenth service's hours changed (conflicts), every tenth given a
referral method (fill-ins) and 5% new services.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench_store import records, write_records  # noqa: E402
from directory.model import Service  # noqa: E402
from directory.store import Project  # noqa: E402
from importers.merge import apply, plan, read_other  # noqa: E402


def _build(path: Path, n: int) -> None:
    with Project.create(path, country="BGD") as project:
        write_records(project, *records(n))


def _edit_partner(path: Path) -> None:
    with Project.open(path) as p, p.change("test", "partner edits"):
        services = p.services()
        for i, s in enumerate(services):
            if i % 10 == 0:
                s.schedule_text = "Sat-Wed 8-16"
            elif i % 10 == 5:
                s.referral_method = "Phone the focal person"
            else:
                continue
            p.save_service(s)
        org = services[0].organisation_id
        for i in range(len(services) // 20):
            p.save_service(Service(f"New partner service {i}", org, ["legal_aid"]))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--services", type=int, default=5000)
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        _build(tmp / "base.gpkg", args.services)
        shutil.copy(tmp / "base.gpkg", tmp / "partner.gpkg")
        _edit_partner(tmp / "partner.gpkg")
        reads, plans, applies = [], [], []
        for run in range(args.runs):
            shutil.copy(tmp / "base.gpkg", tmp / "ours.gpkg")
            with Project.open(tmp / "ours.gpkg") as ours:
                start = time.perf_counter()
                read_other(tmp / "partner.gpkg", project=ours)
                reads.append(time.perf_counter() - start)
                start = time.perf_counter()
                the_plan = plan(ours, tmp / "partner.gpkg")
                plans.append(time.perf_counter() - start)
                start = time.perf_counter()
                apply(ours, the_plan)
                applies.append(time.perf_counter() - start)
        counts = the_plan.counts()
    base = statistics.median(reads)
    print(f"{args.services} services; plan: {counts}")
    print(f"read the other project (baseline): {base:.3f} s")
    for name, values in (("plan (read+match+compare)", plans), ("apply (one change)", applies)):
        med = statistics.median(values)
        print(f"{name}: {med:.3f} s  ({med / base:.1f}x baseline)")


if __name__ == "__main__":
    main()
