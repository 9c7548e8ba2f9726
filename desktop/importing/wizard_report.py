"""The import report in the desktop: every row with its status and reasons, filterable and exportable."""

from __future__ import annotations

import html

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.importing import report_words, skip_reasons
from desktop.row_order import KeepsSourceOrder, move_rows
from importers.matching import UNCHANGED
from importers.result import STATUSES, ImportResult

STATUS_COLOURS = {"imported": "#e2f0d9", "updated": "#ddebf7", "duplicate": "#fff2cc", "not-a-service": "#ededed",
                  "rejected": "#f8cbad"}
#: Each row status as the report shows it (the importers, the CLI and the exported report keep the codes).
STATUS_WORDS = {"imported": QT_TRANSLATE_NOOP("ImportStatus", "imported"),
                "updated": QT_TRANSLATE_NOOP("ImportStatus", "updated"),
                "duplicate": QT_TRANSLATE_NOOP("ImportStatus", "duplicate"),
                "not-a-service": QT_TRANSLATE_NOOP("ImportStatus", "not-a-service"),
                "rejected": QT_TRANSLATE_NOOP("ImportStatus", "rejected")}


def row_status_word(status: str) -> str:
    """A row status in the interface's language."""
    return QCoreApplication.translate("ImportStatus", STATUS_WORDS[status]) if status in STATUS_WORDS else status


def counts_line(summary: dict[str, int]) -> str:
    """"9 imported, 0 updated, 1 duplicate …" in the interface's language, each in its plural form."""
    def n(status: str) -> int:
        return summary.get(status, 0)
    return ", ".join((
        QCoreApplication.translate("ImportCounts", "%n imported", None, n("imported")),
        QCoreApplication.translate("ImportCounts", "%n updated", None, n("updated")),
        QCoreApplication.translate("ImportCounts", "%n duplicate", None, n("duplicate")),
        QCoreApplication.translate("ImportCounts", "%n not-a-service", None, n("not-a-service")),
        QCoreApplication.translate("ImportCounts", "%n rejected", None, n("rejected")),
    ))


RIGHT_TO_LEFT_MARK = "\u200f"


def message_tooltip(messages: list[str]) -> str:
    """A row's messages, one paragraph each, as a tooltip Qt wraps (a plain-text one is one long line)."""
    return "".join(f"<p>{html.escape(m)}</p>" for m in messages)


class ReportTableModel(QAbstractTableModel):
    """Rows of an :class:`ImportResult`: sheet, row, status, messages."""

    # QT_TRANSLATE_NOOP marks the headers for pyside6-lupdate; self.tr() translates them when shown.
    HEADERS = (QT_TRANSLATE_NOOP("ReportTableModel", "Sheet"), QT_TRANSLATE_NOOP("ReportTableModel", "Row"),
               QT_TRANSLATE_NOOP("ReportTableModel", "Status"), QT_TRANSLATE_NOOP("ReportTableModel", "Messages"))

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list = []
        self._shown: list[list[str] | None] = []
        self._listed: dict[int, int] = {}  # id(row) -> its place in the list
        self._sorted_by: tuple[int, Qt.SortOrder] = (-1, Qt.SortOrder.AscendingOrder)

    def set_result(self, result: ImportResult | None) -> None:
        self.beginResetModel()
        self.rows = list(result.rows) if result else []
        self._shown = [None] * len(self.rows)
        self._listed = {id(r): i for i, r in enumerate(self.rows)}
        self._order_rows()
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Order the rows by ``column`` (-1: the list's order), rows alike in it in the list's order either way:
        rows a search hid and gave back (or the rows of one sheet, one status) come back in their place. Each
        row's key is made once (:mod:`desktop.row_order`)."""
        self._sorted_by = (column, order)
        if self.rows:
            move_rows(self, self._order_rows)

    def _order_rows(self) -> list[int]:
        """Put the rows in the order asked; returns, for each new row, the row it was."""
        column, order = self._sorted_by
        listed = [self._listed[id(r)] for r in self.rows]
        moved_from = sorted(range(len(self.rows)), key=listed.__getitem__)  # from the list's order, each time
        if column >= 0:
            keys = [self.shown(i, column) for i in range(len(self.rows))]
            if column != 1:  # text as Qt compares it: UTF-16 code units, case counted
                keys = [k.encode("utf-16-be") for k in keys]
            moved_from.sort(key=keys.__getitem__, reverse=order == Qt.SortOrder.DescendingOrder)
        self.rows = [self.rows[i] for i in moved_from]
        self._shown = [self._shown[i] for i in moved_from]
        return moved_from

    def shown_messages(self, row: int) -> list[str]:
        """Row ``row``'s messages in the interface's language (the importers write them in English)."""
        shown = self._shown[row]
        if shown is None:
            shown = self._shown[row] = [report_words.shown(m) for m in self.rows[row].messages]
        return shown

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return len(self.HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(self.HEADERS[section])
        return None

    def shown(self, row: int, column: int):
        """What the cell shows: the sheet, the row's number, its status, its messages."""
        if column == 3:
            return report_words.joined(self.shown_messages(row))
        r = self.rows[row]
        return (r.sheet, r.row, row_status_word(r.status))[column]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        r = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.shown(index.row(), index.column())
        if role == Qt.ItemDataRole.BackgroundRole and index.column() == 2:
            return QBrush(QColor(STATUS_COLOURS[r.status]))
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 3 and r.messages:
            return message_tooltip(self.shown_messages(index.row()))
        return None


class ReportFilter(KeepsSourceOrder):
    """Shows one status (or all), and rows whose text holds the search words."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.status = ""
        self.words = ""
        self.only_problems = False  # hide rows imported without a message, or found unchanged in the project

    def set_status(self, status: str) -> None:
        self.beginFilterChange()
        self.status = status
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_only_problems(self, only: bool) -> None:
        self.beginFilterChange()
        self.only_problems = only
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_words(self, words: str) -> None:
        self.beginFilterChange()
        self.words = words.casefold().strip()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent) -> bool:
        model = self.sourceModel()
        r = model.rows[source_row]
        if self.only_problems and (not r.messages or r.messages == [UNCHANGED]):
            return False
        if self.status and r.status != self.status:
            return False
        if not self.words:
            return True
        shown = " ".join([r.sheet, str(r.row), row_status_word(r.status), *model.shown_messages(source_row)])
        return self.words in shown.casefold()


class ImportReportView(QWidget):
    """Summary line, a status filter, a search box, the rows, and Export."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.result: ImportResult | None = None
        self.model = ReportTableModel(self)
        self.proxy = ReportFilter(self)
        self.proxy.setSourceModel(self.model)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.status = QComboBox(self)
        self.status.addItem(self.tr("All rows"), "")
        for s in STATUSES:
            self.status.addItem(row_status_word(s), s)
        self.status.currentIndexChanged.connect(lambda: self.proxy.set_status(self.status.currentData()))
        self.search = QLineEdit(self)
        self.search.setAccessibleName(self.tr("Search the messages"))
        self.search.setPlaceholderText(self.tr("Search the messages…"))
        self.search.textChanged.connect(self.proxy.set_words)
        self.export_button = QPushButton(self.tr("Export…"), self)
        self.export_button.clicked.connect(self.choose_export)
        self.table = QTableView(self)
        self.table.setAccessibleName(self.tr("Rows of the import"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        bar = QHBoxLayout()
        bar.addWidget(self.status)
        bar.addWidget(self.search, 1)
        bar.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)

    def set_result(self, result: ImportResult | None) -> None:
        self.result = result
        self.model.set_result(result)
        self.table.resizeColumnsToContents()
        if result is None:
            self.summary.clear()
            return
        counts = counts_line(result.summary())
        skipped = "".join(self.tr("\nSkipped sheet '{0}': {1}").format(s, skip_reasons.shown(why))
                          for s, why in result.skipped_sheets.items())
        notes = "".join(f"\n{report_words.shown(n)}" for n in result.notes)
        if self.layoutDirection() == Qt.LayoutDirection.RightToLeft:
            # each line right to left like the rest of the page, though it starts with the file's Latin name;
            # the name set apart, so that the count after it stays with its word ("8 مستوردة"), not with the name
            text = f"\u2068{result.file}\u2069: {counts}{skipped}{notes}"
            text = "\n".join(RIGHT_TO_LEFT_MARK + line for line in text.split("\n"))
        else:
            text = f"{result.file}: {counts}{skipped}{notes}"
        self.summary.setText(text)

    def choose_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the import report"), "import-report.xlsx",
                                              self.tr("Excel workbook (*.xlsx);;JSON (*.json)"))
        if path:
            self.export(path)

    def export(self, path: str) -> None:
        from importers import report

        if self.result is None:
            return
        (report.write_json if path.lower().endswith(".json") else report.write_xlsx)(self.result, path)
