"""The service types to analyse: a checkable list, each type with its default threshold and an override.

The default comes from the taxonomy (km by straight line, minutes when roads are given);
the "Within" column overrides it for that type only (blank keeps the default). Thresholds
are read here, on the main thread, so a typo shows at once and no run starts.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyledItemDelegate,
    QTreeWidget,
    QTreeWidgetItem,
)

CODE_ROLE = Qt.ItemDataRole.UserRole
COL_TYPE, COL_DEFAULT, COL_WITHIN = 0, 1, 2


class _ReadOnly(QStyledItemDelegate):
    """No editor: items are editable (for "Within") but their other columns are not."""

    def createEditor(self, parent, option, index):
        return None


class ServiceTypeList(QTreeWidget):
    """Tick the types to analyse; type a threshold in "Within" to override a type's default."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setHeaderLabels([self.tr("Service type"), self.tr("Default"), self.tr("Within")])
        self.setAccessibleName(self.tr("Service types to analyse"))
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        self.setMinimumHeight(self.fontMetrics().height() * 8)
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.SelectedClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed)
        self._read_only = _ReadOnly(self)
        self.setItemDelegateForColumn(COL_TYPE, self._read_only)
        self.setItemDelegateForColumn(COL_DEFAULT, self._read_only)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(COL_TYPE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_DEFAULT, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_WITHIN, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(COL_WITHIN, 80)
        self.setToolTip(self.tr("Tick the service types to analyse. Double-click “Within” to set a threshold "
                                "for one type (e.g. 5km or 45min); leave it blank for the type's default."))

    def set_taxonomy(self, taxonomy, lang: str = "en") -> None:
        """List the taxonomy's types, none ticked, each by its label in ``lang`` (the interface's language)."""
        self.clear()
        for t in taxonomy:
            item = QTreeWidgetItem([t.label(lang), f"{t.threshold_km:g} km · {t.threshold_minutes:g} min", ""])
            item.setData(COL_TYPE, CODE_ROLE, t.code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEditable)
            item.setCheckState(COL_TYPE, Qt.CheckState.Unchecked)
            item.setToolTip(COL_TYPE, t.code)
            self.addTopLevelItem(item)

    def _item(self, code: str) -> QTreeWidgetItem | None:
        for i in range(self.topLevelItemCount()):
            item = self.topLevelItem(i)
            if item.data(COL_TYPE, CODE_ROLE) == code:
                return item
        return None

    def codes(self) -> list[str]:
        return [self.topLevelItem(i).data(COL_TYPE, CODE_ROLE) for i in range(self.topLevelItemCount())]

    def set_checked(self, codes, checked: bool = True) -> None:
        for code in codes:
            item = self._item(code)
            if item is not None:
                item.setCheckState(COL_TYPE, Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def set_within(self, code: str, text: str) -> None:
        item = self._item(code)
        if item is not None:
            item.setText(COL_WITHIN, text)

    def label(self, code: str) -> str:
        item = self._item(code)
        return item.text(COL_TYPE) if item is not None else code

    def chosen(self) -> list[tuple[str, str]]:
        """(code, threshold text or "") of each ticked type, in list order."""
        out = []
        for i in range(self.topLevelItemCount()):
            item = self.topLevelItem(i)
            if item.checkState(COL_TYPE) == Qt.CheckState.Checked:
                out.append((item.data(COL_TYPE, CODE_ROLE), item.text(COL_WITHIN).strip()))
        return out
