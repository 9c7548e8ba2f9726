"""The import wizard's reading of the list, before anything is written: off the GUI thread.

The file page reads the chosen file's sheets and finds the table of each (:func:`find_tables`, a
task of the wizard's ``opener``), as soon as a file is chosen: 3-4 s for a 100,000-row list here. The
mapping page reads the list (to find the texts ServiceMap could not type) and the "Rows to
look at" page reads it again after each decision. A list of 100,000 rows takes many seconds to
read and to match against the project, so the reading is a background task of the wizard's
``reader`` (:class:`desktop.worker.TaskRunner`); :class:`ReadingLine` shows its progress on the
page. The task gets plain data (:class:`ListReading`), opens the project by its path, and stops
when the user goes back or closes the wizard.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

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


@dataclass(frozen=True)
class TablesReading:
    """What the file page reads: the file, and the project (by its path) whose profiles and settings apply."""

    file: str
    project_path: str | None


@dataclass(frozen=True)
class ProjectSettings:
    """What the project says about reading a list: its region, date order and taxonomy."""

    region: str | None
    date_order: str
    date_order_stored: bool  # chosen for this project (else its country's usual order)
    country_name: str | None  # the project's country in words, None when it has none
    taxonomy: object


@dataclass
class FoundTables:
    """The file's sheets, the table found on each (with the project's saved profiles applied), and why
    the others are skipped; ``project`` is None when there is no project."""

    file: str
    sheets: list
    tables: dict = field(default_factory=dict)
    skipped: dict = field(default_factory=dict)
    mappings: dict = field(default_factory=dict)
    project: ProjectSettings | None = None


def find_tables(reading: TablesReading, *, progress: Callable[[float, str], None],
                cancelled: Callable[[], bool]) -> FoundTables:
    """Every sheet of the file (through the file gate) and the table of each, its columns mapped as the
    import maps them (headers, what the columns hold, a saved profile), as the wizard's file page needs
    them; the project opened on this thread's own connection. Raises Cancelled when asked to stop
    (between the steps: the workbook reader itself cannot be interrupted), UserFacingError for a file
    that cannot be read."""
    from directory.taxonomy import default_taxonomy
    from importers import profiles, readers
    from importers.collector import collector_paused
    from importers.column_content import read_by_content
    from importers.pipeline import laid_out, table_of
    from importers.service_types import TypeFinder

    stop_if(cancelled)
    progress(0.0, f"Reading {Path(reading.file).name}")
    # the collector held back, as for the list's reading: its full passes over the rows just read hold the GIL
    with collector_paused():
        _, sheets = readers.read_sheets(reading.file)
        sheets, submissions, _ = laid_out(sheets)  # a KoBo repeat group joined, tables side by side apart
        stop_if(cancelled)
        settings, saved = _project_settings(reading.project_path) if reading.project_path else (None, {})
        found = FoundTables(reading.file, sheets, project=settings)
        finder = TypeFinder(settings.taxonomy if settings else default_taxonomy())
        for k, data in enumerate(sheets):
            stop_if(cancelled)
            data, table, _, why = table_of(data, finder, submissions)  # as the import (importers.pipeline.read_file)
            sheets[k] = data  # a directory of "label: value" blocks, shown as the table it is read as
            if table is None:
                found.skipped[data.name] = why
                continue
            # as the import reads a sheet nobody mapped (importers.pipeline.read_file): what the columns hold,
            # then the mapping saved for the same layout
            table.mapping = read_by_content(table.mapping, data.rows, table.first_data_row, finder)
            if profiles.signature(table) in saved:
                table.mapping = profiles.apply(table.mapping, saved[profiles.signature(table)])
            found.tables[data.name] = table
            found.mappings[data.name] = table.mapping
    stop_if(cancelled)
    return found


def _project_settings(project_path: str) -> tuple[ProjectSettings, dict]:
    """The project's settings for the import, and its saved profiles (signature -> mapping)."""
    from directory import countries
    from directory.store import Project
    from directory.taxonomy import project_taxonomy
    from importers import date_order, profiles

    with Project.open(project_path) as project:
        saved = profiles.load(project)
        settings = ProjectSettings(
            region=countries.iso2(project.country) if project.country else None,
            date_order=date_order.project_order(project),
            date_order_stored=date_order.stored_order(project) is not None,
            country_name=countries.name(project.country) if project.country else None,
            taxonomy=project_taxonomy(project.taxonomy_dict()))  # its own words, and this version's synonyms
    return settings, saved


class ReadingLine(QWidget):
    """A progress bar and what the reading is doing ("Services: row 2,001 of 100,000"), shown while it runs."""

    def __init__(self, runner: TaskRunner, file_name: Callable[[], str], parent=None, *, busy: bool = False):
        """``busy``: the bar only says the task is working (it moves to and fro), for a task that cannot
        say how far it got (the workbook reader reads a whole sheet in one call)."""
        super().__init__(parent)
        self.file_name = file_name
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 0 if busy else 1000)
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

    def failed(self, text: str, *, as_written: bool = False) -> None:
        """The reading ended with an error the user should see here. ``as_written``: a message not in the
        interface's language (the file checks' own words, in English), left to run in its own direction."""
        self.bar.hide()
        self._say(text, as_written=as_written)
        self.show()

    def _say(self, text: str, *, as_written: bool = False) -> None:
        # right to left in Arabic, though the line may start with the sheet's Latin name ("Services: …"),
        # which would otherwise set it to the left, away from its bar; an English sentence marked so would
        # have its path's slash and its full stop turned to the wrong ends
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        self.message.setText(RIGHT_TO_LEFT_MARK + text if rtl and not as_written else text)
        # on the right all the same, where the line starts in Arabic
        align = Qt.AlignmentFlag
        side = align.AlignRight | align.AlignAbsolute if rtl and as_written else align.AlignLeft
        self.message.setAlignment(side | align.AlignVCenter)
