"""Tools ▸ Export the directory…: the directory in an exchange format, for one admin area or all.

The same request as ``servicemap export`` (:class:`importers.formats.export.ExportRequest`),
written in the background. Confidential services are listed without their location unless the
user ticks the box, which says what that means.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QVBoxLayout,
)

from desktop.window.panels import project_path_for
from desktop.worker import TaskRunner
from directory.errors import UserFacingError
from directory.tasks import InvalidRequest
from importers.formats import DESCRIPTIONS, FORMATS, module
from importers.formats.export import ExportRequest, run_export

# What each format of importers.formats.FORMATS is for, as importers.formats.DESCRIPTIONS says it in English
# (the command line's words), marked here for translation.
DESCRIBED: dict[str, str] = {
    "hsds": QT_TRANSLATE_NOOP("ExportDialog", "Open Referral HSDS 3.0: JSON (.json) or tabular data package (folder or .zip)"),
    "hxl": QT_TRANSLATE_NOOP("ExportDialog", "HXL-tagged 3W/4W table (.csv or .xlsx)"),
    "xlsx": QT_TRANSLATE_NOOP("ExportDialog", "formatted XLSX directory"),
    "csv": QT_TRANSLATE_NOOP("ExportDialog", "plain CSV, one row per service at a site"),
    "gpkg": QT_TRANSLATE_NOOP("ExportDialog", "GeoPackage point layer for QGIS"),
    "geojson": QT_TRANSLATE_NOOP("ExportDialog", "GeoJSON points for web maps"),
    "kml": QT_TRANSLATE_NOOP("ExportDialog", "KML for phone map apps"),
    "vcard": QT_TRANSLATE_NOOP("ExportDialog", "vCard contacts for phones"),
}


class ExportDialog(QDialog):
    exported = Signal(object)  # the ExportRun

    def __init__(self, window, *, synchronous: bool = False):
        super().__init__(window)
        self.window_ = window
        self.setWindowTitle(self.tr("Export the directory"))
        self.runner = TaskRunner(self, synchronous=synchronous)
        self.format = QComboBox(self)
        for name in FORMATS:
            self.format.addItem(f"{name} — {self.description(name)}", name)
        self.format.currentIndexChanged.connect(self._suggest_name)
        self.area = QComboBox(self)
        self.confidential = QCheckBox(self.tr("Include where confidential services (safe houses) are"), self)
        self.confidential.setToolTip(self.tr("Without it they are listed without their location. Share such a file "
                                             "only with those who may know where a safe house is."))
        self.path = QLineEdit(self)
        self.path.setAccessibleName(self.tr("File"))  # its form row holds a layout, so it has no buddy label
        choose = QPushButton(self.tr("Choose…"), self, clicked=self.choose_file)
        self.status = QLabel(self, wordWrap=True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.export_button = self.buttons.addButton(self.tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.export)
        self.buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(choose)
        form = QFormLayout()
        form.addRow(self.tr("Format"), self.format)
        form.addRow(self.tr("Admin area"), self.area)
        form.addRow("", self.confidential)
        form.addRow(self.tr("File"), row)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.resize(620, 240)
        if hasattr(window, "projectChanged"):
            window.projectChanged.connect(lambda _project: self._fill_areas())
        self._fill_areas()

    def description(self, name: str) -> str:
        """What format ``name`` is for, in the interface's language (English for one not listed here)."""
        return self.tr(DESCRIBED[name]) if name in DESCRIBED else DESCRIPTIONS.get(name, "")

    def _fill_areas(self) -> None:
        self.area.clear()
        self.area.addItem(self.tr("All areas"), None)
        project = getattr(self.window_, "project", None)
        if project is None:
            return
        levels = project.admin_levels()
        for level in levels[:2]:  # divisions and districts: enough to choose from, short enough to scroll
            for a in sorted(project.admin_areas(level), key=lambda a: a.name):
                self.area.addItem(f"{'    ' * (level - levels[0])}{a.name} ({a.pcode})", a.pcode)
        self._suggest_name()

    def _suggest_name(self) -> None:
        """A name from the project and the format; a name the user typed or chose keeps its folder and
        stem when the format changes (only its ending follows the format)."""
        project = getattr(self.window_, "project", None)
        fmt = self.format.currentData()
        ending = next((s for s in module(fmt).SUFFIXES if s), "")
        typed = self.path.text().strip()
        if typed and typed != getattr(self, "_suggested", None):
            self.path.setText(str(Path(typed).with_suffix(ending)) if Path(typed).suffix else typed)
            return
        folder = Path(project.path).parent if project is not None else Path.home()
        stem = Path(project.path).stem if project is not None else "directory"
        self._suggested = str(folder / f"{stem}-{fmt}{ending}")
        self.path.setText(self._suggested)

    def choose_file(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.windowTitle(), self.path.text())
        if path:
            self.path.setText(path)

    def request(self) -> ExportRequest:
        return ExportRequest(project_path_for(self.window_) or "", self.format.currentData(), self.path.text().strip(),
                             area=self.area.currentData(), include_confidential=self.confidential.isChecked())

    def export(self) -> None:
        request = self.request()
        try:
            request.validate()
        except InvalidRequest as exc:
            self.status.setText(exc.describe(self._label))
            return
        self.export_button.setEnabled(False)
        self.status.setText(self.tr("Writing %1…").replace("%1", request.out.name))
        self.runner.start(run_export, request, on_done=self._done, on_error=self._failed)

    def _done(self, run) -> None:
        self.export_button.setEnabled(True)
        text = self.tr("Wrote %1 records to %2.").replace("%1", str(run.records)).replace("%2", str(run.request.out))
        if run.confidential_withheld:
            text += " " + self.tr("Confidential services are listed without their location.")
        self.status.setText(text)
        self.exported.emit(run)

    def _failed(self, exc: BaseException) -> None:
        self.export_button.setEnabled(True)
        if isinstance(exc, InvalidRequest):
            self.status.setText(exc.describe(self._label))
        elif isinstance(exc, UserFacingError):
            self.status.setText(str(exc))
        else:
            raise exc

    def _label(self, field: str) -> str:
        return {"out": self.tr("File"), "area": self.tr("Admin area"), "format": self.tr("Format")}.get(field, field)


def open_export_dialog(window) -> ExportDialog:
    """The factory registered in :mod:`desktop.window.panels`."""
    return ExportDialog(window)
