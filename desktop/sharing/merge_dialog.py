"""The "Merge another list…" dialog: choose another project or a partner's list, see the new
services, fill-ins and conflicts side by side, choose ours or theirs field by field, apply.

A partner's copy of this project is merged three-way: the rows are the real conflicts (ours
chosen), the services the partner deleted (delete chosen) and the values only the partner
changed (theirs chosen), each naming the service by name, organisation and place.

Both steps run a :class:`importers.merge_request.MergeRequest` in the background: a dry run to
read and match, then, on OK, the same request with the plan shown and the user's choices,
written in one change. Each opens its own connection to the project file.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QHBoxLayout, QLabel, QMessageBox, QPushButton, QVBoxLayout

from desktop.sharing.side_by_side import Difference, SideBySide
from desktop.window.small_screen import fit_to_screen
from desktop.worker import TaskRunner
from directory.errors import UserFacingError
from importers.merge_request import MergeRequest, run_merge

FILTER = "Projects and service lists (*.gpkg *.xlsx *.xls *.csv *.json *.geojson *.kml);;All files (*)"


class MergeDialog(QDialog):
    merged = Signal(dict)  # what was written: {"new", "taken", "rejected"} (and "deleted", from a copy)

    def __init__(self, window, *, synchronous: bool = False):
        super().__init__(window)
        self.window_ = window
        self.plan = None
        self.setWindowTitle(self.tr("Merge another list"))
        fit_to_screen(self, 1180, 560)
        self.runner = TaskRunner(self, synchronous=synchronous)
        self.choose = QPushButton(self.tr("Choose a project or list…"))
        self.choose.clicked.connect(self._choose)
        self.summary = QLabel(self.tr("Choose another ServiceMap project (.gpkg) or a partner's list to merge into "
                                      "this project."))
        self.summary.setWordWrap(True)
        self.review = SideBySide([self.tr("Service"), self.tr("Field"), self.tr("Ours"), self.tr("Theirs"), self.tr("Keep")],
                                 (self.tr("Ours"), self.tr("Theirs")), (self.tr("Keep all ours"), self.tr("Take all theirs")),
                                 self.tr("Values that differ"), self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.buttons.button(QDialogButtonBox.Ok).setText(self.tr("Merge"))
        self.buttons.button(QDialogButtonBox.Ok).setEnabled(False)
        self.buttons.accepted.connect(self._apply)
        self.buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(self.choose)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.review, 1)
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
        if plan.three_way:
            parts = [self.tr("%n new service(s)", "", c["new"]),
                     self.tr("%n value(s) changed only there (taken)", "", c["taken"]),
                     self.tr("%n conflict(s) (changed on both sides)", "", c["conflicts"]),
                     self.tr("%n service(s) deleted there (deleted here too unless you keep them)", "", c["deletions"])]
            text = self.tr("%1 is a copy of this project: %2.")
        else:
            parts = [self.tr("%n new service(s)", "", c["new"]), self.tr("%n matched", "", c["matched"]),
                     self.tr("%n value(s) to fill in", "", c["fill_ins"]), self.tr("%n conflict(s)", "", c["conflicts"])]
            text = self.tr("%1: %2. Choose which value to keep for each conflict.")
        text = text.replace("%2", self.tr(", ", "between the counts of a merge's summary").join(parts))
        if not plan.three_way and plan.other.lower().endswith(".gpkg"):
            text += " " + self.tr("It shares no history with this project, so ServiceMap cannot tell who changed a "
                                  "value: every value that differs is a conflict, ours kept unless you choose theirs.")
        elif not plan.three_way:
            text += " " + self.tr("A list has no history to compare with, so every value that differs is a conflict, "
                                  "ours kept unless you choose theirs.")
        if plan.added_on_both_sides:
            text += " " + self.tr("%n service(s) added in both copies since they parted are taken as one, not added "
                                  "twice.", "", len(plan.added_on_both_sides))
        if plan.confidential:
            text += " " + self.tr("%n service(s) will become confidential, as the partner marks them.", "",
                                  len(plan.confidential))
        self.summary.setText(text.replace("%1", plan.other))
        self.review.show_rows(self._rows(plan))
        self._fit_columns()
        self.buttons.button(QDialogButtonBox.Ok).setEnabled(bool(c["new"] or c["fill_ins"] or c["conflicts"]
                                                                 or plan.confidential or plan.taken or plan.deletions))

    def _fit_columns(self) -> None:
        """The service and field columns wrap rather than squeeze the two values off the screen."""
        table = self.review.table
        width = max(table.viewport().width(), self.width() - 40)
        for col, share in ((0, 0.28), (1, 0.17)):
            table.setColumnWidth(col, min(table.columnWidth(col), int(width * share)))
        table.setWordWrap(True)
        table.resizeRowsToContents()

    def _rows(self, plan) -> list[Difference]:
        """The conflicts (ours chosen), the partner's deletions (delete chosen) and the values only
        the partner changed (theirs chosen): every row's first choice keeps ours, its second takes theirs."""
        from importers.merge import DELETED, label, show

        def service(d) -> str:
            return " — ".join(x for x in (d.service_name, d.organisation, d.place) if x)

        def value(v, by: str) -> str:
            return f"{show(v)}  ({by})" if by else show(v)

        def what(d) -> str:
            if d.field == DELETED:
                return self.tr("deleted on one side, changed on the other")
            return label(d.field)

        rows, self.row_kinds = [], []
        for i, d in enumerate(plan.conflicts):
            ours = self.tr("deleted") if d.ours == "deleted" else value(d.ours, d.ours_by)
            theirs = self.tr("deleted") if d.theirs == "deleted" else value(d.theirs, d.theirs_by)
            rows.append(Difference(service(d), what(d), ours, theirs, left_tip=d.ours_by,
                                   right_tip="\n".join(x for x in (d.theirs_by, d.source) if x)))
            self.row_kinds.append(("conflict", i))
        for i, d in enumerate(plan.deletions):
            rows.append(Difference(service(d), self.tr("service deleted in their copy"), self.tr("in this project"),
                                   value(self.tr("deleted"), d.theirs_by), right_tip=d.theirs_by,
                                   choices=(self.tr("Keep"), self.tr("Delete")), chosen=1))
            self.row_kinds.append(("deletion", i))
        for i, d in enumerate(plan.taken):
            rows.append(Difference(service(d), self.tr("%1 (only they changed it)").replace("%1", label(d.field)),
                                   show(d.ours), value(d.theirs, d.theirs_by),
                                   right_tip="\n".join(x for x in (d.theirs_by, d.source) if x), chosen=1))
            self.row_kinds.append(("taken", i))
        return rows

    def _failed(self, exc: BaseException) -> None:
        self.summary.setText(str(exc) if isinstance(exc, UserFacingError) else self.tr("The merge failed: %1").replace(
            "%1", repr(exc)))

    def choices(self) -> set[int]:
        """The conflicts (by position in the plan) where the user takes theirs."""
        return self._picked("conflict", 1)

    def _picked(self, kind: str, choice: int) -> set[int]:
        chosen = self.review.chosen()
        return {i for row, (k, i) in enumerate(getattr(self, "row_kinds", [])) if k == kind and chosen[row] == choice}

    def _apply(self) -> None:
        """Merge with the user's choices, in the background; the dialog closes when it is written."""
        if self.plan is None or self.window_.project is None:
            return
        request = MergeRequest(self.request.project, self.request.other, theirs_conflicts=self.choices(),
                               keep_deleted=self._picked("deletion", 0), ours_taken=self._picked("taken", 0))
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
        self.review.show_rows([])
        self.summary.setText(self.tr("Merged. Choose another project or list to merge more."))
        self.window_.reload_project()
        self.merged.emit(run.done)
        self.accept()


def open_merge_dialog(window) -> MergeDialog:
    """The factory registered in :mod:`desktop.window.panels`."""
    return MergeDialog(window)
