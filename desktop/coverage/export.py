"""Saving the service type shown in the gap panel: the dialog around
:func:`mapping.coverage.gap_view.write_outcome` (its table, a GeoPackage for QGIS, or its raster)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox

from desktop.coverage.results import TABLE_COLUMNS, column_titles
from desktop.coverage.words import kind_word, note_in_words
from mapping.coverage.gap_view import write_outcome

#: The exported table's columns the panel's table does not show, in words (for pyside6-lupdate).
_MORE_TITLES = {
    "level": QT_TRANSLATE_NOOP("GapExport", "Admin level"),
    "population": QT_TRANSLATE_NOOP("GapExport", "Population (all ages)"),
    "children": QT_TRANSLATE_NOOP("GapExport", "Children (0–17)"),
    "analysed": QT_TRANSLATE_NOOP("GapExport", "Analysed (%1)"),
    "services_per_10k": QT_TRANSLATE_NOOP("GapExport", "Services per 10,000 %1"),
    "unit": QT_TRANSLATE_NOOP("GapExport", "Unit"),
}


def table_words(result, type_label: str, parent_level: str = "") -> tuple[dict[str, str], list[list[str]]]:
    """The exported table's headers (column name -> words) and its Notes sheet, in the interface's language,
    as the panel shows them (``parent_level``: the name of the level the areas lie in, "District")."""
    t = lambda text: QCoreApplication.translate("GapExport", text)  # marked for lupdate in _MORE_TITLES, _NOTE_LABELS
    children = result.population_kind == "children"
    titles = dict(zip(TABLE_COLUMNS, column_titles(children, str(result.threshold), result.threshold.unit)))
    titles.update({name: t(text) for name, text in _MORE_TITLES.items()})
    titles["parent"] = parent_level or titles["parent"]
    for name in ("analysed", "services_per_10k"):
        titles[name] = titles[name].replace("%1", kind_word(result.population_kind))
    notes = [[t("Service type"), type_label or result.service_type], [t("Within"), str(result.threshold)],
             [t("Population analysed"), kind_word(result.population_kind)]]
    notes += [[t("Note"), note_in_words(n)] for n in result.notes]
    return titles, notes


#: For pyside6-lupdate, which reads only literal calls.
_NOTE_LABELS = [QT_TRANSLATE_NOOP("GapExport", "Service type"), QT_TRANSLATE_NOOP("GapExport", "Within"),
                QT_TRANSLATE_NOOP("GapExport", "Population analysed"), QT_TRANSLATE_NOOP("GapExport", "Note")]


def export_dialog(parent, outcome, project_path, type_label: str = "", parents: dict[str, str] | None = None,
                  parent_level: str = "") -> Path | None:
    """Ask where to save the type shown, write it with its headers and notes in the interface's language,
    and say where it went (or why not)."""
    from directory.errors import UserFacingError

    name = f"gaps-{outcome.result.service_type}.xlsx"
    path, _ = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("GapExport", "Export the gap analysis"), name,
        QCoreApplication.translate("GapExport", "Excel workbook (*.xlsx);;CSV table (*.csv);;GeoPackage for QGIS (*.gpkg);;Distance or travel-time raster (*.tif)"))
    if not path:
        return None
    try:
        titles, notes = table_words(outcome.result, type_label, parent_level)
        return write_outcome(outcome, path, project_path, titles=titles, notes=notes, parents=parents or None)
    except UserFacingError as exc:
        QMessageBox.warning(parent, QCoreApplication.translate("GapExport", "Export the gap analysis"), str(exc))
    except OSError as exc:
        QMessageBox.warning(parent, QCoreApplication.translate("GapExport", "Export the gap analysis"),
                            QCoreApplication.translate("GapExport", "Could not write %s: %s. Choose another place.") % (path, exc.strerror or exc))
    return None
