"""What the thirty-first blind tryout found (lists written from a brief by someone who had not read the code: a
Papua New Guinea FSV directory in English and Tok Pisin, a Rwanda list saved by LibreOffice as .ods, a KoBo export
from Honduras and El Salvador, an Egypt directory in Arabic and English saved as Excel 97 .xls). Every safe house
was hidden at first sight; the Egypt workbook's sheet of hotlines was skipped as "a referral pathway kept as a
grid", because its "الرقم / Number" column was read as row numbers. Each list here is a small one in the same
shape, written by openpyxl."""

from __future__ import annotations

import pytest

from directory.taxonomy import default_taxonomy
from importers.columns import header_field
from importers.pipeline import read_file
from importers.service_types import TypeFinder
from tests.helpers import write_sheets


@pytest.fixture(scope="module")
def finder():
    return TypeFinder(default_taxonomy())


def test_a_sheet_of_hotlines_whose_number_column_is_named_in_two_languages(tmp_path):
    """"الرقم" alone is a column of row numbers; beside "Number" it is the phone, and the sheet (named "Hotlines")
    is a table of helplines, not a grid."""
    path = write_sheets(tmp_path / "eg.xlsx", {"Hotlines": [
        ["خطوط ساخنة / Hotlines"],
        ["الجهة / Entity", "الرقم / Number", "ملاحظات / Notes"],
        ["NCCM Child Helpline – خط نجدة الطفل", 16000, "24/7, free – child abuse reports"],
        ["National Council for Women – مكتب شكاوى المرأة", 15115, "complaints office for women"],
        ["CARE GBV hotline", "٠١٢٢٠٢٥٥٥٤٥", "24/7 for GBV survivors"],
        ["Tdh refugee children hotline", "0106 555 0101", "stopped Jan 2024 / متوقف"],
    ]})
    result = read_file(path, region="EG")
    assert "Hotlines" not in result.skipped_sheets
    services = {s.id: s for s in result.services}
    got = {o.row: (services[o.service_id].service_types, services[o.service_id].status,
                   [p.number for c in services[o.service_id].contacts for p in c.phones])
           for o in result.rows if o.service_id}
    assert got[3] == (["helpline"], "active", ["16000"])
    assert got[5][2] == ["+201220255545"]  # Arabic-Indic digits
    assert got[6][1] == "temporarily closed"  # "stopped Jan 2024"
    assert header_field("الرقم / Number")[0] == "phone"
    assert header_field("الرقم")[0] == "ignore" and header_field("No. / رقم")[0] == "ignore"


@pytest.mark.parametrize("text, types", [
    ("Adolescent girls safe space", ["community_based_protection"]),
    ("IZU volunteers: home visits, identify children at risk", ["community_based_protection"]),
    ("Free counselling line 24/7 – FSV, pikinini, suicide", ["helpline"]),
    ("Seif haus bilong ol meri na pikinini", ["safe_shelter"]),
    ("Medikol helpim bilong meri/pikinini: kaunseling", ["health", "mhpss"]),
    ("Medical & psychological care for survivors", ["health", "mhpss"]),
])
def test_the_tryouts_words(finder, text, types):
    assert sorted(finder.find(name=text).codes) == sorted(types)


@pytest.mark.parametrize("text", ["Awareness patrols in settlements on FSV & Family Protection Act",
                                  "Referral pathway training for police, health & church counsellors – 18-20 April",
                                  "توعية / Awareness"])
def test_activities_that_are_no_service(text):
    from importers.service_types import no_service

    assert no_service(text)


def test_a_kobo_test_submission_in_spanish(tmp_path):
    path = write_sheets(tmp_path / "hn.xlsx", {"Mapeo": [
        ["_index", "_uuid", "_submission_time", "grupo_org/nombre_org", "grupo_servicios/servicios_ofrecidos"],
        [1, "a1", "2024-03-01", "Casa Alianza Honduras", "Atención psicosocial"],
        [2, "a2", "2024-03-02", "PRUEBA NO CONSIDERAR", "Atención psicosocial"],
    ]})
    outcome = {o.row: o for o in read_file(path, region="HN").rows}
    assert outcome[2].status == "imported" and outcome[3].status == "not-a-service"
    assert "a test entry ('PRUEBA NO CONSIDERAR')" in outcome[3].messages[-1]
