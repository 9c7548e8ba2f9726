"""Keeping the Qt binding's reference bug from ending the process.

PySide6 6.12.0 on Python 3.11 drops one reference to ``None`` at every call of a Qt method that
returns nothing (``setText``, ``setData``, ``processEvents`` …): 1,000 calls of ``QLabel.setText``
take None's count down by 1,000 (measured 2026-12-07; 6.11.3 does not, but crashed in our own
tests). When the count reaches zero, Python aborts with "Fatal Python error: none_dealloc". A fresh
process holds about 5,000 references to None, the desktop 15,000–40,000; a gap table of 500 areas
sets thousands of cells, and a batch of pathways thousands more, so a long session would end that way.

From Python 3.12 None is immortal and its count means nothing. On 3.11, where the installed binding
drops references, :func:`keep_none_alive` gives None a count no session can spend (2**40), once, where
a QApplication is made. None is never freed in any case, so the references added cost nothing.
``tests/test_qt_binding.py`` runs the desktop's start in a subprocess through 100,000 such calls, and
shows the same process aborting without it.
"""

from __future__ import annotations

import ctypes
import sys

#: References given to None: more than any run of the application can drop (one per Qt call).
RESERVE = 1 << 40


def drops_references() -> bool:
    """Whether the installed binding drops a reference to None at a call that returns nothing
    (100 calls of ``QObject.setObjectName``, on the calling thread, before any worker runs)."""
    from PySide6.QtCore import QObject

    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(100):
        probe.setObjectName("probe")
    return before - sys.getrefcount(None) >= 90


def keep_none_alive() -> bool:
    """Give None :data:`RESERVE` more references (once per process) where the binding drops them;
    True when they were given now.

    Nothing is done from Python 3.12 (None is immortal), on an interpreter other than CPython, if
    the count is not where a CPython object keeps it (a debug build's layout), or where the binding
    keeps its references (:func:`drops_references`)."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    count = ctypes.c_ssize_t.from_address(id(None))
    if count.value != sys.getrefcount(None) - 1 or count.value >= RESERVE:  # not the count; or given already
        return False
    if not drops_references():
        return False
    count.value += RESERVE
    return True
