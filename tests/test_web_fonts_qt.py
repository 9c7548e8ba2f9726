"""The map pages show Bengali and Arabic with the bundled fonts on a machine with none.

QtWebEngine runs in a subprocess whose fontconfig sees only the bundled Latin font; the page
asks the browser to load the text's fonts, and the faces it gets are ServiceMap's own.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tests.hidden_fonts import environment, families_for, latin_only_fontconfig

REPO = Path(__file__).resolve().parents[1]

PROBE = textwrap.dedent(
    """
    import json, sys
    from PySide6 import QtWebEngineWidgets  # noqa: F401
    from PySide6.QtCore import QEventLoop, QTimer, QUrl
    from PySide6.QtWidgets import QApplication
    from PySide6.QtWebEngineWidgets import QWebEngineView

    app = QApplication([])
    view = QWebEngineView()
    view.resize(800, 600)
    view.show()
    loop = QEventLoop()
    view.loadFinished.connect(lambda ok: loop.quit())
    view.load(QUrl.fromLocalFile(sys.argv[1]))
    loop.exec()
    ask = (
        "window.__faces = null; Promise.all([document.fonts.load(\\"13px 'ServiceMap Bengali'\\", 'কক্সবাজার'),"
        " document.fonts.load(\\"13px 'ServiceMap Arabic'\\", 'مرحبا')]).then(function (r) {"
        " window.__faces = JSON.stringify(r.map(function (fs) { return fs.map(function (f) { return f.status; }); })); });"
    )
    view.page().runJavaScript(ask)
    got = []
    def poll():
        view.page().runJavaScript("window.__faces", lambda v: (got.append(v), loop.quit()) if v else None)
    timer = QTimer(); timer.timeout.connect(poll); timer.start(100)
    QTimer.singleShot(20000, loop.quit)
    loop.exec()
    print(got[0] if got else "null")
    """
)


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("fc-list") is None, reason="needs fontconfig's fc-list")
def test_bengali_and_arabic_come_from_the_bundled_fonts_when_the_system_has_none(tmp_path):
    from mapping.maps import MapService, write_service_map
    from tests.test_maps_offline import make_boundaries

    env = environment(latin_only_fontconfig(tmp_path / "fonts"))
    assert families_for("bn", env) == [] and families_for("ar", env) == []  # the system's fonts are out of sight
    page = write_service_map(tmp_path / "map.html", [MapService("a", "কক্সবাজার ক্লিনিক", "مرحبا", ["CM"], [], "", 21.4, 92.0)],
                             make_boundaries(1))
    result = subprocess.run([sys.executable, "-c", PROBE, str(page)], cwd=REPO, env=env, capture_output=True, text=True,
                            timeout=120)
    faces = json.loads(result.stdout.strip().splitlines()[-1])
    assert faces == [["loaded"], ["loaded"]], (faces, result.stderr[-2000:])
