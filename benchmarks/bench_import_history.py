"""Benchmark: storing the report of a 100,000-row import in the project (the import history).

The import of the same generated list (benchmarks/bench_import.py's workbook) is the baseline,
measured once in the same run; then, median of several runs, the two steps the history adds to
every import: encoding the report (compact rows, JSON, zlib) and writing it inside a change,
and reading it back (what the Import history dialog and ``servicemap import-report`` do).

    python benchmarks/bench_import_history.py --rows 100000 --runs 5
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.bench_import import make_workbook  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    from directory import report_store
    from directory.store import Project
    from importers import history
    from importers.pipeline import import_file

    with tempfile.TemporaryDirectory() as tmp:
        book = Path(tmp) / "services.xlsx"
        make_workbook(book, args.rows)
        project = Project.create(Path(tmp) / "p.gpkg", country="BGD")
        t = time.perf_counter()
        result = import_file(project, book)  # stores one report already
        whole = time.perf_counter() - t
        writes, reads, sizes = [], [], []
        for _ in range(args.runs):
            t = time.perf_counter()
            with project.change("benchmark", "report only"):
                rid = history.record(project, result)
            writes.append(time.perf_counter() - t)
            t = time.perf_counter()
            back = history.load(project, rid)
            reads.append(time.perf_counter() - t)
            assert len(back.rows) == len(result.rows)
            sizes.append(report_store.report_size(project, rid))
        project.close()
    w, r = statistics.median(writes), statistics.median(reads)
    print(f"rows: {len(result.rows):,}; stored report: {sizes[0] / 1024:,.0f} KiB")
    print(f"whole import (baseline, includes one report): {whole:.2f} s")
    print(f"store the report: {w:.3f} s median of {args.runs} ({w / whole:.1%} of the import)")
    print(f"read it back:     {r:.3f} s median of {args.runs}")


if __name__ == "__main__":
    main()
