"""Holding Python's cycle collector back while an import builds hundreds of thousands of records.

Every few hundred new objects the collector may run, and its full passes walk everything the
program holds: a 100,000-row import (rows, records, report) spent a quarter to a third of its
time there. Records and rows make no reference cycles worth collecting mid-import, so the
collector waits until the import is done and then runs as usual.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the cycle collector for the block (nested uses are fine; an error re-enables it)."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()
