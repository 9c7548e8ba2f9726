"""Distance / travel-time bands for the gap map: polygons of 0–30, 30–60, 60–120 min from a raster.

Ours is :func:`mapping.coverage.bands.band_polygons` (trace with rasterio, simplify the bands
together as one coverage, project to WGS84). The baseline in the same run is the bare trace:
``rasterio.features.shapes`` on the same band raster, nothing merged, simplified or
projected. Also printed: the GeoJSON size the page carries, with and without simplification.

    python benchmarks/bench_bands.py --size 4000 --sources 50 --runs 3
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def travel_minutes(n: int, sources: int, cell: float, rng) -> np.ndarray:
    """Minutes to the nearest of ``sources`` points at 5 km/h, with a ragged speed field."""
    from scipy import ndimage
    from scipy.spatial import cKDTree

    pts = rng.uniform(0, n, (sources, 2))
    rows, cols = np.mgrid[0:n, 0:n]
    d, _ = cKDTree(pts).query(np.column_stack([rows.ravel(), cols.ravel()]))
    k = -(-n // 8)  # blocks of 8 cells, enough to cover the grid
    slow = ndimage.gaussian_filter(rng.uniform(0.6, 1.6, (k, k)), 2)
    slow = np.kron(slow, np.ones((8, 8)))[:n, :n]
    return (d.reshape(n, n) * cell / 1000) / 5 * 60 * slow


def main() -> None:
    from affine import Affine
    from rasterio import features

    from mapping.coverage.bands import (
        band_edges,
        band_polygons,
        bands_geojson,
        classify,
    )

    ap = argparse.ArgumentParser()
    ap.add_argument("--size", type=int, default=4000)
    ap.add_argument("--sources", type=int, default=50)
    ap.add_argument("--cell", type=float, default=100.0)
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    rng = np.random.default_rng(0)
    n, cell = args.size, args.cell
    minutes = travel_minutes(n, args.sources, cell, rng)
    transform = Affine(cell, 0, 300_000.0, 0, -cell, 2_600_000.0)
    edges = band_edges(60)
    ours, base = [], []
    for _ in range(args.runs):
        t = time.perf_counter()
        bands = band_polygons(minutes, transform, "EPSG:32646", edges, unit="min")
        ours.append(time.perf_counter() - t)
        t = time.perf_counter()
        cls = classify(minutes, edges)
        traced = list(features.shapes(cls, mask=cls >= 0, transform=transform, connectivity=4))
        base.append(time.perf_counter() - t)
    raw = band_polygons(minutes, transform, "EPSG:32646", edges, unit="min", tolerance=0)
    small = len(json.dumps(bands_geojson(bands, 60)))
    full = len(json.dumps(bands_geojson(raw, 60)))
    o, s = statistics.median(ours), statistics.median(base)
    print(f"{len(bands)} bands over {n * n / 1e6:.0f} M cells ({args.sources} sources), median of {args.runs} runs")
    print(f"  bare rasterio trace (baseline): {s:.2f} s, {len(traced):,} polygons")
    print(f"  ServiceMap band_polygons:       {o:.2f} s  ({o / s:.2f}× the bare trace)")
    print(f"  page GeoJSON: {small / 1e6:.2f} MB simplified, {full / 1e6:.2f} MB unsimplified "
          f"({full / small:.1f}× larger)")


if __name__ == "__main__":
    main()
