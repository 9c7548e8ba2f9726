"""Importing a hand-labelled list (``<stem>.labels.json`` beside its file) into a demo-like
project and pairing each label with what the import made of its row. Used by
tests/test_real_lists.py and by tests/data/real_lists/score.py (the held-out lists)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import resources
from directory.store import Project
from importers.pipeline import import_file
from importers.project_setup import init_project


def demo_like_project(path: Path) -> Path:
    """A project at ``path`` with the demo's boundaries and ServiceMap's taxonomy, and no services."""
    boundaries = [resources.path(f"demo/bgd_adm{level}.geojson") for level in (1, 2, 3)]
    project, _ = init_project(path, boundaries, country="BGD")
    project.close()
    return path


def import_labelled(base: Path, labels_file: Path, work: Path) -> list[tuple[dict, object, object, object]]:
    """(label, row outcome, service, site) for every labelled row of one list, imported into a copy of ``base``."""
    labels = json.loads(labels_file.read_text(encoding="utf-8"))
    path = work / f"{labels_file.name.split('.')[0]}.gpkg"
    shutil.copy(base, path)
    with Project.open(path) as project:
        result = import_file(project, labels_file.parent / labels["file"])
        services = {s.id: s for s in project.services()}
        sites = {s.id: s for s in project.sites()}
    site_of = dict(result.links)
    outcome = {(r.sheet, r.row): r for r in result.rows}
    out = []
    for label in labels["rows"]:
        row = outcome.get((label["sheet"], label["row"]))
        service = services.get(row.service_id) if row is not None and row.service_id else None
        site = sites.get(site_of.get(service.id)) if service is not None else None
        out.append((label, row, service, site))
    return out
