"""The analysis panel's background work, free of Qt: run a gap analysis or suggest sites.

Each task opens its own connection to the project (SQLite connections stay in the thread
that made them), stores the result in the project and writes the type's map page: the
choropleth, distance or travel-time bands, the type's services (never the confidential
ones) and any suggested sites. The panel runs one task per service type, in turn.

Tasks run through :class:`desktop.worker.TaskRunner`, which gives each one a Python thread of its
own (see :func:`desktop.worker.in_own_thread`: pyproj and Qt's pool threads).
"""

from __future__ import annotations

import json
import re
import tempfile
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class GapParams:
    service_type: str
    within: str = ""  # "" → the taxonomy's default
    level: int | None = None
    population: str | None = None
    roads: str | None = None
    capacity: bool = False
    spread_by: str | None = None  # a population raster that places a table's people inside each area
    landcover: str | None = None  # land-cover classes setting the off-road speed
    walking_kmh: float | None = None  # off-road walking speed; None → the default (5 km/h)


@dataclass
class GapOutcome:
    result: object  # mapping.coverage.GapResult
    page: Path
    run_id: int
    sites: list[dict]
    catchments: str | None = None  # GeoJSON, without confidential services
    bands: dict | None = None  # GeoJSON FeatureCollection of the distance / travel-time bands
    services: list[dict] = field(default_factory=list)  # the type's services that may be drawn
    params: GapParams | None = None
    text: dict | None = None  # the page's words, translated by the panel


def page_folder(project_path: Path) -> Path:
    folder = Path(tempfile.gettempdir()) / "servicemap-gaps" / Path(project_path).stem
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def page_path(project_path: Path, service_type: str) -> Path:
    return page_folder(project_path) / f"gaps-{re.sub(r'[^A-Za-z0-9_-]', '_', service_type)}.html"


def public_services(result) -> list[dict]:
    """The analysed services that may be drawn: placed, and not confidential."""
    return [{"name": s.name, "latitude": s.lat, "longitude": s.lon, "confidential": False}
            for s in result.services if not s.confidential and s.lat is not None and s.lon is not None]


def run_gap_task(project_path: Path, params: GapParams, text: dict | None = None, *, progress,
                 cancelled) -> GapOutcome:
    """Analyse one service type, store the run, trace its bands and write its map page."""
    return _run_gaps(project_path, params, text, progress, cancelled)


def _run_gaps(project_path: Path, params: GapParams, text: dict | None, progress, cancelled) -> GapOutcome:
    from directory import analysis_store
    from directory.store import Project
    from mapping.coverage import parse_within, run_gaps
    from mapping.coverage.analysis import Cancelled
    from mapping.coverage.bands import bands_geojson, result_bands
    from mapping.coverage.export import catchments, raster_bytes
    from mapping.coverage.grid import rasterize_areas
    from mapping.coverage.overlay import area_outlines, area_polygons

    with Project.open(project_path) as project:
        threshold = parse_within(params.within) if params.within.strip() else None
        result = run_gaps(project, params.service_type, threshold=threshold, level=params.level,
                          population=params.population, roads=params.roads, capacity=params.capacity,
                          spread_by=params.spread_by, landcover=params.landcover, walking_kmh=params.walking_kmh,
                          progress=lambda f, m: progress(0.85 * f, m), cancelled=cancelled)
        progress(0.87, "Tracing the bands")
        polygons = area_polygons(project, result.level)
        inside = rasterize_areas(result.grid, [polygons[r["pcode"]] for r in result.rows if r["pcode"] in polygons]) >= 0
        bands = bands_geojson(result_bands(result, mask=inside), result.threshold.value)
        if cancelled():
            raise Cancelled()
        progress(0.92, "Storing the result in the project")
        catch = json.dumps(json.loads(catchments(result).to_json()))
        with project.change("analysis", f"gaps: {result.service_type} within {result.threshold}"):
            run_id = analysis_store.save_run(
                project, kind="gaps", service_type=result.service_type, within=str(result.threshold),
                level=result.level, population=params.population or "", analysed=result.population_kind,
                params=vars(params), notes=result.notes, rows=result.rows,
                catchments_geojson=catch, raster=raster_bytes(result))
        progress(0.97, "Drawing the map")
        outcome = GapOutcome(result, page_path(project_path, result.service_type), run_id, [], catch, bands,
                             public_services(result), params, text)
        write_page(outcome, polygons, area_outlines(project, result.level))
    return outcome


def write_page(outcome: GapOutcome, polygons: dict, outlines: dict | None = None) -> Path:
    """(Re)write the outcome's map page with its bands, services and suggested sites (``outlines``:
    the areas as drawn, :func:`mapping.coverage.overlay.area_outlines`)."""
    from mapping.coverage.overlay import write_gap_map

    result = outcome.result
    return write_gap_map(outcome.page, result.rows, polygons, title=f"{result.service_type} within {result.threshold}",
                         sites=outcome.sites, kind=result.population_kind, catchments_geojson=outcome.catchments,
                         bands_geojson=outcome.bands, services=outcome.services, within=str(result.threshold),
                         text=outcome.text, outlines=outlines)


def suggest_task(project_path: Path, outcome: GapOutcome, add: int, method: str, roads: str | None,
                 candidates: str = "grid", *, progress, cancelled) -> GapOutcome:
    """Suggest ``add`` new sites for the outcome's type and redraw its page with them."""
    return _suggest(project_path, outcome, add, method, roads, candidates, progress, cancelled)


def _suggest(project_path, outcome, add, method, roads, candidates, progress, cancelled) -> GapOutcome:
    from dataclasses import replace

    from directory.store import Project
    from mapping.coverage.overlay import area_outlines, area_polygons
    from mapping.coverage.suggest import suggest_sites

    result = outcome.result
    with Project.open(project_path) as project:
        progress(0.1, "Weighing candidate sites")
        placement = suggest_sites(project, result, add, candidates=candidates, roads=roads, method=method,
                                  cancelled=cancelled)
        polygons = area_polygons(project, result.level)
        sites = [{"pick": p.order, "name": p.name, "latitude": p.lat, "longitude": p.lon, "adds": p.adds,
                  "cumulative": p.cumulative, "area": _area_of(p.lon, p.lat, result.rows, polygons)}
                 for p in placement.picks]
        progress(0.9, "Drawing the map")
        done = replace(outcome, sites=sites)
        write_page(done, polygons, area_outlines(project, result.level))
    return done


def _area_of(lon: float, lat: float, rows: list[dict], polygons: dict) -> str:
    """"Name (P-code)" of the analysed area holding a point, or "" outside them all."""
    import shapely

    point = shapely.Point(lon, lat)
    for r in rows:
        geom = polygons.get(r["pcode"])
        if geom is not None and geom.covers(point):
            return f"{r['name']} ({r['pcode']})"
    return ""
