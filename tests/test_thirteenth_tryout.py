"""What the thirteenth blind tryout found (lists written from a brief by someone who had not read the code:
Mali's Mopti and Ségou in French as a LibreOffice-made .xls, the Philippines' BARMM in English with
Filipino words, a KoBo export from Baidoa and Mogadishu, and a Libyan list in Arabic saved as Excel's
UTF-16 "Unicode text"). Each list here is a small one in the same shape, written by openpyxl or Python's
own text writer."""

from __future__ import annotations

import openpyxl
import pytest

from directory.taxonomy import default_taxonomy
from importers.columns import header_field
from importers.pipeline import read_file
from importers.service_types import TypeFinder
from importers.statuses import STATUSES, status_word
from tests.helpers import write_sheet


def _by_row(result):
    services = {s.id: s for s in result.services}
    return {o.row: (o, services.get(o.service_id)) for o in result.rows}


def test_a_referral_directory_with_a_two_row_header_and_an_office_column_is_read(tmp_path):
    """BARMM's sheets: nothing at all was read ("no table of services"). "Name of Office / Service Provider"
    was taken for the types (its word "service") and "Services offered" then lost to it, so no column
    named the organisation."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Cotabato City"
    ws.append(["BARMM GBV SUB-CLUSTER / CPWG – REFERRAL PATHWAY DIRECTORY"])
    ws.append(["No.", "Province", "City / Municipality", "Barangay", "Name of Office / Service Provider",
               "Services offered", "Contact Person", "Contact Details", None, "Office Hours", "Status", "Remarks"])
    ws.append([None] * 7 + ["Landline", "Mobile"])
    ws.append(["A. GOVERNMENT SERVICE PROVIDERS"])
    ws.append([1, "Cotabato City", "Cotabato City", "Poblacion I",
               "PNP Cotabato City Police Office – Women and Children Protection Desk (WCPD)",
               "Blotter / investigation / filing of VAWC cases / rescue", "PCpt. Norhaya S.", "064-552-0117",
               "+63 998 598 7031", "24/7", "Functional", None])
    ws.append([2, "Cotabato City", "Cotabato City", None, "MSSD Regional Haven for Women and Girls",
               "Temporary shelter / counseling / skills training", "c/o MSSD case worker", None, None, "24/7",
               "Active", "Location confidential – do not share address."])
    ws.append([3, "Cotabato City", "Cotabato City", "Rosary Heights I", "Public Attorney's Office (PAO)",
               "Free legal counseling\nRepresentation in court\nNotarization", "Atty. R. M.", "(064) 421-3315",
               None, "Mon–Fri 8:00–5:00", "Temporarily suspended", "Hall of Justice, 2/F"])
    ws.append([4, "Maguindanao del Sur", "Talayan", None, "DepEd ALS Talayan", "Alternative Learning System",
               None, None, "0917 555 0143", None, "Not yet operational", None])
    for cells in ("A1:L1", "H2:I2", *(f"{c}2:{c}3" for c in "ABCDEFGJKL")):
        ws.merge_cells(cells)
    wb.save(tmp_path / "barmm.xlsx")

    result = read_file(tmp_path / "barmm.xlsx", region="PH")
    fields = {m.header: m.field for m in result.tables[0].mapping}
    assert fields["Name of Office / Service Provider"] == "organisation"
    assert (fields["Services offered"], fields["City / Municipality"], fields["Barangay"]) == ("types", "adm2", "adm4")
    rows = _by_row(result)
    assert 3 not in rows  # "Landline", "Mobile": the header's second row, not a note
    police, haven, pao, als = (rows[r][1] for r in (5, 6, 7, 8))
    assert police.service_types == ["police"]
    # the mobile numbers were lost: the column under "Contact Details" had no header of its own
    assert [p.number for c in police.contacts for p in c.phones] == ["+63645520117", "+639985987031"]
    assert [p.number for c in als.contacts for p in c.phones] == ["+639175550143"] and "Mobile" not in als.extra
    assert "safe_shelter" in haven.service_types and haven.confidential
    assert pao.service_types == ["legal_aid"] and pao.status == "temporarily closed"  # not the Hall of Justice
    assert als.service_types == ["education"] and als.status == "inactive"


@pytest.mark.parametrize("header, field", [
    ("Name of Office / Service Provider", "organisation"), ("City / Municipality", "adm2"), ("Barangay", "adm4"),
    ("Landline", "phone"), ("Cercle", "adm2"), ("البلدية", "adm2"), ("أوقات العمل", "hours"),
    # a part named exactly wins only over a whole read from its words, not over an exact whole
    ("Service / Activité", "service"), ("Organisation / Service", "organisation"),
])
def test_the_tryouts_headers(header, field):
    assert header_field(header)[0] == field


@pytest.mark.parametrize("texts, types", [
    ({"type_column": "Espace sûr femmes et filles"}, ("community_based_protection",)),
    ({"type_column": "Espace sûr pour enfants"}, ("child_friendly_space",)),
    ({"type_column": "Écoute et orientation des survivantes"}, ("mhpss",)),
    ({"type_column": "Écoute, alphabétisation, formation professionnelle"}, ("education", "livelihoods", "mhpss")),
    # a helpline's listening is the helpline's, not a second service
    ({"type_column": "Ligne verte 116 : écoute et orientation"}, ("helpline",)),
    ({"type_column": "Écoute téléphonique et orientation"}, ("helpline",)),
    ({"type_column": "Medical & medico-legal examination\nPsychosocial counseling"}, ("health", "mhpss")),
    ({"type_column": "Assistance juridique", "description": "Juriste en congé maternité – reprise en mai"},
     ("legal_aid",)),
    ({"type_column": "gbv_cm pss", "description": "Site evicted Jan 2024 – service closed, caseload transferred "
      "to Isha WGSS"}, ("case_management", "mhpss")),
    ({"type_column": "Xeer / customary dispute resolution by elders"}, ("community_based_protection", "justice")),
    ({"type_column": "أنشطة ترفيهية – مساحة صديقة للطفل"}, ("child_friendly_space",)),
    ({"type_column": "رعاية صحية أولية واستشارات نفسية"}, ("health", "mhpss")),
    ({"type_column": "مساعدة طبية ومواد إغاثة عند نقطة الإنزال"}, ("health",)),
    ({"type_column": "إيواء آمن ورعاية مؤقتة للأطفال غير المصحوبين"}, ("alternative_care", "safe_shelter")),
])
def test_the_tryouts_words(texts, types):
    assert set(TypeFinder(default_taxonomy()).find(**texts).codes) == set(types)


@pytest.mark.parametrize("cell, status", [
    ("temporarily suspended", "temporarily closed"), ("en pause", "temporarily closed"),
    ("not yet operational", "inactive"), ("قيد التخطيط", "inactive"), ("غير فعّال", "inactive"),
    ("partiellement fonctionnel", "active"),
])
def test_the_tryouts_statuses(cell, status):
    assert STATUSES.get(status_word(cell), "unknown") == status


def test_a_libyan_unicode_text_export_is_read(tmp_path):
    """Excel's "Unicode text": UTF-16 with its byte-order mark, tabs, CRLF; a row numbered with a detention
    centre's visits by a partner, a keyboard-mash test row."""
    lines = [
        ["#", "المنطقة", "البلدية", "الجهة", "نوع الخدمة", "الهاتف", "أوقات العمل", "الحالة", "ملاحظات"],
        ["1", "الغرب", "طرابلس", "المجلس الدنماركي للاجئين", "زيارات طبية لمركز الاحتجاز", "0912345678",
         "الأحد–الخميس", "غير فعّال", ""],
        ["2", "الغرب", "طرابلس", "asdf", "asdf", "", "", "", ""],
        ["3", "الجنوب", "سبها", "منظمة محلية", "إيواء آمن ورعاية مؤقتة للأطفال غير المصحوبين", "عبر مسؤول الحالة",
         "", "قيد التخطيط", "الموقع سري"],
    ]
    path = tmp_path / "libya.txt"
    path.write_text("\r\n".join("\t".join(r) for r in lines) + "\r\n", encoding="utf-16")
    result = read_file(path, region="LY")
    fields = {m.header: m.field for m in result.tables[0].mapping}
    assert (fields["البلدية"], fields["أوقات العمل"]) == ("adm2", "hours")
    rows = _by_row(result)
    visits, mash, shelter = (rows[r] for r in (2, 3, 4))
    assert visits[1].service_types == ["health"] and visits[1].status == "inactive"
    assert mash[0].status == "not-a-service" and "test entry" in mash[0].messages[-1]
    assert set(shelter[1].service_types) == {"alternative_care", "safe_shelter"}
    assert shelter[1].confidential and shelter[1].status == "inactive"


def test_a_type_left_out_as_stopped_is_not_also_said_to_be_unrecognised(tmp_path):
    """"Medical consult / CMR" beside "No doctor": the row used to say both that health was left out and that no
    type was recognised in its text, which contradicted it. Its status says the whole service is not functional,
    so it keeps health (23rd tryout); with the status active, health is left out and the row says so."""
    path = tmp_path / "mdn.xlsx"
    wb = openpyxl.Workbook()
    wb.active.append(["Organisation", "Services offered", "Status", "Remarks"])
    wb.active.append(["Municipal Health Office – Datu Hoffer", "Medical consult / CMR", "Not functional",
                      "No doctor; refer to the provincial hospital"])
    wb.save(path)
    result = read_file(path)
    [outcome] = result.rows
    assert (result.services[0].service_types, result.services[0].status) == (["health"], "inactive")
    assert not any("not recognised" in m or "left out" in m for m in outcome.messages)
    wb.active["C2"] = "Functional"
    wb.save(path)
    [outcome] = read_file(path).rows
    assert any("'health' left out" in m for m in outcome.messages)
    assert not any("not recognised" in m for m in outcome.messages)


def test_a_second_phone_or_email_column_adds_its_numbers_to_the_contact(tmp_path):
    """"Phone 2" and "Email 2" were kept as extra fields, out of the contact a pathway prints; a column whose
    header only has a phone word in it ("From cell": a grid's cell reference) is left as it was."""
    path = write_sheet(tmp_path / "two.xlsx", ["Organisation", "Service", "Phone", "Phone 2", "Email", "Email 2",
                                              "From cell"], [
        ["IRC", "Case management", "0612 345 678", "0615 998 877", "cm@irc.example", "gbv@irc.example", "Banadir!C4"],
        ["SWDC", "Psychosocial support", "", "0613 111 222", "", "", "Banadir!C5"],
    ])
    services = {s.name: s for s in read_file(path, region="SO").services}
    cm, pss = services["Case management"], services["Psychosocial support"]
    assert [p.number for c in cm.contacts for p in c.phones] == ["+252612345678", "+252615998877"]
    assert [e for c in cm.contacts for e in c.emails] == ["cm@irc.example", "gbv@irc.example"]
    assert [p.number for c in pss.contacts for p in c.phones] == ["+252613111222"]
    assert cm.extra["From cell"] == "Banadir!C4" and "Phone 2" not in cm.extra


def test_every_further_phone_column_adds_its_numbers_to_the_contact(tmp_path):
    """"Phone 3" beside "Phone 1" and "Phone 2" was kept as an extra field: its number was missing from the
    printed pathway. Each further column named as a phone is "More phone numbers", also when a saved
    layout or the person importing says so."""
    from importers.columns import columns_holding, override
    from importers.profiles import apply

    path = write_sheet(tmp_path / "three.xlsx", ["Organisation", "Service", "Phone 1", "Phone 2", "Phone 3", "Notes"], [
        ["IRC", "Case management", "0612 345 678", "0615 998 877", "0617 444 555", "Banadir"],
    ])
    result = read_file(path, region="SO")
    [cm] = result.services
    assert [p.number for c in cm.contacts for p in c.phones] == ["+252612345678", "+252615998877", "+252617444555"]
    assert not {"Phone 2", "Phone 3"} & set(cm.extra)
    mapping = result.tables[0].mapping
    assert columns_holding(mapping, "phone_more") == [3, 4]
    saved = [{"column": m.column, "field": m.field} for m in mapping]
    assert columns_holding(apply(mapping, saved), "phone_more") == [3, 4]
    chosen = override(override(mapping, 4, "extra"), 5, "phone_more")  # the person importing says: E not, F yes
    assert columns_holding(chosen, "phone_more") == [3, 5]


def test_a_hotline_column_of_marks_beside_the_phone_is_a_type_not_more_phones(tmp_path):
    """A matrix's "Hotline" column of x marks after the "Contact no." column: the second phone-named column
    would be 'More phone numbers'; its marks make it a type column of the matrix instead."""
    path = write_sheet(tmp_path / "m.xlsx", ["Organisation", "District", "Contact no.", "Hotline", "Case management"], [
        ["Child Line", "Ukhia", "01711000001", "x", ""],
        ["Hope Foundation", "Ukhia", "01711000002", "", "x"],
    ])
    result = read_file(path)
    fields = {m.header: m.field for m in result.tables[0].mapping}
    assert (fields["Contact no."], fields["Hotline"]) == ("phone", "extra")
    assert [s.service_types for s in result.services] == [["helpline"], ["case_management"]]
    assert [p.number for s in result.services for c in s.contacts for p in c.phones] == ["01711000001", "01711000002"]
