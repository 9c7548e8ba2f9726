"""What the coverage panel shows of a run: its bands, the services it may draw, the suggested sites, the map page.

:func:`gaps_with_page` and :func:`suggest_with_page` are the panel's two background tasks.
Each runs its request through :mod:`mapping.coverage.request` (which opens the project by its
path, so the task may run on any thread, and stores the run) and then draws the type's map
page: the choropleth, distance or travel-time bands, the type's services (never the
confidential ones) and any suggested sites. Qt-free; the panel runs them through its worker.
"""

from __future__ import annotations

import json
import re
import tempfile
from dataclasses import dataclass, field, replace
from pathlib import Path

from directory.tasks import CancelCheck, Progress, part, stop_if
from mapping.coverage.request import GapsRequest, SuggestRequest, run_gaps_request, run_suggest_request


@dataclass
class GapOutcome:
    result: object  # mapping.coverage.GapResult
    page: Path
    run_id: int | None
    sites: list[dict]
    catchments: str | None = None  # GeoJSON, without confidential services
    bands: dict | None = None  # GeoJSON FeatureCollection of the distance / travel-time bands
    services: list[dict] = field(default_factory=list)  # the type's services that may be drawn
    request: GapsRequest | None = None
    text: dict | None = None  # the page's words, translated by the panel


def page_folder(project_path: Path) -> Path:
    folder = Path(tempfile.gettempdir()) / "servicemap-gaps" / Path(project_path).stem
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def page_path(project_path: Path, service_type: str) -> Path:
    return page_folder(project_path) / f"gaps-{re.sub(r'[^A-Za-z0-9_-]', '_', service_type)}.html"


def public_services(result) -> list[dict]:
    """The analysed services that may be drawn: placed, and shown at their point by the policy."""
    return [{"name": s.name, "latitude": s.lat, "longitude": s.lon, "confidential": False}
            for s in result.services if s.shows.point and s.lat is not None and s.lon is not None]


def gaps_with_page(request: GapsRequest, text: dict | None = None, *, progress: Progress,
                   cancelled: CancelCheck) -> GapOutcome:
    """Analyse one service type, store the run, trace its bands and write its map page."""
    from directory.store import Project
    from mapping.coverage.bands import bands_geojson, result_bands
    from mapping.coverage.export import catchments
    from mapping.coverage.grid import rasterize_areas
    from mapping.coverage.overlay import area_outlines, area_polygons

    run = run_gaps_request(request, progress=part(progress, 0, 0.9), cancelled=cancelled)
    result = run.result
    progress(0.92, "Tracing the bands")
    with Project.open(request.project) as project:
        polygons, outlines = area_polygons(project, result.level), area_outlines(project, result.level)
    inside = rasterize_areas(result.grid, [polygons[r["pcode"]] for r in result.rows if r["pcode"] in polygons]) >= 0
    bands = bands_geojson(result_bands(result, mask=inside), result.threshold.value)
    stop_if(cancelled)
    progress(0.97, "Drawing the map")
    outcome = GapOutcome(result, page_path(request.project, result.service_type), run.run_id, [],
                         json.dumps(json.loads(catchments(result).to_json())), bands, public_services(result), request,
                         text)
    write_page(outcome, polygons, outlines)
    progress(1.0, "Done")
    return outcome


def suggest_with_page(request: SuggestRequest, outcome: GapOutcome, *, progress: Progress,
                      cancelled: CancelCheck) -> GapOutcome:
    """Suggest new sites for the outcome's type, store them, and redraw its page with them."""
    from directory.store import Project
    from mapping.coverage.overlay import area_outlines, area_polygons

    run = run_suggest_request(request, result=outcome.result, progress=part(progress, 0, 0.9), cancelled=cancelled)
    progress(0.92, "Drawing the map")
    with Project.open(request.gaps.project) as project:
        polygons, outlines = area_polygons(project, outcome.result.level), area_outlines(project, outcome.result.level)
    done = replace(outcome, sites=run.sites)
    write_page(done, polygons, outlines)
    progress(1.0, "Done")
    return done


def write_page(outcome: GapOutcome, polygons: dict, outlines: dict | None = None) -> Path:
    """(Re)write the outcome's map page with its bands, services and suggested sites (``outlines``:
    the areas as drawn, :func:`mapping.coverage.overlay.area_outlines`)."""
    from mapping.coverage.overlay import write_gap_map

    result = outcome.result
    return write_gap_map(outcome.page, result.rows, polygons, title=f"{result.service_type} within {result.threshold}",
                         sites=outcome.sites, kind=result.population_kind, catchments_geojson=outcome.catchments,
                         bands_geojson=outcome.bands, services=outcome.services, within=str(result.threshold),
                         text=outcome.text, outlines=outlines)


def write_outcome(outcome, path: str | Path, project_path: str | Path, *, titles: dict[str, str] | None = None,
                  notes: list[list[str]] | None = None, parents: dict[str, str] | None = None) -> Path:
    """Write one type's result by the file's extension: .csv, .xlsx, .gpkg (with a ``bands`` layer) or .tif;
    ``titles``, ``notes`` and ``parents``: the table's words in the reader's language and the area each
    area lies in (see :func:`write_table`).

    A GeoPackage holds the areas with their gap columns, the catchments, and the bands drawn on
    the panel's map, ready for QGIS; like the map, none of it carries a confidential service's point."""
    from directory.store import Project
    from mapping.coverage.export import write_raster, write_table

    path = Path(path)
    if path.suffix.lower() in (".tif", ".tiff"):
        return write_raster(outcome.result, path)
    with Project.open(project_path) as project:
        write_table(outcome.result, path, project, titles=titles, notes=notes, parents=parents)
    if path.suffix.lower() == ".gpkg" and outcome.bands and outcome.bands["features"]:
        import geopandas as gpd

        frame = gpd.GeoDataFrame.from_features(outcome.bands["features"], crs=4326)
        frame["service_type"] = outcome.result.service_type
        frame[["service_type", "lo", "hi", "unit", "label", "within", "geometry"]].to_file(
            path, layer="bands", driver="GPKG")
    return path
