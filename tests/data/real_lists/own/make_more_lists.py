"""Three more labelled lists, written and labelled before the importer read them (its first score on
them is in the importer2 report), in layouts of DR Congo, Yemen and Uganda:

- ``fr_cartographie_ituri.xlsx``: two sheets (one per territory), a title over the header, a
  "Domaine d'intervention" (sector) column and "Services disponibles" in free text, latitude and
  longitude in degrees-minutes-seconds or as text with decimal commas.
- ``ar_khadamat_yemen.csv``: comma-separated UTF-8, a type column in everyday Arabic words with
  "تفاصيل" (details) beside it, a Yes/No confidential column, points in Arabic-Indic digits with
  the numbers separated by a comma or a slash, one pair swapped.
- ``en_referral_directory.xlsx``: a referral directory with a "Service category" column, the
  services offered in abbreviations, and a GPS column in decimal degrees or degrees and decimal
  minutes.

The labels follow ``../README.md``. Run ``python make_more_lists.py`` to write them again.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font

HERE = Path(__file__).parent


def _label(sheet, row, text, types, confidential=False, point=None):
    lat, lon = point or (None, None)
    return {"sheet": sheet, "row": row, "service_text": text, "types": list(types), "confidential": confidential,
            "latitude": lat, "longitude": lon}


def _write_labels(name: str, file: str, labels: list[dict]) -> None:
    (HERE / f"{name}.labels.json").write_text(
        json.dumps({"file": file, "rows": labels}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def dms(d, m, s, hemisphere):
    value = d + m / 60 + s / 3600
    return round(-value if hemisphere in "SW" else value, 4)


# --- fr_cartographie_ituri.xlsx ---------------------------------------------------------------------
# sheet -> rows of (organisation, kind, domain, services, territory, locality, latitude as typed,
#                   longitude as typed, contact, days) -> types, confidential, intended point
ITURI = {
    "Bunia": [
        (("Tujenge Watoto", "ONG nationale", "Protection de l'enfant",
          "Gestion des cas de protection de l'enfance (ENA/ES, EAFGA)", "Irumu", "Bunia", "1°33'36\" N",
          "30°15'00\" E", "+243 81 000 1001", "Lun-Ven"),
         ["case_management"], False, (dms(1, 33, 36, "N"), dms(30, 15, 0, "E"))),
        (("Tujenge Watoto", "ONG nationale", "Protection de l'enfant",
          "Centre de transit et d'orientation (CTO) pour enfants sortis des groupes armés", "Irumu", "Bunia", "", "",
          "+243 81 000 1001", "24h/24"),
         ["safe_shelter"], True, None),
        (("Solidarité Féminine Ituri", "ONG nationale", "VBG",
          "Maison d'écoute : accueil, écoute et orientation des survivantes de VBG", "Irumu", "Bunia", "1,5611",
          "30,2480", "+243 99 000 1002", "Lun-Sam"),
         ["mhpss"], False, (1.5611, 30.2480)),
        (("Hôpital Général de Bunia", "Structure étatique", "Santé",
          "Soins médicaux, kits PEP et prise en charge clinique du viol", "Irumu", "Bunia", "1,5650", "30,2440",
          "+243 99 000 1003", "24h/24"),
         ["health"], False, (1.5650, 30.2440)),
        (("Clinique Juridique Haki", "ONG nationale", "Protection",
          "Assistance juridique et judiciaire gratuite (clinique juridique)", "Irumu", "Bunia", "1,5580", "30,2520",
          "+243 81 000 1004", "Lun-Ven"),
         ["legal_aid"], False, (1.5580, 30.2520)),
        (("Tribunal pour Enfants de Bunia", "Structure étatique", "Protection de l'enfant",
          "Audiences des enfants en conflit avec la loi", "Irumu", "Bunia", "", "", "", "Lun-Ven"),
         ["justice"], False, None),
        (("PSPEF Bunia", "Structure étatique", "Protection",
          "Police spéciale de protection de l'enfant et de la femme : plaintes et enquêtes", "Irumu", "Bunia",
          "1,5600", "30,2500", "+243 82 000 1005", "24h/24"),
         ["police"], False, (1.5600, 30.2500)),
        (("Femmes Actives", "ONG nationale", "VBG",
          "Espace sûr pour femmes et filles, activités génératrices de revenus (AGR)", "Irumu", "Bunia", "1,5630",
          "30,2460", "+243 99 000 1006", "Lun-Ven"),
         ["community_based_protection", "livelihoods"], False, (1.5630, 30.2460)),
        (("Bureau de l'état civil", "Structure étatique", "Protection",
          "Enregistrement tardif des naissances et jugements supplétifs", "Irumu", "Bunia", "", "", "", "Lun-Ven"),
         ["birth_registration"], False, None),
        (("Solidarité Féminine Ituri", "ONG nationale", "VBG",
          "Maison d'hébergement pour survivantes (adresse non communiquée)", "Irumu", "Bunia", "", "",
          "+243 99 000 1002", "24h/24"),
         ["safe_shelter"], True, None),
        (("Ligne verte 122", "Structure étatique", "Protection de l'enfant", "Ligne verte 122 – écoute et orientation",
          "Irumu", "", "", "", "122", "24h/24"),
         ["helpline"], False, None),
    ],
    "Djugu": [
        (("Enfants du Lac", "ONG nationale", "Protection de l'enfant",
          "Recherche familiale et réunification des enfants non accompagnés", "Djugu", "Fataki", "1°48'00\" N",
          "30°28'48\" E", "+243 81 000 2001", "Lun-Ven"),
         ["family_tracing"], False, (dms(1, 48, 0, "N"), dms(30, 28, 48, "E"))),
        (("Enfants du Lac", "ONG nationale", "Protection de l'enfant", "Placement en famille d'accueil transitoire",
          "Djugu", "Fataki", "", "", "+243 81 000 2001", "Lun-Ven"),
         ["alternative_care"], False, None),
        (("Avenir Jeunesse", "ONG nationale", "Éducation", "Éducation : écoles temporaires et cours de rattrapage",
          "Djugu", "Largu", "1,9150", "30,5100", "+243 81 000 2002", "Lun-Ven"),
         ["education"], False, (1.9150, 30.5100)),
        (("Avenir Jeunesse", "ONG nationale", "Protection de l'enfant",
          "Réintégration socio-économique des EAFGA : formation en menuiserie, kits de réinsertion", "Djugu",
          "Largu", "1,9160", "30,5120", "+243 81 000 2002", "Lun-Ven"),
         ["livelihoods"], False, (1.9160, 30.5120)),
        (("Paix et Développement", "ONG nationale", "Protection de l'enfant", "Protection de l'enfance", "Djugu",
          "Mongbwalu", "1,9500", "30,0400", "+243 99 000 2003", ""),
         ["case_management"], False, (1.9500, 30.0400)),
        (("Paix et Développement", "ONG nationale", "Sécurité alimentaire", "Distribution de vivres", "Djugu",
          "Mongbwalu", "1,9510", "30,0410", "+243 99 000 2003", ""),
         [], False, (1.9510, 30.0410)),
        (("Centre de Santé Rhoe", "Structure étatique", "Santé", "Prise en charge psychosociale et référencement des "
          "survivantes vers l'hôpital", "Djugu", "Rhoe", "1,8700", "30,3900", "+243 82 000 2004", "Lun-Sam"),
         ["mhpss"], False, (1.8700, 30.3900)),
    ],
}


def make_ituri() -> None:
    name, file = "fr_cartographie_ituri", "fr_cartographie_ituri.xlsx"
    book = Workbook()
    del book["Sheet"]
    labels = []
    for title, rows in ITURI.items():
        sheet = book.create_sheet(title)
        sheet["A1"] = f"Cartographie des services de protection – Territoire de {title if title != 'Bunia' else 'Irumu'}"
        sheet["A1"].font = Font(bold=True, size=13)
        sheet.append([])
        sheet.append(["Nom de l'organisation", "Type d'organisation", "Domaine d'intervention",
                      "Services disponibles", "Territoire", "Localité", "Latitude", "Longitude", "Contact",
                      "Jours d'ouverture"])
        for cells, types, confidential, point in rows:
            sheet.append(list(cells))
            labels.append(_label(title, sheet.max_row, cells[3], types, confidential, point))
    book.save(HERE / file)
    _write_labels(name, file, labels)


# --- ar_khadamat_yemen.csv --------------------------------------------------------------------------
# (organisation, governorate, district, type as typed, details, point as typed, phone, confidential?)
YEMEN = [
    (("مؤسسة رعاية الطفولة", "أمانة العاصمة", "السبعين", "إدارة حالات الأطفال", "متابعة فردية للأطفال المعرضين للخطر",
      "١٥٫٣٥٤٧ , ٤٤٫٢٠٦٦", "777000001", "لا"),
     ["case_management"], False, (15.3547, 44.2066)),
    (("مؤسسة رعاية الطفولة", "أمانة العاصمة", "السبعين", "دعم نفسي اجتماعي", "جلسات فردية وجماعية",
      "١٥٫٣٥٥٠ , ٤٤٫٢٠٧٠", "777000001", "لا"),
     ["mhpss"], False, (15.3550, 44.2070)),
    (("اتحاد نساء اليمن", "عدن", "المنصورة", "مأوى", "للنساء الناجيات وأطفالهن", "", "777000002", "نعم"),
     ["safe_shelter"], True, None),
    (("مركز الحقوق", "تعز", "القاهرة", "مساعدة قانونية", "استخراج البطائق الشخصية وشهادات الميلاد",
      "١٣٫٥٧٩٥ / ٤٤٫٠٢٠٩", "777000003", "لا"),
     ["legal_aid", "birth_registration"], False, (13.5795, 44.0209)),
    (("مستشفى الجمهورية", "عدن", "كريتر", "صحة", "رعاية صحية أولية وعلاج الناجيات", "١٢٫٧٨٥٥ , ٤٥٫٠١٨٧",
      "777000004", "لا"),
     ["health"], False, (12.7855, 45.0187)),
    (("مؤسسة التعليم للجميع", "تعز", "صالة", "تعليم", "فصول دراسية مؤقتة", "١٣٫٥٨٠٠ , ٤٤٫٠٣٠٠", "777000005", "لا"),
     ["education"], False, (13.5800, 44.0300)),
    (("جمعية الأسر المنتجة", "أمانة العاصمة", "معين", "سبل عيش", "تدريب على الخياطة وصرف منح نقدية",
      "٤٤٫١٩٠٠ , ١٥٫٣٦٠٠", "777000006", "لا"),
     ["livelihoods"], False, (15.3600, 44.1900)),
    (("شبكة حماية الطفل", "عدن", "الشيخ عثمان", "حماية الطفل", "", "١٢٫٨٧٠٠ , ٤٤٫٩٩٠٠", "777000007", "لا"),
     ["case_management"], False, (12.8700, 44.9900)),
    (("الصليب الأحمر", "أمانة العاصمة", "السبعين", "لم شمل الأسر", "للأطفال المنفصلين عن ذويهم",
      "١٥٫٣٤٠٠ , ٤٤٫٢١٠٠", "777000008", "لا"),
     ["family_tracing"], False, (15.3400, 44.2100)),
    (("خط نجدة الطفل", "أمانة العاصمة", "", "خط ساخن", "الرقم المجاني 136", "", "136", "لا"),
     ["helpline"], False, None),
    (("منظمة أطفالنا", "تعز", "القاهرة", "مساحة صديقة للطفل", "أنشطة ترفيهية ودعم نفسي", "١٣٫٥٧٠٠ , ٤٤٫٠١٥٠",
      "777000009", "لا"),
     ["child_friendly_space", "mhpss"], False, (13.5700, 44.0150)),
    (("جمعية التنمية الريفية", "تعز", "صالة", "توعية مجتمعية", "جلسات توعية حول زواج الأطفال", "", "777000010",
      "لا"),
     ["community_based_protection"], False, None),
    (("مركز الأطراف الصناعية", "عدن", "كريتر", "إعاقة", "توفير الكراسي المتحركة والأطراف الصناعية",
      "١٢٫٧٨٠٠ , ٤٥٫٠٣٠٠", "777000011", "لا"),
     ["disability_support"], False, (12.7800, 45.0300)),
    (("محكمة الأحداث", "أمانة العاصمة", "السبعين", "محكمة الأحداث", "", "", "777000012", "لا"),
     ["justice"], False, None),
]


def make_yemen() -> None:
    name, file = "ar_khadamat_yemen", "ar_khadamat_yemen.csv"
    labels = []
    with open(HERE / file, "w", encoding="utf-8-sig", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(["المنظمة", "المحافظة", "المديرية", "نوع الخدمة", "تفاصيل", "الموقع الجغرافي", "الهاتف", "سري؟"])
        for n, (cells, types, confidential, point) in enumerate(YEMEN, start=2):
            writer.writerow(cells)
            labels.append(_label(name, n, f"{cells[3]} | {cells[4]}", types, confidential, point))
    _write_labels(name, file, labels)


# --- en_referral_directory.xlsx ---------------------------------------------------------------------
# (service category, agency, services offered, settlement, zone, days & time, contact person, tel, GPS, remarks)
UGANDA = [
    (("Child Protection", "Save Children Uganda", "Case management for UASC & children at risk; BIA", "Bidibidi",
      "Zone 1", "Mon-Fri 8-5", "Grace A.", "0772000001", "3.4870, 31.3520", ""),
     ["case_management"], False, (3.4870, 31.3520)),
    (("GBV", "Women Hope Uganda", "GBV CM, PSS & dignity kits", "Bidibidi", "Zone 2", "Mon-Fri", "Joyce B.",
      "0772000002", "3.4700, 31.3800", ""),
     ["case_management", "mhpss"], False, (3.4700, 31.3800)),
    (("GBV", "Women Hope Uganda", "Safe house – access via GBV focal point", "Bidibidi", "", "24/7", "Joyce B.",
      "0772000002", "", "Do not share location"),
     ["safe_shelter"], True, None),
    (("Health", "Yumbe HC IV", "Clinical management of rape, HIV PEP, family planning", "Yumbe", "Town", "24/7",
      "In-charge", "0772000003", "N03°27.900' E031°14.820'", ""),
     ["health"], False, (3.4650, 31.2470)),
    (("Legal", "Refugee Law Project", "Legal aid, mediation & representation at Magistrate's court", "Bidibidi",
      "Zone 3", "Tue & Thu", "Peter C.", "0772000004", "3.5000, 31.3300", ""),
     ["legal_aid"], False, (3.5000, 31.3300)),
    (("Education", "Windle Learning", "Accelerated Education Programme (AEP) for over-age learners", "Bidibidi",
      "Zone 4", "Mon-Fri", "Sarah D.", "0772000005", "3.5200, 31.4000", ""),
     ["education"], False, (3.5200, 31.4000)),
    (("Livelihoods", "Village Enterprise", "VSLA groups & start-up kits", "Bidibidi", "Zone 5", "Wed", "Moses E.",
      "0772000006", "3.5400, 31.4200", ""),
     ["livelihoods"], False, (3.5400, 31.4200)),
    (("Child Protection", "Save Children Uganda", "Child friendly spaces & adolescent life skills clubs", "Bidibidi",
      "Zone 1", "Mon-Sat", "Grace A.", "0772000001", "3.4880, 31.3530", ""),
     ["child_friendly_space", "community_based_protection"], False, (3.4880, 31.3530)),
    (("Child Protection", "Foster Families Network", "Foster care & kinship care support", "Yumbe", "Town",
      "Mon-Fri", "Ruth F.", "0772000007", "3.4660, 31.2480", ""),
     ["alternative_care"], False, (3.4660, 31.2480)),
    (("Protection", "Office of the Prime Minister", "Registration & issuance of birth notifications", "Bidibidi",
      "Base camp", "Mon-Fri", "Registration officer", "0772000008", "3.4900, 31.3600", ""),
     ["birth_registration"], False, (3.4900, 31.3600)),
    (("Protection", "Uganda Police", "Police post – Child & Family Protection Unit", "Bidibidi", "Zone 2", "24/7",
      "OC", "0772000009", "3.4710, 31.3810", ""),
     ["police"], False, (3.4710, 31.3810)),
    (("MHPSS", "TPO Uganda", "Mental health clinic: psychiatric nurse, group therapy", "Yumbe", "Town", "Mon-Fri",
      "Dan G.", "0772000010", "3.4640, 31.2460", ""),
     ["mhpss"], False, (3.4640, 31.2460)),
    (("Protection", "Danish Refugee Council", "Community-based protection: refugee welfare committees, protection "
      "desks", "Bidibidi", "Zone 3", "Mon-Fri", "Ann H.", "0772000011", "3.5010, 31.3310", ""),
     ["community_based_protection"], False, (3.5010, 31.3310)),
    (("Child Protection", "Uganda Red Cross", "Family tracing & reunification (ICRC RFL)", "Bidibidi", "Zone 1",
      "Mon-Fri", "Tracing officer", "0772000012", "3.4860, 31.3510", ""),
     ["family_tracing"], False, (3.4860, 31.3510)),
    (("GBV", "Women Hope Uganda", "Women & girls' safe space (WGSS) – recreational, PSS, referrals", "Bidibidi",
      "Zone 2", "Mon-Sat", "Joyce B.", "0772000002", "3.4720, 31.3820", ""),
     ["community_based_protection", "mhpss"], False, (3.4720, 31.3820)),
    (("Disability", "Humanity Inclusion", "Assistive devices, physiotherapy, CBR", "Yumbe", "Town", "Mon-Fri",
      "Isaac J.", "0772000013", "3.4670, 31.2490", ""),
     ["disability_support"], False, (3.4670, 31.2490)),
    (("Protection", "Danish Refugee Council", "Protection monitoring", "Bidibidi", "Zone 4", "", "Ann H.",
      "0772000011", "", ""),
     [], False, None),
    (("GBV", "National GBV Hotline", "Hotline 116", "All", "", "24/7", "", "116", "", ""),
     ["helpline"], False, None),
]


def make_uganda() -> None:
    name, file = "en_referral_directory", "en_referral_directory.xlsx"
    book = Workbook()
    sheet = book.active
    sheet.title = "Directory"
    sheet.append(["Service category", "Agency", "Services offered", "Settlement", "Zone/Village", "Days & time",
                  "Contact person", "Tel", "GPS", "Remarks"])
    labels = []
    for cells, types, confidential, point in UGANDA:
        sheet.append(list(cells))
        labels.append(_label("Directory", sheet.max_row, cells[2], types, confidential, point))
    book.save(HERE / file)
    _write_labels(name, file, labels)


def main() -> None:
    make_ituri()
    make_yemen()
    make_uganda()


if __name__ == "__main__":
    main()
