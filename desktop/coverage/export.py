"""Saving the service type shown in the gap panel: the dialog around
:func:`mapping.coverage.gap_view.write_outcome` (its table, a GeoPackage for QGIS, or its raster)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox

from mapping.coverage.gap_view import write_outcome


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
