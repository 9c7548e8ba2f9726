"""Travel time: ServiceMap's cost distance with a cut-off against plain skimage MCP_Geometric.

A synthetic friction grid (default 4000 × 4000 cells of 100 m, a 400 km square): off-road
walking at 5 km/h slowed by land cover (×0.8–2), a road every 20 km in each direction at
50 km/h, 2 % of cells water (impassable); 50 services at random; cut-off 120 minutes.
Each method runs in its own process so that its peak memory (max RSS) is its own.

    python benchmarks/bench_traveltime.py --size 4000 --sources 50 --minutes 120 --runs 3
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]


def make_grid(size: int, sources: int, seed: int = 0):
    rng = np.random.default_rng(seed)
    cell_m = 100.0
    walk = cell_m / (5000 / 60)  # minutes to cross a cell on foot
    cost = walk * rng.uniform(0.8, 2.0, (size, size))
    road = cell_m / (50000 / 60)
    step = 200  # a road every 20 km
    cost[step // 2::step, :] = road
    cost[:, step // 2::step] = road
    cost[rng.random((size, size)) < 0.02] = np.inf
    src = rng.integers(0, size, (sources, 2))
    cost[src[:, 0], src[:, 1]] = walk
    return cost, [tuple(map(int, s)) for s in src]


def _child(method: str, size: int, sources: int, minutes: float) -> None:
    import resource

    sys.path.insert(0, str(ROOT))
    cost, src = make_grid(size, sources)
    if method == "servicemap":
        from mapping.coverage.costdistance import cost_distance

        cost_distance(cost[:64, :64], [(1, 1)], 10.0)  # compile (cached on disk after the first run)
        t = time.perf_counter()
        out = cost_distance(cost, src, minutes)
    else:
        from skimage.graph import MCP_Geometric

        t = time.perf_counter()
        out, _ = MCP_Geometric(cost, fully_connected=True).find_costs(src)
    seconds = time.perf_counter() - t
    reached = float(np.mean(out <= minutes))
    peak_gb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024**2
    print(json.dumps({"seconds": seconds, "reached": reached, "peak_gb": peak_gb,
                      "checksum": float(np.sum(np.where(out <= minutes, out, 0)))}))


def _run(method: str, args) -> dict:
    cmd = [sys.executable, __file__, "--child", method, "--size", str(args.size), "--sources", str(args.sources),
           "--minutes", str(args.minutes)]
    return json.loads(subprocess.run(cmd, capture_output=True, text=True, check=True).stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--size", type=int, default=4000)
    ap.add_argument("--sources", type=int, default=50)
    ap.add_argument("--minutes", type=float, default=120)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--child")
    args = ap.parse_args()
    if args.child:
        _child(args.child, args.size, args.sources, args.minutes)
        return
    ours, base = [], []
    for _ in range(args.runs):
        ours.append(_run("servicemap", args))
        base.append(_run("mcp", args))
    o = statistics.median(r["seconds"] for r in ours)
    b = statistics.median(r["seconds"] for r in base)
    same = abs(ours[0]["checksum"] - base[0]["checksum"]) / max(base[0]["checksum"], 1) < 1e-4
    print(f"grid {args.size} × {args.size} ({args.size**2 / 1e6:.0f} M cells), {args.sources} sources, "
          f"cut-off {args.minutes:g} min, median of {args.runs} runs")
    print(f"  cells within the cut-off: {ours[0]['reached']:.1%}; same times within it as MCP: {same}")
    print(f"  ServiceMap cost_distance: {o:.2f} s, peak {max(r['peak_gb'] for r in ours):.2f} GB")
    print(f"  skimage MCP_Geometric:    {b:.2f} s, peak {max(r['peak_gb'] for r in base):.2f} GB")
    print(f"  speed-up: {b / o:.2f}×")


if __name__ == "__main__":
    main()
