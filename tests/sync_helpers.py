"""A small project to share: two agencies, services at sites in two districts, two admin levels,
and a safe house whose name, address and point are distinctive enough to look for in bytes."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest
import shapely

from directory.model import AdminArea, Organisation, Service, Site
from directory.store import Project

SAFE_NAME = "Maple Refuge Zq7"
SAFE_ADDRESS = "17 Hidden Lane Xk4"
SAFE_LAT, SAFE_LON = 22.3456789, 91.8765432


@dataclass
class Small:
    path: Path
    agency_a: Organisation
    agency_b: Organisation
    services: list[Service]
    sites: list[Site]
    safe_service: Service
    safe_site: Site


def _square(x: float, y: float, size: float) -> shapely.Geometry:
    return shapely.box(x, y, x + size, y + size)


def make_project(path: Path, *, services_per_district: int = 3) -> Small:
    project = Project.create(path, country="BGD", overwrite=True)
    a, b = Organisation(name="Agency A"), Organisation(name="Agency B")
    services, sites = [], []
    with project.change("edit", "test data"):
        project.replace_admin_level(1, [AdminArea("BD20", "Chattogram", 1)], [_square(91, 21, 2)])
        project.replace_admin_level(2, [AdminArea("BD2015", "Chattogram district", 2, "BD20"),
                                        AdminArea("BD2022", "Cox's Bazar", 2, "BD20", names={"bn": "কক্সবাজার"})],
                                    [_square(91, 22, 1), _square(91, 21, 1)])
        project.set_admin_level_names({1: "Division", 2: "District"})
        for org in (a, b):
            project.save_organisation(org)
        for d, (pcode, lat) in enumerate((("BD2015", 22.5), ("BD2022", 21.5))):
            for i in range(services_per_district):
                org = (a, b)[i % 2]
                site = Site(name=f"Site {pcode}-{i}", latitude=lat + i / 100, longitude=91.5 + d / 10,
                            admin_pcodes={1: "BD20", 2: pcode}, location_source="coordinates", address=f"Road {i}")
                svc = Service(name=f"Service {pcode}-{i}", organisation_id=org.id, service_types=["case_management"],
                              schedule_text="Sun-Thu 9-5")
                project.save_site(site)
                project.save_service(svc)
                project.link(svc.id, site.id)
                services.append(svc)
                sites.append(site)
        safe_site = Site(name=SAFE_NAME, address=SAFE_ADDRESS, latitude=SAFE_LAT, longitude=SAFE_LON,
                         admin_pcodes={1: "BD20", 2: "BD2015", 3: "BD201547", 4: "BD20154711"},
                         location_source="coordinates", location_text="behind the market Qv9")
        safe = Service(name="Safe shelter", organisation_id=a.id, service_types=["safe_shelter"], confidential=True)
        project.save_site(safe_site)
        project.save_service(safe)
        project.link(safe.id, safe_site.id)
    project.close()
    return Small(path, a, b, services, sites, safe, safe_site)


@pytest.fixture
def shared(tmp_path, pg_database):
    """The small project shared on a new test database: (Small, the administrator's address).
    A test module using it imports ``pg_admin_url`` and ``pg_database`` from tests.pg_server too."""
    from directory.server import sync

    small = make_project(tmp_path / "coordination.gpkg")
    with Project.open(small.path) as project:
        sync.share(project, pg_database)
    return small, pg_database
