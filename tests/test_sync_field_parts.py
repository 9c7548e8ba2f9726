"""The merge inside JSON fields (contacts, extra columns, lists of codes), case by case: changes to
different parts both survive; only a part changed two ways clashes (no server needed)."""

from __future__ import annotations

import json

from directory.server.field_merge import dump, merge_field
from directory.server.merge import merge


def _contact(cid="c1", phones=("+8801400555230",), emails=("desk@example.org",), **values):
    return {"id": cid, "name": values.get("name", "Desk"), "title": "", "department": values.get("department", ""),
            "phones": [{"number": n, "type": "voice", "description": "", "languages": []} for n in phones],
            "emails": list(emails)}


def _merge(field, base, mine, theirs):
    fields = (field, "deleted_at")
    row = lambda v: {field: dump(v), "deleted_at": None}  # noqa: E731
    return merge(fields, row(base), row(mine), row(theirs))


def test_a_phone_changed_here_and_an_email_there_both_survive():
    base = [_contact()]
    amina = [_contact(phones=("+8801400555999",))]
    rafiq = [_contact(emails=("help@example.org",))]
    out = _merge("contacts", base, rafiq, amina)  # rafiq syncs after amina
    assert out.clashes == []
    assert json.loads(out.writes["contacts"]) == [_contact(phones=("+8801400555999",), emails=("help@example.org",))]


def test_the_same_phone_changed_two_ways_clashes_and_the_other_parts_still_merge():
    base = [_contact()]
    amina = [_contact(phones=("+8801400555111",))]
    rafiq = [_contact(phones=("+8801400555222",), emails=("desk@example.org", "new@example.org"))]
    out = _merge("contacts", base, rafiq, amina)
    [clash] = out.clashes
    assert clash.field == "contacts"
    server, copy = json.loads(clash.server), json.loads(clash.client)
    assert [p["number"] for p in server[0]["phones"]] == ["+8801400555111"]  # the server's phone stays
    assert [p["number"] for p in copy[0]["phones"]] == ["+8801400555222"]  # the copy's waits for a person
    assert server[0]["emails"] == copy[0]["emails"] == ["desk@example.org", "new@example.org"]  # merged on both
    assert json.loads(out.writes["contacts"]) == server


def test_a_contact_deleted_on_one_side_and_edited_on_the_other_clashes():
    base = [_contact("c1"), _contact("c2", name="Night desk")]
    out = _merge("contacts", base, [_contact("c1")], [_contact("c1"), _contact("c2", name="Night desk", department="GBV")])
    [clash] = out.clashes
    assert [c["id"] for c in json.loads(clash.server)] == ["c1", "c2"]
    assert [c["id"] for c in json.loads(clash.client)] == ["c1"]


def test_contacts_added_on_both_sides_and_one_removed_merge():
    base = [_contact("c1"), _contact("c2")]
    mine = [_contact("c1"), _contact("c2"), _contact("c3", name="Mine")]
    theirs = [_contact("c2"), _contact("c4", name="Theirs")]
    out = _merge("contacts", base, mine, theirs)
    assert out.clashes == []
    assert [c["id"] for c in json.loads(out.writes["contacts"])] == ["c2", "c4", "c3"]


def test_a_phone_removed_on_one_side_and_another_added_on_the_other():
    base = [_contact(phones=("+1", "+2"))]
    out = _merge("contacts", base, [_contact(phones=("+1",))], [_contact(phones=("+1", "+2", "+3"))])
    assert out.clashes == []
    assert [p["number"] for p in json.loads(out.writes["contacts"])[0]["phones"]] == ["+1", "+3"]


def test_extra_columns_merge_by_column_and_lists_of_codes_as_sets():
    out = _merge("extra", {"a": "1", "b": "2"}, {"a": "9", "b": "2"}, {"a": "1", "b": "2", "c": "3"})
    assert json.loads(out.writes["extra"]) == {"a": "9", "b": "2", "c": "3"} and not out.clashes
    out = _merge("extra", {"a": "1"}, {"a": "2"}, {"a": "3"})
    assert [(json.loads(c.server), json.loads(c.client)) for c in out.clashes] == [({"a": "3"}, {"a": "2"})]
    out = _merge("languages", ["bn"], ["bn", "en"], ["bn", "ar"])
    assert json.loads(out.writes["languages"]) == ["bn", "ar", "en"] and not out.clashes
    out = _merge("service_types", ["a", "b"], ["a", "b", "c"], ["b"])
    assert json.loads(out.writes["service_types"]) == ["b", "c"] and not out.clashes


def test_a_set_each_side_emptied_differently_clashes_whole():
    out = _merge("service_types", ["a", "b"], ["a"], ["b"])
    assert out.writes == {} and [(json.loads(c.server), json.loads(c.client)) for c in out.clashes] == [(["b"], ["a"])]


def test_genders_stay_whole_because_empty_means_everyone():
    out = _merge("genders", ["female", "male"], ["female"], ["male"])
    assert out.writes == {} and [c.field for c in out.clashes] == ["genders"]
    assert merge_field("genders", "[]", "[]", "[]") is None


def test_an_organisations_phone_changed_two_ways_clashes():
    phone = lambda n: {"number": n, "type": "voice", "description": "", "languages": []}  # noqa: E731
    out = _merge("phones", [phone("+1")], [phone("+2")], [phone("+3")])
    assert [c.field for c in out.clashes] == ["phones"]
    out = _merge("phones", [phone("+1")], [phone("+1"), phone("+4")], [{**phone("+1"), "type": "cell"}])
    assert json.loads(out.writes["phones"]) == [{**phone("+1"), "type": "cell"}, phone("+4")] and not out.clashes


def test_a_person_choosing_mine_still_wins_the_whole_field():
    base, mine, theirs = [_contact()], [_contact(phones=("+2",))], [_contact(phones=("+3",))]
    row = lambda v: {"contacts": dump(v)}  # noqa: E731
    out = merge(("contacts",), row(base), row(mine), row(theirs), force=True)
    assert out.writes == {"contacts": dump(mine)} and not out.clashes


def test_the_service_editors_own_edits_of_phones_and_emails_merge():
    """As the editor writes them (importers.edit_rules): a phone typed over another, an e-mail
    typed over another, on a service with a typed phone and a described one."""
    from directory.model import Contact, Phone, Service
    from directory.records import service_row
    from importers import edit_rules as rules

    svc = Service(name="Y", organisation_id="o", contacts=[
        Contact(name="Desk", phones=[Phone("+8801400555230", type="cell", description="duty"), Phone("1098")],
                emails=["y@example.org"])])
    amina = rules.with_phones(svc, ["+8801400555999", "1098"])
    rafiq = rules.with_emails(svc, ["gbv@example.org"])
    fields = ("contacts",)
    out = merge(fields, service_row(svc), service_row(rafiq), service_row(amina))
    assert not out.clashes
    [contact] = json.loads(out.writes["contacts"])
    assert [p["number"] for p in contact["phones"]] == ["+8801400555999", "1098"] and contact["emails"] == ["gbv@example.org"]
