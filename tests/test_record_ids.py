"""Record IDs: version-7 UUIDs that sort in the order they were made, never shared."""

from __future__ import annotations

import os
import threading
import time
import uuid

import pytest

from directory import model
from directory.model import new_id


def test_ids_are_version_7_uuids_with_the_time_they_were_made():
    before = time.time_ns() // 1_000_000
    model._ids.clear()  # a fresh batch, stamped now
    ids = [new_id() for _ in range(10)]
    after = time.time_ns() // 1_000_000
    for text in ids:
        u = uuid.UUID(text)
        assert str(u) == text  # lower case, with hyphens, as HSDS writes a uuid
        assert u.version == 7 and u.variant == uuid.RFC_4122
        assert before <= u.int >> 80 <= after + 1_000  # the batch's millisecond (one later than the last at most)


def test_ids_sort_in_the_order_they_were_made_across_batches():
    ids = [new_id() for _ in range(model._ID_BATCH * 5 + 17)]
    assert len(set(ids)) == len(ids)
    assert ids == sorted(ids)  # the index on an ID grows at its end


def test_the_order_check_can_fail():
    """Random (version 4) IDs, as before, are caught by the same assertion."""
    ids = [str(uuid.uuid4()) for _ in range(50)]
    with pytest.raises(AssertionError):
        assert ids == sorted(ids)


def test_threads_never_share_an_id():
    got: list[list[str]] = [[] for _ in range(4)]

    def make(out: list[str]) -> None:
        for _ in range(model._ID_BATCH * 2):
            out.append(new_id())

    threads = [threading.Thread(target=make, args=(out,)) for out in got]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    every = [i for out in got for i in out]
    assert len(set(every)) == len(every) == 4 * 2 * model._ID_BATCH
    for out in got:  # each thread's own IDs still come in order
        assert out == sorted(out)


@pytest.mark.skipif(not hasattr(os, "fork"), reason="no fork on this system")
def test_a_forked_child_makes_ids_of_its_own():
    new_id()  # the parent holds a batch
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: its IDs, to the parent
        os.close(read)
        os.write(write, "\n".join(new_id() for _ in range(100)).encode())
        os._exit(0)
    os.close(write)
    with os.fdopen(read) as pipe:
        theirs = set(pipe.read().split())
    os.waitpid(pid, 0)
    ours = {new_id() for _ in range(100)}
    assert len(theirs) == 100 and not theirs & ours
