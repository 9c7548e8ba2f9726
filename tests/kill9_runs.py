"""kill -9 at random moments of the real ``import``, ``merge`` and ``verify-import --apply`` commands.

After each kill the project must open, pass SQLite's integrity check, and hold either everything
the command writes or nothing of it (compared with a run of the same command that finished).
The suite kills a few times per command (tests/test_kill9.py); more runs:

    python -m tests.kill9_runs --kills 20
"""

from __future__ import annotations

import argparse
import random
import shutil
import sqlite3
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from directory.store import Project
from tests import hostile
from tests.helpers import small_project

COMMANDS = ("import", "merge", "verify-import")


def list_file(path: Path, rows: int, *, start: int = 0) -> Path:
    """A partner's list written by openpyxl: ``rows`` case-management points with phones and places."""
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Services"
    sheet.append(["Organisation", "Service", "Service type", "Phone", "Opening hours", "Latitude", "Longitude"])
    for i in range(start, start + rows):
        sheet.append([f"Partner {i % 40}", f"Case management point {i}", "case management", f"+88017{i:08d}",
                      "Sun-Thu 9:00-17:00", 21.2 + (i % 50) / 100, 92.0 + (i % 37) / 100])
    book.save(path)
    return path


def filled_call_sheet(project_path: Path, path: Path) -> Path:
    """The call list of every service, filled in as callers do: reached, new hours and phones."""
    import openpyxl

    from importers.verification import COLUMNS, write_sheet

    with Project.open(project_path) as project:
        write_sheet(project, path)
    book = openpyxl.load_workbook(path)
    sheet = book.active
    col = {key: i + 1 for i, (key, _, _) in enumerate(COLUMNS)}
    for r in range(2, sheet.max_row + 1):
        if sheet.cell(r, col["service_id"]).value:
            sheet.cell(r, col["reached"], "yes")
            sheet.cell(r, col["new_hours"], "Sun-Thu 8:00-16:00")
            sheet.cell(r, col["new_phones"], f"+8801900{r:06d}")
            sheet.cell(r, col["caller"], "Amina")
    book.save(path)
    return path


@dataclass
class Setup:
    folder: Path
    empty: Path  # a project with boundaries and no services
    full: Path  # the same with the first list imported

    def command(self, name: str, project: Path) -> list[str]:
        return {"import": ["import", str(project), str(self.folder / "list.xlsx")],
                "merge": ["merge", str(project), str(self.folder / "partner.xlsx")],
                "verify-import": ["verify-import", str(project), str(self.folder / "calls.xlsx"), "--apply"]}[name]

    def before(self, name: str) -> Path:
        return self.empty if name == "import" else self.full


def prepare(folder: Path, rows: int = 600) -> Setup:
    from importers.pipeline import import_file

    empty, full = folder / "empty.gpkg", folder / "full.gpkg"
    small_project(empty, n_services=0).close()
    list_file(folder / "list.xlsx", rows)
    list_file(folder / "partner.xlsx", rows, start=rows // 2)  # half the same services, half new
    shutil.copy(empty, full)
    with Project.open(full) as project:
        import_file(project, folder / "list.xlsx")
    filled_call_sheet(full, folder / "calls.xlsx")
    for name in hostile.PRELOAD:
        __import__(name)
    return Setup(folder, empty, full)


def state(path: Path) -> tuple:
    """What a command writes, without the random IDs and times: counts, every service's fields, the audit."""
    with Project.open(path) as project:
        services = sorted((s.name, s.status, s.schedule_text, str(s.assured_date), s.assurer,
                           tuple(sorted(p.number for c in s.contacts for p in c.phones))) for s in project.services())
        return project.counts(), tuple(services), len(project.audit()), tuple(c.kind for c in project.changes())


def intact(path: Path) -> bool:
    with sqlite3.connect(path) as conn:
        return conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def finished(setup: Setup, name: str, work: Path) -> tuple:
    """The state after the command ran to the end, and how long it took."""
    project = work / f"finished-{name}.gpkg"
    shutil.copy(setup.before(name), project)
    run = hostile.run_cli(setup.command(name, project))
    assert run.status == 0, run.stderr
    return state(project), run.seconds


def kill_at(setup: Setup, name: str, work: Path, moment: float | str) -> tuple[Path, str]:
    """Run the command on a copy and kill -9 it ``moment`` seconds after it starts, or ("journal") as
    soon as its write transaction has begun (SQLite's journal appears beside the file)."""
    project = work / f"killed-{name}.gpkg"
    shutil.copy(setup.before(name), project)
    journal = project.with_name(project.name + "-journal")
    child = hostile.Child(setup.command(name, project), None)
    start = time.monotonic()
    when = "finished first"
    while True:
        if child.poll() is not None:
            break
        if moment == "journal" and journal.exists() or moment != "journal" and time.monotonic() - start >= moment:
            when = "mid-write" if journal.exists() else "outside a write"
            child.kill()
            break
        time.sleep(0.0005)
    return project, when


def check_kill(setup: Setup, name: str, work: Path, moment, before: tuple, after: tuple) -> str:
    """Kill once; returns where the kill landed and which state the project was left in."""
    project, when = kill_at(setup, name, work, moment)
    assert intact(project), f"{name} killed at {moment}: integrity check failed"
    now = state(project)  # opening rolls back a hot journal
    assert intact(project)
    assert now in (before, after), f"{name} killed at {moment} ({when}): the project holds part of the command"
    return f"{when}: {'everything' if now == after else 'nothing'}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=20, help="random kills per command (plus one mid-write)")
    parser.add_argument("--seed", type=int, default=17)
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory() as folder:
        setup = prepare(Path(folder))
        for name in COMMANDS:
            before = state(setup.before(name))
            after, seconds = finished(setup, name, Path(folder))
            tally: dict[str, int] = {}
            for moment in ["journal"] + [rng.uniform(0, seconds * 1.1) for _ in range(args.kills)]:
                outcome = check_kill(setup, name, Path(folder), moment, before, after)
                tally[outcome] = tally.get(outcome, 0) + 1
            print(f"{name}: {args.kills + 1} kills (a run takes {seconds:.2f} s), all intact, none partial: "
                  + ", ".join(f"{n} {k}" for k, n in sorted(tally.items())), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
