"""Every command that reads a file, given every hostile file of the corpus: refused with exit status 2
and one line naming the file, memory bounded, the project untouched — or, for the valid ones
(UTF-16 without a byte-order mark, 1 MB cells, control characters, self-crossing rings), read.

The options are found in the command line's parser (tests/hostile.py), the files are made by
tests/data/hostile/make_corpus.py, and the same runs write docs/reliability.md.
"""

from __future__ import annotations

import argparse
import signal
from pathlib import Path

import pytest

from desktop.commands.common import input_file
from directory import file_gate
from tests import hostile

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="the runs are forked (POSIX)")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> hostile.Corpus:
    return hostile.Corpus(tmp_path_factory.mktemp("hostile"))


def test_every_option_naming_a_file_says_whether_it_is_read():
    assert hostile.untyped_paths() == []
    names = {(o.command, o.dest) for o in hostile.file_options()}
    assert {("import", "file"), ("merge", "other"), ("verify-import", "sheet"), ("init", "boundaries"),
            ("gaps", "population"), ("gaps", "roads"), ("suggest", "candidates"), ("geocode", "gazetteer"),
            ("info", "project")} <= names


def test_the_enumeration_catches_a_file_option_typed_as_a_bare_path():
    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers()
    planted = sub.add_parser("planted")
    planted.add_argument("--list", type=Path)
    planted.add_argument("--read", type=input_file)
    assert hostile.untyped_paths(parser) == ["planted --list"]
    assert [o.flag for o in hostile.file_options(parser)] == ["--read"]


def test_every_option_that_reads_a_file_has_a_command_line_and_corpus_files(corpus):
    for option in hostile.file_options():
        if (option.command, option.dest) in hostile.NOT_RUN:
            continue
        assert option.dest in hostile.KINDS, f"{option}: say which corpus files it takes (tests/hostile.py KINDS)"
        assert corpus.cases_for(option), option
        hostile.argv_for(option, Path("x"), Path("folder"), Path("work"))  # a KeyError names a missing line


def test_every_hostile_file_through_every_command(corpus):
    base = hostile.own_rss_mb()
    outcomes = corpus.run_all()
    wrong = [o.describe() for o in outcomes if not o.as_expected(base)]
    assert len(outcomes) >= 200
    assert not wrong, f"{len(wrong)} of {len(outcomes)} runs went wrong:\n" + "\n".join(wrong)
    table = hostile.documented((hostile.REPO / "docs" / "reliability.md").read_text(encoding="utf-8"))
    assert table == {(hostile.label(o.option), o.case): o.expected.replace("accepted", "read") for o in outcomes}, (
        "docs/reliability.md is out of date: python tests/data/hostile/make_corpus.py --table docs/reliability.md")


def test_the_check_catches_a_reader_the_gate_does_not_guard(corpus, monkeypatch):
    """A test of the test: without the gate's sheet extents, python-calamine aborts the process on
    the 1.8 KB workbook; the run is a failure, not a pass."""
    def no_extents(path, what, **options):
        checked = real(path, what, **options)
        checked.sheets = {}
        return checked

    real = file_gate.workbook
    monkeypatch.setattr(file_gate, "workbook", no_extents)
    option = next(o for o in hostile.file_options() if (o.command, o.dest) == ("import", "file"))
    case = next(c for c in corpus.cases if c.name == "xfd1048576.xlsx")
    outcome = corpus.run(option, case)
    assert outcome.run.status == -signal.SIGABRT and "Traceback" not in outcome.run.stderr
    assert not outcome.as_expected(hostile.own_rss_mb())


def test_the_check_catches_a_traceback_and_a_changed_project(corpus, monkeypatch):
    """A test of the test: a refusal that leaves a traceback, or writes before it refuses, fails."""
    from importers import pipeline

    def broken(*args, **kwargs):
        raise ValueError("a reader's own error")

    monkeypatch.setattr(pipeline, "read_file", broken)
    option = next(o for o in hostile.file_options() if (o.command, o.dest) == ("import", "file"))
    case = next(c for c in corpus.cases if c.name == "truncated.xlsx")
    outcome = corpus.run(option, case)
    assert "Traceback" in outcome.run.stderr and not outcome.as_expected(hostile.own_rss_mb())
    changed = hostile.Outcome(option, case.name, "refused",
                              hostile.Run([], 2, "", f"servicemap: error: {case.name}: no\n", 10, 0.1, True))
    assert not changed.as_expected(hostile.own_rss_mb())
