"""A project keeps its population: the demo stores its illustrative one (labelled as invented),
``servicemap gaps`` uses it when no --population is given, and a project with none says so in
the command line's words."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import resources
from directory import input_store
from directory.store import Project
from tests.helpers import small_project

REPO = Path(__file__).resolve().parents[1]


def _cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "desktop.cli", *args], cwd=REPO, capture_output=True, text=True,
                          timeout=300)


def test_a_kept_file_comes_back_byte_for_byte_with_its_label(tmp_path):
    source = resources.path("demo/population/chattogram_adm3_population_ILLUSTRATIVE.csv")
    with small_project(tmp_path / "p.gpkg") as project:
        assert input_store.stored(project, "population") is None
        assert input_store.materialise(project, "population", tmp_path / "out") is None
        with project.change("test", "keep the population"):
            input_store.keep(project, "population", source, "ILLUSTRATIVE test figures")
    with Project.open(tmp_path / "p.gpkg") as project:
        kept = input_store.stored(project, "population")
        assert (kept.label, kept.filename) == ("ILLUSTRATIVE test figures", source.name)
        copy = input_store.materialise(project, "population", tmp_path / "out")
        assert copy.read_bytes() == source.read_bytes()
        assert any(e["table_name"] == "sm_inputs" for e in project.audit("population"))


@pytest.mark.slow
def test_gaps_on_the_demo_needs_no_population_file(tmp_path):
    assert _cli("demo", "--out", str(tmp_path)).returncode == 0
    demo = tmp_path / "servicemap-demo.gpkg"
    with Project.open(demo) as project:
        assert "ILLUSTRATIVE" in input_store.stored(project, "population").label
        assert input_store.stored(project, "spread_by").filename.endswith(".tif")
    result = _cli("gaps", str(demo), "--service-type", "case_management", "--scope", "BD2022", "--cell", "1000",
                  "--out", str(tmp_path / "gaps.csv"))
    assert result.returncode == 0, result.stderr
    assert "population: the project's own (ILLUSTRATIVE population of the demo" in result.stdout
    assert "Children in scope:" in result.stdout and (tmp_path / "gaps.csv").exists()
    assert "servicemap-population-" not in result.stdout  # the notes name files, not their temporary copies


def test_a_project_without_a_population_asks_for_one_in_the_commands_words(tmp_path):
    small_project(tmp_path / "p.gpkg").close()
    result = _cli("gaps", str(tmp_path / "p.gpkg"), "--service-type", "case_management", "--out", str(tmp_path / "g.csv"))
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert result.stderr.strip().splitlines() == [
        "servicemap: error: --population: give a COD-PS table (.csv/.xlsx) or a population raster (.tif); "
        "this project keeps none."]


def test_the_panel_asks_for_a_population_in_its_own_words(qtbot, tmp_path):
    from desktop.coverage.panel import GapPanel

    with small_project(tmp_path / "p.gpkg") as project:
        panel = GapPanel(None)  # the real worker thread
        qtbot.addWidget(panel)
        panel.set_project(project)
        assert panel.population.placeholderText().startswith("people in each area")  # the project keeps none
        panel.run()
        qtbot.waitUntil(lambda: "Not started" in panel.status.text(), timeout=60_000)
    assert "Under “Population”, choose a table of the number of people in each area" in panel.status.text()
