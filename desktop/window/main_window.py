"""The main window: the services table beside the map, with the File, View and Help menus.

With no project open it shows the start page (create a project from boundary files, or open
the demo). Quitting asks before cancelling work that is running (an import), and closes every
window the panels opened, so the application exits.
"""

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
    QProgressDialog,
    QSplitter,
    QStackedWidget,
)

from desktop.window.about import show_about
from mapping.maps.project_map import map_services
from desktop.map.view import MapView
from desktop.window.panels import PANELS, language_for
from directory.type_labels import ServiceTypes
from desktop.curation.services_panel import ServicesPanel
from desktop.settings import Settings
from desktop.window.opening import ProjectReading, on_map, read_project
from desktop.window.start_page import StartPage
from desktop.worker import TaskRunner
from directory import confidentiality
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
        self.start_page = StartPage(self)
        self.start_page.newProject.connect(self.new_project)
        self.start_page.openDemo.connect(self.open_demo)
        self.start_page.openProject.connect(self.choose_project)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.start_page)
        self.pages.addWidget(self.splitter)
        self.setCentralWidget(self.pages)
        self.tasks = TaskRunner(self)  # building the demo
        self.opener = TaskRunner(self)  # reading a project to open (desktop.window.opening)

        self.summary = QLabel(self)
        self.map_progress = QProgressBar(self)
        self.map_progress.setRange(0, 0)  # busy, without a fraction
        self.map_progress.setMaximumWidth(120)
        self.map_progress.setFormat(self.tr("Drawing the map…"))
        self.map_progress.setToolTip(self.tr("Drawing the map…"))
        self.map_progress.hide()
        self.shown_count = QLabel(self)  # "12 of 185 services shown", as the search and filters leave them
        self.statusBar().addWidget(self.summary, 1)
        self.statusBar().addPermanentWidget(self.shown_count)
        self.statusBar().addPermanentWidget(self.map_progress)

        self._make_menus()
        self.services_panel.selectionChanged.connect(self._selection_changed)
        proxy = self.services_panel.proxy  # the table's search and type filter apply to the map too
        for signal in (proxy.rowsInserted, proxy.rowsRemoved, proxy.modelReset, proxy.layoutChanged):
            signal.connect(lambda *_: self.map_view.show_only(self._visible_ids))
            signal.connect(lambda *_: self._show_counts())
        self.map_view.serviceClicked.connect(self._map_clicked)
        self.map_view.building.connect(self.map_progress.setVisible)
        self.map_view.failed.connect(self._map_failed)

        self._restore_ui_state()
        self._show_project_state()

    # --- menus ---------------------------------------------------------------------

    def _make_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.new_action = file_menu.addAction(self.tr("&New project…"), self.new_project)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.demo_action = file_menu.addAction(self.tr("Open the &demo project"), self.open_demo)
        self.open_action = file_menu.addAction(self.tr("&Open project…"), self.choose_project)
        self.open_action.setShortcut(QKeySequence.StandardKey.Open)
        self.recent_menu = QMenu(self.tr("&Recent projects"), self)
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        file_menu.addMenu(self.recent_menu)
        self.close_action = file_menu.addAction(self.tr("&Close project"), self.close_project)
        file_menu.addSeparator()
        from desktop.sharing.sync_bar import Sharing

        self.sharing = Sharing(self, file_menu)
        file_menu.addSeparator()
        self.quit_action = quit_action = file_menu.addAction(self.tr("&Quit"), self.close)
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
        from desktop.window.language_menu import LanguageMenu

        self.language_menu = LanguageMenu(self)
        view_menu.addMenu(self.language_menu)

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

    def new_project(self) -> None:
        """File ▸ New project: boundaries in, levels shown, project created and opened."""
        from desktop.window.new_project import NewProjectDialog

        recent = self.settings.recent_projects()
        dialog = NewProjectDialog(self, folder=recent[0].parent if recent else None)
        dialog.created.connect(self.open_project)
        self.panels["new-project"] = dialog
        dialog.open()

    def open_demo(self) -> None:
        """File ▸ Open the demo project: built (in the background) the first time, then opened."""
        from desktop.demo_project import build_demo_project
        from importers.demo import DEMO_FILE

        folder = self.settings.demo_folder()
        if (folder / DEMO_FILE).exists():
            self.open_project(folder / DEMO_FILE)
            return
        folder.mkdir(parents=True, exist_ok=True)
        self.start_page.set_busy(0.0, self.tr("Building the demo project"))
        self.demo_action.setEnabled(False)
        self.tasks.start(build_demo_project, folder, on_done=self._demo_built, on_error=self._demo_failed,
                         on_progress=self.start_page.set_busy)

    def _demo_built(self, built) -> None:
        self.start_page.set_busy(None)
        self.demo_action.setEnabled(True)
        self.open_project(built[0])

    def _demo_failed(self, exc: BaseException) -> None:
        self.start_page.set_busy(None)
        self.demo_action.setEnabled(True)
        QMessageBox.critical(self, self.tr("Open the demo project"), str(exc))

    def _open_recent(self, path: Path) -> None:
        if not path.exists():
            self.settings.remove_recent_project(path)
            self._fill_recent_menu()
            QMessageBox.warning(
                self,
                self.tr("Project not found"),
                self.tr("%1: the file is no longer there. It was moved, renamed or deleted; open it with "
                        "File › Open project… from its new place.").replace("%1", str(path)),
            )  # fmt: skip
            return
        self.open_project(path)

    def open_most_recent(self) -> bool:
        """Open the last project used, if it is still there."""
        recent = [p for p in self.settings.recent_projects() if p.exists()]
        return self.open_project(recent[0]) if recent else False

    def open_project(self, path: str | Path) -> bool:
        """Open the project at ``path``; on failure, tell the user why and keep what was open.

        The services are read in a worker (:mod:`desktop.window.opening`) while the window keeps drawing,
        with a progress dialog (after a moment) that can cancel; False when cancelled. A call while a
        project is being read is refused (False), and the status bar says so."""
        path = Path(path)
        if self.opener.running:
            self.statusBar().showMessage(
                self.tr("A project is still being opened; open %1 when it is open.").replace("%1", path.name), 8000)
            return False
        reading = self._read(path)
        if reading is None:
            return False
        try:
            project = Project.open(path)
        except (ProjectError, OSError) as exc:
            self._cannot_open(path, exc)
            return False
        reload = self.project is not None and Path(self.project.path).resolve() == path.resolve()
        if not self.close_project(ask=not reload):  # an import still running into the open one, left to run
            project.close()
            return False
        self.project, self.listing = project, reading.listing
        self.services_panel.set_listing(reading.listing, reading.types, texts=reading.texts, made=reading.table)
        self.map_view.show_services(project.path, reading.map_records, title=path.stem,
                                    type_styles=reading.types.map_styles(), lang=self._language())
        self.settings.add_recent_project(path)
        self._fill_recent_menu()
        self._show_project_state(reading)
        self.projectChanged.emit(project)
        return True

    def _read(self, path: Path) -> ProjectReading | None:
        """The project's services read by the opener's worker, the window's events turning meanwhile;
        None when it could not be opened (said in a message box) or the person cancelled."""
        got: dict = {}
        dialog = QProgressDialog(self.tr("Opening %1…").replace("%1", path.name), self.tr("Cancel"), 0, 0, self)  # busy
        dialog.setWindowTitle(self.tr("Opening project"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(400)  # a small project opens before it shows
        dialog.setAutoReset(False)
        dialog.canceled.connect(self.opener.cancel)
        dialog.setValue(0)
        self.opener.start(read_project, path, self._language(), on_done=lambda r: got.update(reading=r),
                          on_error=lambda exc: got.update(error=exc))
        self.opener.wait()
        dialog.close()
        dialog.deleteLater()
        error = got.get("error")
        if isinstance(error, (ProjectError, OSError)):
            self._cannot_open(path, error)
            return None
        if error is not None:
            raise error
        return got.get("reading")

    def _cannot_open(self, path: Path, exc: Exception) -> None:
        if isinstance(exc, ProjectError):
            QMessageBox.critical(self, self.tr("Cannot open the project"), str(exc))
            return
        QMessageBox.critical(
            self,
            self.tr("Cannot open the project"),
            self.tr("%1: %2. Check the file and its permissions.").replace("%1", str(path)).replace(
                "%2", exc.strerror or str(exc)
            ),
        )

    def reload_project(self) -> None:
        """Read the directory again (after an import or an edit) and redraw the table and map."""
        if self.project is not None:
            self.open_project(self.project.path)

    def refresh_service(self, service_id: str | list[str] | None = None) -> None:
        """After an edit: read the rows of ``service_id`` (one ID or several) again (None: every row),
        redraw only the changed table rows, and ask the map for one redraw (it coalesces quick requests)."""
        if self.project is None:
            return
        if service_id is None:
            self.listing = self.project.listing()
        else:
            ids = {service_id} if isinstance(service_id, str) else set(service_id)
            fresh = {s.id: s for s in self.project.listing(sorted(ids))}
            kept = [fresh.pop(s.id, None) if s.service_id in ids else s for s in self.listing]
            self.listing = [s for s in kept if s is not None] + list(fresh.values())
        self.services_panel.model.update_listing(self.listing)
        types = ServiceTypes.for_project(self.project, self._language())
        self.map_view.show_services(
            self.project.path, map_services(self.listing), title=self.project.path.stem, type_styles=types.map_styles(),
            lang=self._language(),
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
                # beside the table and the map, a dock takes a share of the width, not its widest row
                self.resizeDocks([panel], [self.width() * 45 // 100], Qt.Orientation.Horizontal)
        panel.show()
        panel.raise_()
        return panel

    def close_project(self, *, ask: bool = True) -> bool:
        """Close the open project; work still running on it (an import) is cancelled only if the user
        agrees (``ask``: a reload of the same file asks nothing). False when they did not."""
        if self.project is None:
            return True
        if ask and not self._stop_running_work(self.tr("Close project"),
                                       self.tr("%1 is still running. Cancel it and close the project?")):
            return False
        self.map_view.clear()
        self.services_panel.set_listing([], ServiceTypes())
        self.project.close()
        self.project, self.listing = None, []
        self._show_project_state()
        self.projectChanged.emit(None)
        return True

    def _language(self) -> str:
        """The interface language as an ISO 639 code, for the taxonomy's labels."""
        return language_for(self)

    def _show_project_state(self, reading: ProjectReading | None = None) -> None:
        """``reading``: the counts just read with the project (else they are read now)."""
        has_project = self.project is not None
        self.pages.setCurrentWidget(self.splitter if has_project else self.start_page)
        self.close_action.setEnabled(has_project)
        self.services_panel.setEnabled(has_project)
        self._show_counts()
        if not has_project:
            self.setWindowTitle("ServiceMap")
            self.summary.setText(self.tr("No project open. Create one, open the demo, or open a project."))
            return
        self.setWindowTitle(f"ServiceMap — {self.project.path.name}")
        self.summary.setText(self._summary_text(reading))

    def _show_counts(self) -> None:
        shown, total = self.services_panel.proxy.rowCount(), self.services_panel.model.rowCount()
        self.shown_count.setVisible(self.project is not None)
        self.shown_count.setText(self.tr("%1 of %2 services shown").replace("%1", QLocale().toString(shown))
                                 .replace("%2", QLocale().toString(total)))

    def _summary_text(self, reading: ProjectReading | None = None) -> str:
        counts = reading.counts if reading is not None else self.project.totals()
        placed = reading.on_map if reading is not None else on_map(self.listing)
        text = self.tr("%1 — %2 services at %3 sites, %4 on the map")
        numbers = [QLocale().toString(int(v)) for v in (counts["services"], counts["sites"], placed)]  # as the count beside it
        for n, value in enumerate((self.project.path.stem, *numbers), start=1):
            text = text.replace(f"%{n}", value)
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
        """Points of the selected services that the zoom may use (never a confidential service's point)."""
        ids = set(self.services_panel.selected_ids())
        return [
            (s.longitude, s.latitude)
            for s in self.listing
            if s.id in ids and s.latitude is not None and s.longitude is not None
            and confidentiality.disclosure(confidentiality.ZOOM, s.confidential).point
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

    def running_work(self) -> list[tuple[object, str]]:
        """The panels with work running that quitting would cancel, each with what it is doing."""
        return [(panel, panel.running_work()) for panel in self.panels.values()
                if hasattr(panel, "running_work") and panel.running_work()]

    def _stop_running_work(self, title: str, question: str) -> bool:
        """True when nothing runs, or the user agreed to cancel it (then told what was undone)."""
        running = self.running_work()
        if not running:
            return True
        doing = "; ".join(what for _, what in running)
        answer = QMessageBox.question(self, title, question.replace("%1", doing),
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return False
        told = [panel.cancel_work() for panel, _ in running]
        QMessageBox.information(self, title, "\n".join(told))
        return True

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        if not self._stop_running_work(self.tr("Quit ServiceMap"), self.tr("%1 is still running. Cancel it and quit?")):
            event.ignore()
            return
        for panel in self.panels.values():  # the windows panels opened (Pathways …) close too
            if panel.isWindow():
                panel.close()
        self.tasks.cancel()
        self.opener.cancel()
        self.save_ui_state()
        self.map_view.shutdown()
        if self.project is not None:
            self.project.close()
            self.project = None
        super().closeEvent(event)
