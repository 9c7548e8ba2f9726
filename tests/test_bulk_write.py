"""An import's bulk write leaves the same rows and the same audit as saving record by record."""

from __future__ import annotations

import json
from collections import Counter

import pytest

from directory import bulk_write
from directory.model import Contact, Organisation, Phone, Provenance, Service, Site
from directory.store import Project

NAMES = ["Case management", 'quote " and \\ backslash', "ঢাকা বিভাগ", "مركز الحماية", "tab\there", "control \x01 char"]


def _records(n: int, org: Organisation) -> tuple[list[Site], list[Service], list[tuple[str, str]]]:
    sites, services, links = [], [], []
    for i in range(n):
        name = f"{NAMES[i % len(NAMES)]} {i}"
        site = Site(name=f"Site {name}", latitude=21 + i / 1000, longitude=92.0, admin_pcodes={1: "BD20"},
                    provenance=[Provenance("list.xlsx", "Services", i + 2, None)])
        service = Service(name=name, organisation_id=org.id, service_types=["case_management"],
                          contacts=[Contact(name="Focal", phones=[Phone("+8801711000000")])],
                          provenance=[Provenance("list.xlsx", "Services", i + 2, None)])
        sites.append(site)
        services.append(service)
        links.append((service.id, site.id))
    return sites, services, links


def _one_by_one(project: Project, orgs, sites, services, links) -> None:
    for org in orgs:
        project.save_organisation(org)
    for site in sites:
        project.save_site(site)
    for service in services:
        project.save_service(service)
    for service_id, site_id in dict.fromkeys(links):
        project.link(service_id, site_id)


def _state(project: Project) -> tuple[Counter, dict, set]:
    conn = project._conn
    audit = Counter((r["table_name"], r["record_id"] if r["table_name"] != "sm_service_at_site" else "", r["action"],
                     r["old"], r["new"]) for r in conn.execute("SELECT * FROM sm_audit WHERE change_id > 1"))
    tables = {t: sorted(tuple(r) for r in conn.execute(f"SELECT * FROM {t}"))
              for t in ("sm_organisations", "sm_sites", "sm_services")}
    links = {tuple(r) for r in conn.execute("SELECT service_id, site_id FROM sm_service_at_site")}
    return audit, tables, links


@pytest.mark.parametrize("batch", [7, 5000])
def test_inserts_then_updates_match_saving_one_by_one(tmp_path, monkeypatch, batch):
    monkeypatch.setattr(bulk_write, "_BATCH", batch)
    org = Organisation("Child Aid")
    sites, services, links = _records(30, org)
    bulk, single = Project.create(tmp_path / "bulk.gpkg"), Project.create(tmp_path / "single.gpkg")
    services[1].description = "said once"
    twice = services + [Service(**{**{f: getattr(services[1], f) for f in Service.__dataclass_fields__},
                                   "description": "said again"})]  # the same service again, changed
    with bulk.change("import", "first"):
        bulk.save_many([org], sites, twice, links)
    with single.change("import", "first"):
        _one_by_one(single, [org], sites, twice, links)
    assert _state(bulk) == _state(single)
    # the inserts' audit rows name each record, in the order written
    names = [json.loads(r[0])["name"] for r in bulk._conn.execute(
        "SELECT new FROM sm_audit WHERE table_name = 'sm_services' AND action = 'insert' ORDER BY id")]
    assert names == [s.name for s in services]
    assert bulk.service(services[1].id).description == "said again"

    # a second import: some records changed, some new, one service twice (in two batches), a link again
    services[3].name = "Renamed"
    sites[4].address = "Road 9"
    more_sites, more_services, more_links = _records(12, org)
    again = services + more_services + [services[0]]
    with bulk.change("import", "second"):
        bulk.save_many([org], sites + more_sites, again, links + more_links + links[:2])
    with single.change("import", "second"):
        _one_by_one(single, [org], sites + more_sites, again, links + more_links + links[:2])
    assert _state(bulk) == _state(single)
    updates = [r for r in _state(bulk)[0] if r[2] == "update"]
    assert sorted(r[4] for r in updates) == sorted(json.dumps(x) for x in (
        {"description": "said again"}, {"address": "Road 9"}, {"name": "Renamed"}, {"description": "said once"}))


def test_the_write_uses_the_small_page_cache_and_gives_the_usual_one_back(tmp_path, monkeypatch):
    from directory.connection import CACHE_KB, WRITE_CACHE_KB

    seen = []
    real = bulk_write.save_many

    def spy(conn, *args):
        seen.append(conn.execute("PRAGMA cache_size").fetchone()[0])
        if len(seen) == 2:
            raise RuntimeError("the disk went away")
        return real(conn, *args)

    monkeypatch.setattr(bulk_write, "save_many", spy)
    project = Project.create(tmp_path / "p.gpkg", country="BGD")
    org = Organisation("Hope")
    sites, services, links = _records(10, org)
    with project.change("import", "first"):
        project.save_many([org], sites, services, links)
    assert project._conn.execute("PRAGMA cache_size").fetchone()[0] == -CACHE_KB
    with pytest.raises(RuntimeError), project.change("import", "second"):
        project.save_many([org], sites, services, links)
    assert seen == [-WRITE_CACHE_KB, -WRITE_CACHE_KB]
    assert project._conn.execute("PRAGMA cache_size").fetchone()[0] == -CACHE_KB  # given back after a failure too
    assert len(project.services()) == 10
    project.close()
