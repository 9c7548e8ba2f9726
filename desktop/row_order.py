"""Tables that order their own rows: one sort of the rows' keys in Python, not a Python call per comparison.

Qt's ``QSortFilterProxyModel`` asks the model for two keys at every comparison of its sort: for a table of
100,000 rows, millions of calls into Python (half a minute). A model that sorts itself makes each key
once and sorts them in one call; :func:`move_rows` tells the views, so that the selection and the current
row follow their rows. The proxy in front of it hands the sort over (:class:`KeepsSourceOrder`).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractItemModel, QSortFilterProxyModel, Qt


def move_rows(model: QAbstractItemModel, reorder: Callable[[], list[int]]) -> None:
    """``reorder()`` puts ``model``'s rows in their new order and returns, for each new row, the row it was."""
    model.layoutAboutToBeChanged.emit()
    before = model.persistentIndexList()
    moved_from = reorder()
    now_at = {old: new for new, old in enumerate(moved_from)}
    model.changePersistentIndexList(before, [model.index(now_at[i.row()], i.column()) for i in before])
    model.layoutChanged.emit()


class KeepsSourceOrder(QSortFilterProxyModel):
    """A filter in front of a model that sorts itself: a click on a header sorts the model's rows, and this
    model shows them in that order."""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sourceModel().sort(column, order)
