"""The task layer every front end shares: one Cancelled, progress parts, and requests checked before they run."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from directory.tasks import Cancelled, InvalidRequest, part, stop_if
from mapping.coverage.request import GapsRequest, SuggestRequest, field_names

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ["directory", "importers", "mapping", "pathways", "desktop"]


def cancelled_classes(files) -> list[str]:
    """Every ``class Cancelled`` (or ``ImportCancelled`` …) defined in ``files``."""
    found = []
    for path in files:
        for node in ast.walk(ast.parse(Path(path).read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef) and node.name.endswith("Cancelled"):
                found.append(f"{path}:{node.lineno}")
    return found


def test_there_is_one_cancelled_exception():
    files = [p for pkg in PACKAGES for p in (ROOT / pkg).rglob("*.py")]
    assert len(files) > 100
    assert cancelled_classes(files) == [f"{ROOT / 'directory' / 'tasks.py'}:{_line_of_cancelled()}"]


def _line_of_cancelled() -> int:
    import inspect

    return inspect.getsourcelines(Cancelled)[1]


def test_the_scan_finds_a_second_cancelled(tmp_path):
    stray = tmp_path / "stray.py"
    stray.write_text("class ImportCancelled(Exception):\n    pass\n", encoding="utf-8")
    assert cancelled_classes([stray]) == [f"{stray}:1"]


def test_part_reports_a_step_inside_the_whole():
    seen = []
    step = part(lambda f, m: seen.append((round(f, 3), m)), 0.5, 0.9)
    step(0.0, "start")
    step(0.5, "half")
    step(1.0, "end")
    assert seen == [(0.5, "start"), (0.7, "half"), (0.9, "end")]
    part(None, 0, 1)(0.3, "nobody listens")  # no progress given: says nothing


def test_stop_if_raises_the_one_cancelled():
    stop_if(None)
    stop_if(lambda: False)
    with pytest.raises(Cancelled):
        stop_if(lambda: True)


def test_an_invalid_request_is_worded_by_each_front_end():
    exc = InvalidRequest("landcover_speeds", "give the land-cover raster too ({landcover}).", "speeds.csv")
    assert exc.describe(lambda f: "--" + f.replace("_", "-")) == (
        "--landcover-speeds speeds.csv: give the land-cover raster too (--landcover).")
    labels = {"landcover_speeds": "Speeds", "landcover": "Land cover"}
    assert exc.describe(labels.get) == "Speeds speeds.csv: give the land-cover raster too (Land cover)."
    assert str(exc) == "landcover speeds speeds.csv: give the land-cover raster too (landcover)."


@pytest.fixture
def project_file(tmp_path):
    path = tmp_path / "p.gpkg"
    path.write_bytes(b"")  # validation checks the path only; running opens it
    return path


@pytest.mark.parametrize(("changes", "field"), [
    ({"within": "soon"}, "within"),
    ({"within": "0km"}, "within"),
    ({"walking_speed": 0.0}, "walking_speed"),
    ({"landcover_speeds": "s.csv"}, "landcover_speeds"),
    ({"spread_by": "people.tif"}, "spread_by"),
    ({"roads": "nowhere.gpkg"}, "roads"),
    ({"cell": -5.0}, "cell"),
    ({"out": "gaps.pdf"}, "out"),
    ({"service_type": ""}, "service_type"),
])
def test_gaps_request_names_the_field_it_cannot_use(project_file, changes, field):
    request = GapsRequest(project_file, **({"service_type": "case_management"} | changes))
    with pytest.raises(InvalidRequest) as caught:
        request.validate()
    assert caught.value.field == field


def test_a_valid_request_passes_and_notes_unused_travel_inputs(project_file, tmp_path):
    roads = tmp_path / "roads.gpkg"
    roads.write_bytes(b"")
    request = GapsRequest(str(project_file), "case_management", within=" 10km ", roads=str(roads), walking_speed=4.0)
    request.validate()
    assert request.project == project_file and request.roads == roads  # text paths become paths
    assert str(request.threshold()) == "10 km"
    assert request.unused_inputs() == ["roads", "walking_speed"]
    assert GapsRequest(project_file, "x", within="60min", roads=roads).unused_inputs() == []
    assert request.params()["roads"] == str(roads) and "project" not in request.params()


def test_every_gaps_option_of_the_command_line_is_a_request_field():
    from desktop.cli import build_parser

    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command").choices["gaps"]
    options = {a.dest for a in sub._actions if a.dest not in ("help",)}
    request_fields = set(field_names()) | {"no_save"}  # --no-save is the request's save=False
    assert options - request_fields == set()


@pytest.mark.parametrize(("changes", "field"), [
    ({"add": 0}, "add"),
    ({"method": "fast"}, "method"),
    ({"candidates": "nowhere.csv"}, "candidates"),
    ({"out": "sites.pdf"}, "out"),
])
def test_suggest_request_names_the_field_it_cannot_use(project_file, changes, field):
    request = SuggestRequest(GapsRequest(project_file, "case_management"), **changes)
    with pytest.raises(InvalidRequest) as caught:
        request.validate()
    assert caught.value.field == field
