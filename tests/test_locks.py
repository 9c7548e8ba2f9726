"""Two programs at one project: every command, while another program holds the file, either waits and
succeeds or says the project is in use (exit status 2, one line) — never "damaged", never a
traceback; two imports of one list at once store it once; a plan made before another change is
refused instead of written over it.

The other program is a separate Python process holding SQLite's lock (tests/lock_holder.py's
script); the commands are found by enumerating the command line's subparsers.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from directory.store import Project, ProjectBusy, ProjectChanged
from tests import hostile
from tests.helpers import small_project

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="the runs are forked (POSIX)")
REPO = Path(__file__).resolve().parents[1]
IN_USE = "in use by another program"
WAITED = "servicemap: waiting for another ServiceMap to finish: "

HOLDER = """
import sqlite3, sys, time
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
mode = sys.argv[2]
if mode == "read":
    conn.execute("BEGIN")
    conn.execute("SELECT count(*) FROM sm_services").fetchone()
else:
    conn.execute(f"BEGIN {mode}")
print("locked", flush=True)
hold = float(sys.argv[3])
if hold < 0:
    sys.stdin.readline()
else:
    time.sleep(hold)
conn.execute("ROLLBACK")
print("released", flush=True)
"""


class Holder:
    """Another program holding the project's lock: ``mode`` IMMEDIATE (writing), EXCLUSIVE (committing)
    or read (a read transaction); until :meth:`release`, or for ``hold`` seconds."""

    def __init__(self, path: Path, mode: str, hold: float = -1):
        self.proc = subprocess.Popen([sys.executable, "-c", HOLDER, str(path), mode, str(hold)], stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, text=True)
        assert self.proc.stdout.readline().strip() == "locked"

    def release(self) -> None:
        if self.proc.poll() is None:
            self.proc.stdin.write("\n")
            self.proc.stdin.flush()
        self.proc.wait(timeout=30)

    def __enter__(self) -> Holder:
        return self

    def __exit__(self, *exc) -> None:
        self.release()


def commands() -> list[str]:
    return list(hostile.commands())


NOT_RUN = {"desktop": "opens the window; the desktop's error dialog shows the same ProjectBusy message",
           "doctor": "checks the installation; opens no project",
           "grid-to-list": "makes a list from a pathway grid workbook; opens no project",
           "server init": "sets up a PostgreSQL server; opens no project",
           "server add-user": "a PostgreSQL server's users; opens no project",
           "clone": "makes a new project from a PostgreSQL server",
           "share": "needs a PostgreSQL server (tests/test_sync*.py run it)",
           "sync": "needs a copy of a shared directory and its server (tests/test_sync*.py run it)"}


def command_line(command: str, project: Path, folder: Path, work: Path) -> list[str]:
    """A command line for ``command`` on ``project`` that succeeds when nothing holds the file."""
    if command == "init":
        return ["init", str(work / "new.gpkg"), "--boundaries", str(folder / "self-intersecting.geojson")]
    if command == "demo":
        return ["demo", "--out", str(work / "demo")]
    return hostile.argv_for(hostile.Option(command, "project", "project"), project, folder, work)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> hostile.Corpus:
    return hostile.Corpus(tmp_path_factory.mktemp("locks"))


def run_all_commands(corpus: hostile.Corpus, project: Path) -> dict[str, hostile.Run]:
    """Every command at once on ``project`` (each with its own output folder)."""
    names = [c for c in commands() if c not in NOT_RUN]
    works = {c: Path(tempfile.mkdtemp(dir=corpus.folder)) for c in names}

    def job(name):
        return lambda: (hostile.Child(command_line(name, project, corpus.folder, works[name]), None, timeout=90),
                        lambda run: run)
    runs = hostile.run_many([job(c) for c in names], parallel=len(names))
    return dict(zip(names, runs))


def waited_or_in_use(run: hostile.Run) -> bool:
    """Succeeded, or said "in use" in one line (after the lines saying it waited for another ServiceMap)."""
    lines = [line for line in run.stderr.splitlines() if not line.startswith(WAITED)]
    said_busy = run.status == 2 and len(lines) == 1 and IN_USE in lines[0]
    return (run.status == 0 or said_busy) and "Traceback" not in run.stderr and "damaged" not in run.stderr


def test_every_command_has_a_command_line(corpus, tmp_path):
    for name in commands():
        if name not in NOT_RUN:
            command_line(name, tmp_path / "p.gpkg", corpus.folder, tmp_path)  # a KeyError names a missing one


@pytest.mark.parametrize("mode", ["IMMEDIATE", "EXCLUSIVE", "read"])
def test_while_another_program_holds_the_file_every_command_waits_or_says_in_use(corpus, tmp_path, mode):
    project = tmp_path / "project.gpkg"
    project.write_bytes((corpus.folder / "project.gpkg").read_bytes())
    with Holder(project, mode):
        runs = run_all_commands(corpus, project)
    wrong = {name: (run.status, run.stderr[-300:]) for name, run in runs.items() if not waited_or_in_use(run)}
    assert not wrong
    busy = {name for name, run in runs.items() if run.status == 2}
    assert {"import", "merge"} <= busy  # writers cannot write under another's lock
    if mode == "EXCLUSIVE":  # nobody may even read: every command on the project says so
        assert busy == set(runs) - {"init", "demo"}
    elif mode == "IMMEDIATE":  # readers read alongside a writer that has not begun to commit
        assert not busy & {"info", "export", "map", "pathways", "import-report"}
    # (under a read transaction, a writer of this run waiting to commit holds SQLite's PENDING lock,
    # which keeps new readers out too: they may say "in use" as well)


def test_a_command_waits_for_a_lock_released_within_the_busy_timeout(corpus, tmp_path):
    project = tmp_path / "project.gpkg"
    project.write_bytes((corpus.folder / "project.gpkg").read_bytes())
    with Holder(project, "EXCLUSIVE", hold=1.5):
        start = time.monotonic()
        importing = hostile.Child(command_line("import", project, corpus.folder, tmp_path), None)
        info = hostile.Child(command_line("info", project, corpus.folder, tmp_path), None)
        runs = hostile.run_many([lambda: (importing, lambda r: r), lambda: (info, lambda r: r)], parallel=2)
    assert [r.status for r in runs] == [0, 0], [r.stderr for r in runs]
    assert time.monotonic() - start >= 1.4  # they waited for the other program


def test_the_desktop_gets_the_same_message_as_the_command_line(tmp_path):
    """The desktop shows ProjectError messages in its error dialog: the lock surfaces as one."""
    path = tmp_path / "p.gpkg"
    small_project(path).close()
    with Holder(path, "EXCLUSIVE"), pytest.raises(ProjectBusy, match=IN_USE) as err:
        Project.open(path)
    assert "damaged" not in str(err.value) and str(path) in str(err.value)


def test_the_window_says_in_use_for_a_project_another_program_holds(qtbot, tmp_path, monkeypatch):
    pytest.importorskip("PySide6.QtWebEngineWidgets")
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QMessageBox

    from desktop.settings import Settings
    from desktop.window.main_window import MainWindow

    path = tmp_path / "p.gpkg"
    small_project(path).close()
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *args, **kw: shown.append(args[2]))
    window = MainWindow(Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)))
    with Holder(path, "EXCLUSIVE"):
        assert not window.open_project(path)
    assert len(shown) == 1 and IN_USE in shown[0] and "damaged" not in shown[0] and "Traceback" not in shown[0]
    assert window.open_project(path)  # once the other program lets go
    window.close_project()
    window.close()
    window.deleteLater()
    qtbot.wait(300)  # the page goes before QtWebEngine's profile


def list_file(folder: Path, rows: int) -> Path:
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Services"
    sheet.append(["Organisation", "Service", "Service type", "Phone", "District", "Latitude", "Longitude"])
    for i in range(rows):
        sheet.append([f"Partner {i % 40}", f"Case management point {i}", "case management",
                      f"+88017{i:08d}", "Cox's Bazar", 21.2 + (i % 50) / 100, 92.0 + (i % 37) / 100])
    path = folder / "list.xlsx"
    book.save(path)
    return path


def import_process(project: Path, path: Path) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "desktop.cli", "import", str(project), str(path)], cwd=REPO,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, "PYTHONPATH": str(REPO)})


def test_two_imports_of_one_list_at_once_store_it_once(tmp_path):
    """The second import waits for the first and matches against what it stored (or says the project
    is in use); it never stores every service a second time. The other program holds the lock while
    both start, so both have read the list before either may write."""
    path = list_file(tmp_path, 600)
    single = tmp_path / "single.gpkg"
    small_project(single, n_services=0).close()
    subprocess.run([sys.executable, "-m", "desktop.cli", "import", str(single), str(path)], cwd=REPO, check=True,
                   capture_output=True, env={**os.environ, "PYTHONPATH": str(REPO)}, timeout=120)
    with Project.open(single) as p:
        expected = p.counts()["services"]
    project = tmp_path / "two.gpkg"
    small_project(project, n_services=0).close()
    with Holder(project, "IMMEDIATE", hold=3.5):
        first, second = import_process(project, path), import_process(project, path)
        outputs = [p.communicate(timeout=120) for p in (first, second)]
    for proc, (out, err) in zip((first, second), outputs):
        assert proc.returncode == 0 or (proc.returncode == 2 and IN_USE in err), err
        assert "Traceback" not in err
    with Project.open(project) as p:
        assert p.counts()["services"] == expected
        imports = [c for c in p.changes() if c.kind == "import"]
    assert len(imports) == [first.returncode, second.returncode].count(0)
    if len(imports) == 2:
        assert "0 imported" in outputs[0][0] + outputs[1][0]  # the later one updated what the first stored


def test_changes_inside_a_lock_commit_together_and_a_failed_one_rolls_back_alone(tmp_path):
    path = tmp_path / "p.gpkg"
    with small_project(path, n_services=1) as project:
        before = project.counts()["changes"]
        with project.locked():
            with project.change("test", "kept"):
                project.set_country("BGD")
            with pytest.raises(RuntimeError), project.change("test", "failed"):
                project.set_country("IND")
                raise RuntimeError("undone")
        assert project.country == "BGD" and project.counts()["changes"] == before + 1
        with pytest.raises(RuntimeError), project.locked():
            with project.change("test", "undone with the lock"):
                project.set_country("NPL")
            raise RuntimeError("the lock's block failed")
        assert project.country == "BGD" and project.counts()["changes"] == before + 1


def test_a_merge_planned_before_another_change_is_refused(tmp_path):
    from importers.merge import apply, plan

    ours, theirs = tmp_path / "ours.gpkg", tmp_path / "theirs.gpkg"
    small_project(ours).close()
    small_project(theirs, n_services=4, confidential=False).close()
    with Project.open(ours) as project:
        the_plan = plan(project, theirs)
        with Project.open(ours) as other_window, other_window.change("edit", "meanwhile"):
            other_window.set_country("BGD")
        with pytest.raises(ProjectChanged, match="changed by another program"):
            apply(project, the_plan)
        assert [c.kind for c in project.changes()].count("merge") == 0


def test_a_commit_blocked_by_a_reader_is_in_use_not_a_traceback(tmp_path):
    path = tmp_path / "p.gpkg"
    small_project(path).close()
    with Project.open(path) as project, Holder(path, "read"):
        with pytest.raises(ProjectBusy, match=IN_USE), project.change("edit", "blocked"):
            project.set_country("IND")
        assert project.country == "BGD"
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
