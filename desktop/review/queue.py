"""The review queue: the sites the geocoder could not place, or placed with doubt, those with
the most services first. For each: the place as typed, the candidates and a map.

Keyboard first: ↓/↑ (or J/K) move, 1–5 choose a candidate, Enter accepts, Delete rejects,
P then a click on the map places the site there, S skips. "Accept all ≥" accepts, in one go,
every placed site at or above a confidence. Every decision is a person's and no later
automatic run changes it (see :mod:`mapping.geocode.review`).
"""

from __future__ import annotations

import json
import logging

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.decimal_box import DecimalBox
from desktop.review.queue_map import ReviewMap
from desktop.worker import TaskRunner
from directory import confidentiality
from mapping.geocode import review
from mapping.geocode.request import GeocodeRequest, run_geocode

log = logging.getLogger(__name__)

COLOURS = ["#c0392b", "#2471a3", "#7d3c98", "#b9770e", "#138d75"]
RELOAD_DELAY_MS = 4000


class ReviewQueuePanel(QDockWidget):
    """The review queue for the window's open project."""

    def __init__(self, window, *, synchronous: bool = False):
        super().__init__(self.tr("Review locations"), window)
        self.setObjectName("review_queue")
        self.window_ = window
        self.items: list[review.QueueItem] = []
        self.placing = False
        self._areas: dict[int, dict[str, dict]] = {}
        self._runner = TaskRunner(self, synchronous=synchronous)
        self._reload = QTimer(self, singleShot=True, interval=RELOAD_DELAY_MS)
        self._reload.timeout.connect(self._reload_window)
        self._build()
        self._keys()
        window.projectChanged.connect(self._project_changed)
        self.visibilityChanged.connect(lambda shown: shown or self._flush())
        self.refresh()

    # --- layout ------------------------------------------------------------------------

    def _build(self) -> None:
        body = QWidget(self)
        layout = QVBoxLayout(body)
        bar = QHBoxLayout()
        self.count = QLabel(self)
        self.run_button = QPushButton(self.tr("Run the geocoder"), self, clicked=self.run_geocoder)
        self.threshold = DecimalBox(self, minimum=0.5, maximum=1.0, singleStep=0.05, value=0.7, decimals=2)
        self.threshold.setAccessibleName(self.tr("Confidence for Accept all"))
        self.bulk_button = QPushButton(self.tr("Accept all ≥"), self, clicked=self.accept_above)
        for w in (self.count, self.run_button, self.bulk_button, self.threshold):
            bar.addWidget(w)
        bar.insertStretch(1)
        layout.addLayout(bar)
        self.table = QTableWidget(0, 5, self)
        self.table.setAccessibleName(self.tr("Sites to review"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Services"), self.tr("Site"), self.tr("As typed"), self.tr("Best match"), self.tr("Confidence")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._show_current)
        self.typed = QLabel(self, wordWrap=True, textInteractionFlags=Qt.TextInteractionFlag.TextSelectableByMouse)
        self.candidates = QListWidget(self)
        self.candidates.setAccessibleName(self.tr("Places it may be"))
        self.candidates.setMaximumHeight(110)
        self.candidates.itemActivated.connect(lambda item: self.choose(self.candidates.row(item)))
        buttons = QGridLayout()  # two by two: the dock stays narrow enough to leave the main map room
        for i, (text, slot) in enumerate(((self.tr("Accept (Enter)"), self.accept), (self.tr("Reject (Del)"), self.reject),
                                          (self.tr("Place on the map (P)"), self.toggle_placing),
                                          (self.tr("Skip (S)"), self.next))):
            buttons.addWidget(QPushButton(text, self, clicked=slot), i // 2, i % 2)
        self.hint = QLabel(self)
        self.map = ReviewMap(self)
        self.map.clicked.connect(self.map_clicked)
        details = QWidget(self)
        d = QVBoxLayout(details)
        d.setContentsMargins(0, 0, 0, 0)
        for w in (self.typed, self.candidates):
            d.addWidget(w)
        d.addLayout(buttons)
        d.addWidget(self.hint)
        d.addWidget(self.map, 1)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.table)
        split.addWidget(details)
        split.setStretchFactor(1, 2)
        layout.addWidget(split, 1)
        self.setWidget(body)

    def _keys(self) -> None:
        def key(seq, slot):
            shortcut = QShortcut(QKeySequence(seq), self, slot)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

        for seq in ("Return", "Enter", "A"):
            key(seq, self.accept)
        for seq in ("Delete", "R"):
            key(seq, self.reject)
        key("P", self.toggle_placing)
        key("S", self.next)
        key("J", self.next)
        key("K", self.previous)
        for n in range(1, 6):
            key(str(n), lambda n=n: self.choose(n - 1))

    # --- the queue ----------------------------------------------------------------------

    @property
    def project(self):
        return self.window_.project

    def _project_changed(self, project) -> None:
        self._areas.clear()
        if project is not None:
            self.map.open_page(self._page_folder())
        self.refresh()

    def _page_folder(self):
        from desktop.map.view import cache_folder

        return cache_folder(self.project.path) / "review"

    def refresh(self, keep_row: int | None = None) -> None:
        """Read the queue again and show it, keeping the selection near where it was."""
        self.items = review.review_queue(self.project) if self.project is not None else []
        self.table.setRowCount(len(self.items))
        for row, item in enumerate(self.items):
            best = item.candidates[0] if item.candidates else None
            conf = item.result.confidence
            values = [str(item.services), item.site.name, item.result.query or item.site.location_text,
                      (best.path if best else self.tr("not found")) + (" ⚠" if item.result.flags else ""),
                      "—" if conf is None else f"{conf:.2f}"]
            for col, value in enumerate(values):
                cell = QTableWidgetItem(value)
                if col == 3 and item.result.flags:
                    cell.setToolTip("\n".join(item.result.flags))
                self.table.setItem(row, col, cell)
        self.count.setText(self.tr("%n site(s) to review", "", len(self.items)))
        self.bulk_button.setEnabled(bool(self.items))
        if self.items and self.map.url().isEmpty() and self.project is not None:
            self.map.open_page(self._page_folder())
            self.map.show_base(self._base())
        if self.items:
            self.table.selectRow(min(keep_row or 0, len(self.items) - 1))
        else:
            self.typed.setText(self.tr("Nothing to review.") if self.project else self.tr("No project open."))
            self.candidates.clear()

    def current(self) -> review.QueueItem | None:
        rows = self.table.selectionModel().selectedRows()
        return self.items[rows[0].row()] if rows and rows[0].row() < len(self.items) else None

    def _show_current(self) -> None:
        item = self.current()
        self.candidates.clear()
        self.placing = False
        self.hint.clear()
        if item is None:
            return
        s = item.site
        lines = [f"<b>{_esc(s.name)}</b> — " + self.tr("%n service(s)", "", item.services),
                 self.tr("As typed: %1").replace("%1", _esc(item.result.query or s.location_text or "—"))]
        if s.address:
            lines.append(self.tr("Address: %1").replace("%1", _esc(s.address)))
        lines += [_esc(f) for f in item.result.flags]
        self.typed.setText("<br>".join(lines))
        areas, points = [], []
        for n, c in enumerate(item.candidates[:5]):
            entry = QListWidgetItem(f"{n + 1}  {c.path}  ({c.level}, {c.score:.2f})")
            entry.setForeground(Qt.GlobalColor.black)
            self.candidates.addItem(entry)
            geometry = self._area(c)
            colour = COLOURS[n % len(COLOURS)]
            if geometry is not None:
                areas.append({"geometry": geometry, "colour": colour, "label": f"{n + 1} {c.name}"})
            elif c.latitude is not None:
                points.append({"lat": c.latitude, "lon": c.longitude, "colour": colour, "label": f"{n + 1} {c.name}"})
        if s.has_point and confidentiality.disclosure(confidentiality.REVIEW, self._confidential(s.id)).point:
            points.append({"lat": s.latitude, "lon": s.longitude, "colour": "#000000",
                           "label": self.tr("Current location")})
        self.map.show_site(areas, points)

    def _confidential(self, site_id: str) -> bool:
        from directory import link_store

        return site_id in link_store.confidential_sites(self.project)

    def _area(self, candidate) -> dict | None:
        if not candidate.level.startswith("adm"):
            return None
        level = int(candidate.level[3:])
        if level not in self._areas:
            areas, geoms = self.project.admin_geometries(level)
            self._areas[level] = {a.pcode: g for a, g in zip(areas, geoms)}
        geom = self._areas[level].get(candidate.id)
        if geom is None:
            return None
        if not isinstance(geom, dict):
            import shapely

            geom = json.loads(shapely.to_geojson(geom.simplify(0.002)))
            self._areas[level][candidate.id] = geom
        return geom

    def _base(self) -> list[dict]:
        import shapely

        levels = self.project.admin_levels()
        if not levels:
            return []
        _, geoms = self.project.admin_geometries(levels[0])
        return [json.loads(shapely.to_geojson(g.simplify(0.01))) for g in geoms if g is not None]

    # --- decisions ------------------------------------------------------------------

    def _done(self) -> None:
        row = self.table.currentRow()
        self.refresh(keep_row=row)
        self._reload.start()

    def accept(self) -> None:
        item = self.current()
        if self.candidates.hasFocus() and self.candidates.currentRow() >= 0:  # Enter on a candidate
            self.choose(self.candidates.currentRow())
            return
        if item is not None:
            review.accept(self.project, item.site.id)
            self._done()

    def reject(self) -> None:
        item = self.current()
        if item is not None:
            review.reject(self.project, item.site.id)
            self._done()

    def choose(self, index: int) -> None:
        item = self.current()
        if item is not None and 0 <= index < len(item.candidates):
            review.choose(self.project, item.site.id, item.candidates[index])
            self._done()

    def toggle_placing(self) -> None:
        self.placing = not self.placing and self.current() is not None
        self.hint.setText(self.tr("Click on the map where the site is.") if self.placing else "")

    def map_clicked(self, latitude: float, longitude: float) -> None:
        item = self.current()
        if not self.placing or item is None:
            return
        review.place_at(self.project, item.site.id, latitude, longitude)
        self._done()

    def next(self) -> None:
        self.table.selectRow(min(self.table.currentRow() + 1, len(self.items) - 1))

    def previous(self) -> None:
        self.table.selectRow(max(self.table.currentRow() - 1, 0))

    def accept_above(self) -> None:
        if self.project is None:
            return
        n = review.accept_above(self.project, self.threshold.value())
        self.hint.setText(self.tr("Accepted %n location(s).", "", n))
        self._done()

    def run_geocoder(self) -> None:
        if self.project is None:
            return
        self._flush()
        self.run_button.setEnabled(False)
        self._runner.start(run_geocode, GeocodeRequest(self.project.path), on_done=self._geocoded,
                           on_error=self._failed)

    def _geocoded(self, run) -> None:
        self.run_button.setEnabled(True)
        self.window_.reload_project()
        self.hint.setText(self.tr("Placed %1 sites.").replace("%1", str(run.placed)))

    def _failed(self, exc: BaseException) -> None:
        self.run_button.setEnabled(True)
        QMessageBox.warning(self, self.tr("Geocoding failed"), str(exc))

    def _flush(self) -> None:
        """Redraw the main window now if decisions are waiting to be shown."""
        if self._reload.isActive():
            self._reload.stop()
            self._reload_window()

    def _reload_window(self) -> None:
        row = self.table.currentRow()
        self.window_.reload_project()
        self.refresh(keep_row=row)


def _esc(text: str) -> str:
    import html

    return html.escape(str(text))


def open_review_queue(window) -> ReviewQueuePanel:
    """The factory registered in :mod:`desktop.window.panels`."""
    return ReviewQueuePanel(window)
