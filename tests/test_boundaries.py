"""Reading admin boundaries: COD-AB (current and older field names), geoBoundaries,
GeoJSON, GeoPackage, Shapefile and .zip; nesting levels; P-codes kept as text."""

from __future__ import annotations

import zipfile

import geopandas as gpd
import pytest
import shapely

from directory.errors import UserFacingError
from importers.boundaries import BoundaryError, read_boundaries

# Two districts side by side in one division; each district holds two sub-districts.
DIV = shapely.box(0, 0, 2, 1)
DISTRICTS = {"XY0101": shapely.box(0, 0, 1, 1), "XY0102": shapely.box(1, 0, 2, 1)}
SUBS = {
    "XY010101": shapely.box(0, 0, 0.5, 1), "XY010102": shapely.box(0.5, 0, 1, 1),
    "XY010201": shapely.box(1, 0, 1.5, 1), "XY010202": shapely.box(1.5, 0, 2, 1),
}


def write_cod(folder, driver="GeoJSON", suffix=".geojson", old_style=False):
    """COD-AB style layers; ``old_style`` uses the older ADM2_PCODE / ADM2_EN / ADM2ALT1EN names."""
    paths = []
    f = (lambda lvl, what: f"ADM{lvl}_{what.upper()}") if old_style else (lambda lvl, what: f"adm{lvl}_{what}")
    name = "EN" if old_style else "name"
    alt = (lambda lvl: f"ADM{lvl}ALT1EN") if old_style else (lambda lvl: f"adm{lvl}_name1")
    layers = {
        1: gpd.GeoDataFrame({f(1, "pcode"): ["XY01"], f(1, name): ["Northern"], f(0, "pcode"): ["BD"]}, geometry=[DIV], crs=4326),
        2: gpd.GeoDataFrame(
            {f(2, "pcode"): list(DISTRICTS), f(2, name): ["Chattogram", "Cox's Bazar"], alt(2): ["Chittagong", None],
             f(1, "pcode"): ["XY01", "XY01"]},
            geometry=list(DISTRICTS.values()), crs=4326),
        3: gpd.GeoDataFrame(
            {f(3, "pcode"): list(SUBS), f(3, name): ["A Sadar", "B", "C", "D"], f(2, "pcode"): [k[:6] for k in SUBS]},
            geometry=list(SUBS.values()), crs=4326),
    }
    for level, frame in layers.items():
        path = folder / f"xy_adm{level}{suffix}"
        frame.to_file(path, driver=driver)
        paths.append(path)
    return paths


def test_cod_ab_geojson_levels_names_and_parents(tmp_path):
    b = read_boundaries(write_cod(tmp_path))
    assert sorted(b.levels) == [1, 2, 3]
    districts = {a.pcode: a for a in b.levels[2].areas}
    assert districts["XY0101"].name == "Chattogram"
    assert districts["XY0101"].alternate_names == ["Chittagong"]
    assert districts["XY0101"].parent_pcode == "XY01"
    assert {a.parent_pcode for a in b.levels[3].areas} == {"XY0101", "XY0102"}
    assert b.country == "BGD"  # from adm0_pcode "BD"


def test_older_cod_ab_field_names(tmp_path):
    b = read_boundaries(write_cod(tmp_path, old_style=True))
    districts = {a.pcode: a for a in b.levels[2].areas}
    assert districts["XY0101"].name == "Chattogram" and districts["XY0101"].alternate_names == ["Chittagong"]
    assert districts["XY0102"].parent_pcode == "XY01"


def test_names_keep_their_language_and_reach_the_project(tmp_path):
    """Current COD-AB says each name's language in lang/lang1 …; older COD-AB in the field (ADM2_BN)."""
    from directory.store import Project

    current = gpd.GeoDataFrame(
        {"adm2_pcode": list(DISTRICTS), "adm2_name": ["Chattogram", "Cox's Bazar"], "adm2_name1": ["চট্টগ্রাম", None],
         "adm2_name2": ["Chittagong", None], "lang": ["en", "en"], "lang1": ["bn", "bn"], "lang2": ["", ""]},
        geometry=list(DISTRICTS.values()), crs=4326)
    current.to_file(tmp_path / "current.geojson", driver="GeoJSON")
    older = gpd.GeoDataFrame({"ADM2_PCODE": list(DISTRICTS), "ADM2_EN": ["Chattogram", "Cox's Bazar"],
                              "ADM2_BN": ["চট্টগ্রাম", "কক্সবাজার"], "ADM2ALT1EN": ["Chittagong", None]},
                             geometry=list(DISTRICTS.values()), crs=4326)
    older.to_file(tmp_path / "older.geojson", driver="GeoJSON")

    a = {x.pcode: x for x in read_boundaries([tmp_path / "current.geojson"]).levels[2].areas}
    assert a["XY0101"].names == {"en": "Chattogram", "bn": "চট্টগ্রাম"}  # name2 has no language: a spelling only
    assert a["XY0101"].name_in("bn") == "চট্টগ্রাম" and a["XY0102"].name_in("bn") == "Cox's Bazar"
    assert "Chittagong" in a["XY0101"].alternate_names
    level = read_boundaries([tmp_path / "older.geojson"]).levels[2]
    b = {x.pcode: x for x in level.areas}
    assert b["XY0102"].names == {"en": "Cox's Bazar", "bn": "কক্সবাজার"}

    with Project.create(tmp_path / "p.gpkg") as project:
        with project.change("test", "boundaries"):
            project.replace_admin_level(2, level.areas, level.geometries)
    with Project.open(tmp_path / "p.gpkg") as project:
        assert {x.pcode: x.name_in("bn") for x in project.admin_areas(2)} == {"XY0101": "চট্টগ্রাম", "XY0102": "কক্সবাজার"}


def test_pcodes_with_leading_zeros_stay_text(tmp_path):
    frame = gpd.GeoDataFrame({"adm1_pcode": ["01", "02"], "adm1_name": ["A", "B"]},
                             geometry=[shapely.box(0, 0, 1, 1), shapely.box(1, 0, 2, 1)], crs=4326)
    path = tmp_path / "zeros.gpkg"
    frame.to_file(path, driver="GPKG")
    b = read_boundaries([path])
    assert [a.pcode for a in b.levels[1].areas] == ["01", "02"]


def test_geopackage_with_several_layers(tmp_path):
    path = tmp_path / "cod.gpkg"
    for level, src in enumerate(write_cod(tmp_path), start=1):
        gpd.read_file(src).to_file(path, layer=f"xy_admbnda_adm{level}", driver="GPKG")
    b = read_boundaries([path])
    assert [len(b.levels[lvl].areas) for lvl in (1, 2, 3)] == [1, 2, 4]


def test_zipped_shapefile(tmp_path):
    shp_dir = tmp_path / "shp"
    shp_dir.mkdir()
    paths = write_cod(shp_dir, driver="ESRI Shapefile", suffix=".shp")
    archive = tmp_path / "cod_shp.zip"
    with zipfile.ZipFile(archive, "w") as z:
        for f in shp_dir.iterdir():
            z.write(f, f.name)
    b = read_boundaries([archive])
    assert sorted(b.levels) == [1, 2, 3]
    assert {a.pcode for a in b.levels[3].areas} == set(SUBS)
    assert paths  # the shapefiles were written by GDAL's own driver


def test_geoboundaries_files_nest_spatially(tmp_path):
    """geoBoundaries carry only shapeName/shapeID; children find parents by where they lie."""
    adm1 = gpd.GeoDataFrame({"shapeName": ["Northern"], "shapeID": ["XYZ-ADM1-1"], "shapeGroup": ["BGD"],
                             "shapeType": ["ADM1"]}, geometry=[DIV], crs=4326)
    # the children are a little bigger than their parents, as real files often are
    adm2 = gpd.GeoDataFrame({"shapeName": ["West", "East"], "shapeID": ["XYZ-ADM2-1", "XYZ-ADM2-2"],
                             "shapeGroup": ["BGD", "BGD"], "shapeType": ["ADM2", "ADM2"]},
                            geometry=[shapely.box(-0.01, 0, 1.01, 1), shapely.box(0.99, 0, 2.01, 1)], crs=4326)
    p1, p2 = tmp_path / "gb_adm1.geojson", tmp_path / "gb_adm2.geojson"
    adm1.to_file(p1)
    adm2.to_file(p2)
    b = read_boundaries([p2, p1])
    assert [a.parent_pcode for a in b.levels[2].areas] == ["XYZ-ADM1-1", "XYZ-ADM1-1"]
    assert b.country == "BGD"
    assert any("by where they lie" in n for n in b.notes)


def test_projected_boundaries_are_reprojected(tmp_path):
    area = shapely.box(91.0, 21.0, 92.0, 22.0)
    frame = gpd.GeoDataFrame({"adm1_pcode": ["XY01"], "adm1_name": ["A"]}, geometry=[area], crs=4326).to_crs(32646)
    path = tmp_path / "utm.gpkg"
    frame.to_file(path, driver="GPKG")
    b = read_boundaries([path])
    minx, miny, maxx, maxy = b.levels[1].geometries[0].bounds
    assert abs(minx - 91.0) < 1e-3 and abs(maxy - 22.0) < 1e-3
    assert any("reprojected" in n for n in b.notes)


def test_file_without_admin_fields_is_refused_with_a_reason(tmp_path):
    path = tmp_path / "roads.geojson"
    gpd.GeoDataFrame({"highway": ["primary"]}, geometry=[shapely.box(0, 0, 1, 1)], crs=4326).to_file(path)
    with pytest.raises(BoundaryError, match=r"roads\.geojson.*no admin level.*adm2_pcode"):
        read_boundaries([path])


@pytest.mark.parametrize("name, content, expected", [
    ("missing.geojson", None, "no such file"),
    ("list.xlsx", b"PK\x03\x04", "not a boundary file"),
    ("broken.geojson", b'{"type": "FeatureCollection", "features": [', "cannot be read"),
    ("broken.zip", b"not a zip", "not a readable zip file"),
])
def test_bad_boundary_files(tmp_path, name, content, expected):
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(UserFacingError, match=expected) as err:  # the file gate's refusal, or the reader's
        read_boundaries([path])
    assert name in str(err.value)


def test_a_folder_of_boundaries_reads_its_files_and_skips_what_is_not_areas(tmp_path):
    """An unzipped COD-AB download: polygons per level, plus label points, a metadata JSON and a PDF."""
    folder = tmp_path / "bgd_adm"
    (folder / "shp").mkdir(parents=True)
    write_cod(folder / "shp", driver="ESRI Shapefile", suffix=".shp")
    points = gpd.GeoDataFrame({"adm2_pcode": list(DISTRICTS), "adm2_name": ["Chattogram", "Cox's Bazar"]},
                              geometry=[g.representative_point() for g in DISTRICTS.values()], crs=4326)
    points.to_file(folder / "xy_admbndp2.geojson", driver="GeoJSON")  # label points: no polygons
    (folder / "metadata.json").write_text('{"title": "boundaries"}', encoding="utf-8")
    (folder / "readme.pdf").write_bytes(b"%PDF-1.4")
    b = read_boundaries([folder])
    assert sorted(b.levels) == [1, 2, 3]
    assert len(b.levels[2].areas) == 2 and all(g.area > 0 for g in b.levels[2].geometries)  # points did not replace them
    assert any("xy_admbndp2" in n and "no polygons" in n for n in b.notes)
    assert any("metadata.json" in n and "Skipped" in n for n in b.notes)


def test_a_file_given_by_name_that_is_not_boundaries_still_stops_the_run(tmp_path):
    (tmp_path / "metadata.json").write_text('{"title": "boundaries"}', encoding="utf-8")
    with pytest.raises(UserFacingError):
        read_boundaries([tmp_path / "metadata.json"])


def test_an_empty_folder_says_so(tmp_path):
    (tmp_path / "empty").mkdir()
    with pytest.raises(BoundaryError, match="holds no GeoJSON"):
        read_boundaries([tmp_path / "empty"])
