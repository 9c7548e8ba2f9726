"""Sorting the services table by a column's header.

The table model orders its own rows (each row's key made once, each distinct text compared in the user's
language), where Qt's filter model asked Python for two keys per comparison: 100,000 rows took half a
minute. The order must be the one Qt's own sorting gave (a plain ``QSortFilterProxyModel`` on the same
keys, locale-aware and case-insensitive, is the reference here), ties in the project's order, both ways;
a selected row stays selected; sorting by no column brings back the project's order; an edit keeps the
order shown.
"""

from __future__ import annotations

import itertools
import random

import pytest
from PySide6 import QtWebEngineWidgets  # noqa: F401
from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QTableView

QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)

from desktop.curation.services_model import (  # noqa: E402
    SORT_ROLE,
    Column,
    ServicesFilterModel,
    ServicesTableModel,
)
from directory.store import ServiceListing  # noqa: E402

ORGANISATIONS = ["Nari Shakti", "nari shakti", "ÉCOLE Partners", "Ecole partners", "Shishu Surokkha", "Ärzte Hilfe",
                 "Zonta", "aide et action", "BRAC", "Brac", "مركز الحماية", "কক্সবাজার সমিতি", "10 Ways", "9 Lives", ""]
SITES = ["Cox’s Bāzār Sadar", "Cox's Bazar Sadar", "Teknaf", "Ukhia", "ukhia", "Ramu", ""]


def _listing(k: int, rng: random.Random) -> ServiceListing:
    low = rng.choice([None, 0, 5, 10, 18])
    return ServiceListing(
        id=f"sas{k}", service_id=f"s{k}", site_id=f"x{k}", name=rng.choice(["Case management", "Legal aid",
                                                                             f"Outreach {k % 13}", "Safe shelter"]),
        organisation=rng.choice(ORGANISATIONS), service_types=rng.choice([["pss"], ["legal_aid"], []]),
        status="active", site=rng.choice(SITES), phones=[f"+88017{k % 7:08d}"] if k % 3 else [], emails=[],
        schedule="", minimum_age=low, maximum_age=rng.choice([None, 17, 24]) if low is None or low < 17 else None,
        genders=[], languages=rng.choice([["bn"], ["en", "bn"], []]), admin_pcodes={1: "BD20"},
        latitude=21.4, longitude=92.0, location_source="coordinates", confidential=False,
        verified_on=rng.choice([None, "2024-03-01", "2023-11-20", "2025-01-05"]),
    )


@pytest.fixture
def rows() -> list[ServiceListing]:
    rng = random.Random(5)
    return [_listing(k, rng) for k in range(400)]


def _ids(model, n=None) -> list[str]:
    n = model.rowCount() if n is None else n
    return [model.index(r, 0).data(Qt.ItemDataRole.DisplayRole) + "|" + model.index(r, Column.SERVICE).data()
            + "|" + str(model.index(r, Column.SITE).data()) for r in range(n)]


def _order(model) -> list[str]:
    """The rows' IDs as the model shows them."""
    source = model.sourceModel() if hasattr(model, "sourceModel") and model.sourceModel() else model
    out = []
    for r in range(model.rowCount()):
        index = model.mapToSource(model.index(r, 0)) if source is not model else model.index(r, 0)
        out.append(source.listing(index.row()).id)
    return out


def _qt_sorted(rows, column: int, order: Qt.SortOrder) -> list[str]:
    """The reference: Qt's own sorting of the same keys, as the table sorted before."""
    source = ServicesTableModel(rows, str)
    reference = QSortFilterProxyModel()
    reference.setSourceModel(source)
    reference.setSortRole(SORT_ROLE)
    reference.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    reference.setSortLocaleAware(True)
    QSortFilterProxyModel.sort(reference, column, order)
    return _order(reference)


@pytest.mark.parametrize("column", list(Column))
@pytest.mark.parametrize("order", [Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder])
def test_every_column_sorts_as_qt_sorted_it(qapp, rows, column, order) -> None:
    model = ServicesTableModel(rows, str)
    proxy = ServicesFilterModel()
    proxy.setSourceModel(model)
    proxy.sort(column, order)
    assert _order(proxy) == _qt_sorted(rows, column, order)


def test_the_reference_can_tell_a_wrong_order(qapp, rows) -> None:
    """The comparison fails for an order Qt would not give: ties (the same organisation) out of the
    project's order, or, sorting down, left in it (Qt turns them over with the rest)."""
    by_qt = _qt_sorted(rows, Column.ORGANISATION, Qt.SortOrder.AscendingOrder)
    model = ServicesTableModel(rows, str)
    key = {model.listing(i).id: model.index(i, Column.ORGANISATION).data(SORT_ROLE) for i in range(len(rows))}
    ties_turned = [i for _, run in itertools.groupby(by_qt, key=key.get) for i in reversed(list(run))]
    assert ties_turned != by_qt
    place = {k: n for n, k in reversed(list(enumerate(key[i] for i in by_qt)))}  # each text's first place
    stable_down = sorted((r.id for r in rows), key=lambda i: place[key[i]], reverse=True)
    assert stable_down != _qt_sorted(rows, Column.ORGANISATION, Qt.SortOrder.DescendingOrder)


def test_a_selected_row_stays_selected_and_no_sort_brings_back_the_project_order(qapp, rows) -> None:
    model = ServicesTableModel(rows, str)
    proxy = ServicesFilterModel()
    proxy.setSourceModel(model)
    view = QTableView()
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
    assert _order(proxy) == [r.id for r in rows]
    chosen = rows[37].id
    view.selectionModel().select(proxy.index(37, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                                 | QItemSelectionModel.SelectionFlag.Rows)
    view.sortByColumn(Column.SITE, Qt.SortOrder.DescendingOrder)  # as a click on the header does
    assert _order(proxy) == _qt_sorted(rows, Column.SITE, Qt.SortOrder.DescendingOrder)
    selected = {model.listing(proxy.mapToSource(i).row()).id for i in view.selectionModel().selectedRows()}
    assert selected == {chosen}
    proxy.sort(-1)
    assert _order(proxy) == [r.id for r in rows]
    view.deleteLater()


def test_an_edit_keeps_the_order_shown_and_a_new_listing_is_sorted_too(qapp, rows) -> None:
    model = ServicesTableModel(rows, str)
    proxy = ServicesFilterModel()
    proxy.setSourceModel(model)
    proxy.sort(Column.ORGANISATION, Qt.SortOrder.AscendingOrder)
    edited = list(rows)
    k = next(i for i, r in enumerate(rows) if r.organisation == "Zonta")
    edited[k] = ServiceListing(**{**rows[k].__dict__, "organisation": "Aaa first"})
    model.update_listing(edited)
    assert _order(proxy) == _qt_sorted(edited, Column.ORGANISATION, Qt.SortOrder.AscendingOrder)
    assert _order(proxy).index(rows[k].id) < _order(proxy).index(next(r.id for r in rows if r.organisation == "BRAC"))
    model.set_listing(list(reversed(rows)))
    assert _order(proxy) == _qt_sorted(list(reversed(rows)), Column.ORGANISATION, Qt.SortOrder.AscendingOrder)


def test_search_and_filters_work_on_the_sorted_rows(qapp, rows) -> None:
    model = ServicesTableModel(rows, str)
    proxy = ServicesFilterModel()
    proxy.setSourceModel(model)
    proxy.sort(Column.ORGANISATION, Qt.SortOrder.DescendingOrder)
    proxy.set_search("ecole")
    shown = _order(proxy)
    assert shown and all("cole" in next(r for r in rows if r.id == i).organisation.lower() for i in shown)
    assert shown == [i for i in _qt_sorted(rows, Column.ORGANISATION, Qt.SortOrder.DescendingOrder) if i in shown]
    proxy.set_service_types(["legal_aid"])
    assert all(next(r for r in rows if r.id == i).service_types == ["legal_aid"] for i in _order(proxy))


def test_an_edit_elsewhere_in_the_row_sorts_nothing_again(qapp, rows, monkeypatch) -> None:
    """Sorting 100,000 names takes a second or two: an edit of another column (the hours, a phone) leaves
    the order as it is, and the sort keys of the other rows are kept."""
    model = ServicesTableModel(rows, str)
    proxy = ServicesFilterModel()
    proxy.setSourceModel(model)
    proxy.sort(Column.SITE, Qt.SortOrder.AscendingOrder)
    shown = _order(proxy)
    sorts = []
    monkeypatch.setattr(model, "_order_rows", lambda: sorts.append(1) or list(range(model.rowCount())))
    edited = [ServiceListing(**{**r.__dict__, "schedule": "Sun-Thu 9-17"}) if r.id == shown[5] else r for r in rows]
    model.update_listing(edited)
    assert sorts == [] and _order(proxy) == shown
    assert model.index(proxy.mapToSource(proxy.index(5, 0)).row(), Column.HOURS).data() == "Sun-Thu 9-17"
    edited = [ServiceListing(**{**r.__dict__, "site": "Aaa"}) if r.id == shown[5] else r for r in edited]
    model.update_listing(edited)
    assert sorts == [1]  # the sorted column changed: sorted again
