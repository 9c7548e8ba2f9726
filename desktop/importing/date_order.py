"""The import wizard's date-order chooser: is 08/09/2026 the 8th of September or the 9th of August?

It starts at the project's order (its stored choice, else its country's usual order, see
:mod:`importers.date_order`), says where that order comes from, and lets the user read this
file the other way, and keep that choice for the project.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QWidget

from importers.date_order import DAY_FIRST, MONTH_FIRST


class DateOrderBox(QWidget):
    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.project_order = DAY_FIRST
        self.order = QComboBox(self)
        self.order.addItem(self.tr("day first (8 September 2026)"), DAY_FIRST)
        self.order.addItem(self.tr("month first (9 August 2026)"), MONTH_FIRST)
        self.order.currentIndexChanged.connect(self._changed)
        self.source = QLabel(self)
        self.remember = QCheckBox(self.tr("Use this order for every import into this project"), self)
        self.remember.hide()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("Dates such as 08/09/2026 are"), self))
        layout.addWidget(self.order)
        layout.addWidget(self.source)
        layout.addWidget(self.remember)
        layout.addStretch(1)

    def set_project_order(self, order: str, source: str) -> None:
        """``source`` says why: "chosen for this project" or "usual in Bangladesh"."""
        self.project_order = order
        self.order.blockSignals(True)
        self.order.setCurrentIndex(self.order.findData(order))
        self.order.blockSignals(False)
        self.source.setText(f"({source})" if source else "")
        self._changed()

    @property
    def chosen(self) -> str:
        return self.order.currentData()

    @property
    def day_first(self) -> bool:
        return self.chosen == DAY_FIRST

    def order_to_store(self) -> str | None:
        """The order to keep for the project, or None to leave its setting alone."""
        return self.chosen if self.chosen != self.project_order and self.remember.isChecked() else None

    def _changed(self) -> None:
        differs = self.chosen != self.project_order
        self.remember.setVisible(differs)
        self.source.setVisible(not differs)
        if not differs:
            self.remember.setChecked(False)
        self.changed.emit()
