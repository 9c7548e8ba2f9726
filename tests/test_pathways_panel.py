"""The pathway panel: choosing areas, live preview, editing and saving steps, export."""

from __future__ import annotations

import csv
import io

import pytest
from PySide6 import QtWebEngineWidgets  # noqa: F401 - before the QApplication
from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal

QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_UseSoftwareOpenGL)

from desktop.pathways.panel import PREVIEW_DELAY_MS, PathwayPanel  # noqa: E402
from pathways.templates import load_template  # noqa: E402
from tests.pathway_fixtures import SAFE_HOUSE_ADDRESS, pathway_project  # noqa: E402


class FakeWindow(QObject):
    projectChanged = Signal(object)

    def __init__(self, project):
        super().__init__()
        self.project = project


def open_panel(qtbot, tmp_path, *, synchronous: bool):
    project = pathway_project(tmp_path / "p.gpkg")
    widget = PathwayPanel(FakeWindow(project), synchronous=synchronous)
    widget.show()
    return widget, project


def close_panel(qtbot, widget, project):
    widget.close()
    widget.deleteLater()  # the web page must go before the profile (QtWebEngine warns otherwise)
    qtbot.wait(300)
    project.close()


@pytest.fixture
def panel(qtbot, tmp_path):
    widget, project = open_panel(qtbot, tmp_path, synchronous=True)
    yield widget
    close_panel(qtbot, widget, project)


@pytest.fixture
def threaded_panel(qtbot, tmp_path):
    """The panel as the user gets it: its tasks on the real thread pool."""
    widget, project = open_panel(qtbot, tmp_path, synchronous=False)
    yield widget
    close_panel(qtbot, widget, project)


def preview_text(panel, qtbot, timeout: int = 10000) -> str:
    """The preview's text once the page has some: asked again while a load is still replacing it."""
    texts = []

    def has_text():
        if texts and texts[-1].strip():
            return True
        panel.preview.page().toPlainText(texts.append)
        return False

    qtbot.waitUntil(has_text, timeout=timeout)
    return texts[-1]


def test_choosing_an_area_previews_its_pathway(panel, qtbot):
    assert panel.level.currentData() == 2
    assert panel.areas.count() == 3
    panel.choose_areas(["BDX01"])
    panel.refresh_preview()
    loaded = []
    panel.preview.loadFinished.connect(loaded.append)
    qtbot.waitUntil(lambda: bool(loaded), timeout=20000)
    assert loaded == [True]
    text = preview_text(panel, qtbot)
    assert "Alpha case management" in text and "Bravo far case management" not in text
    assert "1098" in text and SAFE_HOUSE_ADDRESS not in text
    qtbot.wait(1500)  # let the page paint before the screenshot
    panel.grab().save(str(panel.window_.project.path.with_name("panel.png")))


def test_a_redraw_asked_for_now_replaces_the_one_scheduled(panel, qtbot):
    """Ticking an area schedules a redraw; drawing at once must not leave it to load the page a second
    time (the second load emptied the page under a reader who had just been told it was ready)."""
    panel.choose_areas(["BDX01"])
    panel.refresh_preview()
    loaded = []
    panel.preview.loadFinished.connect(loaded.append)
    qtbot.wait(PREVIEW_DELAY_MS + 2000)  # past the scheduled redraw, and a load it would start
    assert loaded == [True]


def test_edited_steps_are_saved_in_the_project(panel):
    panel.concern.setCurrentIndex(panel.concern.findData("gbv"))
    panel.choose_areas(["BDX01"])
    panel.refresh_preview()
    panel.steps.steps.setCurrentRow(2)  # health within 72 hours
    assert panel.steps.current_step().key == "health_72h"
    assert panel.steps.services.count() == 2
    panel.steps.title.setText("Go to the clinic within 72 hours")
    panel.steps.title.textEdited.emit(panel.steps.title.text())
    first = panel.steps.services.item(0)
    first.setCheckState(Qt.CheckState.Unchecked)  # leave "Alpha clinic" off the step
    panel.save_steps()
    saved = load_template(panel.window_.project, "gbv", "en")
    step = next(s for s in saved.steps if s.key == "health_72h")
    assert step.title == "Go to the clinic within 72 hours" and len(step.hidden) == 1
    panel.refresh_preview()
    assert panel.steps.services.count() == 2  # the hidden one stays listed, unticked
    assert panel.steps.services.item(1).checkState() == Qt.CheckState.Unchecked


def test_export_writes_every_chosen_area(panel, tmp_path):
    panel.choose_areas(["BDX01", "BDX03"])
    written = []
    panel.exported.connect(written.append)
    panel.export(tmp_path / "all.csv", "csv")
    [[out]] = written
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    assert {r["area_pcode"] for r in rows} == {"BDX01", "BDX03"}
    assert all(SAFE_HOUSE_ADDRESS not in ",".join(r.values()) for r in rows)


# --- with the real worker threads (what the user gets) -----------------------------------------------


def test_ticking_areas_previews_with_real_threads(threaded_panel, qtbot):
    """Every tick used to fail with "SQLite objects created in a thread can only be used in that same thread"."""
    panel = threaded_panel
    assert not panel.runner.synchronous
    for pcodes in (["BDX01"], ["BDX01", "BDX03"], ["BDX03"]):  # several clicks, each a new task
        panel.choose_areas(pcodes)
        with qtbot.waitSignal(panel.preview.loadFinished, timeout=30000) as loaded:
            panel.refresh_preview()
        assert loaded.args == [True]
        assert all(p in preview_text(panel, qtbot) for p in pcodes)


def test_export_and_print_to_pdf_with_real_threads(threaded_panel, qtbot, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    panel = threaded_panel
    panel.choose_areas(["BDX01", "BDX03"])
    with qtbot.waitSignal(panel.exported, timeout=60000) as done:
        panel.export(tmp_path / "two.docx", "docx")
    assert done.args == [[tmp_path / "two.docx"]] and (tmp_path / "two.docx").stat().st_size > 1000
    with qtbot.waitSignal(panel.preview.loadFinished, timeout=30000):
        panel.refresh_preview()
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    with qtbot.waitSignal(panel.printed, timeout=60000) as printed:
        panel.print_to(printer)
    assert printed.args == [True]
    assert (tmp_path / "printed.pdf").read_bytes().startswith(b"%PDF")
    assert panel.print_button.isEnabled() and panel.status.text() == "Printed."


def test_export_proposes_a_name_from_the_area_and_the_concern(panel, tmp_path):
    panel.choose_areas(["BDX01"])
    assert panel.proposed_file() == tmp_path / "BDX01-alpha-general-en.pdf"  # beside the project
    panel.concern.setCurrentIndex(panel.concern.findData("gbv"))
    panel.choose_areas(["BDX01", "BDX03"])
    assert panel.proposed_file().name == "pathways-2-areas-gbv-en.pdf"


def test_an_exported_pdf_has_the_users_usual_permissions(threaded_panel, qtbot, tmp_path):
    """Chromium writes its PDFs -rw------- (owner only): a colleague on a shared folder could not open them."""
    import os
    import stat

    threaded_panel.choose_areas(["BDX01"])
    with qtbot.waitSignal(threaded_panel.exported, timeout=60000):
        threaded_panel.export(tmp_path / "alpha.pdf", "pdf")
    mask = os.umask(0)
    os.umask(mask)
    assert stat.S_IMODE((tmp_path / "alpha.pdf").stat().st_mode) == 0o666 & ~mask


def test_an_export_is_not_dropped_when_the_preview_redraws(threaded_panel, qtbot, tmp_path):
    """Ticking another area (or changing the paper) while an export runs redraws the preview; with one
    runner for both, the redraw cancelled the export: no file, and "Preparing…" stayed for ever."""
    panel = threaded_panel
    panel.choose_areas(["BDX01", "BDX03"])
    with qtbot.waitSignal(panel.exported, timeout=60000) as done:
        panel.export(tmp_path / "both.csv", "csv")
        panel.refresh_preview()  # what the preview's timer does a moment after a change
    assert done.args == [[tmp_path / "both.csv"]] and (tmp_path / "both.csv").exists()
    assert panel.status.text().startswith("Exported")


def test_an_export_that_cannot_be_written_says_so(threaded_panel, qtbot, tmp_path, monkeypatch):
    """A file that cannot be written (held open by another program, a read-only stick; here a folder
    already has its name) gets a message naming it, not "ServiceMap met an unexpected problem"."""
    from PySide6.QtWidgets import QMessageBox

    told = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: told.append(text))
    panel = threaded_panel
    panel.choose_areas(["BDX01"])
    (tmp_path / "taken.csv").mkdir()
    panel.export(tmp_path / "taken.csv", "csv")
    qtbot.waitUntil(lambda: bool(told), timeout=60000)
    assert str(tmp_path / "taken.csv") in told[0] and "close it" in told[0]
    assert panel.export_button.isEnabled() and panel.status.text() == "Not exported."


def test_the_page_starts_in_the_interface_language(qtbot, tmp_path):
    """With the interface in French, the page (and its concerns) used to start in English: a case officer
    who did not notice the Language box printed an English pathway."""

    class Settings:
        def get(self, key, default=None):
            return "fr" if key == "preferences/language" else default

    project = pathway_project(tmp_path / "p.gpkg")
    window = FakeWindow(project)
    window.settings = Settings()
    panel = PathwayPanel(window, synchronous=False)
    panel.show()
    try:
        assert panel.current_lang() == "fr" and panel.template.lang == "fr"
        assert panel.concern.currentText().startswith("Protection de l'enfant")
        panel.choose_areas(["BDX01"])
        with qtbot.waitSignal(panel.preview.loadFinished, timeout=30000):
            pass  # the preview's timer redraws it, on the worker thread
        assert "NUMÉROS D'URGENCE" in preview_text(panel, qtbot).upper()
    finally:
        close_panel(qtbot, panel, project)


def test_printing_to_a_pdf_file_keeps_the_text(threaded_panel, qtbot, tmp_path):
    """Print… to a PDF file used to rasterise every page (about 13 MB a page at the printer's 1200 dpi, no
    text to search or copy); it is written as Export writes it now: text, small, the user's permissions."""
    import os
    import stat

    from pypdf import PdfReader
    from PySide6.QtPrintSupport import QPrinter

    panel = threaded_panel
    panel.choose_areas(["BDX01"])
    with qtbot.waitSignal(panel.preview.loadFinished, timeout=30000):
        pass  # the preview's timer redraws it on the worker thread
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    with qtbot.waitSignal(panel.printed, timeout=60000) as printed:
        panel.print_to(printer)
    assert printed.args == [True] and panel.status.text() == "Printed."
    assert printer.resolution() == 1200  # a PDF file is written as text and shapes: no resolution to cap
    text = "".join(page.extract_text() for page in PdfReader(tmp_path / "printed.pdf").pages)
    assert "Alpha case management" in text and "1098" in text
    assert (tmp_path / "printed.pdf").stat().st_size < 2_000_000
    mask = os.umask(0)
    os.umask(mask)
    assert stat.S_IMODE((tmp_path / "printed.pdf").stat().st_mode) == 0o666 & ~mask


def test_a_paper_printer_prints_at_600_dpi_at_most(threaded_panel, qtbot, tmp_path):
    """A paper printer got every page as a picture at its own resolution: at 1200 dpi about 13 MB a page to
    spool, for a referral sheet. The panel prints at 600 dpi at most; a printer set lower keeps its own.

    There is no printer offscreen: a printer without an output file is what the panel treats as paper
    (Qt gives it PdfFormat when no printer is installed), so Qt's own printing may fail afterwards."""
    from PySide6.QtPrintSupport import QPrinter

    panel = threaded_panel
    panel.choose_areas(["BDX01"])
    with qtbot.waitSignal(panel.preview.loadFinished, timeout=30000):
        pass
    paper = QPrinter(QPrinter.PrinterMode.HighResolution)
    assert paper.resolution() == 1200 and not paper.outputFileName()
    with qtbot.waitSignal(panel.printed, timeout=60000):
        panel.print_to(paper)
        assert paper.resolution() == 600
    draft = QPrinter(QPrinter.PrinterMode.HighResolution)
    draft.setResolution(300)
    with qtbot.waitSignal(panel.printed, timeout=60000):
        panel.print_to(draft)
        assert draft.resolution() == 300


def test_areas_are_listed_in_the_interface_language(qtbot, tmp_path):
    """With the interface in Bengali the page printed কক্সবাজার, but the list to tick from said "Cox's Bazar"."""
    from importers.demo import build_demo

    class Settings:
        def get(self, key, default=None):
            return "bn" if key == "preferences/language" else default

    (tmp_path / "demo").mkdir()
    path, _ = build_demo(tmp_path / "demo")
    from directory.store import Project

    project = Project.open(path)
    window = FakeWindow(project)
    window.settings = Settings()
    panel = PathwayPanel(window, synchronous=False)
    panel.show()
    try:
        texts = [panel.areas.item(i).text() for i in range(panel.areas.count())]
        assert "কক্সবাজার (BD2022)" in texts
        panel.search.setText("cox")  # typed in Latin letters, it is still found
        shown = [panel.areas.item(i).text() for i in range(panel.areas.count()) if not panel.areas.item(i).isHidden()]
        assert shown == ["কক্সবাজার (BD2022)"]
        panel.choose_areas(["BD2022"])
        with qtbot.waitSignal(panel.preview.loadFinished, timeout=60000):
            pass  # drawn on the worker thread, in Bengali (the interface's language)
        assert "কক্সবাজার" in preview_text(panel, qtbot)
    finally:
        close_panel(qtbot, panel, project)


def test_the_level_list_names_levels_in_the_interface_language(qtbot, tmp_path):
    """Second tryout, finding 12: the level list said "1 Division / 2 District" in Arabic and Spanish
    while the map's layer list said "القسم الإداري / المنطقة"; both use directory.names.level_name now."""
    from directory.names import level_name

    class Settings:
        def get(self, key, default=None):
            return "ar" if key == "preferences/language" else default

    project = pathway_project(tmp_path / "p.gpkg")
    window = FakeWindow(project)
    window.settings = Settings()
    panel = PathwayPanel(window, synchronous=False)
    panel.show()
    try:
        shown = [panel.level.itemText(i) for i in range(panel.level.count())]
        assert shown == [f"1 {level_name('Division', 'ar')}", f"2 {level_name('District', 'ar')}"]
        assert "Division" not in shown[0] and "District" not in shown[1]
    finally:
        close_panel(qtbot, panel, project)


def test_an_empty_step_title_shows_the_standard_title_it_stands_for(threaded_panel, qtbot, tmp_path):
    """The empty Title box said "The translation file's title" (in French "Titre du fichier de traduction"):
    a developer's words for "the standard title is used". It shows that standard title now, in the page's
    language, and changes with the language."""
    from pathways.texts import texts

    panel = threaded_panel
    panel.concern.setCurrentIndex(panel.concern.findData("gbv"))
    panel.steps.steps.setCurrentRow(2)
    assert panel.steps.current_step().key == "health_72h" and panel.steps.title.text() == ""
    assert panel.steps.title.placeholderText() == texts("en").step_title("health_72h")
    assert panel.steps.note.placeholderText() == texts("en").step_note("health_72h") != ""
    assert "translation file" not in panel.steps.title.placeholderText() + panel.steps.note.placeholderText()
    panel.lang.setCurrentIndex(panel.lang.findData("bn"))
    assert panel.steps.current_step().key == "health_72h"
    assert panel.steps.title.placeholderText() == texts("bn").step_title("health_72h") != texts("en").step_title(
        "health_72h")
    panel.steps.title.setText("Go to the clinic within 72 hours")
    panel.steps.title.textEdited.emit(panel.steps.title.text())
    assert panel.steps.steps.currentItem().text() == "Go to the clinic within 72 hours"
    panel.steps.grab().save(str(tmp_path / "steps-bn.png"))


def test_the_area_filter_reads_accents_and_case_as_the_list_writes_them(threaded_panel, qtbot):
    """Tryout 3, finding 14: a French list writes "Téknaf"; typed so, the filter listed no area."""
    panel = threaded_panel
    qtbot.waitUntil(lambda: panel.areas.count() == 3, timeout=10000)
    shown = lambda: [panel.areas.item(i).text() for i in range(panel.areas.count())
                     if not panel.areas.item(i).isHidden()]
    panel.search.setText("ÁLPHÀ")
    assert [t for t in shown() if "Alpha" in t] and not [t for t in shown() if "Bravo" in t]
    panel.search.setText("bdx0")
    assert len(shown()) == 3
    panel.search.setText("Zulu")
    assert shown() == []
