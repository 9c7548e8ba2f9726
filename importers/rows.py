"""Turning the rows of a found table into organisations, sites and services.

Every row under the header gets exactly one outcome. A cell error (``#REF!``) or an
oversized cell loses only that value, with a warning on the row; a blank row, a total or a
note is ``not-a-service``; a row whose service name cell is empty but which says what it offers
(a type, remarks, a KoBo choice) is named from its types and organisation, with a note; a row that
names no organisation, or says nothing of its service, is ``rejected`` with what to fill in; the same service entered twice (spacing, case, a typo in the name) is a
``duplicate`` merged into the first.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from datetime import datetime, timezone

from directory import safe_text
from directory.model import Contact, Organisation, Phone, Provenance, Service, Site
from directory.taxonomy import Taxonomy
from importers import code_legend, continued_rows
from importers import values as v
from importers.column_content import is_mark, is_partial_mark, marked_type_columns, marks_said_no
from importers.columns import ADMIN_NAMES, FIELDS, NUMBERED, columns_holding, columns_of, names_organisation_kind
from importers.confidential import ConfidentialWords
from importers.coordinates import point_in
from importers.point_fixes import PointFixes
from importers.readers import SheetData
from importers.result import ImportResult, RowOutcome
from importers.service_types import MADE_NAME, TypeFinder, is_choice_list, no_service, type_column_text
from importers.sheet_organisation import names_none
from importers.statuses import STATUSES, status_heading, status_in_remarks, status_in_text, status_word
from importers.table import Table
from importers.target_groups import parse_target
from importers.utm import utm_point

_ages = functools.lru_cache(maxsize=4096)(v.parse_ages)
_point_in = functools.lru_cache(maxsize=4096)(point_in)
_languages = functools.lru_cache(maxsize=4096)(v.parse_languages)
_date = functools.lru_cache(maxsize=4096)(v.parse_date)
_genders = functools.lru_cache(maxsize=1024)(v.parse_genders)

MAX_CELL_CHARS = 32_767  # Excel's own limit for one cell
_ERROR_TEXTS = {"#REF!", "#N/A", "#VALUE!", "#DIV/0!", "#NAME?", "#NULL!", "#NUM!", "#SPILL!", "#CALC!", "#GETTING_DATA"}
_OTHER = re.compile(r"others?|autres?|otros?|otras?|outros?|أخرى|অন্যান্য|lainnya|diğer", re.IGNORECASE)
_CHOICE_CODE = re.compile(r"[a-z0-9]+(?:_[a-z0-9]+)+")
_TOTAL = re.compile(r"^(?:grand\s+)?(?:sub-?)?totals?\b|^sum\b|^total\s+g[ée]n[ée]ral|^suma\b|^(?:ال)?مجموع|^(?:ال)?إجمالي|"
                    r"^মোট|^(?:всього|усього|разом|итого|всего)(?!\w)|^(?:toplam|jumlah)\b", re.IGNORECASE)
#: Fields whose words can say a service is confidential (besides the extra columns); not the organisation's
#: name, the sector, numbers, dates or places.
_WORDY = ("service", "activity", "types", "types_other", "sub_sector", "description", "remarks", "site", "location",
          "block", "address",
          "target", "intake", "referral", "accessibility", "confidential")
_ADM_CODES = ((1, "adm1_code"), (2, "adm2_code"), (3, "adm3_code"), (4, "adm4_code"))
_RELEASED: list = []  # stands for a row already read and let go
_A_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_A_COUNT = re.compile(r"\d[\d,.]*\s+[^\W\d_]+")  # "34 services", "14 organisations"


def _a_number(value: object) -> bool:
    return isinstance(value, (int, float)) or isinstance(value, str) and value.strip().replace(".", "", 1).isdigit()


#: A row naming a group's focal point ("Focal point: Nasrin Akter, CP Coordinator"), not a service ("Focal point
#: for GBV referrals" may be one).
_FOCAL_ROW = re.compile(r"^\W*(?:focal\s*(?:point|person)|contact\s*person|point\s*focal|punto\s*focal|ponto\s*focal|"
                        r"نقطة\s*(?:اتصال|الاتصال)|ফোকাল\s*(?:পয়েন্ট|পার্সন))\s*[:：–—-]", re.IGNORECASE)
#: A name that only says the row is a trial of the form ("test", "TEST 2", "test test", "prueba"): KoBo
#: exports keep the submissions made while the form was being tried.
_TEST_ENTRY = re.compile(r"(?:test(?:ing)?|essai|prueba|teste|اختبار|تجربة|পরীক্ষা|asdf\w*|qwerty)(?:[\s_-]+(?:test|\d+))*"
                         r"(?:[\s_–-]+(?:no considerar|ne pas (?:tenir compte|prendre en compte)|do not (?:use|count)|"
                         r"ignore|ignorar|não considerar))?", re.IGNORECASE)  # "PRUEBA NO CONSIDERAR"
#: The first cell of a template's example row ("Ejemplo: Norte de Santander", "Example: Cox's Bazar").
_EXAMPLE = re.compile(r"\W*(?:example|exemple|ejemplo|exemplo|e\.g\.|مثال|উদাহরণ)\s*[:：.\-–)]", re.IGNORECASE)
#: An organisation cell saying no one offers the service there: a gap the list notes, not a service.
_GAP_WORDS = (r"(?:(?:service\s+)?gaps?|no\s+(?:service|provider|actor|partner)s?|none|nil|aucun|néant|"
              r"(?:aucun|pas\s+de)\s+(?:partenaire|acteur|prestataire|service)s?|ninguno|ninguna|nenhum|"
              r"lacuna|لا يوجد|لا توجد|নেই|wala|kesenjangan|eksik)")
_GAP = re.compile(rf"\W*{_GAP_WORDS}(?:\W+{_GAP_WORDS})*\W*", re.IGNORECASE)  # "None / wala"
#: A service cell saying no one offers a service there ("لا توجد دار إيواء في لحج – الإحالة إلى عدن", "Aucun service
#: PE à Bambo", "There is no shelter in Lahj"): a gap the list notes, not a service (24th tryout).
_GAP_SAID = re.compile(r"\W*(?:لا\s+(?:توجد|يوجد)|aucune?|pas\s+de|no\s+hay|não\s+há|there\s+(?:is|are)\s+no|"
                       r"no\s+(?:partner|actor|provider|service)s?|gaps?\s*:|ঘাটতি\s*:?|فجوة\s*:|ثغرة\s*:|lacune\s*:|"
                       r"brecha\s*:)\s", re.IGNORECASE)
#: Words of a heading row that names a place ("UKHIA UPAZILA", "DISTRITO DE PEMBA"), not an organisation.
_PLACE_WORDS = re.compile(r"\b(?:districts?|upazilas?|unions?|camps?|provinces?|regions?|zones?|territoires?|distritos?|"
                          r"provincias?|província|departamentos?|municipios?|wards?|lgas?|states?|count(?:y|ies)|"
                          r"governorates?|divisions?|sub-?count(?:y|ies)|محافظة|ولاية|উপজেলা|জেলা|ইউনিয়ন)\b",
                          re.IGNORECASE)
#: "BRAC – Child Friendly Space": an organisation and its service in one name (a list with no organisation column).
_ORG_DASH = re.compile(r"^(.{2,80}?)\s+[–—-]\s+(.*\D.*)$")
#: A line of a cell that gives a phone number ("Tel: 01712-555123", "Hotline: 01799-555300", "09612-119911").
_PHONE_LINE = re.compile(r"^(?:(?:tel|tél|phone|hotline|helpline|mobile|cell|contact|whatsapp)\w*\.?\s*[:.]?\s*)?"
                         r"(\+?[\d(][\d\s().-]{5,}\d)\s*$", re.IGNORECASE)
_A_NOTE = re.compile(r"^(?:notes?|nb|n\.b\.|source|sources|remarques?|nota|fuente|ملاحظة|المصدر|মন্তব্য|সূত্র)\b|[.!?]\s*$|:",
                     re.IGNORECASE)


def _organisation_alone(org_name: str, filled: list) -> bool:
    """Whether a row that holds only an organisation's name and its number in the list ("9", "Fondation
    Lumière") is a partner listed with no service; not a note written in the organisation column
    ("Source: …"), nor a heading alone on its row ("CHT + Chattogram")."""
    others = [x for x in filled if v.clean_text(x) != org_name]
    return (bool(others) and len(org_name.split()) <= 8 and not _A_NOTE.search(org_name)
            and all(type(x) in (int, float) or str(x).strip().rstrip(".").isdigit() for x in others))


_A_WORD = re.compile(r"[^\W\d_]{3}")
_ARABIC, _BENGALI = re.compile(r"[\u0600-\u06ff]"), re.compile(r"[\u0980-\u09ff]")


def _words(value: object) -> str:
    """A cell's text when it holds words (not a number, a date or a code such as "B-7")."""
    return v.clean_text(value) if type(value) is str and _A_WORD.search(value) else ""


def fill_merged_down(sheet: SheetData, first_data_row: int) -> None:
    """A cell merged down over several rows of the table ("AFESOK" beside two of its services) gives
    its value to each of them (a workbook keeps it only in the top one). Merges across a row (a
    group title such as "CHITTAGONG HILL TRACTS") are left alone. Filling twice changes nothing."""
    for r0, c0, r1, _c1 in sheet.merged:
        if r0 < first_data_row or r1 <= r0 or r0 >= len(sheet.rows):
            continue
        top = sheet.rows[r0][c0] if c0 < len(sheet.rows[r0]) else None
        for r in range(r0 + 1, min(r1 + 1, len(sheet.rows))):
            row = sheet.rows[r]
            if c0 < len(row) and row[c0] in (None, ""):
                row[c0] = top


def organisation_written_once(rows: list, first_data_row: int, column: int, merged: list = ()) -> bool:
    """Whether a table writes each organisation once over the rows of its services, leaving its cell blank
    below (not merged: pasted from a document), rather than on every row: more rows of other content with
    a blank organisation right under one with an organisation than rows repeating the one above. A cell
    merged down over its services' rows (filled in by :func:`fill_merged_down`) is written once too."""
    under_merge = {r for r0, c0, r1, c1 in merged if c0 <= column <= c1 for r in range(r0 + 1, r1 + 1)}
    blank_under = repeated = 0
    above = None
    for i, row in enumerate(rows[first_data_row:], first_data_row):
        cell = row[column] if column < len(row) else None
        here = cell.strip() if type(cell) is str else cell
        if i in under_merge:
            blank_under += 1
            continue
        if here in ("", None):
            if above is not None and sum(1 for x in row if x not in ("", None)) >= 2:
                blank_under += 1
            else:
                above = None  # a blank row or a note ends the organisation's rows
            continue
        repeated += here == above
        above = here
    return blank_under > repeated


def column_letter(col: int) -> str:
    out = ""
    col += 1
    while col:
        col, rem = divmod(col - 1, 26)
        out = chr(65 + rem) + out
    return out


class Builder:
    """Collects records from the rows of every sheet of one file, spotting repeated entries."""

    def __init__(self, result: ImportResult, *, region: str | None, taxonomy: Taxonomy, day_first: bool = True,
                 not_confidential: set[tuple[str, int]] | None = None,
                 confidential: set[tuple[str, int]] | None = None):
        self.result, self.region, self.taxonomy, self.day_first = result, region, taxonomy, day_first
        self.not_confidential = not_confidential or set()  # (sheet, row) the user said are not confidential
        self.confidential = confidential or set()  # (sheet, row) the user said are confidential
        self.finder = TypeFinder(taxonomy)
        self.secrets = ConfidentialWords(self.finder)
        self.points = PointFixes(region)
        self.orgs: dict[str, Organisation] = {}
        self.sites: dict[tuple, Site] = {}
        self.services: dict[tuple, Service] = {}
        self.by_place: dict[tuple, list[tuple[str, Service]]] = {}
        self.now = datetime.now(timezone.utc).replace(microsecond=0)
        self._wordy: list[tuple[int, str]] = []  # (column, field or header) whose words are checked
        self._marks: list[tuple[int, str]] = []  # a matrix of services: (column, type it marks)
        self._sheet_types = ""  # the sheet's name, when it names the types of rows that say nothing else
        self._unnamed: list[int] = []  # with no column saying what the services are: the columns that may
        self._unnamed_extras: list[int] = []  # … and those of them no header word named (read for types too)
        self._coded_names: set[str] = set()  # sheets whose organisations are KoBo choice names (said once each)
        self._more_services: list[int] = []  # "Service 2", "Service 3" … beside "Service 1": more of the row's types
        self._heading: tuple[str, RowOutcome] | None = None  # the organisation a heading row names for the rows under it
        self._no_organisation = False  # a table with no organisation column: it is read from each service's name
        self._grouped: set[str] = set()  # sheets whose services are grouped under headings (said once each)
        self._type_heading = ""  # the service type a heading row names for the rows under it ("APPUI PSYCHOSOCIAL")
        self._header_keys: dict[int, str] = {}  # the table's header cells, to know it when it comes again
        self._first_data_row = 0
        self._probe: list[tuple[int, str]] = []  # the first two header cells, checked first
        self._reach_columns: list[int] = []  # coordinates, phone, e-mail: numbers in a service's row, words in a header's
        self._status_heading: tuple[str, str] | None = None  # (status, heading) of the rows under "INACTIVE PARTNERS"
        self._may_head_types = False  # a table whose rows' types may come from heading rows (no type column)
        self._wide_rows: set[int] = set()  # rows with a cell merged across columns (a heading's)
        self._more: dict[str, list[int]] = {"phone_more": [], "email_more": []}  # columns of more numbers, addresses
        self._sheet_organisation = ""  # the organisation a sheet names for all its rows, where no column does
        self._facility_words: set[str] = set()  # fields a KoBo repeat's submission gives its services: not read for types
        self._kind_columns: list[int] = []  # "Type de structure": read with the organisation's name for types
        self._marked: list[str] = []  # the row being read: the headers of its marked columns
        self._marks_say = ""  # the row being read: the status its service columns say instead of a mark ("prévu")
        self._shared_rows: set[int] = set()  # the sheet's Excel rows that stand for several services (a grid's)
        self._partly: list[str] = []  # … and the headers of those marked as offered in part ("partial")
        self._kept_in_part: tuple[str, ...] = ()  # … and the types its text stops that such a column keeps
        self._more_texts: list[str] = []  # … and its "Service 2" … cells
        self.legend: tuple[str, dict[str, str]] | None = None  # (sheet, code -> words): "1" is "إدارة الحالة"
        self.status_marks: dict[str, str] = {}  # the marks and codes a legend says mean a status: "p" is "prévu"
        self._not_offered_marks: dict[str, str] = {}  # … those of them other than active
        self._legend_read: set[str] = set()  # sheets whose type codes were read with the legend (said once each)
        self._continued: dict[int, tuple[int, list[int]]] = {}  # rows that carry on the row above (a PDF's)
        self._made_name = ""  # the row being read: the name made from its types, where it has none
        self._org_above: tuple[int, str] | None = None  # (row, organisation) of the last service row read
        self._once = False  # a table that writes each organisation once, over the rows of its services
        self._marks_no: frozenset[str] = frozenset()  # marks a legend says mean "not available" ("x")
        self._carried: set[str] = set()  # sheets whose blank organisations are read as the one above (said once each)

    def _heading_in(self, sheet: SheetData, i: int, row: list, cols: dict[str, int]) -> str:
        """The text of a heading row over rows of services ("APPUI PSYCHOSOCIAL", "1- PEC MÉDICALE", "4-
        SECURITE"), else "": one text in the row, in capitals or merged across columns, above a row with an
        organisation of its own (a heading above rows with none names their organisation)."""
        filled = [x for x in row if x not in ("", None)]
        if len(filled) != 1 or type(filled[0]) is not str:
            return ""
        text = v.clean_text(filled[0])
        org_col = cols.get("organisation", cols.get("lead_organisation"))
        below = next((r for r in sheet.rows[i + 1:i + 4] if r is not _RELEASED and any(x not in ("", None) for x in r)),
                     None)
        if org_col is None or below is None or org_col >= len(below) or below[org_col] in ("", None):
            return ""
        return text if text.isupper() or i in self._wide_rows else ""

    # --- records shared by rows ------------------------------------------------------

    def organisation(self, name: str, prov: Provenance) -> Organisation:
        key = v.match_key(name)
        org = self.orgs.get(key)
        if org is None:
            for other_key, other in self.orgs.items():
                if len(key) > 6 and v.nearly_same(key, other_key, v.ORG_SIMILARITY):  # "Save the Childern"
                    self.orgs[key] = org = other
                    break
        if org is None:
            org = Organisation(name=name, provenance=[prov])
            self.orgs[key] = org
            self.result.organisations.append(org)
        return org

    def site(self, org: Organisation, name: str, location: str, point: tuple, make) -> Site:
        key = (org.id, v.match_key(name), v.match_key(location), point)
        site = self.sites.get(key)
        if site is None:
            site = self.sites[key] = make()
            self.result.sites.append(site)
        return site

    # --- one sheet -------------------------------------------------------------------

    def read_table(self, sheet: SheetData, table: Table, progress=None, cancelled=None, release_rows=False) -> None:
        """Every row under the header, each with its outcome. ``release_rows`` lets each row of the sheet go
        once it is read (an import of 100,000 rows then holds the records, not the cells as well)."""
        cols = columns_of(table.mapping)
        self._shared_rows = {n for n, k in Counter(sheet.row_numbers).items() if k > 1}  # a grid's: several cells
        extras = [(m.column, m.header or m.hxl or f"column {column_letter(m.column)}") for m in table.mapping
                  if m.field == "extra"]
        self._more = {f: columns_holding(table.mapping, f) for f in ("phone_more", "email_more")}
        used = sorted(set(cols.values()) | {c for c, _ in extras} | {c for more in self._more.values() for c in more})
        fields = [(name, col) for name, col in cols.items()]
        self._wordy = [(cols[f], f) for f in _WORDY if f in cols] + extras
        self._what_rows_say(sheet, table, cols, extras)
        rows = sheet.rows
        fill_merged_down(sheet, table.first_data_row)
        self._continued = continued_rows.find(rows, table.first_data_row, cols)
        continued_rows.join(rows, self._continued, cols)  # "… separated &" / "unaccompanied children": one cell
        n = len(rows)
        for i in range(table.first_data_row, n):
            if cancelled is not None and i % 2000 == 0:
                if cancelled():
                    from directory.tasks import Cancelled

                    raise Cancelled()
                if progress is not None:
                    progress(i / max(n, 1), f"{sheet.name}: row {i + 1:,} of {n:,}")
            self.read_row(sheet, i, rows[i], cols, extras, used, fields)
            if release_rows:
                rows[i] = _RELEASED

    def _header_again(self, row: list, i: int) -> str:
        """Why ``row`` is a header, not a service, else "": the table's header written again lower down (a
        list pasted together from two), or right under it the same headers in another language (English,
        then Dari), its coordinate, phone and e-mail cells words, not numbers."""
        if i != self._first_data_row:  # the common case, cheaply: two cells unlike their headers
            width = len(row)
            for c, key in self._probe:
                if c < width and type(x := row[c]) is str and v.match_key(x) == key:
                    break
            else:
                return ""
        texts = {c: row[c] for c in self._header_keys if c < len(row) and type(row[c]) is str and row[c].strip()}
        same = sum(v.match_key(texts[c]) == key for c, key in self._header_keys.items() if c in texts)
        if same >= 3 and same * 5 >= len(self._header_keys) * 3:
            return "the table's header again, not a service"
        if i != self._first_data_row or len(texts) * 2 < len(self._header_keys):
            return ""
        filled = [x for x in row if x not in ("", None)]
        reach = [row[c] for c in self._reach_columns if c < len(row) and row[c] not in ("", None)]
        if len(reach) >= 2 and all(type(x) is str and not any(ch.isdigit() or ch == "@" for ch in x) for x in filled):
            return "a second header row (the headers in another language), not a service"
        return ""

    def _what_rows_say(self, sheet: SheetData, table: Table, cols: dict[str, int], extras) -> None:
        """Where this table says what its services are, when no service name, type or activity column does:
        a matrix of marked types, the sheet's name ("Refugios"), else any text of the row; with a note."""
        self._header_keys = {m.column: key for m in table.mapping if m.header and (key := v.match_key(m.header))}
        self._first_data_row = table.first_data_row
        self._probe = list(self._header_keys.items())[:2]
        self._reach_columns = [cols[f] for f in ("latitude", "longitude", "coordinates", "phone", "email") if f in cols]
        for m in table.mapping:
            if m.how == "content":
                self.result.notes.append(
                    f"sheet '{sheet.name}': column {column_letter(m.column)} ('{m.header or m.hxl}') was read as "
                    f"{FIELDS[m.field]} from what it holds; if that is wrong, choose its field in the import "
                    "wizard's column step.")
        says_what = bool(cols.keys() & {"service", "activity", "types"})
        # a KoBo repeat's rows say their own types: the submission's remarks ("legal aid clinic on Tuesdays") are
        # the facility's, not each service's (17th tryout, Kakuma)
        self._facility_words = {f for f in ("description", "remarks") if cols.get(f) in sheet.joined} if any(
            c not in sheet.joined for f, c in cols.items() if f in ("service", "activity", "types")) else set()
        self._heading, self._type_heading, self._status_heading, self._org_above = None, "", None, None
        self._once = "organisation" in cols and organisation_written_once(sheet.rows, table.first_data_row,
                                                                           cols["organisation"], sheet.merged)
        self._wide_rows = {r0 for r0, c0, _r1, c1 in sheet.merged if c1 > c0}
        self._sheet_organisation = table.organisation  # "Organisation: ASAM" above the header, or the sheet's name
        self._kind_columns = [c for c, header in extras if names_organisation_kind(header)]
        self._no_organisation = names_none(table) and not table.organisation
        if self._no_organisation:
            self.result.notes.append(
                f"sheet '{sheet.name}': no column names the organisation: each service's organisation is read from "
                "its name ('BRAC – Child Friendly Space' gives BRAC), else is its name, and rows that name no "
                "service are left out. If a column holds the organisations, choose 'Organisation' for it in the "
                "import wizard's column step and import again.")
        named = {NUMBERED.sub("", m.header or "").strip().lower() for m in table.mapping
                 if m.field in ("service", "types", "activity") and NUMBERED.search(m.header or "")}
        self._more_services = [c for c, header in extras if NUMBERED.search(header)
                               and NUMBERED.sub("", header).strip().lower() in named]
        # columns of marks (KoBo's 0/1 "service_type/legal_aid", a matrix of x, Niger's "PEC psychosociale: Oui")
        # say types, beside a service name or type column too: KoBo's agree with its type column, and a list's
        # may add what its free text leaves out ("Espace sûr" marked Oui for psychosocial care)
        self._not_offered_marks = {m: s for m, s in self.status_marks.items() if STATUSES[s] != "active"}  # "p"
        self._marks = marked_type_columns(table.mapping, sheet.rows, table.first_data_row, self.finder,
                                          self._not_offered_marks)
        self._marks_no = marks_said_no(sheet.rows, table.first_data_row) if self._marks else frozenset()  # "x = not …"
        self._sheet_types = "" if says_what or self._marks or not self.finder.matcher().codes(sheet.name) else (
            sheet.name)
        self._may_head_types = "types" not in cols and not self._marks and not self._sheet_types
        self._unnamed, self._unnamed_extras = [], []
        if says_what or self._marks:
            return
        self._unnamed = [cols[f] for f in ("site", "sub_sector", "sector", "description", "remarks") if f in cols]
        self._unnamed_extras = [c for c, _ in extras]
        self._unnamed += self._unnamed_extras
        self.result.notes.append(
            f"sheet '{sheet.name}': no column says what each service is (a service name, type or activity): each "
            + (f"service is typed from the sheet's name and its text. " if self._sheet_types else
               "service is named from its first text and typed from all its text. ")
            + "If a column holds the services, choose 'Service type(s)' for it in the import wizard's column step "
            "and import again.")

    def read_row(self, sheet: SheetData, i: int, row: list, cols: dict[str, int], extras, used, fields=None) -> None:
        excel_row = sheet.row_numbers[i] if sheet.row_numbers else i + 1
        outcome = RowOutcome(sheet.name, excel_row, "imported")
        self.result.rows.append(outcome)
        if i in self._continued:
            above, columns = self._continued[i]
            outcome.status = "not-a-service"
            cells_read = ", ".join(f"{column_letter(c)}{above + 1}" for c in columns)
            outcome.messages = [f"the rest of row {above + 1} ({cells_read}), split over two rows (as a PDF converted "
                                "to a sheet does): read with that row"]
            return
        msgs = outcome.messages
        self._made_name = ""
        cells: dict[int, object] = {}
        width = len(row)
        errors = sheet.errors
        for col in used:
            value = row[col] if col < width else None
            if value is None or value == "":
                if errors and (i, col) in errors:
                    msgs.append(f"cell {column_letter(col)}{excel_row} held {errors[(i, col)]}; that value was "
                                "left out")
                continue
            if type(value) is str:
                if (value[0] == "#" or value[0].isspace()) and value.strip() in _ERROR_TEXTS:
                    msgs.append(f"cell {column_letter(col)}{excel_row} held {value.strip()}; that value was left out")
                    continue
                if len(value) > MAX_CELL_CHARS:
                    msgs.append(f"cell {column_letter(col)}{excel_row} holds {len(value):,} characters; only the "
                                f"first {MAX_CELL_CHARS:,} were kept")
                    value = value[:MAX_CELL_CHARS]
                if not value.isascii():  # bidirectional controls removed, with a note saying where
                    value = safe_text.note_bidi(value, lambda: f"cell {column_letter(col)}{excel_row}", msgs)
            cells[col] = value
        if not cells and not any(x not in ("", None) for x in row):
            outcome.status, outcome.messages = "not-a-service", ["blank row"]
            return
        if (again := self._header_again(row, i)):
            outcome.status, outcome.messages = "not-a-service", msgs + [again]
            return
        if fields is None:
            fields = list(cols.items())
        # the row's values by field name (a cell left out above is simply absent)
        f = {name: cells[col] for name, col in fields if col in cells}
        if self._no_organisation and "service" in f and (
                "\n" in str(f["service"]) or sum(1 for x in row if x not in ("", None)) >= 2):
            self._organisation_from_name(f)
        get = f.get
        org_name = v.clean_text(get("organisation")) or v.clean_text(get("lead_organisation"))
        if _OTHER.fullmatch(org_name) or not org_name:  # KoBo: "other", and the name in "org_name_other"
            org_name = v.clean_text(get("organisation_other")) or org_name or self._sheet_organisation
        elif _CHOICE_CODE.fullmatch(org_name):  # KoBo's choice name: "borno_child_care_initiative"
            code, org_name = org_name, org_name.replace("_", " ").strip().title()
            if sheet.name not in self._coded_names:
                self._coded_names.add(sheet.name)
                self.result.notes.append(
                    f"sheet '{sheet.name}': organisations are written as KoBo choice names ('{code}' was read as "
                    f"'{org_name}'). For the names as the form shows them, export the data again with labels "
                    "(KoBoToolbox: Downloads › Value and header format › Labels), or correct them in the services "
                    "panel.")
        if self.legend is not None and "types" in f and (words := code_legend.read(v.clean_text(f["types"]),
                                                                                 self.legend[1])):
            f["types"] = words  # "1، 2": what the codes stand for on the legend's sheet
            if sheet.name not in self._legend_read:
                self._legend_read.add(sheet.name)
                self.result.notes.append(f"sheet '{sheet.name}': the service type codes (1, 2 …) were read with the "
                                         f"legend on sheet '{self.legend[0]}'")
        raw_types = " ; ".join(x for x in (v.clean_text(get("types")), v.clean_text(get("types_other"))) if x)
        if raw_types and _OTHER.match(raw_types) and _OTHER.fullmatch(raw_types.split(" ; ")[0]):
            raw_types = raw_types.split(" ; ", 1)[-1]  # KoBo's "other" and what it is: "Interim care centre"
        typed = raw_types  # as the row writes them: a service's name where no column gives one
        # a matrix of marked types, one sheet per type, "Service 1" … "Service 4" (each names some of the row's
        # types, the first its name too): kept for the type words too (re-typing reads them as here)
        self._marked = [h for c, h in self._marks if c in cells and is_mark(cells[c], self._marks_no)
                        ] if self._marks else []
        self._partly = [h for c, h in self._marks if c in cells and is_partial_mark(cells[c])] if self._marked else []
        self._marks_say = ""
        if self._marks and not self._marked and not raw_types:  # "prévu (juin 2024)" where a mark would be: the
            said = [(h, s) for c, h in self._marks  # service, planned (or suspended), not a row of no service
                    if type(cells.get(c)) is str and (s := self._not_offered_marks.get(cells[c].strip().lower()) or
                                                      status_in_remarks(v.clean_text(cells[c])))]
            if said:
                self._marked, self._marks_say = [h for h, _ in said], said[0][1]
        self._more_texts = [v.clean_text(cells[c]) for c in self._more_services if c in cells]
        if self._marked or self._sheet_types or self._more_texts:
            first = (v.clean_text(get("service")) or v.clean_text(get("activity"))) if self._more_texts else ""
            raw_types = type_column_text(typed, self._sheet_types, self._marked, first, self._more_texts)
        if self._may_head_types and (heading := self._heading_in(sheet, i, row, cols)):
            # "SÉCURITÉ": no type; "Formation GBV case management – Zahlé, 12–14 mars 2024": an event, not a type
            self._type_heading = heading if self.finder.matcher().codes(heading) and not (
                _A_YEAR.search(heading) or no_service(heading)) else ""
            if self._type_heading:  # "PRISE EN CHARGE MÉDICALE": the type of the rows under it
                outcome.status = "not-a-service"
                outcome.messages = msgs + [f"a heading ('{heading[:60]}'): the service type of the rows under it"]
                return
        svc_name = v.clean_text(get("service")) or v.clean_text(get("activity")) or (
            "" if "service" in cols or "activity" in cols else typed or raw_types)
        if self._marks and not raw_types and not svc_name and org_name and not _TOTAL.match(org_name):  # all 0
            outcome.status = "not-a-service"
            outcome.messages = msgs + [f"none of the service columns of row {excel_row} is marked ('{org_name[:60]}'): "
                                       "not a service"]
            return
        first = row[0] if row and row[0] not in ("", None) else next((x for x in row if x not in ("", None)), "")
        if type(first) is str and _TOTAL.match(first.strip()) and all(  # "مجموع نقاط الخدمة:" and its count, or
                _a_number(x) or _A_COUNT.fullmatch(str(x).strip())  # "Total | 14 organisations | 34 services"
                for x in row if x not in ("", None) and x is not first):
            outcome.status = "not-a-service"
            outcome.messages = msgs + [f"a total ('{first.strip()[:60]}'), not a service"]
            return
        if type(first) is str and _EXAMPLE.match(first):
            outcome.status = "not-a-service"
            outcome.messages = msgs + [f"the template's example row ('{first[:60]}'), not a service"]
            return
        if gap := org_name if _GAP.fullmatch(org_name) else svc_name if (
                _GAP_SAID.match(svc_name) or _GAP.fullmatch(svc_name)) else "":  # "GAP" in the service cell too
            outcome.status = "not-a-service"
            outcome.messages = msgs + [f"no organisation offers it here ('{gap[:60]}'): a gap the list notes, not a "
                                       "service"]
            return
        if _FOCAL_ROW.match(svc_name):  # under a group's services: "Focal point: Nasrin Akter, CP Coordinator"
            outcome.status = "not-a-service"
            outcome.messages = msgs + [f"a focal point's contact ('{svc_name[:60]}'), not a service"]
            return
        # a 4W's "Capacity building for social workers", "Coordination meeting"; or a KoBo row whose type is only
        # "other: training", its description "Training of caseworkers on CP case management (3 days)"
        staff = "" if self._marked else (  # a matrix row with services marked is one, whatever its "other services"
            svc_name if no_service(svc_name) else org_name if no_service(org_name)  # "GBV SC monthly meeting"
            else (svc_name or typed) if typed != svc_name and no_service(typed) else "")  # a 4W's "Distribution" type
        if not staff and not self._marked and no_service(described := v.clean_text(get("description"))) and not (
                self.finder.matcher().codes(svc_name)):
            staff = described
        if staff:
            outcome.status = "not-a-service"
            outcome.messages = msgs + [f"an activity ('{staff[:60]}'): a training, meeting, distribution or "
                                       "campaign, not a service people can be referred to"]
            return
        if test := next((x for x in (org_name, svc_name, v.clean_text(get("site"))) if _TEST_ENTRY.fullmatch(x)), ""):
            outcome.status = "not-a-service"  # a KoBo form's trial submission
            outcome.messages = msgs + [f"a test entry ('{test[:60]}'), not a service; if it is a real service, "
                                       "write its real name and import again"]
            return
        if org_name:
            self._heading = None  # a row with its own organisation ends the group of a heading above
        elif self._heading is not None and sum(1 for x in row if x not in ("", None)) >= 2:
            org_name, heading = self._heading  # grouped under a heading row that names the organisation
            heading.messages = [f"a heading ('{org_name[:60]}'): the organisation of the services under it"]
            if sheet.name not in self._grouped:  # said once for the sheet: every row of it would say it
                self._grouped.add(sheet.name)
                self.result.notes.append(
                    f"sheet '{sheet.name}': services are grouped under heading rows that name their organisation "
                    f"(row {heading.row}: '{org_name[:60]}'); each heading is read as the organisation of the rows "
                    "under it that name none.")
        elif self._once and (above := self._org_above) is not None and above[0] == i - 1 and (
                svc_name or raw_types or self._unnamed) and (  # what it offers: in its name, types or other text
                sum(1 for x in row if x not in ("", None)) >= 3 or self.finder.matcher().codes(svc_name or raw_types)):
            org_name = above[1]  # an organisation written once over its services' rows, not merged: "IRC", then blanks
            msgs.append(f"no organisation in row {excel_row}: read as '{org_name[:60]}', the organisation of the row "
                        "above (the list writes each organisation once, over its services); if it is another one, "
                        "write it in and import again")
            if sheet.name not in self._carried:
                self._carried.add(sheet.name)
                self.result.notes.append(
                    f"sheet '{sheet.name}': the organisation is written once over the rows of its services (row "
                    f"{excel_row} has none, under '{org_name[:60]}'); a service row with no organisation right under "
                    "another service is read as that one's organisation.")
        if not svc_name and self._unnamed:  # no column says what: the row's first text, else its organisation's name
            svc_name = next((text for c in self._unnamed if c in cells and (
                text := _words(cells[c]) if c in self._unnamed_extras else v.clean_text(cells[c]))), "") or (
                org_name if org_name and self.finder.matcher().codes(org_name) else "")
        elif svc_name and svc_name in (typed, raw_types) and not (get("service") or get("activity")) and any(
                map(is_choice_list, raw_types.split(" ; "))):
            svc_name = ""  # KoBo's choice names ("cm pss altcare") are no name: the types' labels are
        if not svc_name and org_name and not _TOTAL.match(org_name) and (
                (filled_cells := sum(1 for x in row if x not in ("", None))) > 2 or (raw_types or self._type_heading)
                and not (filled_cells == 1 and _A_NOTE.search(org_name))):  # not a note ("Note: addresses on request")
            # the name cell is empty but the row says what the service is (its types, remarks, a heading's type)
            svc_name = self._made_name = self._name_from_types(self._find_types(f, cells, raw_types, org_name), org_name)
            if svc_name and ("service" in cols or "activity" in cols or not (raw_types or self._type_heading)):
                msgs.append(f"no service name in row {excel_row}: named '{svc_name}' from what the row says; write "
                            "its name in the service name column if it has one")
        if not org_name or not svc_name or _TOTAL.match(org_name):
            filled = [x for x in row if x not in ("", None)]
            if _TOTAL.match(org_name) and sum(1 for x in filled if not _a_number(x)) <= 3:  # the sums beside it
                outcome.status = "not-a-service"
                outcome.messages = msgs + [f"a total ('{org_name[:60]}'), not a service"]
                return
            if not org_name or not svc_name:
                text = v.clean_text(filled[0])[:60] if filled else ""
                if len(filled) <= 2 and org_name and not svc_name and _organisation_alone(org_name, filled):
                    outcome.status = "not-a-service"  # a partner listed with only its number: said by name
                    outcome.messages = msgs + [
                        f"only an organisation ('{org_name[:60]}'), nothing of a service: not imported. If it offers "
                        f"one, write what it offers in row {excel_row} and import again"]
                elif len(filled) <= 2:
                    outcome.status = "not-a-service"
                    outcome.messages = msgs + [f"a note or total ('{text}'), not a service"]
                    if len(filled) == 1 and type(filled[0]) is str and (said := status_heading(filled[0])):
                        self._status_heading = (said, text)  # "INACTIVE / PHASED OUT PARTNERS": the rows under it
                        outcome.messages = msgs + [f"a heading ('{text}'): the status of the rows under it"]
                        return
                    if len(filled) == 1 and type(filled[0]) is str and (text.isupper() or i in self._wide_rows):
                        self._status_heading = None  # another section ("KYANGWALI") ends the one above
                    if len(filled) == 1 and org_name and not (_A_NOTE.search(org_name) or _PLACE_WORDS.search(org_name)):
                        self._heading = (org_name, outcome)  # the organisation of the rows under it, if they have none
                else:
                    outcome.status = "rejected"
                    missing = "organisation" if not org_name else "service name"
                    if org_name and self._unnamed:  # the table has no column saying what its services are
                        msgs.append(f"nothing in row {excel_row} says what the service is: write it in one of the "
                                    "row's cells (or choose the column that says it in the import wizard's column "
                                    "step) and import again")
                    else:
                        msgs.append(f"no {missing}: fill in the '{missing}' column of row {excel_row} and import again")
                return
        self._org_above = (i, org_name)
        self._service(outcome, f, cells, extras, org_name, svc_name, raw_types,
                      Provenance(self.result.file, sheet.name, excel_row, self.now))

    def _service(self, outcome, f, cells, extras, org_name, svc_name, raw_types, prov) -> None:
        msgs = outcome.messages
        cell = f.get
        if self._no_organisation and not (found := self._find_types(f, cells, raw_types, org_name)).codes and (
                not found.settled and not found.stopped):  # no organisation column, no type: a contact, not a service
            outcome.status = "not-a-service"
            outcome.messages = msgs + [f"names no service ('{svc_name[:60]}'): not imported as one. If it is a "
                                       "service, write its organisation and type, and import again"]
            return
        org = self.organisation(org_name, prov)
        names = [v.clean_text(cell(key)) for key in ADMIN_NAMES]
        location = " / ".join(x for x in names if x)
        pcodes = {n: v.clean_text(f[key]) for n, key in _ADM_CODES if key in f}
        lat_cell, lon_cell = cell("latitude"), cell("longitude")
        if lat_cell is None and lon_cell is None:
            lat_cell = cell("coordinates")  # "23°10'05"N 91°58'40"E", a KoBo geopoint, a Plus Code …
        lat, lon, notes = v.parse_point(lat_cell, lon_cell)
        if lat is None and notes and (in_utm := utm_point(lat_cell, lon_cell, self.points.home())) is not None:
            lat, lon, said = in_utm  # "X: 707383 Y: 1448371", a GPS set to UTM
            notes = [said]
        msgs += notes
        if lat is None and lat_cell is None and lon_cell is None:
            lat, lon, where = self._point_in_words(f)
            if where:
                msgs.append(f"coordinates read from its {where}")
        if lat is not None and not self.points.at_home(lat, lon):  # swapped, a minus sign lost: put right by places
            lat, lon, fixed = self.points.settle(lat, lon, tuple(x for x in (*names, v.clean_text(cell("location"))) if x))
            if fixed:
                msgs.append(fixed)
        place = " ".join(x for x in (v.clean_text(cell("location")), v.clean_text(cell("block"))) if x)
        location = " / ".join(x for x in (location, v.clean_text(cell("location"))) if x)
        site_name = v.clean_text(cell("site")) or place or names[2] or names[1] or org_name

        def make_site() -> Site:
            return Site(name=site_name, address=v.clean_text(cell("address")), location_text=location,
                        latitude=lat, longitude=lon, admin_pcodes={k: p for k, p in pcodes.items() if p},
                        location_source="coordinates" if lat is not None else ("pcode" if pcodes else "none"),
                        location_level="point" if lat is not None else "",
                        location_confidence=1.0 if lat is not None else None, provenance=[prov])

        point = (round(lat, 4), round(lon, 4)) if lat is not None else None
        site = self.site(org, site_name, location, point, make_site)
        found = self._types(msgs, f, cells, raw_types, org_name)
        types = list(found.codes)
        name_key = v.match_key(svc_name)
        place = (org.id, tuple(types), site.id)
        twin = self.services.get((*place, name_key))
        if twin is None:
            for other_key, other in self.by_place.get(place, ()):
                if v.nearly_same(name_key, other_key, v.NAME_SIMILARITY):
                    twin = other
                    break
        if twin is not None:
            twin.provenance.append(prov)
            outcome.status, outcome.service_id = "duplicate", twin.id
            msgs.append(f"same service as sheet '{twin.provenance[0].sheet}' row {twin.provenance[0].row}; "
                        "merged into it")
            return
        service = self._make_service(msgs, f, cells, extras, org, svc_name, found, prov)
        self.services[(*place, name_key)] = service
        self.by_place.setdefault(place, []).append((name_key, service))
        self.result.services.append(service)
        self.result.links.append((service.id, site.id))
        outcome.service_id = service.id

    def _organisation_from_name(self, f: dict) -> None:
        """A row of a table with no organisation column: its organisation from its service's cell ("IRC – GBV
        Case Management", else the name itself, "Childline Kenya 116"); the other lines of a cell pasted from
        a document ("Camp 4, Block B", "Tel: 01712-555123") go to the phone and the description."""
        lines = [x.strip() for x in str(f["service"]).splitlines() if x.strip()]
        if not lines:
            return
        m = _ORG_DASH.match(lines[0])
        codes = self.finder.matcher().codes
        if m and codes(m[1]) and not codes(m[2]):  # "Child Helpline 1098 – free, 24/7": the service and a remark
            m = None
        f["organisation"], f["service"] = (m[1], m[2]) if m else (lines[0], lines[0])
        rest = []
        for line in lines[1:]:
            phone = _PHONE_LINE.match(line)
            if phone and f.get("phone") is None:
                f["phone"] = phone[1]
            else:  # a second number, beside the phone column's, is kept with the rest
                rest.append(line)
        if rest:
            f["description"] = " ; ".join(x for x in (v.clean_text(f.get("description")), *rest) if x)

    @staticmethod
    def _point_in_words(f) -> tuple[float | None, float | None, str]:
        """A point written inside the location, address, site or remarks text, and where it was found."""
        for field in ("location", "address", "site", "remarks", "description"):
            text = f.get(field)
            if type(text) is str and any(ch.isdigit() for ch in text) and (found := _point_in(text)):
                lat, lon, notes = v.parse_point(*found)
                if lat is not None and not notes:
                    return lat, lon, FIELDS[field].lower()
        return None, None, ""

    def _find_types(self, f, cells, raw_types, org_name):
        """The row's types from all its text (see importers.service_types); under a heading that names a type
        ("PRISE EN CHARGE MÉDICALE", "LEGAL"), the heading's, where the row's own words name none."""
        self._kept_in_part = ()
        found = self._row_types(f, cells, raw_types, org_name)
        if self._type_heading and not found.codes:
            found = self._row_types(f, cells, " ; ".join(x for x in (raw_types, self._type_heading) if x), org_name)
        if self._partly and found.stopped:  # "CMR: partial", remarks "no PEP in stock, EC only": the part missing
            codes = self.finder.matcher().codes
            kept = found.keeping({c for header in self._partly for c in codes(header)})
            self._kept_in_part, found = tuple(c for c in found.stopped if c not in kept.stopped), kept
        return found

    def _row_types(self, f, cells, raw_types, org_name):
        cell = f.get
        texts = [v.clean_text(cell("description")), v.clean_text(cell("remarks"))] if not self._facility_words else [
            v.clean_text(cell(k)) for k in ("description", "remarks") if k not in self._facility_words]
        if self._unnamed_extras:  # no column says what: the columns no header named are read too
            texts += [_words(cells[c]) for c in self._unnamed_extras if c in cells]
        return self.finder.find(
            type_column=raw_types, sector=v.clean_text(cell("sector")), sub_sector=v.clean_text(cell("sub_sector")),
            name=(name := v.clean_text(cell("service"))), activity=(activity := v.clean_text(cell("activity"))),
            site="" if name or activity else v.clean_text(cell("site")),  # "Hitsats school site" beside "PSS"
            description=" ; ".join(x for x in texts if x),
            organisation=" ; ".join(x for x in (org_name, *(_words(cells[c]) for c in self._kind_columns if c in cells))
                                    if x) if self._kind_columns else org_name,  # "BFP Toliara" and its kind, "Police"
            marked=bool(self._marks))

    def _name_from_types(self, found, org_name: str) -> str:
        """A name for a service whose row has none, from the labels of its types and its organisation
        ("Alternative care – Hope Foundation"); empty when the row names no type."""
        if not found.codes or all(found.sources[c]["how"] == "organisation" for c in found.codes):
            return ""  # the organisation's name alone ("District Hospital") says nothing of this row
        lang = "ar" if _ARABIC.search(org_name) else "bn" if _BENGALI.search(org_name) else "en"  # as the list writes
        labels = ", ".join(self.taxonomy.label(c, lang) for c in found.codes[:3] if c in self.taxonomy)
        return f"{labels} – {org_name}" if labels else ""

    def _types(self, msgs, f, cells, raw_types, org_name):
        """The row's types from all its text, with a note when none was found or one needs a look."""
        cell = f.get
        found = self._find_types(f, cells, raw_types, org_name)
        if not found.codes and not found.settled and not found.stopped:  # else it says which it left out
            said = next((v.clean_text(cell(k)) for k in ("types", "service", "activity", "site", "remarks",
                                                          "description", "sub_sector", "sector") if cell(k)), "")
            msgs.append(f"service type not recognised in its text ('{said[:80]}'): choose its types in the service "
                        "editor, or teach the words with Tools › Service types… in the desktop (or 'servicemap teach' "
                        "and 'servicemap retype')")
        if found.codes or not found.stopped_sources:  # else the whole service may have stopped: said with its status
            self._say_stopped(msgs, found)
        for code in self._kept_in_part:
            msgs.append(f"service type '{code}' kept although the row's text says a part of it is not offered: its "
                        "column is marked as offered in part; check it")
        for code in found.to_review:
            how = found.sources[code]["how"]
            msgs.append(f"service type '{code}' was read from the {how} only"
                        + (" (not a usual type of its sector)" if how != "sector" and found.sectors else "")
                        + "; check it")
        return found

    @staticmethod
    def _say_stopped(msgs: list[str], found) -> None:
        for code in found.stopped:
            msgs.append(f"service type '{code}' left out: the row's text says it is suspended or not offered; check it")

    def _confidentiality(self, msgs, f, cells, found, prov) -> tuple[bool, str]:
        """Whether the service is confidential, and what decided it (see importers.confidential)."""
        said = v.clean_text(f.get("confidential"))
        if (prov.sheet, prov.row) in self.confidential:
            msgs.append("marked confidential by the user in the import wizard")
            return True, "person"
        if (prov.sheet, prov.row) in self.not_confidential and prov.row not in self._shared_rows:
            msgs.append("the user confirmed it is not confidential in the import wizard")
            return False, "person"
        if (prov.sheet, prov.row) in self.not_confidential:  # a grid's row: the services of its other cells too
            msgs.append(f"row {prov.row} holds several services (a grid's cells), so the import wizard's 'not "
                        "confidential' was not applied to them; if this one may be shown, mark it not confidential "
                        "in the service editor after the import")
        sensitive = [c for c in found.codes if c in self.secrets.sensitive]
        open_shelter = self.secrets.open_shelter(self._row_words(f, cells), found.sectors) if sensitive else None
        if sensitive and open_shelter is None:
            label = self.taxonomy.label(sensitive[0]).lower()
            msgs.append(f"marked confidential because it is a {label} service: its point, address and site will not be "
                        "shown" + (f", although its Confidential column says '{said}'" if said and not v.parse_yes(said)
                                   else "") + ". If it may be shown, mark it not confidential in the import wizard")
            return True, "type"
        if v.parse_yes(said):
            return True, "list"
        if v.parse_no(shared := v.clean_text(f.get("location_public"))):
            msgs.append(f"marked confidential because its column '{FIELDS['location_public']}' says '{shared}': its "
                        "point, address and site will not be shown")
            return True, "list"
        for col, where in self._wordy:
            text = cells.get(col)
            if type(text) is str and (words := self.secrets.reason(text, found.sectors, by_type=not open_shelter)):
                column = FIELDS.get(where, f"'{where}' column").lower()
                msgs.append(f"marked confidential because its {column} says '{words}'"
                            + (f" although its Confidential column says '{said}'" if said else "")
                            + "; its point, address and site will not be shown. If it may be shown, mark it not "
                            "confidential in the import wizard")
                return True, "words"
        if open_shelter:
            label = self.taxonomy.label(sensitive[0]).lower()
            msgs.append(f"not marked confidential although it is a {label} service: its text says it is for "
                        f"'{open_shelter}' and names nobody at risk. If its location must stay secret, mark it "
                        "confidential in the import wizard")
        return False, ""

    def _row_words(self, f, cells) -> list[str]:
        """Every text of the row that can say who a shelter is for: its organisation, sector, service,
        target group and remarks, and its extra columns."""
        out = [v.clean_text(f.get(k)) for k in ("organisation", "sector", "sub_sector", "gender")]
        out += [cells[col] for col, _ in self._wordy if type(cells.get(col)) is str]
        return [x for x in out if x]

    def _contact(self, f: dict, cells: dict, field: str, parse) -> tuple[list, list]:
        """The row's phone numbers or e-mail addresses (``parse`` reads one cell), with those of the columns
        that hold more of them ("Mobile" beside "Landline", "Phone 2", "Phone 3")."""
        found, notes = parse(f.get(field))
        for col in self._more[f"{field}_more"]:
            if (more := cells.get(col)) is not None:
                extra, said = parse(more)
                found, notes = found + [x for x in extra if x not in found], notes + said  # (parse may cache)
        return found, notes

    def _phones(self, value: object) -> tuple[list[tuple[str, str]], list]:
        return v.parse_phone_entries(value, self.region)  # each number with the note beside it ("WhatsApp")

    def _make_service(self, msgs, f, cells, extras, org, svc_name, found, prov) -> Service:
        cell = f.get
        types = list(found.codes)
        phones, notes = self._contact(f, cells, "phone", self._phones)
        msgs += notes
        emails, notes = self._contact(f, cells, "email", v.parse_emails)
        msgs += notes
        min_age, max_age, notes = _ages(cell("ages"))
        msgs += notes
        genders = list(_genders(cell("gender")))
        target = v.clean_text(cell("target"))
        if target:
            lo, hi, said = parse_target(target)
            if cell("ages") is None and (lo, hi) != (None, None):
                min_age, max_age = lo, hi
            if cell("gender") is None:
                genders = list(said)
        languages, notes = _languages(cell("languages"))
        languages = list(languages)
        msgs += notes
        verified, notes = _date(cell("verified"), self.day_first)
        msgs += notes
        raw_status = v.clean_text(cell("status")).lower()
        if raw_status in self.status_marks:  # a code the legend explains: "S" is "s (suspended)"
            raw_status = f"{raw_status} ({self.status_marks[raw_status]})"
        status = STATUSES.get(status_word(raw_status), "active")
        if not raw_status and (said := status_in_remarks(v.clean_text(cell("remarks")))):
            status = STATUSES[said]  # "SUSPENDED – staff withdrawn": the remarks' first words
            msgs.append(f"its remarks start with '{said}': recorded as {status}, so pathways leave it out; if it is "
                        "offered today, set its status to active")
        elif not raw_status and self._marks_say:
            status = STATUSES[self._marks_say]
            msgs.append(f"its service columns say '{self._marks_say}', not marked: recorded as {status}, so pathways "
                        "leave it out; if it is offered today, set its status to active")
        elif not raw_status and (not found.stopped or not found.codes) and (said := (
                status_in_remarks(described := v.clean_text(cell("description"))) or status_in_text(described)
                or status_in_text(svc_name) or status_in_text(v.clean_text(cell("types")))
                or status_in_text(v.clean_text(cell("remarks"))))):
            status = STATUSES[said]  # "Case management – SUSPENDED since Jan 2024": all of it, not one of its types
            msgs.append(f"its text says '{said}': recorded as {status}, so pathways leave it out; if it is offered "
                        "today, set its status to active")
        elif not raw_status and self._status_heading:  # under "INACTIVE / PHASED OUT PARTNERS"
            said, heading = self._status_heading
            status = STATUSES[said]
            msgs.append(f"under the heading '{heading}': recorded as {status}, so pathways leave it out; if it is "
                        "offered today, set its status to active")
        elif raw_status and status_word(raw_status) not in STATUSES:
            msgs.append(f"status '{raw_status}' not understood; recorded as active")
        elif status != "active" and raw_status != status:  # "completed", "planned": read as not offered today
            msgs.append(f"status '{raw_status}': recorded as {status}, so pathways leave it out; if it is offered "
                        "today, set its status to active")
        if found.whole_service_stopped(status):  # "Legal aid" / "Phased out – no legal aid actor": keeps its type
            found = found.kept()
            types = list(found.codes)
        elif not found.codes and found.stopped_sources:
            self._say_stopped(msgs, found)
        cost = v.clean_text(cell("cost"))
        description, remarks = v.clean_text(cell("description")), v.clean_text(cell("remarks"))
        if self._facility_words:  # a KoBo repeat's submission's: kept below as the submission's
            description, remarks = ("" if k in self._facility_words else x for k, x in (("description", description),
                                                                                       ("remarks", remarks)))
        if remarks and not description:
            description, remarks = remarks, ""
        if not description and self._unnamed_extras:  # what the row says, where no header said it: kept for retype
            description = " ; ".join(x for c in self._unnamed_extras if c in cells and (x := _words(cells[c])))
        confidential, confidential_by = self._confidentiality(msgs, f, cells, found, prov)
        extra = {}
        for col, name in extras:
            if col in cells:
                extra[name] = v.clean_text(cells[col])
        if remarks:
            extra[FIELDS["remarks"]] = remarks
        for field in self._facility_words:  # kept, as what the whole submission says, not as this service's text
            if said := v.clean_text(cell(field)):
                extra[f"{FIELDS[field]} (submission)"] = said
        hours = v.clean_text(cell("hours"))
        opening_hours = v.parse_schedule(hours)
        if opening_hours:
            extra["opening_hours"] = opening_hours
        explicit_id = v.clean_text(cell("id"))
        focal = v.clean_text(cell("focal"))
        service = Service(
            name=svc_name, organisation_id=org.id, service_types=types, status=status, description=description,
            minimum_age=min_age, maximum_age=max_age, genders=genders,
            eligibility_description=" ; ".join(x for x in (v.clean_text(cell("ages")), target) if x),
            languages=languages, fees_description=cost,
            free_of_charge=True if cost and ("free" in cost.lower() or "grat" in cost.lower()) else None,
            schedule_text=hours, accessibility=v.clean_text(cell("accessibility")),
            assured_date=verified, intake_criteria=v.clean_text(cell("intake")),
            referral_method=v.clean_text(cell("referral")), response_time=v.clean_text(cell("response")),
            feedback_channel=v.clean_text(cell("feedback")), confidential=confidential,
            confidential_by=confidential_by,
            capacity=v.parse_int(cell("capacity")),
            contacts=[Contact(name=focal, phones=[Phone(p, description=said) for p, said in phones], emails=emails)]
            if phones or emails or focal else [],
            extra=extra, provenance=[prov], sector=self._sector(f), type_words=self._type_words(f, cells),
            type_sources=found.sources,
        )
        if explicit_id:
            service.extra["source_id"] = explicit_id
        lead = v.clean_text(cell("lead_organisation"))
        if lead and lead != org.name:
            service.extra[FIELDS["lead_organisation"]] = lead
        return service

    @staticmethod
    def _sector(f) -> str:
        """The sector and sub-sector as the list names them ("Protection / Child protection")."""
        parts = [v.clean_text(f.get("sector")), v.clean_text(f.get("sub_sector"))]
        return " / ".join(dict.fromkeys(x for x in parts if x))

    def _type_words(self, f, cells) -> dict[str, str]:
        """The texts besides the name and description that the types were read from, so that re-typing
        (:mod:`importers.retype`) reads what the import read: the type column, activity, sub-sector and
        sector; the headers of the marked columns of a matrix (and of those marked "partial"), the sheet's name
        where it names the type, the "Service 2" … columns, the heading above the row, and the kind of
        organisation; and the name the import made for a row with none (from its types and organisation), which
        is not read."""
        out = {}
        for field, source in (("types", "type column"), ("activity", "activity"), ("sub_sector", "sub-sector"),
                              ("sector", "sector")):
            text = v.clean_text(f.get(field))
            if field == "types" and f.get("types_other") is not None:
                text = " ; ".join(x for x in (text, v.clean_text(f.get("types_other"))) if x)
            if text:
                out[source] = text
        if self._made_name:  # re-typing reads the name a person gives it later, not this one
            out[MADE_NAME] = self._made_name
        if not (self._marks or self._sheet_types or self._more_services or self._type_heading or self._kind_columns):
            return out
        for source, texts in (
                ("marked columns", self._marked),
                ("marked in part", self._partly),  # "partial": kept when the remarks say which part is missing
                ("sheet", [self._sheet_types]),
                ("more service columns", self._more_texts),
                ("heading", [self._type_heading]),
                ("kind of organisation", [_words(cells[c]) for c in self._kind_columns if c in cells])):
            if text := " ; ".join(x for x in texts if x):
                out[source] = text
        return out

