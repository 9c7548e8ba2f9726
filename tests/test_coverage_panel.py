"""The coverage-gap panel, offscreen: several service types in turn, per-type thresholds, the sortable
table, the map's two choropleths and its bands, suggestions, and cancel between and within types."""

from __future__ import annotations

import csv
import json
import threading

import pytest

from tests.helpers import small_project

pytest.importorskip("PySide6")

SHOT = "/tmp/coverage-panel.png"  # looked at by hand; not part of the repository


@pytest.fixture()
def population(tmp_path):
    pop = tmp_path / "pop.csv"
    with pop.open("w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["ADM2_PCODE", "T_TL", "T_00_04", "T_05_09", "T_10_14", "T_15_19"])
        w.writerow(["BD2022", 100000, 12000, 12000, 12000, 10000])
        w.writerow(["BD2084", 50000, 6000, 6000, 6000, 5000])
    return pop


@pytest.fixture()
def panel(qtbot, tmp_path, population):
    from desktop.coverage.panel import GapPanel

    project = small_project(tmp_path / "p.gpkg")
    widget = GapPanel(None, synchronous=True)
    qtbot.addWidget(widget)
    widget.set_project(project)
    widget.population.setText(str(population))
    widget.resize(900, 900)
    widget.show()
    yield widget
    close_panel(widget, qtbot)
    project.close()


def close_panel(widget, qtbot) -> None:
    """Close and delete the panel, so its web page goes before QtWebEngine's profile."""
    widget.results.map.setUrl("about:blank")
    widget.close()
    widget.deleteLater()
    qtbot.wait(300)


def map_state(panel, qtbot) -> dict:
    got = []
    panel.results.map.page().runJavaScript("mapState()", 0, got.append)
    qtbot.waitUntil(lambda: bool(got), timeout=5000)
    state = json.loads(got[0])
    assert state["errors"] == []
    return state


def wait_loaded(panel, qtbot) -> None:
    qtbot.waitUntil(lambda: panel.results.map.page().url().toLocalFile().endswith(".html"), timeout=5000)
    ready = []

    def ask():
        panel.results.map.page().runJavaScript("typeof mapState === 'function'", 0, ready.append)
        return bool(ready and ready[-1])

    qtbot.waitUntil(ask, timeout=20000)


def test_each_ticked_type_is_analysed_with_its_own_threshold(panel, qtbot):
    from PySide6.QtCore import Qt

    from desktop.coverage.results import TABLE_COLUMNS

    assert [c for c, _ in panel.types.chosen()] == ["case_management"]  # ticked when the project opens
    panel.types.set_checked(["safe_shelter"])
    panel.types.set_within("case_management", "20km")  # override one type; safe shelter keeps its 25 km
    panel.run()
    assert sorted(panel.results.outcomes) == ["case_management", "safe_shelter"]
    within = {c: str(o.result.threshold) for c, o in panel.results.outcomes.items()}
    assert within == {"case_management": "20 km", "safe_shelter": "25 km"}
    assert "2 service type(s)" in panel.status.text()
    # the overview: one row per type, children in scope / covered / beyond
    ov = panel.results.overview_model
    assert ov.rowCount() == 2
    rows = {ov.item(r, 0).text(): [ov.item(r, c).data(0) for c in range(1, 6)] for r in range(2)}
    assert rows["Case management"][1] == 63000  # children 0–17 in scope
    assert rows["Case management"][2] + rows["Case management"][4] == 63000
    # switching the type shown changes the table and the summary
    panel.results.showing.setCurrentIndex(panel.results.showing.findData("case_management"))
    assert panel.results.current == "case_management"
    assert "Children in scope: 63,000" in panel.results.summary.text()
    assert "beyond 20 km" in panel.results.summary.text()
    assert panel.results.model.rowCount() == 2
    assert "children 0–17" in panel.results.notes.toPlainText()
    headers = [panel.results.model.horizontalHeaderItem(c).text() for c in range(panel.results.model.columnCount())]
    assert headers[:8] == ["Rank", "P-code", "Area", "Admin level 1", "Children", "Covered", "Beyond 20 km", "% covered"]
    assert "Median to a service (km)" in headers  # words and units, never the table's column names
    shown = panel.results.table.itemDelegate().displayText
    assert shown(63000, None) == "63,000" and shown(12.345, None) == "12.3"  # separators, one decimal
    assert panel.progress.value() == 100 and "Done" in panel.progress.format()  # a finished run reads 100%
    beyond = TABLE_COLUMNS.index("uncovered")
    panel.results.table.sortByColumn(beyond, Qt.SortOrder.AscendingOrder)
    assert panel.results.model.item(0, beyond).data(0) <= panel.results.model.item(1, beyond).data(0)
    # clicking the overview row of a type shows it
    panel.results.overview.clicked.emit(ov.index([ov.item(r, 0).text() for r in range(2)].index("Safe shelter"), 0))
    assert panel.results.current == "safe_shelter"


def test_each_area_says_which_area_it_lies_in(panel):
    """Tryout 2: the upazila table did not say which district each upazila is in (Kawkhali is an upazila of
    Rangamati and one of Pirojpur). The column after the area names its parent, headed by the parent level's
    name; with no parent to name (the top level) it is hidden."""
    results = panel.results
    panel.run()
    parent = results.model.horizontalHeaderItem(3).text()
    assert parent == "Admin level 1" and not results.table.isColumnHidden(3)
    shown = {results.model.item(r, 1).text(): results.model.item(r, 3).text() for r in range(results.model.rowCount())}
    assert shown == {"BD2022": "Chattogram", "BD2084": "Chattogram"}
    results.level_names = {1: "Division", 2: "District"}
    results.show_type(results.current, reload=True)
    assert results.model.horizontalHeaderItem(3).text() == "Division"
    results.parents = {}  # as for the top level's areas
    results.show_type(results.current, reload=True)
    assert results.table.isColumnHidden(3) and results.model.item(0, 3).text() == ""


def test_the_map_toggles_its_choropleth_and_its_bands_and_zooms(panel, qtbot):
    panel.types.set_within("case_management", "20km")
    panel.run()
    wait_loaded(panel, qtbot)
    panel.results.tabs.setCurrentWidget(panel.results.map)
    qtbot.wait(300)
    state = map_state(panel, qtbot)
    assert state["mode"] == "pct" and "% of children within 20 km" in state["legend"]
    assert state["bands"] is False and state["bandCount"] == 3
    assert state["services"] == 2  # the two case management services; the safe house is not this type
    panel.results.by_uncovered.setChecked(True)
    panel.results.bands.setChecked(True)
    qtbot.wait(200)
    state = map_state(panel, qtbot)
    assert state["mode"] == "uncovered" and "Children beyond 20 km" in state["legend"]
    assert state["bands"] is True and "0–10 km" in state["legend"] and "20–40 km" in state["legend"]
    assert "Distance to the nearest service" in state["legend"]
    before = state["zoom"]
    chosen = panel.results.model.index(0, 1).data()
    panel.results.table.clicked.emit(panel.results.model.index(0, 1))
    panel.results.tabs.setCurrentWidget(panel.results.map)  # the map's own tab, where it shows the area
    qtbot.wait(300)
    state = map_state(panel, qtbot)
    assert state["zoom"] > before and state["chosen"] == chosen  # zoomed, and the area stays outlined
    qtbot.wait(1700)
    assert map_state(panel, qtbot)["chosen"] == chosen
    with qtbot.waitSignal(panel.results.map.loadFinished, timeout=20000):
        panel.suggest()
    text = panel.results.sites.toPlainText()
    assert text.startswith("New sites for Case management within 20 km:\n1. ") and "adds" in text and "(BD20" in text
    assert "Case management within 20 km" in panel.status.text()  # which type and threshold the sites serve
    wait_loaded(panel, qtbot)
    state = map_state(panel, qtbot)
    assert state["sites"] >= 1
    assert state["mode"] == "uncovered" and state["bands"] is True  # the toggles survive a redraw
    assert panel.results.tabs.currentWidget() is panel.results.map
    qtbot.wait(800)
    panel.grab().save(str(SHOT))


def test_a_bad_threshold_is_shown_not_raised(panel):
    panel.types.set_within("case_management", "soon")
    panel.run()
    assert "give a distance or a time" in panel.status.text()
    assert "Case management" in panel.status.text()
    assert panel.results.outcomes == {}
    panel.types.set_checked(["case_management"], False)
    panel.run()
    assert "Tick at least one service type" in panel.status.text()


def test_the_safe_house_is_never_drawn(panel, qtbot):
    panel.types.set_checked(["case_management"], False)
    panel.types.set_checked(["safe_shelter"])
    panel.run()
    outcome = panel.results.outcomes["safe_shelter"]
    assert outcome.services == [] and outcome.bands["features"] == []
    text = outcome.page.read_text(encoding="utf-8")
    assert "Safe shelter\"" not in text and "21.5, " not in text and '"latitude": 21.5' not in text
    assert "Site 0" not in text


def test_cancel_between_types_keeps_the_types_done(qtbot, tmp_path, population, monkeypatch):
    """A real background run: cancelling during the second type stops it and skips the third."""
    import desktop.coverage.panel as module
    from desktop.coverage.panel import GapPanel

    project = small_project(tmp_path / "p.gpkg")
    panel = GapPanel(None)
    qtbot.addWidget(panel)
    panel.set_project(project)
    panel.population.setText(str(population))
    panel.types.set_checked(["safe_shelter", "education"])
    started_second, release = threading.Event(), threading.Event()
    real = module.gaps_with_page
    calls, saw_cancel = [], []

    def slow_second(request, text=None, *, progress, cancelled):
        calls.append(request.service_type)
        if len(calls) == 2:  # hold the second type until the user cancels
            started_second.set()
            release.wait(10)
            saw_cancel.append(cancelled())
        return real(request, text, progress=progress, cancelled=cancelled)

    monkeypatch.setattr(module, "gaps_with_page", slow_second)
    seen = []
    panel.runner.progressed.connect(lambda f, m: seen.append((panel.progress.value(), panel.progress.format())))
    panel.run()
    qtbot.waitUntil(started_second.is_set, timeout=30000)
    assert list(panel.results.outcomes) == ["case_management"]
    assert not panel.run_button.isEnabled() and panel.cancel_button.isEnabled()
    # progress per type: the first type fills the first third of the bar, and says which type it is
    assert seen and all(fmt.startswith("Case management (1/3): ") for _, fmt in seen)
    assert max(v for v, _ in seen) <= 34
    panel.cancel()
    release.set()
    qtbot.wait(1500)
    assert calls == ["case_management", "safe_shelter"]  # education never started
    assert saw_cancel == [True]
    assert list(panel.results.outcomes) == ["case_management"]  # the type done is kept
    assert "1 of 3" in panel.status.text()
    assert panel.run_button.isEnabled() and not panel.cancel_button.isEnabled()
    close_panel(panel, qtbot)
    project.close()


def test_cancel_within_a_type_stops_the_analysis_and_stores_nothing(tmp_path, population):
    from directory import analysis_store
    from directory.store import Project
    from directory.tasks import Cancelled
    from mapping.coverage.gap_view import gaps_with_page
    from mapping.coverage.request import GapsRequest

    small_project(tmp_path / "p.gpkg").close()
    checks = []

    def cancelled():
        checks.append(1)
        return len(checks) > 2  # the user cancels after the analysis has started

    with pytest.raises(Cancelled):
        gaps_with_page(GapsRequest(tmp_path / "p.gpkg", "case_management", population=population),
                       progress=lambda f, m: None, cancelled=cancelled)
    with Project.open(tmp_path / "p.gpkg") as project:
        assert analysis_store.runs(project) == []


def test_with_roads_the_bands_are_travel_times(panel, qtbot, tmp_path):
    """Roads given and the type's default in minutes: 0–30, 30–60, 60–120 min bands, and a road widens them."""
    import geopandas as gpd
    import shapely

    roads = gpd.GeoDataFrame({"highway": ["primary"]}, geometry=[shapely.LineString([(91.2, 21.5), (92.8, 21.5)])],
                             crs=4326)
    roads.to_file(tmp_path / "roads.gpkg", layer="roads", driver="GPKG")
    panel.roads.setText(str(tmp_path / "roads.gpkg"))
    panel.run()
    outcome = panel.results.outcomes["case_management"]
    assert str(outcome.result.threshold) == "60 min"  # the taxonomy's default, in minutes with roads
    labels = [f["properties"]["label"] for f in outcome.bands["features"]]
    assert labels == ["0–30 min", "30–60 min", "60–120 min"]
    # along the road, the 60-minute band reaches much further east-west than north-south
    within = shapely.union_all([shapely.geometry.shape(f["geometry"]) for f in outcome.bands["features"]
                                if f["properties"]["within"]])
    west, south, east, north = within.intersection(shapely.box(90, 21, 94, 22)).bounds  # the service on the road
    assert (east - west) > 3 * (north - south)
    assert panel.results.bands.text() == "Travel-time bands"
    wait_loaded(panel, qtbot)
    panel.results.bands.setChecked(True)
    qtbot.wait(200)
    assert "Travel time to the nearest service" in map_state(panel, qtbot)["legend"]


def test_only_the_within_column_is_typed_in(panel, qtbot):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QLineEdit

    types = panel.types
    item = types.topLevelItem(0)
    types.setFocus()
    types.editItem(item, 0)  # the type's name: no editor
    qtbot.wait(50)
    assert not isinstance(QApplication.focusWidget(), QLineEdit)
    types.editItem(item, 2)  # "Within": a line editor
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit), timeout=2000)
    editor = QApplication.focusWidget()
    qtbot.keyClicks(editor, "7km")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: types.chosen() == [("case_management", "7km")], timeout=2000)
    assert item.text(0) == "Case management"


def test_the_type_shown_exports_with_its_bands(panel, tmp_path):
    import geopandas as gpd
    import pyogrio
    import rasterio

    from mapping.coverage.gap_view import write_outcome

    panel.types.set_within("case_management", "20km")
    panel.run()
    assert panel.export_button.isEnabled()
    outcome = panel.results.outcome()
    gpkg = write_outcome(outcome, tmp_path / "gaps.gpkg", panel.project_path)
    layers = [name for name, _ in pyogrio.list_layers(gpkg)]
    assert layers == ["gaps", "catchments", "bands"]
    bands = gpd.read_file(gpkg, layer="bands")
    assert list(bands["label"]) == ["0–10 km", "10–20 km", "20–40 km"] and bands.crs.to_epsg() == 4326
    assert gpd.read_file(gpkg, layer="gaps")["pcode"].tolist() == [r["pcode"] for r in
                                                                     sorted(outcome.result.rows, key=lambda r: r["rank"])]
    tif = write_outcome(outcome, tmp_path / "km.tif", panel.project_path)
    with rasterio.open(tif) as src:
        assert src.shape == outcome.result.grid.shape and src.tags()["unit"] == "km"
    xlsx = write_outcome(outcome, tmp_path / "gaps.xlsx", panel.project_path)
    assert xlsx.stat().st_size > 0


def test_spread_by_land_cover_and_walking_speed_reach_the_analysis(panel, tmp_path):
    """The panel offers what the command line does: a raster to place a table's people, land cover, walking speed."""
    import numpy as np
    import rasterio
    from rasterio.transform import from_origin

    people = np.zeros((40, 40), dtype="float32")
    people[29:31, 19:21] = 5.0  # everyone by the Cox's Bazar service (21.5° N, 92.0° E)
    people[9:11, 19:21] = 5.0  # and by the Rangamati one (22.5° N)
    cover = np.full((40, 40), 10, dtype="uint8")  # ESA WorldCover 10: tree cover, 3 km/h
    paths = {}
    for name, data in (("people", people), ("cover", cover)):
        paths[name] = tmp_path / f"{name}.tif"
        with rasterio.open(paths[name], "w", driver="GTiff", width=40, height=40, count=1, dtype=data.dtype,
                           crs="EPSG:4326", transform=from_origin(91.0, 23.0, 0.05, 0.05)) as dst:
            dst.write(data, 1)
    panel.spread.setText(str(paths["people"]))
    panel.landcover.setText(str(paths["cover"]))
    panel.walking.setValue(4.0)
    [request] = panel.plan()
    assert (request.spread_by, request.landcover, request.walking_speed) == (paths["people"], paths["cover"], 4.0)
    panel.run()
    result = panel.results.outcomes["case_management"].result
    assert str(result.threshold) == "60 min"  # land cover means travel time
    notes = " ".join(result.notes)
    assert "people.tif" in notes and "cover.tif" in notes
    by_code = {r["pcode"]: r for r in result.rows}
    # spread evenly, about 0.1% of the district would be within 3 km (tree cover) of its service
    assert by_code["BD2022"]["pct_covered"] > 10  # the people live by the service, as the raster says
    panel.walking.setValue(5.0)
    assert panel.plan()[0].walking_speed is None  # the default is left to the analysis


def test_the_legend_folds_on_the_docked_map_and_opens_on_a_big_one(qtbot, tmp_path, population):
    """Docked beside the main map on a 1366×768 laptop, the gap map is about 590×390: its legend stayed
    open (it folded only under 560×360) and covered about 40% of the map. Real worker threads."""
    from desktop.coverage.panel import GapPanel

    project = small_project(tmp_path / "p.gpkg")
    panel = GapPanel(None, synchronous=False)
    panel.set_project(project)
    panel.population.setText(str(population))
    panel.resize(610, 700)
    panel.show()
    try:
        panel.run()
        qtbot.waitUntil(lambda: not panel.runner.running and "case_management" in panel.results.outcomes, timeout=120000)
        wait_loaded(panel, qtbot)
        panel.results.tabs.setCurrentWidget(panel.results.map)
        qtbot.wait(500)
        size = panel.results.map.size()
        assert size.width() > 560 and size.height() > 360  # a map the old rule left unfolded
        with qtbot.waitSignal(panel.results.map.loadFinished, timeout=120000):
            panel.suggest()  # the map drawn again with the sites, in its visible tab
        wait_loaded(panel, qtbot)
        qtbot.wait(500)
        qtbot.waitUntil(lambda: map_state(panel, qtbot)["folded"] is True, timeout=10000)
        panel.resize(1400, 1400)  # the panel floated and enlarged: room for the legend
        qtbot.waitUntil(lambda: map_state(panel, qtbot)["folded"] is False, timeout=10000)
    finally:
        close_panel(panel, qtbot)
        project.close()


# --- a project that keeps no population (tryout finding 18) ----------------------------------------------


def _threaded_panel(qtbot, project):
    from desktop.coverage.panel import GapPanel

    widget = GapPanel(None)  # its real worker thread
    assert not widget.runner.synchronous
    qtbot.addWidget(widget)
    widget.set_project(project)
    widget.resize(900, 900)
    widget.show()
    return widget


def test_without_a_population_the_analysis_says_it_did_not_start_and_where_to_find_one(qtbot, tmp_path):
    """The panel said "Stopped – 0%" and "give a COD-PS table … this project keeps none": the run never
    started, and a planner does not know what a COD-PS table is or where it comes from."""
    project = small_project(tmp_path / "p.gpkg")
    panel = _threaded_panel(qtbot, project)
    try:
        assert panel.population.text() == ""
        panel.run()
        qtbot.wait(200)
        assert not panel.runner.running and panel.results.outcomes == {}
        assert panel.progress.text() == "Not started" and "Stopped" not in panel.progress.text()
        text = panel.status.text()
        assert text.startswith("Not started: gaps are counted in people, and this project has no population figures.")
        assert "subnational population statistics (COD-PS)" in text and "HDX" in text
        assert panel.run_button.isEnabled() and not panel.cancel_button.isEnabled()
        panel.grab().save(str(tmp_path / "no-population.png"))
    finally:
        close_panel(panel, qtbot)
        project.close()


def test_a_population_gone_since_the_panel_opened_is_told_the_same_way(qtbot, tmp_path, population):
    """The project kept a population when the panel opened, but not when the worker looks for it."""
    from directory import input_store

    project = small_project(tmp_path / "p.gpkg")
    with project.change("test", "keep the population"):
        input_store.keep(project, "population", population, "test figures")
    panel = _threaded_panel(qtbot, project)
    try:
        assert "test figures" in panel.population.placeholderText()
        with project.change("test", "drop the population"):
            project.connection.execute("DELETE FROM sm_inputs WHERE name = 'population'")
        panel.run()
        qtbot.waitUntil(lambda: not panel.runner.running and panel.status.text().startswith("Not started"),
                        timeout=30000)
        assert panel.progress.text() == "Not started"
        assert "HDX" in panel.status.text() and panel.results.outcomes == {}
    finally:
        close_panel(panel, qtbot)
        project.close()


def test_a_run_that_had_started_still_says_stopped(qtbot, tmp_path, population):
    """An analysis that fails half-way (a second type, after the first was done) is "Stopped", with its %."""
    from directory.tasks import InvalidRequest

    project = small_project(tmp_path / "p.gpkg")
    panel = _threaded_panel(qtbot, project)
    try:
        panel._finished, panel._planned = 1, 2
        panel._show_progress(0.5, "")
        panel._failed(InvalidRequest("roads", "the file is not there.", "roads.gpkg"))
        assert panel.progress.text() == "Stopped – 50%"
        assert panel.status.text() == "Roads roads.gpkg: the file is not there."
    finally:
        close_panel(panel, qtbot)
        project.close()
