"""What the twenty-sixth blind tryout found (lists written from a brief by someone who had not read the code: a
Tigray and Amhara sub-cluster mapping in English and Amharic, a Pakistan flood-response directory in English and
Urdu with a sheet of helplines, an Arabic-first mapping of eastern Sudan and White Nile, a Bengali list of a
government department's upazila office). Each list here is a small one in the same shape, written by openpyxl."""

from __future__ import annotations

import pytest

from directory.taxonomy import default_taxonomy
from importers.columns import header_field
from importers.pipeline import read_file
from importers.service_types import TypeFinder, no_service
from tests.helpers import write_sheets


@pytest.fixture(scope="module")
def finder():
    return TypeFinder(default_taxonomy())


def test_a_sheet_of_helplines_run_by_organisations(tmp_path):
    """"Helpline | Number | Run by | What they do": the sheet was skipped as no table of services, because
    neither "Run by" nor "What they do" was a header it knew."""
    path = write_sheets(tmp_path / "pk.xlsx", {"Helplines": [
        ["HELPLINES / ہیلپ لائنز (Sindh & Balochistan + national)"],
        ["Helpline / ہیلپ لائن", "Number / نمبر", "Run by / ادارہ", "What they do", "Hours / اوقات"],
        ["Child Protection Helpline", "1121", "Sindh Child Protection Authority (SCPA)",
         "Report child abuse, referral to CPUs", "24/7"],
        ["Umang – mental health helpline", "0311-7786264", "Umang Pakistan", "Emotional support / نفسیاتی مدد", "24/7"],
    ]})
    result = read_file(path, region="PK")
    assert not result.skipped_sheets
    fields = {m.header: m.field for m in result.tables[0].mapping}
    assert (fields["Run by / ادارہ"], fields["What they do"]) == ("organisation", "description")
    orgs = {o.id: o.name for o in result.organisations}
    assert [(orgs[s.organisation_id], s.service_types) for s in result.services] == [
        ("Sindh Child Protection Authority (SCPA)", ["helpline"]), ("Umang Pakistan", ["mhpss", "helpline"])]


def test_a_kobo_choice_named_helpline_is_still_a_choice_of_the_types():
    assert header_field("group_services/service_type/helpline")[0] == "extra"


@pytest.mark.parametrize("header, field", [
    ("الموقع Site", "site"), ("খাত Sector", "sector"), ("Run by", "organisation"), ("What they do", "description"),
])
def test_headers_in_two_languages_without_a_slash(header, field):
    assert header_field(header)[0] == field


def test_columns_headed_n_and_e_holding_degrees_are_the_point(tmp_path):
    path = write_sheets(tmp_path / "sd.xlsx", {"النيل الأبيض": [
        ["م #", "المحلية Locality", "الجهة Provider", "نوع الخدمة Service", "الهاتف Phone", "N", "E"],
        ["١", "كوستي", "مستشفى كوستي التعليمي", "المركز الشامل One-Stop Centre: CMR + دعم نفسي", "٠٩١٥٦٧٨٩٠١",
         13.1629, 32.6635],
        ["٢", "السلام", "Plan International", "حماية الطفل: إدارة الحالة، اقتفاء الأثر ولم الشمل، رعاية بديلة",
         "0912 505 606", 12.705, 32.79],
        ["٣", "ربك", "UNICEF", "مساحات صديقة للطفل", "0912 505 607", None, None],
    ]})
    result = read_file(path, region="SD")
    assert [(s.latitude, s.longitude) for s in result.sites][:2] == [(13.1629, 32.6635), (12.705, 32.79)]
    assert result.services[1].service_types == ["case_management", "family_tracing", "alternative_care"]


def test_columns_headed_n_and_e_holding_row_numbers_are_not_a_point(tmp_path):
    path = write_sheets(tmp_path / "n.xlsx", {"List": [
        ["Organisation", "Service", "Phone", "N", "E"],
        ["IRC", "Case management", "0912 505 601", 1, 4], ["DRC", "Legal aid", "0912 505 602", 2, 5],
        ["NRC", "ICLA", "0912 505 603", 3, 6], ["Plan", "Family tracing", "0912 505 604", 4, 7],
    ]})
    result = read_file(path, region="SD")
    assert len(result.services) == 4 and all(s.latitude is None for s in result.sites)
    assert result.services[2].service_types == ["legal_aid"]


@pytest.mark.parametrize("texts, types", [
    # a stop word asked, not said: "no trained doctor? please confirm" leaves CMR health
    ({"type_column": "CMR (ধর্ষণের শিকারদের চিকিৎসা)", "description": "প্রশিক্ষিত ডাক্তার নেই? নিশ্চিত করুন"}, ("health",)),
    ({"type_column": "PSS", "description": "PSS suspended? check with the partner"}, ("mhpss",)),
    ({"type_column": "PSS", "description": "PSS suspended since March"}, ()),
    # counselling listed apart from legal aid is counselling; in legal aid's clause ("Legal aid & counselling"), after
    # its colon, or in another cell, it is legal (27th tryout: "Legal aid & counselling" at a legal aid organisation)
    ({"type_column": "Temporary stay / عارضی رہائش, legal aid, counselling"}, ("safe_shelter", "legal_aid", "mhpss")),
    ({"type_column": "Women in distress – counselling, legal advice, referral"}, ("mhpss", "legal_aid")),
    ({"type_column": "Legal aid & counselling"}, ("legal_aid",)),
    ({"type_column": "নারী নির্যাতন প্রতিরোধ সেল – আইনি পরামর্শ ও কাউন্সেলিং"}, ("legal_aid",)),
    ({"name": "Legal aid: counselling, mediation"}, ("legal_aid",)),
    ({"type_column": "Legal aid", "description": "counselling for survivors, court accompaniment"}, ("legal_aid",)),
    ({"type_column": "Legal aid and court representation"}, ("legal_aid",)),
    # the words of the tryout
    ({"type_column": "نيابة الطفل: قضايا الأطفال الضحايا والمخالفين للقانون"}, ("justice",)),
    ({"type_column": "المعلومات والمشورة القانونية (ICLA) واستخراج الوثائق الثبوتية – شهادات الميلاد"},
     ("legal_aid", "birth_registration")),
    ({"type_column": "Legal aid camps + CNIC / B-form registration"}, ("legal_aid", "birth_registration")),
    ({"type_column": "CFS + ECCD"}, ("child_friendly_space", "education")),
    ({"type_column": "MHPSS – mhGAP clinic, PFA, individual counselling"}, ("mhpss",)),
    ({"type_column": "জাতীয় জরুরি সেবা"}, ("helpline", "police")),
    ({"type_column": "নারী, শিশু, বয়স্ক ও প্রতিবন্ধী সহায়তা ডেস্ক (পুলিশ)"}, ("police",)),
    ({"type_column": "دار إيواء آمن للناجيات وأطفالهن", "description": "الموقع سري – القبول عبر إدارة الحالة فقط"},
     ("safe_shelter",)),
])
def test_the_tryouts_words(finder, texts, types):
    assert finder.find(**texts).codes == types


@pytest.mark.parametrize("text, left_out", [
    ("Training", True), ("Meeting", True), ("Dignity kits distribution", True), ("توزيع حقائب الكرامة", True),
    ("توزيع مواد غير غذائية (NFI)", True), ("ঘূর্ণিঝড় পরবর্তী ত্রাণ বিতরণ (শুকনা খাবার)", True),
    ("উপজেলা শিশু সুরক্ষা কমিটির মাসিক সভা", True), ("تدريب ٢٥ عامل اجتماعي على إدارة الحالة – يوليو", True),
    ("Awareness campaign – child marriage, radio messages (16 days)", True), ("حملة توعية ضد ختان الإناث", True),
    ("Training and vocational skills for adolescent girls", False), ("Case management", False),
    ("Safe space for women and girls, awareness sessions", False),
])
def test_activities_that_are_no_service(text, left_out):
    assert no_service(text) == left_out


def test_gaps_distributions_and_collective_shelters(tmp_path):
    """A "GAP" in the service cell is a gap; a distribution is no service; a child-friendly space in the collective
    shelters of displaced people ("مراكز الإيواء", schools) shows its place, a safe house does not; a drop-in
    centre giving street children a night's shelter is open to all and shows its place too."""
    path = write_sheets(tmp_path / "mixed.xlsx", {"Services": [
        ["Organisation", "Site", "Service type", "Details", "Phone"],
        ["—", "rural HCs", "GAP", "No CMR provider in rural health centres", None],
        ["UNFPA / INTERSOS", "Shire IDP sites", "Dignity kits distribution", "2,500 kits – completed May 2024", None],
        ["منظمة إنقاذ الطفولة", "مراكز الإيواء – مدارس حي الملك", "مساحات صديقة للطفل (CFS) + دعم نفسي اجتماعي",
         "٣ مساحات", "+249 912 000 111"],
        ["جمعية نساء القضارف", "سري", "دار إيواء آمن للناجيات وأطفالهن", "الموقع سري", None],
        ["অপরাজেয় বাংলাদেশ", "বাস টার্মিনালের কাছে", "পথশিশুদের ড্রপ-ইন সেন্টার (রাত্রিকালীন আশ্রয়, খাবার, শিক্ষা)",
         None, "01713-045678"],
    ]})
    result = read_file(path, region="SD")
    statuses = [o.status for o in result.rows]
    assert statuses == ["not-a-service", "not-a-service", "imported", "imported", "imported"]
    assert "a gap the list notes" in result.rows[0].messages[0]
    assert "distribution" in result.rows[1].messages[0]
    cfs, safe_house, drop_in = result.services
    assert not cfs.confidential and safe_house.confidential and not drop_in.confidential


@pytest.mark.parametrize("remarks, said", [
    ("Q3 থেকে শুরু হবে", "শুরু হবে"),  # to start from Q3: Bengali puts the status last
    ("ফান্ড শেষ – মার্চ থেকে বন্ধ", "বন্ধ"), ("মে থেকে স্থগিত – সংস্কার চলছে", "স্থগিত"),
    ("রবিবার থেকে বৃহস্পতিবার", ""), ("Closed on Fridays", ""), ("يبدأ العمل الساعة ٨", ""),
])
def test_a_state_said_last(remarks, said):
    from importers.statuses import status_in_remarks

    assert status_in_remarks(remarks) == said


@pytest.mark.parametrize("cell, status", [
    ("يبدأ في أغسطس", "inactive"), ("مخطط للربع الثالث", "inactive"), ("Closed end of Feb – grant ended", "inactive"),
    ("Closed on Fridays", "unknown"), ("فعال – السعة ١٥ سريراً", "active"),
])
def test_a_status_cell_saying_when(cell, status):
    from importers.statuses import STATUSES, status_word

    assert STATUSES.get(status_word(cell.lower()), "unknown") == status


def test_a_gap_written_as_a_gap(tmp_path):
    path = write_sheets(tmp_path / "bd.xlsx", {"Services": [
        ["Organisation", "Service", "Phone"],
        ["Upazila office", "ঘাটতি: কোনো সেফ হোম বা আশ্রয়কেন্দ্র নেই – চট্টগ্রামে রেফার করতে হয়", None],
        ["Upazila office", "Gap: no CMR provider in the union", None],
        ["BRAC", "নারী ও কিশোরীদের নিরাপদ স্থান (WGSS)", "01711-000001"],
    ]})
    result = read_file(path, region="BD")
    assert [o.status for o in result.rows] == ["not-a-service", "not-a-service", "imported"]
