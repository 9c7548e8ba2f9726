"""The demo project: Bangladesh's admin boundaries (OCHA COD-AB) and a fictional list of
protection services in the Chattogram division, read the way a real list would be."""

from __future__ import annotations

from pathlib import Path

import resources
from importers.project_setup import init_project
from importers.pipeline import import_file

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
        result = import_file(project, resources.path(SERVICE_LIST))
        counts = project.counts()
    summary = result.summary()
    report = (
        f"{counts['services']} services of {counts['organisations']} organisations at {counts['sites']} sites, "
        f"{counts['placed on the map']} placed on the map; rows: "
        + ", ".join(f"{n} {status}" for status, n in summary.items() if n)
    )
    return path, report
