"""``servicemap teach … --retype`` and ``retype``: a service made confidential (a safe shelter) is
reported with the other services whose points still show its place (third tryout, finding 9)."""

from __future__ import annotations

from desktop.cli import main
from directory.model import Service, Site
from tests.helpers import small_project

TEXT = "Blue house programme"


def _project(tmp_path):
    project = small_project(tmp_path / "p.gpkg", n_services=1, confidential=False)
    org = project.organisations()[0]
    with project.change("test", "a shelter not yet typed, and a women's group at its point"):
        site = Site("Blue house", latitude=21.3, longitude=92.1, admin_pcodes={1: "BD20", 2: "BD2022"})
        project.save_site(site)
        for service in (Service(TEXT, org.id, []), Service("Women's group", org.id, ["case_management"])):
            project.save_service(service)
            project.link(service.id, site.id)
    project.close()
    return tmp_path / "p.gpkg"


def test_teach_and_retype_names_the_services_still_showing_the_place(tmp_path, capsys):
    path = _project(tmp_path)
    assert main(["teach", str(path), TEXT, "safe_shelter", "--retype"]) == 0
    out = capsys.readouterr().out
    assert "now confidential (a safe shelter)" in out
    assert (f"  other services at the place of '{TEXT}' still show it on maps and pathways: Women's group; "
            "mark them confidential too (Edit ▸ Edit service…), or move them") in out


def test_a_dry_run_says_so_before_anything_is_changed(tmp_path, capsys):
    path = _project(tmp_path)
    assert main(["teach", str(path), TEXT, "safe_shelter"]) == 0
    capsys.readouterr()
    assert main(["retype", str(path), "--dry-run"]) == 0
    assert f"other services at the place of '{TEXT}' still show it" in capsys.readouterr().out
