"""Suggesting sites: greedy against the exact covering model, and what each pick adds."""

from __future__ import annotations

import itertools

import numpy as np
import pytest
from scipy import sparse

from mapping.coverage.covering_model import exact_mclp, people_covered
from mapping.coverage.placement import best_by_swaps, coverage_matrix, greedy, interchange, place, reduce_demand


def _cover(sets: list[list[int]], n: int) -> sparse.csr_matrix:
    rows = [i for i, s in enumerate(sets) for _ in s]
    cols = [j for s in sets for j in s]
    return sparse.csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(len(sets), n))


# Greedy takes the big candidate 0 first and is then stuck; candidates 1 and 2 together cover all.
TRAP = _cover([[0, 1, 2, 3], [0, 1, 4], [2, 3, 5]], 6)
NAMES, LONS, LATS = ["a", "b", "c"], np.array([90.0, 91.0, 92.0]), np.array([22.0, 22.0, 22.0])
# Greedy takes 0 then 1 (4 people); no single swap covers more, but sites 2 and 3 together cover 5.
PAIR_TRAP = _cover([[1, 2, 3], [0], [0, 2], [1, 3, 4]], 5)
# Greedy and every swap of one site stay at 8 people; only 2, 3 and 4 together cover all 9.
SWAP_TRAP = _cover([[1, 6, 7, 8], [0, 2], [3, 8], [2, 5, 6, 7], [0, 1, 4, 7], [1, 3, 5, 6, 7]], 9)


def test_greedy_picks_the_largest_gain_each_time():
    picks, gains = greedy(TRAP, np.ones(6), 2)
    assert picks == [0, 1] and gains == [4, 1]


def test_swaps_free_greedy_from_its_first_pick():
    assert interchange(TRAP, np.ones(6), [0, 1]) in ([2, 1], [1, 2])
    g = place(TRAP, np.ones(6), 2, NAMES, LONS, LATS, "greedy")
    assert g.covered == 6 and sorted(p.candidate for p in g.picks) == [1, 2]
    assert [p.adds for p in g.picks] == [3, 3] and g.picks[-1].cumulative == 6


def test_swaps_from_the_lagrangian_starts_escape_where_swaps_from_greedy_are_stuck():
    assert interchange(PAIR_TRAP, np.ones(5), [0, 1]) == [0, 1]
    assert sorted(best_by_swaps(PAIR_TRAP, np.ones(5), 2)) == [2, 3]
    stuck = interchange(SWAP_TRAP, np.ones(9), greedy(SWAP_TRAP, np.ones(9), 3)[0])
    assert people_covered(SWAP_TRAP, np.ones(9), stuck) == 8
    assert sorted(best_by_swaps(SWAP_TRAP, np.ones(9), 3)) == [2, 3, 4]


def test_exact_model_finds_the_optimum():
    names, lons, lats = list("abcdef"), np.arange(6.0) + 90, np.full(6, 22.0)
    g = place(SWAP_TRAP, np.ones(9), 3, names, lons, lats, "greedy")
    e = place(SWAP_TRAP, np.ones(9), 3, names, lons, lats, "exact")
    assert g.covered == e.covered == 9
    assert sorted(p.candidate for p in e.picks) == [2, 3, 4]
    assert any("HiGHS (proven optimal)" in n for n in e.notes)


def _small_case(seed: int):
    rng = np.random.default_rng(seed)
    cover = coverage_matrix(rng.uniform(0, 10, (16, 2)), rng.uniform(0, 10, (80, 2)), 2.5)
    return cover, rng.lognormal(3, 1, 80).round(), 3 + seed % 3


def _brute_force(cover, weights, p) -> float:
    sets = np.array(list(itertools.combinations(range(cover.shape[0]), p)))
    return float(((cover.toarray()[sets] > 0).any(axis=1) @ weights).max())


def test_greedy_with_swaps_finds_the_best_possible_sites_on_small_cases():
    # 16 candidates, 80 points, 3 to 5 sites: greedy alone misses the best on 14 of these 40,
    # swaps from greedy on 3 (seeds 11, 17, 23)
    for seed in range(40):
        cover, weights, p = _small_case(seed)
        chosen = best_by_swaps(cover, weights, p)
        assert len(chosen) == p
        assert people_covered(cover, weights, chosen) == _brute_force(cover, weights, p), seed


def _mid_case(seed: int):
    rng = np.random.default_rng(seed)
    cover = coverage_matrix(rng.uniform(0, 60_000, (200, 2)), rng.uniform(0, 60_000, (2000, 2)), 6000)
    return cover, rng.lognormal(5, 1.2, 2000).round()


def test_greedy_with_swaps_is_within_half_a_percent_where_swaps_from_greedy_stop_short():
    # 2,000 points × 200 candidates, 10 sites: greedy and swaps from it stop at 98.9% (seed 10)
    # and 98.1% (seed 17) of the optimum
    for seed in (10, 17):
        cover, weights = _mid_case(seed)
        optimum = people_covered(cover, weights, exact_mclp(cover, weights, 10).chosen)
        stuck = interchange(cover, weights, greedy(cover, weights, 10)[0])
        assert people_covered(cover, weights, stuck) < 0.99 * optimum
        assert people_covered(cover, weights, best_by_swaps(cover, weights, 10)) >= 0.995 * optimum


def test_the_same_demand_gives_the_same_sites():
    cover, _ = _mid_case(17)
    weights = np.ones(2000)  # one person a point: many sets of sites tie, and any randomness would show
    first = best_by_swaps(cover, weights, 10)
    assert all(best_by_swaps(cover.copy(), weights.copy(), 10) == first for _ in range(5))
    names, lons, lats = [str(i) for i in range(200)], np.zeros(200), np.zeros(200)
    a, b = (place(cover, weights, 10, names, lons, lats, "greedy") for _ in range(2))
    assert [(p.candidate, p.adds) for p in a.picks] == [(p.candidate, p.adds) for p in b.picks]


def test_a_time_limit_keeps_the_best_sites_found_and_says_how_far_from_the_best_they_may_be():
    rng = np.random.default_rng(7)
    cover = coverage_matrix(rng.uniform(0, 60_000, (300, 2)), rng.uniform(0, 60_000, (3000, 2)), 6000)
    weights = rng.lognormal(5, 1.2, 3000).round()
    start = interchange(cover, weights, greedy(cover, weights, 15)[0])
    stopped = exact_mclp(cover, weights, 15, time_limit=0.001, start=start)
    assert not stopped.optimal and stopped.gap > 0
    assert len(stopped.chosen) <= 15
    assert people_covered(cover, weights, stopped.chosen) >= people_covered(cover, weights, start)
    solved = exact_mclp(cover, weights, 15, start=start)
    assert solved.optimal and solved.gap == 0


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
