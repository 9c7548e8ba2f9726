"""Travel time on grids: hand-computed values, a brute-force Dijkstra, MCP, cut-off and crop."""

from __future__ import annotations

import heapq
import math

import numpy as np
import pytest

from mapping.coverage.costdistance import cost_distance, reach_window

SQ2 = math.sqrt(2)


def brute_dijkstra(cost: np.ndarray, sources) -> np.ndarray:
    """Textbook Dijkstra over the 8-neighbour grid graph, MCP's step cost, no tricks."""
    rows, cols = cost.shape
    best = np.full(cost.shape, np.inf)
    heap = []
    for r, c in sources:
        best[r, c] = 0.0
        heap.append((0.0, r, c))
    heapq.heapify(heap)
    while heap:
        d, r, c = heapq.heappop(heap)
        if d > best[r, c]:
            continue
        for dr in (-1, 0, 1):
            for dc in (-1, 0, 1):
                rr, cc = r + dr, c + dc
                if (dr or dc) and 0 <= rr < rows and 0 <= cc < cols and np.isfinite(cost[rr, cc]):
                    nd = d + math.hypot(dr, dc) * (cost[r, c] + cost[rr, cc]) / 2
                    if nd < best[rr, cc]:
                        best[rr, cc] = nd
                        heapq.heappush(heap, (nd, rr, cc))
    return best


def test_uniform_grid_matches_hand_computed_values():
    cost = np.ones((5, 5))
    t = cost_distance(cost, [(2, 2)])
    assert t[2, 2] == 0
    assert t[2, 3] == pytest.approx(1.0)
    assert t[3, 3] == pytest.approx(SQ2)
    assert t[2, 4] == pytest.approx(2.0)
    assert t[4, 4] == pytest.approx(2 * SQ2)
    assert t[0, 3] == pytest.approx(SQ2 + 1)  # one diagonal then one straight step


def test_crossing_a_slow_cell_costs_half_on_each_side():
    cost = np.array([[1.0, 3.0, 1.0]])
    t = cost_distance(cost, [(0, 0)])
    assert t[0, 1] == pytest.approx(2.0)  # (1 + 3) / 2
    assert t[0, 2] == pytest.approx(4.0)  # + (3 + 1) / 2


def test_water_cannot_be_crossed():
    cost = np.ones((3, 5))
    cost[:, 2] = np.inf  # a river across the grid
    t = cost_distance(cost, [(1, 0)])
    assert np.isinf(t[:, 2:]).all()
    assert np.isfinite(t[:, :2]).all()


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_matches_brute_force_dijkstra_on_random_grids(seed):
    rng = np.random.default_rng(seed)
    cost = rng.uniform(0.1, 3.0, (40, 50))
    cost[rng.random(cost.shape) < 0.15] = np.inf
    sources = [tuple(map(int, x)) for x in rng.integers(0, 40, (4, 2))]
    for r, c in sources:
        cost[r, c] = 1.0
    expected = brute_dijkstra(cost, sources)
    got, labels = cost_distance(cost, sources, with_labels=True)
    assert np.array_equal(np.isfinite(got), np.isfinite(expected))
    fin = np.isfinite(expected)
    np.testing.assert_allclose(got[fin], expected[fin], rtol=1e-5)
    # each cell's label is a source whose own distance to the cell is the minimum
    for k, src in enumerate(sources):
        own = brute_dijkstra(cost, [src])
        mine = labels == k
        np.testing.assert_allclose(own[mine], expected[mine], rtol=1e-5)


def test_matches_scikit_image_mcp():
    from skimage.graph import MCP_Geometric

    rng = np.random.default_rng(7)
    cost = rng.uniform(0.5, 2.0, (60, 60))
    sources = [(5, 5), (50, 30), (20, 44)]
    expected, _ = MCP_Geometric(cost, fully_connected=True).find_costs(sources)
    np.testing.assert_allclose(cost_distance(cost, sources), expected, rtol=1e-5)


def test_cutoff_keeps_every_time_within_it_and_nothing_beyond():
    rng = np.random.default_rng(3)
    cost = rng.uniform(0.2, 2.0, (80, 80))
    full = cost_distance(cost, [(40, 40), (10, 70)])
    cut = cost_distance(cost, [(40, 40), (10, 70)], cutoff=15.0)
    inside = full <= 15.0
    np.testing.assert_allclose(cut[inside], full[inside], rtol=1e-6)
    assert np.isinf(cut[~inside]).all()


def test_reach_window_crops_to_what_the_fastest_travel_can_reach():
    rows, cols = reach_window((1000, 1000), np.array([500]), np.array([500]), min_cost=0.5, cutoff=10)
    assert (rows.start, rows.stop) == (479, 522)  # 10 / 0.5 = 20 cells, plus one
    assert (cols.start, cols.stop) == (479, 522)
