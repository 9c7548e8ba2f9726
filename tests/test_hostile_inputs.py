"""Files found by tests/data/hostile/fuzz_inputs.py that escaped the readers of everything but service
lists as tracebacks, in the cases the hostile corpus cannot hold (their right answer differs from one
command to another, or they are read, not refused): each is refused in one line naming the file, or read.
"""

from __future__ import annotations

import sqlite3
import zipfile

import geopandas as gpd
import pytest
import shapely

from directory import file_gate
from directory.errors import UserFacingError
from directory.store import Project, ProjectDamaged
from mapping.coverage.grid import grid_for
from tests.helpers import small_project

BOX = shapely.box(91.0, 21.0, 93.0, 23.0)


def one_line_naming(exc: BaseException, path) -> bool:
    text = str(exc)
    return len(text.splitlines()) == 1 and str(path) in text


def test_population_rows_without_a_p_code_are_left_out_with_a_note(tmp_path):
    from mapping.coverage.population import PopulationError, read_table

    path = tmp_path / "pop.csv"
    path.write_text("pcode,T_TL\r\nBD2022,100\r\n,50\r\nBD2084,70\r\n,170\r\n", encoding="utf-8")
    table = read_table(path)  # a total row has no P-code
    assert table.people == {"BD2022": 100, "BD2084": 70} and any("2 rows without a P-code" in n for n in table.notes)
    path.write_text("pcode,T_TL\r\nBD2022,100\r\n,50\r\nBD2022,70\r\n,170\r\n", encoding="utf-8")
    with pytest.raises(PopulationError) as caught:  # was a TypeError sorting the repeated P-codes (NaN among them)
        read_table(path)
    assert one_line_naming(caught.value, path) and "BD2022 appears on more than one row" in str(caught.value)


def test_pandas_errors_on_a_population_table_are_one_line(tmp_path):
    from mapping.coverage.population import PopulationError, read_table

    path = tmp_path / "pop.csv"
    path.write_text("pcode,T_TL\r\nBD2022,100\r\nBD2084,70,1,2,3\r\n", encoding="utf-8")
    with pytest.raises(PopulationError) as caught:  # pandas' message ends in a line break
        read_table(path)
    assert one_line_naming(caught.value, path)


def test_population_p_codes_of_another_country_name_the_file(tmp_path):
    from mapping.coverage.demand import demand_on_grid
    from mapping.coverage.population import PopulationError

    path = tmp_path / "pop.csv"
    path.write_text("pcode,T_TL\r\nKE001,100\r\n", encoding="utf-8")
    with small_project(tmp_path / "p.gpkg") as project, pytest.raises(PopulationError) as caught:
        demand_on_grid(project, grid_for([BOX], 5000), path, set())
    assert one_line_naming(caught.value, path)


def test_roads_with_a_missing_class_and_text_speeds_are_read(tmp_path):
    from mapping.coverage.roads import friction

    lines = [shapely.LineString([(91.2, 21.3), (92.8, 21.9)]), shapely.LineString([(91.5, 22.1), (92.6, 22.8)])]
    classes = tmp_path / "classes.gpkg"
    gpd.GeoDataFrame({"highway": [None, "primary"]}, geometry=lines, crs=4326).to_file(classes)
    speeds = tmp_path / "speeds.gpkg"
    gpd.GeoDataFrame({"speed": ["fast", "40"]}, geometry=lines, crs=4326).to_file(speeds)
    grid = grid_for([BOX], 5000)
    minutes, notes = friction(grid, classes)  # was a TypeError: pandas' text keeps a missing value as NaN
    assert minutes.shape == grid.shape and any("'highway' class" in n for n in notes)
    minutes, notes = friction(grid, speeds)  # was a ValueError converting 'fast'
    assert any("'speed' column" in n for n in notes)


def test_land_cover_speeds_with_control_characters_say_so_in_one_line(tmp_path):
    from mapping.coverage.landcover import LandCoverError, read_speeds

    path = tmp_path / "speeds.csv"
    path.write_bytes(b"class,sp\x1ded_kmh\r\n10,3\r\n")  # a group separator, which splitlines() breaks at
    with pytest.raises(LandCoverError) as caught:
        read_speeds(path)
    assert one_line_naming(caught.value, path) and "\\x1d" in str(caught.value)


def _calls_with_broken_sheet(tmp_path):
    from importers.verification import write_sheet

    good = tmp_path / "calls.xlsx"
    with small_project(tmp_path / "p.gpkg") as project:
        write_sheet(project, good)
    with zipfile.ZipFile(good) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    sheet = next(n for n in parts if n.startswith("xl/worksheets/sheet"))
    at = parts[sheet].index(b"</is></c>", parts[sheet].index(b'<row r="2"'))
    parts[sheet] = parts[sheet][:at] + b"</c></is>" + parts[sheet][at + 9:]  # tags closed in the wrong order
    bad = tmp_path / "broken.xlsx"
    with zipfile.ZipFile(bad, "w") as z:
        for name, data in parts.items():
            z.writestr(name, data)
    return bad


def test_a_call_list_whose_sheet_does_not_parse_is_refused(tmp_path):
    from importers.verification_import import plan

    bad = _calls_with_broken_sheet(tmp_path)
    with Project.open(tmp_path / "p.gpkg") as project, pytest.raises(UserFacingError) as caught:
        plan(project, bad)  # openpyxl parses the rows lazily: its ParseError came after the check
    assert one_line_naming(caught.value, bad)


def test_a_damaged_record_in_a_project_is_damage_not_a_traceback(tmp_path):
    path = tmp_path / "p.gpkg"
    small_project(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE sm_organisations SET phones = '7'")  # a number where a list was kept
    conn.close()
    with Project.open(path) as project, pytest.raises(ProjectDamaged) as caught:
        project.organisations()
    assert one_line_naming(caught.value, path) and "sm_organisations" in str(caught.value)
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE sm_organisations SET phones = '[]'")
        conn.execute("UPDATE sm_services SET extra = '7.5'")  # JSON, but not the dict a merge adds to
    conn.close()
    with Project.open(path) as project, pytest.raises(ProjectDamaged) as caught:
        project.services()
    assert one_line_naming(caught.value, path) and "extra holds float" in str(caught.value)


def test_text_that_is_not_utf8_in_a_project_reads_with_a_replacement_character(tmp_path):
    path = tmp_path / "p.gpkg"
    small_project(path).close()
    with sqlite3.connect(path) as conn:  # sqlite3 stopped every read of the row ("Could not decode to UTF-8")
        conn.execute("UPDATE sm_organisations SET name = CAST(X'4578ff41' AS TEXT)")
        conn.execute("UPDATE sm_meta SET value = CAST(X'4247ff' AS TEXT) WHERE key = 'country'")
    conn.close()
    with Project.open(path) as project:
        assert [o.name for o in project.organisations()] == ["Ex\ufffdA"]


def _mbtiles(path, maxzoom="3", tile=b"\x89PNG\r\n\x1a\n"):
    from mapping.maps.basemap import write_mbtiles

    write_mbtiles(path, {(0, 0, 0): tile, (1, 0, 0): tile}, {"name": "t", "format": "png", "maxzoom": maxzoom})
    return path


def test_mbtiles_metadata_and_tiles_that_are_not_what_they_say(tmp_path):
    from mapping.maps.basemap import MBTilesSource

    source = MBTilesSource(_mbtiles(tmp_path / "a.mbtiles", maxzoom="1.0e+308"))
    assert source.max_zoom == 24  # int('1.0e+308') was a ValueError
    assert MBTilesSource(_mbtiles(tmp_path / "b.mbtiles", maxzoom="NaN")).max_zoom == 18
    path = _mbtiles(tmp_path / "c.mbtiles")
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE tiles SET tile_data = 9000000000000 WHERE zoom_level = 0")  # bytes(n): n zero bytes
    conn.close()
    assert MBTilesSource(path).tile(0, 0, 0) is None
    assert MBTilesSource(path).tile(1, 0, 0) is not None


def test_an_mbtiles_file_whose_table_names_are_not_text_is_refused(tmp_path):
    path = _mbtiles(tmp_path / "d.mbtiles")
    data = path.read_bytes()
    name = b"sqlite_autoindex_metadata_1"  # the index of the metadata table's names, in sqlite_master
    assert data.count(name) == 1
    path.write_bytes(data.replace(name, b"sqlite_a\xff\xff\xff\xffndex_metadata_1"))  # as the fuzzer changed it
    with pytest.raises(file_gate.FileRefused) as caught:  # a UnicodeDecodeError listing the tables
        file_gate.mbtiles(path)
    assert one_line_naming(caught.value, path)


@pytest.mark.parametrize("reader", ["dem", "landcover"])
def test_elevation_and_land_cover_are_read_only_under_the_area(tmp_path, monkeypatch, reader):
    """As a population raster is: a GeoTIFF of a few hundred KB declaring 44,000 × 44,000 empty cells was
    warped whole (a minute and 670 MB as elevation, longer as land cover). Here with a small limit."""
    import numpy as np
    import rasterio
    from rasterio.transform import from_bounds

    from mapping.coverage import grid as grid_module
    from mapping.coverage.grid import warp_values
    from mapping.coverage.landcover import classes_on_grid

    path = tmp_path / "big.tif"
    with rasterio.open(path, "w", driver="GTiff", width=200, height=200, count=1, dtype="uint8", crs="EPSG:4326",
                       transform=from_bounds(91.0, 21.0, 93.0, 23.0, 200, 200)) as dst:
        dst.write(np.full((200, 200), 10, dtype="uint8"), 1)
    monkeypatch.setattr(grid_module, "MAX_POPULATION_CELLS", 2_000)
    read = warp_values if reader == "dem" else classes_on_grid
    values, notes = read(path, grid_for([shapely.box(91.3, 21.3, 91.5, 21.5)], 2000))
    assert np.allclose(values, 10) and any("only the" in n and "of 200 × 200" in n for n in notes)
    with pytest.raises(UserFacingError) as caught:
        read(path, grid_for([BOX], 5000))
    assert one_line_naming(caught.value, path) and "more than the 2,000 ServiceMap reads" in str(caught.value)


def test_a_raster_whose_blocks_are_larger_than_memory_is_refused_before_it_is_read(tmp_path):
    """GDAL reads a whole block (tile or strip) to read any cell of it: tiles that say 65,520 × 65,520 made
    the process take 4.4 GB for 64 × 48 cells (under an address-space limit GDAL fails instead, so a fuzzer
    saw only a damaged file)."""
    from tests.data.hostile.make_corpus import huge_tiles_tif, many_bands_tif

    for make, said in ((huge_tiles_tif, "65,520 × 65,520 cells"), (many_bands_tif, "240 × 8 cells of 65,535 bands")):
        path = tmp_path / f"{make.__name__}.tif"
        make(path)
        assert path.stat().st_size < 10_000
        with pytest.raises(file_gate.FileRefused) as caught:
            file_gate.raster(path, "raster")
        assert one_line_naming(caught.value, path) and said in str(caught.value)


def test_gazetteer_numbers_that_only_look_like_numbers(tmp_path):
    from mapping.geocode.index import read_source
    from mapping.geocode.sources import GazetteerFileError

    dump = tmp_path / "BD.txt"  # a GeoNames dump whose population is '90¹0': str.isdigit() says yes, int() no
    dump.write_text("1\tUkhia\tUkhia\t\t21.28\t92.10\tP\tPPL\tBD\t\t84\t\t\t\t90\u00b90\t\t5\tAsia/Dhaka\t2024-01-01\n",
                    encoding="utf-8")
    rows, _ = read_source(dump)
    assert [(r.name, r.population) for r in rows] == [("Ukhia", None)]
    camps = tmp_path / "camps.csv"  # a file separator, which splitlines() breaks a message at
    camps.write_text("name,latitude,longitude\r\nCamp 4,21\x1c21,92.15\r\n", encoding="utf-8")
    with pytest.raises(GazetteerFileError) as caught:
        read_source(camps)
    assert one_line_naming(caught.value, camps) and "\\x1c" in str(caught.value)


def test_candidate_sites_in_a_ragged_csv_are_refused(tmp_path):
    from mapping.coverage.placement import PlacementError
    from mapping.coverage.suggest import _read_candidates

    path = tmp_path / "sites.csv"
    path.write_text("name,latitude,longitude\r\nSchool,21.5,92.1\r\nClinic,22.5,92.1,x,y\r\n", encoding="utf-8")
    with pytest.raises(PlacementError) as caught:  # pandas' ParserError escaped
        _read_candidates(path)
    assert one_line_naming(caught.value, path)

