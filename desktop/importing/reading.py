"""The import wizard's reading of the list, before anything is written: off the GUI thread.

The mapping page reads the list (to find the texts ServiceMap could not type) and the "Rows to
look at" page reads it again after each decision. A list of 100,000 rows takes many seconds to
read and to match against the project, so the reading is a background task of the wizard's
``reader`` (:class:`desktop.worker.TaskRunner`); :class:`ReadingLine` shows its progress on the
page. The task gets plain data (:class:`ListReading`), opens the project by its path, and stops
when the user goes back or closes the wizard.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QWidget

from desktop.importing.progress_words import progress_in_words
from desktop.importing.wizard_report import RIGHT_TO_LEFT_MARK
from desktop.worker import TaskRunner
from directory.tasks import stop_if


@dataclass(frozen=True)
class ListReading:
    """What the list is read with: the user's choices so far, as plain values (copies, not the wizard's own)."""

    file: str
    mappings: dict
    region: str | None
    taxonomy: object
    not_confidential: frozenset
    confidential: frozenset
    day_first: bool
    project_path: str | None


def read_list(reading: ListReading, *, progress: Callable[[float, str], None], cancelled: Callable[[], bool]):
    """The list read as the import will read it, compared with the project (updates told from new
    services, the project's safe houses checked); nothing written. Raises Cancelled when asked to stop."""
    from directory.store import Project
    from importers.collector import collector_paused
    from importers.pipeline import compare_with_project, read_file

    # The collector held back for the matching too, as for the reading: its full pass over a 100,000-row
    # list, in this thread, held the GIL and stopped the GUI thread for 1.9 s (measured once).
    with collector_paused():
        result = read_file(reading.file, mappings=reading.mappings, region=reading.region, taxonomy=reading.taxonomy,
                           not_confidential=set(reading.not_confidential), confidential=set(reading.confidential),
                           day_first=reading.day_first, progress=progress, cancelled=cancelled)
        if reading.project_path:
            stop_if(cancelled)
            progress(0.9, "Matching with the services already in the project")
            with Project.open(reading.project_path) as project:
                compare_with_project(result, project)
    stop_if(cancelled)
    return result


class ReadingLine(QWidget):
    """A progress bar and what the reading is doing ("Services: row 2,001 of 100,000"), shown while it runs."""

    def __init__(self, runner: TaskRunner, file_name: Callable[[], str], parent=None):
        super().__init__(parent)
        self.file_name = file_name
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 1000)
        self.bar.setTextVisible(False)
        self.bar.setFixedWidth(200)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar)
        layout.addWidget(self.message, 1)
        runner.progressed.connect(self.progress)
        runner.runningChanged.connect(self.running)
        self.hide()

    def progress(self, fraction: float, message: str) -> None:
        self.bar.show()
        self.bar.setValue(int(fraction * 1000))
        self._say(progress_in_words(message))
        self.show()

    def running(self, running: bool) -> None:
        if running:  # its first words, before the task sends any (it may wait for a free thread)
            self.progress(0.0, f"Reading {self.file_name()}")
        else:
            self.hide()

    def failed(self, text: str) -> None:
        """The reading ended with an error the user should see here."""
        self.bar.hide()
        self._say(text)
        self.show()

    def _say(self, text: str) -> None:
        # right to left in Arabic, though the line may start with the sheet's Latin name ("Services: …"),
        # which would otherwise set it to the left, away from its bar
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        self.message.setText(RIGHT_TO_LEFT_MARK + text if rtl else text)
