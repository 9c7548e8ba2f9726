"""The import wizard's "Rows to look at" page: every row that will not be imported as it is, and why.

Nothing is written yet: the list is read again (a dry run) each time the user decides
something. Any row can be marked confidential (tick "Show every row" to see the rows imported
without a remark) or, when its words made it confidential, not confidential; the import then
records both in the audit under the user's name.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWizardPage,
)

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
        layout = QVBoxLayout(self)
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
        self.report.set_result(self.w.dry_run())

    def selected_rows(self) -> list:
        proxy, model = self.report.proxy, self.report.model
        return [model.rows[proxy.mapToSource(i).row()] for i in self.report.table.selectionModel().selectedRows()]

    def mark_not_confidential(self) -> None:
        """The user confirms the selected rows are not confidential; the preview is read again."""
        for r in self.selected_rows():
            if any(m.startswith("marked confidential") for m in r.messages):
                self.w.not_confidential.add((r.sheet, r.row))
                self.w.confidential.discard((r.sheet, r.row))
        self.report.set_result(self.w.dry_run())

    def mark_confidential(self) -> None:
        """The user says the selected rows are confidential; the preview is read again."""
        for r in self.selected_rows():
            self.w.confidential.add((r.sheet, r.row))
            self.w.not_confidential.discard((r.sheet, r.row))
        self.report.set_result(self.w.dry_run())
