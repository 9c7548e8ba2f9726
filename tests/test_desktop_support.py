"""What the desktop offers for support: Help ▸ Check this installation…, the error dialog's
pointer to it, and ``servicemap desktop PROJECT --screenshot`` (a picture of the window)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6 import QtWebEngineWidgets  # noqa: F401 - before the QApplication
from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QMessageBox

QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_UseSoftwareOpenGL)
QStandardPaths.setTestModeEnabled(True)

from desktop.doctor import qt_probe  # noqa: E402
from desktop.doctor.finding import Finding  # noqa: E402
from desktop.settings import Settings  # noqa: E402
from desktop.window.check_dialog import CheckDialog  # noqa: E402
from tests.helpers import small_project  # noqa: E402

REPO = Path(__file__).resolve().parents[1]


def test_help_menu_runs_the_checks_on_a_worker_thread(qtbot, tmp_path, monkeypatch):
    from desktop.window.main_window import MainWindow

    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))  # the check writes a test setting
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    window = MainWindow(Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)), synchronous_map=True)
    qtbot.addWidget(window)
    help_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Help")
    check = next(a for a in help_menu.actions() if a.text() == "&Check this installation…")
    check.trigger()
    dialog = window.check_dialog
    assert dialog.isVisible() and not dialog.runner.synchronous
    assert "Checking" in dialog.headline.text()
    qtbot.waitUntil(lambda: bool(dialog.findings), timeout=300_000)
    text = dialog.results.toPlainText()
    for name in (qt_probe.FONTS, qt_probe.PRINTING, qt_probe.SETTINGS, "Map projections"):
        assert name in text
    assert dialog.headline.text() == "Everything ServiceMap needs is in place.", text
    dialog.copy_report()
    assert QApplication.clipboard().text() == dialog.report_text()
    assert "Everything ServiceMap needs is in place." in dialog.report_text()
    dialog.close()
    window.close()
    qtbot.wait(200)


def test_a_failed_check_shows_what_to_do(qtbot):
    dialog = CheckDialog(synchronous=True)
    qtbot.addWidget(dialog)
    dialog.show_findings([Finding("Fonts", True, "fine."), Finding("Libraries", False, "missing libfoo.", "Install foo.")])
    assert dialog.headline.text().startswith("1 essential check(s) failed")
    assert "missing libfoo." in dialog.results.toPlainText() and "Install foo." in dialog.results.toPlainText()


def test_the_error_dialog_points_to_the_check(qapp, monkeypatch):
    from desktop import errors

    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *args: shown.append(args[2]))
    errors.excepthook(ValueError, ValueError("boom"), None)
    assert "Help › Check this installation…" in shown[0]


def test_screenshot_saves_the_window_once_the_map_is_drawn(tmp_path):
    small_project(tmp_path / "small.gpkg").close()
    env = {**os.environ, "HOME": str(tmp_path / "home"), "XDG_DATA_HOME": str(tmp_path / "data"),
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "XDG_CACHE_HOME": str(tmp_path / "cache")}  # fmt: skip
    picture = tmp_path / "window.png"
    done = subprocess.run([sys.executable, "-m", "desktop.cli", "desktop", str(tmp_path / "small.gpkg"),
                           "--screenshot", str(picture)], cwd=REPO, env=env, capture_output=True, text=True,
                          timeout=300)  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    image = QImage(str(picture))
    assert image.width() > 300 and image.height() > 300
    colours = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
    assert len(colours) > 20  # the table and a drawn map, not an empty window
