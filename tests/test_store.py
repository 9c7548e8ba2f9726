"""The project file: one GeoPackage, transactions, audit, versions and migrations."""

from __future__ import annotations

import sqlite3

import geopandas as gpd
import pyogrio
import pytest
import shapely

from directory import schema
from directory.model import AdminArea, Organisation, Service
from directory.store import Project, ProjectError
from tests.helpers import small_project


def test_project_is_a_geopackage_that_gis_software_lists(tmp_path):
    path = tmp_path / "p.gpkg"
    small_project(path).close()
    layers = dict(pyogrio.list_layers(path).tolist())
    assert layers["services"] == "Point"
    assert layers["admin_1"] == "MultiPolygon" and layers["admin_2"] == "MultiPolygon"
    services = gpd.read_file(path, layer="services")
    assert len(services) == 3
    assert services.crs.to_epsg() == 4326
    assert sorted(services["adm2_pcode"]) == ["BD2022", "BD2022", "BD2084"]
    # no -wal/-shm files: the project is one file that can be copied as it is
    assert sorted(p.name for p in tmp_path.iterdir()) == ["p.gpkg"]


def test_confidential_service_has_no_point_in_the_gis_layer(tmp_path):
    path = tmp_path / "p.gpkg"
    small_project(path).close()
    # the sites table, which keeps every point (safe houses included), is not offered as a layer
    assert "sm_sites" not in dict(pyogrio.list_layers(path).tolist())
    services = gpd.read_file(path, layer="services")
    safe = services[services["confidential"] == 1]
    assert len(safe) == 1 and safe.geometry.isna().all()
    assert services[services["confidential"] == 0].geometry.notna().all()


def test_pcodes_stay_text_with_leading_zeros(tmp_path):
    from directory.model import AdminArea
    import shapely

    with Project.create(tmp_path / "p.gpkg") as project:
        with project.change("test"):
            project.replace_admin_level(1, [AdminArea("0101", "North", 1)], [shapely.box(0, 0, 1, 1)])
        assert project.admin_areas(1)[0].pcode == "0101"
    frame = gpd.read_file(tmp_path / "p.gpkg", layer="admin_1")
    assert frame["pcode"].tolist() == ["0101"]


def test_records_round_trip(tmp_path):
    with small_project(tmp_path / "p.gpkg") as project:
        services = {s.name: s for s in project.services()}
        safe = services["Safe shelter"]
        assert safe.confidential and safe.service_types == ["safe_shelter"]
        assert safe.contacts[0].phones[0].number == "+8801700555100"
        again = project.service(safe.id)
        assert again == safe
        listing = project.listing()
        assert len(listing) == 3
        assert {row.admin_pcodes[2] for row in listing} == {"BD2022", "BD2084"}


def test_a_failed_change_leaves_nothing_behind(tmp_path):
    with small_project(tmp_path / "p.gpkg") as project:
        before = project.counts()
        with pytest.raises(RuntimeError):
            with project.change("edit", "half an edit"):
                org = Organisation("Half written")
                project.save_organisation(org)
                project.save_service(Service("x", org.id))
                raise RuntimeError("power cut")
        assert project.counts() == before
        assert [c.description for c in project.changes()][-1] != "half an edit"


def test_writes_outside_a_change_are_refused(tmp_path):
    with small_project(tmp_path / "p.gpkg") as project:
        with pytest.raises(RuntimeError, match="inside Project.change"):
            project.save_organisation(Organisation("Loose write"))


def test_audit_records_what_changed_when_and_through_which_change(tmp_path):
    with small_project(tmp_path / "p.gpkg") as project:
        service = next(s for s in project.services() if s.name == "Case management 1")
        service.schedule_text = "Sun–Thu 9:00–17:00"
        with project.change("edit", "hours corrected", user="amina"):
            project.save_service(service)
        entries = project.audit(service.id)
        assert [e["action"] for e in entries] == ["insert", "update"]
        update = entries[-1]
        assert update["old"] == {"schedule_text": ""}
        assert update["new"] == {"schedule_text": "Sun–Thu 9:00–17:00"}
        assert update["user"] == "amina" and update["kind"] == "edit" and update["description"] == "hours corrected"
        # saving an unchanged record writes no audit entry
        with project.change("edit", "no-op"):
            project.save_service(service)
        assert len(project.audit(service.id)) == 2


def test_schema_migrates_forward_after_a_backup(tmp_path):
    path = tmp_path / "old.gpkg"
    old = Project.create(path, _version=1)
    with old.change("edit"):
        old.save_organisation(Organisation("Kept through the migration"))
    old.close()
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT name FROM sqlite_master WHERE name='sm_import_profiles'").fetchone() is None

    with Project.open(path) as project:
        assert project.schema_version == schema.SCHEMA_VERSION
        assert [o.name for o in project.organisations()] == ["Kept through the migration"]
        assert project.changes()[-1].kind == "migration"
    backup = tmp_path / f"old.before-v{schema.SCHEMA_VERSION}.gpkg"
    assert backup.exists()
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT name FROM sqlite_master WHERE name='sm_import_profiles'").fetchone()
    with sqlite3.connect(backup) as conn:
        assert conn.execute("SELECT value FROM sm_meta WHERE key='schema_version'").fetchone()[0] == "1"


def test_admin_areas_of_an_older_project_gain_names_by_language(tmp_path):
    path = tmp_path / "old.gpkg"
    before = schema.MIGRATIONS.index(schema._v9_area_names_by_language)
    with Project.create(path, _version=before) as old:
        with old.change("test", "boundaries"):
            old.replace_admin_level(1, [AdminArea("BD20", "Chattogram", 1)], [shapely.box(91, 21, 92, 22)])
    with sqlite3.connect(path) as conn:
        conn.execute("ALTER TABLE admin_1 DROP COLUMN names")  # as a project of that version has it
    with Project.open(path) as project:
        (area,) = project.admin_areas(1)
        assert area.name == "Chattogram" and area.names == {} and area.name_in("bn") == "Chattogram"


def test_a_newer_project_is_refused_untouched(tmp_path):
    path = tmp_path / "new.gpkg"
    small_project(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE sm_meta SET value='99' WHERE key='schema_version'")
    data = path.read_bytes()
    with pytest.raises(ProjectError, match="newer ServiceMap"):
        Project.open(path)
    assert path.read_bytes() == data


@pytest.mark.parametrize(
    "content, expected",
    [
        (None, "no such project file"),
        (b"", "not a ServiceMap project"),
        (b"\x89PNG\r\n\x1a\n" + b"\0" * 100, "not a ServiceMap project"),
        (b"SQLite format 3\x00" + b"\xff" * 2000, "damaged"),
    ],
)
def test_bad_project_files_get_a_clear_message(tmp_path, content, expected):
    path = tmp_path / "bad.gpkg"
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(ProjectError, match=expected) as err:
        Project.open(path)
    assert str(path) in str(err.value)


def test_a_plain_geopackage_is_not_taken_for_a_project(tmp_path):
    import shapely

    plain = tmp_path / "plain.gpkg"
    gpd.GeoDataFrame({"name": ["a"]}, geometry=[shapely.Point(0, 0)], crs=4326).to_file(plain)
    with pytest.raises(ProjectError, match="not a ServiceMap project"):
        Project.open(plain)


def test_create_refuses_to_overwrite(tmp_path):
    path = tmp_path / "p.gpkg"
    Project.create(path).close()
    with pytest.raises(ProjectError, match="already there"):
        Project.create(path)


def test_areas_at_finds_every_level(tmp_path):
    with small_project(tmp_path / "p.gpkg") as project:
        found = project.areas_at([92.0, 92.0, 50.0], [21.5, 22.5, 0.0])
    assert found == [{1: "BD20", 2: "BD2022"}, {1: "BD20", 2: "BD2084"}, {}]
