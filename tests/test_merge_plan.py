"""Merging another project, or a partner's workbook, into a project: duplicates, fill-ins,
conflicts chosen field by field, provenance kept, nothing lost, safe houses kept confidential."""

from __future__ import annotations

import json

import openpyxl
import pytest

from desktop.cli import main
from directory.model import Service, Site
from importers.merge import apply, plan
from tests.helpers import small_project


@pytest.fixture
def ours(tmp_path):
    p = small_project(tmp_path / "ours.gpkg", n_services=3)
    with p.change("test", "our hours"):
        for s in p.services():
            if s.name == "Case management 1":
                s.schedule_text = "Sun-Thu 9-17"
                p.save_service(s)
    yield p
    p.close()


def _partner_project(path):
    """A copy of the small project that a partner edited: other hours, a fill-in, one new service."""
    p = small_project(path, n_services=3)
    with p.change("test", "partner edits"):
        for s in p.services():
            if s.name == "Case management 1":
                s.schedule_text = "Sat-Wed 8-16"  # ours says Sun-Thu 9-17: a conflict
                s.referral_method = "Phone the focal person"  # ours has none: a fill-in
                p.save_service(s)
        org = p.organisations()[0]
        site = Site("Teknaf hub", latitude=21.2, longitude=92.3)
        svc = Service("Legal aid desk", org.id, ["legal_aid"])
        p.save_site(site)
        p.save_service(svc)
        p.link(svc.id, site.id)
    p.close()
    return path


def _partner_xlsx(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Services"
    ws.append(["Organisation", "Service", "Service type", "Site", "Latitude", "Longitude", "Phone", "Opening hours",
               "Confidential"])
    ws.append(["Example Child Aid (demo)", "Case management 1", "Case management", "Site 1", 22.5, 92.0,
               "+8801711000222", "Sat-Wed 8-16", "no"])
    ws.append(["Example Child Aid (demo)", "Case management 2", "Case management", "Site 2", 21.5, 92.0,
               "", "", "yes"])  # the partner knows it is a safe house
    ws.append(["Women's Shelter Network", "Women's safe house", "Safe shelter", "Shelter A", 21.6, 92.1,
               "+8801711000333", "24/7", "yes"])
    wb.save(path)
    return path


def test_merging_another_project_finds_new_matched_and_conflicts(ours, tmp_path):
    other = _partner_project(tmp_path / "partner.gpkg")
    the_plan = plan(ours, other)
    assert the_plan.counts() == {"new": 1, "matched": 3, "fill_ins": 1, "conflicts": 1}
    (conflict,) = the_plan.conflicts
    assert (conflict.field, conflict.ours, conflict.theirs) == ("schedule_text", "Sun-Thu 9-17", "Sat-Wed 8-16")
    assert the_plan.fill_ins[0].field == "referral_method"
    before = ours.counts()["services"]
    apply(ours, the_plan)  # ours by default
    services = {s.name: s for s in ours.services()}
    assert len(services) == before + 1 and "Legal aid desk" in services
    cm1 = services["Case management 1"]
    assert cm1.schedule_text == "Sun-Thu 9-17" and cm1.referral_method == "Phone the focal person"
    assert cm1.extra["provenance:referral_method"].startswith("partner.gpkg")
    assert services["Legal aid desk"].extra["provenance:record"].startswith("partner.gpkg")
    rejected = [a for a in ours.audit(cm1.id) if a["kind"] == "merge" and a["new"] and "rejected" in a["new"]]
    assert rejected and rejected[0]["old"]["schedule_text"] == "Sat-Wed 8-16"
    assert "rejected" in rejected[0]["new"]["rejected"]
    assert [c.kind for c in ours.changes()].count("merge") == 1
    assert services["Safe shelter"].confidential  # stays a safe house


def test_taking_theirs_for_a_field_keeps_ours_in_the_audit(ours, tmp_path):
    the_plan = plan(ours, _partner_project(tmp_path / "partner.gpkg"))
    done = apply(ours, the_plan, theirs={"schedule_text"})
    assert done == {"new": 1, "taken": 2, "rejected": 0}
    cm1 = next(s for s in ours.services() if s.name == "Case management 1")
    assert cm1.schedule_text == "Sat-Wed 8-16" and cm1.extra["provenance:schedule_text"].startswith("partner.gpkg")
    olds = [a["old"] for a in ours.audit(cm1.id) if a["kind"] == "merge" and a["old"]]
    assert any(o.get("schedule_text") == "Sun-Thu 9-17" for o in olds)


def test_a_partner_workbook_merges_with_row_provenance_and_confidentiality(ours, tmp_path):
    path = _partner_xlsx(tmp_path / "partner.xlsx")
    the_plan = plan(ours, path)
    c = the_plan.counts()
    assert (c["new"], c["matched"]) == (1, 2)
    fields = {(d.service_name, d.field): d for d in the_plan.conflicts}
    phone = fields[("Case management 1", "phones")]
    assert phone.ours == ["+8801700555101"] and phone.theirs == ["+8801711000222"]
    assert phone.source == "partner.xlsx, Services, row 2"
    apply(ours, the_plan, theirs={"phones"})
    services = {s.name: s for s in ours.services()}
    cm1 = services["Case management 1"]
    assert [ph.number for c in cm1.contacts for ph in c.phones] == ["+8801711000222"]
    assert cm1.extra["provenance:phones"] == "partner.xlsx, Services, row 2"
    assert cm1.schedule_text == "Sun-Thu 9-17"  # ours by default
    cm2 = services["Case management 2"]
    assert cm2.confidential and cm2.extra["provenance:confidential"] == "partner.xlsx, Services, row 3"
    assert services["Women's safe house"].confidential and services["Safe shelter"].confidential
    old_phone = [a for a in ours.audit(cm1.id) if a["kind"] == "merge" and a["old"] and "contacts" in a["old"]]
    assert old_phone and "+8801700555101" in json.dumps(old_phone)


def test_a_confidential_service_is_never_made_public_by_a_merge(ours, tmp_path):
    other = small_project(tmp_path / "public.gpkg", n_services=3, confidential=False)
    with other.change("test", "rename"):
        s = next(s for s in other.services() if s.name == "Case management 0")
        s.name, s.service_types = "Safe shelter", ["safe_shelter"]
        other.save_service(s)
    other.close()
    apply(ours, plan(ours, tmp_path / "public.gpkg"), theirs={"status"})
    assert next(s for s in ours.services() if s.name == "Safe shelter").confidential


def test_cli_dry_run_report_and_apply(ours, tmp_path, capsys):
    other = _partner_project(tmp_path / "partner.gpkg")
    path = ours.path
    ours.close()
    report = tmp_path / "merge.json"
    assert main(["merge", str(path), str(other), "--report", str(report), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "1 new services, 3 matched, 1 fill-ins, 1 conflicts." in out
    assert "Sun-Thu 9-17" in out and "Sat-Wed 8-16" in out and "Nothing written" in out
    data = json.loads(report.read_text())
    assert data["counts"]["conflicts"] == 1 and data["conflicts"][0]["theirs"] == "Sat-Wed 8-16"
    assert main(["merge", str(path), str(other), "--theirs", "schedule_text"]) == 0
    assert "1 services added" in capsys.readouterr().out
    from directory.store import Project
    with Project.open(path) as p:
        assert next(s for s in p.services() if s.name == "Case management 1").schedule_text == "Sat-Wed 8-16"


def test_cli_errors_are_one_line_with_exit_code_2(ours, tmp_path, capsys):
    path = ours.path
    ours.close()
    assert main(["merge", str(path), str(tmp_path / "missing.xlsx")]) == 2
    err = capsys.readouterr().err.strip()
    assert "missing.xlsx: no such file" in err and "\n" not in err
    other = _partner_project(tmp_path / "partner.gpkg")
    assert main(["merge", str(path), str(other), "--theirs", "colour"]) == 2
    assert "not a field that can be merged" in capsys.readouterr().err
    assert main(["merge", str(tmp_path / "nope.gpkg"), str(other)]) == 2


def test_a_service_we_deleted_is_not_brought_back(ours, tmp_path):
    other = tmp_path / "copy.gpkg"
    ours.close()
    import shutil

    from directory.store import Project
    shutil.copy(tmp_path / "ours.gpkg", other)
    with Project.open(tmp_path / "ours.gpkg") as p:
        gone = next(s for s in p.services() if s.name == "Case management 2")
        with p.change("edit", "delete"):
            p.delete_service(gone.id)
        the_plan = plan(p, other)
        assert the_plan.deleted == [gone.id] and the_plan.counts()["new"] == 0
        apply(p, the_plan)
        assert gone.id not in {s.id for s in p.services()}
