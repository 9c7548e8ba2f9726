"""The import wizard reads the list off the GUI thread, with its real worker threads.

A list of some thousand rows takes a second or more to read and to match against the project.
While the mapping page and the "Rows to look at" page read it, a timer on the GUI thread keeps
firing, the page is not complete (Next waits) and the buttons that would read it again are
disabled; afterwards the page holds the rows the synchronous ``read_file`` gives. Back, Cancel
and closing the wizard stop the reading: no thread is left running and no error is raised.
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

from desktop.importing.wizard import ImportWizard  # noqa: E402
from directory.store import Project  # noqa: E402
from tests.helpers import small_project  # noqa: E402

ROWS = 4000  # half a second to a second to read here; the GUI thread must not notice
LONGER = 16_000  # the lists a reading is stopped in: several seconds to read whole
UNTYPED = "forum meet-ups"  # the one text ServiceMap cannot type: the Service types page asks about it
LONG = 120_000
#: A reading at least this long (s) shows whether the GUI thread is free meanwhile: on the GUI thread it
#: would leave a gap of its whole length between ticks. Not more: a faster import must not fail these tests.
MEASURABLE = 0.25


@pytest.fixture
def project_path(tmp_path):
    small_project(tmp_path / "p.gpkg", n_services=5).close()
    return tmp_path / "p.gpkg"


def _write_list(path: Path, rows: int) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Services"
    ws.append(["Organisation", "Service", "Service type", "Address", "Latitude", "Longitude", "Phone"])
    for i in range(rows):
        ws.append([f"Org {i % 50}", f"Case management desk {i}", "case management", f"Camp {i % 30}, block {i % 7}",
                   21.2 + (i % 100) / 1000, 92.1 + (i // 100) / 1000, f"+8801700{i:06d}"])
    ws.append(["Org 1", "Kishori Forum meet-ups", UNTYPED, "Camp 1", 21.3, 92.2, ""])
    wb.save(path)
    return path


@pytest.fixture
def big_list(tmp_path) -> Path:
    return _write_list(tmp_path / "big.xlsx", ROWS)


@pytest.fixture(scope="module")
def longer_list(tmp_path_factory) -> tuple[Path, float]:
    """A list, and how long reading it whole takes here (synchronously, without the project)."""
    from importers.pipeline import read_file

    path = _write_list(tmp_path_factory.mktemp("longer") / "longer.xlsx", LONGER)
    start = time.perf_counter()
    read_file(path)
    return path, time.perf_counter() - start


def _wizard(qtbot, project_path, path: Path, *, add: bool = True) -> ImportWizard:
    wizard = ImportWizard(None, project_path=str(project_path))  # the real thread pool
    assert not wizard.reader.synchronous
    if add:
        qtbot.addWidget(wizard)
    wizard.resize(1000, 640)
    wizard.show()
    wizard.file_page.path.setText(str(path))  # its sheets are read in the background once the path settles
    qtbot.waitUntil(wizard.file_page.isComplete, timeout=LONG)  # Next waits for them, as a user does
    wizard.next()  # the preview
    return wizard


def _next(qtbot, wizard) -> None:
    """Next, as a user clicks it: once the page is complete."""
    qtbot.waitUntil(lambda: wizard.currentPage().isComplete(), timeout=LONG)
    assert wizard.button(wizard.WizardButton.NextButton).isEnabled()
    wizard.next()


class Ticks:
    """A timer on the GUI thread; the longest the GUI thread went without it while an action's reading ran."""

    def __init__(self, wizard: ImportWizard):
        self.wizard, self.times = wizard, []
        self.timer = QTimer()
        self.timer.setInterval(20)
        self.timer.timeout.connect(lambda: self.times.append(time.perf_counter()))
        self.read_at: float | None = None
        wizard.reader.runningChanged.connect(self._running)

    def _running(self, running: bool) -> None:
        if not running:
            self.read_at = time.perf_counter()

    def during(self, qtbot, action, page) -> tuple[float, float, int]:
        """Run ``action`` (which starts a reading) and wait for ``page`` to be complete; (how long the
        reading took, the longest gap between ticks meanwhile, how many ticks)."""
        self.times, self.read_at = [], None
        self.timer.start()
        start = time.perf_counter()
        action()
        qtbot.waitUntil(lambda: self.read_at is not None and page.isComplete(), timeout=LONG)
        self.timer.stop()
        ticks = [t for t in self.times if t < self.read_at]
        moments = [start, *ticks, self.read_at]
        return self.read_at - start, max(b - a for a, b in zip(moments, moments[1:])), len(ticks)


def _rows(rows) -> list[tuple]:
    return [(r.sheet, r.row, r.status, r.service_id is not None, tuple(r.messages)) for r in rows]


def _read_here(wizard: ImportWizard, project_path):
    """The same reading, done synchronously (as the wizard did before)."""
    from importers.pipeline import compare_with_project, read_file

    result = read_file(wizard.file, mappings=wizard.mappings, region=wizard.region,
                       taxonomy=wizard.reading_taxonomy(), not_confidential=set(wizard.not_confidential),
                       confidential=set(wizard.confidential), day_first=wizard.mapping_page.dates.day_first)
    with Project.open(project_path) as project:
        compare_with_project(result, project)
    return result


def test_reading_a_large_list_keeps_the_window_responsive(qtbot, project_path, big_list, told, tmp_path):
    wizard = _wizard(qtbot, project_path, big_list)
    ticks = Ticks(wizard)
    mapping, problems = wizard.mapping_page, wizard.problems_page
    shots = []

    # 1. The mapping page reads the list (to find the texts it cannot type) while the user checks the columns
    took, gap, n = ticks.during(qtbot, wizard.next, mapping)
    assert wizard.currentPage() is mapping
    assert took > MEASURABLE and n >= 5 and gap < min(0.4, took / 3), (took, gap, n)
    assert [q.text for q in wizard.questions] == [] and mapping.isComplete()  # asked when Next is clicked

    # 2. Its one untyped text is asked about; the answer is read into the rows on the next page
    _next(qtbot, wizard)
    assert wizard.currentPage() is wizard.types_page and [q.text for q in wizard.questions] == [UNTYPED]
    wizard.types_page.answers.answer(UNTYPED, ["mhpss"])

    def to_problems():
        wizard.next()
        assert wizard.currentPage() is problems
        assert not problems.isComplete() and not problems.confidential.isEnabled()  # it reads in the background
        assert not wizard.button(wizard.WizardButton.NextButton).isEnabled()
        qtbot.waitUntil(lambda: "row" in problems.reading.message.text(), timeout=LONG)
        problems.grab().save(str(tmp_path / "problems-reading.png"))
        shots.append(problems.reading.message.text())

    took, gap, n = ticks.during(qtbot, to_problems, problems)
    assert took > MEASURABLE and n >= 5 and gap < min(0.4, took / 3), (took, gap, n)
    assert not problems.reading.isVisible() and problems.confidential.isEnabled()
    assert wizard.button(wizard.WizardButton.NextButton).isEnabled()
    assert _rows(problems.report.model.rows) == _rows(_read_here(wizard, project_path).rows)
    assert ROWS + 1 == len(problems.report.model.rows)
    forum = next(s for s in problems.report.result.services if s.name == "Kishori Forum meet-ups")
    assert forum.service_types == ["mhpss"]
    problems.grab().save(str(tmp_path / "problems-read.png"))

    # 3. "Confidential" reads it again, in the background too; the buttons wait meanwhile
    problems.every_row.setChecked(True)
    problems.report.table.selectRow(3)
    chosen = problems.report.model.rows[problems.report.proxy.mapToSource(problems.report.proxy.index(3, 0)).row()]

    def mark():
        with qtbot.waitSignal(problems.completeChanged, timeout=5000):
            problems.confidential.click()
        assert not problems.isComplete() and not problems.confidential.isEnabled()
        assert not problems.not_confidential.isEnabled() and problems.reading.isVisible()

    took, gap, n = ticks.during(qtbot, mark, problems)
    assert took > MEASURABLE and n >= 5 and gap < min(0.4, took / 3), (took, gap, n)
    assert wizard.confidential == {(chosen.sheet, chosen.row)}
    assert _rows(problems.report.model.rows) == _rows(_read_here(wizard, project_path).rows)
    assert any("marked confidential by the user" in m for r in problems.report.model.rows if r.row == chosen.row
               for m in r.messages)

    # 4. The same choices are not read twice
    started = []
    wizard.reader.runningChanged.connect(lambda running: started.append(running))
    wizard.back()
    wizard.next()
    assert started == [] and problems.isComplete() and len(problems.report.model.rows) == ROWS + 1
    assert told == [] and shots and "row" in shots[0]


def _mid_reading(qtbot, wizard, page) -> None:
    qtbot.waitUntil(lambda: wizard.reader.running and "row" in page.reading.message.text(), timeout=LONG)


def _no_task_left(qtbot) -> None:
    qtbot.waitUntil(lambda: QThreadPool.globalInstance().activeThreadCount() == 0
                    and not any(t.name == "servicemap-task" for t in threading.enumerate()), timeout=10_000)


@pytest.mark.parametrize("how", ["back", "cancel", "close"])
def test_back_cancel_or_close_mid_reading_stops_it(qtbot, project_path, longer_list, told, caplog, how):
    caplog.set_level(logging.WARNING)
    path, whole = longer_list
    wizard = _wizard(qtbot, project_path, path)
    wizard.next()  # the mapping page starts reading
    page = wizard.mapping_page
    _mid_reading(qtbot, wizard, page)
    if how == "back":
        wizard.back()
        assert wizard.currentPage() is wizard.preview_page
    elif how == "cancel":
        wizard.button(wizard.WizardButton.CancelButton).click()
    else:
        wizard.close()
    assert not wizard.reader.running and (how == "back") == wizard.isVisible()
    stopped = time.perf_counter()
    _no_task_left(qtbot)
    assert time.perf_counter() - stopped < whole / 4, whole  # the task saw it was cancelled: it did not read on
    qtbot.wait(200)  # anything the task sent on its way out has arrived, and was dropped
    assert wizard._preview is None and not page.reading.isVisible()
    assert told == [] and not [r for r in caplog.records if r.levelno >= logging.WARNING]
    if how == "back":  # the mapping page reads again when shown again, and is complete once read
        wizard.next()
        qtbot.waitUntil(page.isComplete, timeout=LONG)
        assert wizard._preview is not None


def test_back_on_the_rows_to_look_at_mid_reading_keeps_the_old_rows_out(qtbot, project_path, longer_list, told):
    path, whole = longer_list
    wizard = _wizard(qtbot, project_path, path)
    for _ in range(2):  # the mapping, then the Service types page
        _next(qtbot, wizard)
    wizard.types_page.answers.answer(UNTYPED, ["mhpss"])
    wizard.next()
    page = wizard.problems_page
    _mid_reading(qtbot, wizard, page)
    wizard.back()
    assert wizard.currentPage() is wizard.types_page and not wizard.reader.running
    stopped = time.perf_counter()
    _no_task_left(qtbot)
    assert time.perf_counter() - stopped < whole / 4, whole
    qtbot.wait(200)
    assert page.report.result is None and told == []


def test_closing_and_deleting_the_wizard_mid_reading_crashes_nothing(qtbot, project_path, longer_list, told):
    wizard = _wizard(qtbot, project_path, longer_list[0], add=False)
    wizard.next()
    _mid_reading(qtbot, wizard, wizard.mapping_page)
    wizard.close()
    wizard.deleteLater()
    qtbot.wait(50)
    _no_task_left(qtbot)
    qtbot.wait(200)
    assert told == []


def test_a_list_gone_before_its_reading_says_so_as_before(qtbot, project_path, big_list, told):
    """A reading that fails with a message for the user shows it in the same box as the synchronous reading did."""
    wizard = _wizard(qtbot, project_path, big_list)
    _next(qtbot, wizard)
    page = wizard.mapping_page
    qtbot.waitUntil(page.isComplete, timeout=LONG)
    big_list.unlink()
    dates = page.dates.order
    dates.setCurrentIndex(1 - dates.currentIndex())  # read again, month first
    qtbot.waitUntil(lambda: bool(told), timeout=LONG)
    assert told == [f"warning: {big_list}: no such file. Check the path of the service list."]
    assert page.isComplete() and not page.reading.isVisible()
    wizard.button(wizard.WizardButton.NextButton).click()  # read again, told again, and the page stays
    assert len(told) == 2 and wizard.currentPage() is page


def test_an_unexpected_error_of_the_reading_is_logged_and_said_on_the_page(qtbot, project_path, big_list, told,
                                                                           caplog, monkeypatch):
    """Fault injected: no real list makes the reading fail other than with a message for the user."""
    import importers.pipeline

    wizard = _wizard(qtbot, project_path, big_list)

    def broken(*args, **kwargs):
        raise RuntimeError("the reader broke")

    monkeypatch.setattr(importers.pipeline, "read_file", broken)
    wizard.next()
    page = wizard.mapping_page
    qtbot.waitUntil(lambda: not wizard.reader.running, timeout=LONG)
    assert page.reading.isVisible() and page.reading.message.text() == "The list could not be read: the reader broke"
    assert any(r.levelno == logging.ERROR and r.exc_info for r in caplog.records)
    assert told == [] and page.isComplete()


def test_code_calling_next_while_the_list_is_read_waits_for_it_with_the_window_turning(qtbot, project_path, big_list):
    """Next is disabled while the list is read; a script or a test calling next() itself then waits in
    validatePage (events still handled), as the tests written for the synchronous reading expect."""
    wizard = _wizard(qtbot, project_path, big_list)
    wizard.next()  # the mapping page starts reading
    assert wizard.reader.running and not wizard.mapping_page.isComplete()
    ticks = []
    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start()
    wizard.next()
    timer.stop()
    assert wizard.currentPage() is wizard.types_page and [q.text for q in wizard.questions] == [UNTYPED]
    assert len(ticks) >= 5
