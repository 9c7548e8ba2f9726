"""Which column holds what: HXL hashtags first, then header words in six languages, then fuzzy.

Each column gets a :class:`ColumnMap` with a confidence the user sees in the wizard and
can override. Columns nothing recognises are kept as extra fields under their header.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from rapidfuzz import fuzz, process, utils

from importers.values import match_key

#: Field -> what the user sees in the mapping step.
FIELDS = {
    "id": "Record ID", "organisation": "Organisation", "service": "Service name", "types": "Service type(s)",
    "description": "Description", "adm1": "Admin 1 name", "adm2": "Admin 2 name", "adm3": "Admin 3 name",
    "adm4": "Admin 4 name", "adm1_code": "Admin 1 P-code", "adm2_code": "Admin 2 P-code",
    "adm3_code": "Admin 3 P-code", "adm4_code": "Admin 4 P-code", "site": "Site / facility", "address": "Address",
    "latitude": "Latitude", "longitude": "Longitude", "coordinates": "Coordinates (lat, lon)",
    "focal": "Focal person", "phone": "Phone", "email": "E-mail", "hours": "Opening hours", "ages": "Ages",
    "gender": "Gender", "languages": "Languages", "cost": "Cost", "accessibility": "Accessibility",
    "intake": "Intake criteria", "referral": "Referral method", "response": "Response time",
    "feedback": "Feedback channel", "confidential": "Confidential", "capacity": "Capacity", "status": "Status",
    "verified": "Last verified", "extra": "Keep as extra field", "ignore": "Ignore",
}

#: Header words by field, in English, French, Spanish, Portuguese, Arabic and Bengali.
SYNONYMS = {
    "id": ["id", "record id", "service id", "meta id", "identifiant", "identificador", "uuid"],
    "organisation": ["organisation", "organization", "agency", "name of agency", "partner", "implementing partner",
                     "organisation name", "organization name", "org", "ngo", "organisme", "partenaire",
                     "organización", "organizacion", "socio", "agencia", "organização", "organizacao", "parceiro",
                     "المنظمة", "منظمة", "الجهة", "الشريك", "সংস্থা", "সংস্থার নাম", "প্রতিষ্ঠান"],
    "service": ["service name", "service", "name of service", "programme", "program", "activity", "activity name",
                "nom du service", "service offert", "activité", "nombre del servicio", "servicio", "actividad",
                "nome do serviço", "serviço", "atividade", "الخدمة", "اسم الخدمة", "النشاط", "সেবা", "সেবার নাম",
                "কার্যক্রম"],
    "types": ["service type", "service types", "service type s", "type of service", "sector", "sub sector",
              "category", "type de service", "secteur", "tipo de servicio", "sector de servicio", "tipo de serviço",
              "setor", "نوع الخدمة", "القطاع", "সেবার ধরন", "খাত"],
    "description": ["description", "details", "remarks", "descripción", "descripcion", "descrição", "الوصف", "বিবরণ"],
    "adm1": ["division", "region", "province", "state", "governorate", "admin 1", "adm1", "adm1 name", "région",
             "departamento", "provincia", "estado", "المحافظة", "الإقليم", "বিভাগ"],
    "adm2": ["district", "zila", "zilla", "county", "admin 2", "adm2", "adm2 name", "département", "distrito",
             "municipio", "município", "المديرية", "القضاء", "জেলা"],
    "adm3": ["upazila", "sub district", "subdistrict", "commune", "admin 3", "adm3", "adm3 name", "localidad",
             "الناحية", "উপজেলা"],
    "adm4": ["union", "ward", "village", "admin 4", "adm4", "adm4 name", "quartier", "barrio", "aldea", "القرية",
             "ইউনিয়ন", "ওয়ার্ড"],
    "adm1_code": ["adm1 pcode", "admin 1 pcode", "adm1 code", "division pcode", "region pcode"],
    "adm2_code": ["adm2 pcode", "admin 2 pcode", "adm2 code", "district pcode"],
    "adm3_code": ["adm3 pcode", "admin 3 pcode", "adm3 code", "upazila pcode"],
    "adm4_code": ["adm4 pcode", "admin 4 pcode", "adm4 code", "union pcode"],
    "site": ["site", "site facility", "facility", "facility name", "location name", "location", "site name", "lieu",
             "site de service", "sitio", "lugar", "local", "instalación", "الموقع", "المرفق", "স্থান", "কেন্দ্র"],
    "address": ["address", "adresse", "dirección", "direccion", "endereço", "endereco", "العنوان", "ঠিকানা"],
    "latitude": ["latitude", "lat", "gps latitude", "y", "latitud", "خط العرض", "অক্ষাংশ"],
    "longitude": ["longitude", "lon", "long", "lng", "gps longitude", "x", "longitud", "خط الطول", "দ্রাঘিমাংশ"],
    "coordinates": ["coordinates", "gps", "gps coordinates", "lat long", "lat lon", "geopoint", "coordonnées",
                    "coordenadas", "الإحداثيات", "স্থানাঙ্ক"],
    "focal": ["focal person", "focal point", "contact person", "contact name", "point focal", "personne contact",
              "punto focal", "persona de contacto", "ponto focal", "جهة الاتصال", "الشخص المسؤول", "যোগাযোগ ব্যক্তি"],
    "phone": ["phone", "phone number", "telephone", "tel", "mobile", "contact number", "hotline", "téléphone",
              "teléfono", "telefono", "telefone", "celular", "الهاتف", "رقم الهاتف", "ফোন", "মোবাইল", "ফোন নম্বর"],
    "email": ["email", "e mail", "email address", "courriel", "correo", "correo electrónico", "البريد الإلكتروني",
              "ইমেইল"],
    "hours": ["opening hours", "hours", "working hours", "schedule", "days and hours", "horaires", "horario",
              "horário", "ساعات العمل", "সময়সূচি", "খোলার সময়"],
    "ages": ["age group", "ages", "age", "age range", "target age", "âge", "tranche d âge", "edad", "idade",
             "الفئة العمرية", "العمر", "বয়স"],
    "gender": ["gender", "sex", "target gender", "sexe", "genre", "sexo", "género", "gênero", "الجنس", "লিঙ্গ"],
    "languages": ["languages", "language", "languages spoken", "langues", "langue", "idiomas", "idioma", "línguas",
                  "اللغات", "اللغة", "ভাষা"],
    "cost": ["cost", "fees", "fee", "price", "coût", "gratuit", "costo", "custo", "التكلفة", "খরচ"],
    "accessibility": ["accessibility", "disability access", "accessibilité", "accesibilidad", "acessibilidade",
                      "إمكانية الوصول", "প্রবেশযোগ্যতা"],
    "intake": ["intake criteria", "eligibility", "intake", "critères d admission", "criterios de admisión",
               "معايير القبول", "যোগ্যতা"],
    "referral": ["referral method", "how to refer", "referral", "référencement", "referencia", "encaminhamento",
                 "الإحالة", "রেফারেল"],
    "response": ["response time", "expected response time", "délai de réponse", "tiempo de respuesta",
                 "وقت الاستجابة"],
    "feedback": ["feedback complaints", "feedback", "complaints", "plaintes", "quejas", "الشكاوى"],
    "confidential": ["confidential", "confidential y n", "confidentiel", "confidencial", "سري", "গোপনীয়"],
    "capacity": ["capacity", "capacité", "capacidad", "capacidade", "السعة", "ধারণক্ষমতা"],
    "status": ["status", "statut", "estado del servicio", "situação", "الحالة", "অবস্থা"],
    "verified": ["last verified", "verified on", "date verified", "last updated", "date updated", "date reported",
                 "date", "mise à jour", "fecha", "fecha de actualización", "data", "التاريخ", "তারিখ"],
}
_EXACT = {match_key(s): f for f, words in SYNONYMS.items() for s in words}
_CHOICES = list(_EXACT)
FUZZY_CUTOFF = 86

#: HXL hashtag (with attributes) -> field; the longest match of attributes wins.
_HXL = [
    ("#meta", {"id"}, "id"), ("#org", set(), "organisation"), ("#sector", set(), "types"),
    ("#service", {"type"}, "types"), ("#service", set(), "service"), ("#activity", {"type"}, "types"),
    ("#activity", set(), "service"), ("#loc", {"address"}, "address"), ("#loc", set(), "site"),
    ("#geo", {"lat"}, "latitude"), ("#geo", {"lon"}, "longitude"), ("#geo", {"coord"}, "coordinates"),
    ("#contact", {"phone"}, "phone"), ("#contact", {"email"}, "email"), ("#contact", set(), "focal"),
    ("#date", set(), "verified"), ("#status", set(), "status"), ("#description", set(), "description"),
    *[(f"#adm{n}", {"code"}, f"adm{n}_code") for n in (1, 2, 3, 4)],
    *[(f"#adm{n}", set(), f"adm{n}") for n in (1, 2, 3, 4)],
]


@dataclass(frozen=True)
class ColumnMap:
    """What one column holds, how sure ServiceMap is (0–1) and how it decided."""

    column: int
    header: str
    hxl: str
    field: str
    confidence: float
    how: str  # hxl, header, fuzzy, profile, user, unknown

    @property
    def label(self) -> str:
        return FIELDS.get(self.field, self.field)


def hxl_field(tag: str) -> str | None:
    """The field an HXL hashtag names (``#geo+lat`` -> latitude), or None."""
    parts = tag.strip().lower().replace(" ", "").split("+")
    base, attrs = parts[0], set(parts[1:])
    for hx, need, name in _HXL:
        if base == hx and need <= attrs:
            return name
    return None


def header_field(header: str) -> tuple[str | None, float, str]:
    """The field a header names, its confidence and how it was found."""
    key = match_key(re.sub(r"^.*/", "", header))  # KoBo group prefixes: "contact_group/phone"
    if not key:
        return None, 0.0, "unknown"
    if key == "id" and header.strip().startswith("_"):
        return "id", 0.9, "header"  # KoBo's row number "_id"; its "_uuid" is the stable one
    if key in _EXACT:
        return _EXACT[key], 1.0 if "/" not in header else 0.95, "header"
    stripped = re.sub(r"^(?:q\d+[a-z]?|\d+(?:\.\d+)*)\s+", "", key)  # "q3 organisation", "2.1 phone"
    if stripped in _EXACT:
        return _EXACT[stripped], 0.95, "header"
    if len(key) < 4:
        return None, 0.0, "unknown"
    best = process.extractOne(key, _CHOICES, scorer=fuzz.ratio, processor=utils.default_process,
                              score_cutoff=FUZZY_CUTOFF)
    if best is None:
        best = process.extractOne(key, _CHOICES, scorer=fuzz.token_set_ratio, processor=utils.default_process,
                                  score_cutoff=95)
        if best is None or len(best[0]) < 5:
            return None, 0.0, "unknown"
        return _EXACT[best[0]], round(0.7 * best[1] / 100, 2), "fuzzy"
    return _EXACT[best[0]], round(best[1] / 100 * 0.9, 2), "fuzzy"


def map_columns(headers: list[str], tags: list[str] | None = None) -> list[ColumnMap]:
    """Map every column; where two claim one field, the surer keeps it and the other becomes extra."""
    tags = tags or [""] * len(headers)
    out: list[ColumnMap] = []
    for col, (header, tag) in enumerate(zip(headers, tags)):
        field, conf, how = None, 0.0, "unknown"
        if tag and not tag.lower().startswith("#x_"):
            field = hxl_field(tag)
            conf, how = (1.0, "hxl") if field else (0.0, "unknown")
        if field is None and header:
            field, conf, how = header_field(header)
        if field is None and tag.lower().startswith("#x_"):
            field, conf, how = header_field(tag[3:].replace("_", " "))
        out.append(ColumnMap(col, header, tag, field or ("extra" if header or tag else "ignore"), conf, how))
    return resolve_conflicts(out)


def resolve_conflicts(mapping: list[ColumnMap]) -> list[ColumnMap]:
    best: dict[str, ColumnMap] = {}
    for m in mapping:
        if m.field in ("extra", "ignore"):
            continue
        if m.field not in best or m.confidence > best[m.field].confidence:
            best[m.field] = m
    keep = {id(m) for m in best.values()}
    return [m if m.field in ("extra", "ignore") or id(m) in keep else replace(m, field="extra", confidence=0.0,
                                                                             how="unknown") for m in mapping]


def override(mapping: list[ColumnMap], column: int, field: str) -> list[ColumnMap]:
    """The mapping with the user's choice for one column (which takes that field from any other)."""
    if field not in FIELDS:
        raise ValueError(f"unknown field {field!r}")
    out = []
    for m in mapping:
        if m.column == column:
            out.append(replace(m, field=field, confidence=1.0, how="user"))
        elif m.field == field and field not in ("extra", "ignore"):
            out.append(replace(m, field="extra", confidence=0.0, how="unknown"))
        else:
            out.append(m)
    return out


def columns_of(mapping: list[ColumnMap]) -> dict[str, int]:
    return {m.field: m.column for m in mapping if m.field not in ("extra", "ignore")}


def score(mapping: list[ColumnMap]) -> int:
    """How much of a service table this header row holds (fields found)."""
    return len(columns_of(mapping))


def looks_like_services(mapping: list[ColumnMap]) -> bool:
    found = columns_of(mapping)
    return "organisation" in found and ("service" in found or "types" in found) and len(found) >= 3
