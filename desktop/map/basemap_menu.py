"""View ▸ Basemap: no tiles, offline tiles from an MBTiles file or a z/x/y folder, or online OSM.

Online OpenStreetMap tiles are the one choice that uses the network; the user is told so
before it is switched on, and the tiles seen are cached in an MBTiles file for offline use.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox

from directory.errors import UserFacingError


def osm_cache_path() -> Path:
    root = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))
    return root / "tiles" / "openstreetmap-cache.mbtiles"


class BasemapMenu(QMenu):
    """Chooses the map view's basemap."""

    def __init__(self, map_view, parent=None):
        super().__init__(self.tr("&Basemap"), parent)
        self.map_view = map_view
        group = QActionGroup(self)
        self.none_action = self._add(group, self.tr("&None (admin boundaries only)"), self.use_none)
        self.file_action = self._add(group, self.tr("Offline tiles from an &MBTiles file…"), self.choose_file)
        self.folder_action = self._add(group, self.tr("Offline tiles from a z/x/y &folder…"), self.choose_folder)
        self.osm_action = self._add(group, self.tr("&OpenStreetMap (online, cached)"), self.use_osm)
        self.none_action.setChecked(True)

    def _add(self, group: QActionGroup, text: str, slot) -> QAction:
        action = self.addAction(text)
        action.setCheckable(True)
        group.addAction(action)
        action.triggered.connect(slot)
        return action

    def use_none(self) -> None:
        self.map_view.set_basemap(None)
        self.none_action.setChecked(True)

    def use_path(self, path: Path) -> bool:
        from mapping.maps.basemap import open_source

        try:
            source = open_source(path)
        except UserFacingError as exc:
            QMessageBox.warning(self.parentWidget(), self.tr("Cannot use these tiles"), str(exc))
            self.use_none()
            return False
        self.map_view.set_basemap(source)
        return True

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self.parentWidget(), self.tr("Offline tiles"), "",
                                              self.tr("MBTiles (*.mbtiles);;All files (*)"))  # fmt: skip
        if path and self.use_path(Path(path)):
            self.file_action.setChecked(True)
        elif not path:
            self.use_none()

    def choose_folder(self) -> None:
        path = QFileDialog.getExistingDirectory(self.parentWidget(), self.tr("Folder of z/x/y tiles"))
        if path and self.use_path(Path(path)):
            self.folder_action.setChecked(True)
        elif not path:
            self.use_none()

    def use_osm(self, *, ask: bool = True) -> None:
        from mapping.maps.basemap import OnlineOSMSource

        if ask:
            answer = QMessageBox.question(
                self.parentWidget(),
                self.tr("Use online map tiles?"),
                self.tr("OpenStreetMap tiles are downloaded from the internet as you look at the map, and kept "
                        "for offline use. Nothing about your services is sent. Switch them on?"),
            )  # fmt: skip
            if answer != QMessageBox.StandardButton.Yes:
                self.use_none()
                return
        self.map_view.set_basemap(OnlineOSMSource(osm_cache_path()))
        self.osm_action.setChecked(True)
