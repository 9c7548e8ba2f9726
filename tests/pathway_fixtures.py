"""A small project for the pathway tests: three districts and services placed to test each rule.

District A (BDX01) is printed. B (BDX02) touches it: one clinic 5 km over the border (within
the 10 km health threshold) and a caseworker 40 km away (beyond it). C (BDX03) is far away:
its legal aid is out of reach, but its helpline declares the whole division as its service area.
A safe house sits in A with an address and a point that must never be printed.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import shapely

from directory.model import AdminArea, Contact, Organisation, Phone, Service, Site
from directory.store import Project

RECENT = (date.today() - timedelta(days=30)).isoformat()
OLD = (date.today() - timedelta(days=400)).isoformat()

#: name -> (district, lon, lat, types, phone, verified, extra service fields)
SERVICES = {
    "Alpha case management": ("BDX01", 90.25, 22.25, ["case_management"], "+8801700555101", RECENT, {}),
    "Alpha clinic": ("BDX01", 90.30, 22.20, ["health"], "+8801700555102", OLD, {}),
    "Hidden shelter": ("BDX01", 90.11, 22.11, ["safe_shelter"], "+8801700555199", RECENT,
                       {"confidential": True, "referral_method": "Through the case manager only"}),
    "Closed clinic": ("BDX01", 90.2, 22.3, ["health"], "+8801700555103", RECENT, {"status": "inactive"}),
    "Border clinic": ("BDX02", 90.55, 22.25, ["health"], "+8801700555201", None, {}),
    "Bravo far case management": ("BDX02", 90.90, 22.25, ["case_management"], "+8801700555202", RECENT, {}),
    "Charlie legal aid": ("BDX03", 92.20, 22.25, ["legal_aid"], "+8801700555301", RECENT, {}),
    "Division helpline": ("BDX03", 92.30, 22.30, ["helpline"], "1098", RECENT, {"service_area": ["BDX"]}),
}
SAFE_HOUSE_ADDRESS = "12 Secret Lane"
SAFE_HOUSE_SITE = "Hidden House compound"


def pathway_project(path: Path) -> Project:
    project = Project.create(path, country="BGD")
    with project.change("test", "pathway test project"):
        project.replace_admin_level(1, [AdminArea("BDX", "Division X", 1, names={"bn": "বিভাগ এক্স"})],
                                    [shapely.box(89.0, 21.0, 93.0, 23.0)])
        project.replace_admin_level(
            2,
            [AdminArea("BDX01", "Alpha", 2, "BDX", names={"en": "Alpha", "bn": "আলফা"}), AdminArea("BDX02", "Bravo", 2, "BDX"),
             AdminArea("BDX03", "Charlie", 2, "BDX")],
            [shapely.box(90.0, 22.0, 90.5, 22.5), shapely.box(90.5, 22.0, 91.0, 22.5), shapely.box(92.0, 22.0, 92.5, 22.5)],
        )
        project.set_admin_level_names({1: "Division", 2: "District"})
        org = Organisation("Test Protection Network")
        project.save_organisation(org)
        for name, (district, lon, lat, types, phone, verified, more) in SERVICES.items():
            confidential = more.get("confidential", False)
            site = Site(SAFE_HOUSE_SITE if confidential else f"{name} site", latitude=lat, longitude=lon,
                        address=SAFE_HOUSE_ADDRESS if confidential else f"{name} road",
                        admin_pcodes={1: "BDX", 2: district}, location_source="coordinates")
            service = Service(
                name, org.id, types, schedule_text="Sun–Thu 9:00–17:00", minimum_age=0, maximum_age=17,
                assured_date=date.fromisoformat(verified) if verified else None, free_of_charge=True,
                contacts=[Contact("Focal", phones=[Phone(phone)])], languages=["bn", "en"], **more,
            )
            project.save_site(site)
            project.save_service(service)
            project.link(service.id, site.id)
    return project


#: More health services in Alpha than its page holds, speaking languages CLDR names and one it does not.
CROWD = [f"Alpha health post {i}" for i in range(1, 13)]


def crowded_pathway_project(path: Path) -> Project:
    """:func:`pathway_project` with twelve more health services in Alpha: its page cannot hold them all."""
    project = pathway_project(path)
    with project.change("test", "a crowded health step"):
        org = Organisation("Alpha Health Network")
        project.save_organisation(org)
        for i, name in enumerate(CROWD, start=1):
            site = Site(f"{name} site", latitude=22.1 + i / 100, longitude=90.2, admin_pcodes={1: "BDX", 2: "BDX01"},
                        location_source="coordinates")
            service = Service(name, org.id, ["health"], schedule_text="Daily 8:00–14:00", assured_date=date.fromisoformat(RECENT),
                              contacts=[Contact("Focal", phones=[Phone(f"+88017005554{i:02d}")])], languages=["rhg", "trp"])
            project.save_site(site)
            project.save_service(service)
            project.link(service.id, site.id)
    return project
