"""The services table: one row per service at a site, with search and a service-type filter."""

from __future__ import annotations

import functools
import re
import sys
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from datetime import date
from enum import IntEnum

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCollator,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QStyle

from desktop.row_order import KeepsSourceOrder, move_rows
from directory.store import ServiceListing

SORT_ROLE = Qt.ItemDataRole.UserRole + 1  # numbers and dates sort as such
ID_ROLE = Qt.ItemDataRole.UserRole + 4  # the service-at-site id (the map's marker id)
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
_FOLDED: dict[str, str] = {}  # a text -> its folded form: a listing repeats organisations, types and places
_FOLDED_MAX = 200_000


def fold(text: str) -> str:
    """Text folded for matching: case, accents and the kind of apostrophe ignored ("Cox’s Bāzār" ~ "cox's bazar")."""
    folded = _FOLDED.get(text)
    if folded is None:
        folded = _fold(text)
        if len(_FOLDED) >= _FOLDED_MAX:
            _FOLDED.clear()
        _FOLDED[text] = folded
    return folded


def _fold(text: str) -> str:
    """:func:`fold`, not remembered (for a text seen once, such as a whole row)."""
    if text.isascii():  # no accents to drop, and casefold() is lower() for ASCII
        return text.lower().translate(_APOSTROPHES)
    return _combining().sub("", unicodedata.normalize("NFKD", text)).casefold().translate(_APOSTROPHES)


@functools.lru_cache(maxsize=1)
def _combining() -> re.Pattern:
    """Every combining character (accents, Arabic marks, the Bengali virama …), as one character class."""
    return re.compile("[" + re.escape("".join(filter(unicodedata.combining, map(chr, range(sys.maxunicode + 1))))) + "]")


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


class RowTexts:
    """What the table shows of each service, and the folded text its search looks in.

    Plain Python (Qt's translations and locale names may be read from any thread), so the worker
    that reads a large project makes them (:mod:`desktop.window.opening`) and the window only
    takes them."""

    def __init__(self, type_label: Callable[[str], str] = str, area_names: dict[str, str] | None = None):
        self.type_label = type_label
        self.area_names = area_names if area_names is not None else {}  # P-code -> names folded (area_search_names)
        self._said: dict[tuple, str] = {}  # the types', languages' and ages' texts, written once for all rows
        t = lambda text: QCoreApplication.translate(_CONTEXT, text)  # noqa: E731 - marked below for lupdate
        self._where = {"confidential": t(_WHERE[0]), "placed": t(_WHERE[1]), "not placed": t(_WHERE[2])}

    def rows(self, listing: Sequence[ServiceListing]) -> tuple[list[list[str]], list[str]]:
        """Every row's cells and search text."""
        display = [self.cells(s) for s in listing]
        return display, [self.search_text(s, cells) for s, cells in zip(listing, display)]

    def cells(self, s: ServiceListing) -> list[str]:
        said = self._said
        types, languages, ages = ("types", *s.service_types), ("languages", *s.languages), (s.minimum_age, s.maximum_age)
        if (types_text := said.get(types)) is None:
            types_text = said[types] = ", ".join(map(self.type_label, types[1:]))
        if (languages_text := said.get(languages)) is None:
            languages_text = said[languages] = ", ".join(map(language_name, languages[1:]))
        if (ages_said := said.get(ages)) is None:
            ages_said = said[ages] = ages_text(*ages)
        return [
            s.organisation,
            s.name,
            types_text,
            s.site,
            s.lowest_pcode or "",
            ", ".join(s.phones),
            s.schedule or "",
            ages_said,
            languages_text,
            s.verified_on or "",
            self._where["confidential" if s.confidential else "placed" if s.latitude is not None
                        and s.longitude is not None else "not placed"],
        ]

    def search_text(self, s: ServiceListing, cells: list[str]) -> str:
        """The row's text and the names of every admin area it lies in, folded."""
        areas = [self.area_names.get(p, "") for p in s.admin_pcodes.values()]
        return _fold("\n".join(cells)) + "\n" + "\n".join(a for a in areas if a)


_WHERE = (QT_TRANSLATE_NOOP("ServicesTableModel", "Confidential"), QT_TRANSLATE_NOOP("ServicesTableModel", "Placed"),
          QT_TRANSLATE_NOOP("ServicesTableModel", "Not placed"))  # the Location column's words


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
        self._texts = RowTexts(type_label)
        self._headers = _headers()
        self._rows: list[ServiceListing] = []
        self._display: list[list[str]] = []
        self._sort_columns: dict[int, list[object]] = {}  # column -> every row's sort key, made when first sorted
        self._search: list[str] = []
        self._row_of_id: dict[str, int] = {}
        self._only_here: set[str] = set()
        self._sorted_by: tuple[int, Qt.SortOrder] = (-1, Qt.SortOrder.AscendingOrder)  # -1: the project's order
        self.set_listing(listing)

    def set_listing(self, listing: Sequence[ServiceListing], type_label: Callable[[str], str] | None = None,
                    area_names: dict[str, str] | None = None, texts: RowTexts | None = None,
                    made: tuple[list[list[str]], list[str]] | None = None) -> None:
        """``area_names``: P-code -> the area's names folded for search (:func:`area_search_names`),
        so that the search finds a service by the name of any admin area it lies in. ``texts`` and
        ``made``: the row texts and ``texts.rows(listing)``, made beforehand (in a worker)."""
        self.beginResetModel()
        if texts is None:
            texts = RowTexts(type_label or self._texts.type_label,
                             area_names if area_names is not None else self._texts.area_names)
        self._texts = texts
        self._rows = list(listing)
        self._listed = {s.id: i for i, s in enumerate(self._rows)}  # the project's order
        self._display, self._search = made if made is not None else texts.rows(self._rows)
        self._sort_columns = {}
        self._row_of_id = {s.id: i for i, s in enumerate(self._rows)}
        if self._sorted_by != (-1, Qt.SortOrder.AscendingOrder):  # else they are in the project's order already
            self._order_rows()
        self.endResetModel()

    def update_listing(self, listing: Sequence[ServiceListing]) -> None:
        """Take a new listing after an edit, row by row (by id): changed rows are redrawn,
        deleted ones removed, restored ones added at the end; the rest stay as they are."""
        new_by_id = {s.id: s for s in listing}
        for row in reversed(range(len(self._rows))):
            if self._rows[row].id not in new_by_id:
                self.beginRemoveRows(QModelIndex(), row, row)
                for column in (self._rows, self._display, self._search, *self._sort_columns.values()):
                    del column[row]
                self.endRemoveRows()
        self._row_of_id = {s.id: i for i, s in enumerate(self._rows)}
        sorted_by = self._sorted_by[0]
        out_of_order = False  # an edit of the column the rows are sorted by
        for row, old in enumerate(self._rows):
            new = new_by_id[old.id]
            if new != old:
                before = self._display[row][sorted_by] if sorted_by >= 0 else None
                self._set_row(row, new)
                out_of_order = out_of_order or before != (self._display[row][sorted_by] if sorted_by >= 0 else None)
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(Column) - 1))
        added = [s for s in listing if s.id not in self._row_of_id]
        if added:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(added) - 1)
            for s in added:
                self._rows.append(s)
                self._display.append([]), self._search.append("")
                for keys in self._sort_columns.values():
                    keys.append(None)
                self._set_row(len(self._rows) - 1, s)
                self._row_of_id[s.id] = len(self._rows) - 1
                self._listed.setdefault(s.id, len(self._listed))  # after the project's rows
            self.endInsertRows()
        if sorted_by >= 0 and (out_of_order or added):  # those rows to their places in the order shown
            self.sort(*self._sorted_by)

    def _set_row(self, row: int, s: ServiceListing) -> None:
        self._rows[row] = s
        self._display[row] = self._texts.cells(s)
        self._search[row] = self._texts.search_text(s, self._display[row])
        for column, keys in self._sort_columns.items():
            keys[row] = self._sort_key(column, row)

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

    def search_text(self, row: int) -> str:
        """The row's text and its areas' names, folded (what the search looks in)."""
        return self._search[row]

    def row_of(self, listing_id: str) -> int | None:
        return self._row_of_id.get(listing_id)

    def _sort_keys(self, column: int) -> list[object]:
        """Every row's key for sorting by ``column``: numbers and dates as such, text folded."""
        keys = self._sort_columns.get(column)
        if keys is None:
            keys = self._sort_columns[column] = [self._sort_key(column, row) for row in range(len(self._rows))]
        return keys

    def _sort_key(self, column: int, row: int) -> object:
        s = self._rows[row]
        if column == Column.AGES:
            return float(s.minimum_age if s.minimum_age is not None else -1) * 1000 + (
                s.maximum_age if s.maximum_age is not None else 999)
        if column == Column.VERIFIED_ON:
            return s.verified_on or ""  # ISO dates sort as text
        return fold(self._display[row][column])

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Order the rows by ``column`` (-1: as the project lists them), as the table's header asks."""
        self._sorted_by = (column, order)
        if self._rows:
            move_rows(self, self._order_rows)

    def _order_rows(self) -> list[int]:
        """Put the rows in the order asked (:meth:`sort`); returns, for each new row, the row it was. Each
        row's key is made once, and each distinct text compared once in the user's language
        (:mod:`desktop.row_order`)."""
        column, order = self._sorted_by
        listed = [self._listed[s.id] for s in self._rows]
        moved_from = sorted(range(len(self._rows)), key=listed.__getitem__)  # from the project's order, each time
        keys = self._sort_keys(column) if column >= 0 else []
        if keys and isinstance(keys[0], str):  # text: its place among the column's texts, in the user's language
            collator = QCollator()
            collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            rank: dict[str, int] = {}
            last = None
            for text in sorted(set(keys), key=functools.cmp_to_key(collator.compare)):
                rank[text] = rank[last] if last is not None and collator.compare(last, text) == 0 else len(rank)
                last = text
            keys = [rank[k] for k in keys]
        if keys:
            moved_from.sort(key=keys.__getitem__)  # ties stay in the project's order
        if order == Qt.SortOrder.DescendingOrder:
            moved_from.reverse()  # ties too, as Qt's own sorting turns them
        for name in ("_rows", "_display", "_search"):
            setattr(self, name, [getattr(self, name)[i] for i in moved_from])
        self._sort_columns = {c: [k[i] for i in moved_from] for c, k in self._sort_columns.items()}
        self._row_of_id = {s.id: i for i, s in enumerate(self._rows)}
        return moved_from

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
            return self._sort_keys(col)[row]
        if role == ID_ROLE:
            return self._rows[row].id
        if role == Qt.ItemDataRole.DecorationRole and col == Column.LOCATION and self._rows[row].confidential:
            return lock_icon()
        return None


class ServicesFilterModel(KeepsSourceOrder):
    """Search (every word, anywhere in the row, ignoring case and accents), a service-type filter,
    and "not verified since a date" for the verification round."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._words: list[str] = []
        self._types: frozenset[str] = frozenset()
        self._verified_before: str | None = None  # ISO date; None: no staleness filter

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
        """Asked once per row (100,000 times for a national directory): read from the table model's rows."""
        if not self._types and self._verified_before is None and not self._words:
            return True
        source: ServicesTableModel = self.sourceModel()
        s = source.listing(source_row)
        if self._types and self._types.isdisjoint(s.service_types) and not (
                UNTYPED in self._types and not s.service_types):
            return False
        if self._verified_before is not None and s.verified_on and s.verified_on[:10] >= self._verified_before:
            return False
        if self._words:
            text = source.search_text(source_row)
            for word in self._words:
                if word not in text:
                    return False
        return True
