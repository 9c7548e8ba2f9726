"""The import wizard: choose a file, check the table and the columns, see the problems, import, read the report.

It shows what the import pipeline (``importers.pipeline``) understood before anything is
written: the sheet with its header, HXL and data rows highlighted; each column's field with
its confidence, which the user can change; and every row that will not be imported as is.
After the import, the new sites are placed on the map by name (offline), in the background
too; the page says how many were placed and how many wait in Review locations. Closing the
wizard or quitting during the import cancels it, and the page says it was rolled back.
The import itself runs in the background (``desktop.worker.TaskRunner``) on its own
connection to the project file; cancelling rolls the one change back, so the project is
untouched. Reading the list before the import (the mapping page, to find the texts ServiceMap
could not type; the "Rows to look at" page) runs in the background too, on a second runner
(:mod:`desktop.importing.reading`): the page shows its progress and Next waits for it. So does
reading the chosen file's sheets to find their tables, on a third runner (``opener``), which starts
as soon as a file is chosen on the file page.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, time
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale, Qt, QTimer
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from desktop.importing.date_order import DateOrderBox
from desktop.importing.field_words import field_label, how_word
from desktop.importing import skip_reasons
from desktop.importing.problems_page import ProblemsPage
from desktop.importing.progress_words import progress_in_words
from desktop.importing.reading import FoundTables, ListReading, ReadingLine, TablesReading, find_tables, read_list
from desktop.importing.types_page import TypesPage
from desktop.importing.wizard_report import STATUS_COLOURS, ImportReportView
from desktop.window.panels import menu_path, project_path_for, user_name_for
from desktop.window.small_screen import CellComboBox, fit_to_screen
from desktop.worker import TaskRunner
from directory.errors import UserFacingError
from directory.store import Project
from importers import columns
from importers.request import ImportRequest, run_import
from mapping.geocode.request import GeocodeRequest, run_geocode

log = logging.getLogger(__name__)

PREVIEW_ROWS = 60
HEADER_COLOUR, HXL_COLOUR, DATA_COLOUR, OUTSIDE_COLOUR = "#9dc3e6", "#d9d9d9", "#f2f9ee", "#ffffff"


class FilePage(QWizardPage):
    """The file to import. Its sheets are read and their tables found in the background as soon as a
    file is chosen (:meth:`ImportWizard.open_file`): Next waits for that reading, which is usually over
    by the time the user clicks it."""

    #: how long the path must stay unchanged (typed in) before its file is read
    SETTLE_MS = 250

    def __init__(self, wizard: ImportWizard):
        super().__init__(wizard)
        self.w = wizard
        self.setTitle(self.tr("Choose the service list"))
        self.setSubTitle(self.tr("An Excel workbook (.xlsx, .xlsm, .xls), an OpenDocument sheet (.ods) or a CSV file."))
        self.path = QLineEdit(self)
        self.path.setAccessibleName(self.tr("Service list file"))
        self.path.textChanged.connect(self._path_changed)
        self.path.textChanged.connect(self.completeChanged)
        browse = QPushButton(self.tr("Browse…"), self)
        browse.clicked.connect(self._browse)
        self.settled = QTimer(self)  # a path typed in is read once the typing stops, not at each key
        self.settled.setSingleShot(True)
        self.settled.setInterval(self.SETTLE_MS)
        self.settled.timeout.connect(self.read_ahead)
        self.reading = ReadingLine(wizard.opener, lambda: Path(wizard.opening_file).name, self, busy=True)
        wizard.opener.runningChanged.connect(self.completeChanged)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        self.made = QLabel(self)  # what a list made from a pathway grid holds (PreviewPage.make_list)
        self.made.setWordWrap(True)
        self.made.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.reading)
        layout.addWidget(self.made)
        layout.addStretch(1)

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the service list"), "",
                                              self.tr("Service lists (*.xlsx *.xlsm *.xls *.ods *.csv *.tsv)"))
        if path:
            self.path.setText(path)
            self.read_ahead()  # chosen: no typing to wait for

    def chosen(self) -> str:
        return self.path.text().strip()

    def _path_changed(self) -> None:
        """Another file: the reading of the one before stops (its result would be dropped anyway), and the
        new one is read once the path settles."""
        if self.chosen() != self.made.property("list"):
            self.made.hide()
        self.w.stop_opening_other_than(self.chosen())
        if not self.w.opener.running:
            self.reading.hide()  # not the old file's error
        self.settled.start()

    def read_ahead(self) -> None:
        """Read the chosen file now, while the user looks at the page, if it is a file and the page is shown."""
        self.settled.stop()
        file = self.chosen()
        if file and self.w.currentPage() is self and Path(file).is_file():
            self.w.open_file(file)
        self.completeChanged.emit()

    def _settle(self) -> None:
        """No more waiting for the path to settle."""
        if self.settled.isActive():
            self.settled.stop()
            self.completeChanged.emit()

    def isComplete(self) -> bool:
        """Next waits until the file is read (or found unreadable: Next then says why), and while a path
        being typed in settles."""
        return bool(self.chosen()) and not self.w.opener.running and not self.settled.isActive()

    def validatePage(self) -> bool:
        self._settle()
        return self.w.take_file(self.chosen())


class PreviewPage(QWizardPage):
    def __init__(self, wizard: ImportWizard):
        super().__init__(wizard)
        self.w = wizard
        self.setTitle(self.tr("The table ServiceMap found"))
        self.sheet = QComboBox(self)
        self.sheet.currentIndexChanged.connect(self.show_sheet)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.make = QPushButton(self.tr("Make a list from this grid…"), self)
        self.make.setToolTip(self.tr("Write a list with a row for each organisation of each cell, and import that"))
        self.make.clicked.connect(self._choose_list)
        self.make.hide()
        self.maker = TaskRunner(self, synchronous=wizard.opener.synchronous)  # the list, written off the GUI thread
        self.maker.runningChanged.connect(lambda running: self.make.setEnabled(not running))
        self.grid = QTableWidget(self)
        self.grid.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.grid.setAccessibleName(self.tr("The sheet's first rows"))
        note = QHBoxLayout()
        note.addWidget(self.note, 1)
        note.addWidget(self.make, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addWidget(self.sheet)
        layout.addLayout(note)
        layout.addWidget(self.grid, 1)

    def initializePage(self) -> None:
        self.sheet.blockSignals(True)
        self.sheet.clear()
        for data in self.w.sheets:
            self.sheet.addItem(data.name)
        self.sheet.blockSignals(False)
        self.show_sheet()

    def show_sheet(self) -> None:
        if not self.w.sheets:
            return
        data = self.w.sheets[max(self.sheet.currentIndex(), 0)]
        table = self.w.tables.get(data.name)
        rows = data.rows[:PREVIEW_ROWS]
        width = max((len(r) for r in rows), default=0)
        self.grid.clear()
        self.grid.setRowCount(len(rows))
        self.grid.setColumnCount(width)
        self.grid.setHorizontalHeaderLabels([_letter(c) for c in range(width)])
        excel_row = (lambda i: data.row_numbers[i]) if data.row_numbers else (lambda i: i + 1)  # a grid's: its type's
        self.grid.setVerticalHeaderLabels([str(excel_row(i)) for i in range(len(rows))])  # Excel's row numbers
        for i, row in enumerate(rows):
            colour = OUTSIDE_COLOUR
            if table is not None:
                if i == table.header_row:
                    colour = HEADER_COLOUR
                elif i == table.hxl_row:
                    colour = HXL_COLOUR
                elif i >= table.first_data_row:
                    colour = DATA_COLOUR
            for c, value in enumerate(row):
                item = QTableWidgetItem(shown(value))
                item.setBackground(QBrush(QColor(colour)))
                self.grid.setItem(i, c, item)
        for r0, c0, r1, c1 in data.merged:  # merged group headers span their columns, as in Excel
            if r0 < len(rows) and (r1 > r0 or c1 > c0):
                self.grid.setSpan(r0, c0, min(r1, len(rows) - 1) - r0 + 1, min(c1, width - 1) - c0 + 1)
        self.grid.resizeColumnsToContents()
        for c in range(width):
            self.grid.setColumnWidth(c, min(self.grid.columnWidth(c), 180))
        reason = self.w.skipped.get(data.name, "")
        self.make.setVisible(table is None and is_grid(reason))
        if table is None:
            self.note.setText(self.tr("This sheet will be skipped: {0}").format(skip_reasons.shown(reason)))
        else:
            hxl = self.tr(", HXL tags on row {0}").format(excel_row(table.hxl_row)) if table.hxl_row is not None and table.hxl_row != table.header_row else ""
            self.note.setText(self.tr("Header on row {0}{1}; services from row {2}. Blue: header, grey: tags, green: data.")
                              .format(excel_row(table.header_row), hxl, excel_row(table.first_data_row)))


    def _choose_list(self) -> None:
        source = Path(self.w.file)
        out, _ = QFileDialog.getSaveFileName(self, self.tr("Save the list made from the grid"),
                                             str(source.with_name(f"{source.stem} - list.xlsx")),
                                             self.tr("Excel workbook (*.xlsx)"))
        if out:
            self.make_list(Path(out) if out.lower().endswith(".xlsx") else Path(out + ".xlsx"))

    def make_list(self, out: Path) -> None:
        """Write the list made from the file's pathway grids (:func:`importers.pathway_matrix.write_list`) to
        ``out`` in the background; then back to the file page with it chosen: it is read, and imported,
        as any list."""
        self.maker.start(_write_grid_list, self.w.file, str(out), on_done=lambda made: self._list_made(made, out),
                         on_error=lambda exc: self.note.setText(
                             self.tr("The list could not be written: {0}").format(exc)))

    def _list_made(self, made, out: Path) -> None:
        left = [self.tr("%Ln cell(s) saying no one offers the service there", "", made.gaps),
                self.tr("%Ln cell(s) pointing to another place's cell", "", len(made.elsewhere)),
                self.tr("%Ln provider(s) not confirmed", "", len(made.unsure))]
        counts = [made.gaps, len(made.elsewhere), len(made.unsure)]
        said = self.tr("Made from the grid of {0}: {1} services in {2}, each row naming the cell it came from.").format(
            Path(self.w.file).name, QLocale().toString(made.services), out.name)
        if any(counts):
            said += " " + self.tr("Left out: {0}.").format(", ".join(t for t, n in zip(left, counts) if n))
        self.w.file_page.made.setText(said + " " + self.tr("Check the list if you wish, then click Next."))
        self.w.file_page.made.setProperty("list", str(out))
        self.w.file_page.path.setText(str(out))
        self.w.file_page.made.show()
        self.w.back()


def _write_grid_list(grid: str, out: str, *, progress, cancelled):
    """The wizard's background task: :func:`importers.pathway_matrix.write_list`."""
    from importers.pathway_matrix import write_list

    progress(0.0, f"Reading {Path(grid).name}")
    return write_list(grid, out)

def is_grid(reason: str) -> bool:
    """Whether a sheet's skip reason says it is a referral pathway kept as a grid."""
    from importers import skip_reasons as reasons

    found = reasons.match(reason)
    return found is not None and found[0] in (reasons.PATHWAY_MATRIX, reasons.PATHWAY_MATRIX_TURNED)


class MappingPage(QWizardPage):
    # QT_TRANSLATE_NOOP marks the headers for pyside6-lupdate; self.tr() translates them when shown.
    COLUMNS = (QT_TRANSLATE_NOOP("MappingPage", "Column"), QT_TRANSLATE_NOOP("MappingPage", "Header"),
               QT_TRANSLATE_NOOP("MappingPage", "HXL"), QT_TRANSLATE_NOOP("MappingPage", "Confidence"),
               QT_TRANSLATE_NOOP("MappingPage", "Field"))

    def __init__(self, wizard: ImportWizard):
        super().__init__(wizard)
        self.w = wizard
        self.setTitle(self.tr("What each column holds"))
        self.setSubTitle(self.tr("Check the fields ServiceMap chose; change any that are wrong. "
                                 "The mapping is remembered for the next file with the same columns."))
        self.sheet = QComboBox(self)
        self.sheet.currentIndexChanged.connect(self.show_sheet)
        self.grid = QTableWidget(self)
        self.grid.setAccessibleName(self.tr("What each column holds"))
        self.grid.setColumnCount(len(self.COLUMNS))
        self.grid.setHorizontalHeaderLabels([self.tr(c) for c in self.COLUMNS])
        self.grid.verticalHeader().hide()
        self.dates = DateOrderBox(self)
        self.dates.changed.connect(self._dates_changed)
        self.reading = ReadingLine(wizard.reader, lambda: Path(wizard.file).name, self)
        wizard.reader.runningChanged.connect(self.completeChanged)
        self.profiles_button = QPushButton(self.tr("Saved profiles…"), self)
        self.profiles_button.setToolTip(self.tr("See, rename or delete the column mappings ServiceMap remembers"))
        self.profiles_button.clicked.connect(wizard.show_profiles)
        top = QHBoxLayout()
        top.addWidget(self.sheet, 1)
        top.addWidget(self.profiles_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.grid, 1)
        layout.addWidget(self.dates)
        layout.addWidget(self.reading)

    def initializePage(self) -> None:
        self.sheet.blockSignals(True)
        self.sheet.clear()
        self.sheet.addItems(list(self.w.tables))
        self.sheet.blockSignals(False)
        self.show_sheet()
        self.w.read_list(taught=False)  # read while the user checks the columns: Next waits for it

    def show_sheet(self) -> None:
        name = self.sheet.currentText()
        if name not in self.w.tables:
            return
        mapping = self.w.mappings[name]
        for i in range(self.grid.rowCount()):  # old choosers go now, not at the next event loop turn
            old = self.grid.cellWidget(i, 4)
            if old is not None:
                old.hide()
        self.grid.setRowCount(len(mapping))
        for i, m in enumerate(mapping):
            self.grid.setItem(i, 0, QTableWidgetItem(_letter(m.column)))
            self.grid.setItem(i, 1, QTableWidgetItem(m.header))
            self.grid.setItem(i, 2, QTableWidgetItem(m.hxl))
            box = CellComboBox(self.grid)
            box.setAccessibleName(self.tr("Field of column %1").replace("%1", _letter(m.column)))
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            box.setMinimumContentsLength(20)
            for field in columns.FIELDS:
                box.addItem(field_label(field), field)
            box.setCurrentIndex(box.findData(m.field))
            box.currentIndexChanged.connect(lambda _=0, col=m.column, b=box: self.choose(name, col, b.currentData()))
            self.grid.setCellWidget(i, 4, box)
            shown = QLocale()
            conf = QTableWidgetItem(f"{shown.toString(round(m.confidence * 100))}{shown.percent()} ({how_word(m.how)})"
                                    if m.field not in ("extra", "ignore") else "")
            conf.setBackground(QBrush(QColor(_confidence_colour(m.confidence, m.field))))
            self.grid.setItem(i, 3, conf)
        self.grid.resizeColumnsToContents()
        self.grid.horizontalHeader().setStretchLastSection(True)  # the field chooser

    def choose(self, sheet: str, column: int, field: str) -> None:
        self.w.mappings[sheet] = columns.override(self.w.mappings[sheet], column, field)
        self.show_sheet()
        self.w.read_list(taught=False)  # read again with this column's field; the reading running stops

    def _dates_changed(self) -> None:
        if self.w.currentPage() is self:
            self.w.read_list(taught=False)

    def isComplete(self) -> bool:
        """Next waits until the list is read (the texts ServiceMap could not type decide the next page)."""
        return not self.w.reader.running

    def validatePage(self) -> bool:
        return self.w.find_questions()

    def cleanupPage(self) -> None:  # Back: the reading stops
        self.w.reader.cancel()
        super().cleanupPage()

    def nextId(self) -> int:
        """The Service types page only when the list has texts ServiceMap could not type."""
        return self.w.types_id if self.w.questions else self.w.problems_id


class ImportPage(QWizardPage):
    def __init__(self, wizard: ImportWizard):
        super().__init__(wizard)
        self.w = wizard
        self.setTitle(self.tr("Import"))
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 1000)
        self.message = QLabel(self)
        self.cancel_button = QPushButton(self.tr("Cancel the import"), self)
        self.cancel_button.clicked.connect(self.cancel)
        self.review_button = QPushButton(self.tr("Review locations…"), self)
        self.review_button.clicked.connect(self.w.show_review)
        self.review_button.hide()
        self.untyped = QLabel(self)
        self.untyped.setWordWrap(True)
        self.types_button = QPushButton(self.tr("Service types…"), self)
        self.types_button.setToolTip(self.tr("Give the services without a type their types"))
        self.types_button.clicked.connect(self.w.show_service_types)
        self.report = ImportReportView(self)
        self.done = False
        layout = QVBoxLayout(self)
        layout.addWidget(self.bar)
        row = QHBoxLayout()
        row.addWidget(self.message, 1)
        row.addWidget(self.review_button)
        row.addWidget(self.cancel_button)
        layout.addLayout(row)
        types_row = QHBoxLayout()
        types_row.addWidget(self.untyped, 1)
        types_row.addWidget(self.types_button)
        layout.addLayout(types_row)
        layout.addWidget(self.report, 1)

    def initializePage(self) -> None:
        self.done = False
        self.report.set_result(None)
        self.cancel_button.setEnabled(True)
        self.review_button.hide()
        self.show_untyped(None)
        self.w.start_import(self)

    def progress(self, fraction: float, message: str) -> None:
        self.bar.setValue(int(fraction * 1000))
        self.message.setText(progress_in_words(message))

    def finished(self, result) -> None:
        """The list is in; its sites are being placed on the map."""
        self.bar.setValue(0)
        self.message.setText(self.tr("Imported. Placing the new sites on the map by name…"))
        self.report.set_result(result)
        self.show_untyped(result)

    def show_untyped(self, result) -> None:
        """How many services of the list have no type (their texts were skipped), and where to type them."""
        n = sum(1 for s in result.services if not s.service_types) if result is not None else 0
        self.untyped.setText(self.tr("%n service(s) of this list have no type: see %1 to give them types.", "", n)
                             .replace("%1", menu_path("service-types")) if n else "")
        self.untyped.setVisible(bool(n))
        self.types_button.setVisible(bool(n) and self.w.window_ is not None)

    def placed(self, run) -> None:
        """What the geocoder placed, and what waits for a person."""
        self.done = True
        self.bar.setValue(1000)
        self.cancel_button.setEnabled(False)
        result = self.w.result
        ids = [site.id for site in result.sites] if result is not None else []
        counts = placing_of(self.w._target, ids)
        self.message.setText(self.tr("Imported. Of the %1 sites of this list, %2 had coordinates and %3 were placed "
                                     "on the map by name; %4 wait for review.")
                             .replace("%1", str(len(set(ids)))).replace("%2", str(counts.coordinates))
                             .replace("%3", str(counts.by_name)).replace("%4", str(counts.waiting)))
        self.review_button.setVisible(run.waiting > 0)
        self.completeChanged.emit()

    def not_placed(self, exc: BaseException) -> None:
        """The list is in, but placing its sites failed or was stopped: it can be done later."""
        self.done = True
        self.cancel_button.setEnabled(False)
        self.message.setText(self.tr("Imported. The sites were not placed on the map (%1); Tools › Review "
                                     "locations › Run the geocoder places them.").replace("%1", str(exc)))
        self.review_button.show()
        self.completeChanged.emit()

    def failed(self, exc: BaseException) -> None:
        self.cancel_button.setEnabled(False)
        text = str(exc) if isinstance(exc, UserFacingError) else self.tr("The import failed: {0}").format(exc)
        self.message.setText(text)

    def cancel(self) -> None:
        self.cancel_button.setEnabled(False)
        self.message.setText(self.w.cancel_import())

    def isComplete(self) -> bool:
        return self.done


@dataclass(frozen=True)
class Placing:
    """Where the sites of one import stand on the map, after the geocoder ran on the project."""

    coordinates: int  # placed by the coordinates the list gave
    by_name: int  # placed by their names, P-codes or addresses
    waiting: int  # in Review locations: not placed, doubtful or flagged


def placing_of(project_path, site_ids) -> Placing:
    """How the sites ``site_ids`` (those of one import) were placed: figures of these sites only, not
    of the whole project the geocoder went over."""
    from directory import gazetteer_store
    from mapping.geocode.review import needs_review

    wanted = set(site_ids)
    with Project.open(project_path) as project:
        results = gazetteer_store.results(project)
        manual = {s.id for s in project.sites() if s.location_source == "manual"}
    mine = [results[i] for i in wanted if i in results and i not in manual]
    return Placing(coordinates=sum(r.method == "coordinates" for r in mine),
                   by_name=sum(r.method not in ("coordinates", "none") for r in mine),
                   waiting=sum(needs_review(r) for r in mine))


class ImportWizard(QWizard):
    """Steps: file, preview, mapping, service types (when some texts have none), problems, import and report."""

    def __init__(self, window=None, *, project_path: str | None = None, synchronous: bool = False):
        super().__init__(window)
        self.window_ = window
        self._project_path = project_path
        self.setWindowTitle(self.tr("Import a service list"))
        fit_to_screen(self, 980, 640)
        self.runner = TaskRunner(self, synchronous=synchronous)  # the import, then the placing of its sites
        self.reader = TaskRunner(self, synchronous=synchronous)  # the list read before the import, nothing written
        self.opener = TaskRunner(self, synchronous=synchronous)  # the chosen file's sheets and tables (file page)
        self.opening_file = ""  # the file the opener reads, or read last
        self._opening_key: tuple | None = None  # what it reads now
        self._opened: tuple[tuple, object] | None = None  # its last reading: (key, FoundTables or the error)
        self.file = ""
        self.sheets: list = []
        self.tables: dict = {}
        self.skipped: dict[str, str] = {}
        self.mappings: dict[str, list] = {}
        self.result = None
        self.importing = False
        self.region: str | None = None
        self.not_confidential: set[tuple[str, int]] = set()
        self.confidential: set[tuple[str, int]] = set()
        self.taxonomy = None
        self.questions: list = []  # texts ServiceMap could not type (importers.teach.TypeQuestion)
        self.taught: dict[str, list[str]] = {}  # the user's answers: text -> type codes
        self._preview: tuple[str, object] | None = None  # the last dry run, and what it was read with
        self._reading_key: str | None = None  # what the reading running now is read with
        self._on_read = None  # who gets that reading's result
        self.file_page, self.preview_page = FilePage(self), PreviewPage(self)
        self.mapping_page, self.types_page = MappingPage(self), TypesPage(self)
        self.problems_page, self.import_page = ProblemsPage(self), ImportPage(self)
        for page in (self.file_page, self.preview_page, self.mapping_page):
            self.addPage(page)
        self.types_id = self.addPage(self.types_page)
        self.problems_id = self.addPage(self.problems_page)
        self.addPage(self.import_page)
        self.currentIdChanged.connect(self._page_shown)

    def _page_shown(self, _id: int) -> None:
        if self.currentPage() is self.file_page:  # back on it, or started again: its file is read ahead again
            self.file_page.read_ahead()

    @property
    def project_path(self) -> str | None:
        """The project the import goes into: the one given, or the main window's current one."""
        return project_path_for(self.window_, self._project_path)

    def showEvent(self, event) -> None:
        if self.currentPage() is self.import_page and not self.runner.running:
            self.restart()  # opened again after an import: start from the file
        super().showEvent(event)

    # --- the file page: the file's sheets and tables, read in the background ---------------------

    def _file_key(self, file: str) -> tuple:
        """What a reading of ``file`` depends on: the file, the project, and both as they are on disk now
        (a file saved again, or a project whose profiles changed, is read again)."""
        project = str(self.project_path) if self.project_path else None
        return (file, project, _stamp(file), _stamp(project))

    def open_file(self, file: str, *, again: bool = False) -> None:
        """Read ``file``'s sheets and find their tables in the background (:func:`find_tables`), unless that
        reading is already made or running (``again`` reads it anyway). A reading of another file stops."""
        key = self._file_key(file)
        if not again and self._opened is not None and self._opened[0] == key:
            return
        if not again and self.opener.running and self._opening_key == key:
            return
        self.opening_file, self._opening_key, self._opened = file, key, None
        self.opener.start(find_tables, TablesReading(file, key[1]),
                          on_done=lambda found, key=key: self._file_read(key, found),
                          on_error=lambda exc, key=key: self._file_failed(key, exc))

    def stop_opening_other_than(self, file: str) -> None:
        if self.opener.running and self.opening_file != file:
            self.opener.cancel()

    def _file_read(self, key: tuple, found: FoundTables) -> None:
        self._opened = (key, found)

    def _file_failed(self, key: tuple, exc: BaseException) -> None:
        """Said on the file page at once; a file the user should change gets the "Cannot import this file"
        box too when Next is clicked (:meth:`take_file`), as before."""
        self._opened = (key, exc)
        if isinstance(exc, UserFacingError):
            self.file_page.reading.failed(str(exc), as_written=True)  # the words of the box, as the box shows them
        else:  # logged as the TaskRunner logs a task's error, and said on the page
            log.error("reading the sheets of the list failed", exc_info=(type(exc), exc, exc.__traceback__))
            self.file_page.reading.failed(self.tr("The list could not be read: {0}").format(exc))

    def wait_for_opening(self) -> None:
        """Return once the file is read, the window's events handled meanwhile. Next is disabled while it
        is read, so only code that calls next() or load() itself waits here."""
        self.opener.wait()

    def take_file(self, file: str) -> bool:
        """Next on the file page: its sheets and tables (read ahead, or read now and waited for) become the
        wizard's. A file that cannot be read says why (the "Cannot import this file" box, as before), and
        the page stays; an unexpected error was said on the page, and the next click reads the file again."""
        key = self._file_key(file)
        if not self._outcome_for(key):
            if not (self.opener.running and self._opening_key == key):
                self.open_file(file, again=True)
                key = self._opening_key
            self.wait_for_opening()
        outcome = self._opened[1] if self._opened is not None and self._opened[0] == key else None
        if outcome is None:  # stopped (the wizard closed meanwhile)
            return False
        if isinstance(outcome, UserFacingError):
            QMessageBox.warning(self, self.tr("Cannot import this file"), str(outcome))
            return False
        if isinstance(outcome, BaseException):
            return False
        self._take(outcome)
        return True

    def _outcome_for(self, key: tuple) -> bool:
        """A reading of ``key`` is at hand: its tables, or an error that reading again would give again."""
        if self._opened is None or self._opened[0] != key:
            return False
        outcome = self._opened[1]
        return not isinstance(outcome, BaseException) or isinstance(outcome, UserFacingError)

    def load(self, file: str) -> bool:
        """Read the file and find its tables now (for code that needs them at once: the saved profiles were
        changed); waits for the background reading with the window's events handled. A file that cannot be
        read says why; False then."""
        self.open_file(file, again=True)
        return self.take_file(file)

    def _take(self, found: FoundTables) -> None:
        """The file's sheets and tables become the wizard's; the choices made for the file before go."""
        self.reader.cancel()  # a reading of the choices this file replaces
        settings = found.project
        if settings is not None:
            self.region, self.taxonomy = settings.region, settings.taxonomy
            self.mapping_page.dates.blockSignals(True)  # not a reading with the old file's columns
            self.mapping_page.dates.set_project_order(
                settings.date_order,
                self.tr("chosen for this project") if settings.date_order_stored else
                self.tr("usual in {0}").format(settings.country_name) if settings.country_name is not None else "")
            self.mapping_page.dates.blockSignals(False)
        # copies: the reading stays as it was made, should the same file be taken again after Back
        self.file, self.sheets = found.file, list(found.sheets)
        self.tables, self.skipped = dict(found.tables), dict(found.skipped)
        self.mappings = {sheet: list(mapping) for sheet, mapping in found.mappings.items()}
        self.not_confidential, self.confidential = set(), set()
        self.questions, self.taught, self._preview = [], {}, None

    def reading_taxonomy(self, *, taught: bool = True):
        """The taxonomy the list is read with: the project's, with the user's answers unless ``taught`` is False."""
        from directory.taxonomy import default_taxonomy
        from importers.teach import with_answers

        taxonomy = self.taxonomy or default_taxonomy()
        return with_answers(taxonomy, self.taught, by=user_name_for(self.window_) or "you") if taught else taxonomy

    def _reading(self, *, taught: bool) -> tuple[str, ListReading]:
        """What the list is read with now, and the key that tells one reading from another."""
        taxonomy = self.reading_taxonomy(taught=taught)
        day_first = self.mapping_page.dates.day_first
        key = repr((self.project_path, self.file, self.mappings, sorted(self.not_confidential),
                    sorted(self.confidential), day_first, sorted(taxonomy.meta.get("phrases", []), key=repr)))
        reading = ListReading(self.file, {sheet: list(m) for sheet, m in self.mappings.items()}, self.region, taxonomy,
                              frozenset(self.not_confidential), frozenset(self.confidential), day_first,
                              str(self.project_path) if self.project_path else None)
        return key, reading

    def read_list(self, on_done=None, *, taught: bool = True) -> None:
        """Read the list as the import will read it, nothing written, in the background; ``on_done(result)``
        then runs on the GUI thread (with None when the list could not be read).

        The same reading is not done twice: one already made calls ``on_done`` at once, and one running
        with the same choices is not started again. A reading with other choices is stopped, since these
        replace them. The pages show the progress (:class:`ReadingLine`) and keep Next disabled meanwhile.
        """
        key, reading = self._reading(taught=taught)
        if self._preview is not None and self._preview[0] == key:
            self.reader.cancel()
            self._on_read = None
            if on_done is not None:
                on_done(self._preview[1])
            return
        if self.reader.running and self._reading_key == key:
            if on_done is not None:
                self._on_read = on_done
            return
        self._reading_key, self._on_read = key, on_done
        self.reader.start(read_list, reading, on_done=lambda result, key=key: self._read(key, result),
                          on_error=self._reading_failed)

    def _read(self, key: str, result) -> None:
        self._preview = (key, result)
        on_done, self._on_read = self._on_read, None
        if on_done is not None:
            on_done(result)

    def _reading_failed(self, exc: BaseException) -> None:
        on_done, self._on_read = self._on_read, None
        if isinstance(exc, UserFacingError):
            QMessageBox.warning(self, self.tr("Cannot import this file"), str(exc))
        else:  # logged as the TaskRunner logs a task's error, and said on the page, as a failed import is
            log.error("reading the list failed", exc_info=(type(exc), exc, exc.__traceback__))
            text = self.tr("The list could not be read: {0}").format(exc)
            for page in (self.mapping_page, self.problems_page):
                page.reading.failed(text)
        if on_done is not None:
            on_done(None)

    def wait_for_reading(self) -> None:
        """Return once no reading runs, the window's events handled meanwhile. Next is disabled while the
        list is read, so only code that calls next() itself (a script, a test) waits here."""
        self.reader.wait()

    def dry_run(self, *, taught: bool = True):
        """The list read as the import will read it, nothing written, for code that needs it at once (a
        page's validatePage, a script): the reading already made, else the one running (or a new one) waited
        for by :meth:`wait_for_reading`. None when it could not be read or the reading was stopped."""
        key, _ = self._reading(taught=taught)
        if self._preview is None or self._preview[0] != key:
            if not (self.reader.running and self._reading_key == key):
                self.read_list(taught=taught)
            self.wait_for_reading()
        return self._preview[1] if self._preview is not None and self._preview[0] == key else None

    def find_questions(self) -> bool:
        """The texts ServiceMap could not type (or is unsure of), read before the Service types page."""
        from directory.synonyms import normalise
        from importers.teach import questions

        result = self.dry_run(taught=False)
        if result is None:
            return False
        self.questions = [q for q in questions(result, self.taxonomy) if normalise(q.text)]  # a text of words only
        asked = {q.text for q in self.questions}
        self.taught = {text: codes for text, codes in self.taught.items() if text in asked}
        return True

    def start_import(self, page: ImportPage) -> None:
        if not self.project_path:
            page.failed(UserFacingError(self.tr("Open or create a project first.")))
            return
        dates = self.mapping_page.dates
        request = ImportRequest(self.project_path, self.file, mappings=self.mappings, taught=self.taught,
                                user=user_name_for(self.window_),
                                not_confidential=self.not_confidential, confidential=self.confidential,
                                day_first=dates.day_first,
                                keep_order=dates.order_to_store())
        self.importing = True
        self._target = self.project_path  # its sites are placed in this project, whatever is open by then
        self.runner.start(run_import, request, on_done=self._imported, on_error=self._import_failed,
                          on_progress=page.progress)

    def _import_failed(self, exc: BaseException) -> None:
        self.importing = False
        self.import_page.failed(exc)

    @property
    def busy(self) -> bool:
        """An import (or the placing of its sites) is running."""
        return self.runner.running

    def running_work(self) -> str:
        """What quitting now would cancel, in words ("" when nothing runs)."""
        if not self.busy:
            return ""
        text = self.tr("The import of %1") if self.importing else self.tr("Placing the sites of %1 on the map")
        return text.replace("%1", Path(self.file).name)

    def cancel_work(self) -> str:
        return self.cancel_import()

    def cancel_import(self) -> str:
        """Stop the import (or the placing of its sites) and say what that left in the project."""
        name = Path(self.file).name
        was_importing = self.importing
        self.runner.cancel()
        self.importing = False
        if was_importing:
            return self.tr("Cancelled. The import of %1 was rolled back: nothing from it was written to the "
                           "project.").replace("%1", name)
        self.import_page.not_placed(self.tr("stopped"))
        return self.tr("%1 was imported; placing its sites on the map was stopped, and nothing was placed.").replace(
            "%1", name)

    def show_profiles(self) -> None:
        """The saved profiles of the project; the columns are guessed again for a deleted one."""
        from desktop.importing.profiles import ImportProfilesDialog

        if not self.project_path:
            QMessageBox.information(self, self.tr("Saved import profiles"), self.tr("Open or create a project first."))
            return
        ImportProfilesDialog(self, project_path=self.project_path).exec()
        if self.file:
            self.load(self.file)
            self.mapping_page.initializePage()

    def _imported(self, run) -> None:
        self.importing = False
        self.result = run.result
        self.import_page.finished(run.result)
        if not run.imported_anything:
            self.import_page.not_placed(self.tr("nothing was imported"))
            return
        self.runner.start(run_geocode, GeocodeRequest(self._target), on_done=self._placed,
                          on_error=self.import_page.not_placed, on_progress=self.import_page.progress)
        self._reload_window()

    def _placed(self, run) -> None:
        self.import_page.placed(run)
        self._reload_window()

    def _reload_window(self) -> None:
        if self.window_ is not None and hasattr(self.window_, "reload_project"):
            self.window_.reload_project()

    def show_review(self) -> None:
        if self.window_ is not None and hasattr(self.window_, "show_panel"):
            self.window_.show_panel("review")

    def show_service_types(self) -> None:
        if self.window_ is not None and hasattr(self.window_, "show_panel"):
            self.window_.show_panel("service-types")

    def done(self, result: int) -> None:
        """Closed (Cancel, Finish, the window's close button): a reading of the file or of the list stops."""
        self.file_page.settled.stop()
        self.opener.cancel()
        self.reader.cancel()
        super().done(result)

    def reject(self) -> None:
        """Closing the wizard during an import cancels it, and says what was rolled back."""
        if self.busy:
            QMessageBox.information(self, self.tr("Import cancelled"), self.cancel_import())
        super().reject()


def shown(value: object) -> str:
    """A cell as the spreadsheet shows it: 3 (not 3.0, the reader gives whole numbers as floats), a date
    without a midnight time, text cut at 200 characters."""
    if value is None:
        return ""
    if type(value) is float and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    if isinstance(value, datetime) and value.time() == time(0):
        return value.date().isoformat()
    return str(value)[:200]


def _stamp(path: str | None) -> tuple[int, int] | None:
    """A file's size and modification time (None when it is not there)."""
    try:
        found = Path(path).stat() if path else None
    except (OSError, ValueError):
        return None
    return (found.st_size, found.st_mtime_ns) if found is not None else None


def _letter(col: int) -> str:
    from importers.rows import column_letter

    return column_letter(col)


def _confidence_colour(confidence: float, field: str) -> str:
    if field in ("extra", "ignore"):
        return "#ffffff"
    return "#c6efce" if confidence >= 0.95 else "#ffeb9c" if confidence >= 0.8 else "#ffc7ce"


def open_import_wizard(window) -> ImportWizard:
    """The Tools menu's factory (desktop.window.panels)."""
    wizard = ImportWizard(window)
    wizard.setWindowModality(Qt.WindowModality.WindowModal)
    return wizard


_ = STATUS_COLOURS
