"""What the text guard costs: the same rows written with and without :mod:`directory.safe_text`.

    python benchmarks/bench_safe_text.py [--services 5000] [--runs 5]

* CSV: the flat export's rows (39 columns per service at a site) through ``csv_cell``, against the
  same rows written as they are.
* JSON: the HSDS records through ``json_text``, against ``json.dumps``.
* Import: every text cell of the rows through the importer's check (``isascii`` first, then
  ``note_bidi``), against reading the cells; one cell in a hundred holds a right-to-left override.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from directory import safe_text  # noqa: E402
from directory.store import Project  # noqa: E402
from importers.formats import flat, hsds  # noqa: E402
from importers.formats.guard import select  # noqa: E402
from bench_store import records, write_records  # noqa: E402


def median_time(fn, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def write_csv(rows, cell) -> None:
    out = csv.writer(io.StringIO())
    for r in rows:
        out.writerow([cell(c) for c in r])


def read_cells(cells, check: bool) -> None:
    notes: list[str] = []
    for i, value in enumerate(cells):
        if check and not value.isascii():
            value = safe_text.note_bidi(value, lambda: f"cell {i}", notes)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--services", type=int, default=5000)
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        orgs, pairs = records(args.services)
        with Project.create(Path(tmp) / "p.gpkg") as project:
            write_records(project, orgs, pairs)
            selection = select(project)
            rows = [[v[k] for k in flat.KEYS] for v in (flat.row(e, selection) for e in selection.entries)]
            items = hsds.records(project)
    cells = [str(c) for r in rows for c in r if isinstance(c, str) and c]
    cells = [c + ("\u202e" if i % 100 == 0 else "\u0995" if i % 10 == 0 else "") for i, c in enumerate(cells)]
    cases = [
        ("CSV export (csv_cell)", lambda: write_csv(rows, safe_text.csv_cell),
         lambda: write_csv(rows, lambda c: "" if c is None else c)),
        ("JSON export (json_text)", lambda: safe_text.json_text(items, indent=1),
         lambda: json.dumps(items, ensure_ascii=False, indent=1)),
        ("import cells (note_bidi)", lambda: read_cells(cells, True), lambda: read_cells(cells, False)),
    ]
    print(f"{args.services} services ({len(rows)} rows, {len(cells):,} text cells), median of {args.runs} runs")
    print("| what | guarded | baseline (no guard) | ratio |")
    print("|---|---|---|---|")
    for name, guarded, plain in cases:
        g, b = median_time(guarded, args.runs), median_time(plain, args.runs)
        print(f"| {name} | {g:.3f} s | {b:.3f} s | {g / b:.2f}× |")


if __name__ == "__main__":
    main()
