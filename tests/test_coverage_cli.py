"""``servicemap gaps`` and ``servicemap suggest`` on a small project: files, summary, stored runs."""

from __future__ import annotations

import csv

import pytest

from desktop.cli import main
from directory import analysis_store
from directory.store import Project
from tests.helpers import small_project

ISSUE_COLUMNS = ["pcode", "name", "level", "population", "children", "services", "covered", "uncovered",
                 "pct_covered", "nearest", "rank"]


@pytest.fixture()
def setup(tmp_path):
    small_project(tmp_path / "p.gpkg").close()
    pop = tmp_path / "pop.csv"
    with pop.open("w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["ADM2_PCODE", "T_TL", "T_00_04", "T_05_09", "T_10_14", "T_15_19"])
        w.writerow(["BD2022", 100000, 12000, 12000, 12000, 10000])
        w.writerow(["BD2084", 50000, 6000, 6000, 6000, 5000])
    return tmp_path / "p.gpkg", pop


def test_gaps_writes_the_table_prints_a_summary_and_stores_the_run(setup, tmp_path, capsys):
    project, pop = setup
    out = tmp_path / "gaps.csv"
    rc = main(["gaps", str(project), "--service-type", "case_management", "--within", "10km", "--population", str(pop),
               "--cell", "1000", "--out", str(out), "--raster", str(tmp_path / "km.tif")])
    assert rc == 0
    text = capsys.readouterr().out
    assert "Children in scope: 63,000" in text
    assert "Covered:" in text and "Beyond the threshold:" in text and "Worst five areas:" in text
    with out.open(encoding="utf-8-sig") as f:
        rows = list(csv.DictReader(f))
    assert all(c in rows[0] for c in ISSUE_COLUMNS)
    for r in rows:
        assert int(r["covered"]) + int(r["uncovered"]) == int(r["children"])
    assert {r["children"] for r in rows} == {"42000", "21000"}  # 3 × 12,000 + 3/5 × 10,000
    with Project.open(project) as p:
        runs = analysis_store.runs(p)
        assert len(runs) == 1 and runs[0].service_type == "case_management" and runs[0].within == "10 km"
        assert len(analysis_store.run_rows(p, runs[0].id)) == 2
        assert analysis_store.run_raster(p, runs[0].id)[:2] in (b"II", b"MM")  # a GeoTIFF
    import rasterio

    with rasterio.open(tmp_path / "km.tif") as src:
        assert src.crs.to_epsg() == 32646 and src.tags()["unit"] == "km"


@pytest.mark.parametrize("ext", [".xlsx", ".gpkg"])
def test_gaps_exports_xlsx_and_geopackage(setup, tmp_path, ext):
    project, pop = setup
    out = tmp_path / f"gaps{ext}"
    assert main(["gaps", str(project), "--service-type", "case_management", "--population", str(pop), "--cell", "1000",
                 "--out", str(out), "--no-save"]) == 0
    if ext == ".xlsx":
        from openpyxl import load_workbook

        wb = load_workbook(out)
        assert [c.value for c in wb["Gaps"][1]][: len(ISSUE_COLUMNS) + 1][:5] == ISSUE_COLUMNS[:5]
        assert any("children 0–17" in str(r[1].value) for r in wb["Notes"].iter_rows())
    else:
        import pyogrio

        layers = [name for name, _ in pyogrio.list_layers(out)]
        assert layers == ["gaps", "catchments"]
        assert len(pyogrio.read_dataframe(out, layer="gaps")) == 2


def test_suggest_reports_what_each_site_adds(setup, tmp_path, capsys):
    project, pop = setup
    out = tmp_path / "sites.csv"
    rc = main(["suggest", str(project), "--service-type", "case_management", "--add", "2", "--within", "20km",
               "--population", str(pop), "--cell", "1000", "--candidates", "grid", "--out", str(out)])
    assert rc == 0
    text = capsys.readouterr().out
    assert "Suggested sites (greedy" in text and "adds" in text
    with out.open(encoding="utf-8-sig") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) == 2
    assert int(rows[0]["adds"]) >= int(rows[1]["adds"]) > 0
    assert int(rows[1]["cumulative"]) == int(rows[0]["adds"]) + int(rows[1]["adds"])


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--within", "far"], "give a distance or a time"),
        (["--service-type", "nope"], "unknown service type"),
        (["--out", "x.pdf"], ".csv, .xlsx or .gpkg"),
    ],
)
def test_user_mistakes_exit_2_with_one_line(setup, tmp_path, capsys, extra, message):
    project, pop = setup
    args = ["gaps", str(project), "--service-type", "case_management", "--population", str(pop),
            "--out", str(tmp_path / "g.csv"), *extra]
    assert main(args) == 2
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1
