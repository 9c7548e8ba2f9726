"""While an import builds its records the cycle collector waits (importers/collector.py); after it, what
the import made and keeps goes to the oldest generation at once, so the collector's next young passes do
not walk a 100,000-row list's records again (about 1 s). Nothing is frozen for good: a cycle made in the
block and dropped later is still collected.

The case runs in its own process (the tests' own collector switches automatic collection off). A
block that only disables and enables the collector, run the same way, leaves its objects young: the
check can fail."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

SCRIPT = r"""
import contextlib, gc, json, sys, weakref
from importers.collector import collector_paused

@contextlib.contextmanager
def only_paused():  # the control: the collector off and on again, nothing more
    gc.disable()
    try:
        yield
    finally:
        gc.enable()

class Cycle:
    def __init__(self):
        self.me = self

gc.enable()
gc.collect()
block = collector_paused() if sys.argv[1] == "import" else only_paused()
with block:
    records = [{"row": i, "types": [i]} for i in range(50_000)]
    cycle = Cycle()
    gone = weakref.ref(cycle)
ids = {id(r) for r in records[::97]}
young = sum(1 for g in (0, 1) for o in gc.get_objects(generation=g) if id(o) in ids)
oldest = sum(1 for o in gc.get_objects(generation=2) if id(o) in ids)
del cycle
gc.collect()
print(json.dumps({"young": young, "oldest": oldest, "sampled": len(ids), "frozen": gc.get_freeze_count(),
                  "cycle_freed": gone() is None, "enabled": gc.isenabled()}))
"""


def _run(kind: str) -> dict:
    done = subprocess.run([sys.executable, "-c", SCRIPT, kind], capture_output=True, text=True, cwd=REPO, check=True)
    return json.loads(done.stdout)


def test_an_imports_records_go_to_the_oldest_generation_and_nothing_stays_frozen():
    seen = _run("import")
    assert seen["young"] == 0 and seen["oldest"] == seen["sampled"] > 500
    assert seen["frozen"] == 0 and seen["cycle_freed"] and seen["enabled"]


def test_the_check_fails_for_a_block_that_only_pauses_the_collector():
    seen = _run("control")
    assert seen["young"] == seen["sampled"] and seen["oldest"] == 0
