"""The import wizard's file page reads the chosen file's sheets and finds their tables off the GUI thread.

With the real worker threads: while a large list is read (as soon as it is chosen, before Next), a
timer on the GUI thread keeps firing, the page shows the reading and Next waits; the wizard then holds
the sheets, tables, mappings, skipped sheets, saved profile and date order the synchronous reading
gives (``find_tables`` called directly, and the steps the wizard's old ``load()`` took). A file that
cannot be read says so in the same box as before and the page stays usable; choosing another file
while one is read ends with the other's tables; closing mid-reading leaves no thread and no error.
"""

from __future__ import annotations

import logging
import threading
import time
from pathlib import Path

import openpyxl
import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import QThreadPool, QTimer  # noqa: E402
from PySide6.QtWidgets import QFileDialog  # noqa: E402

from desktop.importing.reading import TablesReading, find_tables  # noqa: E402
from desktop.importing.wizard import ImportWizard  # noqa: E402
from directory.store import Project  # noqa: E402
from tests.helpers import small_project  # noqa: E402

LARGE = 40_000  # about half a second to read here: long enough for the GUI thread to notice a freeze
LONG = 120_000
HEADER = ["Organisation", "Service", "Service type", "Address", "Latitude", "Longitude", "Phone"]


def _write_list(path: Path, rows: int, sheet: str = "Services", *, title_rows: int = 2) -> Path:
    """A list with a title above its header (the table is found below it), and an empty second sheet."""
    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet(sheet)
    for t in range(title_rows):
        ws.append([f"Service mapping, {sheet} ({t})"] if t == 0 else [])
    ws.append(HEADER)
    for i in range(rows):
        ws.append([f"Org {i % 50}", f"Case management desk {i}", "case management", f"Camp {i % 30}, block {i % 7}",
                   21.2 + (i % 100) / 1000, 92.1 + (i // 100) / 1000, f"+8801700{i:06d}"])
    wb.create_sheet("Notes")
    wb.save(path)
    return path


@pytest.fixture(scope="module")
def large_list(tmp_path_factory) -> tuple[Path, float]:
    """A large list, and how long reading its sheets and tables takes here (synchronously, no project)."""
    path = _write_list(tmp_path_factory.mktemp("large") / "large.xlsx", LARGE)
    start = time.perf_counter()
    find_tables(TablesReading(str(path), None), progress=lambda *a: None, cancelled=lambda: False)
    return path, time.perf_counter() - start


@pytest.fixture
def small_list(tmp_path) -> Path:
    return _write_list(tmp_path / "second.xlsx", 5, sheet="Second", title_rows=0)


@pytest.fixture
def project_path(tmp_path, large_list):
    """A project whose saved profile fits the large list (its Address column kept as an extra field) and
    whose users chose month-first dates."""
    from importers import columns, date_order, profiles, readers
    from importers.table import find_table

    path = tmp_path / "p.gpkg"
    small_project(path, n_services=5).close()
    _, sheets = readers.read_sheets(_write_list(tmp_path / "layout.xlsx", 3))
    table = find_table(sheets[0])
    table.mapping = columns.override(table.mapping, HEADER.index("Address"), "extra")
    with Project.open(path) as project:
        with project.change("test", "a saved layout"):
            profiles.save(project, [table])
        date_order.set_order(project, date_order.MONTH_FIRST)
    return path


@pytest.fixture
def browse_to(monkeypatch):
    """Choose a file with Browse… as the user does (the file dialog answers ``path``)."""
    def choose(wizard: ImportWizard, path: Path) -> None:
        monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(path), ""))
        browse = next(b for b in wizard.file_page.findChildren(type(wizard.button(wizard.WizardButton.NextButton)))
                      if b.text() == "Browse…")
        browse.click()

    return choose


def _wizard(qtbot, project_path, *, add: bool = True) -> ImportWizard:
    wizard = ImportWizard(None, project_path=str(project_path))  # the real thread pool
    assert not wizard.opener.synchronous
    if add:
        qtbot.addWidget(wizard)
    wizard.resize(1000, 640)
    wizard.show()
    return wizard


def _next_button(wizard):
    return wizard.button(wizard.WizardButton.NextButton)


class Ticks:
    """A 20 ms timer on the GUI thread, and the moments the file's reading started and ended."""

    def __init__(self, wizard: ImportWizard):
        self.times: list[float] = []
        self.timer = QTimer()
        self.timer.setInterval(20)
        self.timer.timeout.connect(lambda: self.times.append(time.perf_counter()))
        self.started: float | None = None
        self.ended: float | None = None
        wizard.opener.runningChanged.connect(self._running)
        self.timer.start()

    def _running(self, running: bool) -> None:
        if running and self.started is None:
            self.started = time.perf_counter()
        elif not running:
            self.ended = time.perf_counter()

    def measure(self) -> tuple[float, float, int]:
        """(how long the reading took, the longest the GUI thread went without a tick meanwhile, ticks)."""
        self.timer.stop()
        ticks = [t for t in self.times if self.started < t < self.ended]
        moments = [self.started, *ticks, self.ended]
        return self.ended - self.started, max(b - a for a, b in zip(moments, moments[1:])), len(ticks)


def _as_load_did(file: Path, project_path: Path) -> dict:
    """What the wizard's synchronous load() found before this change (its steps, on this thread)."""
    from directory import countries
    from directory.taxonomy import project_taxonomy
    from importers import date_order, profiles, readers
    from importers import skip_reasons as reasons
    from importers.table import find_table, sheet_is_empty

    _, sheets = readers.read_sheets(file)
    with Project.open(project_path) as project:
        saved = profiles.load(project)
        region = countries.iso2(project.country) if project.country else None
        order, stored = date_order.project_order(project), date_order.stored_order(project)
        taxonomy = project_taxonomy(project.taxonomy_dict())
    tables, skipped, mappings = {}, {}, {}
    for data in sheets:
        table = None if data.skipped or sheet_is_empty(data) else find_table(data)
        if table is None:
            skipped[data.name] = data.skipped or (reasons.EMPTY if sheet_is_empty(data) else reasons.NO_TABLE)
            continue
        if profiles.signature(table) in saved:
            table.mapping = profiles.apply(table.mapping, saved[profiles.signature(table)])
        tables[data.name] = table
        mappings[data.name] = table.mapping
    return {"sheets": [(d.name, d.rows, d.merged, d.skipped) for d in sheets], "tables": tables, "skipped": skipped,
            "mappings": mappings, "region": region, "order": order, "stored": stored is not None,
            "taxonomy": taxonomy.to_dict()}


def _held(wizard: ImportWizard) -> dict:
    return {"sheets": [(d.name, d.rows, d.merged, d.skipped) for d in wizard.sheets], "tables": wizard.tables,
            "skipped": wizard.skipped, "mappings": wizard.mappings, "region": wizard.region,
            "order": wizard.mapping_page.dates.chosen,
            "stored": wizard.mapping_page.dates.source.text() == "(chosen for this project)",
            "taxonomy": wizard.taxonomy.to_dict()}


def _no_task_left(qtbot, timeout: int = 10_000) -> None:
    qtbot.waitUntil(lambda: QThreadPool.globalInstance().activeThreadCount() == 0
                    and not any(t.name == "servicemap-task" for t in threading.enumerate()), timeout=timeout)


def test_a_large_list_is_read_when_chosen_with_the_window_turning(qtbot, project_path, large_list, told, browse_to,
                                                                  tmp_path):
    path, whole = large_list
    wizard = _wizard(qtbot, project_path)
    page = wizard.file_page
    ticks = Ticks(wizard)
    browse_to(wizard, path)
    # reading from the moment the file is chosen: Next waits, the page says what it reads
    assert wizard.opener.running and not page.isComplete() and not _next_button(wizard).isEnabled()
    assert page.reading.isVisible() and page.reading.message.text() == "Reading large.xlsx"
    page.grab().save(str(tmp_path / "file-page-reading.png"))
    qtbot.waitUntil(lambda: ticks.ended is not None, timeout=LONG)
    took, gap, n = ticks.measure()
    print(f"read in {took:.2f} s (synchronously {whole:.2f} s); longest without a tick {gap:.3f} s; {n} ticks")
    assert took > 0.3 and n >= 8 and gap < min(0.3, took / 2), (took, gap, n, whole)
    assert page.isComplete() and _next_button(wizard).isEnabled() and not page.reading.isVisible()
    page.grab().save(str(tmp_path / "file-page-read.png"))

    # Next takes what was read: nothing is read again
    started = []
    wizard.opener.runningChanged.connect(started.append)
    start = time.perf_counter()
    _next_button(wizard).click()
    assert wizard.currentPage() is wizard.preview_page and started == []
    assert time.perf_counter() - start < whole / 2, (time.perf_counter() - start, whole)

    # the same sheets, tables, mappings, skipped sheets, profile and date order as the synchronous reading
    expected = _as_load_did(path, project_path)
    assert _held(wizard) == expected
    direct = find_tables(TablesReading(str(path), str(project_path)), progress=lambda *a: None, cancelled=lambda: False)
    assert (wizard.tables, wizard.mappings, wizard.skipped) == (direct.tables, direct.mappings, direct.skipped)
    address = next(m for m in wizard.mappings["Services"] if m.header == "Address")
    assert (address.field, address.how) == ("extra", "profile")  # the project's saved layout applied
    assert wizard.skipped == {"Notes": expected["skipped"]["Notes"]} and wizard.tables["Services"].header_row == 2
    assert wizard.mapping_page.dates.chosen == "month-first" and wizard.region == "BD"
    preview = wizard.preview_page
    assert preview.sheet.currentText() == "Services" and "Header on row 3" in preview.note.text()
    assert told == []


def test_a_path_typed_in_is_read_once_it_settles(qtbot, project_path, small_list, told):
    wizard = _wizard(qtbot, project_path)
    page = wizard.file_page
    started = []
    wizard.opener.runningChanged.connect(lambda running: running and started.append(page.chosen()))
    text = str(small_list)
    for i in range(len(text) - 5, len(text) + 1):  # typed, one key after the other
        page.path.setText(text[:i])
        qtbot.wait(10)
    assert not page.isComplete()  # waiting for the path to settle
    qtbot.waitUntil(lambda: page.isComplete() and wizard._opened is not None, timeout=LONG)
    assert started == [text]  # read once, the whole path
    wizard.next()
    assert wizard.currentPage() is wizard.preview_page and list(wizard.tables) == ["Second"]
    assert told == []


@pytest.mark.parametrize("make", ["truncated_xlsx", "picture", "bomb_xlsx", "missing"])
def test_a_file_that_cannot_be_read_says_so_and_the_page_stays_usable(qtbot, project_path, small_list, told,
                                                                     browse_to, tmp_path, make):
    from directory.errors import UserFacingError
    from importers import readers
    from tests.data.hostile import make_corpus

    bad = tmp_path / f"{make}.xlsx"
    if make != "missing":
        getattr(make_corpus, make)(bad)
    with pytest.raises(UserFacingError) as refused:
        readers.read_sheets(bad)
    wizard = _wizard(qtbot, project_path)
    page = wizard.file_page
    if make == "missing":  # typed in: not read ahead (no such file); Next reads it, and says why
        page.path.setText(str(bad))
        qtbot.waitUntil(page.isComplete, timeout=LONG)
    else:
        browse_to(wizard, bad)
        qtbot.waitUntil(page.isComplete, timeout=LONG)
        assert told == [] and page.reading.isVisible() and page.reading.message.text() == str(refused.value)
        page.grab().save(str(tmp_path / "file-page-refused.png"))
    assert _next_button(wizard).isEnabled()
    _next_button(wizard).click()
    assert told == [f"warning: {refused.value}"]  # the box the synchronous load() showed
    assert wizard.currentPage() is page and page.isComplete() and not wizard.opener.running
    assert page.reading.message.text() == str(refused.value)
    # usable: another file is read and taken
    browse_to(wizard, small_list)
    assert not page.reading.isVisible() or "Reading" in page.reading.message.text()
    qtbot.waitUntil(page.isComplete, timeout=LONG)
    _next_button(wizard).click()
    assert wizard.currentPage() is wizard.preview_page and list(wizard.tables) == ["Second"]
    assert len(told) == 1


def test_an_unexpected_error_is_logged_and_said_on_the_page(qtbot, project_path, small_list, told, caplog,
                                                            monkeypatch, browse_to):
    """Fault injected: no real file makes the reading fail other than with a message for the user."""
    from importers import readers

    real = readers.read_sheets
    monkeypatch.setattr(readers, "read_sheets", lambda *a, **k: (_ for _ in ()).throw(RuntimeError("the reader broke")))
    wizard = _wizard(qtbot, project_path)
    page = wizard.file_page
    browse_to(wizard, small_list)
    qtbot.waitUntil(page.isComplete, timeout=LONG)
    assert page.reading.isVisible() and page.reading.message.text() == "The list could not be read: the reader broke"
    assert any(r.levelno == logging.ERROR and r.exc_info for r in caplog.records)
    monkeypatch.setattr(readers, "read_sheets", real)  # it works again: Next reads the file again
    _next_button(wizard).click()
    assert wizard.currentPage() is wizard.preview_page and list(wizard.tables) == ["Second"]
    assert told == []


def test_another_file_chosen_mid_reading_is_the_one_taken(qtbot, project_path, large_list, small_list, told,
                                                          browse_to, caplog):
    caplog.set_level(logging.WARNING)
    path, whole = large_list
    wizard = _wizard(qtbot, project_path)
    page = wizard.file_page
    read = wizard._file_read
    done = []
    wizard._file_read = lambda key, found: (done.append(found.file), read(key, found))  # each reading taken
    browse_to(wizard, path)
    assert wizard.opener.running and wizard.opening_file == str(path)
    qtbot.wait(int(whole * 1000 / 4))  # well into the large list's reading
    assert wizard.opener.running
    browse_to(wizard, small_list)
    assert wizard.opener.running and wizard.opening_file == str(small_list)
    qtbot.waitUntil(page.isComplete, timeout=LONG)
    _no_task_left(qtbot)
    qtbot.wait(200)  # anything the first task sent on its way out has arrived, and was dropped
    assert done == [str(small_list)]  # the large list's reading was dropped
    assert wizard._opened[0][0] == str(small_list)
    _next_button(wizard).click()
    assert wizard.currentPage() is wizard.preview_page and list(wizard.tables) == ["Second"]
    assert wizard.file == str(small_list) and [d.name for d in wizard.sheets] == ["Second", "Notes"]
    assert told == [] and not [r for r in caplog.records if r.levelno >= logging.WARNING]


@pytest.mark.parametrize("how", ["cancel", "close", "close and delete"])
def test_closing_mid_reading_leaves_no_thread_and_no_error(qtbot, project_path, large_list, told, browse_to, caplog,
                                                           how):
    caplog.set_level(logging.WARNING)
    path, whole = large_list
    wizard = _wizard(qtbot, project_path, add=how != "close and delete")
    browse_to(wizard, path)
    qtbot.wait(int(whole * 1000 / 4))
    assert wizard.opener.running
    if how == "cancel":
        wizard.button(wizard.WizardButton.CancelButton).click()
    else:
        wizard.close()
    assert not wizard.opener.running and not wizard.isVisible()
    if how == "close and delete":
        wizard.deleteLater()
        qtbot.wait(50)
    closed = time.perf_counter()
    _no_task_left(qtbot, timeout=int(whole * 1000) + 10_000)  # the reader ends its sheet (it cannot stop inside)
    print(f"the task ended {time.perf_counter() - closed:.2f} s after closing (a whole reading: {whole:.2f} s)")
    qtbot.wait(200)
    if how != "close and delete":
        assert wizard._opened is None and not wizard.file_page.reading.isVisible() and wizard.tables == {}
    assert told == [] and not [r for r in caplog.records if r.levelno >= logging.WARNING]


def test_code_calling_next_while_the_file_is_read_waits_with_the_window_turning(qtbot, project_path, large_list,
                                                                                told):
    """A script or a test setting the path and calling next() at once: validatePage reads the file in the
    background and waits for it in a local event loop, as the tests written for the synchronous load expect."""
    path, whole = large_list
    wizard = _wizard(qtbot, project_path)
    ticks = Ticks(wizard)
    wizard.file_page.path.setText(str(path))
    wizard.next()
    took, gap, n = ticks.measure()
    print(f"read in {took:.2f} s (synchronously {whole:.2f} s); longest without a tick {gap:.3f} s; {n} ticks")
    assert wizard.currentPage() is wizard.preview_page and list(wizard.tables) == ["Services"]
    assert took > 0.3 and n >= 8 and gap < min(0.3, took / 2), (took, gap, n, whole)
    assert told == []


def test_back_to_the_file_page_reads_only_what_changed(qtbot, project_path, small_list, told):
    from importers import date_order

    wizard = _wizard(qtbot, project_path)
    page = wizard.file_page
    page.path.setText(str(small_list))
    wizard.next()
    first = wizard.tables["Second"]
    started = []
    wizard.opener.runningChanged.connect(lambda running: running and started.append(True))
    wizard.back()
    assert wizard.currentPage() is page and page.isComplete() and started == []  # read already
    wizard.next()
    assert wizard.currentPage() is wizard.preview_page and started == [] and wizard.tables["Second"] == first
    assert wizard.mapping_page.dates.chosen == "month-first"
    # the project changed meanwhile (its date order): the file is read again with it, ahead of Next
    time.sleep(0.01)
    with Project.open(project_path) as project:
        date_order.set_order(project, None)
    wizard.back()
    assert started == [True]
    qtbot.waitUntil(page.isComplete, timeout=LONG)
    wizard.next()
    assert wizard.currentPage() is wizard.preview_page and wizard.mapping_page.dates.chosen == "day-first"
    # load(), for code that needs the tables at once (the saved profiles changed), reads again and waits
    assert wizard.load(str(small_list)) and started == [True, True] and list(wizard.tables) == ["Second"]
    assert told == []


def test_a_refusal_in_english_reads_the_right_way_in_arabic(qtbot, project_path):
    """The file checks' messages are English: on the Arabic page the line keeps them left to right (no
    right-to-left mark, which turned the path's slash and the full stop to the wrong ends), on the right."""
    from PySide6.QtCore import Qt

    from desktop.importing.wizard_report import RIGHT_TO_LEFT_MARK

    wizard = _wizard(qtbot, project_path)
    wizard.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    line = wizard.file_page.reading
    said = "/tmp/list.xlsx: this is a PNG picture, not a service list."
    line.failed(said, as_written=True)
    assert line.message.text() == said and line.message.alignment() & Qt.AlignmentFlag.AlignRight
    line.failed("Services: row 7 of 9")  # words of the interface keep their mark
    assert line.message.text() == RIGHT_TO_LEFT_MARK + "Services: row 7 of 9"
