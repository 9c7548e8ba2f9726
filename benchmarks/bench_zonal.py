"""Zonal population: people per admin area over a 16 M-cell grid (500 areas).

Our path rasterizes the areas once (rasterio) and sums with one ``np.bincount``; the
baseline in the same run is ``scipy.ndimage.sum_labels`` on the same zone raster.

    python benchmarks/bench_zonal.py --size 4000 --areas 500 --runs 5
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def main() -> None:
    import shapely
    from rasterio import features
    from rasterio.transform import from_origin
    from scipy import ndimage

    from mapping.coverage.zonal import zonal_sums

    ap = argparse.ArgumentParser()
    ap.add_argument("--size", type=int, default=4000)
    ap.add_argument("--areas", type=int, default=500)
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    rng = np.random.default_rng(0)
    n = args.size
    people = rng.gamma(0.5, 20, (n, n)).astype("float64")
    # Voronoi-like areas: a jittered lattice of polygons covering the grid
    side = int(np.ceil(np.sqrt(args.areas)))
    edges = np.linspace(0, n, side + 1)
    boxes = [shapely.box(edges[j], edges[i], edges[j + 1], edges[i + 1]).buffer(rng.uniform(0, 3))
             for i in range(side) for j in range(side)][: args.areas]
    t = time.perf_counter()
    index = features.rasterize(((b, k) for k, b in enumerate(boxes)), out_shape=(n, n),
                               transform=from_origin(0, n, 1, 1), fill=-1, dtype="int32")
    raster_s = time.perf_counter() - t
    ours, base = [], []
    for _ in range(args.runs):
        t = time.perf_counter()
        a = zonal_sums(index, people, args.areas)
        ours.append(time.perf_counter() - t)
        t = time.perf_counter()
        b = ndimage.sum_labels(people, index, np.arange(args.areas))
        base.append(time.perf_counter() - t)
    assert np.allclose(a, b)
    o, s = statistics.median(ours), statistics.median(base)
    print(f"{args.areas} areas over {n * n / 1e6:.0f} M cells, median of {args.runs} runs")
    print(f"  rasterize the areas once: {raster_s:.2f} s")
    print(f"  ServiceMap zonal_sums (bincount): {o:.3f} s")
    print(f"  scipy.ndimage.sum_labels:         {s:.3f} s  ({s / o:.2f}× ours)")
    print(f"  rasterize + sum: {raster_s + o:.2f} s (goal: under 1 s)")


if __name__ == "__main__":
    main()
