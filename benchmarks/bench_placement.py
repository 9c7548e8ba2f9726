"""Placement: greedy against the exact maximal covering model, 5,000 demand points × 500 candidates, p = 20.

Three ways in the same run, on the same coverage (random points in a 100 km square,
8 km radius, people per point from a skewed distribution):

* ServiceMap greedy;
* ServiceMap exact: spopt MCLP + CBC after merging demand points that the same candidates cover;
* the baseline: spopt MCLP + CBC on the full demand × candidate matrix.

    python benchmarks/bench_placement.py --demand 5000 --candidates 500 --p 20 --runs 3
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
import warnings
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def spopt_plain(cover, weights, p):
    import pulp
    from spopt.locate import MCLP

    cost = np.where(cover.T.toarray() > 0, 0.0, 2.0)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        model = MCLP.from_cost_matrix(cost, weights, service_radius=1.0, p_facilities=p)
        model.solve(pulp.PULP_CBC_CMD(msg=False))
    return [j for j in range(cover.shape[0]) if model.fac_vars[j].value() > 0.5]


def people_covered(cover, weights, chosen) -> float:
    return float(weights[np.asarray(cover[chosen].sum(axis=0)).ravel() > 0].sum())


def main() -> None:
    from mapping.coverage.placement import coverage_matrix, exact_mclp, greedy

    ap = argparse.ArgumentParser()
    ap.add_argument("--demand", type=int, default=5000)
    ap.add_argument("--candidates", type=int, default=500)
    ap.add_argument("--p", type=int, default=20)
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    rng = np.random.default_rng(0)
    demand = rng.uniform(0, 100_000, (args.demand, 2))
    weights = np.round(rng.lognormal(5, 1.2, args.demand))
    cand = rng.uniform(0, 100_000, (args.candidates, 2))
    cover = coverage_matrix(cand, demand, 8000)
    total = weights.sum()
    times = {"greedy": [], "exact": [], "spopt": []}
    result = {}
    for _ in range(args.runs):
        t = time.perf_counter()
        result["greedy"] = greedy(cover, weights, args.p)[0]
        times["greedy"].append(time.perf_counter() - t)
        t = time.perf_counter()
        result["exact"] = exact_mclp(cover, weights, args.p)
        times["exact"].append(time.perf_counter() - t)
        t = time.perf_counter()
        result["spopt"] = spopt_plain(cover, weights, args.p)
        times["spopt"].append(time.perf_counter() - t)
    print(f"{args.demand} demand points × {args.candidates} candidates, p = {args.p}, median of {args.runs} runs")
    base = statistics.median(times["spopt"])
    for name, label in (("greedy", "ServiceMap greedy"), ("exact", "ServiceMap exact (merged demand)"),
                        ("spopt", "spopt MCLP + CBC, full matrix")):
        covered = people_covered(cover, weights, result[name])
        med = statistics.median(times[name])
        print(f"  {label:34s} {covered / total:7.3%} of people  {med:7.3f} s  ({base / med:.1f}× the baseline's speed)")


if __name__ == "__main__":
    main()
