"""Holding Python's cycle collector back while an import builds hundreds of thousands of records.

Every few hundred new objects the collector may run, and its full passes walk everything the
program holds: a 100,000-row import (rows, records, report) spent a quarter to a third of its
time there. Records and rows make no reference cycles worth collecting mid-import, so the
collector waits until the import is done and then runs as usual.

What the block made and keeps (the records of 100,000 rows) then goes straight to the oldest
generation: left young, the collector's first passes after the block walked all of it again
(about 1 s of a 100,000-row import), only to find it alive.
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
        gc.freeze()  # every object tracked so far, young ones too, into the permanent generation …
        gc.unfreeze()  # … and from there into the oldest: no walk, and collected as usual later on
        if collecting:
            gc.enable()
