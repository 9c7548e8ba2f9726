"""Write ILLUSTRATIVE population figures for the demo: ``resources/demo/population/``.

The numbers are made up. They have roughly the right order of magnitude for the
Chattogram division (dense plains and cities, sparse hill districts) and a plausible
age structure, so that the demo's gap analysis gives answers that look like real ones.
They are NOT census or COD-PS figures and must never be used for planning.

Outputs (deterministic, seeded):

* ``chattogram_adm3_population_ILLUSTRATIVE.csv`` — one row per upazila of the division,
  COD-PS style: ``ADM3_PCODE``, ``ADM3_EN``, ``T_TL`` and ``F_``/``M_`` five-year bands
  (``F_00_04`` … ``M_80plus``);
* ``chattogram_population_ILLUSTRATIVE.tif`` — a 1 km grid (EPSG:4326, ~0.009°) spreading
  the same people over each upazila, denser near its centre, for trying the raster path.

Run from the repository root::

    python resources/demo/scripts/make_population.py
"""

from __future__ import annotations

import csv
from pathlib import Path

import geopandas as gpd
import numpy as np

HERE = Path(__file__).resolve().parents[1]
OUT = HERE / "population"
SEED = 20260801
#: People per km², by district: made-up but of the right order.
DENSITY = {"Bandarban": 110, "Rangamati": 120, "Khagrachhari": 230, "Cox's Bazar": 1200, "Chattogram": 1900,
           "Cumilla": 1800, "Feni": 1700, "Noakhali": 1100, "Lakshmipur": 1300, "Chandpur": 1500,
           "Brahmanbaria": 1800}
#: Share of the population in each five-year band (0–4, 5–9 … 75–79, 80+).
BANDS = np.array([0.090, 0.095, 0.100, 0.095, 0.090, 0.085, 0.080, 0.072, 0.064, 0.056, 0.048, 0.040,
                  0.033, 0.024, 0.012, 0.008, 0.008])
BANDS = BANDS / BANDS.sum()
NAMES = [f"{lo:02d}_{lo + 4:02d}" for lo in range(0, 80, 5)] + ["80plus"]
NOTE = "ILLUSTRATIVE FIGURES, NOT REAL DATA"


def main() -> None:
    rng = np.random.default_rng(SEED)
    adm3 = gpd.read_file(HERE / "bgd_adm3.geojson")
    adm3 = adm3[adm3.adm1_pcode == "BD20"].sort_values("adm3_pcode").reset_index(drop=True)
    km2 = adm3.to_crs(32646).area.to_numpy() / 1e6
    totals = []
    OUT.mkdir(exist_ok=True)
    with (OUT / "chattogram_adm3_population_ILLUSTRATIVE.csv").open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["ADM3_PCODE", "ADM3_EN", "ADM2_EN", "NOTE", "T_TL"]
                   + [f"{s}_{n}" for s in "FM" for n in NAMES])
        for i, row in adm3.iterrows():
            people = int(km2[i] * DENSITY[row.adm2_name] * rng.uniform(0.7, 1.3))
            female = int(round(people * rng.uniform(0.49, 0.51)))
            f_bands = _split(female, BANDS, rng)
            m_bands = _split(people - female, BANDS, rng)
            w.writerow([row.adm3_pcode, row.adm3_name, row.adm2_name, NOTE, people, *f_bands, *m_bands])
            totals.append(people)
    _raster(adm3, np.array(totals), rng)


def _split(total: int, shares: np.ndarray, rng) -> list[int]:
    w = shares * rng.uniform(0.95, 1.05, shares.size)
    parts = np.floor(w / w.sum() * total).astype(int)
    parts[0] += total - parts.sum()
    return parts.tolist()


def _raster(adm3, totals, rng) -> None:
    import rasterio
    from rasterio import features
    from rasterio.transform import from_origin

    res = 0.009
    x0, y0, x1, y1 = adm3.total_bounds
    cols, rows = int(np.ceil((x1 - x0) / res)), int(np.ceil((y1 - y0) / res))
    transform = from_origin(x0, y1, res, res)
    zone = features.rasterize(((g, i + 1) for i, g in enumerate(adm3.geometry)), out_shape=(rows, cols),
                              transform=transform, fill=0, dtype="int32") - 1
    grid = np.zeros((rows, cols), dtype="float32")
    ys, xs = np.mgrid[0:rows, 0:cols]
    for i, c in enumerate(adm3.geometry.representative_point()):
        cells = zone == i
        if not cells.any():
            continue
        cx, cy = (c.x - x0) / res, (y1 - c.y) / res
        weight = np.exp(-np.hypot(xs[cells] - cx, ys[cells] - cy) / 8.0) + 0.2 * rng.random(cells.sum())
        grid[cells] = totals[i] * weight / weight.sum()
    profile = dict(driver="GTiff", width=cols, height=rows, count=1, dtype="float32", crs="EPSG:4326",
                   transform=transform, nodata=-99999, compress="deflate")
    with rasterio.open(OUT / "chattogram_population_ILLUSTRATIVE.tif", "w", **profile) as dst:
        dst.write(np.where(zone >= 0, grid, -99999).astype("float32"), 1)
        dst.update_tags(NOTE=NOTE)


if __name__ == "__main__":
    main()
