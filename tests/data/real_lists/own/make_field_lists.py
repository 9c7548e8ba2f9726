"""Four more labelled lists, in layouts the importer had not met: written with openpyxl and Python's
csv module as coordinators in Colombia, Jordan and Bangladesh keep them.

- ``es_rutas_frontera.xlsx``: title rows, the service column headed "Servicios que ofrece la
  organización" (a header naming both the services and the organisation), no sector column,
  coordinates typed as text with decimal commas, some longitudes without their minus sign and one
  point with latitude and longitude swapped.
- ``es_mapeo_arauca.csv``: semicolon-separated, as a Spanish-language Excel saves it, the service
  column under a header that names no field ("Detalle de la atención"), a "Punto GPS" column with
  both numbers in one cell.
- ``ar_daleel_mafraq.xlsx``: Arabic headers ("الخدمات المتوفرة"), a sector column, coordinates in
  Arabic-Indic digits with the Arabic decimal separator and an Arabic comma, semicolon or
  thousands sign between the numbers, one pair swapped.
- ``en_4w_codes.xlsx``: a 4W whose activity column starts with activity codes ("GBV-01 …"),
  several types per text, sector-only texts ("CP services"), one "GPS (lat;long)" cell per row.

The labels (``<name>.labels.json``) were decided by hand from each row's text, with the
conventions of ``../README.md``: the types a person reads in the row, whether its location must
stay secret, and the point the writer meant. Run ``python make_field_lists.py`` to write them again.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font

HERE = Path(__file__).parent
SHEET = "Services"


def _label(sheet, row, text, types, confidential=False, lat=None, lon=None):
    return {"sheet": sheet, "row": row, "service_text": text, "types": list(types), "confidential": confidential,
            "latitude": lat, "longitude": lon}


def _write_labels(name: str, file: str, labels: list[dict]) -> None:
    (HERE / f"{name}.labels.json").write_text(
        json.dumps({"file": file, "rows": labels}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


# --- es_rutas_frontera.xlsx -------------------------------------------------------------------------
# (organisation, services as typed, population, department, municipality, latitude as typed,
#  longitude as typed, phone, remarks) -> labelled types, confidential, intended point
RUTAS = [
    (("Corporación Mujer Segura", "Gestión de casos VBG, atención psicosocial individual y PAP",
      "Mujeres y niñas sobrevivientes", "Norte de Santander", "Cúcuta", "7,8891", "-72,4967", "3157770001", ""),
     ["case_management", "mhpss"], False, (7.8891, -72.4967)),
    (("Corporación Mujer Segura", "Casa refugio temporal para mujeres y sus hijos (ubicación reservada)",
      "Mujeres en riesgo", "Norte de Santander", "Cúcuta", "", "", "3157770001", "Solo por remisión"),
     ["safe_shelter"], True, None),
    (("Defensoría del Pueblo - Regional Norte de Santander",
      "Orientación y asesoría jurídica; apoyo en trámites de registro civil de nacimiento",
      "Población migrante y refugiada", "Norte de Santander", "Cúcuta", "7,8912", "72,5031", "6075710000",
      "Lunes a viernes"),
     ["legal_aid", "birth_registration"], False, (7.8912, -72.5031)),
    (("Aldeas de Paz", "Espacios amigables para niñez y adolescencia: juegos, arte y apoyo psicosocial",
      "NNA de 6 a 17 años", "Norte de Santander", "Villa del Rosario", "7,8336", "-72,4742", "3209990002", ""),
     ["child_friendly_space", "mhpss"], False, (7.8336, -72.4742)),
    (("Hospital Universitario Erasmo Meoz",
      "Atención integral en salud a víctimas de violencia sexual (kit PEP, anticoncepción de emergencia)",
      "Todas las edades", "Norte de Santander", "Cúcuta", "7,9027", "-72,5043", "6075746888", "24 horas"),
     ["health"], False, (7.9027, -72.5043)),
    (("Fundación Educar Frontera", "Clases de nivelación y refuerzo escolar para niños desescolarizados",
      "Niños y niñas 7-14", "Norte de Santander", "Los Patios", "7,8378", "-72,5036", "3001234567", ""),
     ["education"], False, (7.8378, -72.5036)),
    (("ICBF Centro Zonal Cúcuta Uno", "Hogares sustitutos para niños, niñas y adolescentes separados de su familia",
      "NNA", "Norte de Santander", "Cúcuta", "", "", "018000918080", ""),
     ["alternative_care"], False, None),
    (("Línea 155", "Línea telefónica gratuita de orientación a mujeres víctimas de violencia", "Mujeres",
      "Nacional", "", "", "", "155", "24/7"),
     ["helpline"], False, None),
    (("Consejo de Refugiados", "Asistencia legal para la regularización migratoria",
      "Migrantes y refugiados", "Norte de Santander", "Cúcuta", "7,8950", "-72,5080", "3112223344", ""),
     ["legal_aid"], False, (7.8950, -72.5080)),
    (("Pastoral Social", "Servicios de protección", "Familias", "Norte de Santander", "Tibú", "", "",
      "3123334455", ""),
     ["case_management"], False, None),
    (("Fundación Tejiendo Futuro",
      "Talleres de costura, emprendimiento y capital semilla para mujeres sobrevivientes", "Mujeres",
      "Norte de Santander", "Ocaña", "8,2378", "73,3561", "3134445566", ""),
     ["livelihoods"], False, (8.2378, -73.3561)),
    (("Cruz Roja Colombiana", "Restablecimiento del contacto entre familiares y búsqueda de personas desaparecidas",
      "Familias separadas", "Norte de Santander", "Cúcuta", "7,8870", "-72,4990", "3145556677", ""),
     ["family_tracing"], False, (7.8870, -72.4990)),
    (("Colectivo Mujeres Unidas", "Redes comunitarias de mujeres y clubes juveniles de prevención de violencias",
      "Mujeres y jóvenes", "Norte de Santander", "Villa del Rosario", "7,8350", "-72,4700", "3156667788", ""),
     ["community_based_protection"], False, (7.8350, -72.4700)),
    (("Fiscalía General - CAIVAS", "Recepción de denuncias por delitos sexuales e investigación penal",
      "Víctimas de violencia sexual", "Norte de Santander", "Cúcuta", "7,8880", "-72,5010", "122", ""),
     ["justice"], False, (7.8880, -72.5010)),
    (("Policía Nacional - Infancia y Adolescencia",
      "Policía de infancia y adolescencia: recepción de casos y rescate de niños en riesgo", "NNA",
      "Norte de Santander", "Cúcuta", "72,4967", "7,8899", "123", "coordenadas tomadas con celular"),
     ["police"], False, (7.8899, -72.4967)),
    (("Médicos del Mundo", "Unidad móvil de atención psicosocial y primeros auxilios psicológicos en zona rural",
      "Población rural", "Norte de Santander", "Tibú", "8.6392", "-72.7336", "3167778899", ""),
     ["mhpss"], False, (8.6392, -72.7336)),
]


def make_rutas() -> None:
    name, file = "es_rutas_frontera", "es_rutas_frontera.xlsx"
    book = Workbook()
    sheet = book.active
    sheet.title = SHEET
    sheet["A1"] = "Ruta de atención - Mesa de Protección Norte de Santander"
    sheet["A1"].font = Font(bold=True, size=14)
    sheet["A2"] = "Actualizado: marzo 2024. Favor reportar cambios a la secretaría técnica."
    header = ["N°", "Nombre de la organización", "Servicios que ofrece la organización", "Población atendida",
              "Departamento", "Municipio", "Latitud", "Longitud", "Teléfono de contacto", "Observaciones"]
    sheet.append([])
    sheet.append(header)
    labels = []
    for n, (cells, types, confidential, point) in enumerate(RUTAS, start=1):
        sheet.append([n, *cells])
        lat, lon = point or (None, None)
        labels.append(_label(SHEET, sheet.max_row, cells[1], types, confidential, lat, lon))
    book.save(HERE / file)
    _write_labels(name, file, labels)


# --- es_mapeo_arauca.csv ----------------------------------------------------------------------------
# (entity, sector, services as typed, municipality, GPS point as typed, mobile, remarks)
ARAUCA = [
    (("Fundación Creciendo Juntos", "Protección de la niñez", "Servicios de protección a la niñez", "Arauca",
      "7,0847; -70,7591", "3201110001", ""),
     ["case_management"], False, (7.0847, -70.7591)),
    (("Fundación Creciendo Juntos", "Protección de la niñez",
      "Espacio amigable con actividades lúdicas + apoyo psicosocial grupal", "Arauca", "7,0861; -70,7560",
      "3201110001", ""),
     ["child_friendly_space", "mhpss"], False, (7.0861, -70.7560)),
    (("Casa de la Mujer Araucana", "VBG", "Atención VBG", "Arauca", "7,0870; -70,7620", "3201110002", ""),
     ["case_management"], False, (7.0870, -70.7620)),
    (("Casa de la Mujer Araucana", "VBG", "Casa de acogida para mujeres y niñas en riesgo",
      "Arauca", "", "3201110002", "dirección no divulgada"),
     ["safe_shelter"], True, None),
    (("Hospital San Vicente", "Salud", "Urgencias, atención a víctimas de violencia sexual, anticoncepción de emergencia",
      "Arauca", "7,0790; -70,7490", "6078857000", ""),
     ["health"], False, (7.0790, -70.7490)),
    (("Secretaría de Educación", "Educación", "Modelos educativos flexibles y aulas temporales", "Saravena",
      "6,9550; 71,8770", "3201110003", ""),
     ["education"], False, (6.9550, -71.8770)),
    (("Consultorio Jurídico Universidad", "Protección", "Asesoría legal gratuita y acompañamiento en denuncias",
      "Arauca", "7,0830; -70,7570", "3201110004", ""),
     ["legal_aid"], False, (7.0830, -70.7570)),
    (("Comité Comunitario de Protección", "Protección de la niñez",
      "Comité comunitario de protección y sensibilización a familias", "Tame", "6,4583; -71,7440",
      "3201110005", ""),
     ["community_based_protection"], False, (6.4583, -71.7440)),
    (("Fundación Manos Unidas", "Medios de vida", "Formación laboral y transferencias monetarias",
      "Saravena", "6,9530; -71,8800", "3201110006", ""),
     ["livelihoods"], False, (6.9530, -71.8800)),
    (("Unidad de Salud Mental", "Salud", "Consulta de psicología y psiquiatría", "Arauca", "7,0800; -70,7550",
      "3201110007", ""),
     ["mhpss"], False, (7.0800, -70.7550)),
]


def make_arauca() -> None:
    name, file = "es_mapeo_arauca", "es_mapeo_arauca.csv"
    header = ["Entidad", "Sector", "Detalle de la atención", "Municipio", "Punto GPS", "Celular", "Observaciones"]
    labels = []
    with open(HERE / file, "w", encoding="utf-8-sig", newline="") as f:
        writer = csv.writer(f, delimiter=";")
        writer.writerow(header)
        for n, (cells, types, confidential, point) in enumerate(ARAUCA, start=2):
            writer.writerow(cells)
            lat, lon = point or (None, None)
            labels.append(_label(name, n, cells[2], types, confidential, lat, lon))
    _write_labels(name, file, labels)


# --- ar_daleel_mafraq.xlsx --------------------------------------------------------------------------
# (organisation, sector, services as typed, governorate, area, coordinates as typed, phone, remarks)
MAFRAQ = [
    (("جمعية نور الحسين", "حماية الطفل", "إدارة الحالات للأطفال المعرضين للخطر وجلسات الدعم النفسي الاجتماعي",
      "المفرق", "المفرق", "٣٢٫٣٤٢٥، ٣٦٫٢٠٨٠", "0791110001", ""),
     ["case_management", "mhpss"], False, (32.3425, 36.2080)),
    (("اتحاد المرأة", "العنف القائم على النوع الاجتماعي", "دار إيواء للنساء الناجيات من العنف (الموقع سري)",
      "عمان", "عمان", "", "0791110002", "الإحالة عبر إدارة الحالة فقط"),
     ["safe_shelter"], True, None),
    (("مركز العدل للمساعدة القانونية", "الحماية",
      "استشارات قانونية وتمثيل أمام المحاكم، والمساعدة في استخراج الأوراق الثبوتية", "إربد", "إربد",
      "٣٢٫٥٥٥٦؛ ٣٥٫٨٥٠٠", "0791110003", ""),
     ["legal_aid", "birth_registration"], False, (32.5556, 35.8500)),
    (("محكمة الأحداث", "الحماية", "النظر في قضايا الأطفال في نزاع مع القانون", "عمان", "عمان",
      "٣١٫٩٥٥٢ ٬ ٣٥٫٩٤٥٠", "0791110004", ""),
     ["justice"], False, (31.9552, 35.9450)),
    (("مؤسسة إنقاذ الطفل", "التعليم", "صفوف تعليمية مسائية ودروس تقوية للأطفال المتسربين من المدارس", "المفرق",
      "الزعتري", "٣٢٫٢٩٤٠، ٣٦٫٣٢٣٠", "0791110005", ""),
     ["education"], False, (32.2940, 36.3230)),
    (("هيئة الإغاثة", "حماية الطفل", "مساحات صديقة للأطفال وأنشطة ترفيهية ونوادي لليافعين", "المفرق", "الزعتري",
      "٣٢٫٢٩٦٠، ٣٦٫٣٢٥٠", "0791110006", ""),
     ["child_friendly_space", "community_based_protection"], False, (32.2960, 36.3250)),
    (("صندوق الأمم المتحدة للسكان", "العنف القائم على النوع الاجتماعي",
      "مساحة آمنة للنساء والفتيات: جلسات توعية وتدريب على الخياطة", "المفرق", "الزعتري",
      "٣٦٫٣٢١٠، ٣٢٫٢٩٢٠", "0791110007", ""),
     ["community_based_protection", "livelihoods"], False, (32.2920, 36.3210)),
    (("الخط الساخن لحماية الأسرة", "الحماية", "خط ساخن مجاني على مدار الساعة", "عمان", "", "", "110", ""),
     ["helpline"], False, None),
    (("مستشفى المفرق الحكومي", "الصحة", "الرعاية الطبية للناجيات من العنف الجنسي خلال ٧٢ ساعة", "المفرق",
      "المفرق", "٣٢٫٣٤١٠، ٣٦٫٢٠٢٠", "0791110008", ""),
     ["health"], False, (32.3410, 36.2020)),
    (("إدارة حماية الأسرة والأحداث", "الحماية", "استقبال الشكاوى والتحقيق في قضايا العنف الأسري", "إربد", "إربد",
      "٣٢٫٥٥٠٠، ٣٥٫٨٤٧٠", "0791110009", ""),
     ["police"], False, (32.5500, 35.8470)),
    (("اللجنة الدولية للصليب الأحمر", "الحماية", "إعادة الروابط العائلية والبحث عن المفقودين", "عمان", "عمان",
      "", "0791110010", ""),
     ["family_tracing"], False, None),
    (("جمعية الأمل", "حماية الطفل", "خدمات حماية الطفل", "إربد", "الرمثا", "٣٢٫٥٥٩٠، ٣٦٫٠١٢٠", "0791110011", ""),
     ["case_management"], False, (32.5590, 36.0120)),
    (("مركز التدريب المهني", "سبل العيش", "تدريب مهني ومنح نقدية صغيرة للنساء", "المفرق", "المفرق",
      "٣٢٫٣٤٣٠، ٣٦٫٢١٠٠", "0791110012", ""),
     ["livelihoods"], False, (32.3430, 36.2100)),
    (("جمعية ذوي الإعاقة", "الحماية", "علاج طبيعي وأجهزة مساعدة للأطفال ذوي الإعاقة", "إربد", "إربد",
      "٣٢٫٥٥٢٠، ٣٥٫٨٥٢٠", "0791110013", ""),
     ["disability_support"], False, (32.5520, 35.8520)),
]


def make_mafraq() -> None:
    name, file = "ar_daleel_mafraq", "ar_daleel_mafraq.xlsx"
    book = Workbook()
    sheet = book.active
    sheet.title = SHEET
    sheet.sheet_view.rightToLeft = True
    sheet["A1"] = "دليل خدمات الحماية - محافظات الشمال"
    sheet["A1"].font = Font(bold=True, size=14)
    sheet.append(["اسم الجهة", "القطاع", "الخدمات المتوفرة", "المحافظة", "المنطقة", "الإحداثيات", "رقم التواصل",
                  "ملاحظات"])
    labels = []
    for cells, types, confidential, point in MAFRAQ:
        sheet.append(list(cells))
        lat, lon = point or (None, None)
        labels.append(_label(SHEET, sheet.max_row, cells[2], types, confidential, lat, lon))
    book.save(HERE / file)
    _write_labels(name, file, labels)


# --- en_4w_codes.xlsx -------------------------------------------------------------------------------
# (sector, sub-sector, activity as typed, organisation, district, upazila, camp, GPS cell as typed,
#  focal point, phone)
CODES = [
    (("Protection", "GBV", "GBV-01 Case management, PFA & safety planning; IPV and CEFM survivors", "BRAC",
      "Cox's Bazar", "Ukhia", "Camp 3", "21.2061;92.1482", "Nasrin Akter", "01711200001"),
     ["case_management", "mhpss"], False, (21.2061, 92.1482)),
    (("Protection", "GBV", "GBV-03 WGSS: PSS groups, life skills & tailoring", "BRAC", "Cox's Bazar", "Ukhia",
      "Camp 3", "21.2070;92.1490", "Nasrin Akter", "01711200001"),
     ["community_based_protection", "mhpss", "livelihoods"], False, (21.2070, 92.1490)),
    (("Protection", "Child Protection", "CP-04 CFS + adolescent clubs", "Save the Children", "Cox's Bazar", "Ukhia",
      "Camp 5", "21.2105;92.1550", "Karim Uddin", "01711200002"),
     ["child_friendly_space", "community_based_protection"], False, (21.2105, 92.1550)),
    (("Protection", "Child Protection", "CP-05 Mobile CFS (MCFS) with structured PSS sessions",
      "Save the Children", "Cox's Bazar", "Teknaf", "Camp 24", "20.9583;92.2531", "Karim Uddin", "01711200002"),
     ["child_friendly_space", "mhpss"], False, (20.9583, 92.2531)),
    (("Protection", "Child Protection", "CP services", "Mukti", "Cox's Bazar", "Ukhia", "Camp 9",
      "21.1925;92.1523", "Rahim Mia", "01711200003"),
     ["case_management"], False, (21.1925, 92.1523)),
    (("Protection", "GBV", "GBV services", "Mukti", "Cox's Bazar", "Ukhia", "Camp 9", "21.1930;92.1530",
      "Rahim Mia", "01711200003"),
     ["case_management"], False, (21.1930, 92.1530)),
    (("Protection", "Protection", "Protection services", "DRC", "Cox's Bazar", "Teknaf", "Camp 26",
      "20.9971;92.2226", "Salma Khatun", "01711200004"),
     ["case_management"], False, (20.9971, 92.2226)),
    (("Protection", "GBV", "GBV-06 Safe shelter for survivors and their children", "Women's Refuge Trust",
      "Cox's Bazar", "Cox's Bazar Sadar", "", "", "Shelter manager", "01711200005"),
     ["safe_shelter"], True, None),
    (("Protection", "General Protection", "PRT-03 Legal counselling & civil documentation (birth certificates)",
      "Ain O Nyay", "Cox's Bazar", "Cox's Bazar Sadar", "", "21.4272;91.9770", "Adv. Rina Das", "01711200006"),
     ["legal_aid", "birth_registration"], False, (21.4272, 91.9770)),
    (("Protection", "Child Protection", "CP-07 FTR and interim care for UASC", "ICRC / BDRCS", "Cox's Bazar",
      "Ukhia", "Camp 4", "21.2000;92.1600", "Tracing officer", "01711200007"),
     ["family_tracing", "alternative_care"], False, (21.2000, 92.1600)),
    (("Protection", "GBV", "GBV-05 Dignity kit distribution", "UNFPA", "Cox's Bazar", "Ukhia", "Camp 3",
      "21.2065;92.1574", "Rupa Barua", "01711200008"),
     [], False, (21.2065, 92.1574)),
    (("Education", "Education", "EDU-02 Learning centres and non-formal education (Level 1-3)", "UNICEF / CODEC",
      "Cox's Bazar", "Teknaf", "Camp 25", "20.9800;92.2400", "Education officer", "01711200009"),
     ["education"], False, (20.9800, 92.2400)),
    (("Health", "SRH", "HLT-01 CMR, PEP and emergency contraception at PHC", "MSF", "Cox's Bazar", "Ukhia",
      "Camp 12", "21.1643;92.1633", "Dr. Anika", "01711200010"),
     ["health"], False, (21.1643, 92.1633)),
    (("Protection", "Child Protection", "CP-09 Juvenile cases heard by the children's court",
      "District and Sessions Judge Court", "Cox's Bazar", "Cox's Bazar Sadar", "", "21.4300;91.9800",
      "Bench clerk", "01711200011"),
     ["justice"], False, (21.4300, 91.9800)),
]


def make_codes() -> None:
    name, file = "en_4w_codes", "en_4w_codes.xlsx"
    book = Workbook()
    sheet = book.active
    sheet.title = "4W Q2"
    sheet.append(["Sector", "Sub-sector", "Activity", "Implementing partner", "District", "Upazila", "Camp",
                  "GPS (lat;long)", "Focal point", "Contact no."])
    labels = []
    for cells, types, confidential, point in CODES:
        sheet.append(list(cells))
        lat, lon = point or (None, None)
        labels.append(_label("4W Q2", sheet.max_row, cells[2], types, confidential, lat, lon))
    book.save(HERE / file)
    _write_labels(name, file, labels)


def main() -> None:
    make_rutas()
    make_arauca()
    make_mafraq()
    make_codes()


if __name__ == "__main__":
    main()
