"""Suggesting new service sites: which N candidates would newly cover the most people.

Demand is the people analysed whom no existing service covers, gathered into demand
points (the populated cells of a coarser block grid, weighted by those people). A
candidate covers a demand point within the threshold (straight line, or travel time over
the same friction surface). Two methods:

* **greedy** — pick the candidate that adds the most uncovered people, repeat; then swap
  (interchange): replace a chosen site by one not chosen while that covers more people.
  Fast at any size, and within a fraction of a percent of the optimum;
* **exact** — the maximal covering location problem (Church & ReVelle) as a mixed-integer
  program solved by HiGHS (``scipy.optimize.milp``), with a time limit; the gap between the
  sites found and the best possible is reported when the limit stops it.

Both work on the demand merged as :func:`reduce_demand` merges it; the figures reported are
people, recomputed from the chosen sites.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field

import numpy as np
from scipy import sparse

from directory.errors import UserFacingError
from directory.tasks import stop_if
from mapping.coverage.costdistance import cost_distance
from mapping.coverage.covering_model import EXACT_SECONDS, exact_mclp, reduce_demand

#: The exact model is tried only up to this many (merged) demand points × candidates.
EXACT_LIMIT = 5_000_000


class PlacementError(UserFacingError):
    """A placement that cannot run as asked."""


@dataclass
class Pick:
    order: int
    candidate: int  # index into the candidates
    name: str
    lon: float
    lat: float
    adds: int  # people newly covered by this pick, given the ones before it
    cumulative: int


@dataclass
class Placement:
    method: str
    picks: list[Pick]
    covered: int  # people newly covered by all picks
    demand: int  # people uncovered before
    seconds: float
    notes: list[str] = field(default_factory=list)


def coverage_matrix(cand_xy: np.ndarray, demand_xy: np.ndarray, radius: float) -> sparse.csr_matrix:
    """Candidates × demand points, 1 where the point is within ``radius`` (straight line)."""
    from scipy.spatial import cKDTree

    tree = cKDTree(demand_xy)
    lists = tree.query_ball_point(cand_xy, radius)
    rows = np.repeat(np.arange(len(lists)), [len(x) for x in lists])
    cols = np.fromiter((j for x in lists for j in x), dtype=np.int64, count=rows.size)
    return sparse.csr_matrix((np.ones(rows.size, dtype=np.float64), (rows, cols)), shape=(len(cand_xy), len(demand_xy)))


def coverage_matrix_time(cost: np.ndarray, cand_rc: np.ndarray, demand_rc: np.ndarray, minutes: float,
                         cancelled=None) -> sparse.csr_matrix:
    """Candidates × demand points, 1 where the point is within ``minutes`` of travel from the candidate."""
    rows, cols = [], []
    for i, (r, c) in enumerate(cand_rc):
        stop_if(cancelled)
        t = cost_distance(cost, [(int(r), int(c))], minutes)
        hit = np.flatnonzero(t[demand_rc[:, 0], demand_rc[:, 1]] <= minutes)
        rows.append(np.full(hit.size, i))
        cols.append(hit)
    rows = np.concatenate(rows) if rows else np.zeros(0, int)
    cols = np.concatenate(cols) if cols else np.zeros(0, int)
    return sparse.csr_matrix((np.ones(rows.size), (rows, cols)), shape=(len(cand_rc), len(demand_rc)))


def greedy(cover: sparse.csr_matrix, weights: np.ndarray, p: int) -> tuple[list[int], list[float]]:
    """The p candidates picked one by one for the largest gain; returns (picks, gains)."""
    w = np.asarray(weights, dtype=float).copy()
    picks, gains = [], []
    for _ in range(min(p, cover.shape[0])):
        gain = cover @ w
        if picks:
            gain[picks] = -1
        best = int(np.argmax(gain))
        if gain[best] <= 0:
            break
        picks.append(best)
        gains.append(float(gain[best]))
        w[cover.indices[cover.indptr[best]:cover.indptr[best + 1]]] = 0
    return picks, gains


def interchange(cover: sparse.csr_matrix, weights: np.ndarray, chosen: list[int], max_rounds: int = 100,
                pair_passes: int = 3) -> list[int]:
    """Improve ``chosen`` by swaps (Teitz & Bart): while replacing one chosen site by one not
    chosen covers more people, make the best such swap. Then, up to ``pair_passes`` times,
    try taking two sites out and putting the best two back (:func:`pair_swap`), and swap
    singly again after each pair that helps. A fixed amount of work, so the same input always
    gives the same sites."""
    chosen = _single_swaps(cover, np.asarray(weights, dtype=float), list(chosen), max_rounds)
    for _ in range(pair_passes):
        better = pair_swap(cover, np.asarray(weights, dtype=float), chosen)
        if better is None:
            break
        chosen = _single_swaps(cover, np.asarray(weights, dtype=float), better, max_rounds)
    return chosen


def _single_swaps(cover: sparse.csr_matrix, w: np.ndarray, chosen: list[int], max_rounds: int) -> list[int]:
    if not chosen or len(chosen) >= cover.shape[0]:
        return chosen
    count = np.asarray(cover[chosen].sum(axis=0)).ravel()  # chosen sites covering each demand point
    least = 1e-9 * max(float(w.sum()), 1.0)
    for _ in range(max_rounds):
        best_delta, best = least, None
        for pos, j in enumerate(chosen):
            mine = cover.indices[cover.indptr[j]:cover.indptr[j + 1]]
            count[mine] -= 1
            alone = np.where(count == 0, w, 0.0)  # people no other chosen site covers
            gain = cover @ alone
            count[mine] += 1
            loss = gain[j]
            gain[chosen] = -np.inf
            k = int(np.argmax(gain))
            if gain[k] - loss > best_delta:
                best_delta, best = gain[k] - loss, (pos, k)
        if best is None:
            break
        pos, k = best
        count[cover.indices[cover.indptr[chosen[pos]]:cover.indptr[chosen[pos] + 1]]] -= 1
        count[cover.indices[cover.indptr[k]:cover.indptr[k + 1]]] += 1
        chosen[pos] = k
    return chosen


def pair_swap(cover: sparse.csr_matrix, w: np.ndarray, chosen: list[int], chunk: int = 64) -> list[int] | None:
    """The best exchange of two chosen sites for two others (the first greedily, then the
    second), if it covers more people; None if none does. All pairs at once, in chunks."""
    p = len(chosen)
    if p < 2 or p >= cover.shape[0] - 1:
        return None
    mine = cover[chosen].toarray() > 0
    count = mine.sum(axis=0)
    best_value, best = float(w[count > 0].sum()) + 1e-9 * max(float(w.sum()), 1.0), None
    first, second = np.triu_indices(p, 1)
    for s in range(0, len(first), chunk):
        a, b = first[s:s + chunk], second[s:s + chunk]
        rows = np.arange(len(a))
        left = count[None, :] - mine[a] - mine[b]
        open_ = np.where(left == 0, w[None, :], 0.0)
        kept = (w[None, :] * (left > 0)).sum(axis=1)
        gain1 = np.asarray(cover @ open_.T).T
        gain1[:, chosen] = -np.inf
        k1 = np.argmax(gain1, axis=1)
        gain2 = np.asarray(cover @ (open_ * (cover[k1].toarray() == 0)).T).T
        gain2[:, chosen] = -np.inf
        gain2[rows, k1] = -np.inf
        k2 = np.argmax(gain2, axis=1)
        value = kept + gain1[rows, k1] + gain2[rows, k2]
        i = int(np.argmax(value))
        if value[i] > best_value:
            best_value, best = float(value[i]), (int(a[i]), int(b[i]), int(k1[i]), int(k2[i]))
    if best is None:
        return None
    out = list(chosen)
    out[best[0]], out[best[1]] = best[2], best[3]
    return out


def best_by_swaps(cover: sparse.csr_matrix, weights: np.ndarray, p: int) -> list[int]:
    """Greedy, then swaps, on the demand merged as :func:`reduce_demand` merges it."""
    by_demand, people = reduce_demand(cover, weights)
    merged = by_demand.T.tocsr()
    return interchange(merged, people, greedy(merged, people, p)[0])


def order_by_gain(cover: sparse.csr_matrix, weights: np.ndarray, chosen: list[int]) -> tuple[list[int], list[float]]:
    """Report a set of sites in the order that adds most first, with what each adds."""
    w = np.asarray(weights, float).copy()
    left, picks, gains = list(chosen), [], []
    while left:
        g = np.array([w[cover.indices[cover.indptr[j]:cover.indptr[j + 1]]].sum() for j in left])
        k = int(np.argmax(g))
        j = left.pop(k)
        picks.append(j)
        gains.append(float(g[k]))
        w[cover.indices[cover.indptr[j]:cover.indptr[j + 1]]] = 0
    return picks, gains


def place(cover: sparse.csr_matrix, weights: np.ndarray, p: int, names, lons, lats, method: str = "greedy") -> Placement:
    """Pick ``p`` sites with ``method`` ("greedy" or "exact"); gains are whole people."""
    if p < 1:
        raise PlacementError("--add: ask for at least one new site.")
    start = time.perf_counter()
    notes = []
    chosen = best_by_swaps(cover, weights, p)
    if method == "exact":
        if cover.shape[0] * cover.shape[1] > EXACT_LIMIT:
            notes.append(f"exact model skipped: {cover.shape[1]} demand points × {cover.shape[0]} candidates is "
                         f"too large to solve in reasonable time; greedy with swaps used")
            method = "greedy"
        else:
            exact = exact_mclp(cover, weights, p, start=chosen)
            chosen = exact.chosen
            notes.append("exact: maximal covering location model, solved by HiGHS" + (
                " (proven optimal)" if exact.optimal else
                f"; stopped at the {EXACT_SECONDS:.0f}-second limit, at most {exact.gap:.2%} below the best possible"
                if np.isfinite(exact.gap) else f"; stopped at the {EXACT_SECONDS:.0f}-second limit with the sites found"))
    ordered = order_by_gain(cover, weights, chosen)
    picks = [j for j, g in zip(*ordered) if g > 0]
    gains = [g for g in ordered[1] if g > 0]
    if len(picks) < p:
        notes.append(f"only {len(picks)} sites add anyone; more would cover no one new")
    seconds = time.perf_counter() - start
    out, total = [], 0
    for k, (j, g) in enumerate(zip(picks, gains), 1):
        total += int(round(g))
        out.append(Pick(k, j, names[j], float(lons[j]), float(lats[j]), int(round(g)), total))
    return Placement(method, out, total, int(round(float(np.sum(weights)))), seconds, notes)
