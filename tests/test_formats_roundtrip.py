"""Exporting then importing gives back the same directory, for every format that has a reader."""

from __future__ import annotations

import pytest

from directory.store import Project
from importers.demo import build_demo
from importers.formats import FORMATS, module
from tests.formats_helpers import project_view, result_view

# format, file name; KML carries only services placed on the map
CASES = [
    ("hsds", "directory.json"),
    ("hsds", "package"),
    ("hsds", "package.zip"),
    ("hxl", "directory.csv"),
    ("hxl", "directory.xlsx"),
    ("xlsx", "directory.xlsx"),
    ("csv", "directory.csv"),
    ("gpkg", "directory.gpkg"),
    ("kml", "directory.kml"),
]


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    path, _ = build_demo(tmp_path_factory.mktemp("demo"))
    with Project.open(path) as project:
        yield project


@pytest.mark.parametrize(("fmt", "name"), CASES, ids=[f"{f}-{n}" for f, n in CASES])
def test_round_trip_gives_back_the_directory(demo, tmp_path, fmt, name):
    out = tmp_path / name
    written = module(fmt).write(demo, out, include_confidential=True)
    result = module(fmt).read(out, region="BD")
    expected = project_view(demo, placed_only=fmt == "kml")
    got = result_view(result)
    assert written > 100
    assert set(got) == set(expected)
    for service_id, want in expected.items():
        assert got[service_id] == want, (fmt, want["name"])
    assert all(r.status == "imported" for r in result.rows)
    assert {o.name for o in result.organisations} == {o.name for o in demo.organisations()}


def test_every_reader_keeps_the_row_it_came_from(demo, tmp_path):
    out = tmp_path / "d.csv"
    module("csv").write(demo, out, include_confidential=True)
    result = module("csv").read(out, region="BD")
    rows = {r.service_id: r.row for r in result.rows}
    first = result.services[0]
    assert first.provenance[0].file == "d.csv" and first.provenance[0].row == rows[first.id] == 2


def test_formats_without_a_reader_say_so():
    from importers.formats import UnknownFormatError, reader

    assert set(FORMATS) >= {"hsds", "hxl", "xlsx", "csv", "gpkg", "geojson", "kml", "vcard"}
    with pytest.raises(UnknownFormatError, match="does not read"):
        reader("vcard")
