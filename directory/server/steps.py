"""The named steps of a sync, where it may be interrupted.

Push and pull call :func:`reached` between any two things that change state: before and after
each server statement, after the server's commit and before the copy records it, between the
pages a pull reads and writes, and around the copy's own commit. Nothing happens there unless
something watches: tests/sync_interrupt.py enumerates the steps of a real sync, then kills the
client (or cuts its connection) at each of them in turn and checks that the next sync finishes
the job. A step's name says where it is, e.g. ``push:inserted:services`` or
``pull:page:services``; the same name can be reached several times in one sync.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

_watchers: list[Callable[[str], None]] = []


def reached(step: str) -> None:
    """A sync is at ``step``: tell whoever watches."""
    for watcher in tuple(_watchers):
        watcher(step)


@contextmanager
def watching(watcher: Callable[[str], None]) -> Iterator[None]:
    """Call ``watcher(step)`` at every step of the syncs run inside the block."""
    _watchers.append(watcher)
    try:
        yield
    finally:
        _watchers.remove(watcher)
