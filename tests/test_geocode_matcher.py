"""The matcher: hierarchy, qualifiers, renamings and aliases, transliteration and scripts,
ambiguity, fuzzy misspellings and P-codes."""

from __future__ import annotations

import pytest

from mapping.geocode import Matcher, load_gazetteer
from mapping.geocode.aliases import default_aliases
from mapping.geocode.gazetteer import Gazetteer
from mapping.geocode.normalise import name_keys, plain, split_path
from directory import gazetteer_store
from tests.geocode_world import world_project


@pytest.fixture(scope="module")
def matcher(tmp_path_factory):
    with world_project(tmp_path_factory.mktemp("world") / "w.gpkg") as project:
        return Matcher(load_gazetteer(project))


def best(matcher, text):
    m = matcher.match(text)
    return (m.best.id if m.best else None), m.confidence, m


def test_normalising_case_accents_punctuation_and_qualifiers():
    assert plain("  Thākurgaon  ") == "thakurgaon"
    assert plain("COX'S BAZAR") == "coxs bazar"
    keys = name_keys("Ukhia Upazila")
    assert (keys.bare, keys.level_hint) == ("ukhia", 3)
    assert name_keys("Rangamati Zila").bare == "rangamati"
    assert name_keys("Ward 21").bare == ""
    assert split_path("Chattogram / Cox's Bazar > Ukhia") == ["Chattogram", "Cox's Bazar", "Ukhia"]


def test_transliteration_variants_share_a_skeleton():
    for a, b in [("Khagrachari", "Khagrachhari"), ("Rangamatee", "Rangamati"), ("Chattagram", "Chattogram"),
                 ("Naikhongchari", "Naikkhongchhari"), ("Ukhiya", "Ukhia")]:
        assert name_keys(a).skeleton == name_keys(b).skeleton, (a, b)


def test_a_parent_decides_which_child_is_meant(matcher):
    assert best(matcher, "Rangamati / Kawkhali")[:1] == ("BD20840047",)
    assert best(matcher, "Pirojpur / Kawkhali")[:1] == ("BD10790040",)
    assert best(matcher, "Chattogram / Rangamati / Kawkhali Upazila")[1] >= 0.9
    assert best(matcher, "Barishal / Kawkhali")[0] == "BD10790040"


def test_a_child_name_under_two_parents_is_never_a_confident_guess(matcher):
    found, confidence, m = best(matcher, "Kawkhali")
    assert confidence < 0.5
    assert m.ambiguous
    ids = {m.best.id, *(c.id for c in m.candidates)}
    assert {"BD20840047", "BD10790040"} <= ids
    assert all(c.path for c in m.candidates)


def test_renamings_and_old_spellings(matcher):
    assert best(matcher, "Chittagong / Coxs Bazar / Ukhia")[0] == "BD20220094"
    assert best(matcher, "Barisal / Pirojpur / Kawkhali")[:1] == ("BD10790040",)
    found, confidence, _ = best(matcher, "Chittagong")
    assert found == "BD20" and confidence >= 0.9


def test_a_user_alias_extends_the_table(tmp_path):
    with world_project(tmp_path / "w.gpkg") as project:
        assert Matcher(load_gazetteer(project)).match("Hill Tracts Town / Kawkhali").confidence < 0.5
        with project.change("test", "alias"):
            gazetteer_store.save_alias(project, "Hill Tracts Town", "Rangamati")
        found = Matcher(load_gazetteer(project)).match("Hill Tracts Town / Kawkhali")
    assert found.best.id == "BD20840047" and found.confidence >= 0.8


def test_qualifiers_and_a_lone_sadar(matcher):
    assert best(matcher, "Ukhia Upazila")[0] == "BD20220094"
    assert best(matcher, "Rangamati District / Kawkhali Thana")[0] == "BD20840047"
    assert best(matcher, "Cox's Bazar / Sadar")[0] == "BD20220024"
    assert best(matcher, "Rangamati Sadar Upazila")[0] == "BD20840087"
    assert best(matcher, "Rangamati")[0] == "BD2084"  # the district, not its Sadar upazila


def test_case_misspellings_and_spelling_variants(matcher):
    assert best(matcher, "UKHIA")[0] == "BD20220094"
    assert best(matcher, "ukhiya")[0] == "BD20220094"
    found, confidence, _ = best(matcher, "Rangamti / Kawkhli")
    assert found == "BD20840047" and 0.5 <= confidence < 1.0
    assert best(matcher, "cox bazar / Ukia")[0] == "BD20220094"


def test_bengali_and_arabic_script(matcher):
    assert best(matcher, "রাঙ্গামাটি")[0] == "BD2084"  # an alternate name
    assert best(matcher, "رانجاماتي")[0] == "BD2084"
    found, confidence, _ = best(matcher, "কক্সবাজার")  # no alternate name: transliterated
    assert found == "BD2022" and confidence >= 0.5
    assert best(matcher, "রাঙ্গামাটি / কাউখালী")[0] == "BD20840047"


def test_pcodes_are_used_directly(matcher):
    found, confidence, m = best(matcher, "BD20220094")
    assert (found, confidence, m.level) == ("BD20220094", 1.0, "adm3")
    assert m.best.pcodes == {1: "BD20", 2: "BD2022", 3: "BD20220094"}


def test_smallest_first_with_commas(matcher):
    assert best(matcher, "Kawkhali, Rangamati")[0] == "BD20840047"


def test_parts_not_found_are_reported_and_lower_confidence(matcher):
    m = matcher.match("Cox's Bazar / Ukhia / Raja Palong")
    assert m.best.id == "BD20220094" and m.unmatched == ["Raja Palong"]
    assert 0.8 <= m.confidence < 1.0
    assert matcher.match("Nowhere at all").best is None


def test_rapidfuzz_processor_is_used_for_fuzzy_scores():
    # Upper case and punctuation inside the choices: only the processor makes them meet.
    from rapidfuzz import fuzz, utils

    assert fuzz.ratio("coxs bazar", "COXS BAZAR!") < 50
    assert fuzz.ratio("coxs bazar", "COXS BAZAR!", processor=utils.default_process) == 100
    gazetteer = Gazetteer([gazetteer_store.GazetteerRow("X1", "t", "admin", 1, "Dhaka", pcodes={1: "X1"})],
                          default_aliases())
    assert Matcher(gazetteer).match("Dhakka").best.id == "X1"
