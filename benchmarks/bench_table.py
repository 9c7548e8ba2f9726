"""Benchmark: the desktop's services table with a national directory (100,000 services).

What a user waits for on the GUI thread when a large project opens, and at each click on the table:

- ``listing``: ``Project.listing()``, every service at its site, flattened; the baseline is SQLite's
  own reading of the same query (``fetchall``), the floor of any reading in Python;
- ``table``: the services table filled (``ServicesPanel.set_listing``: cells, search texts);
- ``map records``: the listing as the map's records (``map_services``);
- ``sort``: a click on the Service column's header; the baseline, in the same run on the same keys,
  is Qt's own sorting (``QSortFilterProxyModel`` locale-aware and case-insensitive on the sort role),
  which the table used until 2026-12-06;
- ``search`` (a word typed in the search box) and ``type filter`` (one service type chosen);
- ``window``: ``MainWindow.open_project`` as the desktop opens the project (the reading in a worker,
  ``desktop.window.opening``), with a 20 ms timer on the main thread: the opening's whole time, and the
  longest pause of the main thread during it and just after (the table filled, the map asked), with
  the desktop's main-thread collector. The baseline is the whole time: until 2026-12-07 the opening
  held the main thread all along.

The project is the one ``bench_import.py --case distinct`` makes (100,000 services, each its own name,
phone, e-mail and point), imported once into ``--folder`` by ``servicemap import``.

    python benchmarks/bench_table.py --runs 5 [--folder /tmp/bench_table]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))


def national_project(folder: Path, rows: int) -> Path:
    """The distinct case's project (made once)."""
    import bench_import

    out = folder / f"national_{rows}.gpkg"
    if not out.exists():
        folder.mkdir(parents=True, exist_ok=True)
        sheet = folder / f"distinct_{rows}.xlsx"
        if not sheet.exists():
            bench_import.make_distinct_workbook(sheet, rows)
        shutil.copyfile(bench_import.boundaries_project(folder), out)
        subprocess.run([sys.executable, "-m", "desktop.cli", "import", str(out), str(sheet)], check=True,
                       capture_output=True, cwd=ROOT)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--folder", type=Path, default=Path("/tmp/bench_table"))
    args = parser.parse_args()
    path = national_project(args.folder, args.rows)

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--disable-gpu")
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")  # Chromium refuses its sandbox to root
    from PySide6 import QtWebEngineWidgets  # noqa: F401 - before the QApplication, for the window's map
    from PySide6.QtCore import QSortFilterProxyModel, Qt
    from PySide6.QtWidgets import QApplication

    from desktop.curation.services_model import SORT_ROLE, Column, RowTexts, ServicesTableModel, area_search_names
    from desktop.curation.services_panel import ServicesPanel
    from directory.store import Project
    from directory.type_labels import ServiceTypes
    from mapping.maps.project_map import map_services

    app = QApplication.instance() or QApplication([])
    from desktop.qt_binding import keep_none_alive

    keep_none_alive()  # the binding's reference bug: this script makes many Qt calls
    project = Project.open(path)
    types = ServiceTypes.for_project(project, "en")
    areas = area_search_names(project.admin_areas())
    sql = project._conn.execute  # the baseline reads the same query as listing() does
    query = """
        SELECT sas.id, s.id, si.id, s.name, o.name, s.service_types, s.status, si.name, s.contacts, s.schedule_text,
               s.minimum_age, s.maximum_age, s.genders, s.languages, si.adm1_pcode, si.adm2_pcode, si.adm3_pcode,
               si.adm4_pcode, si.latitude, si.longitude, si.location_source, s.confidential, s.assured_date
          FROM sm_service_at_site sas
          JOIN sm_services s ON s.id = sas.service_id AND s.deleted_at IS NULL
          JOIN sm_sites si ON si.id = sas.site_id AND si.deleted_at IS NULL
          JOIN sm_organisations o ON o.id = s.organisation_id
         ORDER BY o.name, s.name, sas.fid"""
    times: dict[str, list[float]] = {}

    def timed(name: str, fn):
        t0 = time.perf_counter()
        out = fn()
        app.processEvents()
        times.setdefault(name, []).append(time.perf_counter() - t0)
        return out

    print(f"{args.rows:,} services; load average before: {os.getloadavg()[0]:.2f}")
    for _ in range(args.runs):
        timed("listing: SQLite fetchall (baseline)", lambda: sql(query).fetchall())
        listing = timed("listing: Project.listing()", project.listing)
        panel = ServicesPanel()
        timed("table filled", lambda: panel.set_listing(listing, types, areas))
        texts = RowTexts(types.label, areas)
        made = timed("table rows made (the worker's part)", lambda: texts.rows(listing))
        timed("table filled with rows made", lambda: panel.set_listing(listing, types, texts=texts, made=made))
        timed("map records", lambda: map_services(listing))
        proxy = panel.proxy
        timed("search: one word typed", lambda: proxy.set_search("outreach"))
        timed("search: cleared", lambda: proxy.set_search(""))
        timed("type filter: one type", lambda: proxy.set_service_types({"legal_aid"}))
        proxy.set_service_types(None)
        timed("sort by service: ServiceMap", lambda: proxy.sort(Column.SERVICE, Qt.SortOrder.AscendingOrder))
        reference = QSortFilterProxyModel()
        reference.setSourceModel(ServicesTableModel(listing, types.label))
        reference.setSortRole(SORT_ROLE)
        reference.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        reference.setSortLocaleAware(True)
        timed("sort by service: Qt's proxy (baseline)",
              lambda: QSortFilterProxyModel.sort(reference, Column.SERVICE, Qt.SortOrder.AscendingOrder))
        panel.deleteLater()
        reference.deleteLater()
        app.processEvents()
    project.close()
    from desktop.collector import MainThreadCollector

    collector = MainThreadCollector(app)  # noqa: F841 - the window runs as the desktop runs it (desktop/app.py)
    for _ in range(args.runs):
        opened, pause = open_in_window(app, path)
        times.setdefault("window: open_project, whole (baseline)", []).append(opened)
        times.setdefault("window: longest main-thread pause", []).append(pause)
    print(f"{'step':42s} {'median s':>9s}  runs")
    for name, values in times.items():
        print(f"{name:42s} {statistics.median(values):9.2f}  {', '.join(f'{v:.2f}' for v in values)}")
    med = {k: statistics.median(v) for k, v in times.items()}
    print(f"listing / SQLite's reading: {med['listing: Project.listing()'] / med['listing: SQLite fetchall (baseline)']:.1f}x")
    qt_sort = med["sort by service: Qt's proxy (baseline)"]
    print(f"sort / Qt's proxy sorting: {med['sort by service: ServiceMap'] / qt_sort:.3f}x")
    whole = med["window: open_project, whole (baseline)"]
    print(f"window: longest main-thread pause / whole opening: {med['window: longest main-thread pause'] / whole:.3f}x")
    print(f"load average after: {os.getloadavg()[0]:.2f}")


def open_in_window(app, path: Path) -> tuple[float, float]:
    """``MainWindow.open_project(path)``: its time, and the longest gap between a 20 ms timer's ticks
    from the call until 0.5 s after it returned."""
    from PySide6.QtCore import QTimer

    from desktop.window.main_window import MainWindow

    window = MainWindow()
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    ticks: list[float] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start(20)
    t0 = time.perf_counter()
    assert window.open_project(path)
    whole = time.perf_counter() - t0
    while time.perf_counter() - t0 < whole + 0.5:
        app.processEvents()
    timer.stop()
    marks = [t0, *ticks, time.perf_counter()]
    pause = max(b - a for a, b in zip(marks, marks[1:]))
    window.close_project()
    window.close()
    window.deleteLater()
    app.processEvents()
    return whole, pause


if __name__ == "__main__":
    main()
