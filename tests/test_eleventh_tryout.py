"""What the eleventh blind tryout found (lists written from a brief by someone who had not read the code:
Afghanistan in English and Dari, Ukraine in Ukrainian and English, eastern Chad as a semicolon CSV, Uganda's
settlements). Each list here is a small one in the same shape, written by openpyxl."""

from __future__ import annotations

import openpyxl
import pytest

from directory.synonyms import SynonymMatcher
from importers.columns import header_field
from importers.pipeline import read_file
from tests.helpers import write_sheet

UKRAINE_HEADER = ["№", "Область / Oblast", "Громада / Hromada", "Організація / Organization", "Послуга / Service",
                  "Телефон / Phone", "Координати / Coordinates", "Статус / Status", "Примітки / Notes"]


def _by_row(result):
    services = {s.id: s for s in result.services}
    return {o.row: (o, services.get(o.service_id)) for o in result.rows}


def test_ukrainian_words_are_read_in_their_case_forms():
    """A Cyrillic word of a synonym matches with its case endings; a short word ("суд") only as written."""
    m = SynonymMatcher([("психологічна підтримка", ("mhpss",)), ("притулок", ("safe_shelter",)),
                        ("притулки", ("safe_shelter",)), ("суд", ("justice",))])
    assert m.codes("психологічної підтримки дітям") == ["mhpss"]
    assert m.codes("Притулку для жінок") == m.codes("притулків") == ["safe_shelter"]
    assert m.codes("Суд") == ["justice"] and m.codes("судно") == []


def test_a_ukrainian_list_is_typed_and_its_crisis_room_kept_secret(tmp_path):
    path = write_sheet(tmp_path / "ukraine.xlsx", UKRAINE_HEADER, [
        [1, "Харківська", "Харківська МТГ", "ГО «Ла Страда-Україна»", "Національна гаряча лінія: психологічна "
         "підтримка, інформування, перенаправлення", "0 800 500 335", None, "Активно", None],
        [2, "Дніпропетровська", "Дніпровська МТГ", "Міський центр соціальних служб", "Кризова кімната для "
         "постраждалих від домашнього насильства (адреса конфіденційна)", "(056) 720-90-00", "48.46, 35.04",
         "Активно", None],
        [3, "Харківська", "Харківська МТГ", "Координаційний центр", "Безоплатна правнича допомога", None, None,
         "Призупинено (безпека)", None],
        [4, "Харківська", "Золочівська МТГ", "БО «Карітас-Спес»", "Психосоціальна підтримка", None, None,
         "Не працює з 01.01.2024 (закінчення фінансування)", None],
        UKRAINE_HEADER,  # the header again, where two lists were pasted together
        [5, "Дніпропетровська", "Лозівська МТГ", "Відділ ДРАЦС", "Державна реєстрація народження дітей", None, None,
         "Планується з березня 2024", None],
    ])
    rows = _by_row(read_file(path, region="UA"))
    assert set(rows[2][1].service_types) == {"helpline", "mhpss"} and rows[2][1].status == "active"
    room = rows[3][1]
    assert room.service_types == ["safe_shelter"] and room.confidential
    assert rows[4][1].service_types == ["legal_aid"] and rows[4][1].status == "temporarily closed"
    assert rows[5][1].service_types == ["mhpss"] and rows[5][1].status == "inactive"
    again = rows[6][0]
    assert again.status == "not-a-service" and again.messages == ["the table's header again, not a service"]
    assert rows[7][1].service_types == ["birth_registration"] and rows[7][1].status == "inactive"


@pytest.mark.parametrize("header, field", [
    ("Service type\nنوع خدمات", "types"), ("GPS Lat\nعرض", "latitude"), ("GPS Long\nطول", "longitude"),
    ("GPS Lat", "latitude"), ("GPS", "coordinates"), ("Lat Long", "coordinates"), ("Status\nوضعیت", "status"),
    ("Область / Oblast", "adm1"), ("Район / Raion", "adm2"), ("Громада / Hromada", "adm3"),
])
def test_headers_on_two_lines_and_gps_halves_are_named(header, field):
    assert header_field(header)[0] == field


def test_a_title_merged_across_the_table_is_no_group_header_and_statuses_with_notes_are_read(tmp_path):
    """Kandahar's sheet: a title merged over every column above headers in English and Dari."""
    write_sheet(tmp_path / "kandahar.xlsx", ["Kandahar – CP / GBV service mapping (Southern Region) – as of Nov 2023"], [
        ["S.No\nشماره", "District\nولسوالی", "Organization\nموسسه", "Service type\nنوع خدمات", "Details\nجزئیات",
         "GPS Lat\nعرض", "GPS Long\nطول", "Status\nوضعیت"],
        [1, "Kandahar City", "MSF", "Health", "CMR for survivors of sexual violence", 31.615, 65.695, "Active"],
        [2, "Shah Wali Kot", "BARAN", "Health", "MHNT", None, None, "paused – female staff restrictions"],
        [3, "Arghistan", "WHO / AADA", "Health", "MHNT (new team)", None, None, "Planned – Jan 2024"],
        [4, "Daman", "ORCD / UNICEF", "Education", "ECD centres (3-6 yrs)", None, None, "Closed on Fridays"],
    ], title="Kandahar", merged=("A1:H1",))
    result = read_file(tmp_path / "kandahar.xlsx", region="AF")
    fields = {m.header.split("\n")[0]: m.field for m in result.tables[0].mapping}
    assert fields["S.No"] == "ignore" and fields["Service type"] == "types"
    assert (fields["GPS Lat"], fields["GPS Long"]) == ("latitude", "longitude")
    rows = _by_row(result)
    site = next(s for s in result.sites if (rows[3][1].id, s.id) in result.links)
    assert (site.latitude, site.longitude) == (31.615, 65.695)
    assert [rows[r][1].service_types for r in (4, 5, 6)] == [["health"], ["health"], ["education"]]
    assert [rows[r][1].status for r in (4, 5, 6)] == ["temporarily closed", "inactive", "active"]
    assert "status 'closed on fridays' not understood; recorded as active" in rows[6][0].messages


def test_the_headers_again_in_another_language_under_the_header_are_no_service(tmp_path):
    path = write_sheet(tmp_path / "herat.xlsx", ["#", "District", "Organization", "Services provided", "Phone",
                                                  "Latitude", "Longitude", "Status"], [
        ["شماره", "ولسوالی", "موسسه", "خدمات ارائه شده", "شماره تماس", "عرض جغرافیایی", "طول جغرافیایی", "وضعیت"],
        [1, "Herat City", "UNFPA", "Family Protection Centre: clinical care, PSS", "0799 001 234", 34.35, 62.2,
         "Active"],
    ], title="Herat")
    rows = _by_row(read_file(path, region="AF"))
    assert rows[2][0].status == "not-a-service"
    assert rows[2][0].messages == ["a second header row (the headers in another language), not a service"]
    assert rows[3][0].status == "imported"


def test_a_heading_naming_a_status_sets_it_for_the_rows_under_it(tmp_path):
    """Uganda's directory: its phased-out partners listed at the end under a heading, their status nowhere
    else; a remark that services are suspended; ECD and vocational skills."""
    header = ["S/N", "Settlement", "Partner", "Services offered", "Phone", "Remarks"]
    path = write_sheet(tmp_path / "uganda.xlsx", header, [
        [1, "Kyangwali", "Danish Refugee Council (DRC)", "GBV case mgt, PSS", "0776 909090",
         "Services suspended since Sept 2023 due to funding cuts"],
        [2, "Bidibidi", "Finn Church Aid (FCA)", "ECD, AEP, youth vocational skills", "0772 707070", None],
        [None] * 6,
        ["INACTIVE / PHASED OUT PARTNERS"],
        [3, "Nakivale", "ARC (American Refugee Committee)", "GBV case mgt, PSS", "0772 000111",
         "Rebranded as Alight (2020)"],
        ["KYANGWALI"],
        [4, "Kyangwali", "Tutapona", "MHPSS group counselling", "0772 111222", None],
    ], title="Referral Directory")
    rows = _by_row(read_file(path, region="UG"))
    assert rows[2][1].status == "temporarily closed"
    assert set(rows[3][1].service_types) == {"education", "livelihoods"}
    assert rows[5][0].messages == ["a heading ('INACTIVE / PHASED OUT PARTNERS'): the status of the rows under it"]
    arc = rows[6]
    assert arc[1].status == "inactive"
    assert "under the heading 'INACTIVE / PHASED OUT PARTNERS': recorded as inactive" in " ".join(arc[0].messages)
    assert rows[8][1].status == "active"  # the next heading ends the section
