"""Saving the service type shown in the gap panel: its table (CSV, XLSX, GeoPackage) or its raster (GeoTIFF).

A GeoPackage holds the areas with their gap columns, the catchments, and the distance or
travel-time bands drawn on the panel's map, ready for QGIS. Like the map, none of it carries
a confidential service's point.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox


def write_outcome(outcome, path: str | Path, project_path: str | Path) -> Path:
    """Write one type's result by the file's extension: .csv, .xlsx, .gpkg (with a ``bands`` layer) or .tif."""
    from directory.store import Project
    from mapping.coverage.export import write_raster, write_table

    path = Path(path)
    if path.suffix.lower() in (".tif", ".tiff"):
        return write_raster(outcome.result, path)
    with Project.open(project_path) as project:
        write_table(outcome.result, path, project)
    if path.suffix.lower() == ".gpkg" and outcome.bands and outcome.bands["features"]:
        import geopandas as gpd

        frame = gpd.GeoDataFrame.from_features(outcome.bands["features"], crs=4326)
        frame["service_type"] = outcome.result.service_type
        frame[["service_type", "lo", "hi", "unit", "label", "within", "geometry"]].to_file(
            path, layer="bands", driver="GPKG")
    return path


def export_dialog(parent, outcome, project_path) -> Path | None:
    """Ask where to save the type shown, write it, and say where it went (or why not)."""
    from directory.errors import UserFacingError

    name = f"gaps-{outcome.result.service_type}.xlsx"
    path, _ = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("GapExport", "Export the gap analysis"), name,
        QCoreApplication.translate("GapExport", "Excel workbook (*.xlsx);;CSV table (*.csv);;GeoPackage for QGIS (*.gpkg);;Distance or travel-time raster (*.tif)"))
    if not path:
        return None
    try:
        return write_outcome(outcome, path, project_path)
    except UserFacingError as exc:
        QMessageBox.warning(parent, QCoreApplication.translate("GapExport", "Export the gap analysis"), str(exc))
    except OSError as exc:
        QMessageBox.warning(parent, QCoreApplication.translate("GapExport", "Export the gap analysis"),
                            QCoreApplication.translate("GapExport", "Could not write %s: %s. Choose another place.") % (path, exc.strerror or exc))
    return None
