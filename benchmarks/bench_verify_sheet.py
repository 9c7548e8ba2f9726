"""How the verification call list (``servicemap verify-sheet``) grows with the number of services,
against openpyxl writing the same cells, with the same fills, and no data validations, in the same run.

    python benchmarks/bench_verify_sheet.py [--services 1200 10200 50000] [--runs 3]

A sheet whose time grows linearly keeps the same ratio to the baseline, and the same time per
service, at every size; one data validation added per row made it quadratic (1,200 services in
1.3 s, 10,200 in 71 s, 50,000 still running after 17 minutes).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import openpyxl  # noqa: E402
from openpyxl.styles import PatternFill  # noqa: E402

from bench_store import records  # noqa: E402
from directory.store import Project  # noqa: E402
from importers.verification import COLUMNS, ON_RECORD, call_list, write_sheet  # noqa: E402


def project_with(path: Path, n: int) -> Project:
    orgs, pairs = records(n)
    project = Project.create(path)
    with project.change("import", "benchmark"):
        project.save_many(orgs, [s for s, _ in pairs], [v for _, v in pairs], [(v.id, s.id) for s, v in pairs])
    return project


def baseline(project: Project, out: Path) -> float:
    """The same rows and fills written by openpyxl, without the validations, the organisation bands or the guard."""
    start = time.perf_counter()
    rows = call_list(project)
    book = openpyxl.Workbook()
    sheet = book.active
    for c, (_, header, _) in enumerate(COLUMNS, start=1):
        sheet.cell(1, c, header)
    fill = PatternFill("solid", fgColor="FFF2CC")
    for r, row in enumerate(rows, start=2):
        for c, (key, _, _) in enumerate(ON_RECORD, start=1):
            sheet.cell(r, c, row.values[key])
        for c in range(len(ON_RECORD) + 1, len(COLUMNS) + 1):
            sheet.cell(r, c).fill = fill
    book.save(out)
    return time.perf_counter() - start


def ours(project: Project, out: Path) -> float:
    start = time.perf_counter()
    write_sheet(project, out)
    return time.perf_counter() - start


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--services", type=int, nargs="+", default=[1200, 10200, 50000])
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    print(f"median of {args.runs} runs")
    print("| services | verify-sheet | baseline (openpyxl, no validations) | ratio | µs per service | validations |")
    print("|---|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as tmp:
        for n in args.services:
            with project_with(Path(tmp) / f"p{n}.gpkg", n) as project:
                times, base = [], []
                for _ in range(args.runs):  # alternated, so both see the same machine
                    times.append(ours(project, Path(tmp) / "calls.xlsx"))
                    base.append(baseline(project, Path(tmp) / "base.xlsx"))
                book = openpyxl.load_workbook(Path(tmp) / "calls.xlsx")
                validations = len(book.active.data_validations.dataValidation)
                t, b = statistics.median(times), statistics.median(base)
                print(f"| {n:,} | {t:.2f} s | {b:.2f} s | {t / b:.2f}× | {t / n * 1e6:.0f} | {validations} |", flush=True)


if __name__ == "__main__":
    main()
