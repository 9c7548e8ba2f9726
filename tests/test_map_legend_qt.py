"""The map's legend folds when a panel opened beside the map makes it small, and opens again when
the panel closes, in the real main window (the map built on its worker thread, as the user gets it).

Seen as a new user on a 1366×768 laptop: the legend started open on the wide map; opening Review
locations (or Coverage gaps) halved the map and the legend then covered about 40% of it. The fold was
decided once, when the page loaded; a dock opening, or the window shrinking, changed nothing.
"""

from __future__ import annotations

import pytest
from PySide6 import QtWebEngineWidgets  # noqa: F401 - before the QApplication
from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths, Qt

QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_UseSoftwareOpenGL)
QStandardPaths.setTestModeEnabled(True)

from desktop.settings import Settings  # noqa: E402

pytestmark = pytest.mark.slow

FOLDED = "document.querySelector('.sm-legend').classList.contains('sm-collapsed')"


def js(qtbot, window, code: str):
    box = []
    window.map_view.page().runJavaScript(code, 0, box.append)
    qtbot.waitUntil(lambda: bool(box), timeout=10000)
    return box[0]


def test_the_legend_folds_when_a_dock_makes_the_map_small(qtbot, tmp_path):
    from importers.demo import build_demo
    from desktop.window.main_window import MainWindow

    (tmp_path / "demo").mkdir()
    demo, _ = build_demo(tmp_path / "demo")
    window = MainWindow(Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)))
    window.resize(1900, 1200)  # a big screen first: the demo's legend (16 entries) fits beside its services
    window.show()
    ready = []
    window.map_view.ready.connect(lambda *a: ready.append(True))
    assert window.open_project(demo)
    qtbot.waitUntil(lambda: bool(ready), timeout=120_000)
    qtbot.wait(500)
    assert js(qtbot, window, FOLDED) is False  # a big map: the legend is open
    review = window.show_panel("review")  # then the laptop: a dock beside a map that was open
    window.resize(1366, 740)
    qtbot.waitUntil(lambda: window.map_view.width() < 600, timeout=10000)
    qtbot.waitUntil(lambda: js(qtbot, window, FOLDED) is True, timeout=10000)
    assert js(qtbot, window, "document.querySelector('.sm-legend-title').getAttribute('aria-expanded')") == "false"
    review.close()
    window.resize(1900, 1200)
    qtbot.waitUntil(lambda: js(qtbot, window, FOLDED) is False, timeout=10000)  # big again: open again
    # once the user has opened or folded it by hand, it stays as they left it
    js(qtbot, window, "document.querySelector('.sm-legend-title').click(); true")
    assert js(qtbot, window, FOLDED) is True
    window.resize(1850, 1150)
    qtbot.wait(800)
    assert js(qtbot, window, FOLDED) is True
    window.close()
    window.deleteLater()
    qtbot.wait(300)
