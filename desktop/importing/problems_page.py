"""The import wizard's "Rows to look at" page: every row that will not be imported as it is, and why.

Nothing is written yet: the list is read again (a dry run) each time the user decides
something, in the background (:meth:`ImportWizard.read_list`); the page shows the reading's
progress, and Next and the two buttons wait for it. Any row can be marked confidential (tick
"Show every row" to see the rows imported without a remark) or, when its words made it
confidential, not confidential; the import then records both in the audit under the user's name.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWizardPage,
)

from desktop.importing.reading import ReadingLine
from desktop.importing.wizard_report import ImportReportView


class ProblemsPage(QWizardPage):
    def __init__(self, wizard):
        super().__init__(wizard)
        self.w = wizard
        self.setTitle(self.tr("Rows to look at"))
        self.setSubTitle(self.tr("Every row that will not be imported as it is, and why. Nothing is written yet."))
        self.report = ImportReportView(self)
        self.report.export_button.hide()
        self.report.proxy.only_problems = True
        self.every_row = QCheckBox(self.tr("Show every row"), self)
        self.every_row.setToolTip(self.tr("List the rows imported without a remark too, to mark any of them "
                                          "confidential"))
        self.every_row.toggled.connect(self.show_every_row)
        self.report.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.not_confidential = QPushButton(self.tr("Not confidential"), self)
        self.not_confidential.setToolTip(self.tr("The selected rows were marked confidential because of their words "
                                                 "(\"safe house\"); import them as ordinary services instead"))
        self.not_confidential.clicked.connect(self.mark_not_confidential)
        self.confidential = QPushButton(self.tr("Confidential"), self)
        self.confidential.setToolTip(self.tr("Keep the location of the selected rows' services inside the project "
                                             "(a safe house its words do not name)"))
        self.confidential.clicked.connect(self.mark_confidential)
        self.reading = ReadingLine(wizard.reader, lambda: Path(wizard.file).name, self)
        wizard.reader.runningChanged.connect(self._running)
        layout = QVBoxLayout(self)
        layout.addWidget(self.reading)
        layout.addWidget(self.report)
        row = QHBoxLayout()
        row.addWidget(self.every_row)
        row.addStretch(1)
        row.addWidget(self.confidential)
        row.addWidget(self.not_confidential)
        layout.addLayout(row)

    def show_every_row(self, every: bool) -> None:
        self.report.proxy.set_only_problems(not every)

    def initializePage(self) -> None:
        self.report.set_result(None)  # not the rows of an earlier visit while this reading runs
        self._running(self.w.reader.running)
        self.w.read_list(self.report.set_result)

    def _running(self, running: bool) -> None:
        """While the list is read, the buttons that would read it again wait, and so does Next."""
        self.confidential.setEnabled(not running)
        self.not_confidential.setEnabled(not running)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return not self.w.reader.running

    def validatePage(self) -> bool:
        self.w.wait_for_reading()  # only code calling next() itself gets here while it reads
        return True

    def cleanupPage(self) -> None:  # Back: the reading stops
        self.w.reader.cancel()
        super().cleanupPage()

    def selected_rows(self) -> list:
        proxy, model = self.report.proxy, self.report.model
        return [model.rows[proxy.mapToSource(i).row()] for i in self.report.table.selectionModel().selectedRows()]

    def mark_not_confidential(self) -> None:
        """The user confirms the selected rows are not confidential; the preview is read again."""
        for r in self.selected_rows():
            if any(m.startswith("marked confidential") for m in r.messages):
                self.w.not_confidential.add((r.sheet, r.row))
                self.w.confidential.discard((r.sheet, r.row))
        self.w.read_list(self.report.set_result)

    def mark_confidential(self) -> None:
        """The user says the selected rows are confidential; the preview is read again."""
        for r in self.selected_rows():
            self.w.confidential.add((r.sheet, r.row))
            self.w.not_confidential.discard((r.sheet, r.row))
        self.w.read_list(self.report.set_result)
