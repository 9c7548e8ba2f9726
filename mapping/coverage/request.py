"""Gaps and suggest as requests: the parameters of one run, checked, and the one function that runs each.

``servicemap gaps``/``suggest`` and the coverage panel both build a :class:`GapsRequest` (and a
:class:`SuggestRequest` around it) and hand it to :func:`run_gaps_request` or
:func:`run_suggest_request`, which open the project by its path (so they may run on any
thread), run the analysis, write the files asked for and store the run in the project
(:func:`store_run`, the one place runs are kept). Field names are the command line's options
(``walking_speed`` is ``--walking-speed``); a panel words them with its own labels through
:meth:`directory.tasks.InvalidRequest.describe`.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path

from directory.tasks import CancelCheck, InvalidRequest, Progress, part, stop_if

#: Input files a run reads; each must exist.
INPUT_FILES = ("population", "spread_by", "roads", "water", "dem", "landcover", "landcover_speeds")
#: What measures travel time; used only with a threshold in minutes.
TRAVEL_INPUTS = ("roads", "water", "dem", "landcover", "walking_speed")
TABLE_SUFFIXES = (".csv", ".xlsx", ".gpkg")
CANDIDATES = ("areas", "grid")  # or a file of points
METHODS = ("greedy", "exact")


def _path(value) -> Path | None:
    return Path(value) if value not in (None, "") else None


@dataclass
class GapsRequest:
    """One gap analysis: a service type within a threshold, over a population, per admin area."""

    project: Path
    service_type: str
    within: str = ""  # "5km", "60min"; "" → the type's default (minutes when travel inputs are given)
    level: int | None = None  # None → the finest
    population: Path | None = None  # COD-PS table (.csv/.xlsx) or raster (.tif); None → the project's own
    spread_by: Path | None = None  # a raster that spreads a table's people inside each area
    roads: Path | None = None
    water: Path | None = None
    dem: Path | None = None
    landcover: Path | None = None
    landcover_speeds: Path | None = None
    walking_speed: float | None = None  # km/h off-road; None → 5
    scope: list[str] = field(default_factory=list)  # P-codes; empty → the top areas that hold services
    cell: float | None = None  # metres; None → by area size
    capacity: bool = False
    save: bool = True  # store the run in the project
    out: Path | None = None  # the gap table (.csv, .xlsx, .gpkg)
    raster: Path | None = None  # the distance / travel-time raster (.tif)

    def __post_init__(self) -> None:
        self.project = Path(self.project)
        for name in (*INPUT_FILES, "out", "raster"):
            setattr(self, name, _path(getattr(self, name)))
        self.within = (self.within or "").strip()
        self.scope = list(self.scope or [])

    def threshold(self):
        """The threshold asked for, or None for the type's default."""
        from mapping.coverage.threshold import ThresholdError, parse_within

        if not self.within:
            return None
        try:
            return parse_within(self.within)
        except ThresholdError:
            raise InvalidRequest("within", "give a distance or a time, such as 5km or 60min, more than zero.",
                                 self.within) from None

    def validate(self) -> None:
        """Raise :class:`InvalidRequest` for the first parameter that cannot be used."""
        if not self.project.exists():
            raise InvalidRequest("project", "no such project file. Check the path.", self.project)
        if not self.service_type:
            raise InvalidRequest("service_type", "choose a service type.")
        self.threshold()
        if self.walking_speed is not None and not 0 < self.walking_speed <= 50:
            raise InvalidRequest("walking_speed", "give a walking speed in km/h above 0 (5 is usual).",
                                 f"{self.walking_speed:g}")
        if self.landcover_speeds and not self.landcover:
            raise InvalidRequest("landcover_speeds", "give the land-cover raster too ({landcover}).")
        if self.spread_by and not self.population:
            raise InvalidRequest("spread_by", "give the population table too ({population}).")
        for name in INPUT_FILES:
            path = getattr(self, name)
            if path is not None and not path.exists():
                raise InvalidRequest(name, "no such file. Check the path.", path)
        if self.cell is not None and self.cell <= 0:
            raise InvalidRequest("cell", "give the grid cell size in metres, more than zero.", f"{self.cell:g}")
        if self.out is not None and self.out.suffix.lower() not in TABLE_SUFFIXES:
            raise InvalidRequest("out", "write the gap table as .csv, .xlsx or .gpkg.", self.out)

    def unused_inputs(self) -> list[str]:
        """Travel-time inputs given with a distance threshold: they change nothing."""
        threshold = self.threshold()
        if threshold is None or threshold.by_time:
            return []
        return [name for name in TRAVEL_INPUTS if getattr(self, name) is not None]

    def params(self) -> dict:
        """The request as plain text values, stored with the run."""
        return {k: (str(v) if isinstance(v, Path) else v) for k, v in asdict(self).items() if k != "project"}


@dataclass
class SuggestRequest:
    """Where ``add`` new sites of the analysed type would cover the most people left out."""

    gaps: GapsRequest
    add: int = 3
    candidates: str = "areas"  # "areas" (their central points), "grid", or a file of points
    method: str = "greedy"  # or "exact" (MCLP)
    out: Path | None = None  # the suggested sites (.csv, .xlsx, .gpkg)

    def __post_init__(self) -> None:
        self.out = _path(self.out)
        self.candidates = str(self.candidates or "areas")

    def validate(self) -> None:
        self.gaps.validate()
        if self.add < 1:
            raise InvalidRequest("add", "ask for at least one new site.")
        if self.method not in METHODS:
            raise InvalidRequest("method", "choose greedy or exact.", self.method)
        if self.candidates not in CANDIDATES and not Path(self.candidates).exists():
            raise InvalidRequest("candidates", "give a file of points, 'areas' or 'grid'.", self.candidates)
        if self.out is not None and self.out.suffix.lower() not in TABLE_SUFFIXES:
            raise InvalidRequest("out", "write the suggested sites as .csv, .xlsx or .gpkg.", self.out)


@dataclass
class GapsRun:
    request: GapsRequest
    result: object  # mapping.coverage.GapResult
    run_id: int | None = None  # where it is stored in the project


@dataclass
class SuggestRun:
    request: SuggestRequest
    result: object  # the gap analysis the sites were chosen for
    placement: object  # mapping.coverage.placement.Placement
    sites: list[dict]  # one row per pick, with the area that holds it
    run_id: int | None = None


def analyse(project, request: GapsRequest, progress: Progress | None = None, cancelled: CancelCheck | None = None):
    """The gap analysis of ``request`` on an open project (nothing stored, no file written)."""
    from mapping.coverage.analysis import run_gaps

    r = request
    return run_gaps(project, r.service_type, threshold=r.threshold(), level=r.level, population=r.population,
                    roads=r.roads, water=r.water, dem=r.dem, scope=r.scope or None, cell=r.cell, capacity=r.capacity,
                    landcover=r.landcover, landcover_speeds=r.landcover_speeds, walking_kmh=r.walking_speed,
                    spread_by=r.spread_by, progress=progress, cancelled=cancelled)


def run_gaps_request(request: GapsRequest, *, progress: Progress | None = None,
                     cancelled: CancelCheck | None = None) -> GapsRun:
    """Check, analyse, write ``out``/``raster`` and store the run; cancelling stores nothing."""
    from directory.store import Project
    from mapping.coverage.export import write_raster, write_table

    request.validate()
    with Project.open(request.project) as project:
        result = analyse(project, request, part(progress, 0, 0.85), cancelled)
        stop_if(cancelled)
        part(progress, 0, 1)(0.88, "Writing the results")
        if request.out is not None:
            write_table(result, request.out, project)
        if request.raster is not None:
            write_raster(result, request.raster)
        run_id = store_run(project, request, result, "gaps") if request.save else None
    return GapsRun(request, result, run_id)


def run_suggest_request(request: SuggestRequest, *, result=None, progress: Progress | None = None,
                        cancelled: CancelCheck | None = None) -> SuggestRun:
    """Suggest sites for ``result`` (or for a new analysis of ``request.gaps``), write ``out``, store the run."""
    from directory.store import Project
    from mapping.coverage.export import write_sites
    from mapping.coverage.suggest import suggest_sites

    request.validate()
    with Project.open(request.gaps.project) as project:
        if result is None:
            result = analyse(project, request.gaps, part(progress, 0, 0.6), cancelled)
        part(progress, 0, 1)(0.65, "Weighing candidate sites")
        placement = suggest_sites(project, result, request.add, candidates=request.candidates,
                                  roads=request.gaps.roads, method=request.method, cancelled=cancelled)
        stop_if(cancelled)
        sites = site_rows(project, placement, result)
        if request.out is not None:
            write_sites(placement, request.out, result)
        run_id = store_run(project, request.gaps, result, "suggest", sites) if request.gaps.save else None
    return SuggestRun(request, result, placement, sites, run_id)


def site_rows(project, placement, result) -> list[dict]:
    """One row per suggested site: its pick, place, what it adds, and the analysed area that holds it."""
    import shapely

    areas, polygons = project.admin_geometries(result.level)
    analysed = {r["pcode"] for r in result.rows}
    chosen = [(a, p) for a, p in zip(areas, polygons) if a.pcode in analysed]
    rows = []
    for pick in placement.picks:
        point = shapely.Point(pick.lon, pick.lat)
        area = next((f"{a.name} ({a.pcode})" for a, p in chosen if p.covers(point)), "")
        rows.append({"pick": pick.order, "name": pick.name, "latitude": pick.lat, "longitude": pick.lon,
                     "adds": pick.adds, "cumulative": pick.cumulative, "area": area, "method": placement.method,
                     "service_type": result.service_type, "within": str(result.threshold)})
    return rows


def store_run(project, request: GapsRequest, result, kind: str, sites: list[dict] | None = None) -> int:
    """Keep a run in the project (its table, catchments, raster and sites); the one place runs are stored."""
    from directory import analysis_store
    from mapping.coverage.export import catchments, raster_bytes

    catch = json.dumps(json.loads(catchments(result).to_json()))
    with project.change("analysis", f"{kind}: {result.service_type} within {result.threshold}"):
        return analysis_store.save_run(
            project, kind=kind, service_type=result.service_type, within=str(result.threshold), level=result.level,
            population=str(request.population or ""), analysed=result.population_kind, params=request.params(),
            notes=result.notes, rows=result.rows, sites=sites, catchments_geojson=catch, raster=raster_bytes(result))


def field_names() -> list[str]:
    """Every field of a gaps request, in order (a panel offers each)."""
    return [f.name for f in fields(GapsRequest)]
