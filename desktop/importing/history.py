"""Import history: every import made into the project, and its report, opened again.

The list shows when, who, which file and the counts by status; choosing one shows its report
in the same view the import wizard ends with (filter by status, search, export to XLSX/JSON).
The reports are read from the project (:mod:`importers.history`), so a colleague who opens
the shared project file sees the imports others made.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from desktop.importing.wizard_report import ImportReportView, row_status_word
from desktop.window.panels import opened_project
from desktop.window.small_screen import fit_to_screen
from directory.errors import UserFacingError
from importers.result import STATUSES


def _local(at: str) -> str:
    try:
        return datetime.fromisoformat(at).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return at


class ImportHistoryDialog(QDialog):
    """The project's past imports (newest first) above the report of the one chosen."""

    COLUMNS = (QT_TRANSLATE_NOOP("ImportHistoryDialog", "When"), QT_TRANSLATE_NOOP("ImportHistoryDialog", "Who"),
               QT_TRANSLATE_NOOP("ImportHistoryDialog", "File"), *STATUSES)

    def __init__(self, window=None, *, project_path: str | None = None):
        super().__init__(window)
        self.window_ = window
        self._project_path = project_path
        self.setWindowTitle(self.tr("Import history"))
        fit_to_screen(self, 980, 640)
        self.entries: list = []
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.list = QTableWidget(self)
        self.list.setAccessibleName(self.tr("Past imports"))
        self.list.setColumnCount(len(self.COLUMNS))
        self.list.setHorizontalHeaderLabels([self.tr(c) if k < 3 else row_status_word(c)
                                             for k, c in enumerate(self.COLUMNS)])
        self.list.verticalHeader().hide()
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.list.itemSelectionChanged.connect(self.show_selected)
        self.report = ImportReportView(self)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.list)
        split.addWidget(self.report)
        split.setSizes([200, 440])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(split, 1)
        layout.addWidget(buttons)
        if window is not None and hasattr(window, "projectChanged"):
            window.projectChanged.connect(lambda _project: self.refresh())

    def showEvent(self, event) -> None:
        self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        from importers import history

        opened = opened_project(self.window_, self._project_path)
        self.entries = []
        if opened is None:
            self.note.setText(self.tr("Open a project to see the imports made into it."))
        else:
            with opened as project:
                self.entries = history.entries(project)
            n = len(self.entries)
            self.note.setText(self.tr("No imports recorded in this project yet.") if not n else
                              self.tr("One import recorded in this project. Choose it to see its report.") if n == 1
                              else self.tr("{0} imports recorded in this project. Choose one to see its report.")
                              .format(n))
        self.list.setRowCount(len(self.entries))
        for row, e in enumerate(self.entries):
            cells = [_local(e.at), e.user, e.file, *(str(e.summary.get(s, 0)) for s in STATUSES)]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col >= 3:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.list.setItem(row, col, item)
        self.list.resizeColumnsToContents()
        self.list.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        if self.entries:
            self.list.selectRow(0)
        else:
            self.report.set_result(None)

    def show_selected(self) -> None:
        from importers import history

        rows = self.list.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.entries):
            return
        opened = opened_project(self.window_, self._project_path)
        if opened is None:
            return
        try:
            with opened as project:
                result = history.load(project, self.entries[rows[0].row()].id)
        except UserFacingError as exc:
            self.note.setText(str(exc))
            return
        self.report.set_result(result)


def open_import_history(window) -> ImportHistoryDialog:
    """The Tools menu's factory (desktop.window.panels)."""
    return ImportHistoryDialog(window)
