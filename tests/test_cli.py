"""The servicemap command: init, info, demo; user errors exit 2 with one line."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import geopandas as gpd
import pyogrio
import pytest

from desktop.cli import main
from tests.test_boundaries import write_cod

REPO = Path(__file__).resolve().parents[1]


def servicemap(*args: str) -> subprocess.CompletedProcess:
    """Run the command as a user would, in its own process."""
    return subprocess.run([sys.executable, "-m", "desktop.cli", *args], cwd=REPO, capture_output=True, text=True, timeout=600)


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("demo")
    result = servicemap("demo", "--out", str(out))
    assert result.returncode == 0, result.stderr
    return out / "servicemap-demo.gpkg"


def test_demo_writes_a_project_gis_software_lists(demo):
    layers = dict(pyogrio.list_layers(demo).tolist())
    assert layers["services"] == "Point"
    assert all(layers[f"admin_{n}"] == "MultiPolygon" for n in (1, 2, 3))
    services = gpd.read_file(demo, layer="services")
    assert len(services) >= 150
    assert services.geometry.notna().sum() >= 120
    # the demo's safe houses are in the directory but have no point in the GIS layer
    assert (services["confidential"] == 1).sum() == 3
    assert services.loc[services["confidential"] == 1].geometry.isna().all()


def test_info_prints_the_counts(demo):
    result = servicemap("info", str(demo))
    assert result.returncode == 0, result.stderr
    lines = dict(line.strip().split(": ", 1) for line in result.stdout.splitlines()[1:])
    assert lines["country"] == "Bangladesh (BGD)"
    assert int(lines["admin level 1 areas"]) == 8
    assert int(lines["admin level 2 areas"]) == 64
    assert lines["admin levels"] == "1 Division, 2 District, 3 Upazila"
    assert int(lines["services"]) >= 150
    assert int(lines["confidential services"]) == 3


def test_demo_services_carry_their_admin_pcodes_and_provenance(demo):
    from directory.store import Project

    with Project.open(demo) as project:
        listing = project.listing()
        districts = {a.pcode: a.name for a in project.admin_areas(2)}
        placed = [row for row in listing if row.latitude is not None]
        assert placed and all(row.admin_pcodes.get(3) for row in placed)
        assert {districts[row.admin_pcodes[2]] for row in placed} >= {"Rangamati", "Bandarban", "Cox's Bazar"}
        service = project.services()[0]
        prov = service.provenance[0]
        assert prov.file == "chattogram_services.xlsx" and prov.sheet == "Services" and prov.row >= 6
        assert prov.imported_at is not None


def test_init_from_cod_ab_files(tmp_path, capsys):
    files = write_cod(tmp_path)
    code = main(["init", str(tmp_path / "p.gpkg"), "--boundaries", *map(str, files)])
    out = capsys.readouterr().out
    assert code == 0
    assert "Created" in out and "level 3: 4" in out and "BGD" in out


def test_init_names_the_levels(tmp_path, capsys):
    from directory.store import Project

    files = write_cod(tmp_path)
    assert main(["init", str(tmp_path / "p.gpkg"), "--level-names", "Region", "District", "--boundaries", *map(str, files)]) == 0
    with Project.open(tmp_path / "p.gpkg") as project:
        assert project.admin_level_names() == {1: "Region", 2: "District", 3: "Admin level 3"}


def test_init_with_a_country_that_does_not_exist(tmp_path, capsys):
    files = write_cod(tmp_path)
    code = main(["init", str(tmp_path / "p.gpkg"), "--country", "ZZZ", "--boundaries", *map(str, files)])
    assert code == 2
    assert "ZZZ" in capsys.readouterr().err
    assert not (tmp_path / "p.gpkg").exists()


@pytest.mark.parametrize("args, expected", [
    (["info", "missing.gpkg"], "missing.gpkg: no such project file"),
    (["info"], "the following arguments are required: project"),
    (["info", "x.gpkg", "--bogus"], "unrecognized arguments: --bogus"),
    (["frobnicate"], "invalid choice: 'frobnicate'"),
    (["init", "p.gpkg", "--boundaries", "nowhere.geojson"], "nowhere.geojson: no such file"),
    (["init", "p.txt", "--boundaries", "b.geojson"], "p.txt: a project file ends in .gpkg"),
    (["desktop", "missing.gpkg"], "missing.gpkg: no such project file"),
])
def test_user_errors_exit_2_with_one_line_and_no_traceback(tmp_path, args, expected):
    result = subprocess.run([sys.executable, "-m", "desktop.cli", *args], cwd=tmp_path, capture_output=True, text=True,
                            env={"PYTHONPATH": str(REPO), "PATH": "/usr/bin:/bin"}, timeout=120)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert expected in lines[0]
    assert "Traceback" not in result.stderr and result.stdout == ""


def test_info_on_a_file_that_is_not_a_project(tmp_path):
    png = tmp_path / "map.gpkg"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    result = servicemap("info", str(png))
    assert result.returncode == 2 and "not a ServiceMap project" in result.stderr


def test_the_installed_command_exists():
    import shutil

    exe = shutil.which("servicemap")
    assert exe, "pip install should put 'servicemap' on PATH"
    result = subprocess.run([exe, "--version"], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0 and result.stdout.startswith("servicemap ")


def test_ci_runs_the_readme_test_command():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    command = 'python -m pip install -e ".[test]" && python -m pytest'
    assert command in readme
    assert command in (REPO / ".ci" / "run").read_text(encoding="utf-8")
