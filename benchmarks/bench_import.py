"""Benchmark: importing 100,000-row service lists into a project.

Two cases (issue 15):

- ``repetitive``: 20 columns whose values repeat (organisations, types, places), imported with
  ``import_file`` into a new project; beside it, in the same run and on the same file,
  python-calamine's plain read of the sheet and ``pandas.read_excel(engine="openpyxl")``.
  Goals: within 3x the calamine read and 2x its memory, at least 5x faster than pandas.
- ``distinct``: 15 columns where every row has its own service name, e-mail, phone and
  coordinates, imported by the real ``servicemap import`` command (process start included)
  into a project made from the demo's Bangladesh boundaries (so every point is placed in its
  division, district and upazila); beside it the calamine read of the same file. Goal: within 3x.

- ``into-large``: small lists imported by ``servicemap import`` into the project the distinct case
  makes (100,000 services): 50 rows of services it holds (an update), and 3 new rows, one a safe
  house (its place checked against every service of the project). The baseline, in the same run, is
  the same list imported into the empty project (boundaries only): the ratio is what the project's
  size costs.

Each variant runs in its own subprocess so its peak memory (ru_maxrss) is its own.

    python benchmarks/bench_import.py --rows 100000 --runs 3 [--case repetitive|distinct|into-large|both]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
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


DISTINCT_HEADER = ["Organisation", "Service name", "Service type", "Description", "Division", "District", "Upazila",
                   "Address", "Latitude", "Longitude", "Focal person", "Phone", "Email", "Opening hours", "Status"]


def make_distinct_workbook(path: Path, rows: int) -> None:
    """15 columns; every row has its own service name, e-mail, phone number and point (inside
    Chattogram division, so the boundaries place it)."""
    import openpyxl

    rng = random.Random(11)
    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet("Services")
    ws.append(DISTINCT_HEADER)
    for i in range(rows):
        div, dis, upa = PLACES[i % len(PLACES)]
        ws.append([
            f"Organisation {i % 400}", f"Outreach point {i} of {TYPES[i % 7].lower()}", TYPES[i % 7],
            "Services for children and women.", div, dis, upa, f"House {i}, road {i % 300}",
            round(21.2 + rng.random() * 1.2, 6), round(91.9 + rng.random() * 0.4, 6), f"Focal {i % 900}",
            f"01{7 + i % 3}{rng.randrange(10**8):08d}", f"point{i}.{rng.randrange(10**6)}@example.org",
            "Sun-Thu 9-17", "Active",
        ])
    wb.save(path)


def boundaries_project(folder: Path) -> Path:
    """An empty project made from the demo's boundaries by ``servicemap init`` (made once)."""
    demo = Path(__file__).resolve().parents[1] / "resources" / "demo"
    out = folder / "empty_with_boundaries.gpkg"
    if not out.exists():
        subprocess.run([sys.executable, "-m", "desktop.cli", "init", str(out), "--country", "BGD", "--boundaries",
                        *(str(demo / f"bgd_adm{n}.geojson") for n in (1, 2, 3))],
                       check=True, capture_output=True, cwd=Path(__file__).resolve().parents[1])
    return out


def run_command(path: Path, empty: Path, out: Path) -> dict:
    """``servicemap import`` on a copy of the empty project: wall time with process start, peak memory."""
    shutil.copyfile(empty, out)
    said = out.with_suffix(".out")
    with said.open("wb") as stdout:
        t0 = time.perf_counter()
        proc = subprocess.Popen([sys.executable, "-m", "desktop.cli", "import", str(out), str(path)],
                                stdout=stdout, stderr=subprocess.STDOUT, cwd=Path(__file__).resolve().parents[1])
        _, status, usage = os.wait4(proc.pid, 0)  # this child's own rusage (its peak memory)
        seconds = time.perf_counter() - t0
    proc.returncode = os.waitstatus_to_exitcode(status)
    text = said.read_text()
    if proc.returncode:
        raise SystemExit(f"servicemap import failed: {text[-2000:]}")
    first = text.splitlines()[0]
    imported = int(first.split(": ", 1)[1].split(" imported")[0])
    return {"seconds": seconds, "rows": imported, "peak_mb": usage.ru_maxrss / 1024, "said": first}


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


def report(title: str, figures: dict[str, list[dict]], runs: int) -> dict[str, float]:
    med = {v: statistics.median(f["seconds"] for f in fs) for v, fs in figures.items()}
    peak = {v: statistics.median(f["peak_mb"] for f in fs) for v, fs in figures.items()}
    print(f"\n{title}, median of {runs} runs (load average before: {os.getloadavg()[0]:.2f})")
    print(f"{'variant':<22}{'seconds':>10}{'peak MB':>10}{'rows':>10}")
    for v, fs in figures.items():
        print(f"{v:<22}{med[v]:>10.2f}{peak[v]:>10.0f}{fs[0]['rows']:>10,}   runs: "
              + ", ".join(f"{f['seconds']:.2f}" for f in fs))
    return {**med, **{f"{v} MB": p for v, p in peak.items()}}


def repetitive(args, folder: Path) -> None:
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
    med = report(f"repetitive: {args.rows:,} rows x {len(HEADER)} columns", figures, args.runs)
    print(f"\nimport / calamine read: {med['servicemap'] / med['calamine']:.2f}x (goal: at most 3x)")
    print(f"import memory / calamine's: {med['servicemap MB'] / med['calamine MB']:.2f}x (goal: at most 2x)")
    print(f"pandas+openpyxl / import: {med['pandas_openpyxl'] / med['servicemap']:.2f}x (goal: at least 5x)")
    size = (folder / "project_0.gpkg").stat().st_size / 2**20
    print(f"project file: {size:.1f} MB")


def distinct(args, folder: Path) -> None:
    path = folder / f"distinct_{args.rows}.xlsx"
    if not path.exists():
        t0 = time.perf_counter()
        make_distinct_workbook(path, args.rows)
        print(f"made {path} ({path.stat().st_size / 2**20:.1f} MB) in {time.perf_counter() - t0:.1f} s")
    empty = boundaries_project(folder)
    figures: dict[str, list[dict]] = {"calamine": [], "servicemap import": []}
    for i in range(args.runs):
        figures["calamine"].append(run("calamine", path, folder / "unused.gpkg"))
        figures["servicemap import"].append(run_command(path, empty, folder / f"distinct_{i}.gpkg"))
    med = report(f"distinct: {args.rows:,} rows x {len(DISTINCT_HEADER)} columns, every row its own name, e-mail, "
                 "phone and point; `servicemap import` timed from process start", figures, args.runs)
    print(f"  it said: {figures['servicemap import'][0]['said']}")
    print(f"\n`servicemap import` / calamine read: {med['servicemap import'] / med['calamine']:.2f}x (goal: at most 3x)")


SMALL_HEADER = ["Organisation", "Service", "Address", "Latitude", "Longitude"]
SMALL_ROWS = [["Nari Shakti", "Safe house for survivors", "Camp 4, Block C", 21.2347, 92.15537],
              ["Ain O Nyay", "Legal aid desk", "Court road 12", 21.4468, 91.9757],
              ["Mukti", "Child friendly space", "Market road", 21.30, 92.10]]


def _small_lists(folder: Path, distinct_list: Path) -> dict[str, Path]:
    """The 50-row update (the first rows of the distinct list) and the 3 new rows, written by openpyxl."""
    import openpyxl
    from python_calamine import CalamineWorkbook

    update, new = folder / "update_50.xlsx", folder / "new_3_safe_house.xlsx"
    if not update.exists():
        # only these rows read: a child forked from a parent holding the whole list would report its memory
        rows = CalamineWorkbook.from_path(str(distinct_list)).get_sheet_by_name("Services").to_python(nrows=51)
        for path, table in ((update, rows), (new, [SMALL_HEADER, *SMALL_ROWS])):
            wb = openpyxl.Workbook()
            ws = wb.active
            ws.title = "Services"
            for row in table:
                ws.append(row)
            wb.save(path)
    return {"50 rows it holds": update, "3 new rows, a safe house": new}


def into_large(args, folder: Path) -> None:
    path = folder / f"distinct_{args.rows}.xlsx"
    if not path.exists():
        make_distinct_workbook(path, args.rows)
    empty = boundaries_project(folder)
    large = folder / f"large_{args.rows}.gpkg"
    if not large.exists():
        run_command(path, empty, large)
    for label, small in _small_lists(folder, path).items():
        figures: dict[str, list[dict]] = {"into the empty project": [], f"into {args.rows:,} services": []}
        for i in range(args.runs):
            for variant, project in ((f"into {args.rows:,} services", large), ("into the empty project", empty)):
                figures[variant].append(run_command(small, project, folder / f"into_{i}.gpkg"))
        med = report(f"into-large: {label}, `servicemap import` timed from process start", figures, args.runs)
        print(f"  it said: {figures[f'into {args.rows:,} services'][0]['said']}")
        print(f"\ninto {args.rows:,} services / into the empty project: "
              f"{med[f'into {args.rows:,} services'] / med['into the empty project']:.2f}x")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--pandas-runs", type=int, default=None, help="runs of the slow baseline (default: --runs)")
    parser.add_argument("--case", choices=("repetitive", "distinct", "into-large", "both"), default="both")
    parser.add_argument("--file", type=Path, help="reuse this generated workbook (repetitive case)")
    parser.add_argument("--folder", type=Path, help="keep the generated files here (reused when present)")
    args = parser.parse_args()
    folder = args.folder or Path(tempfile.mkdtemp(prefix="bench-import-"))
    folder.mkdir(parents=True, exist_ok=True)
    if args.case in ("repetitive", "both"):
        repetitive(args, folder)
    if args.case in ("distinct", "both"):
        distinct(args, folder)
    if args.case == "into-large":
        into_large(args, folder)


if __name__ == "__main__":
    main()
