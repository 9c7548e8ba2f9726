"""The pathway panel: choose areas, a concern and a language; edit the steps; preview, print, export.

The preview is the printed document itself (the same HTML the PDF is printed from), redrawn
a moment after each change. Edits to the steps stay in the panel until "Save steps" writes
them into the project, where the command line and every other user of the file find them.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, QUrl, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.curation.warnings_bar import WarningsBar
from desktop.pathways.steps import StepEditor
from desktop.window.small_screen import fit_to_screen, scrolling
from desktop.worker import TaskRunner
from directory.errors import UserFacingError
from directory.tasks import InvalidRequest
from pathways import request as pathways_request
from pathways.concerns import CONCERNS
from pathways.directory_snapshot import DirectorySnapshot
from pathways.html import document
from pathways.templates import load_template, reset_template, save_template
from pathways.texts import available_languages, texts

PCODE_ROLE = Qt.ItemDataRole.UserRole
NAME_ROLE = Qt.ItemDataRole.UserRole + 1
PREVIEW_DELAY_MS = 400
#: Areas drawn in the preview; printing and export take every chosen area.
PREVIEW_AREAS = 3
FORMATS = {"pdf": "PDF (*.pdf)", "docx": "Word (*.docx)", "html": "HTML (*.html)", "sms": "SMS text (*.txt)", "csv": "CSV (*.csv)"}

# The resolution a paper printer prints the pathway at, at most (dots per inch).
PAPER_DPI = 600


class PathwayPanel(QWidget):
    """Referral pathways for the window's open project.

    The preview and the export are built in the background from a
    :class:`pathways.request.PathwaysRequest` that names the project by its path.
    """

    exported = Signal(object)  # the files written (a list of paths)
    printed = Signal(bool)  # Print… finished (True when the printer took the document)

    def __init__(self, window, *, synchronous: bool = False):
        super().__init__(None, Qt.WindowType.Window)
        from PySide6.QtWebEngineWidgets import QWebEngineView

        self.window_ = window
        self.setWindowTitle(self.tr("Referral pathways"))
        self.runner = TaskRunner(self, synchronous=synchronous)  # the preview: a newer one replaces it
        # Export has its own runner: a preview redrawn meanwhile (another area ticked) must not cancel it.
        self.export_runner = TaskRunner(self, synchronous=synchronous)
        self.snapshot: DirectorySnapshot | None = None
        self.template = None
        self._tmp = tempfile.TemporaryDirectory(prefix="servicemap-pathway-")

        self.level = QComboBox(self)
        self.level.currentIndexChanged.connect(self._fill_areas)
        self.search = QLineEdit(self)
        self.search.setAccessibleName(self.tr("Filter areas"))
        self.search.setPlaceholderText(self.tr("Filter areas…"))
        self.search.textChanged.connect(self._filter_areas)
        self.areas = QListWidget(self)
        self.areas.setAccessibleName(self.tr("Areas to print"))
        self.areas.itemChanged.connect(self._schedule)
        self.concern = QComboBox(self)
        self.lang = QComboBox(self)
        for code in available_languages():
            self.lang.addItem(texts(code).get("language"), code)
        from desktop.window.panels import language_for

        # the page starts in the interface's language: a case officer working in French prints in French
        self.lang.setCurrentIndex(max(0, self.lang.findData(language_for(window))))
        self.lang.currentIndexChanged.connect(self._template_changed)
        self.concern.currentIndexChanged.connect(self._template_changed)
        self.paper = QComboBox(self)
        self.paper.addItems(["A4", "Letter"])
        self.paper.currentIndexChanged.connect(self._schedule)
        self.steps = StepEditor(self)
        self.steps.edited.connect(self._schedule)
        self.save_button = QPushButton(self.tr("Save steps"), self)
        self.save_button.clicked.connect(self.save_steps)
        self.reset_button = QPushButton(self.tr("Reset to default"), self)
        self.reset_button.clicked.connect(self.reset_steps)
        self.print_button = QPushButton(self.tr("Print…"), self)
        self.print_button.clicked.connect(self.print_document)
        self.export_button = QPushButton(self.tr("Export…"), self)
        self.export_button.clicked.connect(self.choose_export)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.warnings = WarningsBar(window, self)
        self.preview = QWebEngineView(self)
        self.preview.printFinished.connect(self._print_finished)
        self.preview.page().pdfPrintingFinished.connect(self._pdf_printed)
        self._printer = None

        # Left: what to print (areas and options) and how (its steps), one tab each, so that each
        # has the column's full height on a small screen; Print and Export stay in sight below.
        choose = QWidget(self)
        form = QVBoxLayout(choose)
        for label, widget in ((self.tr("Admin level"), self.level), (None, self.search), (None, self.areas),
                              (self.tr("Concern"), self.concern), (self.tr("Language"), self.lang),
                              (self.tr("Paper"), self.paper)):
            if label:
                caption = QLabel(label, choose)
                caption.setBuddy(widget)
                form.addWidget(caption)
            form.addWidget(widget, 1 if widget is self.areas else 0)
        steps = QWidget(self)
        step_column = QVBoxLayout(steps)
        step_column.addWidget(self.steps, 1)
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addWidget(self.reset_button)
        step_column.addLayout(row)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(scrolling(choose, self), self.tr("Areas and options"))
        self.tabs.addTab(scrolling(steps, self), self.tr("Steps"))
        controls = QWidget(self)
        left = QVBoxLayout(controls)
        left.setContentsMargins(0, 0, 0, 0)
        left.addWidget(self.tabs, 1)
        row = QHBoxLayout()
        row.addWidget(self.print_button)
        row.addWidget(self.export_button)
        left.addLayout(row)
        left.addWidget(self.status)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(controls)
        splitter.addWidget(self.preview)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        fit_to_screen(self, 1150, 800)
        splitter.setSizes([self.width() * 2 // 5, self.width() * 3 // 5])
        outer = QVBoxLayout(self)
        outer.addWidget(self.warnings)
        outer.addWidget(splitter, 1)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(PREVIEW_DELAY_MS)
        self.timer.timeout.connect(self.refresh_preview)
        window.projectChanged.connect(self.set_project)
        self.set_project(window.project)

    # --- the project, areas and template -----------------------------------------

    def set_project(self, project) -> None:
        self.timer.stop()  # a redraw asked for the project that was open
        self.runner.cancel()
        self.snapshot = DirectorySnapshot.read(project) if project is not None else None
        self.steps.names = {r.service_id: (r.service_types[0] if r.confidential and r.service_types else f"{r.organisation} — {r.name}")
                            for r in (self.snapshot.listing if self.snapshot else [])}
        self.setEnabled(project is not None)
        self.level.blockSignals(True)
        self.level.clear()
        if project is not None:
            from desktop.window.panels import level_names_for

            levels = project.admin_levels()
            for level, name in level_names_for(project, self.window_).items():  # as the map's layer list
                self.level.addItem(f"{level} {name}", level)
            self.level.setCurrentIndex(min(1, len(levels) - 1))
        self.level.blockSignals(False)
        self._fill_concerns()
        self._fill_areas()
        self._template_changed()

    def _fill_concerns(self) -> None:
        lang = self.current_lang()
        current = self.concern.currentData()
        self.concern.blockSignals(True)
        self.concern.clear()
        for code in CONCERNS:
            self.concern.addItem(texts(lang).concern(code), code)
        self.concern.setCurrentIndex(max(0, self.concern.findData(current)))
        self.concern.blockSignals(False)

    def _fill_areas(self) -> None:
        self.areas.blockSignals(True)
        self.areas.clear()
        if self.snapshot is not None and self.level.currentData() is not None:
            from desktop.window.panels import language_for

            lang = language_for(self.window_)
            for area in self.snapshot.areas_at_level(self.level.currentData()):
                item = QListWidgetItem(f"{area.name_in(lang)} ({area.pcode})")  # the interface's language
                item.setData(PCODE_ROLE, area.pcode)
                item.setData(NAME_ROLE, area.name)  # found by the filter under its main name too
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
                self.areas.addItem(item)
        self.areas.blockSignals(False)
        self._filter_areas(self.search.text())

    def _filter_areas(self, text: str) -> None:
        """Areas whose name or P-code holds the text, accents and case aside ("Téknaf" finds Teknaf)."""
        from desktop.curation.services_model import fold

        wanted = fold(text.strip())
        for i in range(self.areas.count()):
            item = self.areas.item(i)
            item.setHidden(bool(wanted) and wanted not in fold(f"{item.text()} {item.data(NAME_ROLE)}"))

    def chosen_areas(self) -> list[str]:
        items = [self.areas.item(i) for i in range(self.areas.count())]
        return [i.data(PCODE_ROLE) for i in items if i.checkState() == Qt.CheckState.Checked]

    def choose_areas(self, pcodes: list[str]) -> None:
        for i in range(self.areas.count()):
            item = self.areas.item(i)
            item.setCheckState(Qt.CheckState.Checked if item.data(PCODE_ROLE) in pcodes else Qt.CheckState.Unchecked)

    def current_lang(self) -> str:
        return self.lang.currentData() or "en"

    def _template_changed(self) -> None:
        if self.sender() is self.lang:
            self._fill_concerns()
        project = self.window_.project
        if project is None:
            return
        self.template = load_template(project, self.concern.currentData() or "general", self.current_lang())
        self.steps.set_template(self.template)
        self._schedule()

    # --- preview ---------------------------------------------------------------------

    def _schedule(self, *args) -> None:
        self.timer.start()

    def request(self, pcodes: list[str], fmt: str = "html", out: Path | None = None) -> pathways_request.PathwaysRequest:
        """What the panel shows, as a request the worker can run: the project by its path, the edited steps."""
        return pathways_request.PathwaysRequest(
            self.window_.project.path, pcodes, concern=self.template.concern, lang=self.template.lang,
            paper=self.paper.currentText(), format=fmt, out=out, template=self.template)

    def refresh_preview(self) -> None:
        self.timer.stop()  # drawn now: a redraw still scheduled would only load the same page again
        if self.window_.project is None:  # closed since the change that asked for this redraw
            return
        pcodes = self.chosen_areas()[:PREVIEW_AREAS]
        if not pcodes or self.template is None:
            self.preview.setHtml("<p style='font-family:sans-serif'>" + self.tr("Tick one or more areas to see their pathway.")
                                 + "</p>")
            self.steps.set_pathway(None)
            self.warnings.show_warnings([])
            return
        self.runner.start(pathways_request.build, self.request(pcodes), on_done=self._show_preview,
                          on_error=self._failed)

    def warn(self, rendered) -> None:
        """What can make the chosen areas' pathways quietly wrong: a step left empty while services
        without a type exist (they may be of its types), areas whose services nobody has verified."""
        from dataclasses import replace

        from desktop.window.panels import language_for
        from directory.checks import find_warnings
        from directory.type_labels import ServiceTypes

        project = self.window_.project
        if project is None or self.template is None:
            return
        types = list(dict.fromkeys(t for step in self.template.steps for t in step.types))
        empty = {s.key for r in rendered for s in r.pathway.steps if not s.entries}
        empty_types = {t for step in self.template.steps if step.key in empty for t in step.types}
        found = find_warnings(project, service_types=types, areas=self.chosen_areas(),
                              listing=getattr(self.window_, "listing", None))
        # a type no service of the areas has may still be served from nearby: missing only if its step is empty
        found = [replace(w, missing=tuple(t for t in w.missing if t in empty_types)) for w in found]
        self.warnings.show_warnings(found, ServiceTypes.for_project(project, language_for(self.window_)).label)

    def _show_preview(self, rendered) -> None:
        self.steps.set_pathway(rendered[0].pathway if rendered else None)
        self.warn(rendered)
        page = Path(self._tmp.name) / "preview.html"
        page.write_text(document(rendered, paper=self.paper.currentText(), preview=True), encoding="utf-8")
        self.preview.load(QUrl.fromLocalFile(str(page)))
        stale = sum(r.pathway.stale_count for r in rendered)
        self.status.setText(self.tr("%1 area(s) shown; %2 services not verified recently are marked.")
                            .replace("%1", str(len(rendered))).replace("%2", str(stale)))

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, UserFacingError):
            QMessageBox.warning(self, self.tr("Referral pathways"), str(exc))
        else:
            raise exc

    # --- saving, printing and export ------------------------------------------------

    def save_steps(self) -> None:
        save_template(self.window_.project, self.template)
        self.status.setText(self.tr("Steps saved in the project."))

    def reset_steps(self) -> None:
        reset_template(self.window_.project, self.template.concern, self.template.lang)
        self._template_changed()

    def print_document(self) -> None:
        """Print… : the preview as shown, on the printer (or PDF file) the user chooses."""
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if QPrintDialog(printer, self).exec():
            self.print_to(printer)

    def print_to(self, printer) -> None:
        """Print the preview on ``printer``; :attr:`printed` says when it is done.

        PySide6's QWebEnginePage has no print(); the view prints (see PITFALLS). The printer
        must live until the view has finished, so the panel keeps it.
        """
        from PySide6.QtPrintSupport import QPrinter

        self._printer = printer
        self.print_button.setEnabled(False)
        self.status.setText(self.tr("Printing…"))
        if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat and printer.outputFileName():
            # "Print to file" (PDF): Chromium writes the page as text and shapes, as Export does.
            # Through the printer it came out as one picture per page: about 13 MB a page, text
            # that cannot be searched or copied, too heavy to e-mail.
            self.preview.page().printToPdf(printer.outputFileName(), printer.pageLayout())
        else:
            # A paper printer gets each page as a picture at its resolution: at 1200 dpi about 13 MB a
            # page to spool. 600 dpi keeps the text sharp on paper.
            if printer.resolution() > PAPER_DPI:
                printer.setResolution(PAPER_DPI)
            self.preview.print(printer)

    def _pdf_printed(self, path: str, ok: bool) -> None:
        from desktop.pathways.printing import with_usual_permissions

        if ok:
            with_usual_permissions(Path(path))
        self._print_finished(ok)

    def _print_finished(self, ok: bool) -> None:
        self.print_button.setEnabled(True)
        self._printer = None
        self.status.setText(self.tr("Printed.") if ok else self.tr("The pathway could not be printed. "
                                                                    "Check the printer, or print to a PDF file."))
        self.printed.emit(ok)

    def proposed_file(self) -> Path | None:
        """The name Export… offers, beside the project: the area and the concern (and the language)."""
        pcodes = self.chosen_areas()
        if not pcodes or self.window_.project is None or self.snapshot is None:
            return None
        request = self.request(pcodes, "pdf")
        if len(pcodes) == 1:
            name = pathways_request.file_name(request, self.snapshot.areas[pcodes[0]])
        else:
            name = f"pathways-{len(pcodes)}-areas-{request.concern}-{request.lang}.pdf"
        return Path(self.window_.project.path).parent / name

    def choose_export(self) -> None:
        proposed = self.proposed_file()
        path, chosen = QFileDialog.getSaveFileName(self, self.tr("Export pathways"), str(proposed or ""),
                                                   ";;".join(FORMATS.values()), FORMATS["pdf"])
        if path:
            fmt = next(k for k, v in FORMATS.items() if v == chosen)
            self.export(Path(path), fmt)

    def export(self, path: Path, fmt: str) -> None:
        """Write every chosen area's pathway into ``path`` (one file; a contents page for several).

        The pathways are built in the background; the file is written back on this thread (a PDF
        is printed by Qt's web engine, which lives here). :attr:`exported` says when it is done.
        """
        pcodes = self.chosen_areas()
        if not pcodes:
            QMessageBox.information(self, self.tr("Export pathways"), self.tr("Tick the areas to export first."))
            return
        request = self.request(pcodes, fmt, path)
        try:
            request.validate()
        except InvalidRequest as exc:
            QMessageBox.warning(self, self.tr("Export pathways"),
                                exc.describe(lambda name: self.tr("File") if name == "out" else name))
            return
        self.status.setText(self.tr("Preparing %1 pathway(s)…").replace("%1", str(len(pcodes))))
        self.export_button.setEnabled(False)
        self.export_runner.start(pathways_request.build, request, on_done=lambda rendered: self._write(request, rendered),
                                 on_error=self._export_failed)

    def _export_failed(self, exc: BaseException) -> None:
        self.export_button.setEnabled(True)
        self.status.setText("")
        self._failed(exc)

    def _write(self, request, rendered) -> None:
        from desktop.pathways.printing import PrintError, html_to_pdf

        try:
            written = pathways_request.write(request, rendered,
                                             lambda html, target: html_to_pdf(html, target, paper=request.paper))
        except (OSError, PrintError) as exc:  # a file another program holds open, a read-only stick …
            self.status.setText(self.tr("Not exported."))
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            QMessageBox.warning(self, self.tr("Export pathways"),
                                self.tr("Could not write %1: %2. If another program has the file open, close it; "
                                        "or choose another name or folder.")
                                .replace("%1", str(request.out)).replace("%2", reason))
            return
        finally:
            self.export_button.setEnabled(True)  # once written: a PDF prints in a nested event loop
        self.status.setText(self.tr("Exported %1").replace("%1", str(request.out)))
        self.exported.emit(written)

    def running_work(self) -> str:
        """What quitting now would cancel, in words ("" when nothing runs): an export being prepared."""
        return self.tr("The export of the pathways") if self.export_runner.running else ""

    def cancel_work(self) -> str:
        self.export_runner.cancel()
        self.export_button.setEnabled(True)
        self.status.setText(self.tr("Not exported."))
        return self.tr("The export of the pathways was stopped; no file was written.")

    def closeEvent(self, event) -> None:
        self.timer.stop()
        self.runner.cancel()
        self.export_runner.cancel()
        super().closeEvent(event)


def open_pathway_panel(window) -> PathwayPanel:
    return PathwayPanel(window)

