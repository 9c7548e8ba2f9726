"""Placement: greedy with swaps and the exact model (HiGHS) against spopt MCLP + CBC.

    pip install spopt pulp                # the baseline only (the "bench" extra)
    python benchmarks/bench_placement.py --demand 5000 --candidates 500 --p 20 --runs 3 --seeds 0 1 2

Per case (random demand points in a 100 km square, people per point from a skewed
distribution, candidates covering points within 8 km), in the same run and on the same
coverage matrix:

* greedy alone (the construction), and greedy followed by swaps (``best_by_swaps``): what
  ``servicemap suggest --method greedy`` runs;
* exact: the maximal covering model on the merged demand, solved by HiGHS through
  ``scipy.optimize.milp`` (``--method exact``), with its proven gap;
* the baseline: spopt ``MCLP`` + CBC on the full demand × candidate matrix.

Each line gives the people covered as a share of all people and of the optimum, and the
median time over the runs.

    python benchmarks/bench_placement.py --seeds 0-19 --table --runs 5 [--before f79952a]

``--table``: one line per seed, greedy with swaps as a share of the optimum (the exact model,
solved once per seed) and its median time; ``--before REV`` runs the placement module of that
git revision beside it (runs interleaved, so both see the same machine load).
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import statistics
import subprocess
import sys
import tempfile
import time
import warnings
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


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


def seeds(text: str) -> list[int]:
    """A seed ("3") or a range of them ("0-19")."""
    first, _, last = text.partition("-")
    return list(range(int(first), int(last or first) + 1))


def placement_at(rev: str):
    """The placement module as it was at git revision ``rev``, importable beside today's."""
    text = subprocess.run(["git", "-C", str(ROOT), "show", f"{rev}:mapping/coverage/placement.py"],
                          capture_output=True, text=True, check=True).stdout
    path = Path(tempfile.mkdtemp()) / "placement_before.py"
    path.write_text(text)
    spec = importlib.util.spec_from_file_location("placement_before", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def table(args) -> None:
    """Per seed: greedy with swaps against the optimum, now and (``--before``) at a revision."""
    from mapping.coverage import placement
    from mapping.coverage.covering_model import exact_mclp, people_covered

    versions = {"now": placement}
    if args.before:
        versions = {f"before ({args.before})": placement_at(args.before), **versions}
    print(f"{args.demand} demand points × {args.candidates} candidates, p = {args.p}; greedy with swaps, "
          f"median of {args.runs} interleaved runs; the optimum solved once per seed (HiGHS)")
    print("seed  optimum          greedy    " + "  ".join(f"{name:>24s}" for name in versions))
    shares = {name: [] for name in versions}
    medians = {name: [] for name in versions}
    for seed in args.seeds:
        cover, weights = case(seed, args.demand, args.candidates)
        exact = exact_mclp(cover, weights, args.p)
        optimum = people_covered(cover, weights, exact.chosen)
        times = {name: [] for name in versions}
        found = {}
        for _ in range(args.runs):
            for name, module in versions.items():
                start = time.perf_counter()
                found[name] = module.best_by_swaps(cover, weights, args.p)
                times[name].append(time.perf_counter() - start)
        greedy = people_covered(cover, weights, placement.greedy(cover, weights, args.p)[0]) / optimum
        cells = []
        for name in versions:
            shares[name].append(people_covered(cover, weights, found[name]) / optimum)
            medians[name].append(statistics.median(times[name]))
            cells.append(f"{shares[name][-1]:8.3%} {medians[name][-1]:7.4f} s")
        proven = "proven" if exact.optimal else f"gap {exact.gap:.2%}"
        print(f"{seed:4d}  {optimum:9.0f} {proven:6s} {greedy:8.3%}    " + "  ".join(f"{c:>24s}" for c in cells))
    for name in versions:
        low = min(shares[name])
        print(f"{name}: lowest {low:.3%} of the optimum, {sum(s >= 0.995 for s in shares[name])} of "
              f"{len(args.seeds)} seeds at 99.5% or more; per-seed median times: median "
              f"{statistics.median(medians[name]):.4f} s, largest {max(medians[name]):.4f} s")


def main() -> None:
    from mapping.coverage.covering_model import exact_mclp, people_covered
    from mapping.coverage.placement import best_by_swaps, greedy

    ap = argparse.ArgumentParser()
    ap.add_argument("--demand", type=int, default=5000)
    ap.add_argument("--candidates", type=int, default=500)
    ap.add_argument("--p", type=int, default=20)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--seeds", type=seeds, nargs="+", default=[[0]], help="seeds or ranges: 0 1 2, 0-19")
    ap.add_argument("--no-baseline", action="store_true", help="skip spopt + CBC")
    ap.add_argument("--table", action="store_true", help="one line per seed: greedy with swaps against the optimum")
    ap.add_argument("--before", metavar="REV", help="with --table: also the placement module at this git revision")
    args = ap.parse_args()
    args.seeds = [s for group in args.seeds for s in group]
    print(f"load average before: {os.getloadavg()[0]:.2f}")
    if args.table:
        table(args)
        print(f"\nload average after: {os.getloadavg()[0]:.2f}")
        return
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
