"""The maximal covering location model (Church & ReVelle) as a mixed-integer program for HiGHS.

Demand points that the same candidates cover are merged first (:func:`reduce_demand`), and
candidates that another covers a superset of are left out (:func:`useful_candidates`); neither
changes the optimum, and both shrink the model HiGHS solves (``scipy.optimize.milp``).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from scipy import sparse

#: The exact model stops after this many seconds with the best sites found so far.
EXACT_SECONDS = 30.0


def people_covered(cover: sparse.csr_matrix, weights: np.ndarray, chosen: list[int]) -> float:
    if not len(chosen):
        return 0.0
    return float(np.asarray(weights, float)[np.asarray(cover[list(chosen)].sum(axis=0)).ravel() > 0].sum())


@dataclass
class Exact:
    """What the exact model found: the sites, whether they are proven best, and the gap left."""

    chosen: list[int]
    optimal: bool
    gap: float  # (best possible − found) / found, 0 when proven optimal


def useful_candidates(by_demand: sparse.csr_matrix) -> np.ndarray:
    """Candidates worth offering the solver: those covering someone that no other candidate
    covers a superset of (of two that cover the same points, the first). Dropping the others
    never lowers the optimum: a dropped site can always be swapped for the one covering more."""
    cov = (by_demand.T.tocsr() > 0).astype(np.int32)
    size = np.asarray(cov.sum(axis=1)).ravel()
    both = (cov @ cov.T).tocoo()
    j, k, shared = both.row, both.col, both.data
    beaten = (j != k) & (shared == size[j]) & ((size[k] > size[j]) | ((size[k] == size[j]) & (k < j)))
    useful = np.ones(len(size), bool)
    useful[j[beaten]] = False
    useful[size == 0] = False
    return np.flatnonzero(useful)


def exact_mclp(cover: sparse.csr_matrix, weights: np.ndarray, p: int, time_limit: float = EXACT_SECONDS,
               start: list[int] | None = None) -> Exact:
    """The best p candidates: the maximal covering model, solved by HiGHS.

    Variables: x_j (open candidate j, binary) and y_i (merged demand point i covered, 0..1);
    maximise Σ people_i·y_i with y_i ≤ Σ_j cover_ij·x_j and Σ x_j ≤ p. ``start`` (the greedy
    sites after swaps) is kept when the time limit stops the solver before it finds better.
    """
    from scipy.optimize import Bounds, LinearConstraint, milp

    by_demand, people = reduce_demand(cover, weights)
    keep = useful_candidates(by_demand)
    a = by_demand[:, keep]
    n, m = a.shape[1], a.shape[0]
    if n == 0:
        return Exact([], True, 0.0)
    rows = sparse.hstack([-a, sparse.identity(m, format="csr")]).tocsr()
    pick = sparse.csr_matrix(np.r_[np.ones(n), np.zeros(m)][None, :])
    result = milp(
        np.r_[np.zeros(n), -people],
        constraints=[LinearConstraint(rows, -np.inf, 0), LinearConstraint(pick, 0, min(p, n))],
        integrality=np.r_[np.ones(n), np.zeros(m)],
        bounds=Bounds(0, 1),
        options={"time_limit": float(time_limit), "mip_rel_gap": 1e-9},
    )
    found = [int(keep[i]) for i in np.flatnonzero(result.x[:n] > 0.5)] if result.x is not None else []
    optimal = result.status == 0
    if start is not None and people_covered(cover, weights, start) > people_covered(cover, weights, found):
        found, optimal = list(start), False
    bound = -float(result.mip_dual_bound) if getattr(result, "mip_dual_bound", None) is not None else np.inf
    value = people_covered(cover, weights, found)
    gap = 0.0 if optimal else (max(bound - value, 0.0) / value if value > 0 else np.inf)
    return Exact(found, optimal, gap)


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
