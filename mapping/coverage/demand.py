"""Where the people are: population spread onto the analysis grid, children apart where known."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from directory import file_gate
from mapping.coverage.grid import Grid, rasterize_areas, warp_population
from mapping.coverage.population import PopulationError, read_table

AREA_FALLBACK_WARNING = (
    "WARNING: no gridded population: each area's people are spread evenly over its land (by area only). "
    "Coverage inside an area is approximate; give a WorldPop-style GeoTIFF for a better answer."
)


@dataclass
class Demand:
    """People per cell (``people``) and the population analysed per cell (``analysed``)."""

    people: np.ndarray
    analysed: np.ndarray
    children_known: bool
    method: str
    notes: list[str] = field(default_factory=list)
    area_people: dict[str, float] | None = None  # totals per P-code from a table, where given
    area_children: dict[str, float] | None = None


SPREAD_BY_RASTER = (
    "each area's people and children from {table} are spread over its cells in proportion to the people of "
    "{raster} (the table's totals kept exactly)"
)


def demand_on_grid(project, grid: Grid, path: str | Path | None, scope_pcodes: set[str],
                   spread_by: str | Path | None = None) -> Demand:
    """Read ``path`` (CSV/XLSX table or GeoTIFF) and lay its people on ``grid``.

    A table's counts are spread inside each area in proportion to ``spread_by`` (a population
    raster such as WorldPop) where one is given, and evenly over the area's land otherwise.
    The table then decides how many people and children each area has, the raster where in
    the area they live: COD-PS figures by age, WorldPop's map of settlement.
    """
    if path is None:
        raise PopulationError(
            "no population given. Use --population FILE (a COD-PS table .csv/.xlsx or a WorldPop .tif), "
            "or the population in resources/demo/population/ for the demo."
        )
    path = Path(path)
    if path.suffix.lower() in (".tif", ".tiff"):
        if spread_by is not None:
            raise PopulationError(f"{path}: a raster is already a map of people; give a COD-PS table (.csv/.xlsx) "
                                  "as the population to spread it by a raster.")
        if not path.exists():
            raise PopulationError(f"{path}: no such population raster. Check the path.")
        people, notes = warp_population(str(path), grid)
        return Demand(people, people, False, "gridded population without age bands: analysed as all people", notes)
    table = read_table(path)
    level = _level_of(project, table.people, path)
    areas, polygons = project.admin_geometries(level)
    keep = [i for i, a in enumerate(areas) if _in_scope(a, project, scope_pcodes)]
    index = rasterize_areas(grid, [polygons[i] for i in keep])
    counts = np.bincount(index[index >= 0], minlength=len(keep)).astype(float)
    people = np.zeros(grid.shape)
    analysed = np.zeros(grid.shape)
    missing = []
    inside = index >= 0
    for j, i in enumerate(keep):
        code = areas[i].pcode
        if code not in table.people:
            missing.append(code)
    total_people = np.array([table.people.get(areas[i].pcode, 0.0) for i in keep])
    total_child = np.array([(table.children or table.people).get(areas[i].pcode, 0.0) for i in keep])
    share, notes = _shares(grid, index, counts, spread_by, path.name)
    notes = list(table.notes) + notes
    people[inside] = total_people[index[inside]] * share[inside]
    analysed[inside] = total_child[index[inside]] * share[inside]
    if missing:
        notes.append(f"{len(missing)} areas in scope have no row in {path.name} (e.g. {missing[0]}): counted as 0 people")
    small = [areas[keep[j]].pcode for j in np.flatnonzero(counts == 0) if total_people[j] > 0]
    if small:
        notes.append(f"{len(small)} areas are smaller than one grid cell and their people are left out (e.g. {small[0]})")
    return Demand(people, analysed, table.children is not None, table.method, notes, table.people, table.children)


def _shares(grid: Grid, index: np.ndarray, counts: np.ndarray, spread_by, table_name: str):
    """Each cell's share of its area's people (shares of one area sum to 1), and what was done."""
    inside = index >= 0
    even = np.zeros(grid.shape)
    with np.errstate(divide="ignore", invalid="ignore"):
        even[inside] = np.where(counts > 0, 1.0 / counts, 0)[index[inside]]
    if spread_by is None:
        return even, [AREA_FALLBACK_WARNING]
    spread_by = Path(spread_by)
    if not spread_by.exists():
        raise PopulationError(f"{spread_by}: no such population raster. Check the path.")
    weights, notes = warp_population(str(spread_by), grid)
    weights = np.where(inside, weights, 0.0)
    sums = np.bincount(index[inside], weights=weights[inside], minlength=len(counts))
    share = np.zeros(grid.shape)
    with np.errstate(divide="ignore", invalid="ignore"):
        cell_sums = sums[index[inside]]
        share[inside] = np.where(cell_sums > 0, weights[inside] / cell_sums, even[inside])
    notes.append(SPREAD_BY_RASTER.format(table=table_name, raster=spread_by.name))
    empty = int(np.count_nonzero((sums <= 0) & (counts > 0)))
    if empty:
        notes.append(f"WARNING: {empty} areas have no people in {spread_by.name}; their people are spread evenly "
                     "over their land (by area only)")
    return share, notes


def _level_of(project, pcodes: dict[str, float], path: Path) -> int:
    best, hits = None, 0
    for level in project.admin_levels():
        known = {a.pcode for a in project.admin_areas(level)}
        n = len(known & set(pcodes))
        if n > hits:
            best, hits = level, n
    if best is None:
        sample = next(iter(pcodes), "")
        raise PopulationError(f"{path}: the population table's P-codes (e.g. {file_gate.visible(sample[:40])!r}) match "
                              "no admin area of the project. Give the table of this project's country, with COD-AB "
                              "P-codes.")
    return best


def _in_scope(area, project, scope: set[str]) -> bool:
    """``scope`` holds every P-code inside the analysed areas, at every level (empty: everything)."""
    return not scope or area.pcode in scope
