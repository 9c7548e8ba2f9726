"""Multi-source cost distance on a grid, with a time cut-off.

The step cost follows scikit-image's ``MCP_Geometric`` (and R's gdistance): moving from
cell *i* to a neighbour *j* costs ``length × (c_i + c_j) / 2``, where ``length`` is 1 or √2
cells and ``c`` is the time to cross one cell. Cells that cannot be crossed (water,
barriers, the sea) have an infinite or NaN cost.

Three things make it faster than plain ``MCP_Geometric`` on the same grid:

* the search stops at the cut-off (cells are expanded in order of time, so nothing
  beyond it is ever expanded), and only a window around the sources is searched
  (AccessMod's crop: no cell further than ``cut-off / fastest crossing`` can be reached);
* the search itself is a compiled Dijkstra with a bucket queue (Dial's algorithm, numba):
  pushing and popping cost O(1) instead of a heap's O(log n);
* on large grids the sources can be split into two spatially separate groups searched at
  the same time in two threads (the compiled search releases the GIL). The result is exact:
  the time from the nearest of all sources is the smaller of the two groups' times, cell by
  cell, and float rounding is monotone, so each cell gets the very value one search gives.

Memory: times are kept in float32 (4 bytes a cell) and labels in int32; a float32 cost grid
is searched in place, without a copy: 12 bytes a cell with the grid itself (1.8 GB peak for a
146 M-cell national grid, against 9.8 GB for ``MCP_Geometric``; benchmarks/bench_national.py).

Without numba, or when crossing times are so far apart (a finite cliff a million times
slower than a road, and no cut-off) that the bucket ring would be too long, the same
function falls back to scikit-image's MCP with a cut-off, labels from its traceback.
"""

from __future__ import annotations

import math
import os

import numpy as np

try:  # compiled Dijkstra; numba ships wheels for Windows and Linux
    import numba

    _jit = numba.njit(cache=True, nogil=True)
except ImportError:  # pragma: no cover - exercised only where numba is missing
    numba = None
    _jit = None

_SQ2 = math.sqrt(2.0)
#: Grids (search windows) smaller than this are searched in one thread; the split pays off above it.
SPLIT_MIN_CELLS = 4_000_000
#: The bucket ring's longest length (8 bytes a bucket); beyond it the search falls back to a heap (MCP).
MAX_BUCKETS = 1 << 24


def _finite_range(cost):
    """Smallest and largest finite crossing time (NaN and inf skipped), in one pass without copies."""
    lo = np.inf
    hi = -np.inf
    flat = cost.ravel()
    for i in range(flat.shape[0]):
        v = flat[i]
        if v < np.inf and v > -np.inf:
            if v < lo:
                lo = v
            if v > hi:
                hi = v
    return lo, hi


def _run(cost, win, cutoff, width, nbuckets, out, label, ekey, enode, enext, head, state):
    """The search loop of ``_dijkstra``; returns False when the queue's entry arrays must grow.

    The entry arrays come in as arguments and are never reassigned here: numba then keeps
    their pointers in registers, which made the loop twice as fast as growing them in place.
    ``state`` holds [bucket, live entries, free-list head, entries used] between calls.
    """
    nc = cost.shape[1]
    r0, r1, c0, c1 = win[0], win[1], win[2], win[3]
    cf = cost.ravel()
    of = out.ravel()
    lf = label.ravel()
    cap = ekey.shape[0]
    b, count, free, used = state[0], state[1], state[2], state[3]
    offs = np.array([-nc - 1, -nc, -nc + 1, -1, 1, nc - 1, nc, nc + 1])
    dr = np.array([-1, -1, -1, 0, 0, 1, 1, 1])
    dc = np.array([-1, 0, 1, -1, 1, -1, 0, 1])
    ln = np.array([_SQ2, 1.0, _SQ2, 1.0, 1.0, _SQ2, 1.0, _SQ2])
    inv = 1.0 / width
    done = True
    while count > 0:
        slot = b % nbuckets
        e = head[slot]
        if e < 0:
            b += 1
            if b * width > cutoff:
                break
            continue
        if free < 0 and used + 8 > cap:  # room for this cell's eight neighbours
            done = False
            break
        head[slot] = enext[e]
        v = enode[e]
        key = ekey[e]
        enext[e] = free
        free = e
        count -= 1
        if key > of[v]:  # a stale entry: the cell was reached sooner since
            continue
        ci = cf[v]
        if not (ci < np.inf):  # a source on an impassable cell (a riverbank town) still reaches out
            ci = np.float32(0.0)
        lab = lf[v]
        r = v // nc
        c = v - r * nc
        edge = r <= r0 or r >= r1 - 1 or c <= c0 or c >= c1 - 1
        for k in range(8):
            if edge:
                rr = r + dr[k]
                cc = c + dc[k]
                if rr < r0 or rr >= r1 or cc < c0 or cc >= c1:
                    continue
            u = v + offs[k]
            cj = cf[u]
            if not (cj < np.inf):
                continue
            nk = np.float32(key + ln[k] * (ci + cj) * 0.5)
            if nk < of[u] and nk <= cutoff:
                of[u] = nk
                lf[u] = lab
                if free >= 0:
                    e = free
                    free = enext[e]
                else:
                    e = used
                    used += 1
                nb = np.int64(nk * inv) % nbuckets
                enode[e] = u
                ekey[e] = nk
                enext[e] = head[nb]
                head[nb] = e
                count += 1
    state[0], state[1], state[2], state[3] = b, count, free, used
    return done


def _dijkstra(cost, win, src_r, src_c, src_id, cutoff, width, nbuckets, out, label):
    """Dial's bucket-queue Dijkstra: exact when ``width`` is at most the smallest step cost.

    A cell popped from bucket *b* only ever pushes its neighbours into later buckets, so the
    cells of one bucket are final in any order; buckets are a ring of ``nbuckets`` lists.
    Searches the window ``win`` = (r0, r1, c0, c1) of ``cost`` (float32, C order; NaN and inf
    impassable); ``out`` (float32, inf) receives the time from the nearest source and ``label``
    (int32, -1) that source's id from ``src_id``. Sources are given in ``cost``'s rows/cols.
    """
    nc = cost.shape[1]
    of = out.ravel()
    lf = label.ravel()
    cap = max(4096, 2 * src_r.shape[0] + 16)
    ekey = np.empty(cap, np.float32)
    enode = np.empty(cap, np.int64)
    enext = np.empty(cap, np.int64)
    head = np.full(nbuckets, -1, np.int64)
    used = 0
    for s in range(src_r.shape[0]):
        v = src_r[s] * nc + src_c[s]
        if of[v] > 0.0:
            of[v] = 0.0
            lf[v] = src_id[s]
            enode[used] = v
            ekey[used] = 0.0
            enext[used] = head[0]
            head[0] = used
            used += 1
    state = np.array([0, used, -1, used], np.int64)
    while not _run(cost, win, cutoff, width, nbuckets, out, label, ekey, enode, enext, head, state):
        cap *= 2
        used = state[3]
        keys = np.empty(cap, np.float32)
        keys[:used] = ekey[:used]
        nodes = np.empty(cap, np.int64)
        nodes[:used] = enode[:used]
        nexts = np.empty(cap, np.int64)
        nexts[:used] = enext[:used]
        ekey, enode, enext = keys, nodes, nexts


def _merge_min(out, label, part_out, part_label):
    """``out``/``label`` take ``part``'s value wherever it is strictly smaller (in place)."""
    nr, nc = out.shape
    for r in range(nr):
        for c in range(nc):
            if part_out[r, c] < out[r, c]:
                out[r, c] = part_out[r, c]
                label[r, c] = part_label[r, c]


if _jit is not None:
    _run = _jit(_run)
    _finite_range = _jit(_finite_range)
    _dijkstra = _jit(_dijkstra)
    _merge_min = _jit(_merge_min)


def reach_window(shape, rows, cols, min_cost: float, cutoff: float) -> tuple[slice, slice]:
    """The window no path within ``cutoff`` can leave (AccessMod's crop), as two slices."""
    if not np.isfinite(cutoff) or min_cost <= 0:
        return slice(0, shape[0]), slice(0, shape[1])
    pad = int(math.ceil(cutoff / min_cost)) + 1
    r0, r1 = max(int(rows.min()) - pad, 0), min(int(rows.max()) + pad + 1, shape[0])
    c0, c1 = max(int(cols.min()) - pad, 0), min(int(cols.max()) + pad + 1, shape[1])
    return slice(r0, r1), slice(c0, c1)


def split_sources(rows: np.ndarray, cols: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Two groups of source indices, split at the median along the sources' longer extent."""
    along = rows if np.ptp(rows) >= np.ptp(cols) else cols
    order = np.argsort(along, kind="stable")
    half = order.size // 2
    return np.sort(order[:half]), np.sort(order[half:])


def _default_threads(cells: int, nsources: int) -> int:
    """Two threads for large windows when a second core is idle: on a busy machine the split's
    extra work (the band both groups reach, the copy, the merge) made it slower, not faster."""
    if cells < SPLIT_MIN_CELLS or nsources < 2 or (os.cpu_count() or 1) < 2:
        return 1
    try:
        busy = os.getloadavg()[0]
    except (AttributeError, OSError):  # Windows has no load average: assume the laptop is ours
        busy = 0.0
    return 2 if (os.cpu_count() or 1) - busy >= 1.0 else 1


def cost_distance(
    cost: np.ndarray, sources, cutoff: float = np.inf, *, with_labels: bool = False, threads: int | None = None
) -> np.ndarray | tuple[np.ndarray, np.ndarray]:
    """Time from the nearest source for every cell (``inf`` beyond ``cutoff`` or unreachable).

    ``cost`` is the time to cross each cell (inf/NaN: impassable); ``sources`` a sequence of
    (row, col). With ``with_labels`` also returns, per cell, the index of the nearest source
    (-1 where none is reached). The times are float32 for a float32 ``cost`` (half the memory
    on national grids; a C-ordered float32 grid is searched without a copy) and float64
    otherwise. ``threads``: 1 searches all sources at once, 2 splits them into two spatially
    separate groups searched in parallel (the same result); by default windows of at least
    ``SPLIT_MIN_CELLS`` cells are split when a core is idle.
    """
    cost = np.asarray(cost)
    if cost.dtype not in (np.float32, np.float64):
        cost = cost.astype(np.float64)
    out_dtype = np.float32 if cost.dtype == np.float32 else np.float64
    src = np.asarray(list(sources), dtype=np.int64).reshape(-1, 2)
    inside = (src[:, 0] >= 0) & (src[:, 0] < cost.shape[0]) & (src[:, 1] >= 0) & (src[:, 1] < cost.shape[1])
    idx = np.flatnonzero(inside)
    if not idx.size:
        out = np.full(cost.shape, np.inf, out_dtype)
        return (out, np.full(cost.shape, -1, np.int32)) if with_labels else out
    if numba is None:  # pragma: no cover
        return _mcp_fallback(cost, src, idx, cutoff, with_labels, out_dtype)
    lo, hi = _finite_range(cost)
    if not np.isfinite(lo):  # nothing can be crossed: only the sources themselves are reached
        lo = hi = 1.0
    if lo <= 0:
        raise ValueError("crossing times must be positive; give impassable cells inf, not 0")
    width = float(lo) * 0.999999  # the smallest step is one straight cell at the fastest speed
    # a push lands at most one step (or the cut-off) ahead of the cell popped: the ring's length
    span = min(_SQ2 * float(hi), float(cutoff))
    if span / width > MAX_BUCKETS:  # crossing times a million times apart, no cut-off: a heap does better
        return _mcp_fallback(cost, src, idx, cutoff, with_labels, out_dtype)
    nbuckets = int(math.ceil(span / width)) + 2
    rows, cols = src[idx, 0], src[idx, 1]
    rs, cs = reach_window(cost.shape, rows, cols, float(lo), cutoff)
    in_place = cost.dtype == np.float32 and cost.flags.c_contiguous
    if in_place:  # search the caller's grid itself, inside the window
        base, r0, c0 = cost, 0, 0
    else:  # a float32 copy of the window only
        base, r0, c0 = np.ascontiguousarray(cost[rs, cs], dtype=np.float32), rs.start, cs.start
    rows, cols = rows - r0, cols - c0
    out = np.full(base.shape, np.inf, np.float32)
    label = np.full(base.shape, -1, np.int32)
    cells = (rs.stop - rs.start) * (cs.stop - cs.start)
    nthreads = _default_threads(cells, idx.size) if threads is None else max(1, min(int(threads), 2, idx.size))
    ids = idx.astype(np.int32)
    args = (float(lo), float(cutoff), width, nbuckets)
    if nthreads == 1:
        _search(base, rows, cols, ids, *args, out, label)
    else:
        _search_split(base, rows, cols, ids, *args, out, label)
    if not in_place:
        full_out = np.full(cost.shape, np.inf, out_dtype)
        full_out[rs, cs] = out
        full_label = np.full(cost.shape, -1, np.int32)
        full_label[rs, cs] = label
        out, label = full_out, full_label
    return (out, label) if with_labels else out


def _search(base, rows, cols, ids, lo, cutoff, width, nbuckets, out, label) -> None:
    """One search from all the sources, inside their reach window of ``base``."""
    rs, cs = reach_window(base.shape, rows, cols, lo, cutoff)
    win = np.array([rs.start, rs.stop, cs.start, cs.stop], np.int64)
    _dijkstra(base, win, rows, cols, ids, cutoff, width, nbuckets, out, label)


def _search_split(base, rows, cols, ids, lo, cutoff, width, nbuckets, out, label) -> None:
    """Two groups of sources searched in two threads; the second group's times merged by minimum.

    The first group writes straight into ``out``/``label``; the second searches a copy of its
    own reach window, so the two threads never write the same memory.
    """
    from concurrent.futures import ThreadPoolExecutor

    a, b = split_sources(rows, cols)
    rs, cs = reach_window(base.shape, rows[b], cols[b], lo, cutoff)
    cost_b = np.ascontiguousarray(base[rs, cs])
    out_b = np.full(cost_b.shape, np.inf, np.float32)
    label_b = np.full(cost_b.shape, -1, np.int32)
    with ThreadPoolExecutor(max_workers=2) as pool:
        job_a = pool.submit(_search, base, rows[a], cols[a], ids[a], lo, cutoff, width, nbuckets, out, label)
        job_b = pool.submit(_search, cost_b, rows[b] - rs.start, cols[b] - cs.start, ids[b], lo, cutoff, width,
                            nbuckets, out_b, label_b)
        job_a.result()
        job_b.result()
    del cost_b
    _merge_min(out[rs, cs], label[rs, cs], out_b, label_b)


def _mcp_fallback(cost, src, idx, cutoff, with_labels, out_dtype):
    """scikit-image's MCP with a cut-off: without numba, or for crossing times too far apart for buckets.
    Labels come from MCP's traceback when asked for."""
    from skimage.graph import MCP_Geometric

    class _Cut(MCP_Geometric):
        def goal_reached(self, index, cumcost):
            return 2 if cumcost > cutoff else 0

    cost = np.where(np.isnan(cost), np.inf, cost)
    mcp = _Cut(cost, fully_connected=True)
    times, trace = mcp.find_costs([tuple(x) for x in src[idx].tolist()])
    times = np.where(times <= cutoff, times, np.inf)
    if not with_labels:
        return times.astype(out_dtype)
    label = np.full(cost.shape, -1, np.int32)
    for k in idx[::-1]:  # the first of several sources on one cell keeps it
        label[src[k, 0], src[k, 1]] = k
    offsets = np.asarray(mcp.offsets)
    flat = np.flatnonzero(np.isfinite(times).ravel() & (trace.ravel() >= 0))
    flat = flat[np.argsort(times.ravel()[flat], kind="stable")]  # a cell's predecessor is always nearer
    rows, cols = np.unravel_index(flat, cost.shape)
    step = offsets[trace.ravel()[flat]]
    for r, c, pr, pc in zip(rows.tolist(), cols.tolist(), (rows - step[:, 0]).tolist(), (cols - step[:, 1]).tolist()):
        label[r, c] = label[pr, pc]
    return times.astype(out_dtype), label
