"""The coverage-gap panel: choose service types, thresholds and a population; see the gaps.

The ticked types are analysed one after another in the background (:class:`desktop.worker.TaskRunner`,
one task per type), with progress per type and cancel: cancelling stops the type being
analysed and skips the rest, and keeps the types already done. Results show in
:class:`desktop.coverage.results.GapResults`: an overview per type, a sortable table of
areas above an offline map (choropleth by % covered or by children out of reach, distance or
travel-time bands). Clicking an area zooms both maps to it. "Suggest sites" adds the best
new sites for the type shown, with what each adds.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.coverage.inputs import GapInputs
from desktop.coverage.results import GapResults, page_text
from desktop.coverage.type_list import ServiceTypeList
from desktop.coverage.words import problem_in_words
from desktop.curation.warnings_bar import WarningsBar
from desktop.window.small_screen import scrolling
from desktop.worker import TaskRunner
from mapping.coverage.gap_view import gaps_with_page, suggest_with_page
from mapping.coverage.request import GapsRequest, SuggestRequest

#: The type ticked when a project opens.
FIRST_TYPE = "case_management"


class GapPanel(QWidget):
    """Runs gap analyses on the open project and shows their results."""

    def __init__(self, window=None, *, synchronous: bool = False):
        super().__init__()
        self.main_window = window
        self.project_path: Path | None = None
        self.runner = TaskRunner(self, synchronous=synchronous)
        self.runner.progressed.connect(self._progress)
        self.runner.runningChanged.connect(self._running)
        self._queue: list[GapsRequest] = []
        self._planned = 0  # types in this run
        self._finished = 0  # types done in this run
        self._current: GapsRequest | None = None
        self._keeps_population = False  # whether the open project keeps a population of its own

        self.types = ServiceTypeList(self)
        self.inputs = GapInputs(self)
        # the fields, by name, for the panel's own use and for tests
        i = self.inputs
        self.level, self.population, self.spread, self.roads = i.level, i.population, i.spread, i.roads
        self.landcover, self.walking, self.capacity = i.landcover, i.walking, i.capacity
        self.run_button = QPushButton(self.tr("Find gaps"), self)
        self.run_button.clicked.connect(self.run)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.setEnabled(False)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 100)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.warnings = WarningsBar(window, self)

        self.add = QSpinBox(self)
        self.add.setRange(1, 50)
        self.add.setValue(3)
        self.method = QComboBox(self)
        self.method.addItem(self.tr("Greedy (fast)"), "greedy")
        self.method.addItem(self.tr("Exact (MCLP)"), "exact")
        self.candidates = QComboBox(self)
        self.candidates.addItem(self.tr("among grid cells"), "grid")
        self.candidates.addItem(self.tr("at area centres"), "areas")
        self.suggest_button = QPushButton(self.tr("Suggest sites"), self)
        self.suggest_button.clicked.connect(self.suggest)
        self.suggest_button.setEnabled(False)
        self.export_button = QPushButton(self.tr("Export…"), self)
        self.export_button.setToolTip(self.tr("Save the type shown: its table (.xlsx, .csv), a GeoPackage with "
                                              "areas, catchments and bands, or its raster (.tif)"))
        self.export_button.clicked.connect(self.export)
        self.export_button.setEnabled(False)

        self.results = GapResults(self)
        self.results.areaClicked.connect(self._zoom_main_map)
        self.results.typeShown.connect(lambda _code: self._running(self.runner.running))

        # Two tabs, so that each has the dock's full height on a laptop: what to analyse (scrolling
        # when the screen is short), and the results. Progress and messages stay in sight below.
        analyse = QWidget(self)
        column = QVBoxLayout(analyse)
        column.addWidget(self.types, 1)
        column.addWidget(self.inputs)
        run_row = QHBoxLayout()
        run_row.addStretch(1)
        run_row.addWidget(self.run_button)
        column.addLayout(run_row)

        # Suggesting sites is done from the "Suggested sites" tab, above its list; Export… saves the type shown.
        suggest_row = QHBoxLayout()
        new_sites = QLabel(self.tr("New sites"), self)
        new_sites.setBuddy(self.add)
        for widget in (new_sites, self.add, self.candidates, self.method):
            suggest_row.addWidget(widget)
        suggest_row.addStretch(1)
        suggest_button_row = QHBoxLayout()
        suggest_button_row.addWidget(self.suggest_button)
        suggest_button_row.addStretch(1)
        sites_column = self.results.sites_page.layout()
        sites_column.insertLayout(0, suggest_button_row)
        sites_column.insertLayout(0, suggest_row)
        self.results.top.addWidget(self.export_button)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(scrolling(analyse, self), self.tr("Analyse"))
        self.tabs.addTab(self.results, self.tr("Results"))
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.warnings)
        layout.addLayout(progress_row)
        layout.addWidget(self.status)
        if window is not None:
            window.projectChanged.connect(self.set_project)
            self.set_project(window.project)

    # --- the project ------------------------------------------------------------

    def set_project(self, project) -> None:
        from directory.taxonomy import Taxonomy, default_taxonomy

        self.cancel()
        self.status.clear()
        self.warnings.show_warnings([])
        self.results.clear()
        self.project_path = Path(project.path) if project is not None else None
        self.setEnabled(project is not None)
        self.level.clear()
        self.types.clear()
        if project is None:
            return
        from desktop.window.panels import language_for
        from directory import input_store

        tax = project.taxonomy_dict()
        lang = language_for(self.main_window)  # the types named as the rest of the interface names them
        self.types.set_taxonomy(Taxonomy.from_dict(tax) if tax else default_taxonomy(), lang)
        self.types.set_checked([FIRST_TYPE])
        from desktop.window.panels import level_names_for

        # the levels named as the map's layer list names them ("Distrito"), not as stored ("District")
        self.inputs.set_levels(level_names := level_names_for(project, self.main_window))
        areas = project.admin_areas()
        names = {a.pcode: a.name for a in areas}
        self.results.parents = {a.pcode: names[a.parent_pcode] for a in areas if a.parent_pcode in names}
        self.results.level_names = level_names
        kept = input_store.stored(project, "population")
        self._keeps_population = kept is not None
        self.inputs.set_stored_population(kept.label if kept else None)

    # --- running ----------------------------------------------------------------

    def plan(self) -> list[GapsRequest]:
        """One analysis per ticked type; a type that cannot run raises a UserFacingError in the panel's words."""
        from directory.errors import UserFacingError
        from directory.tasks import InvalidRequest

        if not self._keeps_population and not self.population.text().strip() and self.types.chosen():
            raise UserFacingError(self.no_population())
        plan = []
        for code, within in self.types.chosen():
            request = self.inputs.request(self.project_path, code, within)
            try:
                request.validate()
            except InvalidRequest as exc:
                raise UserFacingError(self._in_words(exc, code)) from None
            plan.append(request)
        return plan

    def run(self) -> None:
        from directory.errors import UserFacingError

        if self.project_path is None:
            return
        try:
            plan = self.plan()
        except UserFacingError as exc:
            self._not_started(str(exc))
            return
        if not plan:
            self.status.setText(self.tr("Tick at least one service type."))
            return
        self.runner.cancel()
        self.results.clear()
        self.warn(plan)
        self._queue, self._planned, self._finished = plan, len(plan), 0
        self._show_progress(0, "")
        self._start_next()

    def warn(self, plan: list[GapsRequest]) -> None:
        """What can make these analyses quietly wrong: services without a type, areas with nothing verified."""
        from desktop.window.panels import opened_project
        from directory.checks import find_warnings

        window = self.main_window
        opened = opened_project(window) if getattr(window, "project", None) is not None else opened_project(
            None, str(self.project_path))
        with opened as project:
            level = plan[0].level if plan[0].level is not None else max(project.admin_levels(), default=None)
            found = find_warnings(project, service_types=[r.service_type for r in plan], areas=plan[0].scope or None,
                                  level=level, listing=getattr(window, "listing", None))
        self.warnings.show_warnings(found, self.types.label)

    def _start_next(self) -> None:
        if not self._queue:
            self._current = None
            self.status.setText(self.tr("Done: %n service type(s) analysed.", "", self._finished))
            self._show_progress(1.0, self.tr("Done"))
            return
        self._current = self._queue.pop(0)
        self.status.setText(self.tr("Analysing %1 (%2 of %3)…").replace("%1", self.types.label(self._current.service_type))
                            .replace("%2", str(self._finished + 1)).replace("%3", str(self._planned)))
        self.runner.start(gaps_with_page, self._current, page_text(), on_done=self._done, on_error=self._failed)

    def suggest(self) -> None:
        outcome = self.results.outcome()
        if outcome is None or self.runner.running:
            return
        self._queue, self._current = [], None
        self._show_progress(0, "")
        self.status.setText(self.tr("Suggesting sites for %1 within %2…").replace(
            "%1", self.types.label(outcome.result.service_type)).replace("%2", str(outcome.result.threshold)))
        request = SuggestRequest(outcome.request, self.add.value(), self.candidates.currentData(),
                                 self.method.currentData())
        self.runner.start(suggest_with_page, request, outcome, on_done=self._suggested, on_error=self._failed)

    def export(self) -> None:
        from desktop.coverage.export import export_dialog

        outcome = self.results.outcome()
        if outcome is None:
            return
        shown = self.results
        parents = {r["pcode"]: shown.parents[r["pcode"]] for r in outcome.result.rows if r["pcode"] in shown.parents}
        if (path := export_dialog(self, outcome, self.project_path, self.types.label(outcome.result.service_type),
                                  parents, shown.level_names.get(outcome.result.level - 1, ""))) is not None:
            self.status.setText(self.tr("Saved %s") % path)

    def cancel(self) -> None:
        if not self.runner.running:
            return
        skipped = len(self._queue) + (1 if self._current else 0)
        self._queue, self._current = [], None
        self.runner.cancel()
        self._running(False)
        self.progress.setFormat(self.tr("Cancelled") + " – %p%")
        self.status.setText(self.tr("Cancelled. %1 of %2 service type(s) done; the results so far are kept.")
                            .replace("%1", str(self._finished)).replace("%2", str(self._finished + skipped))
                            if skipped else self.tr("Cancelled."))

    def _progress(self, fraction: float, message: str) -> None:
        if self._current is not None and self._planned:
            overall = (self._finished + fraction) / self._planned
            label = f"{self.types.label(self._current.service_type)} ({self._finished + 1}/{self._planned})"
            message = f"{label}: {message}" if message else label
        else:
            overall = fraction
        self._show_progress(overall, message)

    def _show_progress(self, fraction: float, message: str) -> None:
        self.progress.setValue(round(fraction * 100))
        self.progress.setFormat(f"{message} – %p%" if message else "%p%")

    def _running(self, running: bool) -> None:
        busy = running or bool(self._queue)
        self.run_button.setEnabled(not busy)
        self.cancel_button.setEnabled(busy)
        self.suggest_button.setEnabled(not busy and self.results.outcome() is not None)
        self.export_button.setEnabled(self.results.outcome() is not None)

    def no_population(self) -> str:
        """Why an analysis cannot start on a project without population, and where to find one."""
        return self.tr("Not started: gaps are counted in people, and this project has no population figures. "
                       "Under “Population”, choose a table of the number of people in each area (.csv or .xlsx) "
                       "or a population map (.tif). Tables for most countries are OCHA's subnational population "
                       "statistics (COD-PS), free to download from HDX: data.humdata.org.")

    def _not_started(self, message: str) -> None:
        """Say why nothing was analysed: the bar shows no progress, not "Stopped – 0%"."""
        self.progress.setValue(0)
        self.progress.setFormat(self.tr("Not started"))
        self.status.setText(message)

    def _failed(self, exc: BaseException) -> None:
        from directory.errors import UserFacingError
        from directory.tasks import InvalidRequest
        from mapping.coverage.request import NO_POPULATION

        code = self._current.service_type if self._current else None
        started = self._finished > 0 or self.progress.value() > 0
        self._queue, self._current = [], None
        self._running(False)
        if isinstance(exc, InvalidRequest) and exc.field == "population" and exc.problem == NO_POPULATION:
            message = self.no_population()  # the project's population went while the panel was open
        elif isinstance(exc, InvalidRequest):
            message = self._in_words(exc, code)
        else:
            text = problem_in_words(str(exc))
            message = f"{self.types.label(code)}: {text}" if code else text
        if started:
            self.progress.setFormat(self.tr("Stopped") + " – %p%")
            self.status.setText(message)
        else:
            self._not_started(message)
        if not isinstance(exc, UserFacingError):
            QMessageBox.warning(self, self.tr("Gap analysis"), self.tr("The analysis failed: %s") % message)

    def _in_words(self, exc, code: str | None) -> str:
        """A request's problem in this panel's words ("Population: give a population …")."""
        from directory.tasks import InvalidRequest

        text = InvalidRequest(exc.field, problem_in_words(exc.problem), exc.value).describe(self.inputs.label)
        return f"{self.types.label(code)}: {text}" if code else text

    def _done(self, outcome) -> None:
        self._finished += 1
        if not self.results.outcomes:
            self.tabs.setCurrentIndex(1)  # the first result: show it
        self.results.add(outcome, self.types.label(outcome.result.service_type))
        self._start_next()
        self._running(self.runner.running)

    def _suggested(self, outcome) -> None:
        self._show_progress(1.0, self.tr("Done"))
        served = self.tr("%1 within %2").replace("%1", self.types.label(outcome.result.service_type)).replace(
            "%2", str(outcome.result.threshold))
        self.status.setText(self.tr("Suggested %n site(s) for %1: numbered on the map, listed under “Suggested sites”.",
                                    "", len(outcome.sites)).replace("%1", served) if outcome.sites
                            else self.tr("No new %1 site would cover anyone new.").replace("%1", served))
        self.results.update_sites(outcome, served)

    def _zoom_main_map(self, pcode: str) -> None:
        window = self.main_window
        outcome = self.results.outcome()
        if window is None or getattr(window, "map_view", None) is None or not window.project or outcome is None:
            return
        import json

        import shapely

        areas, polys = window.project.admin_geometries(outcome.result.level)
        for a, p in zip(areas, polys):
            if a.pcode == pcode:  # outlined on the main map too, which fits itself to it
                window.map_view.outline_area(json.loads(shapely.to_geojson(shapely.simplify(p, 0.001))))
                break

    def closeEvent(self, event) -> None:
        self.runner.cancel()
        super().closeEvent(event)


def open_analysis_panel(window) -> QDockWidget:
    # The window is the MainWindow: its tr() context, written out so that pyside6-lupdate sees it.
    title = QCoreApplication.translate("MainWindow", "Coverage gaps") if window is not None else "Coverage gaps"
    dock = QDockWidget(title, window)
    dock.setObjectName("coverage_gaps")
    dock.setWidget(GapPanel(window))
    return dock
