"""The bulk write path's hand-built JSON equals what json.dumps gives, on awkward values."""

from __future__ import annotations

import json
from datetime import date, datetime, timezone

from directory import bulk_rows, gpkg, records
from directory.model import Contact, Phone, Provenance, Service, Site

AWKWARD = ['quote " and \\ backslash', "tab\there\nnewline", "ঢাকা বিভাগ", "مركز الحماية", "é\u0301", "\u2028", "😀",
           "", "control \x01 char"]


def _service(text: str) -> Service:
    when = datetime(2026, 11, 28, 9, 30, 5, 123, tzinfo=timezone.utc)
    return Service(
        name=text, organisation_id="org-1", service_types=["case_management", text], genders=[], languages=["bn", text],
        service_area=["BD20"], extra={"x_note": text, "n": 3} if text else {}, description=text or None,
        confidential=bool(text), assured_date=date(2026, 8, 15) if text else None, minimum_age=0, maximum_age=17,
        contacts=[Contact(name=text, phones=[Phone(number="+8801711000000", languages=[text], description=None)],
                          emails=[f"{text}@x.org"])],
        provenance=[Provenance("list.xlsx", text or None, 7, when), Provenance("other.csv", None, None, None)],
    )


def test_service_rows_equal_the_general_code_for_awkward_text():
    for text in AWKWARD:
        service = _service(text)
        assert bulk_rows.service_row(service) == records.service_row(service), repr(text)


def test_a_batch_writes_each_services_own_type_sources_when_some_share_one_dict():
    shared = {"legal_aid": {"how": "type column", "confidence": 1.0}}
    services = [_service(t) for t in AWKWARD]
    for k, service in enumerate(services):
        service.type_sources = shared if k % 2 else {f"code_{k}": {"how": "description", "confidence": 0.6}}
    rows = bulk_rows.service_rows(services)
    assert rows == [records.service_row(s) for s in services]
    assert json.loads(rows[1]["type_sources"]) == shared and json.loads(rows[2]["type_sources"]) == {
        "code_2": {"how": "description", "confidence": 0.6}}


def test_site_rows_equal_the_general_code_and_carry_a_geopackage_point():
    for text in AWKWARD:
        site = Site(name=text, address=text, latitude=21.5, longitude=92.1, admin_pcodes={2: "BD2022", 3: text},
                    provenance=[Provenance(text or "f.xlsx", "Sheet 1", 12, None)])
        row = bulk_rows.site_row(site)
        assert gpkg.from_blob(row.pop("geom")).coords[0] == (92.1, 21.5)
        assert row == records.site_row(site), repr(text)
    unplaced = Site(name="no point")
    assert bulk_rows.site_row(unplaced)["geom"] is None


def test_audit_json_equals_json_dumps_and_falls_back_for_other_values():
    for value in [{"name": t} for t in AWKWARD] + [{"a": None, "b": True, "c": False, "d": 12, "e": "x"}, {},
                                                   {"f": 1.5, "g": [1, "2"]}, {1: "int key"},
                                                   {"when": date(2026, 1, 2)}]:
        assert bulk_rows.audit_json(value) == json.dumps(value, ensure_ascii=False, default=str)
    assert bulk_rows.audit_json(None) is None


def test_lists_of_codes_are_cached_by_value_and_other_lists_encoded_in_full():
    assert bulk_rows.list_json(["mhpss", "legal_aid"]) == '["mhpss", "legal_aid"]'
    assert bulk_rows.list_json(["mhpss", "legal_aid"]) is bulk_rows.list_json(["mhpss", "legal_aid"])
    assert bulk_rows.list_json([1, {"a": 2}]) == json.dumps([1, {"a": 2}], ensure_ascii=False, sort_keys=True)


def test_small_dicts_equal_json_dumps_and_others_fall_back():
    for value in [{}, {"b": "x", "a": "ঢাকা"}, {"case_management": {"how": "type column", "confidence": 0.85}},
                  {"n": 3, "f": 1.5, "t": True, "no": False, "none": None, "big": 10**30, "tiny": 1e-300},
                  {"nan": float("nan")}, {"inf": float("inf")}, {1: "int key"}, {"list": ["a", 1]},
                  {"nested": {"deeper": {"x": "\u2028 control \x01"}}}, {"when": date(2026, 1, 2)}]:
        expected = None
        try:
            expected = json.dumps(value, ensure_ascii=False, sort_keys=True)
        except TypeError:
            pass
        if expected is not None:
            assert bulk_rows.value_json(value) == expected, value
    assert bulk_rows.dict_json({"nan": float("nan")}) is None and bulk_rows.dict_json({1: "a"}) is None
    assert bulk_rows.dict_json({"list": ["a"]}) is None
