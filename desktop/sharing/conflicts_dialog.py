"""The conflicts of a shared directory, side by side as in the merge dialog: the server's value
and this copy's, who gave each, and a choice per row. OK records the choices; the next sync
sends them (with both people's names, to the audit)."""

from __future__ import annotations

import json

from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QDialog, QDialogButtonBox, QHeaderView, QLabel, QTableWidget, QTableWidgetItem,
    QVBoxLayout,
)


def _show(text: str | None) -> str:
    value = json.loads(text) if text else None
    if isinstance(value, dict):
        return "; ".join(f"{k}: {v}" for k, v in value.items())
    return "" if value is None else str(value)


class ConflictsDialog(QDialog):
    def __init__(self, window):
        super().__init__(window)
        from directory import copy_store

        self.window_ = window
        self.setWindowTitle(self.tr("Conflicts in the shared directory"))
        self.resize(900, 420)
        project = window.project
        self.conflicts = copy_store.conflicts(project) if project is not None else []
        names = {s.id: s.name for s in project.services()} if project is not None else {}
        self.summary = QLabel(self.tr("Two people changed the same thing differently. The server's value stays until "
                                      "you choose; your choice goes to the server with the next sync."), self)
        self.summary.setWordWrap(True)
        self.table = QTableWidget(len(self.conflicts), 5, self)
        self.table.setHorizontalHeaderLabels([self.tr("Record"), self.tr("Field"), self.tr("Server's"),
                                              self.tr("Mine"), self.tr("Keep")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        for col in (2, 3):
            self.table.horizontalHeader().setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)
        from importers.merge import label

        for row, c in enumerate(self.conflicts):
            values = (names.get(c["record_id"], c["record_id"]), label(c["field"]),
                      f"{_show(c['server_value'])} ({c['server_user']})", f"{_show(c['client_value'])} ({c['client_user']})")
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                self.table.setItem(row, col, item)
            box = QComboBox(self.table)
            box.addItems([self.tr("Server's"), self.tr("Mine")])
            self.table.setCellWidget(row, 4, box)
        self.table.resizeColumnToContents(0)
        self.table.resizeColumnToContents(1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self._apply)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for w in (self.summary, self.table, self.buttons):
            layout.addWidget(w)

    def _apply(self) -> None:
        from directory.server import sync

        project = self.window_.project
        for row, c in enumerate(self.conflicts):
            keep = "mine" if self.table.cellWidget(row, 4).currentIndex() == 1 else "server"
            sync.resolve(project, c["id"], keep)
        self.window_.reload_project()
        self.accept()
