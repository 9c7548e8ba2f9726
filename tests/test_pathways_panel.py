"""The pathway panel: choosing areas, live preview, editing and saving steps, export."""

from __future__ import annotations

import csv
import io

import pytest
from PySide6 import QtWebEngineWidgets  # noqa: F401 - before the QApplication
from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal

QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_UseSoftwareOpenGL)

from desktop.pathways.panel import PathwayPanel  # noqa: E402
from pathways.templates import load_template  # noqa: E402
from tests.pathway_fixtures import SAFE_HOUSE_ADDRESS, pathway_project  # noqa: E402


class FakeWindow(QObject):
    projectChanged = Signal(object)

    def __init__(self, project):
        super().__init__()
        self.project = project


@pytest.fixture
def panel(qtbot, tmp_path):
    project = pathway_project(tmp_path / "p.gpkg")
    window = FakeWindow(project)
    widget = PathwayPanel(window, synchronous=True)
    widget.show()
    yield widget
    widget.close()
    widget.deleteLater()  # the web page must go before the profile (QtWebEngine warns otherwise)
    qtbot.wait(300)
    project.close()


def test_choosing_an_area_previews_its_pathway(panel, qtbot):
    assert panel.level.currentData() == 2
    assert panel.areas.count() == 3
    panel.choose_areas(["BDX01"])
    panel.refresh_preview()
    loaded = []
    panel.preview.loadFinished.connect(loaded.append)
    qtbot.waitUntil(lambda: bool(loaded), timeout=20000)
    assert loaded == [True]
    texts = []
    panel.preview.page().toPlainText(texts.append)
    qtbot.waitUntil(lambda: bool(texts), timeout=10000)
    assert "Alpha case management" in texts[0] and "Bravo far case management" not in texts[0]
    assert "1098" in texts[0] and SAFE_HOUSE_ADDRESS not in texts[0]
    qtbot.wait(1500)  # let the page paint before the screenshot
    panel.grab().save(str(panel.window_.project.path.with_name("panel.png")))


def test_edited_steps_are_saved_in_the_project(panel):
    panel.concern.setCurrentIndex(panel.concern.findData("gbv"))
    panel.choose_areas(["BDX01"])
    panel.refresh_preview()
    panel.steps.steps.setCurrentRow(2)  # health within 72 hours
    assert panel.steps.current_step().key == "health_72h"
    assert panel.steps.services.count() == 2
    panel.steps.title.setText("Go to the clinic within 72 hours")
    panel.steps.title.textEdited.emit(panel.steps.title.text())
    first = panel.steps.services.item(0)
    first.setCheckState(Qt.CheckState.Unchecked)  # leave "Alpha clinic" off the step
    panel.save_steps()
    saved = load_template(panel.window_.project, "gbv", "en")
    step = next(s for s in saved.steps if s.key == "health_72h")
    assert step.title == "Go to the clinic within 72 hours" and len(step.hidden) == 1
    panel.refresh_preview()
    assert panel.steps.services.count() == 2  # the hidden one stays listed, unticked
    assert panel.steps.services.item(1).checkState() == Qt.CheckState.Unchecked


def test_export_writes_every_chosen_area(panel, tmp_path):
    panel.choose_areas(["BDX01", "BDX03"])
    out = panel.export(tmp_path / "all.csv", "csv")
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    assert {r["area_pcode"] for r in rows} == {"BDX01", "BDX03"}
    assert all(SAFE_HOUSE_ADDRESS not in ",".join(r.values()) for r in rows)
