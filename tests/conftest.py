"""Test settings shared by every test module.

Qt needs these before any QApplication exists: QtWebEngine dies silently as root without
its sandbox switched off, and the tests run without a display. Only environment variables
are set here, so the core tests never import Qt.

Chromium sends every http(s) request through a recording proxy on 127.0.0.1
(tests/remote_recorder.py): the ``remote_requests`` fixture lists those a test made, which is
how the offline tests prove that a page asked for nothing from the internet.
"""

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
