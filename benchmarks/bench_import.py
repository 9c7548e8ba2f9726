"""Benchmark: importing a 100,000-row, 20-column service list into a project.

Beside it, in the same run and on the same file: python-calamine's plain read of the sheet,
and ``pandas.read_excel(engine="openpyxl")``. Each variant runs in its own subprocess so its
peak memory (ru_maxrss) is its own. Goal (issue 3): the whole import within 2x the calamine
read, and at least 5x faster than pandas with openpyxl.

    python benchmarks/bench_import.py --rows 100000 --runs 3
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HEADER = ["Organisation", "Service name", "Service type", "Description", "Division", "District", "Upazila",
          "Site", "Address", "Latitude", "Longitude", "Focal person", "Phone", "Email", "Opening hours",
          "Age group", "Gender", "Languages", "Status", "Last verified"]
TYPES = ["Case management", "PSS", "Legal aid", "Safe shelter", "Health", "Child friendly space", "Helpline"]
PLACES = [("Chattogram", "Cox's Bazar", "Ukhia"), ("Chattogram", "Cox's Bazar", "Teknaf"),
          ("Chattogram", "Rangamati", "Kawkhali"), ("Chattogram", "Bandarban", "Lama")]


def make_workbook(path: Path, rows: int) -> None:
    """A service list as organisations keep them, written by openpyxl (write-only mode)."""
    import openpyxl

    rng = random.Random(7)
    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet("Services")
    ws.append(["Service mapping (benchmark data)"])
    ws.append([])
    ws.append(HEADER)
    for i in range(rows):
        div, dis, upa = PLACES[i % len(PLACES)]
        ws.append([
            f"Organisation {i % 400}", f"{TYPES[i % 7]} {i}", TYPES[i % 7], "Services for children and women.",
            div, dis, upa, f"Site {i % 5000}", f"Road {i % 300}", round(21 + rng.random(), 5),
            round(92 + rng.random() * 0.5, 5), f"Focal {i % 900}", f"017{i % 100000000:08d}", f"info{i % 400}@example.org",
            "Sun-Thu 9-17", "0-17" if i % 2 else "All ages", "All", "Bangla; English", "Active", 46000 + i % 600,
        ])
    wb.save(path)


VARIANTS = {
    "calamine": """
from python_calamine import CalamineWorkbook
wb = CalamineWorkbook.from_path(PATH)
rows = wb.get_sheet_by_name("Services").to_python(skip_empty_area=False)
n = len(rows)
""",
    "pandas_openpyxl": """
import pandas
n = len(pandas.read_excel(PATH, engine="openpyxl", header=2))
""",
    "servicemap": """
from directory.store import Project
from importers.pipeline import import_file
project = Project.create(OUT, country="BGD", overwrite=True)
result = import_file(project, PATH)
n = result.summary()["imported"]
project.close()
""",
}

RUNNER = """
import json, resource, sys, time
PATH, OUT = sys.argv[1], sys.argv[2]
t0 = time.perf_counter()
{code}
dt = time.perf_counter() - t0
print(json.dumps({{"seconds": dt, "rows": n, "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}}))
"""


def run(variant: str, path: Path, out: Path) -> dict:
    code = RUNNER.format(code=VARIANTS[variant])
    done = subprocess.run([sys.executable, "-c", code, str(path), str(out)], capture_output=True, text=True,
                          check=True, cwd=Path(__file__).resolve().parents[1])
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--pandas-runs", type=int, default=None, help="runs of the slow baseline (default: --runs)")
    parser.add_argument("--file", type=Path, help="reuse this generated workbook")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="bench-import-"))
    path = args.file or folder / f"services_{args.rows}.xlsx"
    if not path.exists():
        t0 = time.perf_counter()
        make_workbook(path, args.rows)
        print(f"made {path} ({path.stat().st_size / 2**20:.1f} MB) in {time.perf_counter() - t0:.1f} s")
    figures: dict[str, list[dict]] = {v: [] for v in VARIANTS}
    for i in range(args.runs):
        for variant in VARIANTS:
            if variant == "pandas_openpyxl" and i >= (args.pandas_runs or args.runs):
                continue
            figures[variant].append(run(variant, path, folder / f"project_{i}.gpkg"))
    med = {v: statistics.median(f["seconds"] for f in fs) for v, fs in figures.items()}
    peak = {v: max(f["peak_mb"] for f in fs) for v, fs in figures.items()}
    print(f"\n{args.rows:,} rows x {len(HEADER)} columns, median of {args.runs} runs")
    print(f"{'variant':<18}{'seconds':>10}{'peak MB':>10}{'rows':>10}")
    for v in VARIANTS:
        print(f"{v:<18}{med[v]:>10.2f}{peak[v]:>10.0f}{figures[v][0]['rows']:>10,}")
    print(f"\nimport / calamine read: {med['servicemap'] / med['calamine']:.2f}x (goal: at most 2x)")
    print(f"pandas+openpyxl / import: {med['pandas_openpyxl'] / med['servicemap']:.2f}x (goal: at least 5x)")
    size = (folder / "project_0.gpkg").stat().st_size / 2**20
    print(f"project file: {size:.1f} MB")


if __name__ == "__main__":
    main()
