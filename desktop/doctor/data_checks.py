"""Checks of the data files ServiceMap reads at run time: its own, and PROJ's and GDAL's."""

from __future__ import annotations

import tempfile
from pathlib import Path

from desktop.doctor.finding import Finding, describe

PROJ_NAME = "Map projections (PROJ and GDAL data)"
OWN_NAME = "ServiceMap's own files (service types, pathway texts, map assets)"
REINSTALL = "Reinstall ServiceMap."

#: A small GeoJSON file: GDAL reads its coordinate system through PROJ's database.
_GEOJSON = '{"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {}, ' \
           '"geometry": {"type": "Point", "coordinates": [91.8, 22.3]}}]}'


def projections() -> Finding:
    """pyproj, pyogrio and rasterio each bring their own PROJ database; each must find it."""
    try:
        import pyogrio
        import pyproj
        import rasterio.crs

        x, _ = pyproj.Transformer.from_crs(4326, 32646, always_xy=True).transform(91.8, 22.3)
        if not 100_000 < x < 900_000:
            raise ValueError(f"a point in Chattogram came out at x = {x}")
        with tempfile.TemporaryDirectory(prefix="servicemap-doctor-") as tmp:
            sample = Path(tmp) / "sample.geojson"
            sample.write_text(_GEOJSON, encoding="utf-8")
            crs = pyogrio.read_info(sample)["crs"]
        if crs != "EPSG:4326":
            raise ValueError(f"GDAL (pyogrio) read the coordinate system as {crs!r}")
        rasterio.crs.CRS.from_epsg(32646).to_wkt()
    except Exception as exc:  # noqa: BLE001 - whatever broke, the user gets the same advice
        return Finding(PROJ_NAME, False, describe(exc),
                       "If PROJ_LIB, PROJ_DATA or GDAL_DATA are set on this computer, remove them (they may point at "
                       "another version's files); otherwise " + REINSTALL.lower())  # fmt: skip
    return Finding(PROJ_NAME, True, f"PROJ {pyproj.proj_version_str}, data in {pyproj.datadir.get_data_dir()}; "
                                    f"GDAL data for pyogrio and rasterio found.")  # fmt: skip


def own_files() -> Finding:
    """The taxonomy, pathway texts, translations and the offline map's scripts and styles."""
    try:
        import resources
        from mapping.maps.assets import copy_assets

        for name in ("taxonomy.json", "pathways/en.json", "pathways/print.css", "translations", "demo"):
            resources.path(name)
        with tempfile.TemporaryDirectory(prefix="servicemap-doctor-") as tmp:
            copy_assets(Path(tmp))
    except Exception as exc:  # noqa: BLE001
        return Finding(OWN_NAME, False, describe(exc), REINSTALL)
    return Finding(OWN_NAME, True, "all present.")
