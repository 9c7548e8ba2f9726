"""Service types from all the text a row has: sectors, several types per text, abbreviations in five
languages, how each type was found and how sure, words that name other services."""

from __future__ import annotations

import pytest

from directory.sectors import default_sectors
from directory.synonyms import normalise
from directory.taxonomy import Taxonomy, TaxonomyError, default_taxonomy, project_taxonomy
from importers.column_content import sector_column_or_types
from importers.service_types import REVIEW_BELOW, TypeFinder, own_text


@pytest.fixture(scope="module")
def finder() -> TypeFinder:
    return TypeFinder(default_taxonomy())


@pytest.mark.parametrize(("text", "codes"), [
    # abbreviations a coordinator writes
    ("CM, PSS", ["case_management", "mhpss"]), ("MHPSS and PFA", ["mhpss"]), ("CFS", ["child_friendly_space"]),
    ("WGSS", ["community_based_protection"]), ("FTR", ["family_tracing"]), ("CMR & PEP", ["health"]),
    ("BIA/BID", ["case_management"]),
    # French, Spanish, Arabic, Bengali (with their own abbreviations and endings)
    ("GC et SPS", ["case_management", "mhpss"]), ("PSP, EAE", ["mhpss", "child_friendly_space"]),
    ("PCCV", ["health"]), ("Réunification familiale", ["family_tracing"]), ("ESFF", ["community_based_protection"]),
    ("Primeros auxilios psicológicos (PAP)", ["mhpss"]), ("Manejo clínico de la violación", ["health"]),
    ("Casa refugio", ["safe_shelter"]), ("Gestión de casos; asesoría jurídica", ["case_management", "legal_aid"]),
    ("للشرطة", ["police"]), ("رعاية بديلة", ["alternative_care"]), ("الإسعافات الأولية النفسية", ["mhpss"]),
    ("শিশুদের কেস ম্যানেজমেন্ট", ["case_management"]), ("হেল্পলাইনে ফোন", ["helpline"]), ("পিএসএস, সিএফএস", ["mhpss", "child_friendly_space"]),
    # several types in one text
    ("GBV case management & PSS in WGSS", ["case_management", "mhpss", "community_based_protection"]),
])
def test_types_in_free_text_and_abbreviations(finder, text, codes):
    assert list(finder.find(name=text).codes) == codes


def test_a_sector_is_recorded_not_reported_and_narrows_what_words_mean(finder):
    cp = finder.find(sector="Child protection", name="Safe space for children and adolescents")
    gbv = finder.find(sector="GBV", name="Safe space")
    shelter = finder.find(sector="Shelter/NFI", name="Emergency shelter kits")
    assert (cp.codes, cp.sectors) == (("child_friendly_space",), ("child_protection",))
    assert (gbv.codes, gbv.sectors) == (("community_based_protection",), ("gbv",))
    assert shelter.codes == () and shelter.sectors == ("shelter_nfi",)  # tents, not a safe shelter
    assert finder.find(sector="GBV", name="Shelter for survivors").codes == ("safe_shelter",)


def test_a_type_column_naming_only_a_sector_reads_the_rest_of_the_row(finder):
    found = finder.find(type_column="Child Protection", name="Family tracing for UASC")
    assert found.codes == ("family_tracing",) and found.sectors == ("child_protection",)
    assert found.sources["family_tracing"] == {"how": "service name", "confidence": 0.9}
    assert finder.find(type_column="Shelter").codes == ("safe_shelter",)  # in a type column, a type
    assert finder.find(type_column="Shelter/NFI", name="Tarpaulins").codes == ()


def test_how_each_type_was_found_and_how_sure(finder):
    found = finder.find(type_column="Case management", description="Includes legal counselling")
    assert found.sources == {"case_management": {"how": "type column", "confidence": 1.0},
                             "legal_aid": {"how": "description", "confidence": 0.6}}
    assert found.to_review == ("legal_aid",)  # only the description adds it: shown for review
    outside = finder.find(sector="WASH", name="Hygiene kits and PSS")
    assert outside.codes == ("mhpss",) and outside.sources["mhpss"]["confidence"] < REVIEW_BELOW
    implied = finder.find(sector="Health", name="Mobile outreach")
    assert implied.sources == {"health": {"how": "sector", "confidence": 0.6}}


def test_a_bare_sector_is_case_management_for_review_but_an_unknown_activity_is_not(finder):
    assert finder.find(type_column="GBV services").sources == {"case_management": {"how": "sector", "confidence": 0.6}}
    assert finder.find(sector="GBV", name="Dignity kit distribution").codes == ()


def test_words_after_referral_or_beside_a_landmark_name_other_services(finder):
    assert own_text("Case management; referrals to health and legal aid. PSS").count(";") >= 2
    assert finder.find(name="WGSS. IPV cases referred to GBV CM at Camp 8W").codes == ("community_based_protection",)
    assert finder.find(name="Legal aid, court accompaniment").codes == ("legal_aid",)
    assert finder.find(name="Référence psychosociale; prise en charge médicale").codes == ("health",)
    assert finder.find(name="PSS sessions next to the school").codes == ("mhpss",)
    assert finder.find(name="SGBV CM, PSS, legal referral").codes == ("case_management", "mhpss")
    assert finder.find(name="Case management and referral").codes == ("case_management",)


def test_counselling_beside_legal_aid_is_legal_and_slips_of_the_keyboard_are_read(finder):
    assert finder.find(name="Legal aid: counselling, mediation").codes == ("legal_aid",)
    assert finder.find(name="Post-rape care & counselling").codes == ("health", "mhpss")
    assert finder.find(name="Pyschosocial support").codes == ("mhpss",)
    assert finder.find(name="Services for children and women").codes == ()


def test_a_sector_column_holding_types_is_read_as_the_type_column(finder):
    from importers.columns import map_columns

    mapping = map_columns(["Organisation", "Service", "Sector"], ["#org", "#service", "#sector"])
    types = [["Org", "A", "Case management"], ["Org", "B", "Helpline"], ["Org", "C", "Health"]]
    sectors = [["Org", "A", "Protection"], ["Org", "B", "WASH"], ["Org", "C", "Health"]]
    assert [m.field for m in sector_column_or_types(mapping, types, 0, finder)][2] == "types"
    assert [m.field for m in sector_column_or_types(mapping, sectors, 0, finder)][2] == "sector"


def test_sectors_in_six_languages():
    s = default_sectors()
    for text, code in [("Protection de l'enfance", "child_protection"), ("VBG", "gbv"), ("Protección infantil",
                       "child_protection"), ("العنف القائم على النوع الاجتماعي", "gbv"), ("শিশু সুরক্ষা", "child_protection"),
                       ("Abris / AME", "shelter_nfi"), ("EHA", "wash"), ("Santé", "health")]:
        assert s.find(text)[0] == code, text


def test_a_taught_phrase_wins_means_several_types_or_none_and_is_checked():
    taxonomy = default_taxonomy().with_phrase("Support to survivors", ["case_management", "mhpss"], by="ana")
    taxonomy = taxonomy.with_phrase("Awareness raising", [], by="ana")
    finder = TypeFinder(taxonomy)
    found = finder.find(name="Support to survivors - Teknaf")
    assert found.codes == ("case_management", "mhpss") and found.sources["mhpss"]["confidence"] == 1.0
    none = finder.find(name="Awareness raising")
    assert none.codes == () and none.settled
    assert Taxonomy.from_dict(taxonomy.to_dict()).phrase("support to SURVIVORS") == ("case_management", "mhpss")
    with pytest.raises(TaxonomyError, match="food"):
        taxonomy.with_phrase("Food", ["food"])


def test_a_project_made_before_a_synonym_was_added_still_knows_it():
    old = default_taxonomy().to_dict()
    for t in old["types"]:
        t["synonyms"] = [s for s in t["synonyms"] if s not in ("wgss", "casa refugio")]
    assert "community_based_protection" not in Taxonomy.from_dict(old).match("WGSS")
    merged = project_taxonomy(old)
    assert merged.match("WGSS") == ["community_based_protection"] and merged.match("Casa refugio") == ["safe_shelter"]


def test_arabic_article_and_french_elision_are_read(finder):
    assert normalise("Centre d'hébergement") == "centre hebergement"
    assert finder.find(name="مركز الشرطة").codes == ("police",)
    assert finder.find(name="Centre d'hébergement").codes == ("safe_shelter",)


@pytest.mark.parametrize("name, remarks", [("VBG", "infos incomplètes"), ("حماية الطفل", "بانتظار التفاصيل"),
                                           ("CP", "details TBC – agency did not submit")])
def test_a_service_column_naming_only_a_sector_beside_remarks_that_name_no_service_gives_case_management_to_check(
        finder, name, remarks):
    found = finder.find(name=name, description=remarks)
    assert found.codes == ("case_management",) and "case_management" in found.to_review


@pytest.mark.parametrize("text, codes", [
    ("Groupes de parole pour femmes", ("mhpss",)), ("SPU desk – reporting of GBV cases", ("police",)),
    ("Gender and child desk at the police station", ("police",)),
    ("legal aid, support to obtain birth cert", ("legal_aid", "birth_registration")),
    ("Case mgt for UASC", ("case_management",)), ("grupos de mujeres", ("community_based_protection",)),
])
def test_words_field_staff_use(finder, text, codes):
    assert set(finder.find(name=text).codes) == set(codes)
