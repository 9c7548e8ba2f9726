"""The desktop shell: the worker idiom, the services table, settings, and the main window on the demo."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest

# QtWebEngine must be imported, and these attributes set, before pytest-qt creates the QApplication.
from PySide6 import QtWebEngineWidgets  # noqa: F401
from PySide6.QtCore import QCoreApplication, QPoint, QSettings, QStandardPaths, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QMessageBox

QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_UseSoftwareOpenGL)
QCoreApplication.setOrganizationName("ServiceMap")
QCoreApplication.setApplicationName("ServiceMap")
QStandardPaths.setTestModeEnabled(True)  # caches and data under ~/.qttest, not the user's own

from desktop.curation.services_model import SORT_ROLE, Column, ServicesFilterModel, ServicesTableModel  # noqa: E402
from desktop.settings import MAX_RECENT, Settings  # noqa: E402
from desktop.worker import TaskRunner  # noqa: E402
from directory.tasks import Cancelled  # noqa: E402
from directory.store import Project, ServiceListing  # noqa: E402
from tests.helpers import small_project  # noqa: E402
from tests.qt_requests import RequestLog, assert_cannot_reach_the_network  # noqa: E402

REPO = Path(__file__).resolve().parents[1]


# --- the worker ---------------------------------------------------------------------------


def count_up(n, *, progress, cancelled):
    for i in range(1, n + 1):
        progress(i / n, f"step {i}")
    return threading.current_thread() is threading.main_thread()


def wait_until_cancelled(started: threading.Event, stopped: threading.Event, result, *, progress, cancelled):
    started.set()
    try:
        deadline = time.monotonic() + 10
        while not cancelled() and time.monotonic() < deadline:
            time.sleep(0.01)
        return result
    finally:
        stopped.set()


def test_progress_arrives_in_order_on_the_main_thread(qtbot):
    runner = TaskRunner()
    seen, done = [], []
    runner.start(
        count_up, 20,
        on_done=done.append,
        on_progress=lambda f, msg: seen.append((f, msg, threading.current_thread() is threading.main_thread())),
    )  # fmt: skip
    assert runner.running
    qtbot.waitUntil(lambda: bool(done), timeout=5000)
    assert done == [False]  # the task itself ran off the main thread
    assert [s[0] for s in seen] == [(i + 1) / 20 for i in range(20)]
    assert seen[-1][1] == "step 20"
    assert all(on_main for _, _, on_main in seen)
    assert not runner.running


def test_cancel_stops_the_task_and_drops_its_result(qtbot):
    runner = TaskRunner()
    started, stopped, done, errors = threading.Event(), threading.Event(), [], []
    runner.start(wait_until_cancelled, started, stopped, "late", on_done=done.append, on_error=errors.append)
    assert started.wait(5)
    runner.cancel()
    assert not runner.running
    assert stopped.wait(5)
    qtbot.wait(100)  # let any queued signal arrive
    assert done == [] and errors == []


def test_a_new_task_cancels_the_old_one(qtbot):
    runner = TaskRunner()
    started, stopped, done = threading.Event(), threading.Event(), []
    runner.start(wait_until_cancelled, started, stopped, "old", on_done=done.append)
    assert started.wait(5)
    runner.start(count_up, 3, on_done=lambda r: done.append("new"))
    assert stopped.wait(5)  # the old task saw cancelled() turn true
    qtbot.waitUntil(lambda: bool(done), timeout=5000)
    qtbot.wait(100)
    assert done == ["new"]


def test_errors_reach_on_error(qtbot):
    def fails(*, progress, cancelled):
        raise ValueError("row 7: no such district")

    runner, errors, done = TaskRunner(), [], []
    runner.start(fails, on_done=done.append, on_error=errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert isinstance(errors[0], ValueError) and "row 7" in str(errors[0])
    assert done == [] and not runner.running


def test_raising_cancelled_ends_quietly(qtbot):
    def stops(exc, *, progress, cancelled):
        raise exc

    runner, calls = TaskRunner(), []
    with qtbot.waitSignal(runner.runningChanged, timeout=5000, check_params_cb=lambda running: not running):
        runner.start(stops, Cancelled(), on_done=calls.append, on_error=calls.append)
    assert calls == [] and not runner.running


def test_only_the_one_cancelled_is_quiet(qtbot):
    """Another exception that merely calls itself Cancelled is a failure: there is one Cancelled in the program."""
    stray = type("Cancelled", (Exception,), {})()

    def stops(*, progress, cancelled):
        raise stray

    runner, errors = TaskRunner(), []
    with qtbot.waitSignal(runner.runningChanged, timeout=5000, check_params_cb=lambda running: not running):
        runner.start(stops, on_done=errors.append, on_error=errors.append)
    assert errors == [stray]


def test_synchronous_runner_runs_inline():
    runner, seen, done = TaskRunner(synchronous=True), [], []
    runner.start(count_up, 4, on_done=done.append, on_progress=lambda f, m: seen.append(f))
    assert done == [True]  # ran in the calling (main) thread, before start() returned
    assert seen == [0.25, 0.5, 0.75, 1.0]
    assert not runner.running


# --- the services table -----------------------------------------------------------------


def listing(id_, org, name, types, *, site="Site", phones=(), min_age=None, max_age=None, verified=None, conf=False):
    return ServiceListing(
        id=id_, service_id="s" + id_, site_id="x" + id_, name=name, organisation=org, service_types=list(types),
        status="active", site=site, phones=list(phones), emails=[], schedule="Sun–Thu 9:00–17:00",
        minimum_age=min_age, maximum_age=max_age, genders=[], languages=["bn", "en"], admin_pcodes={1: "BD20", 2: "BD2022"},
        latitude=None if conf else 21.4, longitude=None if conf else 92.0, location_source="coordinates",
        confidential=conf, verified_on=verified,
    )  # fmt: skip


@pytest.fixture
def table(qapp):
    rows = [
        listing("1", "Shishu Surokkha", "Case management", ["case_management"], site="Cox’s Bāzār Sadar",
                min_age=0, max_age=17, verified="2024-03-01"),
        listing("2", "Nari Shakti", "Legal aid for survivors", ["legal_aid"], site="Teknaf",
                phones=["+8801700555100"], min_age=18, verified="2023-11-20"),
        listing("3", "Nari Shakti", "Safe shelter", ["safe_shelter", "case_management"], conf=True, min_age=5, max_age=17),
        listing("4", "ÉCOLE Partners", "Psychosocial support", ["pss"], site="Ukhia", min_age=10, max_age=24),
    ]  # fmt: skip
    labels = {"case_management": "Case management", "legal_aid": "Legal aid", "safe_shelter": "Safe shelter", "pss": "MHPSS"}
    model = ServicesTableModel(rows, labels.get)
    proxy = ServicesFilterModel()
    proxy.setSourceModel(model)
    return model, proxy


def visible(proxy, column=Column.SERVICE):
    return [proxy.index(r, column).data() for r in range(proxy.rowCount())]


def test_table_shows_labels_places_and_confidential_rows(table):
    model, _ = table
    assert model.rowCount() == 4 and model.columnCount() == len(Column)
    assert model.headerData(Column.ADMIN_AREA, Qt.Orientation.Horizontal) == "Admin area"
    assert model.index(2, Column.TYPES).data() == "Safe shelter, Case management"
    assert model.index(0, Column.ADMIN_AREA).data() == "BD2022"
    assert model.index(0, Column.AGES).data() == "0–17"
    assert model.index(1, Column.AGES).data() == "18 and over"
    assert model.index(0, Column.LOCATION).data() == "Placed"
    assert model.index(2, Column.LOCATION).data() == "Confidential"
    assert model.index(2, Column.LOCATION).data(Qt.ItemDataRole.DecorationRole) is not None  # the lock
    assert model.index(0, Column.LOCATION).data(Qt.ItemDataRole.DecorationRole) is None
    assert model.index(0, Column.LANGUAGES).data() == "Bangla, English"


def test_search_ignores_case_and_accents_and_spans_columns(table):
    _, proxy = table
    proxy.set_search("coxs")
    assert visible(proxy) == []  # words are matched as typed, only case and accents are folded
    proxy.set_search("COX’S bazar")
    assert visible(proxy) == ["Case management"]
    proxy.set_search("ecole")
    assert visible(proxy) == ["Psychosocial support"]
    proxy.set_search("nari 555100")  # every word, in any column
    assert visible(proxy) == ["Legal aid for survivors"]
    proxy.set_search("  ")
    assert proxy.rowCount() == 4


def test_type_filter_and_search_combine(table):
    _, proxy = table
    proxy.set_service_types(["case_management"])
    assert visible(proxy) == ["Case management", "Safe shelter"]
    proxy.set_search("nari")
    assert visible(proxy) == ["Safe shelter"]
    proxy.set_service_types(None)
    assert visible(proxy) == ["Legal aid for survivors", "Safe shelter"]


def test_sorting_is_numeric_for_ages_and_by_date_for_verified_on(table):
    _, proxy = table
    proxy.sort(Column.AGES, Qt.SortOrder.AscendingOrder)
    assert visible(proxy, Column.AGES) == ["0–17", "5–17", "10–24", "18 and over"]
    proxy.sort(Column.VERIFIED_ON, Qt.SortOrder.DescendingOrder)
    assert visible(proxy, Column.VERIFIED_ON)[:2] == ["2024-03-01", "2023-11-20"]
    assert isinstance(proxy.index(0, Column.AGES).data(SORT_ROLE), float)


# --- settings ------------------------------------------------------------------------------


@pytest.fixture
def settings(tmp_path, qapp) -> Settings:
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


def test_recent_projects_are_most_recent_first_without_duplicates_and_capped(settings, tmp_path):
    paths = [tmp_path / f"p{i}.gpkg" for i in range(MAX_RECENT + 3)]
    for p in paths:
        settings.add_recent_project(p)
    recent = settings.recent_projects()
    assert len(recent) == MAX_RECENT
    assert recent[0] == paths[-1].resolve() and recent[-1] == paths[3].resolve()
    settings.add_recent_project(paths[5])
    assert settings.recent_projects()[0] == paths[5].resolve() and len(settings.recent_projects()) == MAX_RECENT
    assert settings.get("preferences/language") == ""


def test_window_size_and_splitter_are_remembered(qtbot, settings):
    from desktop.window.main_window import MainWindow

    first = MainWindow(settings)
    first.resize(700, 500)  # the offscreen screen is 800 × 600
    first.splitter.setSizes([250, 450])
    sizes = first.splitter.sizes()
    close_web_widget(qtbot, first)
    second = MainWindow(settings)
    assert (second.width(), second.height()) == (700, 500)
    assert second.splitter.sizes() == sizes
    close_web_widget(qtbot, second)


def test_unexpected_errors_are_logged_and_shown_briefly(qapp, monkeypatch, caplog):
    from desktop import errors
    from directory.store import ProjectError

    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *args: shown.append(args[2]))
    try:
        raise ValueError("boom")
    except ValueError as exc:
        errors.excepthook(type(exc), exc, exc.__traceback__)
    assert "boom" in shown[0] and str(errors.log_path()) in shown[0] and "Traceback" not in shown[0]
    assert caplog.records[-1].exc_info[0] is ValueError  # the traceback goes to the log
    errors.excepthook(ProjectError, ProjectError("x.gpkg: the file is damaged."), None)
    assert shown[1] == "x.gpkg: the file is damaged."
    from directory.file_gate import FileRefused

    errors.excepthook(FileRefused, FileRefused("x.mbtiles: not an MBTiles file."), None)
    assert shown[2] == "x.mbtiles: not an MBTiles file."


def test_settings_are_declared_once(settings):
    with pytest.raises(KeyError):
        settings.get("state/not_declared")


# --- the main window -----------------------------------------------------------------------


@pytest.fixture
def window(qtbot, settings):
    from desktop.window.main_window import MainWindow

    win = MainWindow(settings)
    yield win
    close_web_widget(qtbot, win)


def close_web_widget(qtbot, widget) -> None:
    """Close and delete a widget holding a web page, so the page goes before QtWebEngine's profile."""
    widget.close()
    widget.deleteLater()
    qtbot.wait(300)


def test_opening_a_file_that_is_not_a_project_shows_the_reason(window, tmp_path, monkeypatch):
    calls = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *args, **kw: calls.append(args) or QMessageBox.StandardButton.Ok)
    notes = tmp_path / "notes.gpkg"
    notes.write_text("meeting notes, not a project", encoding="utf-8")
    assert window.open_project(notes) is False
    assert len(calls) == 1
    assert "notes.gpkg" in calls[0][2] and "not a ServiceMap project" in calls[0][2]
    assert window.project is None and window.windowTitle() == "ServiceMap"
    assert window.settings.recent_projects() == []


def test_opening_a_project_lists_it_and_remembers_it(window, tmp_path, settings):
    small_project(tmp_path / "small.gpkg", n_services=3).close()
    assert window.open_project(tmp_path / "small.gpkg")
    assert window.windowTitle() == "ServiceMap — small.gpkg"
    assert window.services_panel.proxy.rowCount() == 3
    assert "3 services at 3 sites, 2 on the map" in window.summary.text()  # the safe house is not placed
    assert "country BGD" in window.summary.text()
    assert settings.recent_projects() == [(tmp_path / "small.gpkg").resolve()]
    window.close_project()
    assert window.services_panel.proxy.rowCount() == 0 and window.windowTitle() == "ServiceMap"


def test_bursts_of_redraws_build_one_page(qtbot, tmp_path):
    from mapping.maps.project_map import map_services
    from desktop.map.view import MapView

    project = small_project(tmp_path / "small.gpkg", n_services=3)
    services = map_services(project.listing())
    project.close()
    view = MapView(synchronous=True)
    view.resize(600, 400)
    view.show()
    with qtbot.waitSignal(view.ready, timeout=60_000):
        for _ in range(10):
            view.show_services(tmp_path / "small.gpkg", services, title="small")
    assert view.rebuilds == 1
    assert view.page_path.name == "map.html" and view.page_path.exists()
    assert str(tmp_path) not in str(view.page_path)  # the page lives in the cache, not beside the project
    close_web_widget(qtbot, view)


def test_a_click_on_the_map_selects_the_row(window, tmp_path):
    small_project(tmp_path / "small.gpkg", n_services=3).close()
    window.open_project(tmp_path / "small.gpkg")
    target = window.listing[1].id
    window.map_view._bridge.markerClicked(target)  # what the page's click handler calls
    assert window.services_panel.selected_ids() == [target]


def distinct_colours(image: QImage, x0=0, y0=0, w=None, h=None, step=3) -> int:
    w = image.width() - x0 if w is None else w
    h = image.height() - y0 if h is None else h
    return len({image.pixel(x, y) for x in range(x0, x0 + w, step) for y in range(y0, y0 + h, step)})


@pytest.mark.slow
def test_main_window_on_the_demo_project(window, qtbot, tmp_path, remote_requests):
    """The acceptance test: the demo opens, the map draws its markers, and the screenshot is taken."""
    from desktop.demo_project import build_demo_project

    path, _ = build_demo_project(tmp_path)
    with Project.open(path) as project:
        expected_rows = len(project.listing())

    web_requests = RequestLog()
    profile = window.map_view.page().profile()
    profile.setUrlRequestInterceptor(web_requests)
    window.resize(1400, 850)
    window.show()
    qtbot.waitExposed(window)
    try:
        with qtbot.waitSignal(window.map_view.ready, timeout=60_000):
            assert window.open_project(path)
        qtbot.wait(1500)  # let the markers and area outlines paint
    finally:
        profile.setUrlRequestInterceptor(None)
    assert web_requests.urls and remote_requests() == []  # the page loaded its local files, and nothing remote
    assert_cannot_reach_the_network(window.map_view)
    assert window.services_panel.proxy.rowCount() == expected_rows

    markers = []
    window.map_view.count_markers(markers.append)
    qtbot.waitUntil(lambda: bool(markers), timeout=10_000)
    assert markers[0] > 0

    shot = tmp_path / "main-window.png"  # never into the checkout: the README's picture is made by docs/screenshots/make_screenshots.py
    assert window.grab().save(str(shot))
    image = QImage(str(shot))
    assert image.width() >= 1400 and image.height() >= 850
    assert distinct_colours(image) > 100
    corner = window.map_view.mapTo(window, QPoint(0, 0))
    view = window.map_view
    assert distinct_colours(image, corner.x(), corner.y(), view.width(), view.height()) > 20  # not a blank map


def test_run_opens_the_window_and_logs_to_the_user_data_folder(tmp_path):
    """``servicemap desktop PROJECT`` end to end, in its own process (it installs a global excepthook)."""
    import os
    import subprocess
    import sys

    small_project(tmp_path / "small.gpkg").close()
    script = (
        "import sys\n"
        "from PySide6 import QtWebEngineWidgets\n"
        "from PySide6.QtCore import QTimer\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication(sys.argv[:1])\n"
        "import os, pathlib, time\n"
        "start = time.monotonic()\n"
        "def done():\n"
        "    cache = pathlib.Path(os.environ['XDG_CACHE_HOME'])\n"
        "    if not list(cache.rglob('map.html')) and time.monotonic() - start < 60:\n"
        "        return  # the map is written in the background; a loaded machine takes longer\n"
        "    print('TITLE', [t.windowTitle() for t in QApplication.topLevelWidgets() if t.windowTitle()])\n"
        "    app.quit()\n"
        "timer = QTimer()\n"
        "timer.timeout.connect(done)\n"
        "timer.start(200)\n"
        "from desktop.app import run\n"
        f"sys.exit(run(__import__('pathlib').Path({str(tmp_path / 'small.gpkg')!r})))\n"
    )
    env = {**os.environ, "HOME": str(tmp_path / "home"), "XDG_DATA_HOME": str(tmp_path / "data"),
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "XDG_CACHE_HOME": str(tmp_path / "cache")}  # fmt: skip
    result = subprocess.run([sys.executable, "-c", script], cwd=REPO, env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "ServiceMap — small.gpkg" in result.stdout
    assert list((tmp_path / "data").rglob("servicemap.log"))
    assert list((tmp_path / "cache").rglob("map.html"))


# --- panels registered by capabilities ----------------------------------------------------


def make_test_panel(window):
    from PySide6.QtWidgets import QDockWidget

    dock = QDockWidget("Test panel", window)
    dock.opened_with = window.project
    return dock


def test_a_registered_panel_opens_from_the_tools_menu_once(qtbot, settings, tmp_path, monkeypatch):
    from desktop.window import main_window, panels

    entry = panels.PanelEntry("test", __name__, "make_test_panel", "&Test panel")
    monkeypatch.setattr(main_window, "PANELS", [entry])
    win = main_window.MainWindow(settings, synchronous_map=True)
    try:
        titles = [a.text() for a in win.menuBar().actions()]
        assert "&Tools" in titles
        seen = []
        win.projectChanged.connect(seen.append)
        small_project(tmp_path / "p.gpkg").close()
        assert win.open_project(tmp_path / "p.gpkg")
        first = win.show_panel("test")
        assert first.opened_with is win.project and win.show_panel("test") is first
        assert seen[-1] is win.project
        win.close_project()
        assert seen[-1] is None
    finally:
        close_web_widget(qtbot, win)
