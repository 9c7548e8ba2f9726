"""Writing a gap analysis out: the per-area table (CSV, XLSX, GeoPackage), catchments, the raster.

Nothing written here carries a confidential service's point: the raster and the catchments
come from :attr:`GapResult.measure`, measured from the services the confidentiality policy
lets coverage draw. Every text goes through :mod:`directory.safe_text` (area and site names
come from boundary files and candidate lists).
"""

from __future__ import annotations

import csv
from pathlib import Path

import numpy as np

from directory import safe_text
from directory.errors import UserFacingError
from mapping.coverage.zonal import COLUMNS

FORMATS = (".csv", ".xlsx", ".gpkg")


class ExportError(UserFacingError):
    """An output ServiceMap cannot write as asked."""


def catchments(result):
    """The land within the threshold of a (non-confidential) service: a GeoDataFrame in EPSG:4326."""
    import geopandas as gpd
    import shapely
    from rasterio import features

    mask = (result.measure <= result.threshold.value).astype("uint8")
    geoms = [shapely.geometry.shape(g) for g, v in features.shapes(mask, mask=mask.astype(bool), transform=result.grid.transform) if v == 1]
    frame = gpd.GeoDataFrame({"service_type": [result.service_type] * len(geoms),
                              "within": [str(result.threshold)] * len(geoms)}, geometry=geoms, crs=result.grid.crs)
    if len(frame):
        frame = frame.dissolve(by=["service_type", "within"]).reset_index()
    return frame.to_crs(4326)


def write_raster(result, path: str | Path) -> Path:
    """The distance (km) or travel-time (minutes) raster as a GeoTIFF; -1 marks cells beyond reach."""
    import rasterio

    path = Path(path)
    data = np.where(np.isfinite(result.measure), result.measure, -1).astype("float32")
    profile = dict(driver="GTiff", width=result.grid.cols, height=result.grid.rows, count=1, dtype="float32",
                   crs=result.grid.crs.to_wkt(), transform=result.grid.transform, nodata=-1, compress="deflate")
    with rasterio.open(path, "w", **profile) as dst:
        dst.write(data, 1)
        dst.update_tags(service_type=result.service_type, unit=result.threshold.unit, threshold=str(result.threshold))
    return path


def write_table(result, path: str | Path, project=None, *, titles: dict[str, str] | None = None,
                notes: list[list[str]] | None = None, parents: dict[str, str] | None = None) -> Path:
    """The per-area table, by the file's extension: .csv, .xlsx (with a Notes sheet) or .gpkg (with areas and catchments).

    ``titles`` (column name -> header) and ``notes`` (the Notes sheet's rows) are what a person reads, in
    their language: the desktop gives them. Without them, as from the command line, the headers are the
    column names and the notes are in English. A GeoPackage keeps the column names, for QGIS's fields.
    ``parents`` (P-code -> the name of the area it lies in) adds a ``parent`` column after the name."""
    path = Path(path)
    ext = path.suffix.lower()
    if ext not in FORMATS:
        raise ExportError(f"{path}: write the gap table as .csv, .xlsx or .gpkg.")
    if not path.parent.exists():
        raise ExportError(f"{path.parent}: no such folder. Create it first, or choose another place.")
    columns = COLUMNS if parents is None else [*COLUMNS[:COLUMNS.index("name") + 1], "parent",
                                               *COLUMNS[COLUMNS.index("name") + 1:]]
    rows = [[safe_text.plain(parents.get(r["pcode"]) if c == "parent" else r.get(c)) for c in columns]
            for r in sorted(result.rows, key=lambda r: r["rank"])]
    if ext in (".csv", ".xlsx"):
        if notes is None:
            notes = [["service type", result.service_type], ["within", str(result.threshold)],
                     ["population analysed", result.population_kind]] + [["note", n] for n in result.notes]
        _write_sheet(path, "Gaps", [(titles or {}).get(c, c) for c in columns], rows, notes)
    else:
        import geopandas as gpd

        if project is None:
            raise ExportError("a GeoPackage export needs the project's boundaries")
        areas, polygons = project.admin_geometries(result.level)
        geom = {a.pcode: g for a, g in zip(areas, polygons)}
        frame = gpd.GeoDataFrame(
            [dict(zip(columns, r)) for r in rows], geometry=[geom[r[0]] for r in rows], crs=4326
        )
        if path.exists():
            path.unlink()
        frame.to_file(path, layer="gaps", driver="GPKG")
        catch = catchments(result)
        if len(catch):
            catch.to_file(path, layer="catchments", driver="GPKG")
    return path


def _write_sheet(path: Path, title: str, columns: list[str], rows: list[list], notes: list[list]) -> None:
    """A table as CSV (the notes left out) or as XLSX (frozen header, and a Notes sheet)."""
    if path.suffix.lower() == ".csv":
        with path.open("w", newline="", encoding="utf-8-sig") as f:
            w = csv.writer(f)
            for row in [columns, *rows]:
                w.writerow([safe_text.csv_cell(v) for v in row])
        return
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = title
    for n, row in enumerate([columns, *rows], start=1):
        safe_text.set_xlsx_row(ws, n, row)
    ws.freeze_panes = "A2"
    sheet = wb.create_sheet("Notes")
    for n, note in enumerate(notes, start=1):
        safe_text.set_xlsx_row(sheet, n, note)
    wb.save(path)


def raster_bytes(result) -> bytes:
    """The raster as GeoTIFF bytes, for keeping in the project."""
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        path = write_raster(result, Path(tmp) / "measure.tif")
        return path.read_bytes()


SITE_COLUMNS = ["pick", "name", "latitude", "longitude", "adds", "cumulative", "method", "service_type", "within"]


def write_sites(placement, path: str | Path, result) -> list[dict]:
    """The suggested sites, with what each adds, as .csv, .xlsx or .gpkg; returns the rows."""
    path = Path(path)
    rows = [{"pick": p.order, "name": safe_text.plain(p.name), "latitude": round(p.lat, 6), "longitude": round(p.lon, 6),
             "adds": p.adds, "cumulative": p.cumulative, "method": placement.method,
             "service_type": result.service_type, "within": str(result.threshold)} for p in placement.picks]
    ext = path.suffix.lower()
    if ext in (".csv", ".xlsx"):
        table = [[r[c] for c in SITE_COLUMNS] for r in rows]
        _write_sheet(path, "Suggested sites", SITE_COLUMNS, table, [[n] for n in result.notes + placement.notes])
    elif ext == ".gpkg":
        import geopandas as gpd

        if path.exists():
            path.unlink()
        frame = gpd.GeoDataFrame(rows, geometry=gpd.points_from_xy([r["longitude"] for r in rows],
                                                                    [r["latitude"] for r in rows]), crs=4326)
        frame.to_file(path, layer="suggested_sites", driver="GPKG")
    else:
        raise ExportError(f"{path}: write the suggested sites as .csv, .xlsx or .gpkg.")
    return rows
