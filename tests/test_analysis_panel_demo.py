"""The demo project's gap analysis from the panel, end to end: several service types, the
choropleth toggle, the bands, and safe houses kept off every page."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

pytest.importorskip("PySide6")

REPO = Path(__file__).resolve().parents[1]
POPULATION = REPO / "resources" / "demo" / "population" / "chattogram_adm3_population_ILLUSTRATIVE.csv"
SHOT = "/tmp/coverage-panel-demo.png"  # looked at by hand; not part of the repository


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> Path:
    from importers.demo import build_demo

    path, _ = build_demo(tmp_path_factory.mktemp("demo"))
    return Path(path)


def state(panel, qtbot) -> dict:
    got = []
    panel.results.map.page().runJavaScript("mapState()", 0, got.append)
    qtbot.waitUntil(lambda: bool(got), timeout=5000)
    out = json.loads(got[0])
    assert out["errors"] == []
    return out


def ask(panel, js: str):
    got = []
    panel.results.map.page().runJavaScript(js, 0, got.append)
    deadline = 50
    while not got and deadline:
        from PySide6.QtTest import QTest

        QTest.qWait(20)
        deadline -= 1
    return got[0] if got else None


@pytest.mark.slow
def test_the_demo_runs_from_the_panel_for_several_types(demo, qtbot):
    from desktop.coverage.panel import GapPanel
    from directory.store import Project

    project = Project.open(demo)
    confidential = [(r.latitude, r.longitude, r.name) for r in project.listing() if r.confidential and r.latitude]
    assert len(confidential) == 3  # the demo's safe houses
    panel = GapPanel(None, synchronous=True)
    qtbot.addWidget(panel)
    panel.set_project(project)
    panel.population.setText(str(POPULATION))
    panel.types.set_checked(["health", "safe_shelter"])
    panel.types.set_within("health", "5km")
    panel.resize(1000, 1000)
    panel.show()
    panel.run()
    assert list(panel.results.outcomes) == ["case_management", "health", "safe_shelter"]
    ov = panel.results.overview_model
    assert ov.rowCount() == 3
    for r in range(3):
        in_scope, covered, beyond = (ov.item(r, c).data(0) for c in (2, 3, 5))
        assert in_scope == covered + beyond > 1_000_000  # children of Chattogram division, illustrative
    assert str(panel.results.outcomes["health"].result.threshold) == "5 km"
    assert str(panel.results.outcomes["case_management"].result.threshold) == "10 km"  # the taxonomy's default

    # no page, and no stored catchment, carries a safe house: not its point, not its name
    for outcome in panel.results.outcomes.values():
        text = outcome.page.read_text(encoding="utf-8")
        numbers = set(re.findall(r"-?\d+\.\d+", text))
        for lat, lon, name in confidential:
            assert f"{lat:.5f}".rstrip("0") not in numbers or f"{lon:.5f}".rstrip("0") not in numbers
            assert name not in text
    shelter = panel.results.outcomes["safe_shelter"]
    assert shelter.services == [] and shelter.bands["features"] == []  # every demo shelter is confidential

    # the map of case management: both choropleths and the bands
    panel.results.showing.setCurrentIndex(panel.results.showing.findData("case_management"))
    qtbot.waitUntil(lambda: panel.results.map.page().url().toLocalFile().endswith("gaps-case_management.html"))
    qtbot.waitUntil(lambda: ask(panel, "typeof mapState === 'function' && map._loaded === true"), timeout=20000)
    s = state(panel, qtbot)
    assert s["areas"] == panel.results.model.rowCount() > 50 and s["bandCount"] == 3 and s["services"] > 5
    panel.results.by_uncovered.setChecked(True)
    panel.results.bands.setChecked(True)
    qtbot.wait(300)
    s = state(panel, qtbot)
    assert s["mode"] == "uncovered" and s["bands"] and "Children beyond 10 km" in s["legend"]
    assert "0–5 km" in s["legend"] and "10–20 km" in s["legend"]
    panel.results.table.clicked.emit(panel.results.model.index(0, 1))
    qtbot.wait(300)
    assert state(panel, qtbot)["zoom"] > s["zoom"]
    qtbot.wait(700)
    panel.grab().save(SHOT)
    panel.results.map.setUrl("about:blank")
    panel.close()
    panel.deleteLater()
    qtbot.wait(300)
    project.close()


def test_the_gap_page_drops_confidential_services_and_says_what_it_colours(tmp_path):
    import shapely

    from mapping.coverage.overlay import write_gap_map

    rows = [{"pcode": "BD2022", "name": "Cox's Bazar", "pct_covered": 40.0, "uncovered": 600, "analysed": 1000,
             "rank": 1}]
    services = [{"name": "Open clinic", "latitude": 21.4, "longitude": 92.0, "confidential": False},
                {"name": "Hidden shelter", "latitude": 21.654321, "longitude": 92.123456, "confidential": True}]
    page = write_gap_map(tmp_path / "p.html", rows, {"BD2022": shapely.box(91.0, 21.0, 93.0, 22.0)},
                         services=services, within="10 km", mode="uncovered")
    text = page.read_text(encoding="utf-8")
    assert "Open clinic" in text and "Hidden shelter" not in text and "21.65432" not in text
    assert '"mode": "uncovered"' in text and "Children beyond 10 km" in text and "% of children within 10 km" in text
    assert "http://" not in text and "https://" not in text
    with pytest.raises(ValueError):
        write_gap_map(tmp_path / "q.html", rows, {}, mode="both")
