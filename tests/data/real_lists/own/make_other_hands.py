"""Labelled lists in the shapes that other people's lists failed in: a KoBo export with choice codes and
empty service names, a French list of "PEC" services with referrals and suspended services, a
Colombian route with a migrants' shelter, and lists in Arabic and Bengali with the same traps.

Labels follow ``../README.md``: a service a text refers people to, or says is suspended or not
offered, is not a type of the row; sector-only text is case management; a shelter for migrants or
returnees that names nobody at risk is a safe shelter but not confidential. Run
``python make_other_hands.py`` to write the lists and their labels again.
"""

from __future__ import annotations

import json
from pathlib import Path

from openpyxl import Workbook

HERE = Path(__file__).parent

KOBO_HEADER = ["start", "_uuid", "org_name", "org_name_other", "service_name", "group_services/service_type",
               "group_services/service_type/cm", "group_services/service_type/pss",
               "group_services/service_type/hotline", "group_services/service_type/altcare",
               "group_services/service_type/med", "group_services/service_type_other", "lga",
               "group_contact/phone", "remarks", "_gps_location"]


def kobo(uuid: str, org: str, name: str, types: str, other: str, lga: str, phone: str, remarks: str,
         point: str) -> list:
    codes = types.split()
    marks = [1 if c in codes else 0 for c in ("cm", "pss", "hotline", "altcare", "med")]
    return ["2025-02-03T09:12:00", uuid, org, "", name, types, *marks, other, lga, phone, remarks, point]


LISTS = {
    "en_kobo_choice_codes": {
        "sheet": "service_mapping_2025",
        "header": KOBO_HEADER,
        "rows": [
            (kobo("a1", "save_children", "", "altcare", "", "mmc", "08030000001",
                  "Interim care centre for UASC, kinship care follow-up", "11.82 13.13 350 5"),
             ["alternative_care"], False),
            (kobo("a2", "women_hope", "", "shelter cm", "", "jere", "08030000002",
                  "Safe house for GBV survivors", "11.86 13.20 355 5"),
             ["safe_shelter", "case_management"], True),
            (kobo("a3", "terre_hommes", "Child helpline", "hotline", "", "mmc", "08030000003", "Toll free, 24/7", ""),
             ["helpline"], False),
            (kobo("a4", "al_amin_health", "", "med", "", "jere", "08030000004", "CMR and PEP kits, open 24h",
                  "11.79 13.23 301 8"), ["health"], False),
            (kobo("a5", "bcci", "", "lhood docs", "", "mmc", "08030000005",
                  "Birth certificates and vocational training for adolescents", ""),
             ["livelihoods", "birth_registration"], False),
            (kobo("a6", "bcci", "BCCI Bolori centre", "cm pss", "", "mmc", "08030000006",
                  "PSS suspended since March (funding gap)", ""), ["case_management"], False),
            (kobo("a7", "justice_link", "Legal desk Dalori", "legal", "", "jere", "08030000007",
                  "No longer offering legal aid; now runs PSS groups", ""), ["mhpss"], False),
            (kobo("a8", "bcci", "", "ftr edu", "", "mmc", "08030000008", "", ""),
             ["family_tracing", "education"], False),
            (kobo("a9", "grow_ngo", "", "sgbv", "", "jere", "08030000009", "", ""),
             ["case_management"], False),
            (kobo("a10", "unicef_partner", "", "cfs", "", "mmc", "08030000010",
                  "Referral to health facility for sick children", ""), ["child_friendly_space"], False),
            (kobo("a11", "women_hope", "", "pss", "Women and girls safe space", "jere", "08030000011",
                  "WGSS with PSS groups", ""), ["community_based_protection", "mhpss"], False),
        ],
    },
    "fr_pec_vbg": {
        "sheet": "Cartographie",
        "header": ["Organisation", "Secteur", "Services offerts", "Remarques", "Territoire", "Téléphone"],
        "rows": [
            (["AFEDEM", "VBG", "PEC VBG", "", "Uvira", "0990000001"], ["case_management"], False),
            (["Hôpital de Panzi", "Santé", "PEC médicale des survivantes, kits PEP", "", "Bukavu", "0990000002"],
             ["health"], False),
            (["SOFEPADI", "VBG", "PEC psychosociale ; orientation vers l'hôpital pour la PEC médicale", "", "Bunia",
              "0990000003"], ["mhpss"], False),
            (["Maman Shujaa", "VBG", "Maison d'écoute", "Référencement vers la police et la clinique juridique",
              "Bunia", "0990000004"], ["mhpss"], False),
            (["Femmes Solidaires", "VBG", "Maison d'hébergement (adresse confidentielle)",
              "Pour survivantes et leurs enfants", "Bukavu", "0990000005"], ["safe_shelter"], True),
            (["AJEDI-Ka", "Protection de l'enfance", "Gestion de cas (pas d'hébergement)", "", "Uvira", "0990000006"],
             ["case_management"], False),
            (["Centre de santé Kadutu", "Santé", "CPN, accouchements assistés", "", "Bukavu", "0990000007"],
             ["health"], False),
            (["Avocats Sans Frontières", "Protection", "Assistance juridique",
              "Assistance juridique suspendue depuis janvier ; appui psychosocial maintenu", "Bunia", "0990000008"],
             ["mhpss"], False),
            (["BVES", "Protection de l'enfance", "Famille d'accueil transitoire pour ENA/ES", "", "Uvira",
              "0990000009"], ["alternative_care"], False),
            (["Caritas", "Protection", "VBG", "", "Bunia", "0990000010"], ["case_management"], False),
            (["CRS", "Protection de l'enfance", "PE", "", "Uvira", "0990000011"], ["case_management"], False),
            (["OIM", "Protection", "Centre de transit pour rapatriés", "Capacité 200 personnes", "Kasindi",
              "0990000012"], ["safe_shelter"], False),
            (["Ligne verte", "VBG", "Ligne verte 116 : écoute et orientation", "", "", "116"], ["helpline"], False),
        ],
    },
    "es_ruta_migrantes": {
        "sheet": "Ruta",
        "header": ["Entidad", "Servicio", "Observaciones", "Municipio", "Teléfono"],
        "rows": [
            (["Pastoral Social", "Albergue de paso para migrantes", "Caminantes, máximo 3 noches", "Pamplona",
              "3100000001"], ["safe_shelter"], False),
            (["Casa de la Mujer", "Casa refugio para mujeres víctimas de violencia", "", "Cúcuta", "3100000002"],
             ["safe_shelter"], True),
            (["Alcaldía de Cúcuta", "Comisaría de Familia: medidas de protección", "", "Cúcuta", "3100000003"],
             ["justice"], False),
            (["ICBF Regional", "ICBF - restablecimiento de derechos de NNA", "", "Cúcuta", "3100000004"],
             ["case_management"], False),
            (["ICBF Regional", "Línea 141 del ICBF", "Gratuita, 24 horas", "", "141"], ["helpline"], False),
            (["Profamilia", "Atención psicosocial; remisión a salud y a Medicina Legal", "", "Villa del Rosario",
              "3100000006"], ["mhpss"], False),
            (["Aldeas Infantiles", "Hogar de paso para NNA en riesgo", "Dirección reservada", "Cúcuta",
              "3100000007"], ["safe_shelter"], True),
            (["Consultorio Jurídico UFPS", "Asesoría jurídica",
              "Ya no ofrece asesoría jurídica desde 2024; solo apoyo psicosocial", "Cúcuta", "3100000008"],
             ["mhpss"], False),
            (["Hospital Erasmo Meoz", "Control prenatal y atención médica", "", "Cúcuta", "3100000009"],
             ["health"], False),
            (["Corporación Mujer", "Gestión de casos (sin albergue)", "", "Cúcuta", "3100000010"],
             ["case_management"], False),
        ],
    },
    "ar_dalil_khadamat": {
        "sheet": "الخدمات",
        "header": ["المنظمة", "الخدمة", "ملاحظات", "المحافظة", "الهاتف"],
        "rows": [
            (["جمعية حماية الطفل", "خط المساعدة للأطفال", "", "عمان", "110"], ["helpline"], False),
            (["مركز الأمل", "الدعم النفسي الاجتماعي", "", "إربد", "0790000002"], ["mhpss"], False),
            (["مركز الأمل", "إدارة الحالة؛ إحالة إلى المستشفى للعلاج", "", "إربد", "0790000003"],
             ["case_management"], False),
            (["مركز العدل", "المساعدة القانونية والدعم النفسي", "المساعدة القانونية متوقفة حاليا", "المفرق",
              "0790000004"], ["mhpss"], False),
            (["جمعية النساء", "مأوى آمن للنساء الناجيات", "", "عمان", "0790000005"], ["safe_shelter"], True),
            (["مستشفى البشير", "الإدارة السريرية لحالات الاغتصاب", "", "عمان", "0790000006"], ["health"], False),
            (["الهلال الأحمر", "الإسعافات النفسية الأولية", "", "الزرقاء", "0790000007"], ["mhpss"], False),
            (["المنظمة الدولية للهجرة", "مركز عبور للمهاجرين العائدين", "", "المفرق", "0790000008"],
             ["safe_shelter"], False),
        ],
    },
    "bn_sheba_talika_2": {
        "sheet": "সেবা",
        "header": ["সংস্থা", "সেবা", "মন্তব্য", "উপজেলা", "ফোন"],
        "rows": [
            (["ব্র্যাক", "মনোসামাজিক সহায়তা", "", "উখিয়া", "01711000011"], ["mhpss"], False),
            (["ব্র্যাক", "কেস ম্যানেজমেন্ট; হাসপাতালে রেফার", "", "উখিয়া", "01711000012"], ["case_management"], False),
            (["ব্লাস্ট", "আইনি সহায়তা", "আইনি সহায়তা বন্ধ, কাউন্সেলিং চলমান", "টেকনাফ", "01711000013"], ["mhpss"],
             False),
            (["নারী মৈত্রী", "নিরাপদ আশ্রয়কেন্দ্র (নারী ও শিশু)", "", "রামু", "01711000014"], ["safe_shelter"], True),
            (["জাতীয় হেল্পলাইন", "হেল্পলাইন ১০৯", "২৪ ঘণ্টা", "", "109"], ["helpline"], False),
            (["উপজেলা স্বাস্থ্য কমপ্লেক্স", "গর্ভকালীন সেবা ও প্রসব", "", "উখিয়া", "01711000016"], ["health"], False),
            (["মুক্তি", "মনস্তাত্ত্বিক প্রাথমিক চিকিৎসা", "", "টেকনাফ", "01711000017"], ["mhpss"], False),
            (["সদর হাসপাতাল ওসিসি", "ধর্ষণের ক্লিনিক্যাল ব্যবস্থাপনা", "", "কক্সবাজার সদর", "01711000018"],
             ["health"], False),
        ],
    },
}


def main() -> None:
    for name, spec in LISTS.items():
        book = Workbook()
        sheet = book.active
        sheet.title = spec["sheet"]
        sheet.append(spec["header"])
        labels = []
        text_columns = [i for i, h in enumerate(spec["header"])
                        if h in ("service_name", "group_services/service_type", "remarks", "Services offerts",
                                 "Remarques", "Servicio", "Observaciones", "الخدمة", "ملاحظات", "সেবা", "মন্তব্য")]
        for i, (cells, types, confidential) in enumerate(spec["rows"], start=2):
            sheet.append(cells)
            labels.append({"sheet": spec["sheet"], "row": i, "types": types, "confidential": confidential,
                           "service_text": " | ".join(str(cells[c]) for c in text_columns if cells[c])})
        book.save(HERE / f"{name}.xlsx")
        (HERE / f"{name}.labels.json").write_text(
            json.dumps({"file": f"{name}.xlsx", "rows": labels}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
