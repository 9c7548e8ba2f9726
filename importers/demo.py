"""The demo project: Bangladesh's admin boundaries (OCHA COD-AB), a fictional list of protection
services in the Chattogram division, read the way a real list would be, and an illustrative
(invented) population kept in the project, so gap analyses run on it with no file to find."""

from __future__ import annotations

from pathlib import Path

import resources
from directory import input_store
from importers.project_setup import init_project
from importers.pipeline import import_file

DEMO_FILE = "servicemap-demo.gpkg"
BOUNDARY_FILES = [f"demo/bgd_adm{level}.geojson" for level in (1, 2, 3)]
SERVICE_LIST = "demo/chattogram_services.xlsx"
#: The population the demo keeps in the project for gap analyses: invented figures, said so.
DEMO_POPULATION = {"population": "demo/population/chattogram_adm3_population_ILLUSTRATIVE.csv",
                   "spread_by": "demo/population/chattogram_population_ILLUSTRATIVE.tif"}
DEMO_POPULATION_LABEL = "ILLUSTRATIVE population of the demo: invented figures, not real data"


def build_demo(out_dir: str | Path) -> tuple[Path, str]:
    """Write the demo project into ``out_dir`` (replacing an earlier demo) and say what it holds."""
    path = Path(out_dir) / DEMO_FILE
    project, _ = init_project(
        path, [resources.path(f) for f in BOUNDARY_FILES], country="BGD",
        level_names=["Division", "District", "Upazila"], overwrite=True,
    )
    with project:
        result = import_file(project, resources.path(SERVICE_LIST))
        with project.change("demo", "the demo's illustrative population, kept in the project"):
            for name, file in DEMO_POPULATION.items():
                input_store.keep(project, name, resources.path(file), DEMO_POPULATION_LABEL)
        counts = project.counts()
    summary = result.summary()
    report = (
        f"{counts['services']} services of {counts['organisations']} organisations at {counts['sites']} sites, "
        f"{counts['placed on the map']} placed on the map; rows: "
        + ", ".join(f"{n} {status}" for status, n in summary.items() if n)
    )
    return path, report
