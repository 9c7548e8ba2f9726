"""What a gap analysis is measured over: every option ``servicemap gaps`` has, as a form.

Where and how finely: the admin level, the areas in scope, the grid's cell size, capacity-aware
coverage. Who: the population (a COD-PS table or a raster; empty uses the population the
project keeps, which the form says) and a raster that spreads a table's people inside each
area. Travel time (with a threshold in minutes): roads (lines or an OpenStreetMap .osm.pbf),
water and other barriers, elevation, land cover with its speeds table, and the off-road walking
speed. :meth:`GapInputs.request` turns the form into one
:class:`mapping.coverage.request.GapsRequest` per service type; :meth:`GapInputs.label` words a
request's field as the form calls it.
"""

from __future__ import annotations

import re

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.decimal_box import DecimalBox
from mapping.coverage.request import GapsRequest
from mapping.coverage.roads import WALKING_KMH


class GapInputs(QWidget):
    """The fields of a gap analysis beyond the service types and their thresholds."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.level = QComboBox(self)
        self.scope = QLineEdit(self)
        self.scope.setPlaceholderText(self.tr("all areas that hold services"))
        self.scope.setToolTip(self.tr("P-codes of the areas to analyse, separated by commas (any level); "
                                      "empty: the top-level areas that hold services"))
        self.cell = QSpinBox(self)
        self.cell.setRange(0, 10_000)
        self.cell.setSingleStep(50)
        self.cell.setSuffix(" m")
        self.cell.setSpecialValueText(self.tr("by the areas' size"))
        self.cell.setToolTip(self.tr("The side of the analysis grid's cells; smaller is finer and slower"))
        self.capacity = QCheckBox(self.tr("Limit each service to its capacity"), self)

        self.population, population = self._file_field(self.tr("people in each area: a table (.csv/.xlsx) or a map (.tif)"),
                                                        "Population (*.csv *.xlsx *.tif *.tiff)")
        self._population_hint = self.population.placeholderText()
        self.spread, spread = self._file_field(
            self.tr("optional: a population raster (.tif) that places a table's people"),
            "Population raster (*.tif *.tiff)")

        self.roads, roads = self._file_field(self.tr("optional: road lines or an OpenStreetMap .osm.pbf"),
                                             "Roads (*.gpkg *.geojson *.shp *.pbf)")
        self.water, water = self._file_field(self.tr("optional: rivers, lakes and other barriers (lines or areas)"),
                                             "Water and barriers (*.gpkg *.geojson *.shp)")
        self.dem, dem = self._file_field(self.tr("optional: elevation raster (.tif), for slopes"),
                                         "Elevation (*.tif *.tiff)")
        self.landcover, land = self._file_field(self.tr("optional: land-cover raster (.tif)"),
                                                "Land cover (*.tif *.tiff)")
        self.speeds, speeds = self._file_field(self.tr("optional: speeds per land-cover class (.csv)"),
                                               "Speeds (*.csv)")
        self.walking = DecimalBox(self)
        self.walking.setRange(0.5, 20.0)
        self.walking.setDecimals(1)
        self.walking.setSingleStep(0.5)
        self.walking.setValue(WALKING_KMH)
        self.walking.setSuffix(" km/h")
        self.walking.setToolTip(self.tr("Off-road walking speed where no land cover says otherwise; changing it "
                                        "measures travel time"))

        where = QGroupBox(self.tr("Where"), self)
        form = QFormLayout(where)
        self.rows = {}  # request field -> its label in the form, for messages
        self._add(form, "level", self.tr("Admin level"), self.level)
        self._add(form, "scope", self.tr("Areas"), self.scope)
        self._add(form, "cell", self.tr("Grid cells"), self.cell)
        form.addRow("", self.capacity)
        people = QGroupBox(self.tr("Population"), self)
        form = QFormLayout(people)
        self._add(form, "population", self.tr("Population"), population)
        self._add(form, "spread_by", self.tr("Spread by"), spread)
        travel = QGroupBox(self.tr("Travel time (with a threshold in minutes)"), self)
        form = QFormLayout(travel)
        self._add(form, "roads", self.tr("Roads"), roads)
        self._add(form, "water", self.tr("Water"), water)
        self._add(form, "dem", self.tr("Elevation"), dem)
        self._add(form, "landcover", self.tr("Land cover"), land)
        self._add(form, "landcover_speeds", self.tr("Speeds"), speeds)
        self._add(form, "walking_speed", self.tr("Walking"), self.walking)
        self.rows["within"] = self.tr("Within")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for box in (where, people, travel):
            layout.addWidget(box)

    def _add(self, form: QFormLayout, field: str, label: str, widget) -> None:
        form.addRow(label, widget)
        self.rows[field] = label
        buddy = form.labelForField(widget)
        target = widget if isinstance(widget, QWidget) else widget.itemAt(0).widget()
        if buddy is not None:
            buddy.setBuddy(target)  # the label reads out with its field
        target.setAccessibleName(label)
        if not isinstance(widget, QWidget):  # a file field: its Browse… button says for what
            widget.itemAt(1).widget().setAccessibleName(self.tr("Choose a file: %1").replace("%1", label))

    def _file_field(self, placeholder: str, filter_: str) -> tuple[QLineEdit, QHBoxLayout]:
        """A path field, and the row that holds it with its Browse… button."""
        edit = QLineEdit(self)
        edit.setPlaceholderText(placeholder)
        edit.setToolTip(placeholder)
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

    def set_stored_population(self, label: str | None) -> None:
        """Say, in the empty population field, which population the project keeps (None: none)."""
        text = self.tr("empty: the project's population — %1").replace("%1", label) if label else self._population_hint
        self.population.setPlaceholderText(text)
        self.population.setToolTip(text)

    def request(self, project_path, code: str, within: str) -> GapsRequest:
        """One analysis of service type ``code`` (``within`` "" for the type's default threshold)."""
        walking = self.walking.value()
        return GapsRequest(
            project_path, code, within, level=self.level.currentData(), population=_path(self.population),
            spread_by=_path(self.spread), roads=_path(self.roads), water=_path(self.water), dem=_path(self.dem),
            landcover=_path(self.landcover), landcover_speeds=_path(self.speeds),
            walking_speed=None if abs(walking - WALKING_KMH) < 1e-9 else walking,
            scope=[p for p in re.split(r"[\s,;]+", self.scope.text().strip()) if p],
            cell=float(self.cell.value()) or None, capacity=self.capacity.isChecked())

    def label(self, name: str) -> str:
        """A request field as this form names it (for its messages)."""
        return self.rows.get(name, name.replace("_", " "))


def _path(edit: QLineEdit) -> str | None:
    return edit.text().strip() or None
