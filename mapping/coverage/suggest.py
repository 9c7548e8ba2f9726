"""From a gap analysis to suggested sites: demand points, candidates, and the placement itself."""

from __future__ import annotations

import io
from pathlib import Path

import numpy as np
import shapely

from directory import file_gate
from mapping.coverage.placement import PlacementError, coverage_matrix, coverage_matrix_time, place
from mapping.coverage.roads import friction

#: Demand points are the people left uncovered, gathered into blocks of about this many metres.
BLOCK_M = 1000.0


def demand_points(result, block_m: float = BLOCK_M) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(x, y, people) of the uncovered people, summed into blocks of about ``block_m`` metres."""
    grid = result.grid
    k = max(1, int(round(block_m / grid.cell)))
    left = result.demand.analysed * (1 - result.covered_share)
    rows, cols = grid.shape
    pr, pc = -rows % k, -cols % k
    padded = np.pad(left, ((0, pr), (0, pc)))
    blocks = padded.reshape(padded.shape[0] // k, k, padded.shape[1] // k, k).sum(axis=(1, 3))
    br, bc = np.nonzero(blocks > 0)
    x = grid.x0 + (bc * k + k / 2) * grid.cell
    y = grid.y0 - (br * k + k / 2) * grid.cell
    return x, y, blocks[br, bc]


def candidates_from(project, result, source: str | Path | None) -> tuple[list[str], np.ndarray, np.ndarray]:
    """Names, lons and lats of candidate sites: the areas' central points, a file, or "grid"."""
    if source is None or str(source) == "areas":
        areas, polys = project.admin_geometries(result.level)
        wanted = {r["pcode"] for r in result.rows}
        chosen = [(a, p) for a, p in zip(areas, polys) if a.pcode in wanted]
        pts = shapely.point_on_surface(np.asarray([p for _, p in chosen], dtype=object))
        return [f"{a.name} ({a.pcode})" for a, _ in chosen], shapely.get_x(pts), shapely.get_y(pts)
    if str(source) == "grid":
        from pyproj import Transformer

        # candidate cells a third of the threshold apart (2 km for travel times): fine enough, and few
        spacing = max(BLOCK_M, result.threshold.value * 1000 / 3) if not result.threshold.by_time else 2000.0
        x, y, _ = demand_points(result, spacing)
        lon, lat = Transformer.from_crs(result.grid.crs, 4326, always_xy=True).transform(x, y)
        return [f"cell {i + 1}" for i in range(len(x))], np.asarray(lon), np.asarray(lat)
    return _read_candidates(Path(source))


def _read_candidates(path: Path) -> tuple[list[str], np.ndarray, np.ndarray]:
    import pandas as pd

    if not path.exists():
        raise PlacementError(f"{path}: no such candidates file. Check the path.")
    ext = path.suffix.lower()
    if ext in (".csv", ".xlsx"):
        if ext == ".csv":
            try:
                frame = pd.read_csv(io.StringIO(file_gate.text(path, "candidates file")))
            except (ValueError, pd.errors.ParserError) as exc:
                raise PlacementError(f"{path}: cannot read it as a table ({file_gate.first_line(exc)}). Save it as "
                                     "CSV (UTF-8) with name, latitude and longitude columns.") from None
        else:
            book = file_gate.workbook(path, "candidates file")
            book.require_readable()
            with book.reading("candidates file"):
                frame = pd.read_excel(path, engine="openpyxl", nrows=book.rows())
        cols = {str(c).strip().lower(): c for c in frame.columns}
        lat = next((cols[c] for c in ("latitude", "lat", "y") if c in cols), None)
        lon = next((cols[c] for c in ("longitude", "lon", "lng", "long", "x") if c in cols), None)
        if lat is None or lon is None:
            raise PlacementError(f"{path}: needs 'latitude' and 'longitude' columns for the candidate sites.")
        name = next((cols[c] for c in ("name", "site", "school", "facility") if c in cols), None)
        la = pd.to_numeric(frame[lat], errors="coerce")
        lo = pd.to_numeric(frame[lon], errors="coerce")
        bad = np.flatnonzero(la.isna().to_numpy() | lo.isna().to_numpy())
        if bad.size:
            raise PlacementError(f"{path}: row {int(bad[0]) + 2}: latitude/longitude are not numbers.")
        names = frame[name].astype(str).tolist() if name is not None else [f"candidate {i + 1}" for i in range(len(frame))]
        return names, lo.to_numpy(float), la.to_numpy(float)
    import geopandas as gpd

    target, layer = file_gate.vector(path, "candidates file")[0]  # the first layer with geometry
    try:
        frame = gpd.read_file(target, layer=layer)
    except Exception as exc:  # pyogrio raises several kinds for unreadable files
        raise PlacementError(f"{path}: cannot read candidate sites ({file_gate.first_line(exc)}).") from None
    frame = frame.set_crs(4326) if frame.crs is None else frame.to_crs(4326)
    pts = frame.geometry.representative_point()
    name = next((c for c in frame.columns if c.lower() == "name"), None)
    names = frame[name].astype(str).tolist() if name else [f"candidate {i + 1}" for i in range(len(frame))]
    return names, pts.x.to_numpy(), pts.y.to_numpy()


def suggest_sites(project, result, add: int, *, candidates=None, roads=None, method: str = "greedy",
                  cancelled=None):
    """Pick ``add`` new sites among the candidates that newly cover the most uncovered people."""
    names, lons, lats = candidates_from(project, result, candidates)
    if not len(names):
        raise PlacementError("no candidate sites to choose from.")
    dx, dy, weights = demand_points(result)
    if not len(weights):
        raise PlacementError("everyone analysed is already covered: there is no gap to close.")
    cx, cy = result.grid.to_metric(lons, lats)
    if result.threshold.by_time:
        cost = getattr(result, "cost", None)
        if cost is None:
            cost, _ = friction(result.grid, roads)
        cr, cc = result.grid.cell_of(cx, cy)
        ok = (cr >= 0) & (cr < result.grid.rows) & (cc >= 0) & (cc < result.grid.cols)
        dr, dc = result.grid.cell_of(dx, dy)
        dr = np.clip(dr, 0, result.grid.rows - 1)
        dc = np.clip(dc, 0, result.grid.cols - 1)
        cover = coverage_matrix_time(cost, np.column_stack([np.where(ok, cr, 0), np.where(ok, cc, 0)]),
                                     np.column_stack([dr, dc]), result.threshold.value, cancelled)
        cover = cover.multiply(ok[:, None]).tocsr()
    else:
        cover = coverage_matrix(np.column_stack([cx, cy]), np.column_stack([dx, dy]), result.threshold.value * 1000)
    return place(cover, weights, add, names, lons, lats, method)
