"""The coverage-gap panel: choose a service type, a threshold and a population; see the gaps.

The analysis runs in the background (:class:`desktop.worker.TaskRunner`) with progress and
cancel. Results show as a sortable table of areas and an offline choropleth map; clicking an
area zooms both maps to it. "Suggest sites" adds the best new sites, with what each adds.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer, QUrl, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWebEngineWidgets import QWebEngineView
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QComboBox, QDockWidget, QFileDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QMessageBox, QPlainTextEdit, QProgressBar, QPushButton, QSpinBox, QTableView, QTabWidget, QVBoxLayout, QWidget,
)

from desktop.analysis_panel_task import GapParams, run_gap_task, suggest_task
from desktop.worker import TaskRunner

TABLE_COLUMNS = ["rank", "pcode", "name", "analysed", "covered", "uncovered", "pct_covered", "services", "median",
                 "worst", "nearest", "nearest_service"]


class GapPanel(QWidget):
    """Runs gap analyses on the open project and shows their results."""

    def __init__(self, window=None, *, synchronous: bool = False):
        super().__init__()
        self.main_window = window
        self.project_path: Path | None = None
        self.outcome = None
        self.runner = TaskRunner(self, synchronous=synchronous)
        self.runner.progressed.connect(self._progress)
        self.runner.runningChanged.connect(self._running)

        self.service_type = QComboBox(self)
        self.within = QLineEdit(self)
        self.within.setPlaceholderText(self.tr("default of the type, e.g. 10km or 60min"))
        self.level = QComboBox(self)
        self.population = QLineEdit(self)
        self.population.setPlaceholderText(self.tr("COD-PS table (.csv/.xlsx) or raster (.tif)"))
        pop_browse = QPushButton(self.tr("Browse…"), self)
        pop_browse.clicked.connect(lambda: self._browse(self.population, "Population (*.csv *.xlsx *.tif *.tiff)"))
        self.roads = QLineEdit(self)
        self.roads.setPlaceholderText(self.tr("optional: road lines, for travel time"))
        roads_browse = QPushButton(self.tr("Browse…"), self)
        roads_browse.clicked.connect(lambda: self._browse(self.roads, "Roads (*.gpkg *.geojson *.shp)"))
        self.capacity = QCheckBox(self.tr("Limit each service to its capacity"), self)
        self.run_button = QPushButton(self.tr("Find gaps"), self)
        self.run_button.clicked.connect(self.run)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.setEnabled(False)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 100)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.notes = QPlainTextEdit(self)
        self.notes.setReadOnly(True)
        self.notes.setMaximumHeight(90)

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

        self.model = QStandardItemModel(0, len(TABLE_COLUMNS), self)
        self.model.setHorizontalHeaderLabels(TABLE_COLUMNS)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.clicked.connect(self._area_clicked)
        self.sites = QPlainTextEdit(self)
        self.sites.setReadOnly(True)
        self.map = QWebEngineView(self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.table, self.tr("Gaps by area"))
        self.tabs.addTab(self.map, self.tr("Map"))
        self.tabs.addTab(self.sites, self.tr("Suggested sites"))
        # Leaflet cannot fit a page laid out in a hidden tab: fit it when it shows, and when it loads.
        self.tabs.currentChanged.connect(lambda _i: QTimer.singleShot(100, self._fit_map))
        self.map.loadFinished.connect(lambda _ok: QTimer.singleShot(100, self._fit_map))

        form = QFormLayout()
        form.addRow(self.tr("Service type"), self.service_type)
        form.addRow(self.tr("Within"), self.within)
        form.addRow(self.tr("Admin level"), self.level)
        row = QHBoxLayout()
        row.addWidget(self.population, 1)
        row.addWidget(pop_browse)
        form.addRow(self.tr("Population"), row)
        row = QHBoxLayout()
        row.addWidget(self.roads, 1)
        row.addWidget(roads_browse)
        form.addRow(self.tr("Roads"), row)
        form.addRow("", self.capacity)
        buttons = QHBoxLayout()
        buttons.addWidget(self.run_button)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.progress, 1)
        suggest_row = QHBoxLayout()
        suggest_row.addWidget(QLabel(self.tr("New sites"), self))
        suggest_row.addWidget(self.add)
        suggest_row.addWidget(self.candidates)
        suggest_row.addWidget(self.method)
        suggest_row.addWidget(self.suggest_button)
        suggest_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addWidget(self.notes)
        layout.addLayout(suggest_row)
        layout.addWidget(self.tabs, 1)
        if window is not None:
            window.projectChanged.connect(self.set_project)
            self.set_project(window.project)

    # --- the project ------------------------------------------------------------

    def set_project(self, project) -> None:
        from directory.taxonomy import Taxonomy, default_taxonomy

        self.runner.cancel()
        self.project_path = Path(project.path) if project is not None else None
        self.setEnabled(project is not None)
        self.service_type.clear()
        self.level.clear()
        if project is None:
            return
        tax = project.taxonomy_dict()
        taxonomy = Taxonomy.from_dict(tax) if tax else default_taxonomy()
        for t in taxonomy:
            self.service_type.addItem(f"{t.label()} ({t.threshold_km:g} km / {t.threshold_minutes:g} min)", t.code)
        for level, name in project.admin_level_names().items():
            self.level.addItem(f"{level} {name}", level)
        self.level.setCurrentIndex(self.level.count() - 1)

    def _browse(self, edit: QLineEdit, filter_: str) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a file"), "", filter_)
        if path:
            edit.setText(path)

    # --- running ----------------------------------------------------------------

    def params(self) -> GapParams:
        return GapParams(self.service_type.currentData(), self.within.text(), self.level.currentData(),
                         self.population.text().strip() or None, self.roads.text().strip() or None,
                         self.capacity.isChecked())

    def run(self) -> None:
        if self.project_path is None:
            return
        self.status.setText(self.tr("Running…"))
        self.outcome = None
        self.runner.start(run_gap_task, self.project_path, self.params(), on_done=self._done, on_error=self._failed)

    def suggest(self) -> None:
        if self.outcome is None:
            return
        self.runner.start(suggest_task, self.project_path, self.outcome, self.add.value(), self.method.currentData(),
                          self.roads.text().strip() or None, self.candidates.currentData(), on_done=self._suggested, on_error=self._failed)

    def cancel(self) -> None:
        self.runner.cancel()
        self.status.setText(self.tr("Cancelled."))

    def _progress(self, fraction: float, message: str) -> None:
        self.progress.setValue(int(fraction * 100))
        self.progress.setFormat(f"{message} – %p%" if message else "%p%")

    def _running(self, running: bool) -> None:
        self.run_button.setEnabled(not running)
        self.cancel_button.setEnabled(running)
        self.suggest_button.setEnabled(not running and self.outcome is not None)
        if not running:
            self.progress.setValue(0)
            self.progress.setFormat("%p%")

    def _failed(self, exc: BaseException) -> None:
        from directory.errors import UserFacingError

        self.status.setText(str(exc))
        if not isinstance(exc, UserFacingError):
            QMessageBox.warning(self, self.tr("Gap analysis"), self.tr("The analysis failed: %s") % exc)

    def _done(self, outcome) -> None:
        self.outcome = outcome
        result = outcome.result
        t = result.totals()
        pct = 100 * t["covered"] / t["analysed"] if t["analysed"] else 0
        kind = result.population_kind
        self.status.setText(self.tr("%s in scope: %s — covered: %s (%s%%) — beyond %s: %s") % (
            kind.capitalize(), f"{t['analysed']:,}", f"{t['covered']:,}", f"{pct:.1f}", result.threshold,
            f"{t['uncovered']:,}"))
        self.notes.setPlainText("\n".join(result.notes))
        self._fill_table(result.rows)
        self.map.load(QUrl.fromLocalFile(str(outcome.page)))
        self.suggest_button.setEnabled(True)

    def _suggested(self, outcome) -> None:
        self.outcome = outcome
        kind = outcome.result.population_kind
        lines = [f"{s['pick']}. {s['name']}: adds {s['adds']:,} {kind} (total {s['cumulative']:,})" for s in outcome.sites]
        self.sites.setPlainText("\n".join(lines) or self.tr("No site would cover anyone new."))
        self.map.load(QUrl.fromLocalFile(str(outcome.page)))
        self.tabs.setCurrentWidget(self.sites)

    def _fill_table(self, rows: list[dict]) -> None:
        self.table.setSortingEnabled(False)
        self.model.removeRows(0, self.model.rowCount())
        for r in rows:
            items = []
            for col in TABLE_COLUMNS:
                value = r.get(col)
                item = QStandardItem()
                item.setData("" if value is None else value, Qt.ItemDataRole.DisplayRole)
                items.append(item)
            self.model.appendRow(items)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.resizeColumnsToContents()

    def _fit_map(self) -> None:
        if self.tabs.currentWidget() is self.map:
            self.map.page().runJavaScript("typeof fitAll === 'function' && fitAll()")

    def _area_clicked(self, index) -> None:
        pcode = self.model.item(index.row(), TABLE_COLUMNS.index("pcode")).text()
        self.map.page().runJavaScript(f"zoomTo({pcode!r})")
        if self.main_window is not None and getattr(self.main_window, "map_view", None) is not None and self.main_window.project:
            from mapping.coverage.overlay import bounds_of

            areas, polys = self.main_window.project.admin_geometries(self.outcome.result.level)
            for a, p in zip(areas, polys):
                if a.pcode == pcode:
                    self.main_window.map_view.fit_bounds(*bounds_of(p))
                    break

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        self.runner.cancel()
        super().closeEvent(event)


def open_analysis_panel(window) -> QDockWidget:
    # The window is the MainWindow: its tr() context, written out so that pyside6-lupdate sees it.
    title = QCoreApplication.translate("MainWindow", "Coverage gaps") if window is not None else "Coverage gaps"
    dock = QDockWidget(title, window)
    dock.setObjectName("coverage_gaps")
    dock.setWidget(GapPanel(window))
    return dock
