"""The fields of a service list (``importers.columns.FIELDS``) in the interface's language.

importers/ names its fields in English, as the command line and the exported reports show them; the
import wizard's column step and the import report show them through here. ``tests/test_field_words_qt.py``
fails when a field has no label here.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from importers.columns import FIELDS

CONTEXT = "ImportFields"

#: Each field's English label (as importers.columns.FIELDS writes it), marked for pyside6-lupdate.
LABELS: dict[str, str] = {
    "id": QT_TRANSLATE_NOOP("ImportFields", "Record ID"),
    "organisation": QT_TRANSLATE_NOOP("ImportFields", "Organisation"),
    "organisation_other": QT_TRANSLATE_NOOP("ImportFields", "Organisation (other, specify)"),
    "lead_organisation": QT_TRANSLATE_NOOP("ImportFields", "Lead / funding organisation"),
    "service": QT_TRANSLATE_NOOP("ImportFields", "Service name"),
    "types": QT_TRANSLATE_NOOP("ImportFields", "Service type(s)"),
    "types_other": QT_TRANSLATE_NOOP("ImportFields", "Service type (other, specify)"),
    "sector": QT_TRANSLATE_NOOP("ImportFields", "Sector"),
    "sub_sector": QT_TRANSLATE_NOOP("ImportFields", "Sub-sector"),
    "activity": QT_TRANSLATE_NOOP("ImportFields", "Activity"),
    "description": QT_TRANSLATE_NOOP("ImportFields", "Description"),
    "remarks": QT_TRANSLATE_NOOP("ImportFields", "Remarks"),
    "adm1": QT_TRANSLATE_NOOP("ImportFields", "Admin 1 name"),
    "adm2": QT_TRANSLATE_NOOP("ImportFields", "Admin 2 name"),
    "adm3": QT_TRANSLATE_NOOP("ImportFields", "Admin 3 name"),
    "adm4": QT_TRANSLATE_NOOP("ImportFields", "Admin 4 name"),
    "adm1_code": QT_TRANSLATE_NOOP("ImportFields", "Admin 1 P-code"),
    "adm2_code": QT_TRANSLATE_NOOP("ImportFields", "Admin 2 P-code"),
    "adm3_code": QT_TRANSLATE_NOOP("ImportFields", "Admin 3 P-code"),
    "adm4_code": QT_TRANSLATE_NOOP("ImportFields", "Admin 4 P-code"),
    "site": QT_TRANSLATE_NOOP("ImportFields", "Site / facility"),
    "location": QT_TRANSLATE_NOOP("ImportFields", "Location / camp"),
    "block": QT_TRANSLATE_NOOP("ImportFields", "Block / zone"),
    "address": QT_TRANSLATE_NOOP("ImportFields", "Address"),
    "latitude": QT_TRANSLATE_NOOP("ImportFields", "Latitude"),
    "longitude": QT_TRANSLATE_NOOP("ImportFields", "Longitude"),
    "coordinates": QT_TRANSLATE_NOOP("ImportFields", "Coordinates (lat, lon)"),
    "focal": QT_TRANSLATE_NOOP("ImportFields", "Focal person"),
    "phone": QT_TRANSLATE_NOOP("ImportFields", "Phone"),
    "phone_more": QT_TRANSLATE_NOOP("ImportFields", "More phone numbers"),
    "email": QT_TRANSLATE_NOOP("ImportFields", "E-mail"),
    "email_more": QT_TRANSLATE_NOOP("ImportFields", "More e-mail addresses"),
    "hours": QT_TRANSLATE_NOOP("ImportFields", "Opening hours"),
    "ages": QT_TRANSLATE_NOOP("ImportFields", "Ages"),
    "gender": QT_TRANSLATE_NOOP("ImportFields", "Gender"),
    "target": QT_TRANSLATE_NOOP("ImportFields", "Target group"),
    "languages": QT_TRANSLATE_NOOP("ImportFields", "Languages"),
    "cost": QT_TRANSLATE_NOOP("ImportFields", "Cost"),
    "accessibility": QT_TRANSLATE_NOOP("ImportFields", "Accessibility"),
    "intake": QT_TRANSLATE_NOOP("ImportFields", "Intake criteria"),
    "referral": QT_TRANSLATE_NOOP("ImportFields", "Referral method"),
    "response": QT_TRANSLATE_NOOP("ImportFields", "Response time"),
    "feedback": QT_TRANSLATE_NOOP("ImportFields", "Feedback channel"),
    "confidential": QT_TRANSLATE_NOOP("ImportFields", "Confidential"),
    "location_public": QT_TRANSLATE_NOOP("ImportFields", "Location may be shared (yes/no)"),
    "capacity": QT_TRANSLATE_NOOP("ImportFields", "Capacity"),
    "status": QT_TRANSLATE_NOOP("ImportFields", "Status"),
    "verified": QT_TRANSLATE_NOOP("ImportFields", "Last verified"),
    "extra": QT_TRANSLATE_NOOP("ImportFields", "Keep as extra field"),
    "ignore": QT_TRANSLATE_NOOP("ImportFields", "Ignore"),
}

#: How the wizard found a column's field (``ColumnMap.how``), as its column step says it.
HOW = {
    "header": QT_TRANSLATE_NOOP("ImportFields", "header"),
    "hxl": QT_TRANSLATE_NOOP("ImportFields", "HXL tag"),
    "fuzzy": QT_TRANSLATE_NOOP("ImportFields", "header, nearly"),
    "content": QT_TRANSLATE_NOOP("ImportFields", "what it holds"),
    "profile": QT_TRANSLATE_NOOP("ImportFields", "saved layout"),
    "user": QT_TRANSLATE_NOOP("ImportFields", "your choice"),
    "unknown": QT_TRANSLATE_NOOP("ImportFields", "unknown"),
}


def field_label(field: str) -> str:
    """A field's label in the interface's language (a field not listed: its English label, or its name)."""
    if field in LABELS:
        return QCoreApplication.translate(CONTEXT, LABELS[field])
    return FIELDS.get(field, field)


def how_word(how: str) -> str:
    """How a column's field was found, in the interface's language."""
    return QCoreApplication.translate(CONTEXT, HOW[how]) if how in HOW else how


_BY_LABEL = {label.casefold(): field for field, label in FIELDS.items()}


def label_in_words(label: str) -> str:
    """An English field label a sentence carries ("address", "Location may be shared (yes/no)") in the
    interface's language, in lower case when it was written so; other text as written."""
    field = _BY_LABEL.get(label.casefold())
    if field is None:
        return label
    shown = field_label(field)
    return shown[:1].lower() + shown[1:] if label[:1].islower() else shown
