"""National-scale travel time: a Madagascar-sized grid, 3,000 services, a 120-minute cut-off.

AccessMod 5 (WHO) needs 22 minutes on 2 CPUs for Madagascar at 146 M cells with about
3,000 health facilities and a 120-minute limit. This benchmark builds a synthetic grid of
the same size and shape and times the multi-source travel time with nearest-service labels,
exactly as the gap analysis calls it:

* 14,600 × 10,000 cells of 100 m (146 M cells); an elongated island (the size of
  Madagascar, about 587,000 km² = 59 M land cells) with a ragged coast; the sea cannot be
  crossed;
* off-road walking by land cover (blocks of 2 km: 5, 4, 3 or 2 km/h), 1 % of blocks lakes
  (impassable);
* roads burnt in: national roads at 60 km/h joining the 60 main towns, regional roads at
  40 km/h joining 400 towns, local roads at 20 km/h and tracks at 10 km/h (spurs out of
  the towns);
* 3,000 services: 60 % around the towns, the rest anywhere on land;
* a 120-minute cut-off.

The grid is made once (seeded) and saved as .npy files; each variant runs in its own
process that loads it, so its peak memory (max RSS) is its own: the grid (0.58 GB of
float32) plus what the search needs. Variants:

* ``servicemap-1`` — ``cost_distance(..., with_labels=True, threads=1)``;
* ``servicemap-2`` — the same with the sources split into two groups searched in two threads;
* ``mcp`` — the same-run baseline: plain ``skimage.graph.MCP_Geometric(fully_connected=True)``
  on the same grid with the same cut-off (``goal_reached`` stops the search at 120 minutes),
  times only (MCP gives no nearest-source labels).

    python benchmarks/bench_national.py --runs 3            # the full 146 M-cell grid
    python benchmarks/bench_national.py --scale 0.1 --runs 1  # a smoke run (1.5 M cells)
"""

from __future__ import annotations

import argparse
import hashlib
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
ROWS, COLS, CELL_M = 14_600, 10_000, 100.0
ACCESSMOD_MINUTES = 22.0
ROAD_KMH = {"national": 60.0, "regional": 40.0, "local": 20.0, "track": 10.0}
WALK_KMH = np.array([5.0, 4.0, 3.0, 2.0])


def _minutes(kmh: float) -> float:
    return CELL_M / (kmh * 1000.0 / 60.0)


def _island(rows: int, cols: int, rng) -> np.ndarray:
    """A Madagascar-like island: a ragged ellipse of about 40 % of the box, taller than wide."""
    y = np.arange(rows, dtype=np.float64)
    t = (y - rows / 2) / (0.47 * rows)  # -1 … 1 along the island
    inside = np.abs(t) < 1
    half = 0.272 * cols * np.sqrt(np.clip(1 - t**2, 0, None))
    walk = np.cumsum(rng.normal(0, 1, rows))
    walk = (walk - np.linspace(walk[0], walk[-1], rows)) / max(np.abs(walk).max(), 1)
    wobble = 1 + 0.12 * np.sin(6 * t) + 0.08 * walk
    centre = cols / 2 + 0.06 * cols * np.sin(2.2 * t)
    left = np.where(inside, centre - half * wobble * (1 + 0.05 * np.cos(9 * t)), cols)
    right = np.where(inside, centre + half * wobble, -1)
    c = np.arange(cols)
    mask = np.empty((rows, cols), bool)
    for r0 in range(0, rows, 1024):  # in slabs, to keep the temporaries small
        r1 = min(r0 + 1024, rows)
        mask[r0:r1] = (c[None, :] >= left[r0:r1, None]) & (c[None, :] <= right[r0:r1, None])
    return mask


def _burn(cost: np.ndarray, land: np.ndarray, a, b, minutes: float) -> int:
    """Burn the straight road a → b (8-connected cells) where it is faster and on land."""
    n = int(max(abs(b[0] - a[0]), abs(b[1] - a[1]))) + 1
    r = np.clip(np.rint(np.linspace(a[0], b[0], n)).astype(np.int64), 0, cost.shape[0] - 1)
    c = np.clip(np.rint(np.linspace(a[1], b[1], n)).astype(np.int64), 0, cost.shape[1] - 1)
    keep = land[r, c]
    r, c = r[keep], c[keep]
    cost[r, c] = np.minimum(cost[r, c], minutes)
    return int(r.size)


def _random_land(land: np.ndarray, n: int, rng, near=None, spread=0.0) -> np.ndarray:
    """``n`` land cells, uniformly or scattered (normal, ``spread`` cells) around ``near`` points."""
    out = []
    while len(out) < n:
        k = 4 * (n - len(out))
        if near is None:
            rc = np.column_stack([rng.integers(0, land.shape[0], k), rng.integers(0, land.shape[1], k)])
        else:
            rc = near[rng.integers(0, len(near), k)] + rng.normal(0, spread, (k, 2))
            rc = np.rint(rc).astype(np.int64)
            rc = rc[(rc[:, 0] >= 0) & (rc[:, 0] < land.shape[0]) & (rc[:, 1] >= 0) & (rc[:, 1] < land.shape[1])]
        out += [tuple(x) for x in rc[land[rc[:, 0], rc[:, 1]]].tolist()]
    return np.array(out[:n], dtype=np.int64)


def make_grid(scale: float = 1.0, facilities: int = 3000, seed: int = 0):
    """The friction grid (float32 minutes per cell, inf at sea), the services (row, col) and a summary."""
    from scipy.sparse.csgraph import minimum_spanning_tree
    from scipy.spatial.distance import pdist, squareform

    rng = np.random.default_rng(seed)
    rows, cols = max(int(ROWS * scale), 64), max(int(COLS * scale), 64)
    land = _island(rows, cols, rng)
    block = 20  # 2 km land-cover blocks
    br, bc = -(-rows // block), -(-cols // block)
    cover = rng.choice(4, size=(br, bc), p=[0.35, 0.3, 0.2, 0.15]).astype(np.int8)
    walk = np.array([_minutes(k) for k in WALK_KMH], np.float32)
    coarse = walk[cover]
    coarse[rng.random((br, bc)) < 0.01] = np.inf  # lakes
    cost = np.empty((rows, cols), np.float32)
    for r0 in range(0, rows, 1000):
        r1 = min(r0 + 1000, rows)
        b0, b1 = r0 // block, -(-r1 // block)
        slab = np.repeat(np.repeat(coarse[b0:b1], block, axis=0), block, axis=1)
        cost[r0:r1] = slab[r0 - b0 * block:r1 - b0 * block, :cols]
    cost[~land] = np.inf
    land_cells = int(land.sum())
    towns = _random_land(land, 400, rng)
    road_cells = 0
    for group, klass in ((towns[:60], "national"), (towns, "regional")):
        d = squareform(pdist(group.astype(float)))
        tree = minimum_spanning_tree(d).tocoo()
        for i, j in zip(tree.row, tree.col):
            road_cells += _burn(cost, land, group[i], group[j], _minutes(ROAD_KMH[klass]))
    for klass, n, length in (("local", 1500, 150 * scale), ("track", 3000, 80 * scale)):
        start = towns[rng.integers(0, len(towns), n)]
        angle = rng.uniform(0, 2 * np.pi, n)
        reach = rng.uniform(0.3, 1.0, n) * max(length, 5)
        end = start + np.column_stack([np.sin(angle), np.cos(angle)]) * reach[:, None]
        for a, b in zip(start, end):
            road_cells += _burn(cost, land, a, b, _minutes(ROAD_KMH[klass]))
    del land
    passable = np.isfinite(cost)  # services stand on land, not in lakes
    near = _random_land(passable, int(facilities * 0.6), rng, near=towns, spread=50 * scale)
    anywhere = _random_land(passable, facilities - len(near), rng)
    sources = np.vstack([near, anywhere])
    info = {"rows": rows, "cols": cols, "cells": rows * cols, "land_cells": land_cells,
            "road_cells": road_cells, "facilities": len(sources), "towns": len(towns)}
    return cost, sources, info


def _cpu() -> float:
    """CPU seconds used so far by this process, all threads (steadier than wall time on a shared machine)."""
    import resource

    ru = resource.getrusage(resource.RUSAGE_SELF)
    return ru.ru_utime + ru.ru_stime


def _child(method: str, folder: Path, minutes: float, save: bool) -> None:
    import resource

    sys.path.insert(0, str(ROOT))
    cost = np.load(folder / "cost.npy")
    sources = [tuple(map(int, s)) for s in np.load(folder / "sources.npy")]
    labels = None
    if method.startswith("servicemap"):
        from mapping.coverage.costdistance import cost_distance

        threads = int(method.split("-")[1])
        cost_distance(cost[:64, :64].copy(), [(1, 1), (40, 40)], 10.0, threads=threads)  # compiled code from the cache
        cpu = _cpu()
        t = time.perf_counter()
        out, labels = cost_distance(cost, sources, minutes, with_labels=True, threads=threads)
    else:
        from skimage.graph import MCP_Geometric

        class _Cut(MCP_Geometric):
            def goal_reached(self, index, cumcost):
                return 2 if cumcost > minutes else 0  # stop the search at the cut-off

        cpu = _cpu()
        t = time.perf_counter()
        out, _ = _Cut(cost, fully_connected=True).find_costs(sources)
    seconds = time.perf_counter() - t
    cpu = _cpu() - cpu
    peak_gb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024**2  # before any checking below
    if save:
        np.save(folder / f"times_{method}.npy", out)
    within = out <= minutes
    times = np.where(within, out, 0).astype(np.float32)
    print(json.dumps({
        "seconds": seconds, "cpu_seconds": cpu, "peak_gb": peak_gb, "reached": int(within.sum()),
        "checksum": float(np.sum(times, dtype=np.float64)),
        "digest": hashlib.sha1(times.tobytes()).hexdigest()[:12],
        "labelled": int((labels >= 0).sum()) if labels is not None else None,
    }))


def _compare(ours: np.ndarray, ref: np.ndarray, minutes: float) -> str:
    """How far our times are from MCP's (float32 against float64 sums along the paths), slab by slab."""
    worst, differ = 0.0, 0
    for r0 in range(0, ref.shape[0], 512):
        a, b = np.asarray(ours[r0:r0 + 512], np.float64), np.asarray(ref[r0:r0 + 512], np.float64)
        differ += int(np.sum((a <= minutes) != (b <= minutes)))
        both = (a <= minutes) & (b <= minutes) & (b > 0)
        if both.any():
            worst = max(worst, float(np.max(np.abs(a[both] - b[both]) / b[both])))
    return f"{differ:,} cells on the other side of the cut-off; largest relative difference {worst:.1e}"


def _run(method: str, folder: Path, minutes: float, save: bool) -> dict:
    cmd = [sys.executable, __file__, "--child", method, "--folder", str(folder), "--minutes", str(minutes)]
    cmd += ["--save"] if save else []
    done = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if done.returncode:
        raise SystemExit(f"{method} failed:\n{done.stderr[-2000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--scale", type=float, default=1.0, help="linear scale of the grid (1 = 14,600 × 10,000)")
    ap.add_argument("--facilities", type=int, default=3000)
    ap.add_argument("--minutes", type=float, default=120)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--methods", default="servicemap-1,servicemap-2,mcp")
    ap.add_argument("--folder", type=Path, help="where the generated grid is kept (default: a temporary folder)")
    ap.add_argument("--child")
    ap.add_argument("--save", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        _child(args.child, args.folder, args.minutes, args.save)
        return
    temporary = args.folder is None
    folder = args.folder or Path(tempfile.mkdtemp(prefix="bench_national_"))
    folder.mkdir(parents=True, exist_ok=True)
    t = time.perf_counter()
    cost, sources, info = make_grid(args.scale, args.facilities)
    np.save(folder / "cost.npy", cost)
    np.save(folder / "sources.npy", sources)
    grid_gb = cost.nbytes / 1024**3
    del cost
    made = time.perf_counter() - t
    methods = args.methods.split(",")
    results: dict[str, list[dict]] = {m: [] for m in methods}
    for i in range(args.runs):
        for m in methods:  # interleaved, so that load from other work falls on every method alike
            results[m].append(_run(m, folder, args.minutes, save=i == 0))
            print(f"run {i + 1} {m}: {json.dumps(results[m][-1])}", flush=True)
    print(f"\ngrid {info['rows']:,} × {info['cols']:,} = {info['cells'] / 1e6:.1f} M cells of {CELL_M:g} m "
          f"({info['land_cells'] / 1e6:.1f} M on land, {info['road_cells']:,} road cells), "
          f"{info['facilities']:,} services, cut-off {args.minutes:g} min; made in {made:.0f} s; "
          f"the float32 grid alone is {grid_gb:.2f} GB; median of {args.runs} runs")
    med = {m: statistics.median(r["seconds"] for r in rs) for m, rs in results.items()}
    cpu = {m: statistics.median(r["cpu_seconds"] for r in rs) for m, rs in results.items()}
    for m, rs in results.items():
        print(f"  {m:14s} {med[m]:8.1f} s wall ({cpu[m]:.1f} s CPU)  peak {max(r['peak_gb'] for r in rs):.2f} GB  "
              f"cells within the cut-off {rs[0]['reached']:,}")
    if "mcp" in med:
        for m in med:
            if m != "mcp":
                print(f"  {m} vs MCP_Geometric (same run): {med['mcp'] / med[m]:.2f}× less wall time, "
                      f"{cpu['mcp'] / cpu[m]:.2f}× less CPU time")
    first = {m: rs[0] for m, rs in results.items()}
    if "servicemap-1" in first and "servicemap-2" in first:
        print(f"  one thread and two threads give identical times: "
              f"{first['servicemap-1']['digest'] == first['servicemap-2']['digest']}")
    if "mcp" in first:
        ref = np.load(folder / "times_mcp.npy", mmap_mode="r")
        for m in first:
            if m != "mcp":
                print(f"  {m} against MCP: {_compare(np.load(folder / f'times_{m}.npy', mmap_mode='r'), ref, args.minutes)}")
    for m in med:
        if m != "mcp":
            print(f"  {m} vs AccessMod's {ACCESSMOD_MINUTES:g} min on 2 CPUs (published, not run here): "
                  f"{ACCESSMOD_MINUTES * 60 / med[m]:.0f}× less time")
    if temporary:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
