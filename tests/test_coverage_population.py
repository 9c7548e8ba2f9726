"""Population inputs: COD-PS tables (children from age bands), rasters, mismatches reported."""

from __future__ import annotations

import csv

import numpy as np
import pytest

from mapping.coverage.population import PopulationError, read_table

BANDS = ["00_04", "05_09", "10_14", "15_19", "20_24"]


def _write_csv(path, header, rows):
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(header)
        w.writerows(rows)
    return path


def test_children_from_five_year_bands_take_three_fifths_of_15_19(tmp_path):
    header = ["ADM2_PCODE", "T_TL"] + [f"{s}_{b}" for s in "FM" for b in BANDS]
    path = _write_csv(tmp_path / "pop.csv", header, [["BD2022", "1000", 100, 100, 100, 100, 100, 90, 90, 90, 100, 130]])
    table = read_table(path)
    assert table.people == {"BD2022": 1000.0}
    assert table.children["BD2022"] == pytest.approx(300 + 60 + 270 + 60)
    assert "3/5 of 15–19" in table.method


def test_single_years_15_to_17_are_used_when_present(tmp_path):
    header = ["pcode", "T_00_04", "T_05_09", "T_10_14", "T_15", "T_16", "T_17", "T_15_19"]
    path = _write_csv(tmp_path / "pop.csv", header, [["BD2084", 10, 10, 10, 3, 3, 3, 15]])
    table = read_table(path)
    assert table.children["BD2084"] == pytest.approx(39)
    assert table.people["BD2084"] == pytest.approx(45)  # no total column: the sum of the bands
    assert "single years 15–17" in table.method


def test_xlsx_with_hxl_row_and_thousands_separators(tmp_path):
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["admin2Pcode", "Total", "F_00_04", "F_05_09", "F_10_14", "F_15_19", "M_00_04", "M_05_09", "M_10_14", "M_15_19"])
    ws.append(["#adm2+code", "#population", "", "", "", "", "", "", "", ""])
    ws.append(["BD2022", "2,000", "100", "100", "100", "50", "100", "100", "100", "50"])
    wb.save(tmp_path / "pop.xlsx")
    table = read_table(tmp_path / "pop.xlsx")
    assert table.people == {"BD2022": 2000.0}
    assert table.children["BD2022"] == pytest.approx(660)


def test_table_without_bands_is_analysed_as_all_people(tmp_path):
    table = read_table(_write_csv(tmp_path / "p.csv", ["pcode", "population"], [["BD2022", "500"]]))
    assert table.children is None
    assert "all people" in table.method


@pytest.mark.parametrize(
    ("header", "row", "message"),
    [
        (["name", "T_TL"], ["x", "5"], "no P-code column"),
        (["pcode", "T_TL"], ["BD2022", "lots"], "row 2, column T_TL"),
        (["pcode", "T_TL", "F_00_04", "F_15_19"], ["BD2022", "5", "1", "1"], "no F_05_09"),
    ],
)
def test_bad_tables_name_the_problem(tmp_path, header, row, message):
    path = _write_csv(tmp_path / "bad.csv", header, [row])
    with pytest.raises(PopulationError, match=message):
        read_table(path)


def test_raster_in_degrees_is_resampled_with_totals_kept_and_reported(tmp_path):
    import rasterio
    import shapely
    from rasterio.transform import from_origin

    from mapping.coverage.grid import grid_for, warp_population

    data = np.full((20, 20), 10.0, dtype="float32")  # 4,000 people on 0.01° cells
    path = tmp_path / "pop.tif"
    with rasterio.open(path, "w", driver="GTiff", width=20, height=20, count=1, dtype="float32", crs="EPSG:4326",
                       transform=from_origin(92.0, 22.2, 0.01, 0.01), nodata=-1) as dst:
        dst.write(data, 1)
    grid = grid_for([shapely.box(91.95, 21.95, 92.25, 22.25)], cell=500)
    assert "UTM zone 46N" in grid.crs.name
    people, notes = warp_population(str(path), grid)
    assert people.sum() == pytest.approx(4000, rel=0.02)
    assert any("resampled" in n and "EPSG:4326" in n for n in notes)
