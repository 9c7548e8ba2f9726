"""What the nineteenth blind tryout found (lists written from a brief by someone who had not read the code:
Honduras with a two-row header of grouped service columns, Gaza and the West Bank with Arabic and English
header rows, Madagascar with one sheet per region and a "Type de structure" column, and a Bengali list from
Cox's Bazar). Each list here is a small one in the same shape, written by openpyxl."""

from __future__ import annotations

import pytest

from importers.pipeline import read_file
from importers.statuses import STATUSES, status_word
from tests.helpers import write_sheet

MADAGASCAR = ["N°", "District", "Structure", "Type de structure", "Services offerts", "Contacts (tél.)", "Statut"]


def test_the_kind_of_structure_says_what_a_service_is_where_its_own_words_do_not(tmp_path):
    path = write_sheet(tmp_path / "mg.xlsx", MADAGASCAR, [
        [1, "Toliara I", "Brigade de proximité Toliara", "Police", "- Plaintes VBG\n- Enquête\n- Protection des victimes",
         "032 11 570 24", "Fonctionnel"],
        [2, "Taolagnaro", "TPI Taolagnaro", "Justice", "- Audiences VBG\n- Ordonnances de placement", "020 92 210 36",
         "Fonctionnel"],
        [3, "Toliara I", "Fikambanana Vehivavy", "ONG", "- Fialofana ho an'ny vehivavy\n- fanampiana ara-tsaina",
         "034 12 345 67", "Fonctionnel"],
        [4, "Toliara I", "Santé Plus", "Santé", "Écoute et conseil juridique", "034 12 345 68", "Fonctionnel"],
    ])
    police, court, shelter, counsel = read_file(path, region="MG").services
    assert police.service_types == ["police"] and court.service_types == ["justice"]
    assert shelter.service_types == ["safe_shelter", "mhpss"] and shelter.confidential  # Malagasy words
    assert counsel.service_types == ["mhpss", "legal_aid"], "the kind is read only where the row names nothing"


def test_an_organisations_initials_name_no_type(tmp_path):
    """"SPS" is San Pedro Sula, not "soutien psychosocial"; a DINAF office's remark to call 911 out of hours
    is no helpline of its own."""
    header = ["Organización / Institución", "Otros servicios", "Teléfono", "Observaciones"]
    path = write_sheet(tmp_path / "hn.xlsx", header, [
        ["Juzgado de Letras de Familia – SPS", "Medidas de seguridad, pensiones alimenticias", "2552-3300", ""],
        ["DINAF – Oficina Regional", "Ubicación en familias de acogida", "2553-4410",
         "Casos urgentes fuera de horario: llamar al 911"],
        ["Ciudad Mujer – SPS", "Autonomía económica, educación colectiva", "2516-0000", ""],
    ])
    court, dinaf, city = read_file(path, region="HN").services
    assert court.service_types == ["justice"]
    assert dinaf.service_types == ["alternative_care"]
    assert city.service_types == ["livelihoods", "community_based_protection"]


@pytest.mark.parametrize("cell, status", [
    ("يعمل", "active"), ("يعمل جزئياً", "active"), ("سيفتتح قريباً", "inactive"), ("Pendiente", "inactive"),
    ("শীঘ্রই চালু হবে", "inactive"), ("সাময়িক বন্ধ", "temporarily closed"), ("চালু", "active"),
])
def test_status_words_of_the_tryout(cell, status):
    assert STATUSES.get(status_word(cell.lower())) == status


@pytest.mark.parametrize("text, types", [
    ("নারী, শিশু, বয়স্ক ও প্রতিবন্ধী সার্ভিস ডেস্ক", ["police"]),  # the police desk's name, not disability support
    ("চিকিৎসা, মনোসামাজিক কাউন্সেলিং, আইনি সহায়তা, পুলিশি সহায়তা", ["health", "mhpss", "legal_aid", "police"]),
    ("প্রতিবন্ধী শিশুদের জন্য থেরাপি", ["disability_support"]),
    ("خط حماية الطفل 121 (مجاني)", ["helpline"]),
    ("مساعدة قانونية، إرشاد اجتماعي ونفسي", ["legal_aid", "mhpss"]),
    ("Éducation spécialisée, langue des signes malgache", ["education", "disability_support"]),
    ("Grupos de autoayuda y charlas comunitarias", ["mhpss", "community_based_protection"]),
    ("- Placement provisoire en familles d'accueil\n- Suivi des cas", ["alternative_care", "case_management"]),
])
def test_words_of_the_tryout(text, types):
    from directory.taxonomy import Taxonomy
    from importers.service_types import TypeFinder

    assert list(TypeFinder(Taxonomy.load()).find(type_column=text).codes) == types


def test_a_family_protection_prosecutor_is_justice(tmp_path):
    header = ["اسم المؤسسة", "الخدمات المقدمة", "رقم التواصل", "الحالة"]
    path = write_sheet(tmp_path / "ps.xlsx", header, [
        ["نيابة حماية الأسرة", "تحقيق ومتابعة قضايا العنف الأسري", "09-2381702", "يعمل"],
        ["جمعية الأمل", "مساحة آمنة للنساء والفتيات", "0597 220 914", "سيفتتح قريباً"],
    ])
    prosecutor, space = read_file(path, region="PS").services
    assert prosecutor.service_types == ["justice"] and prosecutor.status == "active"
    assert space.service_types == ["community_based_protection"] and space.status == "inactive"
