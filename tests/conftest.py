"""Test settings shared by every test module.

Qt needs these before any QApplication exists: QtWebEngine dies silently as root without
its sandbox switched off, and the tests run without a display. Only environment variables
are set here, so the core tests never import Qt.

Chromium sends every http(s) request through a recording proxy on 127.0.0.1
(tests/remote_recorder.py): the ``remote_requests`` fixture lists those a test made, which is
how the offline tests prove that a page asked for nothing from the internet.
"""

import gc
import os

import pytest

from tests.remote_recorder import RECORDER

os.environ["QTWEBENGINE_DISABLE_SANDBOX"] = "1"
os.environ["QTWEBENGINE_CHROMIUM_FLAGS"] = f"--disable-gpu --proxy-server={RECORDER.proxy}"
os.environ["QT_QPA_PLATFORM"] = "offscreen"


@pytest.fixture
def remote_requests():
    """A callable giving the http(s) requests QtWebEngine made since the test began (an offline page: none)."""
    mark = RECORDER.mark()
    return lambda: RECORDER.since(mark)


@pytest.fixture
def told(monkeypatch) -> list[str]:
    """Every message box a window shows (none is expected unless a test says so)."""
    from PySide6.QtWidgets import QMessageBox

    said: list[str] = []
    for kind in ("warning", "information", "critical"):
        monkeypatch.setattr(QMessageBox, kind, lambda *args, kind=kind: said.append(f"{kind}: {args[2]}"))
    return said


@pytest.fixture(scope="session")
def qapp(qapp):
    """pytest-qt's QApplication, collecting reference cycles the way the desktop does (desktop/app.py).

    Without this, Python's cycle collector runs in whichever thread allocates when its counters
    fill: in the Qt tests, often a worker of a panel (a gap analysis, an import). The widgets and
    web views earlier tests left in reference cycles are then freed in that worker, off Qt's
    thread. The desktop switches automatic collection off and collects on a main-thread timer;
    the tests do the same from the first test that uses Qt on. And None gets the reserve the desktop
    gives it against the Qt binding's reference bug (desktop/qt_binding.py): the suite makes many calls.
    """
    from desktop.collector import MainThreadCollector
    from desktop.qt_binding import keep_none_alive

    global _COLLECTOR
    if _COLLECTOR is None:
        _COLLECTOR = MainThreadCollector(qapp)
        keep_none_alive()
    return qapp


_COLLECTOR = None


@pytest.fixture(autouse=True)
def _collect_after_each_test():
    """Once the main-thread collector is installed, collect between tests too, on the main thread.

    Its timer fires only while a test spins the event loop; a test that never does (most tests)
    still gets the collections Python would have made, when it ends."""
    yield
    if _COLLECTOR is not None and not gc.isenabled():
        _COLLECTOR.collect_if_due()


def pytest_sessionfinish(session, exitstatus):
    session.config.stash[_EXIT_STATUS] = int(exitstatus)


@pytest.hookimpl(trylast=True)
def pytest_unconfigure(config):
    """End the process here once the Qt tests have run, with pytest's own exit status.

    After the last test, Python's shutdown destroys the QApplication and QtWebEngine's profile in an
    order Qt does not expect ("Release of profile requested but WebEnginePage still not deleted"),
    and the process sometimes dies with a segmentation fault *after* every result was reported —
    which CI would read as a failed run. Every report is written by now; nothing is left to do but
    the teardown that crashes. (The application's own start and exit are tested in a process of
    their own: tests/test_desktop.py.)
    """
    import sys

    if "PySide6.QtWidgets" in sys.modules and _EXIT_STATUS in config.stash:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(config.stash[_EXIT_STATUS])


_EXIT_STATUS = pytest.StashKey[int]()
