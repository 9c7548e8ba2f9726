"""What a gap analysis is measured over: the admin level, the population and the travel-time inputs.

A form of the coverage-gap panel: the population (a COD-PS table or a raster) and, optionally,
a raster that spreads a table's people inside each area; for travel time, roads (lines or an
OpenStreetMap .osm.pbf), land cover and an off-road walking speed; capacity-aware coverage.
:meth:`GapInputs.request` turns it into one :class:`mapping.coverage.request.GapsRequest` per
service type; :meth:`GapInputs.label` words a request's field as the form calls it.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from mapping.coverage.request import GapsRequest
from mapping.coverage.roads import WALKING_KMH


class GapInputs(QWidget):
    """The level, population, spread-by, roads, land cover, walking speed and capacity fields."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.level = QComboBox(self)
        self.population, population = self._file_field(self.tr("COD-PS table (.csv/.xlsx) or raster (.tif)"),
                                                        "Population (*.csv *.xlsx *.tif *.tiff)")
        self.spread, spread = self._file_field(
            self.tr("optional: a population raster (.tif) that places a table's people"),
            "Population raster (*.tif *.tiff)")
        self.roads, roads = self._file_field(
            self.tr("optional: road lines or an OpenStreetMap .osm.pbf, for travel time"),
            "Roads (*.gpkg *.geojson *.shp *.pbf)")
        self.landcover, land = self._file_field(self.tr("optional: land-cover raster (.tif), for travel time"),
                                                "Land cover (*.tif *.tiff)")
        self.walking = QDoubleSpinBox(self)
        self.walking.setRange(0.5, 20.0)
        self.walking.setDecimals(1)
        self.walking.setSingleStep(0.5)
        self.walking.setValue(WALKING_KMH)
        self.walking.setSuffix(" km/h")
        self.walking.setToolTip(self.tr("Off-road walking speed where no land cover says otherwise; changing it "
                                        "measures travel time"))
        self.capacity = QCheckBox(self.tr("Limit each service to its capacity"), self)

        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Admin level"), self.level)
        form.addRow(self.tr("Population"), population)
        form.addRow(self.tr("Spread by"), spread)
        form.addRow(self.tr("Roads"), roads)
        land.addWidget(QLabel(self.tr("Walking"), self))
        land.addWidget(self.walking)
        form.addRow(self.tr("Land cover"), land)
        form.addRow("", self.capacity)

    def _file_field(self, placeholder: str, filter_: str) -> tuple[QLineEdit, QHBoxLayout]:
        """A path field, and the row that holds it with its Browse… button."""
        edit = QLineEdit(self)
        edit.setPlaceholderText(placeholder)
        browse = QPushButton(self.tr("Browse…"), self)
        browse.clicked.connect(lambda: self._browse(edit, filter_))
        row = QHBoxLayout()
        row.addWidget(edit, 1)
        row.addWidget(browse)
        return edit, row

    def _browse(self, edit: QLineEdit, filter_: str) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a file"), "", filter_)
        if path:
            edit.setText(path)

    def set_levels(self, names: dict[int, str]) -> None:
        """The project's admin levels, the finest chosen."""
        self.level.clear()
        for level, name in names.items():
            self.level.addItem(f"{level} {name}", level)
        self.level.setCurrentIndex(self.level.count() - 1)

    def request(self, project_path, code: str, within: str) -> GapsRequest:
        """One analysis of service type ``code`` (``within`` "" for the type's default threshold)."""
        walking = self.walking.value()
        return GapsRequest(project_path, code, within, level=self.level.currentData(), population=_path(self.population),
                           roads=_path(self.roads), capacity=self.capacity.isChecked(), spread_by=_path(self.spread),
                           landcover=_path(self.landcover),
                           walking_speed=None if abs(walking - WALKING_KMH) < 1e-9 else walking)

    def label(self, name: str) -> str:
        """A request field as this form names it (for its messages)."""
        labels = {"within": self.tr("Within"), "level": self.tr("Admin level"), "population": self.tr("Population"),
                  "spread_by": self.tr("Spread by"), "roads": self.tr("Roads"), "landcover": self.tr("Land cover"),
                  "walking_speed": self.tr("Walking")}
        return labels.get(name, name.replace("_", " "))


def _path(edit: QLineEdit) -> str | None:
    return edit.text().strip() or None
