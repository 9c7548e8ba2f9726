"""The analysis panel's results: one result per service type, an overview, the gap table and the map.

A "Showing" list switches between the types analysed. The areas' table and the map each have
a tab. The map colours areas by % covered or by the children out of reach (a toggle; the
page's legend says which) and can show the distance or travel-time bands. Clicking an area in
the table outlines it on this map and emits :attr:`GapResults.areaClicked`, so the main
window's map outlines it too.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLocale,
    Qt,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import (
    QStandardItem,
    QStandardItemModel,
)
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
    QStyledItemDelegate,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.coverage.words import kind_word, note_in_words, site_name

TABLE_COLUMNS = ["rank", "pcode", "name", "parent", "analysed", "covered", "uncovered", "pct_covered", "services", "median",
                 "worst", "nearest", "nearest_service"]


def column_titles(children: bool, threshold: str, unit: str) -> list[str]:
    """The gap table's headers in words, in :data:`TABLE_COLUMNS` order, for a threshold and its unit."""
    t = lambda text: QCoreApplication.translate("GapResults", text)  # noqa: E731 - each text is written out below
    return [
        t("Rank"), t("P-code"), t("Area"), t("Part of"), t("Children") if children else t("People"), t("Covered"),
        t("Beyond %1").replace("%1", threshold), t("% covered"), t("Services"),
        t("Median to a service (%1)").replace("%1", unit), t("Farthest (%1)").replace("%1", unit),
        t("From the centre (%1)").replace("%1", unit), t("Nearest service"),
    ]


#: For pyside6-lupdate, which reads only literal calls.
_TITLES = [QT_TRANSLATE_NOOP("GapResults", "Rank"), QT_TRANSLATE_NOOP("GapResults", "P-code"),
           QT_TRANSLATE_NOOP("GapResults", "Area"), QT_TRANSLATE_NOOP("GapResults", "Part of"),
           QT_TRANSLATE_NOOP("GapResults", "Children"),
           QT_TRANSLATE_NOOP("GapResults", "People"), QT_TRANSLATE_NOOP("GapResults", "Covered"),
           QT_TRANSLATE_NOOP("GapResults", "Beyond %1"), QT_TRANSLATE_NOOP("GapResults", "% covered"),
           QT_TRANSLATE_NOOP("GapResults", "Services"), QT_TRANSLATE_NOOP("GapResults", "Median to a service (%1)"),
           QT_TRANSLATE_NOOP("GapResults", "Farthest (%1)"), QT_TRANSLATE_NOOP("GapResults", "From the centre (%1)"),
           QT_TRANSLATE_NOOP("GapResults", "Nearest service")]


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
        "cell": QCoreApplication.translate("GapNotes", "grid cell %1").replace("%1", "{n}"),  # as the sites' list
    }


def _items(values) -> list[QStandardItem]:
    out = []
    for value in values:
        item = QStandardItem()
        item.setData("" if value is None else value, Qt.ItemDataRole.DisplayRole)
        out.append(item)
    return out


def number(value: int | float) -> str:
    """A number as the user writes it, in the interface's locale (the default QLocale, which
    desktop/app.py sets to the language chosen): thousands separators, one decimal for a fraction."""
    shown = QLocale()
    shown.setNumberOptions(shown.numberOptions() & ~QLocale.NumberOption.OmitGroupSeparator)  # even in "C"
    return shown.toString(int(value)) if isinstance(value, int) else shown.toString(float(value), "f", 1)


class _Numbers(QStyledItemDelegate):
    """Numbers as the user writes them (thousands separators, one decimal); the model keeps
    numbers, so sorting stays numeric."""

    def displayText(self, value, locale):
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            return super().displayText(value, locale)
        return number(value)


class _Lines(QPlainTextEdit):
    """A read-only box of lines laid out in the interface's direction: in Arabic a line that starts with a
    number, a place name or a code written in Latin letters ("1. Fatikchhari (BD20150033) …") is right to
    left like the rest of the panel, not left to right as its first letter would make it."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setReadOnly(True)
        option = self.document().defaultTextOption()
        option.setTextDirection(self.layoutDirection())
        if self.layoutDirection() == Qt.LayoutDirection.RightToLeft:  # the plain-text layout aligns by the option
            option.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute)
        self.document().setDefaultTextOption(option)


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
        self.outcomes: dict[str, object] = {}  # code → mapping.coverage.gap_view.GapOutcome
        self.labels: dict[str, str] = {}
        self.served: dict[str, str] = {}  # type code -> "Case management within 10 km", for its sites
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
        self.overview.setAccessibleName(self.tr("Overview of the types analysed"))
        self.overview.clicked.connect(self._overview_clicked)
        self.model = QStandardItemModel(0, len(TABLE_COLUMNS), self)
        self.model.setHorizontalHeaderLabels(column_titles(True, "", "km"))
        self.table = _table(self.model, self)
        self.table.setAccessibleName(self.tr("Areas, most people out of reach first"))
        self.table.clicked.connect(self._area_clicked)
        self.map = QWebEngineView(self)
        self.sites = _Lines(self)
        self.sites.setAccessibleName(self.tr("Suggested sites"))
        self.notes = _Lines(self)
        self.notes.setAccessibleName(self.tr("Notes on the analysis"))
        # The areas and the map each in a tab of their own, with the panel's full height; an area
        # clicked in the table is outlined on the main map at once, and on this map when it shows.
        self.chosen: str | None = None
        # each area's parent ("Kawkhali" is an upazila of Rangamati and one of Pirojpur) and each level's name
        self.parents: dict[str, str] = {}
        self.level_names: dict[int, str] = {}
        self.table.doubleClicked.connect(lambda _i: self.tabs.setCurrentWidget(self.map))
        self.table.setToolTip(self.tr("Click an area to outline it on the main map; double-click to see it on this map"))
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.table, self.tr("Areas"))
        self.tabs.addTab(self.map, self.tr("Map"))
        self.tabs.addTab(self.overview, self.tr("Overview"))
        self.sites_page = QWidget(self)  # the panel puts its "suggest" controls above the list
        sites_column = QVBoxLayout(self.sites_page)
        sites_column.setContentsMargins(0, 0, 0, 0)
        sites_column.addWidget(self.sites, 1)
        self.tabs.addTab(self.sites_page, self.tr("Suggested sites"))
        self.tabs.addTab(self.notes, self.tr("Notes"))
        # Leaflet cannot fit a page laid out in a hidden tab: fit it when it shows, and when it loads.
        self.tabs.currentChanged.connect(lambda _i: QTimer.singleShot(100, self._fit_map))
        self.map.loadFinished.connect(self._loaded)

        self.top = top = QHBoxLayout()  # the panel adds its Export… button at the end
        showing = QLabel(self.tr("Showing"), self)
        showing.setBuddy(self.showing)
        top.addWidget(showing)
        top.addWidget(self.showing, 1)
        options = QHBoxLayout()  # the bands on a line of their own: a narrow dock keeps its width
        options.addWidget(QLabel(self.tr("Colour areas by"), self))
        options.addWidget(self.by_pct)
        options.addWidget(self.by_uncovered)
        options.addStretch(1)
        bands = QHBoxLayout()
        bands.addWidget(self.bands)
        bands.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addLayout(options)
        layout.addLayout(bands)
        layout.addWidget(self.tabs, 1)

    # --- filling -------------------------------------------------------------------

    def clear(self) -> None:
        self.outcomes.clear()
        self.labels.clear()
        self.served.clear()
        self.chosen = None
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

    def update_sites(self, outcome, served: str = "") -> None:
        """A type's outcome with suggested sites (``served``: for which type and threshold, in words)."""
        self.outcomes[outcome.result.service_type] = outcome
        self.served[outcome.result.service_type] = served
        self.show_type(outcome.result.service_type, reload=True)
        self.tabs.setCurrentWidget(self.map)  # the numbered sites on the map; the list is a tab away

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
            number(int(t["analysed"])), number(int(t["covered"])), number(float(pct)), result.threshold,
            number(int(t["uncovered"]))))
        self.by_uncovered.setText(self.tr("Children out of reach") if children else self.tr("People out of reach"))
        self.bands.setText(self.tr("Travel-time bands") if result.threshold.by_time else self.tr("Distance bands"))
        self.notes.setPlainText("\n".join(note_in_words(n) for n in result.notes))
        kind = kind_word(result.population_kind)
        lines = [f"{s['pick']}. {site_name(s['name'])}" + (f", {s['area']}" if s.get("area") else "")
                 + f" — {s['latitude']:.5f}, {s['longitude']:.5f}: "
                 + self.tr("adds %s %s (total %s)") % (number(int(s["adds"])), kind, number(int(s["cumulative"])))
                 for s in outcome.sites]
        if lines and self.served.get(code):
            lines.insert(0, self.tr("New sites for %1:").replace("%1", self.served[code]))
        self.sites.setPlainText("\n".join(lines))
        titles = column_titles(children, str(result.threshold), result.threshold.unit)
        parent = TABLE_COLUMNS.index("parent")
        titles[parent] = self.level_names.get(result.level - 1, titles[parent])  # "District" beside upazilas
        self.model.setHorizontalHeaderLabels(titles)
        self._fill_table(result.rows)
        self.table.setColumnHidden(parent, not any(r["pcode"] in self.parents for r in result.rows))
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
            self.model.appendRow(_items(self.parents.get(r["pcode"]) if col == "parent" else r.get(col)
                                        for col in TABLE_COLUMNS))
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
        if self.tabs.currentWidget() is not self.map:
            return  # Leaflet cannot fit a hidden page: it is fitted when its tab shows
        if self.chosen:
            self.map.page().runJavaScript(f"typeof zoomTo === 'function' && zoomTo({self.chosen!r})")
        else:
            self.map.page().runJavaScript("typeof fitAll === 'function' && !userMoved && fitAll()")

    def _overview_clicked(self, index) -> None:
        code = self.overview_model.item(index.row(), 0).data(Qt.ItemDataRole.UserRole)
        self.showing.setCurrentIndex(self.showing.findData(code))
        self.tabs.setCurrentWidget(self.table)

    def _area_clicked(self, index) -> None:
        self.chosen = self.model.item(index.row(), TABLE_COLUMNS.index("pcode")).text()
        self._fit_map()
        self.areaClicked.emit(self.chosen)
