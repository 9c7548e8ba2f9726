"""Warnings before an analysis is trusted: services without a type, areas with nothing verified."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

from directory.checks import directory_warnings
from directory.model import Service
from tests.helpers import small_project

REPO = Path(__file__).resolve().parents[1]


def _untyped(project, n: int) -> None:
    """``n`` services without a type at the project's first site."""
    site = project.sites()[0]
    org = project.organisations()[0]
    with project.change("test", "untyped services"):
        for i in range(n):
            s = Service(f"Support {i}", org.id, [])
            project.save_service(s)
            project.link(s.id, site.id)


def test_a_type_without_services_while_untyped_ones_exist_is_said_plainly(tmp_path):
    project = small_project(tmp_path / "p.gpkg", n_services=2, confidential=False)
    _untyped(project, 6)
    warnings = directory_warnings(project, service_types=["legal_aid"])
    assert warnings[0].startswith("No service has the type legal_aid here, but 6 services have no type and may be "
                                  "of it: give them types in the desktop (Tools › Service types…), or with 'servicemap teach' and "
                                  "'servicemap retype'.")
    assert directory_warnings(project, service_types=["case_management"])[0].startswith(
        "6 services have no type and are left out")
    project.close()


def test_areas_whose_services_are_none_verified(tmp_path):
    project = small_project(tmp_path / "p.gpkg", n_services=3, confidential=False)
    assert directory_warnings(project, level=2) == [
        "2 areas have services none of which is verified: Cox's Bazar (BD2022), Rangamati (BD2084). Check them with "
        "their providers ('servicemap verify-sheet') before relying on them."]
    first = next(s for s in project.services() if s.name == "Case management 0")
    first.assured_date = date(2026, 9, 1)
    with project.change("edit", "verified"):
        project.save_service(first)
    assert directory_warnings(project, level=2) == [
        "Rangamati (BD2084) has services none of which is verified. Check them with their providers "
        "('servicemap verify-sheet') before relying on them."]
    assert directory_warnings(project, areas=["BD2022"]) == []
    project.close()


def test_pathways_prints_the_warnings(tmp_path):
    project = small_project(tmp_path / "p.gpkg", n_services=2, confidential=False)
    _untyped(project, 2)
    project.close()
    done = subprocess.run([sys.executable, "-m", "desktop.cli", "pathways", str(tmp_path / "p.gpkg"), "--area", "BD2022",
                           "--format", "csv", "--out", str(tmp_path / "out.csv")], cwd=REPO, capture_output=True,
                          text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert "Warning: 2 services have no type and are left out" in done.stdout
    assert "Warning: Cox's Bazar (BD2022) has services none of which is verified" in done.stdout
