"""A small made-up admin hierarchy for the geocoding tests: two divisions, three districts, and
the same upazila name (Kawkhali) in two districts, as in Bangladesh. Boxes, not real shapes."""

from __future__ import annotations

from pathlib import Path

import shapely

from directory.model import AdminArea, Organisation, Service, Site
from directory.store import Project

LEVEL1 = [("BD10", "Barishal", None, (89, 21, 91, 23)), ("BD20", "Chattogram", None, (91, 21, 93, 23))]
LEVEL2 = [
    ("BD1079", "Pirojpur", "BD10", (89, 21, 91, 23)),
    ("BD2084", "Rangamati", "BD20", (91, 22, 93, 23)),
    ("BD2022", "Cox's Bazar", "BD20", (91, 21, 93, 22)),
]
LEVEL3 = [
    ("BD10790040", "Kawkhali", "BD1079", (89, 21, 90, 23)),
    ("BD10790080", "Pirojpur Sadar", "BD1079", (90, 21, 91, 23)),
    ("BD20840047", "Kawkhali", "BD2084", (91, 22, 92, 23)),
    ("BD20840087", "Rangamati Sadar", "BD2084", (92, 22, 93, 23)),
    ("BD20220094", "Ukhia", "BD2022", (91, 21, 92, 22)),
    ("BD20220024", "Coxs Bazar Sadar", "BD2022", (92, 21, 93, 22)),
]
ALTERNATE = {"BD2084": ["রাঙ্গামাটি", "رانجاماتي"]}


def world_project(path: Path, *, country: str | None = None) -> Project:
    project = Project.create(path, country=country)
    with project.change("test", "geocoding world"):
        for level, rows in ((1, LEVEL1), (2, LEVEL2), (3, LEVEL3)):
            project.replace_admin_level(
                level,
                [AdminArea(p, n, level, parent, ALTERNATE.get(p, [])) for p, n, parent, _ in rows],
                [shapely.box(*box) for *_, box in rows],
            )
    return project


def add_sites(project: Project, sites: list[Site], *, confidential: set[str] = frozenset()) -> Organisation:
    """Save ``sites`` with one service each (confidential for the site names given)."""
    org = Organisation("Example Child Aid (demo)")
    with project.change("test", "sites"):
        project.save_organisation(org)
        for site in sites:
            service = Service(f"Case management at {site.name}", org.id, ["case_management"],
                              confidential=site.name in confidential)
            project.save_site(site)
            project.save_service(service)
            project.link(service.id, site.id)
    return org
