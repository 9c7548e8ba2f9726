"""Values that differ, side by side, with a choice for each: the one review widget of the merge
dialog (ours and theirs) and of the shared directory's conflicts (the server's and mine).

Each row is a :class:`Difference`: the record, the field, the two values (with who gave each in
their tooltips) and the two things a person may choose: the left side's or the right side's
(the left one unless the row says otherwise). Buttons choose the same side for every row.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QHeaderView, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from desktop.window.small_screen import CellComboBox

CHOICE_COLUMN = 4


@dataclass
class Difference:
    record: str
    field: str
    left: str
    right: str
    left_tip: str = ""
    right_tip: str = ""
    choices: tuple[str, str] | None = None  # this row's two choices, when not the widget's
    chosen: int = 0  # the choice shown first
    #: The choice each of the two "all" buttons sets on this row: a row whose right side is not
    #: what the right button means (another person's value, not mine) says which instead.
    all_choices: tuple[int, int] = (0, 1)


class SideBySide(QWidget):
    """A table of :class:`Difference` rows: record, field, left value, right value, choice."""

    def __init__(self, headers: Sequence[str], choices: tuple[str, str], all_buttons: tuple[str, str],
                 name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.default_choices = choices
        self.rows: list[Difference] = []
        self.table = QTableWidget(0, 5, self)
        self.table.setAccessibleName(name)
        self.table.setHorizontalHeaderLabels(list(headers))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        for col in (2, 3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(True)  # the two values are read whole: rows grow to show them
        header.sectionResized.connect(lambda *_: self.table.resizeRowsToContents())
        self.all_left = QPushButton(all_buttons[0], self)
        self.all_right = QPushButton(all_buttons[1], self)
        self.all_left.clicked.connect(lambda: self.choose_all(0))
        self.all_right.clicked.connect(lambda: self.choose_all(1))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.all_left)
        buttons.addWidget(self.all_right)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)

    def show_rows(self, rows: Sequence[Difference]) -> None:
        self.rows = list(rows)
        self.table.setRowCount(len(self.rows))
        for row, d in enumerate(self.rows):
            tips = ("", "", d.left_tip, d.right_tip)
            for col, value in enumerate((d.record, d.field, d.left, d.right)):
                item = QTableWidgetItem(value)
                item.setToolTip("\n".join(t for t in (value, tips[col]) if t))
                self.table.setItem(row, col, item)
            box = CellComboBox()
            box.setAccessibleName(self.tr("Keep which value for %1").replace("%1", d.record))
            box.addItems(list(d.choices or self.default_choices))
            box.setCurrentIndex(d.chosen)
            self.table.setCellWidget(row, CHOICE_COLUMN, box)
        for col, widest in ((0, 220), (1, 130), (CHOICE_COLUMN, 190)):  # the values keep room to be read
            self.table.resizeColumnToContents(col)
            self.table.setColumnWidth(col, min(self.table.columnWidth(col), widest))
        self.table.resizeRowsToContents()
        for button in (self.all_left, self.all_right):
            button.setEnabled(bool(self.rows))

    def choose_all(self, index: int) -> None:
        for row in range(self.table.rowCount()):
            self.table.cellWidget(row, CHOICE_COLUMN).setCurrentIndex(self.rows[row].all_choices[index])

    def chosen(self) -> list[int]:
        """The choice of each row: 0 the left side's, 1 the right side's."""
        return [self.table.cellWidget(row, CHOICE_COLUMN).currentIndex() for row in range(self.table.rowCount())]
