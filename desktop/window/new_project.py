"""File ▸ New project: choose the admin boundaries, see the levels found, name the file, create.

The same rules as ``servicemap init`` (:class:`importers.project_setup.NewProjectRequest`):
GeoJSON, GeoPackage, Shapefile or .zip files, or the folder of an unzipped COD-AB download.
Reading the boundaries and writing the project run in the background; the dialog shows each
level with its number of areas and a few names, the country found, and notes on anything
skipped, and lets the user say what the levels are called.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, QStandardPaths, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QListWidget, QMessageBox, QProgressBar, QPushButton, QScrollArea, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget,
)

from desktop.worker import TaskRunner
from directory.errors import UserFacingError
from directory.tasks import InvalidRequest
from importers.project_setup import NewProjectRequest, create_project, read_levels

BOUNDARY_FILTER = "Boundaries (*.geojson *.json *.gpkg *.shp *.zip);;All files (*)"
EXAMPLES = 3  # area names shown per level
# A long name of a level, which the "Called" column has room for before anything is typed.
LONG_LEVEL_NAME = "Union / Municipality"


class NewProjectDialog(QDialog):
    """Creates a project from boundary files; :attr:`created` sends its path."""

    created = Signal(object)

    def __init__(self, parent=None, *, folder: Path | None = None, synchronous: bool = False):
        super().__init__(parent)
        self.setWindowTitle(self.tr("New project"))
        self.folder = folder or Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation))
        if not self.folder.is_dir():
            self.folder = Path.home()
        self.runner = TaskRunner(self, synchronous=synchronous)
        self.boundaries = None  # importers.boundaries.Boundaries, once read

        self.files = QListWidget(self)
        self.files.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.files.setFixedHeight(76)
        self.files.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # paths read left to right in every language
        add_files = QPushButton(self.tr("Add files…"), self, clicked=self.add_files)
        add_folder = QPushButton(self.tr("Add a folder…"), self, clicked=self.add_folder)
        remove = QPushButton(self.tr("Remove"), self, clicked=self.remove_selected)
        hint = QLabel(self.tr("OCHA COD-AB or geoBoundaries admin boundaries: GeoJSON, GeoPackage, Shapefile, a .zip, "
                              "or the folder of an unzipped download."), self, wordWrap=True)
        self.levels = QTableWidget(0, 4, self)
        self.levels.setHorizontalHeaderLabels([self.tr("Level"), self.tr("Called"), self.tr("Areas"),
                                               self.tr("For example")])
        self.levels.verticalHeader().hide()
        header = self.levels.horizontalHeader()
        header.setStretchLastSection(True)
        for col in (0, 2):  # Level, Areas: short numbers
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.levels.itemChanged.connect(lambda item: item.column() == 1 and self._fit_names())
        self.levels.setFixedHeight(130)
        self.levels.setToolTip(self.tr("Double-click a name under “Called” to change it"))
        self.country = QLineEdit(self)
        self.country.setPlaceholderText(self.tr("read from the boundaries (e.g. BGD)"))
        self.country.setMaximumWidth(160)
        self.notes = QLabel(self, wordWrap=True)
        self.path = QLineEdit(self)
        self.path.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.path.textChanged.connect(self._update_buttons)
        choose = QPushButton(self.tr("Choose…"), self, clicked=self.choose_file)
        self.status = QLabel(self, wordWrap=True)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 100)
        self.progress.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.create_button = self.buttons.addButton(self.tr("Create"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.create)
        self.buttons.rejected.connect(self.reject)

        row = QHBoxLayout()
        for button in (add_files, add_folder, remove):
            row.addWidget(button)
        row.addStretch(1)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(choose)
        body = QWidget(self)
        form = QVBoxLayout(body)
        form.addWidget(QLabel("<b>" + self.tr("1. Admin boundaries") + "</b>", self))
        form.addWidget(hint)
        form.addWidget(self.files)
        form.addLayout(row)
        form.addWidget(QLabel("<b>" + self.tr("2. Levels found") + "</b>", self))
        form.addWidget(self.levels)
        country = QFormLayout()
        country.addRow(self.tr("Country"), self.country)
        form.addLayout(country)
        form.addWidget(self.notes)
        form.addWidget(QLabel("<b>" + self.tr("3. The project file") + "</b>", self))
        form.addLayout(file_row)
        form.addStretch(1)
        scroll = QScrollArea(self)  # scrolls on a small screen instead of growing past it
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)
        self.resize(720, 560)
        self._update_buttons()

    # --- boundaries --------------------------------------------------------------------

    def add_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Choose the boundary files"), str(self.folder),
                                                BOUNDARY_FILTER)
        self.add_paths([Path(p) for p in paths])

    def add_folder(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Choose the folder of boundary files"), str(self.folder))
        if path:
            self.add_paths([Path(path)])

    def remove_selected(self) -> None:
        for item in self.files.selectedItems():
            self.files.takeItem(self.files.row(item))
        self._read()

    def add_paths(self, paths: list[Path]) -> None:
        """Add boundary files or folders and read them all again."""
        known = set(self.chosen())
        for path in paths:
            if path not in known:
                self.files.addItem(str(path))
        if paths:
            self._read()

    def chosen(self) -> list[Path]:
        return [Path(self.files.item(i).text()) for i in range(self.files.count())]

    def request(self, overwrite: bool = False) -> NewProjectRequest:
        names = [self.levels.item(row, 1).text() for row in range(self.levels.rowCount())]
        return NewProjectRequest(Path(self.path.text().strip()) if self.path.text().strip() else Path(""),
                                 self.chosen(), country=self.country.text(), level_names=names, overwrite=overwrite)

    def _read(self) -> None:
        self.boundaries = None
        self.levels.setRowCount(0)
        self.notes.clear()
        self._update_buttons()
        if not self.chosen():
            self.status.clear()
            self.runner.cancel()
            return
        self.status.setText(self.tr("Reading the boundaries…"))
        self.runner.start(read_levels, NewProjectRequest(Path("new.gpkg"), self.chosen()), on_done=self._show_levels,
                          on_error=self._failed)

    def _show_levels(self, boundaries) -> None:
        self.boundaries = boundaries
        self.levels.setRowCount(len(boundaries.levels))
        for row, (level, layer) in enumerate(sorted(boundaries.levels.items())):
            examples = ", ".join(a.name for a in layer.areas[:EXAMPLES]) + (" …" if len(layer.areas) > EXAMPLES else "")
            count = QLocale().toString(len(layer.areas))  # in the interface's locale, as the other tables
            cells = [str(level), self.tr("Admin level %1").replace("%1", str(level)), count, examples]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col != 1:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.levels.setItem(row, col, item)
        self._fit_names()
        if boundaries.country and not self.country.text().strip():
            self.country.setText(boundaries.country)
        self.notes.setText("\n".join(boundaries.notes[:6]) + ("\n…" if len(boundaries.notes) > 6 else ""))
        if not self.path.text().strip():
            stem = (boundaries.country or "my").lower()
            self.path.setText(str(self.folder / f"{stem}-services.gpkg"))
        self.status.setText(self.tr("%n level(s) found. Say what each level is called, then Create.", "",
                                    len(boundaries.levels)))
        self._update_buttons()

    def _fit_names(self) -> None:
        """The "Called" column as wide as its longest name, and never narrower than a long one
        ("Union / Municipality"), so a name typed in is not cut; the examples take what is left."""
        room = self.levels.fontMetrics().horizontalAdvance(LONG_LEVEL_NAME) + 24
        self.levels.setColumnWidth(1, max(self.levels.sizeHintForColumn(1), room,
                                          self.levels.horizontalHeader().sectionSizeHint(1)))

    def choose_file(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the new project as"),
                                              self.path.text() or str(self.folder),
                                              self.tr("ServiceMap projects (*.gpkg)"))
        if path:
            self.path.setText(path if path.lower().endswith(".gpkg") else path + ".gpkg")

    # --- creating --------------------------------------------------------------------------

    def create(self) -> None:
        if self.boundaries is None or self.runner.running:
            return
        request = self.request()
        if request.project.exists() and request.project.suffix.lower() == ".gpkg":
            answer = QMessageBox.question(self, self.tr("New project"), self.tr(
                "%1 is already there. Replace it? Everything in it will be lost.").replace("%1", str(request.project)))
            if answer != QMessageBox.StandardButton.Yes:
                return
            request = self.request(overwrite=True)
        try:
            request.validate()
        except InvalidRequest as exc:
            self.status.setText(exc.describe(self._label))
            return
        self.status.setText(self.tr("Creating %1…").replace("%1", request.project.name))
        self.progress.show()
        self._update_buttons(busy=True)
        self.runner.start(create_project, request, self.boundaries, on_done=self._created, on_error=self._failed,
                          on_progress=lambda f, _m: self.progress.setValue(int(f * 100)))

    def _created(self, done) -> None:
        path, _boundaries = done
        self.progress.hide()
        self.created.emit(path)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.progress.hide()
        self._update_buttons()
        if isinstance(exc, InvalidRequest):
            self.status.setText(exc.describe(self._label))
        elif isinstance(exc, UserFacingError):
            self.status.setText(str(exc))
        else:
            raise exc

    def _label(self, field: str) -> str:
        return {"project": self.tr("Project file"), "boundaries": self.tr("Boundaries"),
                "country": self.tr("Country")}.get(field, field)

    def _update_buttons(self, *_args, busy: bool = False) -> None:
        self.create_button.setEnabled(not busy and self.boundaries is not None and bool(self.path.text().strip()))

    def reject(self) -> None:
        self.runner.cancel()
        super().reject()
