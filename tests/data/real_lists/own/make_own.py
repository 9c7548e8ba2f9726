"""Small labelled service lists in English, French, Spanish, Arabic and Bengali, written with openpyxl.

Each list has a different layout and free-text services as a coordinator would type them; the
labels beside each (``<name>.labels.json``) say, row by row, the service types a person reads
in the row and whether the service must stay confidential. Run ``python make_own.py`` to write
them again.
"""

from __future__ import annotations

import json
from pathlib import Path

from openpyxl import Workbook

HERE = Path(__file__).parent

LISTS = {
    "en_district_list": {
        "header": ["Partner", "What they offer", "Who for", "Upazila", "Contact no.", "Notes"],
        "rows": [
            (["Hope Foundation", "Individual case management and home visits", "Children 0-17", "Ukhia", "01711000001", ""],
             ["case_management"], False),
            (["Hope Foundation", "Group counselling for adolescent girls", "Adolescent girls", "Ukhia", "01711000002", ""],
             ["mhpss"], False),
            (["Mukti Legal Aid", "Free lawyer for survivors; court accompaniment", "Women", "Teknaf", "01711000003", ""],
             ["legal_aid"], False),
            (["Sadar Hospital", "Clinical management of rape and PEP", "All", "Cox's Bazar Sadar", "01711000004", ""],
             ["health"], False),
            (["Women's Refuge Trust", "Emergency shelter for women fleeing violence", "Women and their children",
              "Ramu", "01711000005", ""], ["safe_shelter"], True),
            (["Child Aid", "Child-friendly space with recreational activities", "Children 6-14", "Ukhia",
              "01711000006", ""], ["child_friendly_space"], False),
            (["Child Aid", "Tracing families of separated children", "Children", "Ukhia", "01711000007", ""],
             ["family_tracing"], False),
            (["Skills BD", "Tailoring courses and small grants for survivors", "Women", "Teknaf", "01711000008", ""],
             ["livelihoods"], False),
            (["Helpline 109", "Toll-free hotline, 24 hours", "Everyone", "", "109", ""], ["helpline"], False),
            (["Union Parishad", "Birth certificates for children", "Children", "Ramu", "01711000009", ""],
             ["birth_registration"], False),
        ],
    },
    "fr_liste_partenaires": {
        "header": ["Organisation", "Secteur", "Prestations", "Zone", "Téléphone"],
        "rows": [
            (["Aide Enfance", "Protection de l'enfance", "Gestion de cas et visites à domicile", "Goma", "0810000001"],
             ["case_management"], False),
            (["Aide Enfance", "Protection de l'enfance", "Espace ami des enfants, jeux et soutien psychosocial", "Goma",
              "0810000002"], ["child_friendly_space", "mhpss"], False),
            (["Femmes Unies", "VBG", "Maison d'hébergement pour survivantes", "Goma", "0810000003"],
             ["safe_shelter"], True),
            (["Femmes Unies", "VBG", "Assistance juridique et accompagnement au tribunal", "Goma", "0810000004"],
             ["legal_aid"], False),
            (["Hôpital Heal Africa", "Santé", "Soins médicaux des survivantes, kits PEP", "Goma", "0810000005"],
             ["health"], False),
            (["Enfants Debout", "Protection de l'enfance", "Réunification familiale des enfants non accompagnés",
              "Nyiragongo", "0810000006"], ["family_tracing"], False),
            (["Solidarité Rurale", "Moyens de subsistance", "Formation professionnelle et AGR", "Nyiragongo",
              "0810000007"], ["livelihoods"], False),
            (["Commune de Karisimbi", "Protection", "Enregistrement des naissances", "Karisimbi", "0810000008"],
             ["birth_registration"], False),
        ],
    },
    "es_mapeo_servicios": {
        "header": ["Institución", "Servicio", "Descripción", "Municipio", "Teléfono"],
        "rows": [
            (["Fundación Niñez", "Gestión de casos", "Acompañamiento individual a niñas y niños en riesgo", "Cúcuta",
              "3100000001"], ["case_management"], False),
            (["Fundación Niñez", "Apoyo psicosocial", "Sesiones grupales con adolescentes", "Cúcuta", "3100000002"],
             ["mhpss"], False),
            (["Casa de la Mujer", "Casa refugio", "Acogida temporal para mujeres víctimas de violencia", "Cúcuta",
              "3100000003"], ["safe_shelter"], True),
            (["Defensoría", "Asesoría jurídica", "Orientación legal gratuita", "Villa del Rosario", "3100000004"],
             ["legal_aid"], False),
            (["Hospital Erasmo Meoz", "Atención médica", "Atención clínica a sobrevivientes de violencia sexual",
              "Cúcuta", "3100000005"], ["health"], False),
            (["Aldeas", "Espacio amigable para la niñez", "Juegos y actividades recreativas", "Villa del Rosario",
              "3100000006"], ["child_friendly_space"], False),
            (["Registraduría", "Registro civil", "Registro de nacimiento de niños y niñas", "Cúcuta", "3100000007"],
             ["birth_registration"], False),
            (["Línea 155", "Línea de ayuda", "Línea gratuita de orientación para mujeres", "", "155"],
             ["helpline"], False),
        ],
    },
    "ar_khadamat": {
        "header": ["المنظمة", "الخدمة", "الملاحظات", "المحافظة", "رقم الهاتف"],
        "rows": [
            (["جمعية الأمل", "إدارة الحالات للأطفال المعرضين للخطر", "", "إربد", "0790000001"], ["case_management"], False),
            (["جمعية الأمل", "الدعم النفسي الاجتماعي للأطفال", "جلسات جماعية", "إربد", "0790000002"], ["mhpss"], False),
            (["دار الوفاق", "دار إيواء للنساء المعنفات", "العنوان سري", "عمان", "0790000003"], ["safe_shelter"], True),
            (["مركز العدل", "المساعدة القانونية", "استشارات قانونية مجانية", "عمان", "0790000004"], ["legal_aid"], False),
            (["مستشفى البشير", "الرعاية الصحية للناجيات", "", "عمان", "0790000005"], ["health"], False),
            (["مكاني", "مساحة صديقة للأطفال", "أنشطة ترفيهية", "المفرق", "0790000006"], ["child_friendly_space"], False),
            (["إدارة حماية الأسرة", "الشرطة", "استقبال الشكاوى", "عمان", "911"], ["police"], False),
            (["الأحوال المدنية", "تسجيل المواليد", "", "المفرق", "0790000007"], ["birth_registration"], False),
        ],
    },
    "bn_sheba_talika": {
        "header": ["সংস্থা", "সেবার ধরন", "বিবরণ", "উপজেলা", "মোবাইল নম্বর"],
        "rows": [
            (["আশার আলো", "কেস ম্যানেজমেন্ট", "শিশুদের জন্য", "উখিয়া", "01711000011"], ["case_management"], False),
            (["আশার আলো", "মনোসামাজিক সহায়তা", "কিশোরীদের দলগত সেশন", "উখিয়া", "01711000012"], ["mhpss"], False),
            (["নারী সহায়তা কেন্দ্র", "নিরাপদ আশ্রয়কেন্দ্র", "নির্যাতনের শিকার নারীদের জন্য", "টেকনাফ", "01711000013"],
             ["safe_shelter"], True),
            (["ব্লাস্ট", "আইনি সহায়তা", "বিনামূল্যে আইনি পরামর্শ", "কক্সবাজার সদর", "01711000014"], ["legal_aid"], False),
            (["সদর হাসপাতাল", "স্বাস্থ্য সেবা", "ওয়ান স্টপ ক্রাইসিস সেন্টার", "কক্সবাজার সদর", "01711000015"],
             ["health"], False),
            (["শিশু কল্যাণ", "শিশুবান্ধব কেন্দ্র", "খেলাধুলা", "উখিয়া", "01711000016"], ["child_friendly_space"], False),
            (["চাইল্ড হেল্পলাইন", "হেল্পলাইন ১০৯৮", "২৪ ঘণ্টা", "", "1098"], ["helpline"], False),
            (["ইউনিয়ন পরিষদ", "জন্ম নিবন্ধন", "", "রামু", "01711000017"], ["birth_registration"], False),
        ],
    },
}


def main() -> None:
    for name, spec in LISTS.items():
        book = Workbook()
        sheet = book.active
        sheet.title = "Services"
        sheet.append(spec["header"])
        labels = []
        for i, (cells, types, confidential) in enumerate(spec["rows"], start=2):
            sheet.append(cells)
            labels.append({"sheet": "Services", "row": i, "types": types, "confidential": confidential,
                           "service_text": " | ".join(str(c) for c in cells[1:3] if c)})
        book.save(HERE / f"{name}.xlsx")
        (HERE / f"{name}.labels.json").write_text(
            json.dumps({"file": f"{name}.xlsx", "rows": labels}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
