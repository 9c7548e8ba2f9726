"""A writer behind another ServiceMap writing the same project waits for it — longer than the busy
timeout, saying "waiting for another ServiceMap to finish: Import of …", cancellable in the
desktop — while a lock held by another program is still "in use" after the busy timeout.

The other ServiceMap is a real second process holding ``Project.locked`` (tests/test_locks.py has
the other program: a bare SQLite connection). The busy timeout is cut to one second here (in the
forked command and in this process) so the waits stay short.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from directory import connection, writer_note
from directory.store import Project, ProjectBusy
from tests import hostile
from tests.helpers import small_project
from tests.test_locks import IN_USE, Holder, list_file

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="the runs are forked (POSIX)")
REPO = Path(__file__).resolve().parents[1]
BUSY = 1  # seconds, for the runs here
OTHER_IMPORT = "Import of national-list.xlsx"

SERVICEMAP_WRITER = """
import sys, time
from directory.store import Project
with Project.open(sys.argv[1]) as project, project.locked(sys.argv[2]):
    print("locked", flush=True)
    hold = float(sys.argv[3])
    sys.stdin.readline() if hold < 0 else time.sleep(hold)
print("released", flush=True)
"""


class OtherServiceMap(Holder):
    """Another ServiceMap process writing the project (``Project.locked``), for ``hold`` seconds or until released."""

    def __init__(self, path: Path, hold: float = -1):
        self.proc = subprocess.Popen([sys.executable, "-c", SERVICEMAP_WRITER, str(path), OTHER_IMPORT, str(hold)],
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, cwd=REPO,
                                     env={**os.environ, "PYTHONPATH": str(REPO)})
        assert self.proc.stdout.readline().strip() == "locked"


@pytest.fixture
def short_busy_timeout(monkeypatch):
    monkeypatch.setattr(connection, "BUSY_TIMEOUT_S", BUSY)
    monkeypatch.setattr(writer_note, "BUSY_TIMEOUT_S", BUSY)


@pytest.fixture
def project(tmp_path) -> Path:
    path = tmp_path / "p.gpkg"
    small_project(path, n_services=0).close()
    return path


def imports(project: Path) -> int:
    with Project.open(project) as p:
        return sum(1 for c in p.changes() if c.kind == "import")


def test_an_import_behind_another_servicemap_waits_for_it_and_says_so(short_busy_timeout, project, tmp_path):
    listing = list_file(tmp_path, 20)
    with OtherServiceMap(project, hold=3 * BUSY):
        start = time.monotonic()
        run = hostile.run_cli(["import", str(project), str(listing)])
    waited = time.monotonic() - start
    assert run.status == 0, run.stderr
    assert waited >= 2.5 * BUSY  # past the busy timeout: it waited for the other import, not for SQLite
    lines = run.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith(
        f"servicemap: waiting for another ServiceMap to finish: {OTHER_IMPORT} by "), run.stderr
    assert imports(project) == 1 and not list(tmp_path.glob("p.gpkg.writing-*"))


def test_another_programs_lock_is_still_in_use_after_the_busy_timeout(short_busy_timeout, project, tmp_path):
    listing = list_file(tmp_path, 20)
    (tmp_path / "p.gpkg.writing-999999-1").write_text('{"what": "Import of an old list"}')  # a killed writer's note
    with Holder(project, "IMMEDIATE", hold=4 * BUSY):
        start = time.monotonic()
        run = hostile.run_cli(["import", str(project), str(listing)])
        waited = time.monotonic() - start
    assert run.status == 2 and IN_USE in run.stderr and "ServiceMap is writing it" not in run.stderr, run.stderr
    assert waited < 3 * BUSY
    run = hostile.run_cli(["import", str(project), str(listing)])
    assert run.status == 0 and not list(tmp_path.glob("p.gpkg.writing-*"))  # the writer removed the stale note


def test_an_edit_behind_another_servicemap_names_what_it_does(short_busy_timeout, project):
    """A change that does not wait (an edit in a window) says which ServiceMap holds the project."""
    with OtherServiceMap(project), Project.open(project) as p:
        with pytest.raises(ProjectBusy, match=f"another ServiceMap is writing it \\({OTHER_IMPORT} by "):
            with p.change("edit", "a name"):
                p.set_country("IND")


def test_the_desktop_import_says_it_waits_and_can_be_cancelled(qtbot, short_busy_timeout, project, tmp_path):
    """The import wizard's task, on the real worker thread: its progress says it waits; cancelling ends it."""
    from desktop.worker import TaskRunner
    from importers.request import ImportRequest, run_import

    listing = list_file(tmp_path, 20)
    runner = TaskRunner()
    said: list[str] = []
    with OtherServiceMap(project):
        runner.start(run_import, ImportRequest(project, listing), on_done=lambda run: said.append("done"),
                     on_progress=lambda fraction, message: said.append(message))
        qtbot.waitUntil(lambda: any(m.startswith("Waiting for another ServiceMap to finish") for m in said),
                        timeout=15_000)
        assert OTHER_IMPORT in said[-1]
        runner.cancel()
        qtbot.waitUntil(lambda: not runner._live, timeout=3_000)  # the task itself has ended
    assert "done" not in said and imports(project) == 0
