"""Python's cycle collector, run by the main thread only.

Left to itself, the collector runs in whichever thread happens to allocate when its counters fill:
often a worker reading a gazetteer or a workbook. If the garbage it finds holds Qt objects (the
widgets of a closed panel, a web page), they are destroyed in that worker, and Qt aborts the whole
process. So the desktop switches automatic collection off and collects on a main-thread timer,
following the collector's own thresholds (generation 0 when enough objects were made, the older
generations as often as Python would).
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 250


class MainThreadCollector(QObject):
    """Owns the collection of reference cycles for the life of the application (``parent``)."""

    def __init__(self, parent: QObject, interval_ms: int = INTERVAL_MS):
        super().__init__(parent)
        gc.disable()
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.collect_if_due)
        self.timer.start()

    @staticmethod
    def collect_if_due() -> int | None:
        """Collect the generation Python would collect now, if any; returns it."""
        made, young, older = gc.get_count()
        limit_made, limit_young, limit_older = gc.get_threshold()
        if limit_made == 0:
            return None  # collection switched off entirely (gc.set_threshold(0))
        if young >= limit_young:
            generation = 2 if older >= limit_older else 1
        elif made >= limit_made:
            generation = 0
        else:
            return None
        gc.collect(generation)
        return generation
