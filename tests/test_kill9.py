"""A process killed in the middle of a write (kill -9) leaves a file that opens with
everything committed before it, and nothing of the change it was writing."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from directory.store import Project

BATCH = 400

WRITER = textwrap.dedent(
    f"""
    import sys
    from directory.model import Organisation, Service
    from directory.store import Project

    project = Project.open(sys.argv[1])
    n = 0
    while True:
        with project.change("import", f"batch {{n}}"):
            for i in range({BATCH}):
                org = Organisation(f"Org {{n}}-{{i}}")
                project.save_organisation(org)
                project.save_service(Service(f"Service {{n}}-{{i}}", org.id, ["case_management"]))
                if i == {BATCH} // 2:
                    print("inside", n, flush=True)
        n += 1
        print("committed", n, flush=True)
    """
)


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="kill -9 needs a POSIX system")
@pytest.mark.parametrize("delay", ["inside", 0.0, 0.013, 0.037])
def test_kill_minus_9_mid_write_keeps_every_committed_change(tmp_path: Path, delay):
    """``inside`` kills while a transaction is surely half written; the delays land elsewhere."""
    path = tmp_path / "p.gpkg"
    Project.create(path).close()
    repo = Path(__file__).resolve().parents[1]
    proc = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(path)],
        stdout=subprocess.PIPE,
        text=True,
        cwd=repo,
        env={**os.environ, "PYTHONPATH": str(repo)},
    )
    reported = 0
    try:
        while reported < 3:
            line = proc.stdout.readline().split()
            assert line, "the writer stopped before committing three changes"
            if line[0] == "committed":
                reported = int(line[1])
        if delay == "inside":
            assert proc.stdout.readline().split() == ["inside", str(reported)]
        else:
            time.sleep(delay)  # land the kill at different points of the next transaction
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == -signal.SIGKILL
    if delay == "inside":
        assert (tmp_path / "p.gpkg-journal").exists(), "the kill should have left a hot journal"
    # A hot journal beside the file is normal after a kill; opening rolls it back.
    with Project.open(path) as project:
        counts = project.counts()
        committed = counts["organisations"] // BATCH
        # every reported commit is there; at most the one that committed before the kill landed more
        assert committed in ((reported,) if delay == "inside" else (reported, reported + 1))
        assert counts["organisations"] == committed * BATCH  # nothing half-written
        assert counts["services"] == committed * BATCH
        batches = [c.description for c in project.changes() if c.kind == "import"]
        assert batches == [f"batch {n}" for n in range(committed)]
        assert project._conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


# --- the real commands -----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def commands(tmp_path_factory):
    from tests import kill9_runs

    return kill9_runs, kill9_runs.prepare(tmp_path_factory.mktemp("kill9"), rows=400)


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="kill -9 needs a POSIX system")
@pytest.mark.parametrize("name", ["import", "merge", "verify-import"])
def test_kill_minus_9_of_a_real_command_leaves_all_or_nothing(commands, tmp_path, name):
    """The real command, killed mid-write (when SQLite's journal appears) and at three random moments;
    ``python -m tests.kill9_runs --kills 20`` kills more."""
    import random

    runs, setup = commands
    before = runs.state(setup.before(name))
    after, seconds = runs.finished(setup, name, tmp_path)
    assert after != before
    rng = random.Random(f"{name}-17")
    landed = [runs.check_kill(setup, name, tmp_path, moment, before, after)
              for moment in ["journal"] + [rng.uniform(0, seconds * 1.1) for _ in range(3)]]
    assert landed[0] == "mid-write: nothing"
