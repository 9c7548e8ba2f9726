"""Soft delete and restore of a service in the project file, with their audit."""

from __future__ import annotations

import pyogrio
import pytest

from directory.store import Project
from tests.helpers import small_project


def _case_management(project: Project):
    return next(s for s in project.services() if s.name == "Case management 1")


def test_a_deleted_service_leaves_every_listing_and_comes_back_on_restore(tmp_path):
    path = tmp_path / "p.gpkg"
    project = small_project(path)
    service = _case_management(project)
    with project.change("edit", "Delete", user="amina"):
        project.delete_service(service.id)
    assert service.id not in {s.id for s in project.services()}
    assert service.id not in {s.service_id for s in project.listing()}
    assert [s.id for s in project.deleted_services()] == [service.id]
    assert project.counts()["services"] == 2
    project.close()
    # the GIS layer skips it too, and the deletion survives reopening
    assert len(pyogrio.read_dataframe(path, layer="services")) == 2
    project = Project.open(path)
    assert [s.id for s in project.deleted_services()] == [service.id]
    with project.change("edit", "Restore", user="amina"):
        project.restore_service(service.id)
    assert service.id in {s.service_id for s in project.listing()}
    assert project.deleted_services() == []
    entries = [e for e in project.audit(service.id) if e["kind"] == "edit"]
    assert [(e["description"], e["user"]) for e in entries] == [("Delete", "amina"), ("Restore", "amina")]
    assert entries[0]["old"] == {"deleted_at": None} and entries[0]["new"]["deleted_at"]
    assert entries[1]["old"]["deleted_at"] and entries[1]["new"] == {"deleted_at": None}
    project.close()


def test_deleting_twice_records_one_deletion_and_an_unknown_id_is_an_error(tmp_path):
    project = small_project(tmp_path / "p.gpkg")
    service = _case_management(project)
    with project.change("edit", "Delete"):
        project.delete_service(service.id)
        project.delete_service(service.id)
    assert len([e for e in project.audit(service.id) if e["kind"] == "edit"]) == 1
    with pytest.raises(KeyError), project.change("edit", "Delete"):
        project.delete_service("no-such-id")
    with pytest.raises(RuntimeError):  # writes happen inside a change
        project.restore_service(service.id)
    project.close()


def test_the_listing_of_some_services_is_their_rows_of_the_full_listing(tmp_path):
    project = small_project(tmp_path / "p.gpkg")
    full = project.listing()
    one = project.listing([full[1].service_id])
    assert one == [full[1]]
    assert project.listing([]) == []
    with project.change("edit", "Delete"):
        project.delete_service(full[1].service_id)
    assert project.listing([full[1].service_id]) == []
    project.close()
