"""Sums per admin area over the grid (one ``np.bincount`` per quantity) and the gap table rows."""

from __future__ import annotations

import numpy as np
import shapely

from directory import confidentiality
from mapping.coverage.apportion import largest_remainder

#: The gap table's columns, in order (the issue's names first).
COLUMNS = ["pcode", "name", "level", "population", "children", "analysed", "services", "services_per_10k",
           "covered", "uncovered", "pct_covered", "median", "worst", "nearest", "nearest_service", "unit", "rank"]


def zonal_sums(index: np.ndarray, values: np.ndarray, n: int) -> np.ndarray:
    """Sum of ``values`` per zone; ``index`` is the zone of each cell (-1: none)."""
    # shift by one so cells outside every zone (-1) land in bin 0: no masked copies of 16 M cells
    return np.bincount(index.ravel() + 1, weights=values.ravel(), minlength=n + 1)[1 : n + 1]


def _weighted_median(values: np.ndarray, weights: np.ndarray) -> float:
    order = np.argsort(values, kind="stable")
    v, w = values[order], weights[order]
    cum = np.cumsum(w)
    return float(v[np.searchsorted(cum, cum[-1] / 2)])


def area_rows(project, areas, polygons, index, grid, demand, measure, share, services, threshold, level,
              labels=None) -> list[dict]:
    """One row per area, ranked by the number of people analysed who are beyond the threshold."""
    n = len(areas)
    people = zonal_sums(index, demand.people, n)
    analysed = zonal_sums(index, demand.analysed, n)
    covered = zonal_sums(index, demand.analysed * share, n)
    unit = threshold.unit
    # median and worst over the populated cells of each area
    flat_i, flat_w, flat_m = index.ravel(), demand.analysed.ravel(), measure.ravel()
    pop_cells = np.flatnonzero((flat_i >= 0) & (flat_w > 0))
    by_area = pop_cells[np.argsort(flat_i[pop_cells], kind="stable")]
    bounds = np.searchsorted(flat_i[by_area], np.arange(n + 1))
    counts: dict[str, int] = {}
    for s in services:
        code = confidentiality.shown_areas(s.shows, s.pcodes).get(level)  # a safe house: its district and above
        if code:
            counts[code] = counts.get(code, 0) + 1
    public = [s for s in services if s.shows.point]
    reps = shapely.point_on_surface(np.asarray(polygons, dtype=object))
    rx, ry = grid.to_metric(shapely.get_x(reps), shapely.get_y(reps))
    rr, rc = grid.cell_of(rx, ry)
    near_name = _nearest_names(grid, public, rx, ry, rr, rc, labels)
    rows = []
    for i, a in enumerate(areas):
        pop_i = int(round(people[i]))
        an_i = int(round(analysed[i])) if demand.children_known else pop_i
        cov_i = int(largest_remainder(an_i, [covered[i], max(analysed[i] - covered[i], 0.0)])[0]) if an_i else 0
        cells = by_area[bounds[i]:bounds[i + 1]]
        med = worst = None
        if cells.size:
            m = flat_m[cells]
            med = _weighted_median(m, flat_w[cells])
            worst = float(m.max())
        inside = 0 <= rr[i] < grid.rows and 0 <= rc[i] < grid.cols
        nearest = float(measure[rr[i], rc[i]]) if inside else None
        svc = counts.get(a.pcode, 0)
        rows.append({
            "pcode": a.pcode, "name": a.name, "level": level, "population": pop_i,
            "children": an_i if demand.children_known else None, "analysed": an_i, "services": svc,
            "services_per_10k": round(svc / an_i * 10000, 3) if an_i else None,
            "covered": cov_i, "uncovered": an_i - cov_i,
            "pct_covered": round(100 * cov_i / an_i, 1) if an_i else None,
            "median": _finite(med), "worst": _finite(worst), "nearest": _finite(nearest),
            "nearest_service": near_name[i], "unit": unit,
        })
    order = sorted(range(n), key=lambda i: (-rows[i]["uncovered"], rows[i]["pct_covered"] or 0, rows[i]["pcode"]))
    for rank, i in enumerate(order, 1):
        rows[i]["rank"] = rank
    return rows


def _finite(x):
    return None if x is None or not np.isfinite(x) else round(float(x), 2)


def _nearest_names(grid, public, rx, ry, rr, rc, labels) -> list[str]:
    if not public:
        return [""] * len(rx)
    if labels is not None:
        out = []
        for r, c in zip(rr, rc):
            ok = 0 <= r < grid.rows and 0 <= c < grid.cols and labels[r, c] >= 0
            out.append(public[labels[r, c]].name if ok else "")
        return out
    from scipy.spatial import cKDTree

    sx, sy = grid.to_metric([p.lon for p in public], [p.lat for p in public])
    _, idx = cKDTree(np.column_stack([sx, sy])).query(np.column_stack([rx, ry]))
    return [public[j].name for j in idx]
