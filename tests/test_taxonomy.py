"""The service-type taxonomy: the shipped file, its validation and the free-text matcher."""

from __future__ import annotations

import copy
import json
import re

import pytest

import resources
from directory.taxonomy import LANGUAGES, Taxonomy, TaxonomyError, default_taxonomy, normalise

CODES = (
    "case_management", "mhpss", "health", "legal_aid", "police", "justice", "safe_shelter",
    "alternative_care", "family_tracing", "helpline", "child_friendly_space", "education",
    "livelihoods", "birth_registration", "community_based_protection", "disability_support",
)
ARABIC = re.compile("[\u0600-\u06ff]")
BENGALI = re.compile("[\u0980-\u09ff]")


@pytest.fixture(scope="module")
def tax() -> Taxonomy:
    return Taxonomy.load()


@pytest.fixture()
def raw() -> dict:
    return json.loads(resources.path("taxonomy.json").read_text(encoding="utf-8"))


# --- the shipped file --------------------------------------------------------------


def test_file_loads_and_default_is_cached(tax):
    assert len(tax) == 16
    assert default_taxonomy() is default_taxonomy()
    assert default_taxonomy().codes == tax.codes


def test_file_is_utf8_with_script_not_escapes():
    text = resources.path("taxonomy.json").read_text(encoding="utf-8")
    assert "إدارة الحالات" in text and "কেস ম্যানেজমেন্ট" in text
    assert "\\u06" not in text


def test_exactly_the_16_codes_in_order(tax):
    assert tax.codes == CODES
    assert [t.code for t in tax] == list(CODES)
    assert "legal_aid" in tax and "food" not in tax


def test_every_type_has_five_labels_and_descriptions(tax):
    for t in tax:
        for lang in (*LANGUAGES, "pt"):  # Portuguese is shipped too, not asked of a project's own taxonomy
            assert t.labels[lang].strip(), (t.code, lang)
            assert t.descriptions[lang].strip(), (t.code, lang)
        assert ARABIC.search(t.labels["ar"]) and ARABIC.search(t.descriptions["ar"]), t.code
        assert BENGALI.search(t.labels["bn"]) and BENGALI.search(t.descriptions["bn"]), t.code
        assert not ARABIC.search(t.labels["en"] + t.labels["fr"] + t.labels["es"]), t.code


def test_labels(tax):
    assert tax.label("case_management") == "Case management"
    assert tax.label("legal_aid", "ar") == "المساعدة القانونية"
    assert tax.get("education").label("sw") == "Education"  # unknown language: English


def test_get_unknown_code_lists_known_codes(tax):
    with pytest.raises(KeyError, match="legal_aid") as e:
        tax.get("food_security")
    assert "food_security" in str(e.value)


def test_thresholds_and_reach(tax):
    for t in tax:
        assert t.threshold_km > 0 and t.threshold_minutes > 0, t.code
        assert t.reach in ("point", "service_area"), t.code
    assert tax.get("helpline").reach == "service_area"
    assert tax.get("health").threshold_minutes == 60
    assert tax.get("safe_shelter").threshold_minutes == 120
    assert (tax.get("education").threshold_km, tax.get("education").threshold_minutes) == (3, 30)
    assert (tax.get("child_friendly_space").threshold_km, tax.get("child_friendly_space").threshold_minutes) == (2, 30)


def test_threshold_and_synonym_notes_are_documented(raw):
    assert "72 hours" in raw["threshold_notes"]
    assert "wgss" in next(t for t in raw["types"] if t["code"] == "community_based_protection")["synonyms"]
    assert "WGSS" in next(t for t in raw["types"] if t["code"] == "community_based_protection")["notes"]


def test_synonyms_are_lowercase_counted_and_unique(tax):
    owner = {}
    for t in tax:
        assert len(t.synonyms) >= 8, t.code  # the list grows as real lists teach us new words
        for s in t.synonyms:
            assert s == s.lower(), (t.code, s)
            assert owner.setdefault(normalise(s), t.code) == t.code, (s, t.code, owner[normalise(s)])


def test_styles_are_distinct_and_well_formed(tax):
    colours = [t.colour for t in tax]
    symbols = [t.symbol for t in tax]
    assert all(re.fullmatch("#[0-9a-f]{6}", c) for c in colours)
    assert len(set(colours)) == len(colours)
    assert len(set(symbols)) == len(symbols)  # the legend still reads in greyscale
    assert len(set(zip(colours, symbols))) == len(colours)


# --- matching ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("cell", "codes"),
    [
        # English
        ("Case management; PSS & referral", ["case_management", "mhpss"]),
        ("Legal aid/ police desk", ["legal_aid", "police"]),
        ("Clinical management of rape (CMR)", ["health"]),
        ("1098 child helpline", ["helpline"]),
        ("MHPSS, CM", ["mhpss", "case_management"]),
        ("Mental health", ["mhpss"]),
        ("Medical, psychosocial and legal counselling", ["health", "mhpss", "legal_aid"]),
        ("PEP kits + post-rape care", ["health"]),
        ("Women & Girls Safe Space (WGSS)", ["community_based_protection"]),
        ("Child-Friendly Spaces\nnon-formal education", ["child_friendly_space", "education"]),
        ("FTR and interim care", ["family_tracing", "alternative_care"]),
        ("Women and Children Help Desk", ["police"]),
        ("Cash assistance | vocational training", ["livelihoods"]),
        ("Safe houses for GBV survivors", ["safe_shelter"]),
        ("CPC / community groups", ["community_based_protection"]),
        ("Children's homes, foster care", ["alternative_care"]),
        ("legal_aid", ["legal_aid"]),
        ("  HEALTH  ", ["health"]),
        # French
        ("Gestion de cas et soutien psychosocial", ["case_management", "mhpss"]),
        ("Santé mentale et soutien psychosocial (SMSPS)", ["mhpss"]),
        ("Prise en charge clinique du viol ; santé", ["health"]),
        ("Assistance juridique, famille d'accueil", ["legal_aid", "alternative_care"]),
        ("Enregistrement des naissances", ["birth_registration"]),
        ("Numéro vert 116", ["helpline"]),
        # Spanish and Portuguese
        ("Gestión de casos y apoyo psicosocial", ["case_management", "mhpss"]),
        ("Asistencia jurídica; Casa de acogida", ["legal_aid", "safe_shelter"]),
        ("Espacios amigables para la niñez", ["child_friendly_space"]),
        ("Registro de nacimientos", ["birth_registration"]),
        ("Gestão de casos / apoio psicossocial", ["case_management", "mhpss"]),
        # Arabic (with and without hamza, conjunction و attached)
        ("إدارة الحالات والدعم النفسي الاجتماعي", ["case_management", "mhpss"]),
        ("ادارة الحالة", ["case_management"]),
        ("المساعدة القانونية / الشرطة", ["legal_aid", "police"]),
        ("الصحة النفسية", ["mhpss"]),
        ("مأوى آمن للنساء", ["safe_shelter"]),
        ("تسجيل المواليد", ["birth_registration"]),
        # Bengali (case endings, Bengali digits)
        ("কেস ম্যানেজমেন্ট ও মনোসামাজিক সহায়তা", ["case_management", "mhpss"]),
        ("শিশু সুরক্ষা কমিটির সভা", ["community_based_protection"]),
        ("আইনি সহায়তা, হেল্পলাইন ১০৯৮", ["legal_aid", "helpline"]),
        ("মানসিক স্বাস্থ্য", ["mhpss"]),
        ("জন্ম নিবন্ধন", ["birth_registration"]),
        # nothing known
        ("Referral", []),
        ("n/a", []),
        ("", []),
        (None, []),
    ],
)
def test_match(tax, cell, codes):
    assert tax.match(cell) == codes


def test_match_number_cell(tax):
    assert tax.match(1098) == ["helpline"]  # Excel gives numbers as numbers


def test_every_synonym_and_code_matches_its_own_type(tax):
    for t in tax:
        assert tax.match(t.code) == [t.code]
        for s in t.synonyms:
            assert tax.match(s) == [t.code], (t.code, s)


# --- validation and round trip -----------------------------------------------------


def _type(d: dict, code: str) -> dict:
    return next(t for t in d["types"] if t["code"] == code)


def test_from_dict_rejects_duplicate_synonym(raw):
    _type(raw, "health")["synonyms"].append("PSS")
    with pytest.raises(TaxonomyError, match="health") as e:
        Taxonomy.from_dict(raw)
    assert "mhpss" in str(e.value) and "PSS" in str(e.value)


def test_from_dict_rejects_bad_colour(raw):
    _type(raw, "police")["colour"] = "blue"
    with pytest.raises(TaxonomyError, match=r"'police'.*colour"):
        Taxonomy.from_dict(raw)


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        (lambda t: t["labels"].pop("bn"), "bn"),
        (lambda t: t.update(reach="everywhere"), "reach"),
        (lambda t: t.update(threshold={"km": 0, "minutes": 60}), "positive"),
        (lambda t: t.update(symbol="blob"), "symbol"),
    ],
)
def test_from_dict_rejects_other_problems(raw, change, problem):
    change(_type(raw, "justice"))
    with pytest.raises(TaxonomyError, match=rf"'justice'.*{problem}"):
        Taxonomy.from_dict(raw)


def test_from_dict_rejects_duplicate_code(raw):
    raw["types"].append(copy.deepcopy(raw["types"][0]))
    with pytest.raises(TaxonomyError, match="case_management"):
        Taxonomy.from_dict(raw)


def test_to_dict_round_trips(tax, raw):
    d = tax.to_dict()
    assert d == raw
    assert Taxonomy.from_dict(d).to_dict() == d
    assert json.loads(json.dumps(d, ensure_ascii=False)) == d
    changed = copy.deepcopy(d)
    _type(changed, "health")["threshold"]["minutes"] = 45  # a project's own threshold survives
    assert Taxonomy.from_dict(changed).get("health").threshold_minutes == 45
