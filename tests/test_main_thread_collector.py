"""Reference cycles are collected by the main thread only (desktop/collector.py), never by a worker
that happens to allocate: Qt objects in a cycle must not be destroyed off their thread.

Each case runs in its own process (the collector switches Python's automatic collection off). The
same script without the collector shows the cycle collected by the worker — the check can fail."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

SCRIPT = r"""
import gc, sys, threading
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

app = QApplication(sys.argv[:1])
if sys.argv[1] == "with":
    from desktop.collector import MainThreadCollector
    collector = MainThreadCollector(app, interval_ms=20)

freed_in = []

class Cycle:
    def __init__(self):
        self.me = self
    def __del__(self):
        freed_in.append(threading.current_thread().name)

gc.collect()
Cycle()  # unreachable at once, freed only by the cycle collector

kept = []

def worker():  # loads like a gazetteer, so an automatic collection would run here
    kept.extend([i] for i in range(200_000))

thread = threading.Thread(target=worker, name="worker")
thread.start()
thread.join()
QTimer.singleShot(500, app.quit)
app.exec()
print(",".join(freed_in) or "not freed")
"""


def _freed_in(mode: str) -> str:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(REPO))
    done = subprocess.run([sys.executable, "-c", SCRIPT, mode], cwd=REPO, env=env, capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout.strip().splitlines()[-1]


def test_a_cycle_is_collected_by_the_main_thread_not_by_the_worker_that_allocates():
    assert _freed_in("with") == "MainThread"


def test_without_the_collector_the_worker_collects_it():
    assert _freed_in("without") == "worker"


def test_the_desktop_installs_the_collector():
    from desktop import app

    assert "MainThreadCollector(app)" in Path(app.__file__).read_text(encoding="utf-8")
