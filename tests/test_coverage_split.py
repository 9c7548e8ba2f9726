"""Travel time: the two-thread split search, float32 grids searched in place, the growing queue."""

from __future__ import annotations

import numpy as np
import pytest

from mapping.coverage.costdistance import cost_distance, split_sources
from tests.test_coverage_costdistance import brute_dijkstra


def _random_grid(seed: int, shape=(90, 70), nsources=12):
    rng = np.random.default_rng(seed)
    cost = rng.uniform(0.1, 3.0, shape)
    cost[rng.random(shape) < 0.12] = np.inf
    cost[rng.random(shape) < 0.03] = np.nan  # NaN is impassable too
    roads = rng.integers(0, shape[0], 3)
    cost[roads, :] = 0.05  # fast rows, so the search reaches far
    sources = [tuple(map(int, x)) for x in np.column_stack([rng.integers(0, shape[0], nsources),
                                                            rng.integers(0, shape[1], nsources)])]
    return cost, sources


@pytest.mark.parametrize("seed", range(6))
@pytest.mark.parametrize("cutoff", [np.inf, 6.0])
def test_split_search_gives_exactly_the_single_search(seed, cutoff):
    cost, sources = _random_grid(seed)
    one, one_lab = cost_distance(cost, sources, cutoff, with_labels=True, threads=1)
    two, two_lab = cost_distance(cost, sources, cutoff, with_labels=True, threads=2)
    assert np.array_equal(one, two)  # bit for bit, not approximately
    reached = np.isfinite(one)
    assert ((one_lab >= 0) == reached).all() and ((two_lab >= 0) == reached).all()
    # where the labels differ the two sources are exactly as near (a tie broken differently)
    for r, c in zip(*np.nonzero(one_lab != two_lab)):
        t1 = cost_distance(cost, [sources[one_lab[r, c]]], cutoff)[r, c]
        t2 = cost_distance(cost, [sources[two_lab[r, c]]], cutoff)[r, c]
        assert t1 == t2 == one[r, c]


def test_split_search_matches_brute_force_dijkstra():
    cost, sources = _random_grid(11, (60, 80), 9)
    cost = np.where(np.isnan(cost), np.inf, cost)
    for r, c in sources:
        cost[r, c] = 1.0
    expected = brute_dijkstra(cost, sources)
    got = cost_distance(cost, sources, threads=2)
    assert np.array_equal(np.isfinite(got), np.isfinite(expected))
    fin = np.isfinite(expected)
    np.testing.assert_allclose(got[fin], expected[fin], rtol=1e-5)


def test_split_sources_cuts_along_the_longer_side():
    rows = np.array([0, 10, 20, 30, 40, 50])
    cols = np.array([5, 6, 5, 6, 5, 6])
    a, b = split_sources(rows, cols)
    assert sorted(a.tolist()) == [0, 1, 2] and sorted(b.tolist()) == [3, 4, 5]
    a, b = split_sources(cols, rows)  # the same sources lying along the columns
    assert sorted(a.tolist()) == [0, 1, 2] and sorted(b.tolist()) == [3, 4, 5]


def test_float32_grids_give_float32_times_and_are_left_unchanged():
    cost, sources = _random_grid(3)
    c32 = cost.astype(np.float32)
    before = c32.copy()
    t32 = cost_distance(c32, sources, 8.0)
    t64 = cost_distance(cost, sources, 8.0)
    assert t32.dtype == np.float32 and t64.dtype == np.float64
    assert np.array_equal(c32, before, equal_nan=True)
    np.testing.assert_allclose(t32, t64, rtol=1e-6)


def test_a_view_of_a_larger_grid_is_searched_like_a_copy():
    cost, sources = _random_grid(5, (120, 120))
    c32 = cost.astype(np.float32)
    view = c32[10:100, 20:110]  # not C-contiguous
    inside = [(r - 10, c - 20) for r, c in sources if 10 <= r < 100 and 20 <= c < 110]
    assert inside
    np.testing.assert_array_equal(cost_distance(view, inside, 9.0), cost_distance(view.copy(), inside, 9.0))


def test_the_queue_grows_past_its_first_size_without_losing_cells():
    rng = np.random.default_rng(8)
    cost = rng.uniform(0.5, 2.0, (110, 110))
    sources = [tuple(map(int, x)) for x in rng.integers(0, 110, (1500, 2))]  # 12,000 entries at once
    expected = brute_dijkstra(cost, sources)
    np.testing.assert_allclose(cost_distance(cost, sources), expected, rtol=1e-5)


def test_sources_outside_the_grid_are_ignored_and_labels_keep_their_order():
    cost = np.ones((20, 20))
    t, lab = cost_distance(cost, [(-1, 5), (3, 3), (50, 50), (15, 15)], with_labels=True, threads=2)
    assert lab[3, 3] == 1 and lab[15, 15] == 3
    assert set(np.unique(lab).tolist()) == {1, 3}
    assert t[3, 3] == 0 and t[15, 15] == 0


def test_crossing_times_too_far_apart_for_buckets_fall_back_to_a_heap_with_labels():
    rng = np.random.default_rng(4)
    cost = rng.uniform(0.5, 2.0, (40, 40))
    cost[5, :30] = 1e12  # a near-impassable strip (a DEM cliff), finite: the ring would need 10^12 buckets
    sources = [(2, 3), (30, 30), (20, 5)]
    times, labels = cost_distance(cost, sources, with_labels=True)
    expected = brute_dijkstra(cost, sources)
    np.testing.assert_allclose(times, expected, rtol=1e-9)
    for k, src in enumerate(sources):
        own = brute_dijkstra(cost, [src])
        np.testing.assert_allclose(own[labels == k], expected[labels == k], rtol=1e-9)
    assert (labels >= 0).all()


def test_the_split_is_the_default_only_for_large_windows_with_an_idle_core(monkeypatch):
    from mapping.coverage import costdistance

    monkeypatch.setattr(costdistance.os, "cpu_count", lambda: 2)
    monkeypatch.setattr(costdistance.os, "getloadavg", lambda: (0.3, 0.3, 0.3))
    assert costdistance._default_threads(costdistance.SPLIT_MIN_CELLS, 50) == 2
    assert costdistance._default_threads(costdistance.SPLIT_MIN_CELLS - 1, 50) == 1
    assert costdistance._default_threads(costdistance.SPLIT_MIN_CELLS, 1) == 1
    monkeypatch.setattr(costdistance.os, "getloadavg", lambda: (1.7, 1.7, 1.7))  # another job on the other core
    assert costdistance._default_threads(costdistance.SPLIT_MIN_CELLS, 50) == 1
