"""The analysis panel's background work, free of Qt: run a gap analysis or suggest sites.

Each task opens its own connection to the project (SQLite connections stay in the thread
that made them), stores the result in the project and writes the overlay map page.
"""

from __future__ import annotations

import json
import tempfile
from dataclasses import dataclass
from pathlib import Path


@dataclass
class GapParams:
    service_type: str
    within: str = ""  # "" → the taxonomy's default
    level: int | None = None
    population: str | None = None
    roads: str | None = None
    capacity: bool = False


@dataclass
class GapOutcome:
    result: object  # mapping.coverage.GapResult
    page: Path
    run_id: int
    sites: list[dict]
    catchments: str | None = None  # GeoJSON, without confidential services


def page_folder(project_path: Path) -> Path:
    folder = Path(tempfile.gettempdir()) / "servicemap-gaps" / Path(project_path).stem
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def run_gap_task(project_path: Path, params: GapParams, *, progress, cancelled) -> GapOutcome:
    from directory import analysis_store
    from directory.store import Project
    from mapping.coverage import parse_within, run_gaps
    from mapping.coverage.export import catchments, raster_bytes
    from mapping.coverage.overlay import area_polygons, write_gap_map

    with Project.open(project_path) as project:
        threshold = parse_within(params.within) if params.within.strip() else None
        result = run_gaps(project, params.service_type, threshold=threshold, level=params.level,
                          population=params.population, roads=params.roads, capacity=params.capacity,
                          progress=lambda f, m: progress(0.9 * f, m), cancelled=cancelled)
        progress(0.92, "Storing the result in the project")
        catch = json.dumps(json.loads(catchments(result).to_json()))
        with project.change("analysis", f"gaps: {result.service_type} within {result.threshold}"):
            run_id = analysis_store.save_run(
                project, kind="gaps", service_type=result.service_type, within=str(result.threshold),
                level=result.level, population=params.population or "", analysed=result.population_kind,
                params=vars(params), notes=result.notes, rows=result.rows,
                catchments_geojson=catch, raster=raster_bytes(result))
        progress(0.97, "Drawing the map")
        page = write_gap_map(page_folder(project_path) / "gaps.html", result.rows, area_polygons(project, result.level),
                             title=f"{result.service_type} within {result.threshold}", kind=result.population_kind,
                             catchments_geojson=catch)
    return GapOutcome(result, page, run_id, [], catch)


def suggest_task(project_path: Path, outcome: GapOutcome, add: int, method: str, roads: str | None,
                 candidates: str = "grid", *, progress, cancelled) -> GapOutcome:
    from directory.store import Project
    from mapping.coverage.overlay import area_polygons, write_gap_map
    from mapping.coverage.suggest import suggest_sites

    result = outcome.result
    with Project.open(project_path) as project:
        progress(0.1, "Weighing candidate sites")
        placement = suggest_sites(project, result, add, candidates=candidates, roads=roads, method=method,
                                  cancelled=cancelled)
        sites = [{"pick": p.order, "name": p.name, "latitude": p.lat, "longitude": p.lon, "adds": p.adds,
                  "cumulative": p.cumulative} for p in placement.picks]
        progress(0.9, "Drawing the map")
        page = write_gap_map(page_folder(project_path) / "gaps.html", result.rows, area_polygons(project, result.level),
                             title=f"{result.service_type} within {result.threshold}", sites=sites,
                             kind=result.population_kind, catchments_geojson=outcome.catchments)
    return GapOutcome(result, page, outcome.run_id, sites, outcome.catchments)
