"""Help ▸ Check this installation…: the checks of ``servicemap doctor``, in a window.

The checks start child processes and take a few seconds, so they run on a worker thread;
the dialog shows each finding with what to do, and copies the report for support.
"""

from __future__ import annotations

from html import escape

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from desktop.doctor.checks import report, run_checks
from desktop.doctor.finding import Finding, failed_essentials
from desktop.window.about import servicemap_version
from desktop.worker import TaskRunner

_MARKS = {"ok": ("✔", "#1b7a3a"), "fail": ("✘", "#b3261e"), "note": ("•", "#8a6d00")}


class CheckDialog(QDialog):
    """Runs the installation checks when shown; ``findings`` holds the last results."""

    def __init__(self, parent: QWidget | None = None, *, synchronous: bool = False):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Check this installation"))
        self.resize(720, 520)
        self.findings: list[Finding] = []
        self.headline = QLabel(self)
        self.headline.setWordWrap(True)
        self.results = QTextBrowser(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy_button = QPushButton(self.tr("&Copy the report"), self)
        self.again_button = QPushButton(self.tr("Check &again"), self)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.again_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.copy_button.clicked.connect(self.copy_report)
        self.again_button.clicked.connect(self.start)
        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addWidget(self.results, 1)
        layout.addWidget(buttons)
        self.runner = TaskRunner(self, synchronous=synchronous)
        self.runner.runningChanged.connect(lambda running: self.again_button.setEnabled(not running))
        self.runner.runningChanged.connect(lambda running: self.copy_button.setEnabled(not running))

    def start(self) -> None:
        self.headline.setText(self.tr("Checking what ServiceMap needs on this computer…"))
        self.results.clear()
        self.runner.start(run_checks, on_done=self.show_findings, on_error=self.show_error,
                          on_progress=lambda _fraction, name: self.results.append(escape(name) + " …"))  # fmt: skip

    def show_findings(self, findings: list[Finding]) -> None:
        self.findings = findings
        failed = failed_essentials(findings)
        if failed:
            self.headline.setText(self.tr("%n essential check(s) failed. What to do is written under each.", "",
                                          len(failed)))  # fmt: skip
        else:
            self.headline.setText(self.tr("Everything ServiceMap needs is in place."))
        self.results.setHtml("".join(_finding_html(f) for f in findings))

    def show_error(self, exc: BaseException) -> None:
        self.headline.setText(self.tr("The checks could not run: %1").replace("%1", str(exc)))

    def report_text(self) -> str:
        return report(self.findings, servicemap_version())

    def copy_report(self) -> None:
        QGuiApplication.clipboard().setText(self.report_text())


def _finding_html(f: Finding) -> str:
    mark, colour = _MARKS["ok" if f.ok else ("fail" if f.essential else "note")]
    advice = f"<br><i>{escape(f.advice)}</i>" if not f.ok and f.advice else ""
    return (f"<p><span style='color:{colour}; font-weight:bold'>{mark}</span> <b>{escape(f.name)}</b><br>"
            f"{escape(f.detail)}{advice}</p>")  # fmt: skip


def check_installation(parent: QWidget) -> CheckDialog:
    dialog = CheckDialog(parent)
    dialog.show()
    dialog.start()
    return dialog
