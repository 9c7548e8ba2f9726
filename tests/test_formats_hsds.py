"""The HSDS 3.0 output validates against the official schema files (not copied into the project)."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from directory.store import Project
from importers.demo import build_demo
from importers.formats import hsds, hsds_tabular
from tests.formats_helpers import project_view, result_view

HSDS = Path(__file__).resolve().parents[2] / "shared" / "standards" / "hsds-3.0"
pytestmark = pytest.mark.skipif(not HSDS.exists(), reason="the HSDS 3.0 schema files are not beside the project")
jsonschema = pytest.importorskip("jsonschema")


def _load(*parts: str) -> dict:
    return json.loads(HSDS.joinpath(*parts).read_text(encoding="utf-8"))


def _validator(schema: dict):
    cls = jsonschema.validators.validator_for(schema)
    return cls(schema, format_checker=cls.FORMAT_CHECKER)  # uuid, email and date formats are checked


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    path, _ = build_demo(tmp_path_factory.mktemp("demo"))
    with Project.open(path) as project:
        yield project


def test_json_services_validate_against_the_compiled_schema(demo, tmp_path):
    out = tmp_path / "services.json"
    n = hsds.write(demo, out, include_confidential=True)
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert n == doc["total_items"] == len(doc["contents"]) == len(demo.services())
    validator = _validator(_load("schema", "compiled", "service.json"))
    errors = [f"{item['name']}: {'/'.join(map(str, e.path))}: {e.message}"
              for item in doc["contents"] for e in validator.iter_errors(item)]
    assert errors == []
    org_validator = _validator(_load("schema", "compiled", "organization.json"))
    assert [e.message for item in doc["contents"] for e in org_validator.iter_errors(item["organization"])] == []


def test_validation_catches_a_broken_record(demo, tmp_path):
    """The check above can fail: a record without its status, with a bad id, does not validate."""
    out = tmp_path / "services.json"
    hsds.write(demo, out)
    item = json.loads(out.read_text(encoding="utf-8"))["contents"][0]
    del item["status"]
    item["id"] = "not-a-uuid"
    messages = [e.message for e in _validator(_load("schema", "compiled", "service.json")).iter_errors(item)]
    assert any("status" in m for m in messages) and any("uuid" in m for m in messages)


def _typed(value: str, field: dict):
    if field["type"] in ("number", "integer"):
        return float(value) if field["type"] == "number" else int(value)
    return value


def test_tabular_package_follows_the_official_descriptor(demo, tmp_path):
    out = tmp_path / "package"
    hsds.write(demo, out, include_confidential=True)
    official = {r["name"]: r for r in _load("datapackage.json")["resources"]}
    ours = json.loads((out / "datapackage.json").read_text(encoding="utf-8"))
    tables: dict[str, list[dict]] = {}
    for resource in ours["resources"]:
        spec = official[resource["name"]]
        fields = spec["schema"]["fields"]
        assert resource["path"] == spec["path"]
        assert [(f["name"], f["type"], f.get("format")) for f in resource["schema"]["fields"]] == [
            (f["name"], f["type"], f.get("format")) for f in fields]
        with (out / resource["path"]).open(encoding="utf-8", newline="") as f:
            rows = list(csv.reader(f))
        assert rows[0] == [f["name"] for f in fields], resource["path"]
        records = []
        for row in rows[1:]:
            cells = dict(zip(rows[0], row))
            for f in fields:
                if f.get("constraints", {}).get("required"):
                    assert cells[f["name"]] != "", (resource["path"], f["name"])
            records.append({f["name"]: _typed(cells[f["name"]], f) for f in fields if cells[f["name"]] != ""})
        ids = [r["id"] for r in records]
        assert len(ids) == len(set(ids)), resource["path"]
        tables[resource["name"]] = records
    for name, spec in official.items():  # every foreign key we fill points at a row we wrote
        for fk in spec["schema"].get("foreignKeys", []):
            target = {r["id"] for r in tables.get(fk["reference"]["resource"], [])}
            dangling = [r[fk["fields"]] for r in tables.get(name, []) if r.get(fk["fields"]) and r[fk["fields"]] not in target]
            assert dangling == [], (name, fk["fields"])
    errors = list(_validator(_load("schema", "compiled", "tabular.json")).iter_errors(tables))
    assert [e.message for e in errors[:5]] == []
    assert len(tables["service"]) == len(demo.services()) and len(tables["location"]) == len(demo.sites())
    assert {t["name"] for t in tables["taxonomy"]} == {hsds.TYPES_TAXONOMY["name"], hsds.FIELDS_TAXONOMY["name"]}


def test_json_and_tabular_carry_the_same_directory(demo, tmp_path):
    hsds.write(demo, tmp_path / "d.json", include_confidential=True)
    hsds.write(demo, tmp_path / "pkg", include_confidential=True)
    assert result_view(hsds.read(tmp_path / "d.json")) == result_view(hsds.read(tmp_path / "pkg" / "datapackage.json"))
    assert result_view(hsds.read(tmp_path / "d.json")) == project_view(demo)


def test_reads_the_official_examples():
    """Another system's HSDS (the standard's own examples) reads, with an outcome per record."""
    page = hsds.read(HSDS / "examples" / "service_list.json")
    assert [(r.sheet, r.row, r.status) for r in page.rows] == [("services", 1, "imported")]
    assert page.organisations[0].name and page.services[0].organisation_id == page.organisations[0].id
    full = hsds.read(HSDS / "examples" / "service_full.json")
    service = full.services[0]
    assert service.name == "Community Counselling" and (service.minimum_age, service.maximum_age) == (12, 100)
    assert service.schedule_text.startswith("The service is available from 10 am")
    assert [c.name for c in service.contacts][0] == "Ann Persona"
    assert "ur" in service.languages
    assert full.sites and full.links == [(service.id, full.sites[0].id)]


def test_reads_the_official_tabular_example():
    result = hsds.read(HSDS / "examples" / "csv")
    assert [s.name for s in result.services] == ["Community Counselling"]
    assert result.organisations[0].name == "Example Organization Inc."
    assert [p.number for c in result.services[0].contacts for p in c.phones]


def test_not_hsds_is_a_user_error(tmp_path):
    from directory.errors import UserFacingError

    bad = tmp_path / "x.json"
    bad.write_text('{"hello": 1}', encoding="utf-8")
    with pytest.raises(UserFacingError, match="x.json"):
        hsds.read(bad)
    broken = tmp_path / "y.json"
    broken.write_text("{not json", encoding="utf-8")
    with pytest.raises(UserFacingError, match="y.json"):
        hsds.read(broken)
    assert hsds_tabular.TABLES["service"][0] == "services.csv"
