"""Suggesting new service sites: which N candidates would newly cover the most people.

Demand is the people analysed whom no existing service covers, gathered into demand
points (the populated cells of a coarser block grid, weighted by those people). A
candidate covers a demand point within the threshold (straight line, or travel time over
the same friction surface). Two methods:

* **greedy** — pick the candidate that adds the most uncovered people, repeat. Fast at
  any size, and usually within a fraction of a percent of the optimum;
* **exact** — the maximal covering location problem (Church & ReVelle), solved with
  spopt's ``MCLP`` and the CBC solver through PuLP, at sizes where that finishes.
  spopt's ``perc_cov`` counts demand *points*, not people; the figures reported here are
  people, recomputed from the chosen sites.
"""

from __future__ import annotations

import time
import warnings
from dataclasses import dataclass, field

import numpy as np
from scipy import sparse

from directory.errors import UserFacingError
from directory.tasks import stop_if
from mapping.coverage.costdistance import cost_distance

#: The exact model is tried only up to this many demand points × candidates.
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


def exact_mclp(cover: sparse.csr_matrix, weights: np.ndarray, p: int, time_limit: float = 120) -> list[int]:
    """The optimal p candidates (spopt MCLP, CBC)."""
    import pulp
    from spopt.locate import MCLP

    cover_t, merged = reduce_demand(cover, weights)
    dense = cover_t.toarray()  # merged demand × candidates
    cost = np.where(dense > 0, 0.0, 2.0)
    with warnings.catch_warnings():  # PuLP 3.x announces API changes for 4.0 on every variable
        warnings.simplefilter("ignore", DeprecationWarning)
        model = MCLP.from_cost_matrix(cost, merged, service_radius=1.0, p_facilities=min(p, cover.shape[0]))
        model.solve(pulp.PULP_CBC_CMD(msg=False, timeLimit=time_limit))
    return [j for j in range(cover.shape[0]) if model.fac_vars[j].value() and model.fac_vars[j].value() > 0.5]


def reduce_demand(cover: sparse.csr_matrix, weights: np.ndarray) -> tuple[sparse.csr_matrix, np.ndarray]:
    """Merge demand points that the same candidates cover, and drop those no candidate covers.

    The optimum does not change (such points are always covered together), and the model
    spopt builds shrinks from tens of thousands of rows to a few thousand.
    """
    by_demand = cover.T.tocsr()
    groups: dict[bytes, int] = {}
    label = np.full(by_demand.shape[0], -1)
    for i in range(by_demand.shape[0]):
        idx = by_demand.indices[by_demand.indptr[i]:by_demand.indptr[i + 1]]
        if idx.size:
            label[i] = groups.setdefault(np.sort(idx).tobytes(), len(groups))
    keep = label >= 0
    merged = np.bincount(label[keep], weights=np.asarray(weights, float)[keep], minlength=len(groups))
    first = np.unique(label[keep], return_index=True)[1]
    rows = np.flatnonzero(keep)[first]
    return by_demand[rows], merged


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
    if method == "exact":
        if cover.shape[0] * cover.shape[1] > EXACT_LIMIT:
            notes.append(f"exact model skipped: {cover.shape[1]} demand points × {cover.shape[0]} candidates is "
                         f"too large to solve in reasonable time; greedy used")
            method = "greedy"
        else:
            chosen = exact_mclp(cover, weights, p)
            picks, gains = order_by_gain(cover, weights, chosen)
            notes.append("exact: maximal covering location model (spopt MCLP, CBC); spopt's perc_cov counts "
                         "demand points, not people: the figures here are people")
    if method == "greedy":
        picks, gains = greedy(cover, weights, p)
    if len(picks) < p:
        notes.append(f"only {len(picks)} sites add anyone; more would cover no one new")
    seconds = time.perf_counter() - start
    out, total = [], 0
    for k, (j, g) in enumerate(zip(picks, gains), 1):
        total += int(round(g))
        out.append(Pick(k, j, names[j], float(lons[j]), float(lats[j]), int(round(g)), total))
    return Placement(method, out, total, int(round(float(np.sum(weights)))), seconds, notes)
