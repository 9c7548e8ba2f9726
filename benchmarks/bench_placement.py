"""Placement: greedy with swaps and the exact model (HiGHS) against spopt MCLP + CBC.

    pip install spopt pulp                # the baseline only (the "bench" extra)
    python benchmarks/bench_placement.py --demand 5000 --candidates 500 --p 20 --runs 3 --seeds 0 1 2

Per case (random demand points in a 100 km square, people per point from a skewed
distribution, candidates covering points within 8 km), in the same run and on the same
coverage matrix:

* greedy alone (the construction), and greedy followed by swaps (``interchange``): what
  ``servicemap suggest --method greedy`` runs;
* exact: the maximal covering model on the merged demand, solved by HiGHS through
  ``scipy.optimize.milp`` (``--method exact``), with its proven gap;
* the baseline: spopt ``MCLP`` + CBC on the full demand × candidate matrix.

Each line gives the people covered as a share of all people and of the optimum, and the
median time over the runs.
"""

from __future__ import annotations

import argparse
import os
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


def case(seed: int, n_demand: int, n_candidates: int):
    from mapping.coverage.placement import coverage_matrix

    rng = np.random.default_rng(seed)
    demand = rng.uniform(0, 100_000, (n_demand, 2))
    weights = np.round(rng.lognormal(5, 1.2, n_demand))
    cand = rng.uniform(0, 100_000, (n_candidates, 2))
    return coverage_matrix(cand, demand, 8000), weights


def main() -> None:
    from mapping.coverage.covering_model import exact_mclp, people_covered
    from mapping.coverage.placement import best_by_swaps, greedy

    ap = argparse.ArgumentParser()
    ap.add_argument("--demand", type=int, default=5000)
    ap.add_argument("--candidates", type=int, default=500)
    ap.add_argument("--p", type=int, default=20)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--seeds", type=int, nargs="+", default=[0])
    ap.add_argument("--no-baseline", action="store_true", help="skip spopt + CBC")
    args = ap.parse_args()
    print(f"load average before: {os.getloadavg()[0]:.2f}")
    methods = {
        "greedy": lambda c, w: greedy(c, w, args.p)[0],
        "greedy + swaps": lambda c, w: best_by_swaps(c, w, args.p),
        "exact (HiGHS)": lambda c, w: exact_mclp(c, w, args.p, start=best_by_swaps(c, w, args.p)),
    }
    if not args.no_baseline:
        methods["spopt MCLP + CBC"] = lambda c, w: spopt_plain(c, w, args.p)
    for seed in args.seeds:
        cover, weights = case(seed, args.demand, args.candidates)
        total = weights.sum()
        times = {name: [] for name in methods}
        found = {}
        for _ in range(args.runs):  # interleaved, so each sees the same machine load
            for name, run in methods.items():
                start = time.perf_counter()
                found[name] = run(cover, weights)
                times[name].append(time.perf_counter() - start)
        exact = found["exact (HiGHS)"]
        found["exact (HiGHS)"] = exact.chosen
        optimum = people_covered(cover, weights, exact.chosen)
        print(f"\nseed {seed}: {args.demand} demand points × {args.candidates} candidates, p = {args.p}, "
              f"median of {args.runs} runs; exact {'proven optimal' if exact.optimal else f'gap {exact.gap:.3%}'}")  # fmt: skip
        base = statistics.median(times["spopt MCLP + CBC"]) if "spopt MCLP + CBC" in times else None
        for name in methods:
            covered = people_covered(cover, weights, found[name])
            med = statistics.median(times[name])
            versus = f"  ({med / base:.3f}× the baseline's time)" if base else ""
            print(f"  {name:18s} {covered / total:8.3%} of people  {covered / optimum:8.3%} of the optimum  "
                  f"{med:8.4f} s{versus}")  # fmt: skip
    print(f"\nload average after: {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
