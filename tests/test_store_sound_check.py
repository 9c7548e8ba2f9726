"""Opening a project checks the whole file (``PRAGMA quick_check``) once per process while it is unchanged.

The desktop opens a project, then its map's worker opens it again, and the import wizard's preview and
each gap run; for a 200 MB project each check read the whole file again. A file this process found sound,
unchanged since (same size and modification time) and not modified in the last seconds, is not read
again; any write makes the next open check it; a file modified in the last seconds is checked each time
(a write within the file system's clock tick could leave its time as it was).
"""

from __future__ import annotations

import os
import time

import pytest

from directory import store
from directory.store import Project, ProjectDamaged
from tests.helpers import small_project

HOUR_NS = 3600 * 10**9


@pytest.fixture
def checks(monkeypatch) -> list[str]:
    """The quick checks run, seen through every connection Project.open makes."""
    seen: list[str] = []
    make = store.connect

    def traced(path):
        conn = make(path)
        conn.set_trace_callback(lambda sql: seen.append(sql) if "quick_check" in sql else None)
        return conn

    monkeypatch.setattr(store, "connect", traced)
    monkeypatch.setattr(store, "_FOUND_SOUND", set())
    return seen


def _made(tmp_path, age_ns: int = HOUR_NS):
    path = tmp_path / "p.gpkg"
    small_project(path).close()
    stamp = time.time_ns() - age_ns
    os.utime(path, ns=(stamp, stamp))
    return path


def _damage(path, *, keep_time: bool = False) -> None:
    before = os.stat(path)
    with open(path, "r+b") as f:  # the pages after the first, overwritten: a torn write, a bad sector
        f.seek(4096 * 2)
        f.write(b"\xff" * 4096 * 4)
    if keep_time:
        os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))


def test_an_unchanged_file_is_checked_once(tmp_path, checks) -> None:
    path = _made(tmp_path)
    for _ in range(3):
        Project.open(path).close()
    assert len(checks) == 1


def test_a_file_damaged_after_its_check_is_found_damaged(tmp_path, checks) -> None:
    path = _made(tmp_path)
    Project.open(path).close()
    _damage(path)  # a write: the file's time moves on
    with pytest.raises(ProjectDamaged, match="damaged"):
        Project.open(path)
    assert len(checks) == 2


def test_a_file_written_in_the_last_seconds_is_checked_every_time(tmp_path, checks) -> None:
    """A write within the clock's tick (here: the time put back as it was) is still found."""
    path = _made(tmp_path, age_ns=0)
    Project.open(path).close()
    _damage(path, keep_time=True)
    with pytest.raises(ProjectDamaged, match="damaged"):
        Project.open(path)


def test_the_check_of_the_check(tmp_path, checks) -> None:
    """The same damage with the time put back, on a file last written an hour ago, is what the memory
    trusts: it shows the tests above see the memory at work (without it, this open would fail)."""
    path = _made(tmp_path)
    Project.open(path).close()
    _damage(path, keep_time=True)
    Project.open(path).close()
    assert len(checks) == 1
