"""The coverage-gap panel, offscreen: run in the background idiom, sortable table, map, suggestions."""

from __future__ import annotations

import csv

import pytest

from tests.helpers import small_project

pytest.importorskip("PySide6")

SHOT = "/tmp/coverage-panel.png"  # looked at by hand; not part of the repository


@pytest.fixture()
def panel(qtbot, tmp_path):
    from desktop.analysis_panel import GapPanel

    project = small_project(tmp_path / "p.gpkg")
    pop = tmp_path / "pop.csv"
    with pop.open("w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["ADM2_PCODE", "T_TL", "T_00_04", "T_05_09", "T_10_14", "T_15_19"])
        w.writerow(["BD2022", 100000, 12000, 12000, 12000, 10000])
        w.writerow(["BD2084", 50000, 6000, 6000, 6000, 5000])
    widget = GapPanel(None, synchronous=True)
    qtbot.addWidget(widget)
    widget.set_project(project)
    widget.population.setText(str(pop))
    widget.resize(900, 800)
    widget.show()
    yield widget
    project.close()


def test_running_fills_the_table_and_the_summary(panel, qtbot):
    panel.service_type.setCurrentIndex(panel.service_type.findData("case_management"))
    panel.within.setText("20km")
    panel.run()
    assert panel.outcome is not None
    assert panel.model.rowCount() == 2
    assert "Children in scope: 63,000" in panel.status.text()
    assert "children 0–17" in panel.notes.toPlainText()
    # the table sorts by any column, numbers as numbers
    col = panel.model.horizontalHeaderItem(5).text()
    assert col == "uncovered"
    from PySide6.QtCore import Qt

    panel.table.sortByColumn(5, Qt.SortOrder.AscendingOrder)
    first = panel.model.item(0, 5).data(0)
    second = panel.model.item(1, 5).data(0)
    assert first <= second
    panel.suggest()
    assert "1. " in panel.sites.toPlainText() and "adds" in panel.sites.toPlainText()
    loaded = []
    panel.map.loadFinished.connect(loaded.append)
    qtbot.waitUntil(lambda: bool(loaded), timeout=20000)
    assert loaded == [True]
    panel.table.clicked.emit(panel.model.index(0, 1))
    qtbot.wait(1000)
    panel.tabs.setCurrentWidget(panel.map)
    qtbot.wait(1500)
    panel.grab().save(str(SHOT))
    panel.map.setUrl("about:blank")
    qtbot.wait(200)


def test_a_bad_threshold_is_shown_not_raised(panel):
    panel.within.setText("soon")
    panel.run()
    assert "give a distance or a time" in panel.status.text()
    assert panel.outcome is None
