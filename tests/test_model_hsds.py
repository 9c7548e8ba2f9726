"""The domain model follows Open Referral HSDS 3.0 where HSDS has the concept.

Checked against the official schema files in ../shared/standards (not copied into the project).
"""

from __future__ import annotations

import json
from dataclasses import fields
from pathlib import Path

import pytest

from directory import model

HSDS = Path(__file__).resolve().parents[2] / "shared" / "standards" / "hsds-3.0" / "schema"
pytestmark = pytest.mark.skipif(not HSDS.exists(), reason="the HSDS 3.0 schema files are not beside the project")

# our record -> (HSDS schema file, the fields we carry under HSDS's own names)
SHARED_NAMES = {
    model.Service: ("service.json", ["id", "name", "status", "description", "minimum_age", "maximum_age",
                                     "eligibility_description", "fees_description", "assured_date", "contacts"]),
    model.Organisation: ("organization.json", ["id", "name", "alternate_name", "description", "website", "email", "phones"]),
    model.Site: ("location.json", ["id", "name", "latitude", "longitude"]),
    model.Contact: ("contact.json", ["id", "name", "title", "department", "phones"]),
    model.Phone: ("phone.json", ["number", "type", "description", "languages"]),
}


def schema(name: str) -> dict:
    return json.loads((HSDS / name).read_text(encoding="utf-8"))


@pytest.mark.parametrize("record", list(SHARED_NAMES), ids=lambda r: r.__name__)
def test_fields_named_as_in_hsds(record):
    file, names = SHARED_NAMES[record]
    ours = {f.name for f in fields(record)}
    theirs = set(schema(file)["properties"])
    assert set(names) <= ours, set(names) - ours
    assert set(names) <= theirs, set(names) - theirs


def test_statuses_are_hsds_statuses():
    assert list(model.STATUSES) == schema("service.json")["properties"]["status"]["enum"]


def test_humanitarian_fields_hsds_lacks_are_there():
    ours = {f.name for f in fields(model.Service)}
    assert {"intake_criteria", "referral_method", "response_time", "feedback_channel", "confidential"} <= ours
    assert not {"intake_criteria", "referral_method", "confidential"} & set(schema("service.json")["properties"])


def test_every_record_carries_provenance():
    for record in (model.Service, model.Organisation, model.Site):
        assert "provenance" in {f.name for f in fields(record)}
    prov = model.Provenance("list.xlsx", "Services", 7)
    assert model.Provenance.from_dict(prov.as_dict()) == prov
