"""The demo project as users get it: the fictional list imported, then its unplaced sites
geocoded offline. Qt-free (the ``servicemap demo`` command and File ▸ Open the demo project
use it); it sits in desktop/ because it uses both importers and mapping."""

from __future__ import annotations

from pathlib import Path

from directory.tasks import CancelCheck, Progress, part, stop_if
from importers.demo import build_demo
from mapping.geocode.request import GeocodeRequest, run_geocode


def build_demo_project(out_dir: str | Path, *, progress: Progress | None = None,
                       cancelled: CancelCheck | None = None) -> tuple[Path, str]:
    """Write the demo project into ``out_dir`` and say what it holds."""
    part(progress, 0, 1)(0.05, "Building the demo project")
    path, report = build_demo(out_dir)
    stop_if(cancelled)
    run = run_geocode(GeocodeRequest(path), progress=part(progress, 0.6, 1.0), cancelled=cancelled)
    from directory.store import Project

    with Project.open(path) as project:
        placed = project.counts()["placed on the map"]
    gazetteer = run.summary.by_method.get("gazetteer", 0)
    return path, f"{report}; {gazetteer} sites placed by name offline, {placed} services now on the map"
