"""What a column holds, read from its values when its header did not say.

Headers are written in endless ways; a list must not lose every row because one header was not
recognised. After the headers are mapped (:mod:`importers.columns`), the values decide:

- a "sector" column whose values mostly name service types is the type column (lists, and
  ServiceMap's own template, tag their type column ``#sector``); a type column whose values only
  name sectors ("Service category": "GBV") is the sector, when another column says what the
  services are;
- when no column says what each service is (no service name, type or activity column), the
  unrecognised column whose values name service types in most rows, or else hold long text that
  differs from row to row, is read as the services;
- when no column holds coordinates, an unrecognised column, or a place column, whose values are
  mostly points (``7,0847; -70,7591``, ``21°12'N 92°09'E``, a Plus Code) is read as the coordinates;
- when no column holds the status, an unrecognised or place column whose values are mostly statuses
  ("Estado": "Activo", "Suspendido temporalmente") is read as the status.

:func:`marked_type_columns` finds a matrix of services: unrecognised columns headed by a service
type ("Case management", "PSS", "Refugio") whose cells are marks (x, yes, ✓, 1, oui, sí, نعم, হ্যাঁ);
a row offers the types whose cells it marks.

Each choice is marked ``how="content"``, so the wizard shows it and the user can change it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from importers.columns import POSITION_HEADERS, ColumnMap, columns_of, header_field, names_organisation_kind
from importers.coordinates import point
from importers.service_types import TypeFinder, choice_words
from importers.statuses import is_status, status_in_legend
from importers.values import match_key

SAMPLE_ROWS = 2000  # the values looked at, from the top of the table
NAMES_TYPES = 0.3  # a column whose distinct values name service types this often says what the services are
FREE_TEXT_LENGTH, FREE_TEXT_VARIETY = 20, 0.5  # … or one whose values are this long and this varied
MOSTLY_POINTS = 0.6  # a column whose values are points this often holds the coordinates
MOSTLY_STATUSES = 0.6  # a column whose values are statuses this often holds the status
MOSTLY_KINDS = 0.6  # a "Type" column whose values are kinds of organisation this often names no service type
SAYS_WHAT = ("service", "types", "activity")


def read_by_content(mapping: list[ColumnMap], rows: list[list], first_row: int, finder: TypeFinder) -> list[ColumnMap]:
    """The mapping, with what the values of the table's columns show (see the module's notes)."""
    mapping = _marks_are_no_phones(mapping, rows, first_row)
    mapping = _marks_are_matrix_columns(mapping, rows, first_row)
    mapping = _kinds_of_organisation_are_no_types(mapping, rows, first_row)
    mapping = _phones_in_a_contact_column(mapping, rows, first_row)
    mapping = sector_column_or_types(mapping, rows, first_row, finder)
    mapping = _types_column_naming_sectors(mapping, rows, first_row, finder)
    mapping = _services_from_content(mapping, rows, first_row, finder)
    mapping = _status_from_content(mapping, rows, first_row)
    mapping = _details_are_a_description(mapping, rows, first_row)
    mapping = _services_provided_are_a_description(mapping, rows, first_row)
    return _coordinates_from_content(mapping, rows, first_row)


#: What a "Type" column of a sheet of partners holds: the kind of organisation, not of service.
ORGANISATION_KINDS = frozenset((
    "ingo", "nngo", "lngo", "ngo", "un", "un agency", "government", "gov", "govt", "ministry", "cbo", "fbo",
    "local ngo", "national ngo", "international ngo", "red cross", "rcrc", "private", "academic", "donor",
    "ong", "ongi", "ongn", "ong nationale", "ong internationale", "ong locale", "agence onu", "onu", "nu",
    "gouvernement", "état", "ministère", "privé", "ong nacional", "ong internacional", "gobierno", "agencia onu",
    "منظمة دولية", "منظمة محلية", "منظمة غير حكومية", "حكومي", "حكومية", "الأمم المتحدة"))


def _kinds_of_organisation_are_no_types(mapping: list[ColumnMap], rows: list[list], first_row: int
                                        ) -> list[ColumnMap]:
    """A "Type" column whose values are kinds of organisation (INGO, NNGO, UN, Government): a 3W's
    "Organisation type", not the services' types."""
    cols = columns_of(mapping)
    if "types" not in cols or not _organisation_kinds(rows, first_row, cols["types"]):
        return mapping
    return _as(mapping, cols["types"], "extra", 0.0)


def _organisation_kinds(rows: list[list], first_row: int, col: int) -> bool:
    values = {x.casefold() for x in _texts(rows, first_row, col)}
    return bool(values) and sum(1 for x in values if x in ORGANISATION_KINDS) >= MOSTLY_KINDS * len(values)


def partners_not_services(mapping: list[ColumnMap], rows: list[list], first_row: int) -> bool:
    """Whether the table is a list of partners (a code, a name, "INGO"), not of services: its only column
    that could say what the services are is a "Type" of organisation kinds."""
    cols = columns_of(mapping)
    return ("types" in cols and not cols.keys() & {"service", "activity", "description", "remarks", "sub_sector"}
            and _organisation_kinds(rows, first_row, cols["types"]))


_DETAILS = re.compile(r"\b(?:details?|détails?|detalles?|detalhes?|تفاصيل)\b", re.IGNORECASE)


def _details_are_a_description(mapping: list[ColumnMap], rows: list[list], first_row: int) -> list[ColumnMap]:
    """A "Service details" column taken for the service's name, beside the organisation and the type
    columns, whose values are sentences ("GBV case management + PSS for survivors, referral to health"): it
    describes the service (its words are read for more types), and the name is made from the types. A list
    with no organisation column keeps it as the name: there it holds "BRAC – Child Friendly Space"."""
    cols = columns_of(mapping)
    if not {"service", "types", "organisation"} <= cols.keys() or "description" in cols:
        return mapping
    header = next(m.header for m in mapping if m.column == cols["service"])
    values = _texts(rows, first_row, cols["service"])
    if not _DETAILS.search(header or "") or not values:
        return mapping
    if sum(len(x) for x in values) / len(values) < FREE_TEXT_LENGTH * 2:
        return mapping
    return _as(mapping, cols["service"], "description", 0.7)


_PROVIDED = re.compile(r"provided|offered|fourni|offert|prestad|ofrecid|المقدمة|প্রদত্ত", re.IGNORECASE)


def _services_provided_are_a_description(mapping: list[ColumnMap], rows: list[list], first_row: int
                                         ) -> list[ColumnMap]:
    """A "Service Provided" column left over beside the type column ("Service Category": "Case management"),
    whose values are sentences ("GBV case managment + individual PSS"): it says what the service offers, so
    it is the description and its words are read for more types (25th tryout, Rakhine), where no column is."""
    cols = columns_of(mapping)
    if "types" not in cols or "description" in cols:
        return mapping
    for m in mapping:
        if m.field == "extra" and _PROVIDED.search(m.header or "") and header_field(m.header)[0] == "types":
            values = _texts(rows, first_row, m.column)
            if values and sum(len(x) for x in values) / len(values) >= FREE_TEXT_LENGTH:
                return _as(mapping, m.column, "description", 0.7)
    return mapping


def _texts(rows: list[list], first_row: int, col: int) -> list[str]:
    return [str(r[col]).strip() for r in rows[first_row:first_row + SAMPLE_ROWS]
            if col < len(r) and r[col] not in (None, "") and str(r[col]).strip()]


def _as(mapping: list[ColumnMap], col: int, field: str, confidence: float) -> list[ColumnMap]:
    return [replace(m, field=field, confidence=confidence, how="content") if m.column == col else m for m in mapping]


def sector_column_or_types(mapping: list[ColumnMap], rows: list[list], first_row: int,
                           finder: TypeFinder) -> list[ColumnMap]:
    """The mapping, with a "sector" column read as the type column when most of its values name
    service types rather than sectors. Only when the table has no type column of its own."""
    cols = columns_of(mapping)
    if "sector" not in cols or "types" in cols:
        return mapping
    col = cols["sector"]
    values = set(_texts(rows, first_row, col))
    typed = sum(1 for x in values if finder.taxonomy.matcher.codes(x) and not finder.sectors_in(x))
    if typed * 2 <= len(values):
        return mapping
    return [replace(m, field="types", how="content") if m.column == col else m for m in mapping]


def _types_column_naming_sectors(mapping: list[ColumnMap], rows: list[list], first_row: int,
                                 finder: TypeFinder) -> list[ColumnMap]:
    """A type column whose values are sector words ("Service category": "GBV", "Health", "Child
    Protection") beside an unrecognised column that names service types more often ("Services
    offered", which lost the type field to it): the first is the sector, the second the types."""
    cols = columns_of(mapping)
    if "types" not in cols or cols.keys() & {"service", "activity"}:
        return mapping
    values = set(_texts(rows, first_row, cols["types"]))
    if not values or sum(1 for x in values if finder.sectors.only_sectors(x)) * 2 <= len(values):
        return mapping
    rest = [replace(m, field="ignore") if m.column == cols["types"] else m for m in mapping]
    found = _services_from_content(rest, rows, first_row, finder, better_than=_typed_share(values, finder))
    if found is rest:
        return mapping
    as_what = next((f for f in ("sector", "sub_sector") if f not in cols), "extra")
    return [replace(m, field=as_what, confidence=0.6, how="content") if m.column == cols["types"] else m
            for m in found]


def _typed_share(values: set[str], finder: TypeFinder) -> float:
    return sum(1 for x in values if finder.matcher().codes(x)) / len(values) if values else 0.0


def _services_from_content(mapping: list[ColumnMap], rows: list[list], first_row: int, finder: TypeFinder,
                           better_than: float = -1.0) -> list[ColumnMap]:
    """When no column says what each service is: the unrecognised column that does, read as the types
    (one naming types more often than ``better_than``)."""
    if columns_of(mapping).keys() & set(SAYS_WHAT):
        return mapping
    best, best_score = None, 0.0
    for m in mapping:
        if m.field != "extra" or match_key(m.header) in POSITION_HEADERS:  # "Coordinadora" is a person's post
            continue
        if names_organisation_kind(m.header):  # "Type de structure": the organisation's kind, read with its name
            continue
        texts = _texts(rows, first_row, m.column)
        values = set(texts)
        if not values or _mostly_marks(_matrix_cells(rows, first_row, m.column), noted=True):  # a matrix's column
            continue
        typed = _typed_share(values, finder)
        if typed <= better_than:
            continue
        words = sum(len(x) for x in values) / len(values)
        variety = len(values) / len(texts)
        if typed >= NAMES_TYPES or (words >= FREE_TEXT_LENGTH and variety >= FREE_TEXT_VARIETY and _wordy(values)):
            score = typed + min(words, 100) / 1000  # the column naming types most often; the wordier on a tie
            if score > best_score:
                best, best_score = m.column, score
    return mapping if best is None else _as(mapping, best, "types", 0.6)


_PARTIAL_MARKS = frozenset(("partial", "partiel", "partielle", "parcial", "limited", "partly", "partially"))  # capacity
_MARKS = frozenset(("x", "yes", "y", "true", "1", "1.0", "✓", "✔", "☑", "√", "oui", "sí", "si", "sim", "نعم", "হ্যাঁ",
                    "available", "disponible", "offered", "provided")) | _PARTIAL_MARKS
_BLANK_MARKS = frozenset(("no", "n", "false", "0", "0.0", "non", "-", "–", "—", "✗", "لا", "না", "not available",
                          "n/a", "na", "?", "??", "unknown", "inconnu", "referral only", "referal only", "refer only",
                          "référencement seulement", "référencement uniquement", "solo referencia", "solo derivación"))
#: A mark saying where or how the service is given: "mobile clinic only", "girls only" (not "referral only").
_ONLY = re.compile(r"[^\W\d][\w\s/'-]{1,30}\s+only")


def is_mark(value: object, said_no: frozenset[str] = frozenset()) -> bool:
    """Whether a cell of a matrix of services marks the service as offered: a mark, or a mark with a note
    that says when or how much ("X (jeudi)", "X (3 EAE)"), not that it is not offered ("X (suspendu)",
    "X (via référencement)", "x (prévu juin)"); not a mark that the matrix's legend says means not
    available (``said_no``, see :func:`marks_said_no`)."""
    text = str(value).strip().lower()
    if text in said_no:
        return False
    if value is True:
        return True
    if text in _MARKS or text[-1:] == "*" and text.rstrip("* ") in _MARKS:  # "✓*": offered, with a footnote
        return True
    if text in _BLANK_MARKS:
        return False
    if _ONLY.fullmatch(text):  # "mobile clinic only": offered, in one way
        return _NOT_OFFERED.search(text) is None
    m = _NOTED.match(text)
    if m is None or m[1] not in _MARKS:
        return False
    # "partiel (pas de PEP)": a part missing, what a partial mark means; "X (pas de PEP)": PEP is not given
    return (_ELSEWHERE_OR_LATER if m[1] in _PARTIAL_MARKS else _NOT_OFFERED).search(text) is None


def is_partial_mark(value: object) -> bool:
    """Whether a matrix cell marks its service as offered in part ("partial", "partiel (pas de PEP)"): the
    row's remarks then say which part is missing, not that the service is not offered."""
    text = str(value).strip().lower()
    m = _NOTED.match(text)
    return (text if m is None else m[1]) in _PARTIAL_MARKS


#: What the note beside a mark says when the service is not offered there: stopped, only referred, planned …
_ELSEWHERE_OR_LATER = re.compile(
    r"suspen|arr[eê]t|stop|clos|ferm|cerrad|encerrad|paus|r[ée]f[ée]renc|referr|referenc|encaminh|orienta|via\b|"
    r"pr[ée]vu|planned|planifi|previst|pendiente|futur|bient[oô]t|soon|متوقف|معلق|إحالة|مخطط|স্থগিত|বন্ধ")
#: … or not given at all.
_NOT_OFFERED = re.compile(_ELSEWHERE_OR_LATER.pattern + r"|pas\b|not\b|\bno\b|non\b|sans\b|sin\b")


#: A mark and a note beside it: in brackets ("X (jeudi)"), or after a dash or a comma ("oui – 24h/24, kits PEP").
_NOTED = re.compile(r"\s*([^\s(\[,–—-]+)\s*(?:[(\[,]|[–—-]\s)")


#: A legend saying what a mark means when it means the service is not there: "x = not available", "✗ : non
#: disponible", "0 = no service" (23rd tryout, Uganda: there "x" is no, "✓" is yes).
_SAID_NO = re.compile(r"(?:^|\s)([^\s=:]{1,3})\s*[=:]\s*(?:not?\s+(?:available|offered|provided|service)|unavailable|none|"
                      r"non\s+(?:disponible|offert)|pas\s+disponible|indisponible|no\s+(?:disponible|ofrece|hay)|"
                      r"não\s+disponível|غير\s+متوفر|غير\s+متاح|لا\s+يوجد)", re.IGNORECASE)


def marks_said_no(rows: list[list], first_row: int) -> frozenset[str]:
    """The marks a legend around the header (from five rows above the first row of data to two below it) says
    mean the service is not available ("Legend: ✓ = available    x = not available" gives "x"), in lower case."""
    found = set()
    for row in rows[max(first_row - 5, 0):first_row + 2]:
        for cell in row:
            if type(cell) is str and ("=" in cell or ":" in cell):
                found.update(m[1].lower() for m in _SAID_NO.finditer(cell))
    return frozenset(found)


#: A mark and what it means, in a legend's line: "P = prévu", "(X) : suspendu", "Y = available, N = not available".
_MEANS = re.compile(r"(?:^|(?<=[\s,;]))(\(?[^\s=:(),;]{1,3}\)?)\s*[=:]\s*([^,;=\n]+)")


def marks_said_status(sheets) -> dict[str, str]:
    """The marks and codes a legend of the workbook says mean a status: a sheet's row of two cells ("P | service
    prévu / en cours de mise en place", "(X) | service temporairement suspendu") or a line of a cell ("Status: A =
    active, S = suspended, P = planned"), in a sheet's first 100 rows or last 20. Mark (lower case) -> the
    status's words (see :mod:`importers.statuses`); a mark that says the service is offered ("X") is none."""
    out: dict[str, str] = {}
    for sheet in sheets:
        rows = sheet.rows if len(sheet.rows) <= 120 else sheet.rows[:100] + sheet.rows[-20:]
        for row in rows:
            cells = [x for x in row if type(x) is str and x.strip()]
            pairs = [(cells[0], cells[1])] if len(cells) == 2 and len(row) - row.count(None) - row.count("") == 2 else []
            pairs += [pair for cell in cells if "=" in cell or ":" in cell for pair in _MEANS.findall(cell)]
            for mark, meaning in pairs:
                mark = mark.strip().lower()
                if 0 < len(mark) <= 3 and not (mark.isdigit() or is_mark(mark) or mark in _BLANK_MARKS) and (
                        said := status_in_legend(meaning)):
                    out.setdefault(mark, said)
    return out


def _noted_mark(value: str) -> bool:
    """A mark with a note beside it ("X (suspendu)"): a cell of a matrix, though not one that says the
    service is offered."""
    m = _NOTED.match(value)
    return m is not None and (is_mark(m[1]) or m[1].lower() in _BLANK_MARKS  # "X (suspendu)", "Non (réf.)"
                              or _NOT_OFFERED.match(m[1].lower()) is not None)  # "prévu (juin 2024)"


def _mostly_marks(values: list[str], *, noted: bool = False, said: dict[str, str] | None = None) -> bool:
    """Whether at least 80% of a column's values are the marks or blanks of a matrix (with ``noted``,
    marks with a note beside them count too, and those a legend ``said`` mean planned or suspended)."""
    return bool(values) and sum(1 for x in values if is_mark(x) or x.lower() in _BLANK_MARKS
                                or (noted and (_noted_mark(x) or bool(said) and x.lower() in said))
                                ) >= 0.8 * len(values)


def marked_type_columns(mapping: list[ColumnMap], rows: list[list], first_row: int,
                        finder: TypeFinder, said: dict[str, str] | None = None) -> list[tuple[int, str]]:
    """(column, header) of the unrecognised columns headed by service types whose cells are marks (or those
    the workbook's legend ``said`` mean planned or suspended, see :func:`marks_said_status`)."""
    out = []
    for m in mapping:
        # KoBo's "service_type/altcare": the choice's name, in words; not "Police / CFPU", words apart by a slash
        words = choice_words(m.header.rsplit("/", 1)[-1].strip()) if "/" in (m.header or "") and (
            " " not in m.header.strip()) else m.header
        if m.field == "extra" and words and finder.matcher().codes(words):
            if _holds_marks(rows, first_row, m.column, said):
                out.append((m.column, words))
    return out


def _marks_are_no_phones(mapping: list[ColumnMap], rows: list[list], first_row: int) -> list[ColumnMap]:
    """A "Hotline" or "Helpline" column of a matrix of services holds marks (x, yes, 1), not numbers: it
    is kept as an extra column (:func:`marked_type_columns` reads it), and a column whose header names
    the phone too ("Contact no.") takes the phone field back."""
    marks = {m.column for m in mapping
             if m.field in ("phone", "phone_more") and _mostly_marks(_texts(rows, first_row, m.column))}
    if not marks:
        return mapping
    out = [replace(m, field="extra", confidence=0.0, how="content") if m.column in marks else m for m in mapping]
    if "phone" in columns_of(out):
        return out
    for m in out:
        if m.field in ("extra", "phone_more") and m.column not in marks and header_field(m.header or "")[0] == "phone":
            return _as(out, m.column, "phone", 0.8)
    return out


def _marks_are_matrix_columns(mapping: list[ColumnMap], rows: list[list], first_row: int) -> list[ColumnMap]:
    """A column that took the type or the service field by its header but holds marks (x, 1, oui) is one
    column of a matrix of services ("Services offerts (cocher)/PEC médicale" beside "…/PEC juridique", KoBo's
    "service_type/helpline"): it is kept as an extra column, and :func:`marked_type_columns` reads it with the
    others."""
    for field in ("types", "service", "sector", "sub_sector"):  # "MULTI-SECTOR / MHPSS (specialised)": Y, N, partial
        cols = columns_of(mapping)
        if field not in cols:
            continue
        if _holds_marks(rows, first_row, cols[field]):
            mapping = _as(mapping, cols[field], "extra", 0.0)
    return mapping


def _holds_marks(rows: list[list], first_row: int, col: int, said: dict[str, str] | None = None) -> bool:
    """Whether a column is one of a matrix of services: mostly marks (with their notes, or marks a legend
    ``said`` mean planned or suspended) or blanks, one a mark at least."""
    values = _matrix_cells(rows, first_row, col)
    return _mostly_marks(values, noted=True, said=said) and any(is_mark(x) for x in values)


def _matrix_cells(rows: list[list], first_row: int, col: int) -> list[str]:
    """A column's texts, less the counts of a totals row under the marks ("TOTAL acteurs | 5 | 6 | 2")."""
    return [x for x in _texts(rows, first_row, col) if not (_COUNT.fullmatch(x) and float(x) > 1)]


_COUNT = re.compile(r"\d{1,6}(?:\.0)?")
_PHONE_LIKE = re.compile(r"(?:\+|(?<!\d)0)\d[\d\s().-]{6,}\d")


def _phones_in_a_contact_column(mapping: list[ColumnMap], rows: list[list], first_row: int) -> list[ColumnMap]:
    """A "Contact" column taken for the focal person that holds phone numbers ("01713-555210", "Hotline
    01799-555300"), in a table with no phone column, is the phone."""
    cols = columns_of(mapping)
    if "phone" in cols or "focal" not in cols:
        return mapping
    values = _texts(rows, first_row, cols["focal"])
    if not values or sum(1 for x in values if _PHONE_LIKE.search(x)) < 0.6 * len(values):
        return mapping
    return _as(mapping, cols["focal"], "phone", 0.6)


def _wordy(values: set[str]) -> bool:
    """Whether the values are mostly letters (words, not dates, numbers, codes or timestamps)."""
    text = "".join(values)
    return sum(ch.isalpha() for ch in text) >= 0.6 * len(text)


def _is_point(text: str) -> bool:
    found = point(text) if any(ch.isdigit() for ch in text) else None
    return found is not None and found != (0, 0) and (
        (abs(found[0]) <= 90 and abs(found[1]) <= 180) or (abs(found[1]) <= 90 and abs(found[0]) <= 180))


def _mostly_points(values: set[str]) -> bool:
    return sum(1 for x in values if _is_point(x)) >= MOSTLY_POINTS * len(values)


def _status_from_content(mapping: list[ColumnMap], rows: list[list], first_row: int) -> list[ColumnMap]:
    """When no column holds the status: the unrecognised column, or a place column (Spanish "Estado" is a
    state too), whose values are mostly statuses ("Activo", "Suspendido temporalmente")."""
    if "status" in columns_of(mapping):
        return mapping
    for m in mapping:
        if m.field in ("extra", "adm1", "adm2", "adm3", "adm4", "location"):
            values = set(_texts(rows, first_row, m.column))
            if values and sum(1 for x in values if is_status(x)) >= MOSTLY_STATUSES * len(values):
                return _as(mapping, m.column, "status", 0.7)
    return mapping


def _coordinates_from_content(mapping: list[ColumnMap], rows: list[list], first_row: int) -> list[ColumnMap]:
    """When no column holds coordinates: the unrecognised column, or the place column ("Ubicación exacta"),
    whose values are mostly points."""
    if columns_of(mapping).keys() & {"latitude", "longitude", "coordinates"}:
        return mapping
    for m in mapping:
        if m.field in ("extra", "location", "address", "site"):
            values = set(_texts(rows, first_row, m.column))
            if len(values) >= 2 and _mostly_points(values):
                return _as(mapping, m.column, "coordinates", 0.7)
    for m, n in zip(mapping, mapping[1:]):  # "N" and "E" side by side, holding degrees: latitude and longitude
        heads = ((m.header or "").strip().upper(), (n.header or "").strip().upper())
        if heads in _AXES and m.field in ("extra", "ignore") and n.field in ("extra", "ignore") and all(
                _mostly_degrees(_texts(rows, first_row, c.column), limit) for c, limit in ((m, 90), (n, 180))):
            first, second = ("latitude", "longitude") if heads[0] in "NS" else ("longitude", "latitude")
            return _as(_as(mapping, m.column, first, 0.7), n.column, second, 0.7)
    return mapping


_AXES = {("N", "E"), ("N", "W"), ("S", "E"), ("S", "W"), ("E", "N"), ("X", "Y")}
_DEGREES = re.compile(r"-?\d{1,3}\.\d{2,}")


def _mostly_degrees(values: list[str], limit: float) -> bool:
    """Whether most of a column's values are decimal degrees within ±``limit`` (not row numbers: a fraction)."""
    found = [x for x in values if _DEGREES.fullmatch(x) and abs(float(x)) <= limit]
    return len(found) >= 2 and len(found) >= 0.8 * len(values)
