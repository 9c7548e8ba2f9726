"""The main window: the services table beside the map, with the File, View and Help menus."""

from __future__ import annotations

import logging
from pathlib import Path

import importlib

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressBar,
    QSplitter,
)

from desktop.window.about import show_about
from desktop.map.page import map_services
from desktop.map.view import MapView
from desktop.window.panels import PANELS
from desktop.curation.service_types import ServiceTypes
from desktop.curation.services_panel import ServicesPanel
from desktop.settings import Settings
from directory.store import Project, ProjectError, ServiceListing

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    """ServiceMap's window. Open a project with :meth:`open_project`."""

    #: Sent with the newly opened project, or None when it is closed.
    projectChanged = Signal(object)

    def __init__(self, settings: Settings | None = None, *, synchronous_map: bool = False):
        super().__init__()
        self.panels: dict[str, object] = {}
        self.settings = settings if settings is not None else Settings()
        self.project: Project | None = None
        self.listing: list[ServiceListing] = []

        self.services_panel = ServicesPanel(self)
        self.map_view = MapView(self, synchronous=synchronous_map)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.services_panel)
        self.splitter.addWidget(self.map_view)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)

        self.summary = QLabel(self)
        self.map_progress = QProgressBar(self)
        self.map_progress.setRange(0, 0)  # busy, without a fraction
        self.map_progress.setMaximumWidth(120)
        self.map_progress.setFormat(self.tr("Drawing the map…"))
        self.map_progress.setToolTip(self.tr("Drawing the map…"))
        self.map_progress.hide()
        self.statusBar().addWidget(self.summary, 1)
        self.statusBar().addPermanentWidget(self.map_progress)

        self._make_menus()
        self.services_panel.selectionChanged.connect(self._selection_changed)
        proxy = self.services_panel.proxy  # the table's search and type filter apply to the map too
        for signal in (proxy.rowsInserted, proxy.rowsRemoved, proxy.modelReset, proxy.layoutChanged):
            signal.connect(lambda *_: self.map_view.show_only(self._visible_ids))
        self.map_view.serviceClicked.connect(self._map_clicked)
        self.map_view.building.connect(self.map_progress.setVisible)
        self.map_view.failed.connect(self._map_failed)

        self._restore_ui_state()
        self._show_project_state()

    # --- menus ---------------------------------------------------------------------

    def _make_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.open_action = file_menu.addAction(self.tr("&Open project…"), self.choose_project)
        self.open_action.setShortcut(QKeySequence.StandardKey.Open)
        self.recent_menu = QMenu(self.tr("&Recent projects"), self)
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        file_menu.addMenu(self.recent_menu)
        self.close_action = file_menu.addAction(self.tr("&Close project"), self.close_project)
        file_menu.addSeparator()
        quit_action = file_menu.addAction(self.tr("&Quit"), self.close)
        quit_action.setShortcut(QKeySequence(self.tr("Ctrl+Q")))
        quit_action.setMenuRole(QAction.MenuRole.QuitRole)

        from desktop.curation.edit_actions import EditActions

        self.edit = EditActions(self)  # the Edit menu, with undo and redo

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        self.zoom_action = view_menu.addAction(self.tr("&Zoom map to selection"), self.zoom_to_selection)
        self.zoom_action.setEnabled(False)
        self.zoom_all_action = view_menu.addAction(self.tr("Zoom map to &all services"), self.map_view.fit_services)
        from desktop.map.basemap_menu import BasemapMenu

        self.basemap_menu = BasemapMenu(self.map_view, self)
        view_menu.addMenu(self.basemap_menu)

        if PANELS:
            tools_menu = self.menuBar().addMenu(self.tr("&Tools"))
            for entry in PANELS:
                action = tools_menu.addAction(
                    QCoreApplication.translate("Panels", entry.text), lambda e=entry: self.show_panel(e.name)
                )
                if entry.shortcut:
                    action.setShortcut(QKeySequence(entry.shortcut))

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self.tr("&Check this installation…"), self.check_installation)
        about = help_menu.addAction(self.tr("&About ServiceMap"), lambda: show_about(self))
        about.setMenuRole(QAction.MenuRole.AboutRole)
        self._fill_recent_menu()

    def check_installation(self) -> None:
        """Help ▸ Check this installation…: what ``servicemap doctor`` checks, in a window."""
        from desktop.window.check_dialog import check_installation

        self.check_dialog = check_installation(self)

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        recent = self.settings.recent_projects()
        for number, path in enumerate(recent, start=1):
            action = self.recent_menu.addAction(f"&{number} {path.name}", lambda p=path: self._open_recent(p))
            action.setToolTip(str(path))
            action.setStatusTip(str(path))
        if recent:
            self.recent_menu.addSeparator()
            self.recent_menu.addAction(self.tr("Clear the list"), self._clear_recent)
        self.recent_menu.setEnabled(bool(recent))

    def _clear_recent(self) -> None:
        for path in self.settings.recent_projects():
            self.settings.remove_recent_project(path)
        self._fill_recent_menu()

    # --- opening and closing projects ------------------------------------------

    def choose_project(self) -> None:
        recent = self.settings.recent_projects()
        start = str(recent[0].parent) if recent else ""
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open project"), start, self.tr("ServiceMap projects (*.gpkg);;All files (*)")
        )
        if path:
            self.open_project(Path(path))

    def _open_recent(self, path: Path) -> None:
        if not path.exists():
            self.settings.remove_recent_project(path)
            self._fill_recent_menu()
            QMessageBox.warning(
                self,
                self.tr("Project not found"),
                self.tr("%1: the file is no longer there. It was moved, renamed or deleted; open it with "
                        "File ▸ Open project… from its new place.").replace("%1", str(path)),
            )  # fmt: skip
            return
        self.open_project(path)

    def open_most_recent(self) -> bool:
        """Open the last project used, if it is still there."""
        recent = [p for p in self.settings.recent_projects() if p.exists()]
        return self.open_project(recent[0]) if recent else False

    def open_project(self, path: str | Path) -> bool:
        """Open the project at ``path``; on failure, tell the user why and keep what was open."""
        path = Path(path)
        try:
            project = Project.open(path)
        except ProjectError as exc:
            QMessageBox.critical(self, self.tr("Cannot open the project"), str(exc))
            return False
        except OSError as exc:
            QMessageBox.critical(
                self,
                self.tr("Cannot open the project"),
                self.tr("%1: %2. Check the file and its permissions.").replace("%1", str(path)).replace(
                    "%2", exc.strerror or str(exc)
                ),
            )
            return False
        try:
            listing = project.listing()
        except Exception:
            project.close()
            raise
        self.close_project()
        self.project, self.listing = project, listing
        types = ServiceTypes.for_project(project, self._language())
        self.services_panel.set_listing(listing, types)
        self.map_view.show_services(
            project.path, map_services(listing), title=path.stem, type_styles=types.map_styles()
        )
        self.settings.add_recent_project(path)
        self._fill_recent_menu()
        self._show_project_state()
        self.projectChanged.emit(project)
        return True

    def reload_project(self) -> None:
        """Read the directory again (after an import or an edit) and redraw the table and map."""
        if self.project is not None:
            self.open_project(self.project.path)

    def refresh_service(self, service_id: str | None = None) -> None:
        """After an edit: read the rows of ``service_id`` again (None: every row), redraw only the
        changed table rows, and ask the map for one redraw (it coalesces quick requests)."""
        if self.project is None:
            return
        if service_id is None:
            self.listing = self.project.listing()
        else:
            fresh = {s.id: s for s in self.project.listing([service_id])}
            kept = [fresh.pop(s.id, None) if s.service_id == service_id else s for s in self.listing]
            self.listing = [s for s in kept if s is not None] + list(fresh.values())
        self.services_panel.model.update_listing(self.listing)
        types = ServiceTypes.for_project(self.project, self._language())
        self.map_view.show_services(
            self.project.path, map_services(self.listing), title=self.project.path.stem, type_styles=types.map_styles()
        )
        self._show_project_state()

    def show_panel(self, name: str):
        """Open (building it on first use) the panel registered as ``name`` in desktop.window.panels."""
        panel = self.panels.get(name)
        if panel is None:
            entry = next(e for e in PANELS if e.name == name)
            panel = getattr(importlib.import_module(entry.module), entry.factory)(self)
            self.panels[name] = panel
            if isinstance(panel, QDockWidget):
                self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, panel)
        panel.show()
        panel.raise_()
        return panel

    def close_project(self) -> None:
        if self.project is None:
            return
        self.map_view.clear()
        self.services_panel.set_listing([], ServiceTypes())
        self.project.close()
        self.project, self.listing = None, []
        self._show_project_state()
        self.projectChanged.emit(None)

    def _language(self) -> str:
        """The interface language as an ISO 639 code, for the taxonomy's labels."""
        return self.settings.get("preferences/language") or QLocale().name().split("_")[0]

    def _show_project_state(self) -> None:
        has_project = self.project is not None
        self.close_action.setEnabled(has_project)
        self.services_panel.setEnabled(has_project)
        if not has_project:
            self.setWindowTitle("ServiceMap")
            self.summary.setText(self.tr("No project open. Open one with File ▸ Open project…"))
            return
        self.setWindowTitle(f"ServiceMap — {self.project.path.name}")
        self.summary.setText(self._summary_text())

    def _summary_text(self) -> str:
        counts = self.project.counts()
        on_map = sum(1 for s in self.listing if s.latitude is not None and s.longitude is not None and not s.confidential)
        text = self.tr("%1 — %2 services at %3 sites, %4 on the map")
        for n, value in enumerate((self.project.path.stem, counts["services"], counts["sites"], on_map), start=1):
            text = text.replace(f"%{n}", str(value))
        if self.project.country:
            text += " — " + self.tr("country %1").replace("%1", self.project.country)
        return text

    # --- selection between the table and the map -----------------------------

    def _selection_changed(self, ids: list[str]) -> None:
        self.map_view.select_ids(ids)
        self.zoom_action.setEnabled(bool(self._selected_points()))

    def _visible_ids(self) -> list[str] | None:
        """Ids of the services the table shows now; None when it shows them all."""
        from desktop.curation.services_model import ID_ROLE

        proxy = self.services_panel.proxy
        if proxy.rowCount() == self.services_panel.model.rowCount():
            return None
        return [proxy.data(proxy.index(row, 0), ID_ROLE) for row in range(proxy.rowCount())]

    def _selected_points(self) -> list[tuple[float, float]]:
        """Points of the selected services; never a confidential service's point."""
        ids = set(self.services_panel.selected_ids())
        return [
            (s.longitude, s.latitude)
            for s in self.listing
            if s.id in ids and not s.confidential and s.latitude is not None and s.longitude is not None
        ]

    def zoom_to_selection(self) -> None:
        points = self._selected_points()
        if not points:
            return
        lons, lats = [p[0] for p in points], [p[1] for p in points]
        self.map_view.fit_bounds(min(lons), min(lats), max(lons), max(lats))

    def _map_clicked(self, listing_id: str) -> None:
        if not self.services_panel.select_id(listing_id):
            self.statusBar().showMessage(
                self.tr("The service clicked on the map is hidden by the search or the type filter."), 5000
            )

    def _map_failed(self, message: str) -> None:
        self.map_progress.hide()
        self.statusBar().showMessage(message, 15000)

    # --- remembered window state -----------------------------------------------

    def _restore_ui_state(self) -> None:
        geometry = self.settings.get("state/window_geometry")
        if geometry.isEmpty() or not self.restoreGeometry(geometry):
            screen = QApplication.primaryScreen()
            available = screen.availableGeometry() if screen else None
            if available is not None:
                self.resize(int(available.width() * 0.85), int(available.height() * 0.85))
        state = self.settings.get("state/window_state")
        if not state.isEmpty():
            self.restoreState(state)
        splitter = self.settings.get("state/splitter")
        if splitter.isEmpty() or not self.splitter.restoreState(splitter):
            width = max(self.width(), 800)
            self.splitter.setSizes([width * 45 // 100, width - width * 45 // 100])

    def save_ui_state(self) -> None:
        self.settings.set("state/window_geometry", self.saveGeometry())
        self.settings.set("state/window_state", self.saveState())
        self.settings.set("state/splitter", self.splitter.saveState())
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        self.save_ui_state()
        self.map_view.shutdown()
        if self.project is not None:
            self.project.close()
            self.project = None
        super().closeEvent(event)
