"""The field-level three-way merge of one record, case by case (no server needed)."""

from __future__ import annotations

from directory.server.merge import DELETED_MARK, merge

FIELDS = ("name", "phone", "hours", "deleted_at")
BASE = {"name": "Clinic", "phone": "1", "hours": "9-5", "deleted_at": None}


def test_edits_of_different_fields_merge():
    out = merge(FIELDS, BASE, {**BASE, "phone": "2"}, {**BASE, "hours": "8-4"})
    assert out.writes == {"phone": "2"} and out.clashes == []


def test_the_same_change_on_both_sides_is_not_a_conflict():
    out = merge(FIELDS, BASE, {**BASE, "phone": "2"}, {**BASE, "phone": "2"})
    assert out.writes == {} and out.clashes == []


def test_different_values_for_one_field_clash_and_the_server_keeps_its_value():
    out = merge(FIELDS, BASE, {**BASE, "phone": "2"}, {**BASE, "phone": "3"})
    assert out.writes == {}
    assert [(c.field, c.base, c.server, c.client) for c in out.clashes] == [("phone", "1", "3", "2")]


def test_an_edit_against_a_soft_deletion_clashes_both_ways():
    deleted = {**BASE, "deleted_at": "2026-12-01"}
    one = merge(FIELDS, BASE, {**BASE, "phone": "2"}, deleted)
    two = merge(FIELDS, BASE, deleted, {**BASE, "phone": "2"})
    assert [c.field for c in one.clashes] == [DELETED_MARK] and not one.writes
    assert [c.field for c in two.clashes] == [DELETED_MARK] and not two.writes


def test_a_deletion_against_an_unchanged_record_goes_through():
    assert merge(FIELDS, BASE, {**BASE, "deleted_at": "2026-12-01"}, dict(BASE)).writes == {"deleted_at": "2026-12-01"}
    assert merge(FIELDS, BASE, None, dict(BASE)).delete


def test_an_edit_against_a_tombstone_clashes_and_a_hard_delete_against_an_edit_too():
    assert [c.field for c in merge(FIELDS, BASE, {**BASE, "phone": "2"}, dict(BASE), theirs_deleted=True).clashes] == [DELETED_MARK]
    assert [c.field for c in merge(FIELDS, BASE, None, {**BASE, "phone": "3"}).clashes] == [DELETED_MARK]


def test_a_person_choosing_mine_wins_over_the_server():
    out = merge(FIELDS, BASE, {**BASE, "phone": "2"}, {**BASE, "phone": "3"}, force=True)
    assert out.writes == {"phone": "2"} and not out.clashes


def test_a_new_record_is_inserted_and_one_already_there_is_merged_field_by_field():
    assert merge(FIELDS, None, dict(BASE), None).insert
    out = merge(FIELDS, None, dict(BASE), {**BASE, "hours": "8-4"})
    assert not out.insert and [c.field for c in out.clashes] == ["hours"]
