"""How fast each exchange format writes (and reads back) a directory, against the plainest
export in the same run: ``Project.listing()`` written with ``csv.writer``.

    python benchmarks/bench_export.py [--services 5000] [--runs 3]

The baseline does no confidentiality check, no formula guard, no admin names and no ids.
"""

from __future__ import annotations

import argparse
import csv
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from directory.store import Project  # noqa: E402
from importers.formats import module  # noqa: E402
from bench_store import records, write_records  # noqa: E402

CASES = [("csv", "d.csv"), ("hxl", "d.csv"), ("xlsx", "d.xlsx"), ("hsds", "d.json"), ("hsds", "pkg"),
         ("gpkg", "d.gpkg"), ("kml", "d.kml"), ("vcard", "d.vcf")]


def baseline(project: Project, out: Path) -> float:
    start = time.perf_counter()
    rows = project.listing()
    with out.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        for r in rows:
            w.writerow([r.organisation, r.name, ";".join(r.service_types), r.site, ";".join(r.phones), r.latitude, r.longitude])
    return time.perf_counter() - start


def timed(fn, *args, **kw) -> float:
    start = time.perf_counter()
    fn(*args, **kw)
    return time.perf_counter() - start


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--services", type=int, default=5000)
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        orgs, pairs = records(args.services)
        with Project.create(tmp / "p.gpkg") as project:
            write_records(project, orgs, pairs)
            base = statistics.median(baseline(project, tmp / "base.csv") for _ in range(args.runs))
            print(f"{args.services} services, median of {args.runs} runs; baseline (listing + csv.writer): {base:.3f} s")
            print("| format | write | read back | write / baseline | size |")
            print("|---|---|---|---|---|")
            for fmt, name in CASES:
                out = tmp / f"{fmt}-{name}"
                write = statistics.median(timed(module(fmt).write, project, out) for _ in range(args.runs))
                mod = module(fmt)
                read = statistics.median(timed(mod.read, out) for _ in range(args.runs)) if hasattr(mod, "read") else None
                size = sum(p.stat().st_size for p in out.iterdir()) if out.is_dir() else out.stat().st_size
                print(f"| {fmt} {Path(name).suffix or 'package'} | {write:.2f} s | "
                      f"{f'{read:.2f} s' if read is not None else '—'} | {write / base:.1f}× | {size / 1e6:.1f} MB |")


if __name__ == "__main__":
    main()
