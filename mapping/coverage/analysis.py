"""The gap analysis: who can reach a type of service within a threshold, per admin area.

``run_gaps`` puts services, population and (optionally) roads on one metric grid, measures
the distance or travel time from every populated cell to the nearest service, marks the
cells within the threshold (plus the declared service areas of helplines and mobile teams),
optionally limits each service to its capacity the way AccessMod does, and sums it all per
admin area with whole numbers that add up exactly.

Confidential services (safe houses) count towards coverage, but their points never leave
this module: the travel-time raster, the catchments and the nearest-service column are
computed with the services :mod:`directory.confidentiality` lets coverage outputs draw.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np

from directory import confidentiality
from directory.errors import UserFacingError
from directory.tasks import Cancelled, never, no_progress
from mapping.coverage import zonal
from mapping.coverage.costdistance import cost_distance
from mapping.coverage.demand import Demand, demand_on_grid
from mapping.coverage.grid import Grid, grid_for, rasterize_areas
from mapping.coverage.roads import friction
from mapping.coverage.threshold import Threshold, default_threshold

#: Travel times are followed this far beyond the threshold, for the median and worst columns.
TIME_HORIZON = 3.0


class AnalysisError(UserFacingError):
    """An analysis that cannot run as asked."""


@dataclass
class ServicePoint:
    id: str
    name: str
    lon: float
    lat: float
    confidential: bool
    capacity: int | None
    pcodes: dict[int, str]
    service_area: list[str]

    @property
    def shows(self) -> confidentiality.Disclosure:
        """What the coverage outputs may show of this service."""
        return confidentiality.disclosure(confidentiality.COVERAGE, self.confidential)


@dataclass
class GapResult:
    service_type: str
    threshold: Threshold
    level: int
    rows: list[dict]
    grid: Grid
    measure: np.ndarray  # km or minutes to the nearest non-confidential service (inf beyond the horizon)
    covered_share: np.ndarray  # 0…1 per cell: how much of the cell's population is covered
    demand: Demand
    services: list[ServicePoint]
    notes: list[str] = field(default_factory=list)
    population_kind: str = "children"  # or "people"

    def totals(self) -> dict[str, int]:
        analysed = sum(r["analysed"] for r in self.rows)
        covered = sum(r["covered"] for r in self.rows)
        return {"analysed": analysed, "covered": covered, "uncovered": analysed - covered}

    def worst(self, n: int = 5) -> list[dict]:
        return sorted(self.rows, key=lambda r: r["rank"])[:n]


def service_points(project, code: str) -> list[ServicePoint]:
    """Active services of one type that have a point, one per service at a site."""
    by_id = {s.id: s for s in project.services()}
    out = []
    for row in project.listing():
        if code not in row.service_types or row.status != "active":
            continue
        svc = by_id.get(row.service_id)
        out.append(ServicePoint(row.id, row.name, row.longitude, row.latitude, row.confidential,
                                svc.capacity if svc else None, dict(row.admin_pcodes),
                                list(svc.service_area) if svc else []))
    return out


def default_scope(project) -> list[str]:
    """The top-level areas that hold at least one placed service (the demo: Chattogram division)."""
    top = min(project.admin_levels())
    return sorted({r.admin_pcodes[top] for r in project.listing() if r.latitude is not None and top in r.admin_pcodes})


def _expand_scope(project, roots: list[str]) -> set[str]:
    children: dict[str, list[str]] = {}
    for a in project.admin_areas():
        if a.parent_pcode:
            children.setdefault(a.parent_pcode, []).append(a.pcode)
    out, todo = set(), list(roots)
    while todo:
        p = todo.pop()
        if p not in out:
            out.add(p)
            todo += children.get(p, [])
    return out


def run_gaps(project, service_type: str, *, threshold: Threshold | None = None, level: int | None = None,
             population=None, roads=None, water=None, dem=None, scope: list[str] | None = None, cell: float | None = None,
             capacity: bool = False, progress: Callable[[float, str], None] | None = None,
             cancelled: Callable[[], bool] | None = None, landcover=None, landcover_speeds=None,
             walking_kmh: float | None = None, spread_by=None) -> GapResult:
    """Run one gap analysis; see the module docstring.

    Travel time uses ``roads`` (vector lines or an .osm.pbf), ``water`` (barriers), ``dem``
    (Tobler on slopes), ``landcover`` (a raster of classes; ``landcover_speeds`` a CSV or dict
    of class → km/h, ESA WorldCover defaults otherwise) and ``walking_kmh`` off the roads.
    ``spread_by``: a population raster that spreads a COD-PS table's people inside each area.
    """
    from directory.taxonomy import Taxonomy, default_taxonomy

    progress = progress or no_progress
    cancelled = cancelled or never

    def check(fraction: float, message: str) -> None:
        if cancelled():
            raise Cancelled()
        progress(fraction, message)

    tax_dict = project.taxonomy_dict()
    taxonomy = Taxonomy.from_dict(tax_dict) if tax_dict else default_taxonomy()
    if service_type not in taxonomy:
        raise AnalysisError(f"unknown service type {service_type!r}. Known types: {', '.join(taxonomy.codes)}.")
    stype = taxonomy.get(service_type)
    threshold = threshold or default_threshold(stype, by_time=any(x is not None for x in (roads, water, dem, landcover, walking_kmh)))
    levels = project.admin_levels()
    if not levels:
        raise AnalysisError(f"{project.path}: the project has no admin boundaries. Add them first.")
    level = max(levels) if level is None else level
    if level not in levels:
        raise AnalysisError(f"--level {level}: the project has admin levels {', '.join(map(str, levels))}.")
    check(0.02, "Finding the services")
    points = service_points(project, service_type)
    roots = scope or default_scope(project)
    in_scope = _expand_scope(project, roots) if roots else set()
    areas, polygons = project.admin_geometries(level)
    keep = [i for i, a in enumerate(areas) if not in_scope or a.pcode in in_scope]
    if not keep:
        raise AnalysisError(f"no admin areas at level {level} inside {', '.join(roots)}.")
    areas, polygons = [areas[i] for i in keep], [polygons[i] for i in keep]
    grid = grid_for(polygons, cell)
    notes = list(grid.notes)
    check(0.1, "Laying out the population")
    demand = demand_on_grid(project, grid, population, in_scope, spread_by=spread_by)
    notes += demand.notes
    area_index = rasterize_areas(grid, polygons)
    demand.people[area_index < 0] = 0
    demand.analysed[area_index < 0] = 0

    point_like = stype.reach == "point"
    placed = [p for p in points if p.lon is not None and p.lat is not None]
    if point_like and len(placed) < len(points):
        notes.append(f"{len(points) - len(placed)} services of this type have no point on the map and are left out")
    check(0.25, "Measuring " + ("travel time" if threshold.by_time else "distance"))
    cost = None
    if threshold.by_time:
        cost, road_notes = _friction(grid, roads, water, dem, landcover, landcover_speeds, walking_kmh)
        notes += road_notes
    horizon = threshold.value * TIME_HORIZON if threshold.by_time else np.inf
    measure_all = _measure(grid, cost, placed if point_like else [], horizon)
    public = [p for p in placed if p.shows.point]
    measure = measure_all if len(public) == len(placed) else _measure(grid, cost, public if point_like else [], horizon)
    labels = None
    if cost is not None and public and point_like:  # the nearest service by travel time, for the table
        x, y = grid.to_metric([p.lon for p in public], [p.lat for p in public])
        r, c = grid.cell_of(x, y)
        measure, labels = cost_distance(cost, list(zip(r.tolist(), c.tolist())), horizon, with_labels=True)
    check(0.6, "Counting who is covered")
    within = (measure_all <= threshold.value).astype(float)
    if not point_like:
        within = np.maximum(within, _service_area_mask(project, grid, points, notes))
    covered_share = within
    with_capacity = [p for p in placed if p.capacity]
    if capacity and point_like and with_capacity:
        covered_share = _capacity_limited(grid, cost, placed, demand.analysed, threshold)
        notes.append(f"capacity-aware coverage ({len(with_capacity)} of {len(placed)} services have a capacity): "
                     "each service covers the nearest people up to its capacity, largest first (AccessMod's method)")
    elif with_capacity and point_like:
        notes.append(f"{len(with_capacity)} services have a capacity; ask for capacity-aware coverage to use it")
    if threshold.by_time:
        notes.append(f"median and worst are blank where travel time is over {horizon:g} min (3 × the threshold)")
    check(0.8, "Summing per area")
    rows = zonal.area_rows(project, areas, polygons, area_index, grid, demand, measure, covered_share, placed,
                           threshold, level, labels)
    kind = "children" if demand.children_known else "people"
    notes.insert(0, f"population analysed: {kind} ({demand.method})")
    check(1.0, "Done")
    result = GapResult(service_type, threshold, level, rows, grid, measure, covered_share, demand, placed, notes, kind)
    result.cost = cost  # the friction surface, reused when suggesting sites
    return result


def _friction(grid: Grid, roads, water, dem, landcover=None, landcover_speeds=None, walking_kmh=None):
    """Minutes to cross each cell from roads, water/barriers, a DEM and land cover (each optional)."""
    from mapping.coverage.grid import rasterize_barriers, warp_values
    from mapping.coverage.landcover import offroad_speeds
    from mapping.coverage.roads import WALKING_KMH

    walking_kmh = WALKING_KMH if walking_kmh is None else walking_kmh
    notes, barriers, heights, offroad = [], None, None, None
    if water is not None:
        barriers, more = rasterize_barriers(str(water), grid)
        notes += more
    if dem is not None:
        heights, more = warp_values(str(dem), grid)
        notes += more
    if landcover is not None:
        offroad, more = offroad_speeds(landcover, grid, landcover_speeds, walking_kmh)
        notes += more
    cost, more = friction(grid, roads, barriers=barriers, dem=heights, walking_kmh=walking_kmh, offroad_kmh=offroad)
    return cost, notes + more


def _measure(grid: Grid, cost, points: list[ServicePoint], horizon: float) -> np.ndarray:
    """km (straight line) or minutes (over ``cost``) from each cell to the nearest point."""
    if not points:
        return np.full(grid.shape, np.inf)
    x, y = grid.to_metric([p.lon for p in points], [p.lat for p in points])
    if cost is None:
        from scipy.spatial import cKDTree

        xs, ys = grid.centres()
        gx, gy = np.meshgrid(xs, ys)
        d, _ = cKDTree(np.column_stack([x, y])).query(np.column_stack([gx.ravel(), gy.ravel()]))
        return (d / 1000.0).reshape(grid.shape)
    r, c = grid.cell_of(x, y)
    return cost_distance(cost, list(zip(r.tolist(), c.tolist())), horizon)


def _service_area_mask(project, grid: Grid, points: list[ServicePoint], notes: list[str]) -> np.ndarray:
    """Cells inside the areas that helplines and mobile teams declare they cover."""
    codes = set()
    for p in points:
        if p.service_area:
            codes.update(p.service_area)
        elif p.pcodes:
            codes.add(p.pcodes[max(p.pcodes)])
    notes.append(f"this service type covers declared service areas ({len(codes)} areas), not a distance")
    mask = np.zeros(grid.shape)
    for level in project.admin_levels():
        areas, polys = project.admin_geometries(level)
        chosen = [polys[i] for i, a in enumerate(areas) if a.pcode in codes]
        if chosen:
            mask = np.maximum(mask, (rasterize_areas(grid, chosen) >= 0).astype(float))
    return mask


def _capacity_limited(grid: Grid, cost, points: list[ServicePoint], analysed: np.ndarray,
                      threshold: Threshold) -> np.ndarray:
    """AccessMod-style: services in order of capacity (largest first) each take the nearest
    uncovered people within the threshold until the capacity is used; the last cell reached
    is covered in part. Services without a capacity cover everyone within the threshold."""
    remaining = analysed.copy()
    share = np.zeros(grid.shape)
    order = sorted(points, key=lambda p: -(p.capacity or np.inf))
    for p in order:
        m = _measure(grid, cost, [p], threshold.value)
        cells = np.flatnonzero((m <= threshold.value).ravel() & (remaining.ravel() > 0))
        if not cells.size:
            continue
        cells = cells[np.argsort(m.ravel()[cells], kind="stable")]
        take = remaining.ravel()[cells]
        if p.capacity:
            before = np.cumsum(take) - take
            take = np.clip(p.capacity - before, 0, take)
        flat = remaining.ravel()
        flat[cells] -= take
        remaining = flat.reshape(grid.shape)
    with np.errstate(divide="ignore", invalid="ignore"):
        share = np.where(analysed > 0, 1 - remaining / analysed, 0.0)
    return np.clip(share, 0, 1)
