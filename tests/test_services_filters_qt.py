"""The table's filters say what they leave: "N of M services shown", a "Service type not given"
filter, and marking a service verified says it was done."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QInputDialog

from directory.model import Organisation, Service, Site
from tests.helpers import small_project
from tests.test_desktop import close_web_widget, settings  # noqa: F401 - the fixture


@pytest.fixture
def window(qtbot, settings, tmp_path):  # noqa: F811
    from desktop.window.main_window import MainWindow

    project = small_project(tmp_path / "p.gpkg", n_services=4)
    with project.change("test", "a service whose type nobody wrote down"):
        org = Organisation("Unsorted Partners")
        project.save_organisation(org)
        site = Site("Somewhere", latitude=21.5, longitude=92.1, admin_pcodes={1: "BD20", 2: "BD2022"},
                    location_source="coordinates")
        service = Service("Drop-in desk", org.id, [])
        project.save_site(site)
        project.save_service(service)
        project.link(service.id, site.id)
    project.close()
    win = MainWindow(settings, synchronous_map=True)
    win.show()
    assert win.open_project(tmp_path / "p.gpkg")
    yield win
    close_web_widget(qtbot, win)


def test_the_status_bar_counts_what_the_filters_show(window):
    panel = window.services_panel
    assert window.shown_count.text() == "5 of 5 services shown"
    panel.search.setText("Drop-in")
    assert window.shown_count.text() == "1 of 5 services shown"
    panel.search.setText("")
    assert window.shown_count.text() == "5 of 5 services shown"


def test_a_filter_for_services_with_no_type(window):
    panel = window.services_panel
    untyped = panel.type_filter.findText("Service type not given")
    assert untyped > 0
    panel.type_filter.setCurrentIndex(untyped)
    names = [panel.proxy.index(r, 1).data() for r in range(panel.proxy.rowCount())]
    assert names == ["Drop-in desk"] and window.shown_count.text() == "1 of 5 services shown"
    panel.type_filter.setCurrentIndex(panel.type_filter.findText("Case management"))
    assert panel.proxy.rowCount() == 3  # case management 1–3; the safe house and the desk are not


def test_marking_a_service_verified_says_so(window, monkeypatch):
    panel = window.services_panel
    panel.search.setText("Case management 1")
    panel.table.selectRow(0)
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("Phone call", True))
    window.edit.verify_selected()
    message = window.statusBar().currentMessage()
    assert message.startswith("“Case management 1” marked verified today (Phone call)")


def test_the_search_box_keeps_its_room_when_a_dock_narrows_the_table(window, qtbot):
    """On a 1366×768 laptop, opening Review locations left the table about 450 px wide and the search box
    shrank to "Sea…": it now takes a row of its own there, and goes back beside the filters when wide."""
    panel = window.services_panel
    window.resize(1366, 740)
    qtbot.wait(100)
    assert panel.width() > 600
    assert same_row(panel.search, panel.type_filter)
    window.show_panel("review")
    window.resize(1366, 740)
    qtbot.waitUntil(lambda: panel.width() < 520, timeout=5000)
    qtbot.wait(100)
    hint = panel.search.fontMetrics().horizontalAdvance("Search services")
    assert panel.search.width() > hint  # the start of its hint shows
    assert panel.search.geometry().bottom() < panel.type_filter.geometry().top()  # on a row of its own
    assert panel.stale_filter.isVisible() and panel.stale_filter.width() >= panel.stale_filter.sizeHint().width()
    window.panels["review"].close()
    qtbot.waitUntil(lambda: panel.width() > 600, timeout=5000)
    qtbot.wait(100)
    assert same_row(panel.search, panel.type_filter)


def same_row(a, b) -> bool:
    """Two widgets side by side on one row: their middles at the same height, give or take the pixel a
    line edit and a combo box of different heights may differ by (the fonts decide)."""
    return abs(a.geometry().center().y() - b.geometry().center().y()) <= 2


@pytest.fixture
def window_with_upazilas(qtbot, settings, tmp_path):  # noqa: F811
    """Two districts, one upazila with its Bengali name, and services in them (none named after the areas)."""
    import shapely

    from directory.model import AdminArea
    from desktop.window.main_window import MainWindow

    project = small_project(tmp_path / "p.gpkg", n_services=4)
    with project.change("test", "areas with their names by language, and a service in Teknaf"):
        project.replace_admin_level(
            2, [AdminArea("BD2022", "Cox's Bazar", 2, "BD20", ["Coxsbazar"], names={"en": "Cox's Bazar", "bn": "কক্সবাজার"}),
                AdminArea("BD2084", "Rangamati", 2, "BD20")],
            [shapely.box(91.0, 21.0, 93.0, 22.0), shapely.box(91.0, 22.0, 93.0, 23.0)])
        project.replace_admin_level(
            3, [AdminArea("BD20220090", "Teknaf", 3, "BD2022", names={"en": "Teknaf", "bn": "টেকনাফ"})],
            [shapely.box(92.0, 21.0, 92.5, 21.4)])
        org = Organisation("Coastal Partners")
        project.save_organisation(org)
        site = Site("Jetty road", latitude=21.2, longitude=92.2, admin_pcodes={1: "BD20", 2: "BD2022", 3: "BD20220090"},
                    location_source="coordinates")
        service = Service("Drop-in desk", org.id, ["case_management"])
        project.save_site(site)
        project.save_service(service)
        project.link(service.id, site.id)
    project.close()
    win = MainWindow(settings, synchronous_map=True)
    win.show()
    assert win.open_project(tmp_path / "p.gpkg")
    yield win
    close_web_widget(qtbot, win)


def test_the_search_finds_services_by_the_names_of_their_admin_areas(window_with_upazilas):
    """Finding 2 of the second tryout: "Teknaf" found only an organisation so named, "Cox" nothing; the
    search now matches the names (any language, any level) of every admin area a service lies in."""
    window = window_with_upazilas
    panel = window.services_panel

    def found(text: str) -> list[str]:
        panel.search.setText(text)
        return sorted(panel.proxy.index(r, 1).data() for r in range(panel.proxy.rowCount()))

    assert found("Teknaf") == ["Drop-in desk"] and window.shown_count.text() == "1 of 5 services shown"
    assert found("টেকনাফ") == ["Drop-in desk"]
    in_district = ["Case management 2", "Drop-in desk", "Safe shelter"]  # sites 0 and 2, and the desk
    assert found("Cox") == in_district
    assert found("cox's") == found("Cox’s bazar") == in_district
    assert found("কক্সবাজার") == found("coxsbazar") == in_district
    assert found("Rangamati") == ["Case management 1", "Case management 3"]
    assert found("Chattogram") == ["Case management 1", "Case management 2", "Case management 3", "Drop-in desk",
                                   "Safe shelter"]
    assert found("Teknaf desk") == ["Drop-in desk"]  # every word, area names included
    assert found("Rangamati desk") == []


def test_the_area_names_are_looked_up_once_per_listing_not_per_keystroke(qapp):
    """20,000 services: the area names are folded once, when the listing is set; a search is then a scan of
    the rows' prepared text."""
    import time

    from desktop.curation.services_model import ServicesFilterModel, ServicesTableModel, area_search_names
    from directory.model import AdminArea
    from directory.store import ServiceListing

    areas = [AdminArea(f"BD{d:02d}", f"District {d}", 2, names={"bn": f"জেলা-d{d}"}) for d in range(64)]
    areas += [AdminArea(f"BD{d:02d}{u:02d}", f"Upazila d{d}u{u}", 3, f"BD{d:02d}") for d in range(64) for u in range(8)]
    names = area_search_names(areas)
    listing = [ServiceListing(
        id=f"sas{i}", service_id=f"s{i}", site_id=f"site{i}", name=f"Service {i}", organisation="Org", service_types=[],
        status="active", site=f"Site {i}", phones=[], emails=[], schedule="", minimum_age=None, maximum_age=None,
        genders=[], languages=[], admin_pcodes={2: f"BD{i % 64:02d}", 3: f"BD{i % 64:02d}{i % 8:02d}"},
        latitude=None, longitude=None, location_source="", confidential=False, verified_on=None) for i in range(20_000)]
    model = ServicesTableModel()
    model.set_listing(listing, area_names=names)
    proxy = ServicesFilterModel()
    proxy.setSourceModel(model)
    started = time.perf_counter()
    proxy.set_search("জেলা-d7")  # District 7: rows 7, 71, 135 …
    took = time.perf_counter() - started
    assert proxy.rowCount() == len([i for i in range(20_000) if i % 64 == 7])
    proxy.set_search("upazila d7u3")
    assert proxy.rowCount() == len([i for i in range(20_000) if i % 64 == 7 and i % 8 == 3])
    assert took < 1.0, took


def test_the_status_bar_writes_its_numbers_in_one_locale(window):
    """With Arabic the default locale (View ▸ Language, finding 8), the status bar said "الخدمات: 179"
    beside "تُعرض ١٧ من ١٧٩": the project's counts now follow the locale as the shown count does."""
    from PySide6.QtCore import QLocale

    before = QLocale()
    QLocale.setDefault(QLocale("ar"))
    try:
        window._show_project_state()
        five = QLocale().toString(5)
        assert five == "٥"
        assert f"{five} services at" in window.summary.text() and "5" not in window.summary.text().replace("p", "")
        assert window.shown_count.text() == f"{five} of {five} services shown"
    finally:
        QLocale.setDefault(before)
