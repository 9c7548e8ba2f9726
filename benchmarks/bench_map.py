"""Page-ready time of the service map in QtWebEngine, and its size, against folium's own page.

    python benchmarks/bench_map.py [--services 1000 20000 100000] [--runs 5]

"Ready" is the moment the page can be used: for ServiceMap's page, when ``window.servicemap.ready``
is true (the map is fitted and every service drawn on its canvas, clustered for that zoom; the
legend, labels and boundaries are on the map);
for the baseline, when its marker cluster holds every point. The time runs from ``load()`` to
that moment, polled every 20 ms, so it includes parsing, layout and the first paint.

The baseline is folium's ``FastMarkerCluster`` for the same points and the same boundaries,
with its scripts served from the same local copies (no network either): the fastest plain
folium page measured (see PITFALLS.md). ServiceMap's page does more: a symbol per type, a
popup per service, a legend, labels, and confidential services moved to their area.
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
os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")
os.environ.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--disable-gpu")
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6 import QtWebEngineWidgets  # noqa: E402,F401 - before the QApplication
from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QTimer, QUrl  # noqa: E402
from PySide6.QtWebEngineWidgets import QWebEngineView  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from mapping.maps import write_service_map  # noqa: E402
from mapping.maps.assets import copy_assets  # noqa: E402
from tests.test_maps_offline_qt import STYLES, boundaries, many_services  # noqa: E402

SERVICEMAP_READY = "!!(window.servicemap && window.servicemap.ready === true)"
BASELINE_READY = """(function () {
  var k = Object.keys(window).filter(function (k) { return k.indexOf("fast_marker_cluster_") === 0; })[0];
  return k && window[k] && window[k].getLayers ? window[k].getLayers().length : -1; })()"""


def folium_baseline(out: Path, services) -> Path:
    """folium's FastMarkerCluster page for the same points, scripts from the local copies."""
    import folium
    from folium.plugins import FastMarkerCluster

    links = copy_assets(out.parent)
    m = folium.Map(tiles=None, prefer_canvas=True, maxZoom=18, zoom_start=8, location=[23, 91])
    m.default_js = links.scripts[:2]
    m.default_css = links.styles[:3]
    for level, frame in boundaries().items():
        folium.GeoJson(frame.to_json(), name=f"level {level}").add_to(m)
    # folium's default callback needs Leaflet.awesome-markers (a CDN script): plain markers instead.
    plain = "function (row) { return L.marker(new L.LatLng(row[0], row[1])); }"
    cluster = FastMarkerCluster([[s.latitude, s.longitude] for s in services if not s.confidential], callback=plain)
    cluster.default_js, cluster.default_css = [], []
    cluster.add_to(m)
    m.save(str(out))
    return out


def ready_time(view: QWebEngineView, page: Path, check: str, want) -> float:
    loop = QEventLoop()
    answer = {"ok": False}

    def poll():
        view.page().runJavaScript(check, 0, lambda v: (answer.update(ok=want(v)), answer["ok"] and loop.quit()))

    timer = QTimer(interval=20)
    timer.timeout.connect(poll)
    start = time.perf_counter()
    view.load(QUrl.fromLocalFile(str(page)))
    timer.start()
    QTimer.singleShot(120_000, loop.quit)
    loop.exec()
    timer.stop()
    elapsed = time.perf_counter() - start
    if not answer["ok"]:
        view.page().runJavaScript(check, 0, lambda v: print("last answer:", v))
        QApplication.processEvents()
        raise RuntimeError(f"{page} was not ready within 120 s")
    view.setUrl(QUrl("about:blank"))
    return elapsed


def size_of(page: Path) -> int:
    return page.stat().st_size


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--services", type=int, nargs="+", default=[1000, 20000, 100000])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_UseSoftwareOpenGL)
    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
    app = QApplication.instance() or QApplication([])
    from desktop.qt_binding import keep_none_alive

    keep_none_alive()  # the binding's reference bug: this script makes many Qt calls
    view = QWebEngineView()
    view.resize(1200, 800)
    view.show()
    print(f"load average at the start: {os.getloadavg()[0]:.1f}")
    print(f"{'services':>9} | {'ServiceMap ready':>17} | {'folium FastMarkerCluster':>25} | ratio | page size (ServiceMap / folium)")
    with tempfile.TemporaryDirectory() as work:
        for n in args.services:
            services = many_services(n)
            ours = write_service_map(Path(work) / f"sm{n}" / "map.html", services, boundaries(), type_styles=STYLES,
                                     labels_level=2)  # fmt: skip
            (Path(work) / f"fo{n}").mkdir()
            theirs = folium_baseline(Path(work) / f"fo{n}" / "map.html", services)
            expected = sum(1 for s in services if not s.confidential)
            t_ours, t_theirs = [], []
            for _ in range(args.runs):  # interleaved, so both see the same machine load
                t_ours.append(ready_time(view, ours, SERVICEMAP_READY, lambda v: v is True))
                t_theirs.append(ready_time(view, theirs, BASELINE_READY, lambda v, e=expected: v == e))
            a, b = statistics.median(t_ours), statistics.median(t_theirs)
            print(f"{n:>9,} | {a:>15.2f} s | {b:>23.2f} s | {a / b:4.2f}× | "
                  f"{size_of(ours) / 1e6:.2f} MB / {size_of(theirs) / 1e6:.2f} MB")  # fmt: skip
    print(f"load average at the end: {os.getloadavg()[0]:.1f}")
    view.close()
    app.processEvents()


if __name__ == "__main__":
    main()
