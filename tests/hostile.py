"""Running the hostile-file corpus (``tests/data/hostile/make_corpus.py``) through the real commands.

The options that name a file a command reads are found in the command line's own parser (their
argparse type is :func:`~desktop.commands.common.input_file` or ``project_file``), so a new
option is tried as soon as it exists — and has no command line here yet, which fails the test.
Each run is the real ``servicemap`` entry point in a child process (forked from a parent that has
imported the libraries once, so a run costs its work, not Python's start-up), with its exit
status, output, peak memory (``wait4``'s ``ru_maxrss``) and time.
"""

from __future__ import annotations

import argparse
import faulthandler
import hashlib
import importlib
import io
import os
import resource
import shutil
import signal
import sys
import tempfile
import time
import traceback
from dataclasses import dataclass
from pathlib import Path

from desktop.cli import build_parser
from desktop.commands.common import input_file, project_file

REPO = Path(__file__).resolve().parents[1]
#: What a hostile file may add to the memory of the process that refuses it.
MAX_EXTRA_MB = 300
#: The child's address space may grow this much over what it inherits (the test process's, larger once
#: QtWebEngine is loaded), so a bomb cannot take the machine (on a tree without the gate).
ADDRESS_SPACE_GROWTH = 6 * 2**30


def corpus_module():
    return importlib.import_module("tests.data.hostile.make_corpus")


@dataclass(frozen=True)
class Option:
    command: str
    dest: str
    flag: str  # "--population", or the positional's name


def commands(parser: argparse.ArgumentParser | None = None, prefix: str = "") -> dict[str, argparse.ArgumentParser]:
    """Every command the parser runs ("import", "server init" …), by name, with its own parser."""
    parser = parser or build_parser()
    out = {}
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                nested = commands(sub, f"{prefix}{name} ")
                out.update(nested or {f"{prefix}{name}": sub})
    return out


def _flag(action: argparse.Action) -> str:
    return action.option_strings[0] if action.option_strings else action.dest


def file_options(parser: argparse.ArgumentParser | None = None) -> list[Option]:
    """Every option of every command that names a file ServiceMap reads (the project included)."""
    return [Option(name, a.dest, _flag(a)) for name, p in commands(parser).items() for a in p._actions
            if a.type in (input_file, project_file)]


def untyped_paths(parser: argparse.ArgumentParser | None = None) -> list[str]:
    """Options typed as a bare ``Path``: the enumeration would miss them (a test keeps this empty)."""
    return [f"{name} {_flag(a)}" for name, p in commands(parser).items() for a in p._actions if a.type is Path]


#: The kinds of corpus file each option is given (see make_corpus.Case.kinds).
KINDS = {"file": {"list"}, "other": {"list", "project"}, "sheet": {"workbook"}, "boundaries": {"vector"},
         "gazetteer": {"table"}, "population": {"table", "raster"}, "spread_by": {"raster"},
         "roads": {"vector", "osm"}, "water": {"vector"}, "dem": {"raster"}, "landcover": {"raster"},
         "landcover_speeds": {"text_table"}, "candidates": {"table", "vector"}, "project": {"project"},
         "grid": {"workbook"}}  # no corpus workbook holds a pathway grid: every one is refused
#: Options not run: ``desktop`` opens the window (its project goes through Project.open, as every command's).
NOT_RUN = {("desktop", "project"): "opens the desktop window"}

_GAPS = ["--service-type", "case_management", "--cell", "3000", "--no-save"]


def argv_for(option: Option, path: Path, folder: Path, work: Path) -> list[str]:
    """A command line that reads ``path`` through ``option`` and would otherwise succeed."""
    project = str(work / "project.gpkg") if option.dest != "project" else str(path)
    out, table, landcover = str(work / "out"), str(folder / "table.csv"), str(folder / "landcover.tif")
    f = str(path)
    command = option.command
    if command in ("gaps", "suggest"):
        tail = ["--out", out + ".csv"] + (["--add", "1"] if command == "suggest" else [])
        by_time = ["--within", "60min"]
        extra = {"project": [], "population": [], "spread_by": ["--spread-by", f], "roads": by_time + ["--roads", f],
                 "water": by_time + ["--water", f], "dem": by_time + ["--dem", f], "landcover": by_time + ["--landcover", f],
                 "landcover_speeds": by_time + ["--landcover", landcover, "--landcover-speeds", f],
                 "candidates": ["--candidates", f]}[option.dest]
        population = f if option.dest == "population" else table
        return [command, project, *_GAPS, "--population", population, *tail, *extra]
    return {
        ("init", "boundaries"): ["init", str(work / "new.gpkg"), "--boundaries", f],
        ("info", "project"): ["info", project],
        ("import", "project"): ["import", project, table], ("import", "file"): ["import", project, f],
        ("import-dates", "project"): ["import-dates", project],
        ("import-report", "project"): ["import-report", project, "--list"],
        ("grid-to-list", "grid"): ["grid-to-list", f, "--out", out + ".xlsx"],
        ("geocode", "project"): ["geocode", project, "--no-geonames"],
        ("geocode", "gazetteer"): ["geocode", project, "--no-geonames", "--gazetteer", f],
        ("map", "project"): ["map", project, "--out", out + ".html"],
        ("pathways", "project"): ["pathways", project, "--area", "BD2022", "--format", "csv", "--out", out + ".csv"],
        ("export", "project"): ["export", project, "--format", "csv", "--out", out + ".csv"],
        ("verify-sheet", "project"): ["verify-sheet", project, "--out", out + ".xlsx"],
        ("verify-import", "project"): ["verify-import", project, str(folder / "calls.xlsx")],
        ("verify-import", "sheet"): ["verify-import", project, f, "--apply"],
        ("merge", "project"): ["merge", project, table], ("merge", "other"): ["merge", project, f],
        ("teach", "project"): ["teach", project, "Support to survivors", "case_management"],
        ("retype", "project"): ["retype", project],
        ("conflicts", "project"): ["conflicts", project],
        # the shared directory's commands open the project before the server (none here: port 1 refuses)
        ("share", "project"): ["share", project, "--to", "postgresql://nobody@127.0.0.1:1/none"],
        ("sync", "project"): ["sync", project],
    }[(command, option.dest)]


@dataclass
class Run:
    argv: list[str]
    status: int
    stdout: str
    stderr: str
    peak_mb: float
    seconds: float
    project_changed: bool


class Child:
    """``servicemap ARGV`` started in a forked child, its output going to temporary files."""

    def __init__(self, argv: list[str], project: Path | None = None, timeout: float = 120):
        self.argv, self.project, self.before = argv, project, _digest(project)
        self.out, self.err = tempfile.TemporaryFile(), tempfile.TemporaryFile()
        sys.stdout.flush()
        sys.stderr.flush()
        self.start = time.monotonic()
        self.deadline = self.start + timeout
        self.pid = os.fork()
        if self.pid == 0:
            self._run_in_child()

    def _run_in_child(self) -> None:
        status = 1
        faulthandler.disable()  # pytest's handler would print a deliberate abort's dump to the terminal
        try:
            os.dup2(self.out.fileno(), 1)
            os.dup2(self.err.fileno(), 2)
            sys.stdout = io.TextIOWrapper(os.fdopen(1, "wb", closefd=False))
            sys.stderr = io.TextIOWrapper(os.fdopen(2, "wb", closefd=False))
            limit = _address_space() + ADDRESS_SPACE_GROWTH
            resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
            from desktop.cli import main

            status = main(self.argv)
        except BaseException:  # what the user would see: a traceback
            traceback.print_exc()
        finally:
            sys.stdout.flush()
            sys.stderr.flush()
            os._exit(status if isinstance(status, int) else 1)

    def poll(self) -> Run | None:
        """The run once the child has ended (killed at its deadline), else None."""
        done, status, usage = os.wait4(self.pid, os.WNOHANG)
        if not done and time.monotonic() > self.deadline:
            os.kill(self.pid, signal.SIGKILL)
            done, status, usage = os.wait4(self.pid, 0)
        if not done:
            return None
        seconds = time.monotonic() - self.start
        texts = []
        for f in (self.out, self.err):
            f.seek(0)
            texts.append(f.read().decode("utf-8", "replace"))
            f.close()
        return Run(self.argv, os.waitstatus_to_exitcode(status), texts[0], texts[1], usage.ru_maxrss / 1024, seconds,
                   self.project is not None and _digest(self.project) != self.before)


    def kill(self) -> Run:
        """kill -9 the child now; the run as it was."""
        self.deadline = 0.0
        return self.poll()


def run_cli(argv: list[str], *, project: Path | None = None, timeout: float = 120) -> Run:
    """``servicemap ARGV`` in a forked child: its exit status, output, peak memory and time."""
    child = Child(argv, project, timeout)
    while (run := child.poll()) is None:
        time.sleep(0.005)
    return run


def run_many(jobs, parallel: int = 2):
    """Run ``jobs`` (each a callable that starts a :class:`Child` and returns (child, finish)) ``parallel``
    at a time; ``finish(run)`` gives each job's result, returned in the jobs' order."""
    pending, running, results = list(enumerate(jobs)), {}, {}
    while pending or running:
        while pending and len(running) < parallel:
            i, job = pending.pop(0)
            running[i] = job()
        for i, (child, finish) in list(running.items()):
            if (run := child.poll()) is not None:
                results[i] = finish(run)
                del running[i]
        time.sleep(0.005)
    return [results[i] for i in range(len(jobs))]


def _digest(path: Path | None) -> str | None:
    return hashlib.sha256(path.read_bytes()).hexdigest() if path is not None and path.exists() else None


def _address_space() -> int:
    """This process's virtual size in bytes (VmSize)."""
    with open("/proc/self/status") as f:
        return next(int(line.split()[1]) * 1024 for line in f if line.startswith("VmSize:"))


def own_rss_mb() -> float:
    """This process's resident memory now: what a forked child starts with."""
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


@dataclass
class Outcome:
    option: Option
    case: str
    expected: str
    run: Run

    @property
    def refused_cleanly(self) -> bool:
        lines = self.run.stderr.splitlines()
        return (self.run.status == 2 and len(lines) == 1 and lines[0].startswith("servicemap: error: ")
                and self.case in lines[0] and "Traceback" not in self.run.stderr and not self.run.project_changed)

    @property
    def read_cleanly(self) -> bool:
        return self.run.status == 0 and "Traceback" not in self.run.stderr

    def as_expected(self, base_mb: float) -> bool:
        """As the corpus says, and without more memory than :data:`MAX_EXTRA_MB` over ``base_mb``."""
        within = self.run.peak_mb <= base_mb + MAX_EXTRA_MB
        return within and (self.refused_cleanly if self.expected == "refused" else self.read_cleanly)

    def describe(self) -> str:
        return (f"servicemap {' '.join(self.run.argv)}: expected {self.expected}, exit {self.run.status}, "
                f"{self.run.peak_mb:,.0f} MB, project {'changed' if self.run.project_changed else 'unchanged'}; "
                f"stderr: {self.run.stderr.strip()[-400:]!r}")


#: What the commands import on their first call: imported once here, before the runs are forked.
PRELOAD = ("geopandas", "pyogrio", "rasterio", "rasterio.warp", "pandas", "openpyxl", "python_calamine", "osmium",
           "importers.pipeline", "importers.merge", "importers.verification_import", "importers.project_setup",
           "mapping.coverage.analysis", "mapping.coverage.suggest", "mapping.geocode.run", "mapping.geocode.index")


class Corpus:
    """The corpus written once into a folder, and a fresh copy of the project for each run."""

    def __init__(self, folder: Path):
        for name in PRELOAD:
            importlib.import_module(name)
        self.module = corpus_module()
        self.folder = folder
        self.cases = self.module.make(folder)
        self._calls(folder / "calls.xlsx")

    def _calls(self, path: Path) -> None:
        from directory.store import Project
        from importers.verification import write_sheet

        with Project.open(self.folder / "project.gpkg") as project:
            write_sheet(project, path)

    def cases_for(self, option: Option):
        kinds = KINDS[option.dest]
        return [c for c in self.cases if c.kinds & kinds]

    def start(self, option: Option, case):
        """Start one run (see :func:`run_many`): the case's file given to ``option``, on a fresh project."""
        kind = next(iter(case.kinds & KINDS[option.dest]))
        work = Path(tempfile.mkdtemp(dir=self.folder))
        shutil.copy(self.folder / "project.gpkg", work / "project.gpkg")
        path = self.folder / case.name
        if option.dest == "project":  # a copy of the damaged project, so no run sees another's
            path = Path(shutil.copy(path, work / case.name))
        project = work / "project.gpkg" if option.dest != "project" else path
        child = Child(argv_for(option, path, self.folder, work), project)

        def finish(run: Run) -> Outcome:
            shutil.rmtree(work, ignore_errors=True)
            return Outcome(option, case.name, case.expect(kind), run)
        return child, finish

    def run(self, option: Option, case) -> Outcome:
        return run_many([lambda: self.start(option, case)], parallel=1)[0]

    def run_all(self, parallel: int = 2) -> list[Outcome]:
        """Every case through every option that takes it."""
        jobs = [lambda o=o, c=c: self.start(o, c) for o in file_options() if (o.command, o.dest) not in NOT_RUN
                for c in self.cases_for(o)]
        return run_many(jobs, parallel)


def label(option: Option) -> str:
    return option.command if option.dest in ("file", "other", "sheet") else f"{option.command} {option.flag}"


def write_table(out: Path) -> None:
    """Run every case through every option and write the reliability table (Markdown) to ``out``."""
    with tempfile.TemporaryDirectory() as folder:
        corpus = Corpus(Path(folder))
        base = own_rss_mb()
        options = [o for o in file_options() if (o.command, o.dest) not in NOT_RUN]
        results = {(r.case, r.option): r for r in corpus.run_all()}
    out.write_text(_markdown(corpus, options, results, base), encoding="utf-8")


def documented(markdown: str) -> dict[tuple[str, str], str]:
    """(option label, file) -> result word, as the reliability table says."""
    out, section = {}, None
    for line in markdown.splitlines():
        if line.startswith("## `servicemap "):
            section = line.removeprefix("## `servicemap ").rstrip("`")
        elif section and line.startswith("| `"):
            cells = [c.strip() for c in line.strip("|").split("|")]
            out[(section, cells[0].strip("`"))] = cells[2]
    return out


def _markdown(corpus: Corpus, options: list[Option], results, base_mb: float) -> str:
    ran = sum(1 for _ in results)
    good = sum(1 for r in results.values() if r.as_expected(base_mb))
    peak = max(r.run.peak_mb for r in results.values())
    lines = [
        "# Hostile files: what each command does with them",
        "",
        "Generated by `python tests/data/hostile/make_corpus.py --table docs/reliability.md` (do not edit by hand).",
        f"{ran} runs of the real commands, {good} as expected. **refused**: exit status 2 and one line naming the",
        "file and what to do, the project file unchanged (byte for byte). **read**: the file is valid and was used",
        "(exit status 0). Each run is the `servicemap` entry point in a child process forked after the libraries",
        f"were loaded ({base_mb:,.0f} MB); the last column is the child's peak resident memory (at most {peak:,.0f} MB;",
        f"the tests allow {MAX_EXTRA_MB} MB over the loaded libraries).",
        "",
    ]
    for option in options:
        cases = [c for c in corpus.cases_for(option)]
        lines += [f"## `servicemap {label(option)}`", "", "| file | what it is | result | the message | peak MB |",
                  "|---|---|---|---|---|"]
        for case in cases:
            r = results[(case.name, option)]
            result = ("refused" if r.refused_cleanly else "read" if r.read_cleanly else
                      f"**exit {r.run.status}{', the project changed' if r.run.project_changed else ''}**")
            if not r.as_expected(base_mb):
                result += f" — expected {r.expected}"
            said = r.run.stderr.strip().splitlines() or r.run.stdout.strip().splitlines() or [""]
            message = next((line.strip() for line in said if "note:" in line), said[0])
            message = message.replace(str(corpus.folder) + os.sep, "").removeprefix("servicemap: error: ")
            for word in ("/tmp", str(corpus.folder)):
                message = message.replace(word, "…")
            if len(message) > 160:
                message = message[:157] + "…"
            lines.append(f"| `{case.name}` | {case.what} | {result} | {message.replace('|', '/')} | {r.run.peak_mb:,.0f} |")
        lines.append("")
    return "\n".join(lines)
