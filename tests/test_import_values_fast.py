"""The fast paths the import takes for speed give exactly what the slow, general code gives."""

from __future__ import annotations

import random
from pathlib import Path

import phonenumbers
import pytest

from directory import bulk_rows, records
from importers import values as v
from importers.pipeline import read_file

DATA = Path(__file__).parent / "data" / "import"


@pytest.mark.parametrize("region", ["BD", "KE", "FR", "SY", "NG", "CD", "SS", "CO", "IT", "US", "YE", "AF"])
def test_fast_phone_check_agrees_with_phonenumbers(region):
    rng = random.Random(region)
    code = str(phonenumbers.country_code_for_region(region))
    example = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.MOBILE)
    hits = 0
    for _ in range(3000):
        d = "".join(rng.choice("0123456789") for _ in range(rng.randint(6, 13)))
        if example is not None and rng.random() < 0.4:
            nsn = str(example.national_number)
            d = nsn[:-3] + "".join(rng.choice("0123456789") for _ in range(3))
        text = rng.choice(["0" + d, "+" + code + d, "0" + d[:3] + "-" + d[3:], "+" + code + " " + d])
        fast = v._fast_e164(text, region)
        if fast is None:
            continue
        hits += 1
        number = phonenumbers.parse(text, region)
        assert phonenumbers.is_valid_number(number), text
        assert fast == phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    if region in ("BD", "KE", "FR"):
        assert hits > 500  # the fast path is taken for ordinary numbers


def test_bulk_rows_are_the_rows_the_store_writes_one_by_one():
    result = read_file(DATA / "messy.xlsx", region="BD")
    for service in result.services:
        assert bulk_rows.service_row(service) == records.service_row(service)
    for site in result.sites:
        row = bulk_rows.site_row(site)
        assert row.pop("geom") is None or site.has_point
        assert row == records.site_row(site)


@pytest.mark.parametrize("text, expected", [
    ("Sun-Thu 9am-5pm", "Su-Th 09:00-17:00"), ("Sun–Thu 9:00–17:00", "Su-Th 09:00-17:00"),
    ("Lun-Ven 8h30-16h", "Mo-Fr 08:30-16:00"), ("Sat-Wed 9-5", "Sa-We 09:00-17:00"), ("24/7", "24/7"),
    ("By appointment, call first", None),
])
def test_simple_weekly_schedules_are_parsed_and_others_kept_as_text(text, expected):
    assert v.parse_schedule(text) == expected


def test_the_parsed_schedule_is_kept_beside_the_text():
    result = read_file(Path(__file__).parents[1] / "resources" / "demo" / "chattogram_services.xlsx", region="BD")
    first = result.services[0]
    assert first.schedule_text == "Sun-Thu 9am-5pm" and first.extra["opening_hours"] == "Su-Th 09:00-17:00"
