"""A COD-PS table spread inside each area by a population raster (dasymetric), totals kept."""

from __future__ import annotations

import csv

import numpy as np
import pytest
import rasterio
import shapely
from rasterio.transform import from_origin

from mapping.coverage.demand import demand_on_grid
from mapping.coverage.grid import grid_for, rasterize_areas
from mapping.coverage.population import PopulationError
from tests.helpers import small_project


@pytest.fixture()
def project(tmp_path):
    p = small_project(tmp_path / "p.gpkg")
    yield p
    p.close()


def _table(tmp_path):
    path = tmp_path / "pop.csv"
    with path.open("w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["ADM2_PCODE", "T_TL", "T_00_04", "T_05_09", "T_10_14", "T_15_19"])
        w.writerow(["BD2022", 1_000_000, 100_000, 100_000, 100_000, 50_000])
        w.writerow(["BD2084", 500_000, 50_000, 50_000, 50_000, 50_000])
    return path


def _raster(tmp_path):
    """WorldPop-like 0.05° cells: people only west of 91.5° E, south of 21.75° N (Cox's Bazar box), none in the north."""
    data = np.zeros((40, 40), dtype="float32")
    data[25:, :10] = 7.0  # rows 25-39 = 21.75-21.0° N; columns 0-9 = 91.0-91.5° E
    path = tmp_path / "worldpop.tif"
    with rasterio.open(path, "w", driver="GTiff", width=40, height=40, count=1, dtype="float32", crs="EPSG:4326",
                       transform=from_origin(91.0, 23.0, 0.05, 0.05), nodata=-99999) as dst:
        dst.write(data, 1)
    return path


def test_table_totals_are_kept_and_people_follow_the_raster(project, tmp_path):
    grid = grid_for([shapely.box(91.0, 21.0, 93.0, 23.0)], cell=2000)
    demand = demand_on_grid(project, grid, _table(tmp_path), set(), spread_by=_raster(tmp_path))
    areas, polygons = project.admin_geometries(2)
    index = rasterize_areas(grid, polygons)
    totals = {a.pcode: demand.people[index == i].sum() for i, a in enumerate(areas)}
    children = {a.pcode: demand.analysed[index == i].sum() for i, a in enumerate(areas)}
    assert totals["BD2022"] == pytest.approx(1_000_000) and totals["BD2084"] == pytest.approx(500_000)
    assert children["BD2022"] == pytest.approx(330_000)  # 0-14 + three fifths of 15-19
    xs, _ = grid.centres()
    lon_west = grid.to_metric([91.45], [21.5])[0][0]
    south = index == [a.pcode for a in areas].index("BD2022")
    east_people = demand.people[south & (xs > lon_west + 3 * grid.cell)].sum()
    assert east_people == pytest.approx(0, abs=1)  # nobody where the raster has nobody
    assert any("in proportion to the people of worldpop.tif" in n for n in demand.notes)
    assert any("WARNING: 1 areas have no people in worldpop.tif" in n for n in demand.notes)
    assert not any("by area only). Coverage inside" in n for n in demand.notes)


def test_without_a_raster_the_area_spread_warning_stays(project, tmp_path):
    grid = grid_for([shapely.box(91.0, 21.0, 93.0, 23.0)], cell=2000)
    demand = demand_on_grid(project, grid, _table(tmp_path), set())
    assert any(n.startswith("WARNING: no gridded population") for n in demand.notes)
    assert demand.people.sum() == pytest.approx(1_500_000)


def test_a_raster_cannot_be_spread_by_a_raster_and_a_missing_one_is_named(project, tmp_path):
    grid = grid_for([shapely.box(91.0, 21.0, 93.0, 23.0)], cell=2000)
    with pytest.raises(PopulationError, match="give a COD-PS table"):
        demand_on_grid(project, grid, _raster(tmp_path), set(), spread_by=_raster(tmp_path))
    with pytest.raises(PopulationError, match="nothing.tif: no such population raster"):
        demand_on_grid(project, grid, _table(tmp_path), set(), spread_by=tmp_path / "nothing.tif")


def test_gaps_command_spreads_the_table_by_the_raster(project, tmp_path, capsys):
    from desktop.cli import main

    path = project.path
    project.close()
    data = np.zeros((40, 40), dtype="float32")  # 0.05° cells over 91-93° E, 21-23° N
    data[9:11, 19:21] = 5.0  # around 22.5° N, 92.0° E (a case management service in Rangamati)
    data[29:31, 19:21] = 5.0  # around 21.5° N, 92.0° E (one in Cox's Bazar)
    raster = tmp_path / "near_services.tif"
    with rasterio.open(raster, "w", driver="GTiff", width=40, height=40, count=1, dtype="float32", crs="EPSG:4326",
                       transform=from_origin(91.0, 23.0, 0.05, 0.05)) as dst:
        dst.write(data, 1)
    table = _table(tmp_path)
    pct = {}
    for name, extra in (("even", []), ("spread", ["--spread-by", str(raster)])):
        out = tmp_path / f"{name}.csv"
        assert main(["gaps", str(path), "--service-type", "case_management", "--within", "10km", "--population",
                     str(table), "--cell", "1000", "--out", str(out), "--no-save", *extra]) == 0
        with out.open(encoding="utf-8-sig") as f:
            rows = {r["pcode"]: r for r in csv.DictReader(f)}
        assert int(rows["BD2022"]["covered"]) + int(rows["BD2022"]["uncovered"]) == 330_000
        pct[name] = float(rows["BD2022"]["pct_covered"])
    assert pct["even"] < 10 and pct["spread"] > 95  # the people live by the services, as the raster says
    assert main(["gaps", str(path), "--service-type", "case_management", "--spread-by", str(raster),
                 "--out", str(tmp_path / "x.csv")]) == 2
    assert "--spread-by: give the population table too" in capsys.readouterr().err
