"""The demo project as users get it: the fictional list imported, then its unplaced sites
geocoded offline. Qt-free; it sits in desktop/ because it uses both importers and mapping."""

from __future__ import annotations

from pathlib import Path

from directory.store import Project
from importers.demo import build_demo
from mapping.geocode import geocode_project


def build_demo_project(out_dir: str | Path) -> tuple[Path, str]:
    """Write the demo project into ``out_dir`` and say what it holds."""
    path, report = build_demo(out_dir)
    with Project.open(path) as project:
        summary = geocode_project(project)
        placed = project.counts()["placed on the map"]
    gazetteer = summary.by_method.get("gazetteer", 0)
    return path, f"{report}; {gazetteer} sites placed by name offline, {placed} services now on the map"
