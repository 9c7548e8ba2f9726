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
