"""The analysis panel's results: one result per service type, an overview, the gap table and the map.

A "Showing" list switches between the types analysed. The map colours areas by % covered
or by the children out of reach (a toggle; the page's legend says which) and can show the
distance or travel-time bands. Clicking an area in the table zooms the map to it and emits
:attr:`GapResults.areaClicked` so the main window's map can follow.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWebEngineWidgets import QWebEngineView
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QSplitter,
    QStyledItemDelegate,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

TABLE_COLUMNS = ["rank", "pcode", "name", "analysed", "covered", "uncovered", "pct_covered", "services", "median",
                 "worst", "nearest", "nearest_service"]


def page_text() -> dict[str, str]:
    """The map page's words, translated ({kind} and {within} are filled in by the page writer)."""
    return {
        "pct_title": QCoreApplication.translate("GapResults", "% of {kind} within {within}"),
        "uncovered_title": QCoreApplication.translate("GapResults", "{Kind} beyond {within}"),
        "bands_km": QCoreApplication.translate("GapResults", "Distance to the nearest service"),
        "bands_min": QCoreApplication.translate("GapResults", "Travel time to the nearest service"),
        "no_population": QCoreApplication.translate("GapResults", "no population"),
        "covered": QCoreApplication.translate("GapResults", "covered"),
        "beyond": QCoreApplication.translate("GapResults", "beyond the threshold"),
        "rank": QCoreApplication.translate("GapResults", "rank"),
        "services": QCoreApplication.translate("GapResults", "Services of this type (confidential ones are not shown)"),
        "site": QCoreApplication.translate("GapResults", "Suggested site"),
        "adds": QCoreApplication.translate("GapResults", "adds"),
        "children": QCoreApplication.translate("GapResults", "children"),
        "people": QCoreApplication.translate("GapResults", "people"),
    }


def _items(values) -> list[QStandardItem]:
    out = []
    for value in values:
        item = QStandardItem()
        item.setData("" if value is None else value, Qt.ItemDataRole.DisplayRole)
        out.append(item)
    return out


class _Numbers(QStyledItemDelegate):
    """Whole numbers with the user's thousands separator; the model keeps numbers, so sorting stays numeric."""

    def displayText(self, value, locale):
        if isinstance(value, int) and not isinstance(value, bool):
            return QLocale().toString(value)
        return super().displayText(value, locale)


def _table(model: QStandardItemModel, parent) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)
    view.setItemDelegate(_Numbers(view))
    view.setSortingEnabled(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    return view


class GapResults(QWidget):
    """Shows the outcomes of one run of several service types."""

    areaClicked = Signal(str)  # a P-code
    typeShown = Signal(str)  # a service type code

    def __init__(self, parent=None):
        super().__init__(parent)
        self.outcomes: dict[str, object] = {}  # code → desktop.coverage.task.GapOutcome
        self.labels: dict[str, str] = {}
        self.current: str | None = None
        self.showing = QComboBox(self)
        self.showing.currentIndexChanged.connect(lambda _i: self.show_type(self.showing.currentData()))
        self.by_pct = QRadioButton(self.tr("% covered"), self)
        self.by_uncovered = QRadioButton(self.tr("Children out of reach"), self)
        self.by_pct.setChecked(True)
        self._modes = QButtonGroup(self)
        self._modes.addButton(self.by_pct)
        self._modes.addButton(self.by_uncovered)
        self._modes.buttonToggled.connect(lambda _b, on: on and self._apply_map_options())
        self.bands = QCheckBox(self.tr("Distance / travel-time bands"), self)
        self.bands.toggled.connect(lambda _on: self._apply_map_options())
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)

        self.overview_model = QStandardItemModel(0, 6, self)
        self.overview_model.setHorizontalHeaderLabels([
            self.tr("Service type"), self.tr("Within"), self.tr("In scope"), self.tr("Covered"), self.tr("% covered"),
            self.tr("Beyond")])
        self.overview = _table(self.overview_model, self)
        self.overview.clicked.connect(self._overview_clicked)
        self.model = QStandardItemModel(0, len(TABLE_COLUMNS), self)
        self.model.setHorizontalHeaderLabels(TABLE_COLUMNS)
        self.table = _table(self.model, self)
        self.table.clicked.connect(self._area_clicked)
        self.map = QWebEngineView(self)
        self.sites = QPlainTextEdit(self)
        self.sites.setReadOnly(True)
        self.notes = QPlainTextEdit(self)
        self.notes.setReadOnly(True)
        # the table above the map, so that a click on an area zooms a map the user can see
        self.gaps_view = QSplitter(Qt.Orientation.Vertical, self)
        self.gaps_view.addWidget(self.table)
        self.gaps_view.addWidget(self.map)
        self.table.setMinimumHeight(90)
        self.map.setMinimumHeight(220)
        self.gaps_view.setChildrenCollapsible(False)
        self.gaps_view.setSizes([260, 520])  # kept in proportion when the panel is laid out
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.gaps_view, self.tr("Gaps and map"))
        self.tabs.addTab(self.overview, self.tr("Overview"))
        self.tabs.addTab(self.sites, self.tr("Suggested sites"))
        self.tabs.addTab(self.notes, self.tr("Notes"))
        # Leaflet cannot fit a page laid out in a hidden tab: fit it when it shows, and when it loads.
        self.tabs.currentChanged.connect(lambda _i: QTimer.singleShot(100, self._fit_map))
        self.map.loadFinished.connect(self._loaded)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Showing"), self))
        top.addWidget(self.showing, 1)
        options = QHBoxLayout()
        options.addWidget(QLabel(self.tr("Colour areas by"), self))
        options.addWidget(self.by_pct)
        options.addWidget(self.by_uncovered)
        options.addStretch(1)
        options.addWidget(self.bands)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addLayout(options)
        layout.addWidget(self.tabs, 1)

    # --- filling -------------------------------------------------------------------

    def clear(self) -> None:
        self.outcomes.clear()
        self.labels.clear()
        self.current = None
        self.showing.blockSignals(True)
        self.showing.clear()
        self.showing.blockSignals(False)
        self.overview_model.removeRows(0, self.overview_model.rowCount())
        self.model.removeRows(0, self.model.rowCount())
        self.summary.clear()
        self.sites.clear()
        self.notes.clear()

    def add(self, outcome, label: str) -> None:
        """Add (or replace) one type's outcome and show it."""
        code = outcome.result.service_type
        self.outcomes[code] = outcome
        self.labels[code] = label
        if self.showing.findData(code) < 0:
            self.showing.addItem(f"{label} — {outcome.result.threshold}", code)
        self._fill_overview()
        self.showing.setCurrentIndex(self.showing.findData(code))
        self.show_type(code, reload=True)

    def update_sites(self, outcome) -> None:
        """A type's outcome with suggested sites: keep it and show its map."""
        self.outcomes[outcome.result.service_type] = outcome
        self.show_type(outcome.result.service_type, reload=True)
        self.tabs.setCurrentWidget(self.gaps_view)  # the numbered sites on the map; the list is a tab away

    def outcome(self):
        return self.outcomes.get(self.current)

    def show_type(self, code: str | None, reload: bool = False) -> None:
        if code is None or code not in self.outcomes or (code == self.current and not reload):
            return
        self.current = code
        outcome = self.outcomes[code]
        result = outcome.result
        t = result.totals()
        pct = 100 * t["covered"] / t["analysed"] if t["analysed"] else 0
        children = result.population_kind == "children"
        self.summary.setText((self.tr("Children in scope: %s — covered: %s (%s%%) — beyond %s: %s") if children else
                              self.tr("People in scope: %s — covered: %s (%s%%) — beyond %s: %s")) % (
            f"{t['analysed']:,}", f"{t['covered']:,}", f"{pct:.1f}", result.threshold, f"{t['uncovered']:,}"))
        self.by_uncovered.setText(self.tr("Children out of reach") if children else self.tr("People out of reach"))
        self.bands.setText(self.tr("Travel-time bands") if result.threshold.by_time else self.tr("Distance bands"))
        self.notes.setPlainText("\n".join(result.notes))
        kind = result.population_kind
        lines = [f"{s['pick']}. {s['name']}" + (f", {s['area']}" if s.get("area") else "")
                 + f" — {s['latitude']:.5f}, {s['longitude']:.5f}: "
                 + self.tr("adds %s %s (total %s)") % (f"{s['adds']:,}", kind, f"{s['cumulative']:,}")
                 for s in outcome.sites]
        self.sites.setPlainText("\n".join(lines))
        self._fill_table(result.rows)
        self.map.load(QUrl.fromLocalFile(str(outcome.page)))
        self.typeShown.emit(code)

    def _fill_overview(self) -> None:
        self.overview_model.removeRows(0, self.overview_model.rowCount())
        for code, outcome in self.outcomes.items():
            t = outcome.result.totals()
            pct = round(100 * t["covered"] / t["analysed"], 1) if t["analysed"] else None
            items = _items([self.labels[code], str(outcome.result.threshold), t["analysed"], t["covered"], pct,
                            t["uncovered"]])
            items[0].setData(code, Qt.ItemDataRole.UserRole)
            self.overview_model.appendRow(items)
        self.overview.resizeColumnsToContents()

    def _fill_table(self, rows: list[dict]) -> None:
        self.table.setSortingEnabled(False)
        self.model.removeRows(0, self.model.rowCount())
        for r in rows:
            self.model.appendRow(_items(r.get(col) for col in TABLE_COLUMNS))
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.resizeColumnsToContents()

    # --- the map -------------------------------------------------------------------

    @property
    def mode(self) -> str:
        return "uncovered" if self.by_uncovered.isChecked() else "pct"

    def _apply_map_options(self) -> None:
        js = f"typeof setMode === 'function' && (setMode('{self.mode}'), showBands({str(self.bands.isChecked()).lower()}))"
        self.map.page().runJavaScript(js)

    def _loaded(self, ok: bool) -> None:
        if ok:
            self._apply_map_options()
            QTimer.singleShot(100, self._fit_map)

    def _fit_map(self) -> None:
        if self.tabs.currentWidget() is self.gaps_view:
            self.map.page().runJavaScript("typeof fitAll === 'function' && !userMoved && fitAll()")

    def _overview_clicked(self, index) -> None:
        code = self.overview_model.item(index.row(), 0).data(Qt.ItemDataRole.UserRole)
        self.showing.setCurrentIndex(self.showing.findData(code))
        self.tabs.setCurrentWidget(self.gaps_view)

    def _area_clicked(self, index) -> None:
        pcode = self.model.item(index.row(), TABLE_COLUMNS.index("pcode")).text()
        self.map.page().runJavaScript(f"zoomTo({pcode!r})")
        self.areaClicked.emit(pcode)
