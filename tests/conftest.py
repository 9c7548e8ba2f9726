"""Test settings shared by every test module.

Qt needs these before any QApplication exists: QtWebEngine dies silently as root without
its sandbox switched off, and the tests run without a display. Only environment variables
are set here, so the core tests never import Qt.
"""

import os

os.environ["QTWEBENGINE_DISABLE_SANDBOX"] = "1"
os.environ["QTWEBENGINE_CHROMIUM_FLAGS"] = "--disable-gpu"
os.environ["QT_QPA_PLATFORM"] = "offscreen"
