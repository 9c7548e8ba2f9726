"""Words that make a row confidential, in six languages, in brackets, beside a place word; and words that do not."""

from __future__ import annotations

import json
import re

import pytest

import resources
from directory.taxonomy import default_taxonomy
from importers.confidential import ConfidentialWords
from importers.service_types import TypeFinder

DATA = json.loads(resources.path("confidential_words.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def words() -> ConfidentialWords:
    return ConfidentialWords(TypeFinder(default_taxonomy()))


CONFIDENTIAL = [
    ("Women's SAFE HOUSE (location withheld)", "SAFE HOUSE"), ("safehouse for girls", "safehouse"),
    ("Women's shelter (confidential)", "confidential"), ("Site is confidential", "confidential"),
    ("Confidential location, call first", "Confidential"), ("address secret", "secret"),
    ("Legal aid - strictly confidential", "strictly confidential"), ("Confidential", "Confidential"),
    ("Maison sûre pour femmes", "Maison sûre"), ("maison sure", "maison sure"), ("Lieu confidentiel", "confidentiel"),
    ("Centre d'hébergement pour survivantes", "Centre d'hébergement"), ("Adresse non communiquée", "Adresse non communiquée"),
    ("Casa refugio", "Casa refugio"), ("CASA SEGURA", "CASA SEGURA"), ("Ubicación confidencial", "confidencial"),
    ("Refugio para mujeres", "refugio para mujeres"), ("Albergue temporal (secreto)", "secreto"), ("Albergue temporal", "albergue"),
    ("بيت آمن للنساء", "بيت آمن"), ("دار إيواء", "دار إيواء"), ("دار آمنة", "دار آمنة"), ("مأوى للنساء المعنفات", "مأوى"),
    ("الموقع سري", "سري"),
    ("নিরাপদ আশ্রয়", "নিরাপদ আশ্রয়"), ("ঠিকানা গোপন", "গোপন"), ("নারীদের জন্য শেল্টার হোম", "শেল্টার"),
    ("Shelters for women", "shelters"), ("Transit home for survivors", "transit home"),
    ("localisation non partagée", "non partagée"), ("لا يتم مشاركة موقع المساحة الآمنة", "لا يتم مشاركة موقع"),
    ("Ubicación no compartida con terceros", "Ubicación no compartida"),
]


@pytest.mark.parametrize(("text", "said"), CONFIDENTIAL)
def test_words_in_six_languages_make_a_row_confidential_and_say_which(words, text, said):
    assert (words.reason(text) or "").casefold() == said.casefold()


@pytest.mark.parametrize("text", [
    "Confidential counselling for survivors", "Case management 12", "Cyclone shelter used as school",
    "Shelter kits distribution", "Health post", "", "Secretariat of the district committee", "Safety audit",
    "Casa comunal", "دار الحضانة", "নিরাপদ পানি",
])
def test_ordinary_words_do_not(words, text):
    assert words.reason(text) is None


def test_the_shelter_sector_means_tents_but_the_strong_words_still_count(words):
    assert words.reason("Emergency shelter for families", ("shelter_nfi",)) is None
    assert words.reason("Emergency shelter for families") == "shelter"
    assert words.reason("Safe house (shelter sector)", ("shelter_nfi",)) == "Safe house"


def _every_data_word() -> list[str]:
    taxonomy = default_taxonomy()
    sensitive = [s for t in taxonomy if t.sensitive for s in (t.code, *t.synonyms)]
    return [*DATA["phrases"], *(f"({s})" for s in DATA["secret"]), *sensitive]


def test_every_phrase_secret_word_and_sensitive_synonym_is_found(words):
    """The quick test that spares most cells is built from the same data; nothing in it may be skipped."""
    missed = [w for w in _every_data_word() if not words.reason(w)]
    assert not missed


def test_the_check_above_fails_when_the_quick_test_skips_a_word():
    broken = ConfidentialWords(TypeFinder(default_taxonomy()))
    broken._gate = re.compile("safe")  # what a hand-kept list of stems would be like
    missed = [w for w in _every_data_word() if not broken.reason(w)]
    assert len(missed) > 20


#: The text of nearly every row of a large list, which the quick test must let pass untouched.
EVERYDAY = ["Services for children and women.", "Legal aid 4", "Case management", "Road 12", "Site 5",
            "Organisation 400", "Sun-Thu 9-17", "All ages", "Bangla; English", "Atención psicosocial", "Appui aux AGR"]


def test_the_quick_test_lets_everyday_text_pass(words):
    """A word of the data that opens with a one-letter word ("à ne pas communiquer") made the quick test
    match every word starting with "a" ("and", "aid"): the import of 100,000 rows took 13% longer."""
    caught = [t for t in EVERYDAY if words._gate.search(t.casefold()) or words._gate_short.search(t.casefold())]
    assert not caught


def test_the_check_above_fails_when_a_one_letter_word_opens_an_entry():
    broken = ConfidentialWords(TypeFinder(default_taxonomy()))
    broken._gate_short = re.compile(broken._gate_short.pattern.replace("(?:", "(?:a|", 1))
    assert [t for t in EVERYDAY if broken._gate_short.search(t.casefold())]


def test_safe_shelter_is_the_sensitive_type():
    assert default_taxonomy().sensitive_codes == {"safe_shelter"}


def test_a_column_saying_the_location_may_not_be_shared_makes_the_row_confidential(tmp_path):
    """KoBo's "share_location" (and "Location can be shared?" in other lists) answered "no": confidential, with the
    reason in the row report; "yes" or empty leaves the row to its words and type."""
    import openpyxl

    from directory.store import Project
    from importers.pipeline import import_file
    from tests.helpers import small_project

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["group_org/org_name", "group_svc/services", "group_svc/services_other", "group_svc/share_location",
                  "_gps_latitude", "_gps_longitude"])
    sheet.append(["Marma Mahila Kallyan", "other", "women and girls safe space", "no", 23.1, 91.98])
    sheet.append(["Hill Child Aid", "cm", None, "yes", 22.9, 91.9])
    sheet.append(["Hill Child Aid", "pss", None, None, 22.8, 91.8])
    book.save(tmp_path / "kobo.xlsx")
    small_project(tmp_path / "p.gpkg", n_services=0).close()
    with Project.open(tmp_path / "p.gpkg") as project:
        result = import_file(project, tmp_path / "kobo.xlsx")
        services = {s.id: s for s in project.services()}
    rows = {r.row: r for r in result.rows}
    assert [services[rows[n].service_id].confidential for n in (2, 3, 4)] == [True, False, False]
    assert any("may be shared" in m and "'no'" in m for m in rows[2].messages), rows[2].messages
