"""Suggesting sites: greedy against the exact covering model, and what each pick adds."""

from __future__ import annotations

import numpy as np
import pytest
from scipy import sparse

from mapping.coverage.placement import coverage_matrix, greedy, place, reduce_demand


def _cover(sets: list[list[int]], n: int) -> sparse.csr_matrix:
    rows = [i for i, s in enumerate(sets) for _ in s]
    cols = [j for s in sets for j in s]
    return sparse.csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(len(sets), n))


# Greedy takes the big candidate 0 first and is then stuck; candidates 1 and 2 together cover all.
TRAP = _cover([[0, 1, 2, 3], [0, 1, 4], [2, 3, 5]], 6)
NAMES, LONS, LATS = ["a", "b", "c"], np.array([90.0, 91.0, 92.0]), np.array([22.0, 22.0, 22.0])


def test_greedy_picks_the_largest_gain_each_time():
    picks, gains = greedy(TRAP, np.ones(6), 2)
    assert picks == [0, 1] and gains == [4, 1]


def test_exact_model_finds_the_optimum_greedy_misses():
    g = place(TRAP, np.ones(6), 2, NAMES, LONS, LATS, "greedy")
    e = place(TRAP, np.ones(6), 2, NAMES, LONS, LATS, "exact")
    assert g.covered == 5 and e.covered == 6
    assert sorted(p.candidate for p in e.picks) == [1, 2]
    assert [p.adds for p in e.picks] == [3, 3] and e.picks[-1].cumulative == 6
    assert any("perc_cov counts demand points, not people" in n for n in e.notes)


def test_picks_report_people_not_points():
    weights = np.array([100, 100, 1, 1, 5000, 1])
    result = place(TRAP, weights, 1, NAMES, LONS, LATS, "greedy")
    assert result.picks[0].candidate == 1 and result.picks[0].adds == 5200


def test_merging_demand_points_keeps_the_optimum():
    rng = np.random.default_rng(4)
    cand = rng.uniform(0, 50_000, (30, 2))
    demand = rng.uniform(0, 50_000, (2000, 2))
    weights = rng.integers(1, 100, 2000).astype(float)
    cover = coverage_matrix(cand, demand, 8000)
    reduced, merged = reduce_demand(cover, weights)
    assert reduced.shape[0] < 2000
    assert merged.sum() == pytest.approx(weights[np.asarray(cover.sum(axis=0)).ravel() > 0].sum())
    e = place(cover, weights, 4, [str(i) for i in range(30)], cand[:, 0], cand[:, 1], "exact")
    g = place(cover, weights, 4, [str(i) for i in range(30)], cand[:, 0], cand[:, 1], "greedy")
    chosen = [p.candidate for p in e.picks]
    direct = weights[np.asarray(cover[chosen].sum(axis=0)).ravel() > 0].sum()
    assert e.covered == pytest.approx(direct, abs=len(chosen))
    assert e.covered >= g.covered
