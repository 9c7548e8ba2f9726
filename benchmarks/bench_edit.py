"""How long one edit in the services table takes to reach the file, the audit and the table,
against the same run's baseline: reloading the whole project (MainWindow.reload_project).

    python benchmarks/bench_edit.py [--services 5000] [--runs 5]

Both ask the map for a redraw, which is drawn later off the main thread and not counted.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")

from PySide6 import QtWebEngineWidgets  # noqa: E402, F401
from PySide6.QtCore import QCoreApplication, QSettings, Qt  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from bench_store import records, write_records  # noqa: E402
from directory.store import Project  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--services", type=int, default=5000)
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
    app = QApplication([])
    from desktop.qt_binding import keep_none_alive

    keep_none_alive()  # the binding's reference bug: this script makes many Qt calls
    from desktop.window.main_window import MainWindow
    from desktop.curation.services_model import Column
    from desktop.settings import Settings

    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        orgs, pairs = records(args.services)
        with Project.create(tmp / "p.gpkg", country="BGD") as project:
            write_records(project, orgs, pairs)
        window = MainWindow(Settings(QSettings(str(tmp / "s.ini"), QSettings.Format.IniFormat)))
        window.open_project(tmp / "p.gpkg")
        model = window.services_panel.model
        edits, reloads = [], []
        for run in range(args.runs):
            start = time.perf_counter()
            assert model.setData(model.index(run, Column.HOURS), f"Sun–Thu 9:00–1{run}:00")
            edits.append(time.perf_counter() - start)
            start = time.perf_counter()
            window.reload_project()
            reloads.append(time.perf_counter() - start)
            app.processEvents()
        edit, reload = statistics.median(edits), statistics.median(reloads)
        print(f"{args.services} services, median of {args.runs}")
        print(f"baseline: reload the project      {reload:.3f} s")
        print(f"one table edit (write, audit, row) {edit:.3f} s   {edit / reload:.2f}× the baseline")
        window.map_view.shutdown()
        window.close()
        window.project.close() if window.project else None


if __name__ == "__main__":
    main()
