"""Turning the text people type in service lists into clean values.

Each parser returns the value (or None) and, where it had to guess or give up, a note
for the import report. None of them raises on bad input.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from datetime import date, datetime, timedelta

import phonenumbers
from rapidfuzz import fuzz, utils

from importers import coordinates

Note = str

# --- coordinates ---------------------------------------------------------------


def parse_degrees(value: object) -> float | None:
    """A decimal number, or degrees-minutes-seconds / degrees-decimal-minutes text (see importers.coordinates)."""
    found = coordinates.angle(value)
    return found[0] if found else None


def parse_point(lat_cell: object, lon_cell: object) -> tuple[float | None, float | None, list[Note]]:
    """Latitude and longitude from two cells, or from one cell that holds both (any way people write
    them: importers.coordinates), or a full Plus Code.

    Swapped values are put right when one of them cannot be a latitude (or the hemisphere letters
    say so); 0/0 and out-of-range values count as missing. Each fix or loss comes with a note.
    """
    notes: list[Note] = []
    if lat_cell in (None, "") and lon_cell in (None, ""):
        return None, None, notes
    if lon_cell is None or str(lon_cell).strip() == "" or lat_cell is None or str(lat_cell).strip() == "":
        both = coordinates.point(lat_cell if lat_cell not in (None, "") else lon_cell)
        if both is None:
            notes.append(f"coordinates '{lat_cell if lat_cell not in (None, '') else lon_cell}' not understood; "
                         "the site is left unplaced")
            return None, None, notes
        lat, lon = both
    else:
        a, b = coordinates.angle(lat_cell), coordinates.angle(lon_cell)
        if a is None or b is None:
            notes.append(f"coordinates '{lat_cell}', '{lon_cell}' not understood; the site is left unplaced")
            return None, None, notes
        if a[1] in ("E", "W") and b[1] in ("N", "S", ""):
            a, b = b, a
            notes.append("latitude and longitude were swapped; put right")
        lat, lon = a[0], b[0]
    if lat == 0 and lon == 0:
        notes.append("coordinates 0, 0 treated as missing")
        return None, None, notes
    if abs(lat) > 90 and abs(lon) <= 90:
        lat, lon = lon, lat
        notes.append("latitude and longitude were swapped; put right")
    if abs(lat) > 90 or abs(lon) > 180:
        notes.append(f"coordinates {lat}, {lon} are out of range; treated as missing")
        return None, None, notes
    return lat, lon, notes


# --- phones and e-mails --------------------------------------------------------

_NOT_DIGIT = re.compile(r"[^\d+]")
_NOT_WORD = re.compile(r"[\W_]+")
_SPACES = re.compile(r"\s+")
_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")  # C0 controls and DEL, but not the spaces (tab, line breaks)
#: Between two numbers of a cell: "/" (but not "24/7"), ";", ",", "or", a line break, "&"; not inside a
#: note's brackets ("+90 531 245 67 89 (WhatsApp, Viber)").
SPLIT_PHONES = re.compile(r"\s*(?:(?:(?<!\b24)/(?!7\b)|;|,|\bor\b|&)(?![^()\n]*\))|\n)\s*", re.IGNORECASE)
_SPLIT_EMAILS = re.compile(r"[\s;,/]+")
_EMAIL = re.compile(r"^[A-Za-z0-9._%+'-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$")


def parse_phones(value: object, region: str | None) -> tuple[list[str], list[Note]]:
    """Numbers in E.164 for the project's country (ISO2 ``region``); short codes kept as typed."""
    entries, notes = parse_phone_entries(value, region)
    return [number for number, _said in entries], notes


def parse_phone_entries(value: object, region: str | None) -> tuple[list[tuple[str, str]], list[Note]]:
    """As :func:`parse_phones`, each number with the note written beside it ("+90 531 245 67 89
    (WhatsApp)", "116 (grátis)", "01712-555123 – 24 h"), "" where none."""
    if value in (None, ""):
        return [], []
    if type(value) is str and 7 <= len(value) <= 20 and value.isascii() and value.isdigit():
        # a cell of plain digits ("01700000000"), most of a large list's: no split, no short code, no cache
        rules = _region_rules(region)
        if rules is not None and (fast := _e164_of_digits(value, rules)) is not None:
            return [(fast, "")], []
    phones, notes = _parse_phones(value, region)
    return list(phones), list(notes)


_TYPES = ("fixed_line", "mobile", "toll_free", "premium_rate", "shared_cost", "personal_number", "voip", "pager",
          "uan", "voicemail")
_PLAIN_NUMBER = re.compile(r"\+?[\d\s().-]{6,20}")


@functools.lru_cache(maxsize=64)
def _region_rules(region: str | None) -> tuple | None:
    """For a country whose national prefix is a plain "0": its code, lengths and number patterns.

    This lets the common case ("01700-555123") be checked with the same patterns
    phonenumbers uses, without its full parser (ten times slower, and 100,000 rows add up).
    """
    meta = phonenumbers.PhoneMetadata.metadata_for_region(region) if region else None
    if meta is None or meta.national_prefix != "0" or meta.national_prefix_for_parsing not in (None, "0") or (
        meta.national_prefix_transform_rule
    ):
        return None
    general = meta.general_desc
    descs = []
    for name in _TYPES:
        desc = getattr(meta, name, None)
        if desc is not None and desc.national_number_pattern:
            lengths = set(desc.possible_length or general.possible_length)
            if lengths == {-1}:
                continue
            descs.append((re.compile(desc.national_number_pattern), lengths))
    return str(meta.country_code), re.compile(general.national_number_pattern), set(general.possible_length), descs


def _fast_e164(part: str, region: str | None) -> str | None:
    """E.164 for a plain national or international number, or None to let phonenumbers decide."""
    rules = _region_rules(region)
    if rules is None or not _PLAIN_NUMBER.fullmatch(part):
        return None
    return _e164_of_digits(_NOT_DIGIT.sub("", part), rules)


def _e164_of_digits(digits: str, rules: tuple) -> str | None:
    """:func:`_fast_e164` of a number's digits (and its "+"), with the country's :func:`_region_rules`."""
    code, general, lengths, descs = rules
    if digits.startswith("+" + code):
        nsn = digits[1 + len(code):]
    elif digits.startswith("0") and not digits.startswith("00"):
        nsn = digits[1:]
    else:
        return None
    if len(nsn) not in lengths or not general.fullmatch(nsn):
        return None
    for pattern, desc_lengths in descs:
        if len(nsn) in desc_lengths and pattern.fullmatch(nsn):
            return "+" + code + nsn
    return None


# Words that may stand beside a short code ("Call 1098", "hotline: 109", "999 (toll free)");
# any other letters ("0171 CALL ME", "1-800-FLOWERS") mean the cell is not a short code.
_SHORT_CODE = re.compile(
    r"[\W_]*(?:(?:call|dial|tel|phone|ph|the|le|la|el|al|hotline|helpline|emergency|toll[- ]?free|free|number|no|appel(?:ez)?|"
    r"num[ée]ro|ligne|verte|gratuit|llam(?:e|ar)|l[íi]nea|gratuita|gratis|n[úu]mero|هاتف|الخط الساخن|اتصل|"
    r"হটলাইন|হেল্পলাইন|ফোন)[\W_]*)*(\d{3,6})[\W_]*(?:(?:toll[- ]?free|free|hotline|helpline|emergency|gratuit|"
    r"gratuita|gratis|24/7|24h|24 ?hours?)[\W_]*)*", re.IGNORECASE)


def _short_code_allowed(digits: str, region: str | None) -> bool:
    """A code that stands alone or beside a word such as "call" or "hotline" is a short code,
    unless it starts with 0, the national prefix ("0171" is the start of a number), and the
    numbering plan does not know it (Australia's 000 it does)."""
    if not digits.startswith("0"):
        return True
    try:
        return phonenumbers.is_valid_short_number_for_region(phonenumbers.parse(digits, region), region)
    except phonenumbers.NumberParseException:
        return False


#: A number with a note in words before it ("WhatsApp:", "واتساب") or after it, in brackets or after a dash
#: ("(WhatsApp)", "(Syriatel – weak coverage)", "– 24 h"). Letters elsewhere ("0171 CALL ME") are no note.
_WITH_NOTE = re.compile(r"(?P<before>[^\W\d_][^\d+()]*?)?[\s:]*(?P<number>\+?\(?\d[\d\s().-]*?\d\)?)"
                        r"\s*(?:\((?P<bracketed>[^()]*[^\W\d_][^()]*)\)|[–—-]\s+(?P<dashed>.*[^\W\d_].*))?\s*")


_EXTENSION = re.compile(r"\s*(?:ext|extension|poste|anexo|ramal|interno|x)\.?\s*", re.IGNORECASE)  # not a note


#: Words before a number that only say it is a phone number ("Tel:", "Mobile:", "هاتف:"): no note.
_PHONE_LABEL = re.compile(r"(?:tel|t[ée]l[ée]phone|phone|ph|mob|mobile|cell|cellular|celular|m[óo]vil|portable|"
                          r"telefone|tel[ée]fono|contact|contacto|number|no|num[ée]ro|n[úu]mero|hotline|helpline|"
                          r"هاتف|جوال|موبايل|رقم|ফোন|মোবাইল|হটলাইন|হেল্পলাইন)\.?", re.IGNORECASE)


def number_and_note(part: str) -> tuple[str, str] | None:
    """``part``'s number and the note beside it, or None when it has no note of that shape."""
    m = _WITH_NOTE.fullmatch(part)
    if m is None or not (m["before"] or m["bracketed"] or m["dashed"]) or _EXTENSION.fullmatch(m["before"] or ""):
        return None
    before = (m["before"] or "").strip(" :")
    if _PHONE_LABEL.fullmatch(before):
        before = ""
    note = " ".join(x.strip(" :") for x in (before, m["bracketed"], m["dashed"]) if x and x.strip(" :"))
    return (m["number"], note) if note else None


#: What a phone cell holds when there is no number.
_NO_NUMBER = frozenset(("n/a", "na", "n.a.", "nil", "none", "not available", "s/n", "néant", "ninguno", "لا يوجد"))


@functools.lru_cache(maxsize=65536)
def _parse_phones(value: object, region: str | None) -> tuple[tuple[tuple[str, str], ...], tuple[Note, ...]]:
    text = cell_text(value)
    out: list[tuple[str, str]] = []
    notes: list[Note] = []
    if text.strip().casefold() in _NO_NUMBER:
        return (), ()
    for part in filter(None, SPLIT_PHONES.split(text.strip())):
        if not any(ch.isalnum() for ch in part):  # "—", "-": no number
            continue
        number, said = _phone(part, region)
        # a number with a note beside it: read alone when the whole is not a number ("+90 531 245 67 89
        # (WhatsApp)": phonenumbers reads letters as a keypad's digits), or when phonenumbers read it by
        # dropping the words before it ("WhatsApp: 0535 …"); a short code's words ("Call 1098") are no note
        if (said or len(_NOT_DIGIT.sub("", part)) >= 7 and any(
                ch.isalpha() for ch in part)) and (noted := number_and_note(part.strip())) is not None:
            again, not_said = _phone(noted[0], region)  # the number alone, its note beside it
            if not not_said:
                number, said = again, ""
                out.append((number, noted[1]))
                continue
        out.append((number, ""))
        if said:
            notes.append(said)
    return tuple(out), tuple(notes)


def _phone(part: str, region: str | None) -> tuple[str, Note]:
    """One number of a phone cell: E.164, a short code, or as typed with what is wrong with it."""
    digits = _NOT_DIGIT.sub("", part)
    # the short-code pattern is long; a plain number of 7 digits or more cannot match it
    code = _SHORT_CODE.fullmatch(part.strip()) if len(digits) <= 6 or not _PLAIN_NUMBER.fullmatch(part) else None
    if code or (3 <= len(digits) <= 6 and digits.isdigit()):  # 999, 1098, 10921: helplines, emergency codes
        if code and _short_code_allowed(code[1], region):
            return code[1], ""
        return part.strip(), f"phone '{part.strip()}' is neither a full number nor a short code; kept as typed"
    fast = _fast_e164(part, region)
    if fast is not None:
        return fast, ""
    try:
        number = phonenumbers.parse(part, region)
        if phonenumbers.is_valid_number(number):
            return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164), ""
    except phonenumbers.NumberParseException:
        pass
    return part.strip(), f"phone '{part.strip()}' is not a valid number; kept as typed"


def parse_emails(value: object) -> tuple[list[str], list[Note]]:
    if value in (None, ""):
        return [], []
    out, notes = [], []
    for part in filter(None, _SPLIT_EMAILS.split(str(value).strip())):
        part = part.strip("<>()").lower()
        if _EMAIL.match(part):
            out.append(part)
        else:
            notes.append(f"e-mail '{part}' is not a valid address; left out")
    return out, notes


# --- dates ---------------------------------------------------------------------

_EXCEL_EPOCH = date(1899, 12, 30)
_MONTHS = {m: i for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], start=1)}


def parse_date(value: object, day_first: bool = True) -> tuple[date | None, list[Note]]:
    """A date cell, an Excel serial number, ISO text, dd/mm/yyyy (or mm/dd/yyyy), "Aug-2026", "2026-08"."""
    if value in (None, ""):
        return None, []
    if isinstance(value, datetime):
        return value.date(), []
    if isinstance(value, date):
        return value, []
    if isinstance(value, (int, float)) and 20000 < value < 80000:
        return _EXCEL_EPOCH + timedelta(days=int(value)), []
    text = str(value).strip()
    try:
        return date.fromisoformat(text[:10]), []
    except ValueError:
        pass
    if m := re.fullmatch(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{2,4})", text):
        a, b, y = int(m[1]), int(m[2]), int(m[3])
        y += 2000 if y < 100 else 0
        d, mo = (a, b) if day_first else (b, a)
        if mo > 12 and d <= 12:
            d, mo = mo, d
        try:
            return date(y, mo, d), []
        except ValueError:
            pass
    if (m := re.fullmatch(r"((?:19|20)\d\d)[/.-](\d{1,2})", text)) and 1 <= int(m[2]) <= 12:
        return date(int(m[1]), int(m[2]), 1), []  # a reporting month: "2024-01", "2024/02"
    # "5 March 2026", "Aug-2026", and Excel's "03-Mar-24" and "Mar-24" (March 2024); "March 5, 2026"
    # ("Mar 24" is left alone: the 24th of March, or 2024?)
    if m := re.fullmatch(r"(?:(\d{1,2})[\s/-]+)?([A-Za-z]{3})[A-Za-z]*\.?(?:[\s,/-]+(\d{4})|[/-](\d{2}))", text):
        day, month, year = int(m[1] or 1), m[2], int(m[3] or m[4])
    elif m := re.fullmatch(r"([A-Za-z]{3})[A-Za-z]*\.?\s+(\d{1,2}),?\s+(\d{4})", text):
        day, month, year = int(m[2]), m[1], int(m[3])
    if m and (mo := _MONTHS.get(month.lower())):
        try:
            return date(year + (2000 if year < 100 else 0), mo, day), []
        except ValueError:
            pass
    return None, [f"date '{text}' not understood; left empty"]


# --- eligibility ---------------------------------------------------------------


def parse_ages(value: object) -> tuple[int | None, int | None, list[Note]]:
    """"0-17", "Children 6-14", "18+", "under 18", "All ages" → (minimum, maximum)."""
    if value in (None, ""):
        return None, None, []
    text = str(value).lower()
    if m := re.search(r"(\d{1,2})\s*(?:-|–|to|a|à)\s*(\d{1,3})", text):
        return int(m[1]), int(m[2]), []
    if m := re.search(r"(\d{1,2})\s*\+|(?:over|above|from)\s*(\d{1,2})", text):
        return int(m[1] or m[2]), None, []
    if m := re.search(r"(?:under|below|<)\s*(\d{1,2})", text):
        return 0, int(m[1]) - 1, []
    if "all" in text or "any" in text:
        return None, None, []
    if "child" in text:
        return 0, 17, [f"ages '{value}' read as 0–17"]
    if "adult" in text:
        return 18, None, []
    return None, None, [f"ages '{value}' not understood; kept in the description"]


def parse_genders(value: object) -> list[str]:
    """Empty means everyone."""
    text = str(value or "").lower()
    if not text or "all" in text or "both" in text or "any" in text:
        return []
    found = []
    if re.search(r"\b(female|women|woman|girls?|f)\b", text):
        found.append("female")
    if re.search(r"\b(male|men|man|boys?|m)\b", text):
        found.append("male")
    return found


_LANGUAGES = {
    "bangla": "bn", "bengali": "bn", "বাংলা": "bn", "english": "en", "chakma": "ccp", "marma": "rmz",
    "rohingya": "rhg", "tripura": "trp", "kokborok": "trp", "mro": "mro", "arabic": "ar", "french": "fr",
    "spanish": "es", "urdu": "ur", "hindi": "hi", "burmese": "my", "chittagonian": "ctg", "sylheti": "syl",
    "portuguese": "pt", "swahili": "sw", "somali": "so", "amharic": "am", "tigrinya": "ti", "hausa": "ha",
}


def parse_languages(value: object) -> tuple[list[str], list[Note]]:
    """Language names to ISO 639 codes; unknown names are kept as written, with a note."""
    if value in (None, ""):
        return [], []
    out, notes = [], []
    for part in filter(None, re.split(r"\s*(?:[,;/&+]|\band\b)\s*", str(value).strip())):
        key = part.strip().lower()
        code = _LANGUAGES.get(key) or (key if re.fullmatch(r"[a-z]{2,3}", key) else None)
        if code is None:
            notes.append(f"language '{part}' not recognised; kept as written")
            code = part.strip()
        if code not in out:
            out.append(code)
    return out, notes


def parse_yes(value: object) -> bool:
    return str(value or "").strip().lower() in ("yes", "y", "true", "1", "x", "oui", "sí", "si", "হ্যাঁ", "نعم")


def parse_no(value: object) -> bool:
    return str(value or "").strip().lower() in ("no", "n", "false", "0", "non", "না", "لا", "não", "nao")


def parse_int(value: object) -> int | None:
    try:
        return int(float(str(value).replace(",", "").strip())) if value not in (None, "") else None
    except ValueError:
        return None


_CLEANED: dict[str, str] = {}  # text -> its clean form, for the texts a list repeats
_CLEANED_MAX = 65_536
_REMEMBERED_CHARS = 200  # bounds what the memory keeps between imports (65,536 texts of at most 200 characters)


def cell_text(value: object) -> str:
    """A cell's value as text as it shows in the sheet: a whole number stored as a float without its ".0"
    (a phone 921880453.0 is "921880453")."""
    return str(int(value)) if isinstance(value, float) and value.is_integer() else str(value)


def clean_text(value: object) -> str:
    """Collapse runs of spaces, strip, drop control characters (a bell, a terminal escape), and
    normalise Unicode (NFC).

    A text is cleaned once and its clean form remembered: a list repeats its organisations, places
    and remarks on every row, and the records of one import then share one copy of each (the
    memory of a 100,000-row import). Texts of up to 200 characters are remembered; the memory is
    emptied when full, so distinct texts cost little."""
    if value is None:
        return ""
    if type(value) is not str:
        return _cleaned(cell_text(value))
    clean = _CLEANED.get(value)
    if clean is None:
        clean = _cleaned(value)
        if len(value) <= _REMEMBERED_CHARS:  # a long text is rarely repeated: not kept
            if len(_CLEANED) >= _CLEANED_MAX:
                _CLEANED.clear()
            _CLEANED[value] = clean
    return clean


def _cleaned(text: str) -> str:
    if text.isascii() and text.isprintable() and "  " not in text and text == text.strip():
        return text  # the common case, already clean (isprintable: no tab, line break or control character)
    return _SPACES.sub(" ", _CONTROLS.sub("", unicodedata.normalize("NFC", text))).strip()


@functools.lru_cache(maxsize=65536)
def match_key(text: str) -> str:
    """A key for spotting the same name typed differently (case, spacing, punctuation, accents)."""
    if text.isascii():  # no accents to strip, and casefold() is lower() for ASCII
        return _NOT_WORD.sub(" ", text.lower()).strip()
    text = unicodedata.normalize("NFKD", text.casefold())
    text = "".join(c for c in text if not unicodedata.combining(c))
    return _NOT_WORD.sub(" ", text).strip()


_NUMBER = re.compile(r"\d+")
ORG_SIMILARITY = 94  # two organisations' names at least this alike (rapidfuzz ratio) are one organisation
NAME_SIMILARITY = 90  # two services of one organisation, type and place at least this alike are one service


def nearly_same(key: str, other: str, score: float) -> bool:
    """Whether two names (their :func:`match_key`) are one name typed differently: alike to at least
    ``score`` (a rapidfuzz ratio) and the same numbers in them. "Save the Childern" is Save the
    Children, "Camp 01" Camp 1; but "Partner 10" is not "Partner 1", nor "CFS 2" CFS 1."""
    return (fuzz.ratio(key, other, processor=utils.default_process) >= score
            and [int(n) for n in _NUMBER.findall(key)] == [int(n) for n in _NUMBER.findall(other)])


# --- opening hours -------------------------------------------------------------

_DAYS = {"mon": "Mo", "tue": "Tu", "wed": "We", "thu": "Th", "fri": "Fr", "sat": "Sa", "sun": "Su",
         "lun": "Mo", "mar": "Tu", "mer": "We", "jeu": "Th", "ven": "Fr", "sam": "Sa", "dim": "Su",
         "mié": "We", "mie": "We", "jue": "Th", "vie": "Fr", "sáb": "Sa", "dom": "Su"}
_DAY = r"(mon|tue|wed|thu|fri|sat|sun|lun|mar|mer|jeu|ven|sam|dim|mié|mie|jue|vie|sáb|dom)[a-zéá]*\.?"
_TIME = r"(\d{1,2})(?:[:.h](\d{2})?)?\s*(am|pm)?"
_SCHEDULE = re.compile(rf"{_DAY}\s*(?:-|–|to|à|a|al)\s*{_DAY}\s*,?\s*{_TIME}\s*(?:-|–|to|à|a)\s*{_TIME}",
                       re.IGNORECASE)


def _clock(hour: str, minute: str | None, half: str | None) -> str | None:
    h, m = int(hour), int(minute or 0)
    if half and half.lower() == "pm" and h < 12:
        h += 12
    if half and half.lower() == "am" and h == 12:
        h = 0
    return f"{h:02d}:{m:02d}" if h <= 24 and m < 60 else None


@functools.lru_cache(maxsize=4096)
def parse_schedule(value: object) -> str | None:
    """A simple weekly schedule ("Sun-Thu 9am-5pm", "Lun-Ven 8h-16h") in OpenStreetMap's
    opening_hours form ("Su-Th 09:00-17:00"); None when the text says something else (kept as text)."""
    if value in (None, ""):
        return None
    text = str(value).strip()
    if re.fullmatch(r"24\s*/\s*7|24 hours|24h|always open", text, re.IGNORECASE):
        return "24/7"
    m = _SCHEDULE.fullmatch(text)
    if not m:
        return None
    first, last = _DAYS.get(m[1].lower()[:3]), _DAYS.get(m[2].lower()[:3])
    start, end = _clock(m[3], m[4], m[5]), _clock(m[6], m[7], m[8])
    if not (first and last and start and end):
        return None
    if not m[5] and not m[8] and end < start and int(m[6]) < 12:  # "9-5": the second is in the afternoon
        end = _clock(str(int(m[6]) + 12), m[7], None)
    return f"{first}-{last} {start}-{end}"
