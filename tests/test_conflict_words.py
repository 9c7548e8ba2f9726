"""A conflict over a JSON field in words: only what the two sides changed differently, never JSON."""

from __future__ import annotations

import json

from desktop.commands.conflict_words import describe, summary
from directory.server.field_merge import dump


def _stored(value) -> str:
    """As a conflict row keeps a field's value: the field's JSON text, as JSON."""
    return json.dumps(dump(value))


def _contact(cid, name, phones, emails, department=""):
    return {"id": cid, "name": name, "title": "", "department": department, "emails": emails,
            "phones": [{"number": n, "type": "voice", "description": "", "languages": []} for n in phones]}


def test_contacts_in_words():
    base = [_contact("a", "GBV desk", ["+8801400555230"], ["desk@example.org"]), _contact("b", "Night", ["999"], [])]
    server = [_contact("a", "GBV desk", ["+8801400555231"], ["desk@example.org", "new@example.org"]),
              _contact("b", "Night", ["999"], [], department="Health")]
    mine = [_contact("a", "GBV desk", ["+8801400555232"], ["desk@example.org", "new@example.org"])]
    left, right = describe("contacts", _stored(base), _stored(server), _stored(mine))
    assert left == "GBV desk: Phone +8801400555230 changed to +8801400555231; Night: Department — changed to Health"
    assert right == "GBV desk: Phone +8801400555230 changed to +8801400555232; Contact removed: Night, 999"
    assert "new@" not in left + right  # both sides have it: no clash there


def test_other_json_fields_in_words():
    assert describe("extra", _stored({"a": "1"}), _stored({"a": "2"}), _stored({"a": "3", "b": "x"})) == (
        "a: 1 changed to 2", "a: 1 changed to 3; b added: x")
    assert describe("service_types", _stored(["a", "b"]), _stored(["b"]), _stored(["a"])) == ("Removed a", "Removed b")
    assert describe("schedule_text", json.dumps("9-5"), json.dumps("8-4"), json.dumps("24/7")) is None
    words = summary("contacts", dump([_contact("a", "GBV desk", ["+8801400555230"], ["desk@example.org"])]))
    assert words == "GBV desk, +8801400555230, desk@example.org"
