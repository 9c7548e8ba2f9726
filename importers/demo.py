"""The demo project: Bangladesh's admin boundaries (OCHA COD-AB) and a fictional list of
protection services in the Chattogram division, read the way a real list would be."""

from __future__ import annotations

from pathlib import Path

import resources
from importers.project_setup import init_project
from importers.template import ImportResult, read_service_list

DEMO_FILE = "servicemap-demo.gpkg"
BOUNDARY_FILES = [f"demo/bgd_adm{level}.geojson" for level in (1, 2, 3)]
SERVICE_LIST = "demo/chattogram_services.xlsx"


def build_demo(out_dir: str | Path) -> tuple[Path, str]:
    """Write the demo project into ``out_dir`` (replacing an earlier demo) and say what it holds."""
    path = Path(out_dir) / DEMO_FILE
    project, _ = init_project(
        path, [resources.path(f) for f in BOUNDARY_FILES], country="BGD",
        level_names=["Division", "District", "Upazila"], overwrite=True,
    )
    with project:
        result = read_service_list(resources.path(SERVICE_LIST), region="BD")
        save_import(project, result, description=f"{result.file} (fictional demo list)")
        counts = project.counts()
    summary = result.summary()
    report = (
        f"{counts['services']} services of {counts['organisations']} organisations at {counts['sites']} sites, "
        f"{counts['placed on the map']} placed on the map; rows: "
        + ", ".join(f"{n} {status}" for status, n in summary.items() if n)
    )
    return path, report


def save_import(project, result: ImportResult, *, description: str) -> None:
    """Store what a service list gave, in one change; sites with a point get their P-codes."""
    placed = [s for s in result.sites if s.has_point]
    for site, pcodes in zip(placed, project.areas_at([s.longitude for s in placed], [s.latitude for s in placed])):
        site.admin_pcodes = pcodes
    with project.change("import", description):
        for org in result.organisations:
            project.save_organisation(org)
        for site in result.sites:
            project.save_site(site)
        for service in result.services:
            project.save_service(service)
        for service_id, site_id in result.links:
            project.link(service_id, site_id)
