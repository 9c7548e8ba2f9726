"""The services panel: a search box and a service-type filter above the services table."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHeaderView,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from directory.type_labels import ServiceTypes
from desktop.curation.services_model import (ID_ROLE, UNTYPED, Column, RowTexts, ServicesFilterModel,
                                             ServicesTableModel)
from directory.store import ServiceListing
from pathways.model import STALE_MONTHS, months_before

MAX_COLUMN_WIDTH = 240
# Columns that are most useful at a glance get a little more room when first shown.
_WIDE = {Column.ORGANISATION: 200, Column.SERVICE: 200}


class ServicesPanel(QWidget):
    """Lists the services at sites; the selection is announced as service-at-site ids."""

    selectionChanged = Signal(list)  # ids of the selected services at sites

    def __init__(self, parent=None):
        super().__init__(parent)
        self.model = ServicesTableModel(parent=self)
        self.proxy = ServicesFilterModel(self)
        self.proxy.setSourceModel(self.model)
        self._untyped = False  # some service has no type: the filter offers "Service type not given"

        self.search = QLineEdit(self)
        self.search.setAccessibleName(self.tr("Search"))
        self.search.setPlaceholderText(self.tr("Search services, organisations, places, phones…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.set_search)

        self.type_filter = QComboBox(self)
        self.type_filter.setAccessibleName(self.tr("Service type"))
        self.type_filter.setToolTip(self.tr("Show only one type of service"))
        # Long type names would squeeze the search box: the list opens wide, the box stays compact.
        self.type_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.type_filter.setMinimumContentsLength(14)
        self.type_filter.currentIndexChanged.connect(self._type_chosen)

        self.stale_filter = QCheckBox(self.tr("Not verified in 6 months"), self)
        self.stale_filter.setToolTip(self.tr("Show only services never verified, or not verified in the last 6 months"))
        self.stale_filter.toggled.connect(self._stale_toggled)

        self.table = QTableView(self)
        self.table.setAccessibleName(self.tr("Services"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # keep the project's order until asked
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        # Service, Phones, Hours and Ages edit in place on a double click; Enter/F2 open the form.
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setResizeContentsPrecision(200)
        header.setHighlightSections(False)
        header.setStretchLastSection(False)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)

        # One row when there is room; on a narrow panel (a dock open beside the map on a laptop) the
        # search box gets a row of its own, rather than shrinking to "Sea…".
        self.filters = QGridLayout()
        self.filters.setColumnStretch(0, 1)
        self._narrow: bool | None = None
        self._place_filters(narrow=False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.filters)
        layout.addWidget(self.table)

    def _search_room(self) -> int:
        """The width the search box needs to show the start of its hint: about 20 characters."""
        return self.search.fontMetrics().averageCharWidth() * 20

    def _place_filters(self, narrow: bool) -> None:
        if narrow == self._narrow:
            return
        self._narrow = narrow
        for widget in (self.search, self.type_filter, self.stale_filter):
            self.filters.removeWidget(widget)
        if narrow:
            self.filters.addWidget(self.search, 0, 0, 1, 3)
            self.filters.addWidget(self.type_filter, 1, 0)
            self.filters.addWidget(self.stale_filter, 1, 1)
        else:
            self.filters.addWidget(self.search, 0, 0)
            self.filters.addWidget(self.type_filter, 0, 1)
            self.filters.addWidget(self.stale_filter, 0, 2)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        others = self.type_filter.sizeHint().width() + self.stale_filter.sizeHint().width() + 24
        self._place_filters(narrow=event.size().width() < others + self._search_room())
        super().resizeEvent(event)

    def set_listing(self, listing: Sequence[ServiceListing], types: ServiceTypes,
                    area_names: dict[str, str] | None = None, *, texts: RowTexts | None = None,
                    made: tuple[list[list[str]], list[str]] | None = None) -> None:
        """``area_names``: P-code -> the area's names folded (services_model.area_search_names), for the search.
        ``texts`` and ``made``: the rows' texts made beforehand (services_model.RowTexts)."""
        self.model.set_listing(listing, types.label, area_names if area_names is not None else {}, texts, made)
        self._untyped = any(not s.service_types for s in listing)
        self._fill_type_filter(types, {code for s in listing for code in s.service_types})
        self.fit_columns()

    def fit_columns(self) -> None:
        """Size the columns to their contents, within reason."""
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        for col in range(self.model.columnCount()):
            width = min(max(header.sectionSize(col), _WIDE.get(col, 0)), MAX_COLUMN_WIDTH)
            header.resizeSection(col, width)

    def _fill_type_filter(self, types: ServiceTypes, used: set[str]) -> None:
        self.type_filter.blockSignals(True)
        self.type_filter.clear()
        self.type_filter.addItem(self.tr("All service types"), None)
        for code in types.ordered(used):
            self.type_filter.addItem(types.label(code), code)
        if self._untyped:
            self.type_filter.addItem(self.tr("Service type not given"), UNTYPED)
        self.type_filter.blockSignals(False)
        self.proxy.set_service_types(None)

    def _type_chosen(self, index: int) -> None:
        code = self.type_filter.itemData(index)
        self.proxy.set_service_types(None if code is None else [code])

    # --- selection ---------------------------------------------------------------

    def _stale_toggled(self, on: bool) -> None:
        self.proxy.set_not_verified_since(months_before(date.today(), STALE_MONTHS) if on else None)

    def selected_ids(self) -> list[str]:
        rows = self.table.selectionModel().selectedRows()
        return [self.proxy.data(i, ID_ROLE) for i in sorted(rows, key=lambda i: i.row())]

    def select_id(self, listing_id: str) -> bool:
        """Select and show the row of one service at a site; False if it is filtered out."""
        row = self.model.row_of(listing_id)
        if row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            return False
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.table.selectionModel().select(index, flags)
        self.table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        return True

    def _selection_changed(self, *_args) -> None:
        self.selectionChanged.emit(self.selected_ids())
