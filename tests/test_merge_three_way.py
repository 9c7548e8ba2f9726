"""Merging back a partner's copy of this project: three-way, against the history both copies share.

The tryout's findings 7 and 8: the partner changed the hours of a service we never touched,
the hours of one we changed too, deleted a service, added one, moved a site, added a focal
e-mail and changed a safe house's address (and unticked its Confidential box). Every file here
is a real project made with the store; the partner's edits are the store's edits (audited), as
the service editor makes them; the command is run through ``desktop.cli.main``.
"""

from __future__ import annotations

import json
import shutil

import pytest

from desktop.cli import main
from directory.model import Contact, Organisation, Phone, Service, Site
from directory.store import Project
from importers.merge import apply, plan
from tests.helpers import small_project


def _edit(project, user, **services):
    """Change services (by name) as the editor does: one audited ``edit`` per call."""
    with project.change("edit", "Edit service", user=user):
        for s in project.services():
            if s.name in services:
                services[s.name](s)
                project.save_service(s)


def _site_of(project, name):
    from directory import link_store

    sid = next(s.id for s in project.services() if s.name == name)
    return project.site(next(k.site_id for k in link_store.links(project) if k.service_id == sid))


@pytest.fixture
def copies(tmp_path):
    """Our project and the partner's copy of it, each edited after the copy was made."""
    ours_path, theirs_path = tmp_path / "ours.gpkg", tmp_path / "partner.gpkg"
    p = small_project(ours_path, n_services=5)
    with p.change("edit", "two help desks of one name"):
        other_org = Organisation("Camp Health Partners")
        p.save_organisation(other_org)
        for s in p.services():
            if s.name in ("Case management 1", "Case management 3"):
                s.name, s.schedule_text = "Women & children help desk", "24/7"
                if s.name and s.contacts[0].phones[0].number.endswith("103"):
                    s.organisation_id = other_org.id
                p.save_service(s)
    p.close()
    shutil.copy(ours_path, theirs_path)

    partner = Project.open(theirs_path)
    desks = sorted((s for s in partner.services() if s.name == "Women & children help desk"),
                   key=lambda s: s.contacts[0].phones[0].number)
    untouched, both = desks  # ...101 (we never touch it), ...103 (we change it too)
    with partner.change("edit", "Edit service", user="partner"):
        untouched.schedule_text = "Sun-Thu 10am-4pm (new hours from January)"
        both.schedule_text = "Sat-Thu 8am-8pm"
        for s in (untouched, both):
            partner.save_service(s)
    with partner.change("edit", "Delete service", user="partner"):
        partner.delete_service(next(s.id for s in partner.services() if s.name == "Case management 2"))
    with partner.change("import", "Import of partner-new.xlsx", user="partner"):
        org = partner.organisations()[0]
        site = Site("Teknaf hub", latitude=21.2, longitude=92.3)
        svc = Service("Legal aid desk", org.id, ["legal_aid"])
        partner.save_site(site)
        partner.save_service(svc)
        partner.link(svc.id, site.id)
    moved = _site_of(partner, "Case management 4")
    with partner.change("edit", "Edit service", user="partner"):
        moved.address = "Moved to Block F, near the new school"
        moved.latitude += 0.01  # about 1.1 km north
        moved.location_source = "manual"
        partner.save_site(moved)
        safe = _site_of(partner, "Safe shelter")
        safe.address = "House 9, behind the mosque, Block C"
        partner.save_site(safe)
    _edit(partner, "partner",
          **{"Case management 4": lambda s: s.contacts[0].emails.append("focal.cm4@example.org"),
             "Safe shelter": lambda s: setattr(s, "confidential", False)})
    partner.close()

    ours = Project.open(ours_path)
    _edit(ours, "amina", **{"Women & children help desk": lambda s: setattr(s, "schedule_text", "Sun-Thu 9am-5pm")
                            if s.contacts[0].phones[0].number.endswith("103") else None,
                            "Case management 4": lambda s: s.contacts[0].phones.append(Phone("+8801999000111"))})
    yield ours, theirs_path, untouched.id, both.id
    ours.close()


def test_what_only_the_partner_changed_is_taken_and_only_a_real_clash_is_a_conflict(copies):
    ours, theirs, untouched, both = copies
    the_plan = plan(ours, theirs)
    assert the_plan.three_way
    taken = {(d.service_id, d.field): d for d in the_plan.taken}
    assert taken[(untouched, "schedule_text")].theirs == "Sun-Thu 10am-4pm (new hours from January)"
    assert [(d.service_id, d.field, d.ours, d.theirs) for d in the_plan.conflicts] == [
        (both, "schedule_text", "Sun-Thu 9am-5pm", "Sat-Thu 8am-8pm")]
    (conflict,) = the_plan.conflicts
    assert conflict.base == "24/7" and conflict.ours_by.startswith("amina, ") and conflict.theirs_by.startswith("partner, ")
    assert conflict.organisation == "Camp Health Partners" and conflict.place.startswith("Site 3")
    assert not any(d.field == "phones" for d in the_plan.conflicts + the_plan.taken)  # only we changed phones
    (deletion,) = the_plan.deletions
    assert deletion.service_name == "Case management 2" and deletion.theirs_by.startswith("partner, ")
    assert [s.name for s in the_plan.new_services] == ["Legal aid desk"]

    done = apply(ours, the_plan)  # as offered: ours in the conflict, the deletion made
    assert done["new"] == 1 and done["rejected"] == 1 and done["deleted"] == 1 and done["taken"] >= 1
    by_id = {s.id: s for s in ours.services()}
    assert by_id[untouched].schedule_text == "Sun-Thu 10am-4pm (new hours from January)"
    assert by_id[both].schedule_text == "Sun-Thu 9am-5pm"
    assert "Case management 2" not in {s.name for s in by_id.values()}
    assert "Case management 2" in {s.name for s in ours.deleted_services()}

    again = plan(ours, theirs)  # merging the same copy again: nothing left to decide
    assert (again.conflicts, again.taken, again.deletions, again.new_services) == ([], [], [], [])


def test_site_and_contact_changes_of_the_partner_reach_the_merge(copies):
    ours, theirs, _, _ = copies
    the_plan = plan(ours, theirs)
    taken = {(d.service_name, d.field): d for d in the_plan.taken}
    assert taken[("Case management 4", "address")].theirs == "Moved to Block F, near the new school"
    assert ("Case management 4", "point") in taken
    assert taken[("Case management 4", "emails")].theirs == ["focal.cm4@example.org"]
    assert taken[("Safe shelter", "address")].theirs == "House 9, behind the mosque, Block C"
    assert "Safe shelter" not in {d.service_name for d in the_plan.conflicts}
    apply(ours, the_plan)
    site = _site_of(ours, "Case management 4")
    assert site.address == "Moved to Block F, near the new school" and abs(site.latitude - 21.51) < 1e-9
    cm4 = next(s for s in ours.services() if s.name == "Case management 4")
    assert cm4.contacts[0].emails == ["focal.cm4@example.org"]
    assert "+8801999000111" in [p.number for p in cm4.contacts[0].phones]  # our new phone stays beside it
    safe = next(s for s in ours.services() if s.name == "Safe shelter")
    assert safe.confidential  # the partner's unticking is never taken
    assert _site_of(ours, "Safe shelter").address == "House 9, behind the mosque, Block C"


def test_a_deletion_against_an_edit_is_a_conflict(copies, tmp_path):
    ours, theirs, _, _ = copies
    _edit(ours, "amina", **{"Case management 2": lambda s: setattr(s, "referral_method", "Walk in")})
    the_plan = plan(ours, theirs)
    assert the_plan.deletions == []
    (clash,) = [d for d in the_plan.conflicts if d.field == "(deleted)"]
    assert clash.service_name == "Case management 2" and clash.theirs == "deleted"
    apply(ours, the_plan)  # ours by default: it stays, with our edit
    assert "Case management 2" in {s.name for s in ours.services()}


def test_cli_says_whether_it_is_three_way_and_withholds_a_safe_house_place(copies, tmp_path, capsys):
    ours, theirs, untouched, _ = copies
    path = ours.path
    ours.close()
    report = tmp_path / "merge.json"
    assert main(["merge", str(path), str(theirs), "--dry-run", "--report", str(report)]) == 0
    out = capsys.readouterr().out
    assert "copy of this project" in out and "1 conflicts" in out and "1 deletions" in out
    assert "Case management 2" in out
    text = report.read_text()
    assert "House 9" not in text and "House 9" not in out and "behind the mosque" not in out
    data = json.loads(text)
    assert data["three_way"] and any(d["field"] == "address" and d["theirs"] == "[withheld]" for d in data["taken"])
    assert main(["merge", str(path), str(theirs)]) == 0
    out = capsys.readouterr().out
    assert "1 deleted" in out
    with Project.open(path) as p:
        assert next(s for s in p.services() if s.id == untouched).schedule_text.startswith("Sun-Thu 10am-4pm")
    assert main(["merge", str(path), str(theirs), "--dry-run", "--theirs", "address", "emails"]) == 0


def test_a_list_or_an_unrelated_project_stays_two_way_and_says_so(tmp_path, capsys):
    ours = small_project(tmp_path / "ours.gpkg", n_services=3)
    path = ours.path
    ours.close()
    other = small_project(tmp_path / "other.gpkg", n_services=3)
    with other.change("edit", "moved"):
        site = _site_of(other, "Case management 1")
        site.address = "Block F"
        other.save_site(site)
    other.close()
    with Project.open(path) as p:
        the_plan = plan(p, tmp_path / "other.gpkg")
        assert not the_plan.three_way and "shares no history" in the_plan.history()
        assert [(d.service_name, d.field) for d in the_plan.fill_ins] == [("Case management 1", "address")]
    assert main(["merge", str(path), str(tmp_path / "other.gpkg"), "--dry-run"]) == 0
    assert "shares no history" in capsys.readouterr().out


def test_merging_a_copy_as_offered_brings_in_the_partners_work(copies):
    """The tryout's run, judged by the project afterwards only: `servicemap merge ours partner`."""
    ours, theirs, untouched, both = copies
    path = ours.path
    ours.close()
    assert main(["merge", str(path), str(theirs)]) == 0
    with Project.open(path) as p:
        by_name = {s.id: s for s in p.services()}
        assert by_name[untouched].schedule_text == "Sun-Thu 10am-4pm (new hours from January)"  # finding 7
        assert by_name[both].schedule_text == "Sun-Thu 9am-5pm"  # both changed it: ours, until a person chooses
        assert "Case management 2" not in {s.name for s in by_name.values()}  # the partner deleted it
        assert "Legal aid desk" in {s.name for s in by_name.values()}
        site = _site_of(p, "Case management 4")  # finding 8
        assert (site.address, round(site.latitude, 5)) == ("Moved to Block F, near the new school", 21.51)
        cm4 = next(s for s in by_name.values() if s.name == "Case management 4")
        assert "focal.cm4@example.org" in cm4.contacts[0].emails
        assert "+8801999000111" in [ph.number for ph in cm4.contacts[0].phones]
        safe = next(s for s in by_name.values() if s.name == "Safe shelter")
        assert safe.confidential and _site_of(p, "Safe shelter").address == "House 9, behind the mosque, Block C"


def test_a_change_written_into_the_copy_outside_servicemap_is_a_conflict_not_lost(copies):
    """As the tryout wrote its partner edits with sqlite: no audit says who changed it, so it is asked."""
    import sqlite3

    from directory import link_store

    ours, theirs, _, both = copies
    site_id = next(k.site_id for k in link_store.links(ours) if k.service_id == both)
    with sqlite3.connect(theirs) as conn:
        conn.execute("UPDATE sm_sites SET address = 'Block F, by the new school' WHERE id = ?", (site_id,))
    conn.close()
    with ours.change("edit", "our address", user="amina"):
        site = ours.site(site_id)
        site.address = "Block E"
        ours.save_site(site)
    the_plan = plan(ours, theirs)
    assert [(d.field, d.ours, d.theirs) for d in the_plan.conflicts if d.field == "address"] == [
        ("address", "Block E", "Block F, by the new school")]


def test_what_the_user_turned_down_is_not_asked_again_and_keep_deleted_keeps(copies, capsys):
    ours, theirs, _, _ = copies
    path = ours.path
    ours.close()
    assert main(["merge", str(path), str(theirs), "--keep-deleted"]) == 0
    assert "will be kept (--keep-deleted)" in capsys.readouterr().out
    with Project.open(path) as p:
        assert "Case management 2" in {s.name for s in p.services()}
        again = plan(p, theirs)
        assert again.deletions == [] and again.conflicts == []


def test_a_safe_house_place_left_blank_by_a_copy_is_not_taken_nor_printed(copies, tmp_path, capsys):
    """A copy without the right to see a safe house holds its site blank; that is not a change."""
    ours, theirs, _, _ = copies
    with ours.change("edit", "our address of the safe house", user="amina"):
        site = _site_of(ours, "Safe shelter")
        site.address = "Behind the blue gate"
        ours.save_site(site)
    with Project.open(theirs) as partner, partner.change("sync", "withheld", user="partner"):
        site = _site_of(partner, "Safe shelter")
        site.name, site.address, site.latitude, site.longitude = "", "", None, None
        partner.save_site(site)
    the_plan = plan(ours, theirs)
    assert not [d for d in the_plan.taken + the_plan.conflicts if d.service_name == "Safe shelter"
                and d.field in ("site_name", "point")]
    path = ours.path
    ours.close()
    report = tmp_path / "merge.json"
    assert main(["merge", str(path), str(theirs), "--report", str(report)]) == 0
    out, text = capsys.readouterr().out, report.read_text()
    for secret in ("Behind the blue gate", "Site 0"):
        assert secret not in out and secret not in text
    with Project.open(path) as p:
        site = _site_of(p, "Safe shelter")
        assert (site.name, round(site.latitude, 5)) == ("Site 0", 21.5)


def test_a_service_we_deleted_and_the_partner_changed_is_a_conflict_and_can_come_back(copies):
    ours, theirs, _, _ = copies
    cm4 = next(s for s in ours.services() if s.name == "Case management 4")
    with ours.change("edit", "Delete service", user="amina"):
        ours.delete_service(cm4.id)
    the_plan = plan(ours, theirs)
    (clash,) = [d for d in the_plan.conflicts if d.field == "(deleted)"]
    assert clash.service_id == cm4.id and clash.ours == "deleted" and clash.theirs == {
        "emails": ["focal.cm4@example.org"]}
    assert cm4.id not in {s.id for s in the_plan.new_services}
    apply(ours, the_plan, theirs=lambda d: d is clash)
    back = next(s for s in ours.services() if s.id == cm4.id)
    assert back.contacts[0].emails == ["focal.cm4@example.org"]


def add_our_legal_aid_desks(ours: Project, theirs) -> tuple[Service, Service]:
    """Our own entry of the legal aid desk the partner added (the same place, name and types), and one
    of the same name in another town."""
    with ours.change("edit", "Add service", user="amina"):
        with Project.open(theirs) as partner:
            theirs_org = partner.organisations()[0].name
        org = next(o for o in ours.organisations() if o.name == theirs_org)
        site = Site("Teknaf hub (legal aid)", latitude=21.20002, longitude=92.30001)  # about 2 m away
        desk = Service("Legal Aid Desk", org.id, ["legal_aid"], schedule_text="Sun-Thu 9-5")
        ours.save_site(site)
        ours.save_service(desk)
        ours.link(desk.id, site.id)
        far = Service("Legal aid desk", org.id, ["legal_aid"])  # same name, another town: not the same
        far_site = Site("Cox's Bazar office", latitude=21.45, longitude=91.98)
        ours.save_site(far_site)
        ours.save_service(far)
        ours.link(far.id, far_site.id)
    return desk, far


def test_the_command_names_the_services_both_offices_added(copies, capsys):
    ours, theirs, _, _ = copies
    path = ours.path
    assert main(["merge", str(path), str(theirs), "--dry-run"]) == 0
    assert "added in both copies" not in capsys.readouterr().out  # the partner's desk alone: new
    add_our_legal_aid_desks(ours, theirs)
    ours.close()
    assert main(["merge", str(path), str(theirs), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "0 new services" in out
    assert ("1 service added in both copies since they parted is taken as one, not added twice: Legal aid desk."
            in out.splitlines())


def test_a_service_both_offices_added_since_the_copy_is_one_service(copies):
    """Both sides entered the same new legal aid desk after the copy was made (the partner's is in the
    fixture): the merge compares the two, it does not add a second desk."""
    ours, theirs, _, _ = copies
    desk, far = add_our_legal_aid_desks(ours, theirs)
    the_plan = plan(ours, theirs)
    assert the_plan.new_services == [] and the_plan.added_on_both_sides == [desk.id]
    assert the_plan.matched[desk.id].name == "Legal aid desk"
    names = {(d.service_id, d.field): (d.ours, d.theirs) for d in the_plan.conflicts + the_plan.fill_ins}
    assert names[(desk.id, "name")] == ("Legal Aid Desk", "Legal aid desk")  # two-way: no shared start
    assert (desk.id, "schedule_text") not in names  # theirs is empty: nothing to take
    done = apply(ours, the_plan)
    assert done["new"] == 0
    desks = [s for s in ours.services() if s.name.lower() == "legal aid desk"]
    assert sorted(s.id for s in desks) == sorted([desk.id, far.id])
    assert {s.name for s in ours.sites()} >= {"Teknaf hub (legal aid)", "Cox's Bazar office"}
    assert "Teknaf hub" not in {s.name for s in ours.sites()}  # their site of the desk is ours


def test_a_service_added_on_one_side_only_is_still_new(copies):
    """The pairing's test of itself: without our desk, the partner's is new, as before."""
    ours, theirs, _, _ = copies
    the_plan = plan(ours, theirs)
    assert [s.name for s in the_plan.new_services] == ["Legal aid desk"] and the_plan.added_on_both_sides == []


def test_an_organisation_both_offices_added_is_one_organisation(copies):
    ours, theirs, _, _ = copies
    for path, user, phone in ((theirs, "partner", "+8801711000222"), (ours.path, "amina", None)):
        p = ours if path == ours.path else Project.open(path)
        with p.change("edit", "Add service", user=user):
            org = Organisation("Teknaf Legal Clinic" if user == "amina" else "TEKNAF legal clinic")
            site = Site("Clinic", latitude=20.95, longitude=92.25)
            clinic = Service("Legal counselling", org.id, ["legal_aid"],
                             contacts=[Contact("Desk", phones=[Phone(phone)])] if phone else [])
            p.save_organisation(org)
            p.save_site(site)
            p.save_service(clinic)
            p.link(clinic.id, site.id)
        if p is not ours:
            p.close()
    the_plan = plan(ours, theirs)
    assert [s.name for s in the_plan.new_services] == ["Legal aid desk"] and len(the_plan.added_on_both_sides) == 1
    fills = [(d.field, d.theirs) for d in the_plan.fill_ins if d.service_id == the_plan.added_on_both_sides[0]]
    assert fills == [("phones", ["+8801711000222"]), ("focal_person", ["Desk"])]  # theirs fills our blanks
    apply(ours, the_plan)
    (clinic,) = [s for s in ours.services() if s.name == "Legal counselling"]
    assert [p.number for c in clinic.contacts for p in c.phones] == ["+8801711000222"]
    assert [o.name for o in ours.organisations()].count("Teknaf Legal Clinic") == 1
    assert not any(o.name == "TEKNAF legal clinic" for o in ours.organisations())
