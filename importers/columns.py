"""Which column holds what: HXL hashtags first, then header words in six languages, then fuzzy.

Each column gets a :class:`ColumnMap` with a confidence the user sees in the wizard and
can override. Columns nothing recognises are kept as extra fields under their header.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, replace

from rapidfuzz import fuzz, process, utils

from directory.synonyms import normalise
from importers.values import match_key

#: Field -> what the user sees in the mapping step.
FIELDS = {
    "id": "Record ID", "organisation": "Organisation", "organisation_other": "Organisation (other, specify)",
    "lead_organisation": "Lead / funding organisation",
    "service": "Service name", "types": "Service type(s)", "types_other": "Service type (other, specify)",
    "sector": "Sector", "sub_sector": "Sub-sector", "activity": "Activity",
    "description": "Description", "remarks": "Remarks", "adm1": "Admin 1 name", "adm2": "Admin 2 name",
    "adm3": "Admin 3 name", "adm4": "Admin 4 name", "adm1_code": "Admin 1 P-code", "adm2_code": "Admin 2 P-code",
    "adm3_code": "Admin 3 P-code", "adm4_code": "Admin 4 P-code", "site": "Site / facility",
    "location": "Location / camp", "block": "Block / zone", "address": "Address",
    "latitude": "Latitude", "longitude": "Longitude", "coordinates": "Coordinates (lat, lon)",
    "focal": "Focal person", "phone": "Phone", "phone_more": "More phone numbers", "email": "E-mail",
    "email_more": "More e-mail addresses", "hours": "Opening hours", "ages": "Ages",
    "gender": "Gender", "target": "Target group", "languages": "Languages", "cost": "Cost",
    "accessibility": "Accessibility", "intake": "Intake criteria", "referral": "Referral method",
    "response": "Response time", "feedback": "Feedback channel", "confidential": "Confidential",
    "location_public": "Location may be shared (yes/no)",
    "capacity": "Capacity", "status": "Status", "verified": "Last verified", "extra": "Keep as extra field",
    "ignore": "Ignore",
}

#: Header words by field, in English, French, Spanish, Portuguese, Arabic and Bengali; the commonest in Bahasa
#: Indonesia, Turkish and Urdu.
SYNONYMS = {
    "id": ["id", "record id", "service id", "meta id", "identifiant", "identificador", "uuid"],
    "organisation": ["nombre org", "nome org", "instituição", "órgão", "órgão instituição", "órgão responsável", "nama lembaga", "lembaga", "nama organisasi", "organisasi", "instansi", "nama instansi", "kurum", "kuruluş", "kurum adı", "kuruluş adı", "kurum kuruluş", "run by", "operated by", "managed by", "ادارہ", "تنظیم", "nom org", "nom organisation", "nom de l'organisation", "nom structure", "nome da organização", "nome da organizacao", "parceiro de implementação", "parceiro implementador", "organização implementadora", "entidade", "lead organisation", "lead organization", "lead agency", "reporting organisation",
                     "reporting organization", "appealing organisation", "appealing organization", "funding agency",
                     "donor", "organisation", "organization", "agency", "name of agency", "partner", "implementing partner",
                     "organisation name", "organization name", "org", "org name", "ngo", "partner name",
                     "implementing agency", "structure", "structure name", "nom de la structure", "acteur",
                     "institution", "institution name", "entity", "institución", "entidad", "entidad prestadora",
                     "implementing organisation", "implementing organization", "service provider", "provider",
                     "organisme",
                     "partenaire", "organisation partenaire", "agence", "partenaire de mise en œuvre",
                     "organización", "organizacion", "socio", "agencia", "socio implementador",
                     "organización implementadora", "organização", "organizacao", "parceiro", "المنظمة", "منظمة",
                     "الجهة", "الشريك", "الجهة المنفذة", "الشريك المنفذ", "المؤسسة", "اسم المؤسسة", "مؤسسة",
                     "الجمعية", "اسم الجمعية", "اسم المنظمة", "اسم الجهة", "সংস্থা", "সংস্থার নাম", "প্রতিষ্ঠান",
                     "বাস্তবায়নকারী সংস্থা"],
    "service": ["nombre del punto de atención o programa", "nombre del punto de atención", "nombre del programa",
                "nombre del servicio o programa", "nom du programme", "name of programme", "programme name",
                "nama layanan", "hizmet", "hizmet adı", "hizmetler", "verilen hizmetler", "service name", "service", "name of service", "service details", "programme", "program", "nom du service",
                "service offert", "nombre del servicio", "servicio", "nome do serviço", "serviço", "الخدمة",
                "اسم الخدمة", "সেবা", "সেবার নাম"],
    "types_other": ["otros servicios", "other services", "autres services", "autres services préciser",
                    "outros serviços", "other services offered", "otros servicios que ofrece"],
    "activity": ["activity", "activity name", "activities", "activity description", "main activity", "activité",
                 "activités", "actividad", "actividades", "atividade", "atividades", "النشاط", "الأنشطة",
                 "কার্যক্রম", "কার্যক্রমসমূহ"],
    "types": ["activity type", "activity types", "type of activity", "type of activities", "type d'activité",
              "type d'activités", "tipo de actividad", "tipo de atividade", "نوع النشاط", "tipo de atendimento", "tipo de serviço", "tipos de atendimento", "jenis layanan", "hizmet türü", "hizmet turu", "hizmet tipi", "service type", "service types", "service type s", "type of service", "types of service",
              "type of services", "category", "service category", "services provided", "services offered",
              "service provided", "services", "what they offer", "what is offered", "offer", "services available",
              "type de service", "types de services", "services offerts", "prestations", "prestation",
              "offre de services", "services proposés",
              "services fournis", "catégorie", "tipo de servicio", "tipos de servicio", "servicios ofrecidos",
              "servicios prestados", "categoría", "tipo de serviço", "serviços prestados", "نوع الخدمة",
              "أنواع الخدمات", "الخدمات المقدمة", "সেবার ধরন", "সেবার ধরণ", "প্রদত্ত সেবা",
              "what services", "which services", "services delivered", "service offered", "servicios que ofrece",
              "servicios que ofrecen", "servicios que brinda", "servicios que brindan", "servicios que presta",
              "servicios disponibles", "servicios brindados", "oferta de servicios", "tipo de atención",
              "services disponibles", "serviços oferecidos", "serviços disponíveis", "الخدمات المتوفرة",
              "الخدمات المتاحة", "الخدمات المقدّمة", "প্রদত্ত সেবাসমূহ", "সেবাসমূহ", "সেবার তালিকা"],
    "sector": ["sector", "sectors", "cluster", "sector cluster", "cluster sector", "secteur", "secteurs", "setor",
               "القطاع", "القطاعات", "খাত", "সেক্টর"],
    "sub_sector": ["sub sector", "subsector", "sub sectors", "sub cluster", "area of responsibility", "aor",
                   "sous secteur", "sous cluster", "domaine de responsabilité", "subsector", "sub sector",
                   "área de responsabilidad", "subsetor", "القطاع الفرعي", "مجال المسؤولية", "উপখাত",
                   "সাব সেক্টর"],
    "description": ["deskripsi layanan", "deskripsi", "hizmet açıklaması", "açıklama", "what they do", "what it does", "descrição do serviço", "descricao do servico", "description", "details", "service description", "description of service",
                    "description of services", "what the service does", "descripción", "descripcion", "detalles",
                    "détails", "تفاصيل", "التفاصيل", "تفاصيل الخدمة", "বিস্তারিত",
                    "description du service", "descripción del servicio", "descrição", "الوصف", "وصف الخدمة",
                    "বিবরণ", "সেবার বিবরণ"],
    "remarks": ["obs", "obs.", "observações", "catatan", "keterangan", "notlar", "açıklamalar", "not", "comentários", "observação", "remarks", "notes", "note", "comments", "comment", "observations", "additional information",
                "service notes", "service remarks", "service comments",
                "other information", "remarques", "commentaires", "observaciones", "comentarios", "notas",
                "observações", "ملاحظات", "تعليقات", "মন্তব্য", "দ্রষ্টব্য", "anything else", "anything else we should know",
                "anything else to add", "additional comments", "any other comments", "other comments",
                "autre chose", "otros comentarios"],
    "adm1": ["provinsi", "il", "division", "region", "province", "state", "governorate", "préfecture", "admin 1", "adm1", "adm1 name", "région",
             "departamento", "provincia", "estado", "المحافظة", "الإقليم", "বিভাগ", "oblast", "область", "oblast name"],
    "adm2": ["kabupaten", "kabupaten kota", "ilçe", "district", "zila", "zilla", "county", "lga", "territory", "territoire", "admin 2", "adm2",
             "adm2 name", "département", "distrito",
             "municipio", "município", "municipality", "cercle", "sous-préfecture", "sous préfecture", "البلدية", "المديرية", "القضاء", "জেলা", "raion", "rayon", "район"],
    "adm3": ["kecamatan", "posto administrativo", "localidade", "upazila", "sub district", "subdistrict", "commune", "woreda", "payam", "admin 3", "adm3", "adm3 name", "localidad",
             "الناحية", "العزلة", "উপজেলা", "hromada", "громада", "територіальна громада", "township", "townships"],
    "adm4": ["desa", "kelurahan", "desa kelurahan", "mahalle", "köy", "bairro", "povoação", "aldeia", "union", "ward", "village", "barangay", "boma", "section communale", "admin 4", "adm4", "adm4 name", "quartier", "barrio", "aldea", "القرية",
             "ইউনিয়ন", "ওয়ার্ড"],
    "adm1_code": ["adm1 pcode", "admin 1 pcode", "adm1 code", "division pcode", "region pcode"],
    "adm2_code": ["adm2 pcode", "admin 2 pcode", "adm2 code", "district pcode"],
    "adm3_code": ["adm3 pcode", "admin 3 pcode", "adm3 code", "upazila pcode"],
    "adm4_code": ["adm4 pcode", "admin 4 pcode", "adm4 code", "union pcode"],
    "site": ["site", "site facility", "facility", "facility name", "site name", "service point", "service site",
             "health facility", "site de service", "formation sanitaire", "établissement", "sitio", "lugar",
             "local", "instalación", "establecimiento", "punto de atención", "nombre del punto", "المرفق", "اسم المرفق", "কেন্দ্র", "প্রতিষ্ঠানের নাম"],
    "location": ["location", "location name", "locality", "place", "camp", "camp name", "settlement",
                 "camp settlement", "camp site", "site camp", "camp number", "camp no", "idp site", "idp camp",
                 "lieu", "localité", "localisation", "site de déplacés", "camp ou site", "quartier village",
                 "ubicación", "localización", "campo", "campamento", "asentamiento", "localização", "الموقع",
                 "المكان", "المخيم", "اسم المخيم", "التجمع", "المنطقة", "الحي", "স্থান", "অবস্থান", "ক্যাম্প", "শিবির"],
    "block": ["block", "block number", "block no", "zone", "sub block", "bloc", "bloque", "sector del campamento",
              "البلوك", "المربع", "ব্লক"],
    "address": ["address", "physical address", "street address", "adresse", "dirección", "direccion", "endereço",
                "endereco", "العنوان", "ঠিকানা"],
    "latitude": ["latitude", "lat", "gps latitude", "y", "latitud", "خط العرض", "অক্ষাংশ"],
    "longitude": ["longitude", "lon", "long", "lng", "gps longitude", "x", "longitud", "خط الطول", "দ্রাঘিমাংশ"],
    "coordinates": ["coordinates", "gps", "gps coordinates", "lat long", "lat lon", "geopoint", "location gps",
                    "gps location", "geolocation", "coordonnées", "coordonnées gps", "coordenadas",
                    "coordenadas gps", "الإحداثيات", "إحداثيات", "স্থানাঙ্ক", "জিপিএস", "gps lat long", "gps point",
                    "punto gps", "ubicación gps", "georreferenciación", "georreferencia", "coordenadas geográficas",
                    "coordonnées géographiques", "point gps", "موقع gps", "الإحداثيات الجغرافية"],
    "focal": ["nama kontak", "narahubung", "yetkili", "irtibat kişisi", "sorumlu kişi", "pessoa de contacto", "pessoa responsável", "focal person", "focal point", "focal points", "focal point name", "name of focal point", "focal name",
              "focal person name", "contact person", "contact name", "responsible person", "person in charge",
              "point focal", "personne contact", "personne de contact", "personne ressource", "nom du contact",
              "punto focal", "persona de contacto", "persona responsable", "nombre del contacto", "ponto focal",
              "pessoa de contato", "جهة الاتصال", "الشخص المسؤول", "نقطة الاتصال", "ضابط الارتباط",
              "اسم المسؤول", "যোগাযোগ ব্যক্তি", "ফোকাল পার্সন", "দায়িত্বপ্রাপ্ত ব্যক্তি"],
    "phone": ["fone", "telefone fixo", "no telp", "no hp", "nomor telepon", "telepon", "no telepon", "telefon", "telefon no", "landline", "número de telefone", "telemóvel", "número de contato", "phone", "phone number", "phone numbers", "phone no", "telephone", "telephone number", "tel",
              "mobile", "mobile number", "mobile no", "cell", "cell phone", "contact number", "contact numbers",
              "contact no", "contact phone", "contact details", "contact information", "hotline", "whatsapp",
              "téléphone", "numéro de téléphone", "tél", "contact téléphonique", "numéro", "number", "teléfono",
              "telefono", "número de teléfono", "número de contacto", "teléfono de contacto", "móvil",
              "telefone", "celular", "الهاتف", "رقم الهاتف", "رقم الاتصال", "رقم التواصل", "الجوال", "هاتف",
              "ফোন", "মোবাইল", "ফোন নম্বর", "মোবাইল নম্বর", "যোগাযোগ নম্বর", "ফোন নং", "মোবাইল নং"],
    "email": ["correio eletrónico", "correio eletrônico", "email", "e mail", "email address", "courriel", "adresse e mail", "correo", "correo electrónico",
              "البريد الإلكتروني", "ইমেইল", "ই মেইল"],
    "hours": ["jam layanan", "jam operasional", "hari dan jam", "çalışma saatleri", "çalışma günleri", "office hours", "jours", "jours et heures", "jours heures", "jours ouvrables", "jours d'ouverture", "horário de funcionamento", "horário de atendimento", "opening hours", "hours", "working hours", "schedule", "days and hours", "opening days", "days open",
              "days time", "days times", "days and time", "days and times",
              "service hours", "available", "availability", "horaires", "heures d ouverture", "horario",
              "horario de atención", "horário",
              "ساعات العمل", "أوقات العمل", "أوقات الدوام", "সময়সূচি", "খোলার সময়"],
    "ages": ["faixa etária", "age group", "ages", "age", "age range", "target age", "âge", "tranche d âge", "edad", "rango de edad",
             "idade", "الفئة العمرية", "العمر", "বয়স", "বয়সসীমা"],
    "gender": ["gender", "sex", "target gender", "sexe", "genre", "sexo", "género", "gênero", "الجنس", "লিঙ্গ"],
    "target": ["sasaran", "sasaran layanan", "hedef grup", "yararlanıcılar", "população alvo", "beneficiários", "grupo alvo", "target group", "target groups", "target population", "target beneficiaries", "beneficiaries",
               "beneficiary group", "beneficiary type", "who can use it", "who is it for", "for whom",
               "population served", "eligible population", "groupe cible", "groupes cibles", "public cible",
               "population cible", "bénéficiaires", "grupo meta", "grupo objetivo", "población meta",
               "población objetivo", "beneficiarios", "público alvo", "الفئة المستهدفة", "الفئات المستهدفة",
               "المستفيدون", "লক্ষ্য জনগোষ্ঠী", "উপকারভোগী", "সুবিধাভোগী", "población atendida", "population servie",
               "الفئات المستفيدة"],
    "languages": ["languages", "language", "languages spoken", "langues", "langue", "idiomas", "idioma", "línguas",
                  "اللغات", "اللغة", "ভাষা"],
    "cost": ["cost", "fees", "fee", "price", "coût", "gratuit", "costo", "custo", "التكلفة", "খরচ"],
    "accessibility": ["accessibility", "disability access", "accessibilité", "accesibilidad", "acessibilidade",
                      "إمكانية الوصول", "প্রবেশযোগ্যতা"],
    "intake": ["critérios de elegibilidade", "critérios de admissão", "intake criteria", "eligibility", "intake", "critères d admission", "criterios de admisión",
               "معايير القبول", "যোগ্যতা"],
    "referral": ["referral method", "how to refer", "referral", "référencement", "referencia", "encaminhamento",
                 "الإحالة", "রেফারেল"],
    "response": ["tempo de resposta", "response time", "expected response time", "délai de réponse", "tiempo de respuesta",
                 "وقت الاستجابة"],
    "feedback": ["feedback complaints", "feedback", "complaints", "plaintes", "quejas", "الشكاوى"],
    "confidential": ["la ubicación es confidencial", "ubicación confidencial", "es confidencial",
                     "is the location confidential", "location confidential", "l emplacement est confidentiel",
                     "emplacement confidentiel", "a localização é confidencial", "localização confidencial",
                     "confidential", "confidential y n", "confidentiality", "confidentiel", "confidentialité",
                     "confidencial", "confidencialidad", "سري", "السرية", "গোপনীয়", "গোপনীয়তা"],
    "location_public": ["share location", "location shared", "location can be shared", "can the location be shared",
                        "may the location be shared", "location may be shared", "share location publicly",
                        "publish location", "location public", "public location", "show on map", "show location",
                        "partager la localisation", "localisation partageable", "localisation publique",
                        "publier la localisation", "compartir ubicación", "ubicación pública", "publicar ubicación",
                        "mostrar en el mapa", "مشاركة الموقع", "نشر الموقع", "الموقع علني", "অবস্থান শেয়ার",
                        "অবস্থান প্রকাশ"],
    "capacity": ["capacity", "capacité", "capacidad", "capacidade", "السعة", "ধারণক্ষমতা"],
    "status": ["estado actual del servicio", "estado actual", "état actuel du service", "état actuel", "current status",
               "current service status", "status layanan", "durum", "hizmet durumu", "statut service", "statut du service", "état du service", "etat du service", "status", "statut",
               "service status", "status of service", "status of the service", "estado do serviço", "estado del servicio", "situação", "الحالة", "অবস্থা", "is active", "active",
               "active y n", "active yes no", "is functional", "functional", "functional y n", "functional yes no",
               "operational", "currently operational", "fonctionnel", "activo", "funcional", "is the service operational",
               "is the service currently operational", "is the service currently active", "is the service functional",
               "is it operational", "is it currently operational", "el servicio esta activo",
               "el servicio esta activo actualmente", "esta activo", "esta activo actualmente", "esta funcionando",
               "el servicio esta funcionando", "le service est il actif", "le service est il fonctionnel",
               "est il fonctionnel", "o servico esta ativo", "o servico esta funcionando", "هل الخدمة فعالة",
               "هل الخدمة متاحة حاليا", "সেবাটি কি চালু আছে"],
    "verified": ["data da última atualização", "data da última actualização", "última atualização", "última actualização", "data de actualização", "last verified", "verified on", "date verified", "verification date", "last updated",
                 "last update", "updated", "updated on", "update date", "date of update", "date of last update",
                 "date updated", "date reported", "reporting date", "date of reporting", "as of", "date",
                 "mise à jour", "date de mise à jour", "dernière mise à jour", "mis à jour le", "fecha",
                 "fecha de actualización", "última actualización", "actualizado", "fecha de verificación", "data",
                 "data de atualização", "التاريخ", "تاريخ التحديث", "آخر تحديث", "তারিখ", "হালনাগাদের তারিখ",
                 "সর্বশেষ হালনাগাদ", "আপডেটের তারিখ"],
}
#: Header words of an organisation that leads or funds rather than delivers ("Lead organisation" beside
#: "Implementing partner"): the delivering one is the service's organisation, the lead one where none is named.
WEAKER = {"lead organisation", "lead organization", "lead agency", "reporting organisation", "reporting organization",
          "appealing organisation", "appealing organization", "funding agency", "donor"}
#: Header endings of a KoBo "other, specify" column beside a choice column ("org_name_other").
OTHER_SUFFIXES = (" other", " ot", " other specify", " specify", " autre", " otro")
#: Headers of a column that only numbers the rows ("No.", "#", "S/N", "ক্রমিক নং"): not an ID to match on.
ROW_NUMBER_HEADERS = {match_key(h) for h in (
    "", "no", "n", "nr", "nº", "num", "sl", "sn", "s n", "s no", "sl no", "sr", "sr no", "serial", "serial no",
    "serial number", "row", "numero", "número", "رقم", "الرقم", "م", "ক্রমিক", "ক্রমিক নং", "ক্রম", "নং")}
#: Headers of a contact person's position ("Cargo", "Designation"): words that never say what a service is.
POSITION_HEADERS = {match_key(h) for h in (
    "position", "title", "job title", "designation", "role", "cargo", "puesto", "poste", "fonction", "titre",
    "função", "المسمى الوظيفي", "الوظيفة", "المنصب", "পদবী", "পদবি", "পদ")}
#: Headers of a person's name, which on a sheet of contacts beside their position say nothing of a service.
PERSON_HEADERS = {match_key(h) for h in (
    "name", "full name", "nom", "nom et prénom", "nom complet", "nombre", "nombre completo", "nome", "nome completo",
    "contact name", "الاسم", "الاسم الكامل", "নাম")}
_EXACT = {match_key(s): f for f, words in SYNONYMS.items() for s in words}
#: The columns KoBoToolbox adds to every export about the submission, not the service ("_status" is
#: "submitted_via_web", not whether the service is open): left out. Its "_uuid" and "_gps_…" are read.
KOBO_SUBMISSION = {match_key(h) for h in (
    "_status", "_submission_time", "_submitted_by", "_validation_status", "_notes", "_tags", "_index",
    "__version__", "_version_", "_attachments", "_geolocation", "_xform_id_string", "_parent_index",
    "_parent_table_name", "_submission__uuid", "_duration", "_media_count", "_media_all_received", "_total_media")}


def _keys(*words: str) -> frozenset[str]:
    return frozenset(normalise(w) for w in words)


#: Words that say what a header is about wherever they stand in it ("Servicios que brinda",
#: "What services are available here?", "Punto GPS"). When a header names both the services and the
#: organisation, its head word decides: the first ("Servicios que ofrece la organización",
#: "Organisation providing the services"), or the last in Bengali, whose heads come last.
_SERVICES = _keys("services", "service", "servicios", "servicio", "serviços", "serviço", "prestations", "الخدمات",
                  "خدمات", "الخدمة", "خدمة", "সেবা", "সেবাসমূহ", "সেবাগুলো")
_OFFERED = _keys("what", "which", "offered", "offer", "offers", "offering", "provided", "provide", "provides",
                 "available", "delivered", "quels", "quelles", "offerts", "offertes", "offert", "offre", "offrons",
                 "fournis", "fournit", "proposés", "disponibles", "qué", "cuáles", "ofrece", "ofrecen", "ofrecidos",
                 "ofrecemos", "brinda", "brindan", "brindados", "presta", "prestan", "prestados", "oferecidos",
                 "oferece", "ما", "المقدمة", "المتوفرة", "المتاحة", "يقدمها", "تقدمها", "المقدّمة", "কী", "কি",
                 "প্রদত্ত", "প্রদান", "দেওয়া", "দেয়া")
_WHO = _keys("organisation", "organization", "organización", "organisme", "organismo", "entidad", "institución",
             "agency", "agence", "agencia", "partner", "partenaire", "socio", "structure", "provider", "proveedor",
             "prestador", "fournisseur", "ngo", "ong", "المنظمة", "الجهة", "الشريك", "المؤسسة", "الجمعية", "সংস্থা",
             "সংস্থার", "প্রতিষ্ঠান")
#: A header naming codes of activities or services ("Activity Code(s)", "Code activité", "Código de servicio"), not
#: a code alone (a P-code, an ID).
_ACTIVITY_CODES = re.compile(r"\b(?:activit\w*|actividad\w*|atividade\w*|services?|servicios?|serviços?)(?: type)? c[oó]d(?:e|es|igo|igos)\b"
                             r"|\bc[oó]d(?:e|es|igo|igos)(?: d[eao]l?| du| des)?(?: l)? (?:activit\w*|actividad\w*|atividade\w*|"
                             r"services?|servicios?|serviços?)\b")
_KIND = _keys("type", "types", "kind", "category", "tipo", "catégorie", "categoría", "نوع", "ধরন", "ধরণ")
_GPS = _keys("gps", "coordinates", "coordinate", "coordenadas", "coordonnées", "geopoint", "georreferencia",
             "georreferenciación", "georeferencing", "geolocalización", "geolocation", "geolocalisation", "الإحداثيات",
             "إحداثيات", "জিপিএস", "স্থানাঙ্ক")
_PHONE_WORDS = _keys("phone", "telephone", "tel", "mobile", "cell", "téléphone", "teléfono", "telefone", "celular", "هاتف",
                     "الهاتف", "ফোন")
_EMAIL_WORDS = _keys("email", "e-mail", "mail", "courriel", "correo", "البريد الإلكتروني", "ইমেইল")
_LAT, _LON = _keys("lat", "latitude", "latitud"), _keys("lon", "long", "lng", "longitude", "longitud")


_SOCIO_PREFIX = re.compile(r"\bs[oó]cio-(?=\w)", re.IGNORECASE)


def _field_of_words(header: str) -> str | None:
    """The field a header's words name wherever they stand in it ("extra" for a kind of organisation), or None."""
    words = normalise(header).split()
    if len(words) > 1 and (words[-1] in _PHONE_WORDS or words[0] in _PHONE_WORDS - _keys("mobile", "cell")):
        return "phone"  # "Focal point phone", "Contact person tel.", "Téléphone du point focal"
    if len(words) > 1 and words[-1] in _EMAIL_WORDS:
        return "email"
    lat, lon = bool(set(words) & _LAT), bool(set(words) & _LON)
    if set(words) & _GPS and lat != lon:  # "GPS Lat", "GPS Long": one of the two
        return "latitude" if lat else "longitude"
    if set(words) & _GPS or (lat and lon):
        return "coordinates"
    heads = [("types" if w in _SERVICES else "organisation") for w in words if w in _SERVICES or w in _WHO]
    if not heads or (heads[0] == "types" and not set(words) & _OFFERED and "organisation" not in heads):
        return None  # "Service area", "Date of service": a service word alone does not say which field
    bengali = any("\u0980" <= c <= "\u09ff" for c in header)
    head = heads[-1] if bengali else heads[0]
    return "extra" if head == "organisation" and set(words) & _KIND else head  # "Type of organisation": NGO, UN …


def names_organisation_kind(header: str) -> bool:
    """Whether a header names the kind of organisation ("Type de structure", "Type of organisation", KoBo's
    "org_type"): its cells ("Police", "Justice", "Santé") say what a service is where its own words do not."""
    words = normalise(re.sub(r"[_/]", " ", header)).split()
    return bool(set(words) & _KIND) and any(w in _WHO or w == "org" for w in words)


_CHOICES = list(_EXACT)
FUZZY_CUTOFF = 86
#: How sure a header found by its words is ("Focal point phone"): a part of it named exactly is surer.
WORDS_SURE = 0.8

#: HXL hashtag (with attributes) -> field; the first whose attributes the tag has wins.
_HXL = [
    ("#activity", {"code"}, "extra"), ("#service", {"code"}, "extra"),  # "CP-1.2": a code, not what it is
    ("#meta", {"id"}, "id"), ("#org", set(), "organisation"), ("#sector", set(), "sector"),
    ("#subsector", set(), "sub_sector"), ("#service", {"type"}, "types"), ("#service", {"hours"}, "hours"),
    ("#service", {"schedule"}, "hours"), ("#meta", {"hours"}, "hours"), ("#service", set(), "service"),
    ("#activity", {"type"}, "types"), ("#activity", set(), "activity"), ("#loc", {"address"}, "address"),
    ("#loc", {"camp"}, "camp"), ("#loc", set(), "site"), ("#beneficiary", {"type"}, "target"),
    ("#targeted", {"type"}, "target"), ("#meta", {"notes"}, "remarks"), ("#description", {"notes"}, "remarks"),
    ("#geo", {"lat"}, "latitude"), ("#geo", {"lon"}, "longitude"), ("#geo", {"coord"}, "coordinates"),
    ("#contact", {"phone"}, "phone"), ("#contact", {"email"}, "email"), ("#contact", set(), "focal"),
    ("#geo", {"plus"}, "coordinates"), ("#geo", {"olc"}, "coordinates"),
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


@functools.lru_cache(maxsize=8192)
def header_field(header: str) -> tuple[str | None, float, str]:
    """The field a header names, its confidence and how it was found (remembered: the header search asks
    of every cell of a sheet's first rows, and a workbook repeats its headers on every sheet).

    A KoBo group prefix is dropped ("group_contact/phone"); a header of alternatives or with a
    note ("Localité / Site", "Admin1 (Division)") is tried whole, then part by part."""
    text = _SOCIO_PREFIX.sub("", header.strip())  # "socio" is a partner in Spanish, not "socio-économique"
    if _is_choice_column(text):
        return "extra", 0.0, "unknown"  # KoBo's "service_type/hotline": a choice of the types, not the phone
    if kobo := re.fullmatch(r"(?:[\w.-]+/)+([\w.-]+)", text):
        text = kobo[1]
    found = _field_of(text, header)
    if found[0] is None or found[2] == "fuzzy" or found[1] <= WORDS_SURE:  # "Name of Office / Service Provider"
        parts = re.split(r"\s*[/|()\n]\s*", text) if re.search(r"\s[/|]\s|\(|\n", text) else []
        if not parts and _LATIN.search(text) and _NOT_LATIN.search(text):  # "الموقع Site": each language apart
            parts = [" ".join(_LATIN.findall(text)), _LATIN.sub(" ", text).strip()]
        said = []
        for part in parts:
            field, conf, how = _field_of(part, header)
            if field is not None and how == "header" and round(conf * 0.95, 2) > found[1]:
                said.append((field, round(conf * 0.95, 2), how))
        if said:  # a row number's word in one language ("الرقم") gives way to a field in another ("Number")
            return next((x for x in said if x[0] != "ignore"), said[0])
    return found


_LATIN = re.compile(r"[A-Za-z][A-Za-z'&.-]*")
_NOT_LATIN = re.compile(r"[^\W\d_A-Za-z]")


#: Fields a header's last part may name and still be a header of its own ("Services/Activités"), not a choice.
_NOT_A_CHOICE = {"service", "activity", "types", "types_other", "description", "organisation", "sector", "sub_sector"}


def _is_choice_column(text: str) -> bool:
    """Whether a header is one choice of a select-multiple type column, as KoBo exports them
    ("group_services/service_type/hotline", "Service type/Legal aid"): its 0/1 cells mark the types."""
    parts = text.split("/")
    if len(parts) < 2 or not parts[-1].strip() or parts[-1] != parts[-1].lstrip() or parts[-2] != parts[-2].rstrip():
        return False
    return _EXACT.get(match_key(parts[-2])) == "types" and _EXACT.get(match_key(parts[-1])) not in _NOT_A_CHOICE


def _field_of(text: str, header: str) -> tuple[str | None, float, str]:
    key = match_key(text)
    if key in ROW_NUMBER_HEADERS and text:
        return "ignore", 1.0, "header"  # a column of row numbers
    if not key:
        return None, 0.0, "unknown"
    if key == "id" and header.strip().startswith("_"):
        return "id", 0.9, "header"  # KoBo's row number "_id"; its "_uuid" is the stable one
    if header.strip().startswith("_") and (key in KOBO_SUBMISSION or header.strip().startswith("_submission__")):
        return "ignore", 1.0, "header"  # a repeat group's copy of its submission's: "_submission__id" …
    sure = 0.95 if "/" in header else 1.0
    if key in _EXACT:
        return ("lead_organisation", sure, "header") if key in WEAKER else (_EXACT[key], sure, "header")
    for suffix in OTHER_SUFFIXES:  # KoBo's "other, specify" beside a choice: "org_name_other"
        base = key[: -len(suffix)] if key.endswith(suffix) else ""
        if _EXACT.get(base) in ("organisation", "types"):
            return f"{_EXACT[base]}_other", sure, "header"
    if m := re.fullmatch(r".+ (latitude|longitude)", key):  # KoBo's "_gps_location_latitude"
        return m[1], 0.95, "header"
    stripped = re.sub(r"^(?:q\d+[a-z]?|\d+(?:\.\d+)*)\s+", "", key)  # "q3 organisation", "2.1 phone"
    if stripped in _EXACT:
        return _EXACT[stripped], 0.95, "header"
    if _ACTIVITY_CODES.search(key):  # "Activity Code(s)": a 4W's codes of its plan's activities say the types
        return "types", 1.0, "header"
    if field := _field_of_words(text):
        return (field, WORDS_SURE, "header") if field != "extra" else ("extra", 0.0, "unknown")
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
    return _other_beside(resolve_conflicts(out))


#: A header's number: "Service 1", "Phone (2)", "Type #3".
NUMBERED = re.compile(r"[\s#(\[._-]*\d+[\s)\]]*$")


def _names_surely(header: str, field: str) -> bool:
    """Whether ``header`` names ``field`` as a header of its own ("Mobile", "E-mail 2"), not by a word in it
    ("From cell", a grid's cell reference)."""
    named, sure, how = header_field(NUMBERED.sub("", header) or header)
    return named == field and how == "header" and sure > WORDS_SURE


#: The fields more than one column may hold.
MANY = ("extra", "ignore", "phone_more", "email_more")


ADMIN_NAMES = ("adm1", "adm2", "adm3", "adm4")  # the admin areas' name fields, largest first


def _admin_levels_in_order(mapping: list[ColumnMap]) -> list[ColumnMap]:
    """Admin columns side by side whose headers claim one level between them take the levels in the order
    the list gives them, the leftmost the highest, where that order runs from the largest area down:
    "Región", "Provincia", "Distrito" are Peru's levels 1, 2 and 3 (a province is the first level
    elsewhere), and "Distrito", "Posto Administrativo", "Localidade" Mozambique's 2, 3 and 4. (A column apart or
    of a higher level after them, "Estado" at the end, is left to be read: it is often the status.)"""
    admin = sorted((m for m in mapping if m.field in ADMIN_NAMES and m.how == "header"), key=lambda m: m.column)
    runs: list[list[ColumnMap]] = []
    for m in admin:
        if runs and m.column == runs[-1][-1].column + 1 and m.field >= runs[-1][-1].field:
            runs[-1].append(m)  # a level above the one before it ("Estado" after "Localidade") starts a run
        else:
            runs.append([m])
    chosen: dict[int, str] = {}
    for run in runs:
        levels = [int(m.field[3]) for m in run]
        if len(set(levels)) == len(levels) or len(run) > len(ADMIN_NAMES):
            continue
        last = 0
        for m, level in zip(run, levels):
            last = max(level, last + 1)
            chosen[id(m)] = f"adm{min(last, len(ADMIN_NAMES))}"
        if last > len(ADMIN_NAMES):
            for m in run:
                del chosen[id(m)]
    return [replace(m, field=chosen[id(m)]) if id(m) in chosen else m for m in mapping]


#: A header asking for what "other" stands for: "Otro (especifique)", "Other (please specify)", "Autre (préciser)".
_OTHER_SPECIFY = re.compile(r"\W*(?:other|others|otro|otros|otra|autre|autres|outro|outros|أخرى|অন্যান্য)\b"
                            r"[\s,:;(\[-]*(?:please\s+)?(?:specify|especifique|especificar|précise[rz]?|precise[rz]?|"
                            r"à\s+préciser|a\s+preciser|cuál|qual|حدد|يرجى التحديد|উল্লেখ করুন)?\W*", re.IGNORECASE)


def _other_beside(mapping: list[ColumnMap]) -> list[ColumnMap]:
    """A column headed "Other (specify)" right after the service type or organisation column (a form's
    "other" answer, as Google Forms and KoBo lay it out) holds what that column's "other" stands for."""
    out = list(mapping)
    for k, m in enumerate(out):
        if k and m.field == "extra" and m.how == "unknown" and _OTHER_SPECIFY.fullmatch(m.header or ""):
            before = out[k - 1].field
            if before in ("types", "organisation") and not any(x.field == f"{before}_other" for x in out):
                out[k] = replace(m, field=f"{before}_other", confidence=0.8, how="header")
    return out


_DETAILS = re.compile(r"detail|détail|detalle|descri|pormenor|تفاصيل|বিবরণ", re.IGNORECASE)


def resolve_conflicts(mapping: list[ColumnMap]) -> list[ColumnMap]:
    """Where two columns claim one field, the surer keeps it and the other becomes extra — except a
    second organisation column found by its header ("Organisation (Who)" beside "Implementing partner",
    often empty), which names the organisation of the rows where the surer one is empty, a second phone or
    e-mail column named so by its header, whose numbers or addresses the contact gets too, and a column
    whose HXL tag lost ("Horaires" tagged ``#service+hours`` by a tagger who meant its hours) but whose
    header names a field no column holds: it takes that field. A file whose columns are tagged with HXL
    says what each is, so there the rule is otherwise the plain one. Any number of columns may hold
    more phone numbers or e-mail addresses ("Phone 2", "Phone 3", "Hotline")."""
    mapping = _admin_levels_in_order(mapping)
    best: dict[str, ColumnMap] = {}
    for m in mapping:
        if m.field in MANY:
            continue
        if m.field not in best or m.confidence > best[m.field].confidence:
            best[m.field] = m
    keep = {id(m) for m in best.values()}
    fallback = "organisation" in best and best["organisation"].how != "hxl" and "lead_organisation" not in best
    out = []
    for m in mapping:
        if m.field in MANY or id(m) in keep:
            out.append(m)
        elif m.field == "organisation" and fallback and m.how == "header":
            out.append(replace(m, field="lead_organisation"))
            fallback = False
        elif m.field == "service" and "description" not in best and _DETAILS.search(m.header or ""):
            best["description"] = m  # "Service details" beside "Service": what the service offers
            out.append(replace(m, field="description"))
        elif m.field in ("phone", "email") and _names_surely(m.header, m.field):
            out.append(replace(m, field=f"{m.field}_more"))  # "Mobile" beside "Landline", "Email 2": the contact's too
        elif (m.how == "hxl" and (by_header := header_field(m.header))[2] == "header"
              and by_header[0] not in (*MANY, *best)):
            best[by_header[0]] = m
            out.append(replace(m, field=by_header[0], confidence=by_header[1], how=by_header[2]))
        else:
            out.append(replace(m, field="extra", confidence=0.0, how="unknown"))
    return out


def override(mapping: list[ColumnMap], column: int, field: str) -> list[ColumnMap]:
    """The mapping with the user's choice for one column (which takes that field from any other)."""
    if field not in FIELDS:
        raise ValueError(f"unknown field {field!r}")
    out = []
    for m in mapping:
        if m.column == column:
            out.append(replace(m, field=field, confidence=1.0, how="user"))
        elif m.field == field and field not in MANY:
            out.append(replace(m, field="extra", confidence=0.0, how="unknown"))
        else:
            out.append(m)
    return out


def columns_of(mapping: list[ColumnMap]) -> dict[str, int]:
    """The column of each field (of a field several columns hold, the last: see :func:`columns_holding`)."""
    return {m.field: m.column for m in mapping if m.field not in ("extra", "ignore")}


def columns_holding(mapping: list[ColumnMap], field: str) -> list[int]:
    """Every column that holds ``field`` (more phone numbers: "Phone 2", "Phone 3")."""
    return [m.column for m in mapping if m.field == field]


def score(mapping: list[ColumnMap]) -> int:
    """How much of a service table this header row holds (fields found)."""
    return len(columns_of(mapping))


#: Fields that can say what a service is, when a list has no service-name column (a facility and remarks,
#: a 3W's sector and sub-sector).
SAYS_WHAT = ("service", "types", "activity", "description", "remarks", "site", "sub_sector", "sector")


#: Fields that say where a service is or how to reach it, or more of what it is.
_REACH = {"phone", "email", "location", "address", "hours", "site", "adm1", "adm2", "adm3", "adm4", "latitude",
          "longitude", "coordinates", "remarks", "description", "focal", "block"}


def looks_like_services(mapping: list[ColumnMap], sheet_says_what: bool = False) -> bool:
    """An organisation column, a column that can say what the services are (or a sheet whose name says
    it), and at least three fields; or, with no organisation column, a service column and two more. A
    column no header word names may be the one that says what they are (importers.column_content)."""
    found = columns_of(mapping)
    contacts = any(match_key(m.header) in POSITION_HEADERS for m in mapping)  # "Nom | Organisation | Fonction"
    says_what = sheet_says_what or any(f in found for f in SAYS_WHAT) or any(
        m.field == "extra" and match_key(m.header) not in POSITION_HEADERS
        and not (contacts and match_key(m.header) in PERSON_HEADERS) for m in mapping)  # not a contact's post or name
    if not found.keys() & {"organisation", "lead_organisation"}:
        # no organisation column, but a service column beside two more, one of them saying how to reach it
        # or more of it (a sheet of hotlines, a list pasted from a document with "BRAC – Child Friendly Space"
        # in one cell; not a sheet of drop-down lists): the organisation is in the name
        return "service" in found and len(found) >= 3 and bool(found.keys() & _REACH)
    return says_what and len(found) >= 3
