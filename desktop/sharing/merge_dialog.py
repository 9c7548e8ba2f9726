"""The "Merge another list…" dialog: choose another project or a partner's list, see the new
services, fill-ins and conflicts side by side, choose ours or theirs field by field, apply.

Both steps run a :class:`importers.merge_request.MergeRequest` in the background: a dry run to
read and match, then, on OK, the same request with the plan shown and the user's choices,
written in one change. Each opens its own connection to the project file.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QDialog, QDialogButtonBox, QFileDialog, QHBoxLayout, QHeaderView, QLabel,
    QMessageBox, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout,
)

from desktop.worker import TaskRunner
from directory.errors import UserFacingError
from importers.merge_request import MergeRequest, run_merge

FILTER = "Projects and service lists (*.gpkg *.xlsx *.xls *.csv *.json *.geojson *.kml);;All files (*)"


class MergeDialog(QDialog):
    merged = Signal(dict)  # what was written: {"new", "taken", "rejected"}

    def __init__(self, window, *, synchronous: bool = False):
        super().__init__(window)
        self.window_ = window
        self.plan = None
        self.setWindowTitle(self.tr("Merge another list"))
        self.resize(860, 480)
        self.runner = TaskRunner(self, synchronous=synchronous)
        self.choose = QPushButton(self.tr("Choose a project or list…"))
        self.choose.clicked.connect(self._choose)
        self.summary = QLabel(self.tr("Choose another ServiceMap project (.gpkg) or a partner's list to merge into "
                                      "this project."))
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels([self.tr("Service"), self.tr("Field"), self.tr("Ours"),
                                              self.tr("Theirs"), self.tr("Keep")])
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        for col in (2, 3):
            header.setSectionResizeMode(col, QHeaderView.Stretch)
        self.all_ours = QPushButton(self.tr("Keep all ours"))
        self.all_theirs = QPushButton(self.tr("Take all theirs"))
        self.all_ours.clicked.connect(lambda: self._set_all(0))
        self.all_theirs.clicked.connect(lambda: self._set_all(1))
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.buttons.button(QDialogButtonBox.Ok).setText(self.tr("Merge"))
        self.buttons.button(QDialogButtonBox.Ok).setEnabled(False)
        self.buttons.accepted.connect(self._apply)
        self.buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(self.choose)
        top.addStretch(1)
        top.addWidget(self.all_ours)
        top.addWidget(self.all_theirs)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)

    def _choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the project or list to merge"), "", FILTER)
        if path:
            self.load(Path(path))

    def load(self, other: Path) -> None:
        project = self.window_.project
        if project is None:
            return
        self.summary.setText(self.tr("Reading and matching %1…").replace("%1", other.name))
        self.buttons.button(QDialogButtonBox.Ok).setEnabled(False)
        self.request = MergeRequest(project.path, other, dry_run=True)
        self.runner.start(run_merge, self.request, on_done=lambda run: self._show(run.plan), on_error=self._failed,
                          on_progress=lambda f, m: self.summary.setText(m))

    def _show(self, plan) -> None:
        self.plan = plan
        c = plan.counts()
        text = self.tr("%1: %2 new services, %3 matched, %4 values to fill in, %5 conflicts. "
                       "Choose which value to keep for each conflict.")
        for i, key in enumerate(("new", "matched", "fill_ins", "conflicts"), start=2):
            text = text.replace(f"%{i}", str(c[key]))
        if plan.confidential:
            text += " " + self.tr("%1 services will become confidential, as the partner marks them.").replace(
                "%1", str(len(plan.confidential)))
        self.summary.setText(text.replace("%1", plan.other))
        from importers.merge import label, show

        self.table.setRowCount(len(plan.conflicts))
        for row, d in enumerate(plan.conflicts):
            for col, value in enumerate((d.service_name, label(d.field), show(d.ours), show(d.theirs))):
                item = QTableWidgetItem(value)
                item.setToolTip(value if col != 3 else f"{value}\n{d.source}")
                self.table.setItem(row, col, item)
            box = QComboBox()
            box.addItems([self.tr("Ours"), self.tr("Theirs")])
            self.table.setCellWidget(row, 4, box)
        self.table.resizeColumnsToContents()
        self.buttons.button(QDialogButtonBox.Ok).setEnabled(bool(c["new"] or c["fill_ins"] or c["conflicts"]
                                                                 or plan.confidential))

    def _failed(self, exc: BaseException) -> None:
        self.summary.setText(str(exc) if isinstance(exc, UserFacingError) else self.tr("The merge failed: %1").replace(
            "%1", repr(exc)))

    def _set_all(self, index: int) -> None:
        for row in range(self.table.rowCount()):
            self.table.cellWidget(row, 4).setCurrentIndex(index)

    def choices(self) -> set[int]:
        """The rows (conflicts) where the user takes theirs."""
        return {row for row in range(self.table.rowCount()) if self.table.cellWidget(row, 4).currentIndex() == 1}

    def _apply(self) -> None:
        """Merge with the user's choices, in the background; the dialog closes when it is written."""
        if self.plan is None or self.window_.project is None:
            return
        request = MergeRequest(self.request.project, self.request.other, theirs_conflicts=self.choices())
        self.buttons.button(QDialogButtonBox.Ok).setEnabled(False)
        self.summary.setText(self.tr("Merging %1…").replace("%1", self.plan.other))
        self.runner.start(run_merge, request, self.plan, on_done=self._merged, on_error=self._apply_failed)

    def _apply_failed(self, exc: BaseException) -> None:
        self.buttons.button(QDialogButtonBox.Ok).setEnabled(True)
        if isinstance(exc, UserFacingError):
            QMessageBox.warning(self, self.windowTitle(), str(exc))
        self._failed(exc)

    def _merged(self, run) -> None:
        self.result_counts = run.done
        self.plan = None
        self.table.setRowCount(0)
        self.summary.setText(self.tr("Merged. Choose another project or list to merge more."))
        self.window_.reload_project()
        self.merged.emit(run.done)
        self.accept()


def open_merge_dialog(window) -> MergeDialog:
    """The factory registered in :mod:`desktop.window.panels`."""
    return MergeDialog(window)
