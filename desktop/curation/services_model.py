"""The services table: one row per service at a site, with search and a service-type filter."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable, Sequence
from datetime import date
from enum import IntEnum

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QStyle

from directory.store import ServiceListing

SORT_ROLE = Qt.ItemDataRole.UserRole + 1  # numbers and dates sort as such
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 2  # the row's text, folded for search
TYPES_ROLE = Qt.ItemDataRole.UserRole + 3  # the row's service-type codes
ID_ROLE = Qt.ItemDataRole.UserRole + 4  # the service-at-site id (the map's marker id)
VERIFIED_ROLE = Qt.ItemDataRole.UserRole + 5  # the date the service was last verified (ISO text) or None
UNTYPED = ""  # the type filter's code for "Service type not given"


class Column(IntEnum):
    ORGANISATION = 0
    SERVICE = 1
    TYPES = 2
    SITE = 3
    ADMIN_AREA = 4
    PHONES = 5
    HOURS = 6
    AGES = 7
    LANGUAGES = 8
    VERIFIED_ON = 9
    LOCATION = 10


_CONTEXT = "ServicesTableModel"
# QT_TRANSLATE_NOOP marks the texts for pyside6-lupdate; _headers() translates them when shown.
_HEADERS = [
    QT_TRANSLATE_NOOP("ServicesTableModel", "Organisation"), QT_TRANSLATE_NOOP("ServicesTableModel", "Service"),
    QT_TRANSLATE_NOOP("ServicesTableModel", "Types"), QT_TRANSLATE_NOOP("ServicesTableModel", "Site"),
    QT_TRANSLATE_NOOP("ServicesTableModel", "Admin area"), QT_TRANSLATE_NOOP("ServicesTableModel", "Phones"),
    QT_TRANSLATE_NOOP("ServicesTableModel", "Hours"), QT_TRANSLATE_NOOP("ServicesTableModel", "Ages"),
    QT_TRANSLATE_NOOP("ServicesTableModel", "Languages"), QT_TRANSLATE_NOOP("ServicesTableModel", "Verified on"),
    QT_TRANSLATE_NOOP("ServicesTableModel", "Location"),
]  # fmt: skip


def _headers() -> list[str]:
    return [QCoreApplication.translate(_CONTEXT, text) for text in _HEADERS]


_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'", "´": "'"})


def fold(text: str) -> str:
    """Text folded for matching: case, accents and the kind of apostrophe ignored ("Cox’s Bāzār" ~ "cox's bazar")."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold().translate(_APOSTROPHES)


def area_search_names(areas: Iterable) -> dict[str, str]:
    """P-code -> every name of that admin area (its main name, its names by language, its alternate
    names), folded for search: built once per listing, so that a search for "Teknaf" or "কক্সবাজার"
    finds the services in that area at any level."""
    out: dict[str, str] = {}
    for area in areas:
        names = dict.fromkeys([area.name, *area.names.values(), *area.alternate_names])
        out[area.pcode] = fold("\n".join(n for n in names if n))
    return out


def ages_text(minimum: int | None, maximum: int | None) -> str:
    if minimum is None and maximum is None:
        return ""
    if maximum is None:
        return QCoreApplication.translate("ServicesTableModel", "%1 and over").replace("%1", str(minimum))
    if minimum is None:
        return QCoreApplication.translate("ServicesTableModel", "up to %1").replace("%1", str(maximum))
    return f"{minimum}–{maximum}"


def language_name(code: str) -> str:
    """A language's name for an ISO 639 code, or the code where Qt does not know it."""
    locale = QLocale(code)
    if locale.language() == QLocale.Language.C:
        return code
    return QLocale.languageToString(locale.language())


_lock_icon: QIcon | None = None


def lock_icon() -> QIcon:
    """A small padlock, drawn (the fonts on a field laptop may have no lock symbol)."""
    global _lock_icon
    if _lock_icon is None:
        pm = QPixmap(16, 16)
        pm.fill(Qt.GlobalColor.transparent)
        p = QPainter(pm)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        colour = QColor("#8a5a00")
        p.setPen(colour)
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRoundedRect(4, 1, 8, 9, 4, 4)  # the shackle
        p.setBrush(colour)
        p.drawRoundedRect(2, 7, 12, 8, 1.5, 1.5)  # the body
        p.end()
        _lock_icon = QIcon(pm)
    return _lock_icon


class ServicesTableModel(QAbstractTableModel):
    """Services at sites (``Project.listing()``), one row each.

    ``type_label`` turns a service-type code into the label the user reads.
    """

    #: A cell edit was refused; the message says why (shown in the status bar).
    editRejected = Signal(str)
    #: Columns edited in place, through ``cell_editor``.
    EDITABLE = frozenset({Column.SERVICE, Column.PHONES, Column.HOURS, Column.AGES})

    def __init__(self, listing: Sequence[ServiceListing] = (), type_label: Callable[[str], str] = str, parent=None):
        super().__init__(parent)
        #: Saves one cell: ``(listing, column, text) -> problem`` ("" when saved). None: read-only.
        self.cell_editor: Callable[[ServiceListing, int, str], str] | None = None
        self._type_label = type_label
        self._headers = _headers()
        self._rows: list[ServiceListing] = []
        self._display: list[list[str]] = []
        self._sort: list[list[object]] = []
        self._search: list[str] = []
        self._row_of_id: dict[str, int] = {}
        self._only_here: set[str] = set()
        self._area_names: dict[str, str] = {}  # P-code -> the area's names, folded (area_search_names)
        self.set_listing(listing)

    def set_listing(self, listing: Sequence[ServiceListing], type_label: Callable[[str], str] | None = None,
                    area_names: dict[str, str] | None = None) -> None:
        """``area_names``: P-code -> the area's names folded for search (:func:`area_search_names`),
        so that the search finds a service by the name of any admin area it lies in."""
        self.beginResetModel()
        if type_label is not None:
            self._type_label = type_label
        if area_names is not None:
            self._area_names = area_names
        self._rows = list(listing)
        self._display = [self._cells(s) for s in self._rows]
        self._sort = [self._sort_keys(s, cells) for s, cells in zip(self._rows, self._display)]
        self._search = [self._search_text(s, cells) for s, cells in zip(self._rows, self._display)]
        self._row_of_id = {s.id: i for i, s in enumerate(self._rows)}
        self.endResetModel()

    def update_listing(self, listing: Sequence[ServiceListing]) -> None:
        """Take a new listing after an edit, row by row (by id): changed rows are redrawn,
        deleted ones removed, restored ones added at the end; the rest stay as they are."""
        new_by_id = {s.id: s for s in listing}
        for row in reversed(range(len(self._rows))):
            if self._rows[row].id not in new_by_id:
                self.beginRemoveRows(QModelIndex(), row, row)
                for column in (self._rows, self._display, self._sort, self._search):
                    del column[row]
                self.endRemoveRows()
        self._row_of_id = {s.id: i for i, s in enumerate(self._rows)}
        for row, old in enumerate(self._rows):
            new = new_by_id[old.id]
            if new != old:
                self._set_row(row, new)
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(Column) - 1))
        added = [s for s in listing if s.id not in self._row_of_id]
        if added:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(added) - 1)
            for s in added:
                self._rows.append(s)
                self._display.append([]), self._sort.append([]), self._search.append("")
                self._set_row(len(self._rows) - 1, s)
                self._row_of_id[s.id] = len(self._rows) - 1
            self.endInsertRows()

    def _set_row(self, row: int, s: ServiceListing) -> None:
        self._rows[row] = s
        self._display[row] = self._cells(s)
        self._sort[row] = self._sort_keys(s, self._display[row])
        self._search[row] = self._search_text(s, self._display[row])

    def _search_text(self, s: ServiceListing, cells: list[str]) -> str:
        """The row's text and the names of every admin area it lies in, folded."""
        areas = [self._area_names.get(p, "") for p in s.admin_pcodes.values()]
        return fold("\n".join(cells)) + "\n" + "\n".join(a for a in areas if a)

    def set_only_here(self, service_ids: set[str]) -> None:
        """Mark the services that exist only in this copy of a shared directory (the server refused
        them, and the person kept them here)."""
        if service_ids == self._only_here:
            return
        self._only_here = set(service_ids)
        if self._rows:
            self.dataChanged.emit(self.index(0, Column.SERVICE), self.index(len(self._rows) - 1, Column.SERVICE))

    def listing(self, row: int) -> ServiceListing:
        return self._rows[row]

    def row_of(self, listing_id: str) -> int | None:
        return self._row_of_id.get(listing_id)

    def _location(self, s: ServiceListing) -> str:
        if s.confidential:
            return self.tr("Confidential")
        return self.tr("Placed") if s.latitude is not None and s.longitude is not None else self.tr("Not placed")

    def _cells(self, s: ServiceListing) -> list[str]:
        return [
            s.organisation,
            s.name,
            ", ".join(self._type_label(code) for code in s.service_types),
            s.site,
            s.lowest_pcode or "",
            ", ".join(s.phones),
            s.schedule or "",
            ages_text(s.minimum_age, s.maximum_age),
            ", ".join(language_name(code) for code in s.languages),
            s.verified_on or "",
            self._location(s),
        ]

    @staticmethod
    def _sort_keys(s: ServiceListing, cells: list[str]) -> list[object]:
        keys: list[object] = [fold(c) for c in cells]
        keys[Column.AGES] = float(s.minimum_age if s.minimum_age is not None else -1) * 1000 + (
            s.maximum_age if s.maximum_age is not None else 999
        )
        keys[Column.VERIFIED_ON] = s.verified_on or ""  # ISO dates sort as text
        return keys

    # --- QAbstractTableModel -----------------------------------------------------

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and self.cell_editor is not None and index.column() in self.EDITABLE:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: QModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self.cell_editor is None:
            return False
        if str(value) == self._display[index.row()][index.column()]:
            return False  # nothing changed
        problem = self.cell_editor(self._rows[index.row()], index.column(), str(value))
        if problem:
            self.editRejected.emit(problem)
            return False
        return True

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, col = index.row(), index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._display[row][col]
        if col == Column.SERVICE and self._rows[row].service_id in self._only_here:
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("%1: only in this copy; the shared directory did not take it").replace(
                    "%1", self._display[row][col])
            if role == Qt.ItemDataRole.DecorationRole:
                return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_ComputerIcon)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._display[row][col] or None
        if role == SORT_ROLE:
            return self._sort[row][col]
        if role == SEARCH_ROLE:
            return self._search[row]
        if role == TYPES_ROLE:
            return self._rows[row].service_types
        if role == ID_ROLE:
            return self._rows[row].id
        if role == VERIFIED_ROLE:
            return self._rows[row].verified_on
        if role == Qt.ItemDataRole.DecorationRole and col == Column.LOCATION and self._rows[row].confidential:
            return lock_icon()
        return None


class ServicesFilterModel(QSortFilterProxyModel):
    """Search (every word, anywhere in the row, ignoring case and accents), a service-type filter,
    and "not verified since a date" for the verification round."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._words: list[str] = []
        self._types: frozenset[str] = frozenset()
        self._verified_before: str | None = None  # ISO date; None: no staleness filter
        self.setSortRole(SORT_ROLE)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setSortLocaleAware(True)

    def set_search(self, text: str) -> None:
        words = fold(text).split()
        if words != self._words:
            self.beginFilterChange()
            self._words = words
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_service_types(self, codes: Iterable[str] | None) -> None:
        """Show only services of any of these types (None or empty: all)."""
        types = frozenset(codes or ())
        if types != self._types:
            self.beginFilterChange()
            self._types = types
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_not_verified_since(self, day: date | None) -> None:
        """Show only services never verified, or last verified before ``day`` (None: all)."""
        cutoff = day.isoformat() if day else None
        if cutoff != self._verified_before:
            self.beginFilterChange()
            self._verified_before = cutoff
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex) -> bool:
        source = self.sourceModel()
        index = source.index(source_row, 0, source_parent)
        row_types = source.data(index, TYPES_ROLE) or ()
        if self._types and not (self._types.intersection(row_types) or (UNTYPED in self._types and not row_types)):
            return False
        if self._verified_before is not None:
            verified = source.data(index, VERIFIED_ROLE)
            if verified and verified[:10] >= self._verified_before:
                return False
        if self._words:
            text = source.data(index, SEARCH_ROLE) or ""
            return all(w in text for w in self._words)
        return True
