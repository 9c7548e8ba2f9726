"""The import report's sentences (each row's messages, the file's notes) in the interface's language.

importers/ knows no Qt and writes them in English, as the command line, the exported report and the
history kept in the project show them. The report view shows them through here: each sentence the
importers can write is a Qt template below (``%1`` … for what it fills in), so lupdate collects it and
each language translates it; a sentence that matches none is shown as written, and so is every
sentence while no translation is installed. ``tests/test_import_messages_qt.py`` reads the importers'
sources and fails when a sentence there has no template here.

What a sentence fills in is shown as follows: a value the template quotes ('…') is the list's own text
and stays as written; a service type's code or English label becomes its label in the interface's
language; a whole number is written as the interface writes numbers; a few words the importers put
in (where a type was read from, the way a point was put right, a service status) are translated too.
"""

from __future__ import annotations

import functools
import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from desktop.importing.field_words import label_in_words
from directory.sentence_patterns import refill, template_of

CONTEXT = "ImportMessages"

#: Every sentence importers/ (and directory.safe_text) can put in a row's messages or a file's notes.
MESSAGES = [
    # a cell's value
    QT_TRANSLATE_NOOP("ImportMessages", "cell %1 held %2; that value was left out"),
    QT_TRANSLATE_NOOP("ImportMessages", "cell %1 holds %2 characters; only the first %3 were kept"),
    QT_TRANSLATE_NOOP("ImportMessages", "%1 held %2, which can make a name or a phone number read differently from "
                                        "what it is; removed"),
    QT_TRANSLATE_NOOP("ImportMessages", "blank row"),
    QT_TRANSLATE_NOOP("ImportMessages", "the table's header again, not a service"),
    QT_TRANSLATE_NOOP("ImportMessages", "a second header row (the headers in another language), not a service"),
    QT_TRANSLATE_NOOP("ImportMessages", "a total ('%1'), not a service"),
    QT_TRANSLATE_NOOP("ImportMessages", "a note or total ('%1'), not a service"),
    QT_TRANSLATE_NOOP("ImportMessages", "a focal point's contact ('%1'), not a service"),
    QT_TRANSLATE_NOOP("ImportMessages", "the rest of row %1 (%2), split over two rows (as a PDF converted to a sheet "
                      "does): read with that row"),
    QT_TRANSLATE_NOOP("ImportMessages", "an activity ('%1'): a training, meeting, distribution or campaign, not a "
                                        "service people can be referred to"),
    QT_TRANSLATE_NOOP("ImportMessages", "a test entry ('%1'), not a service; if it is a real service, write its real "
                                        "name and import again"),
    QT_TRANSLATE_NOOP("ImportMessages", "the template's example row ('%1'), not a service"),
    QT_TRANSLATE_NOOP("ImportMessages", "none of the service columns of row %1 is marked ('%2'): not a service"),
    QT_TRANSLATE_NOOP("ImportMessages", "no organisation offers it here ('%1'): a gap the list notes, not a service"),
    QT_TRANSLATE_NOOP("ImportMessages", "names no service ('%1'): not imported as one. If it is a service, write its "
                                        "organisation and type, and import again"),
    QT_TRANSLATE_NOOP("ImportMessages", "a heading ('%1'): the organisation of the services under it"),
    QT_TRANSLATE_NOOP("ImportMessages", "a heading ('%1'): the service type of the rows under it"),
    QT_TRANSLATE_NOOP("ImportMessages", "only an organisation ('%1'), nothing of a service: not imported. If it "
                                        "offers one, write what it offers in row %2 and import again"),
    QT_TRANSLATE_NOOP("ImportMessages", "other services of this list are at its place and show it on maps and "
                                        "pathways: %1. Mark them confidential too in the import wizard, or give "
                                        "them their own address"),
    QT_TRANSLATE_NOOP("ImportMessages", "services already in the project are at its place and show it on maps and "
                                        "pathways: %1. Mark them confidential too in the services panel, or give "
                                        "them their own address"),
    QT_TRANSLATE_NOOP("ImportMessages", "it is at the place of '%1', a confidential service already in the project, "
                                        "and would show that place on maps and pathways. Mark it confidential in "
                                        "the import wizard, or give it its own address"),
    # what the row lacks
    QT_TRANSLATE_NOOP("ImportMessages", "no service name in row %1: named '%2' from what the row says; write its name "
                                        "in the service name column if it has one"),
    QT_TRANSLATE_NOOP("ImportMessages", "nothing in row %1 says what the service is: write it in one of the row's cells "
                                        "(or choose the column that says it in the import wizard's column step) and "
                                        "import again"),
    QT_TRANSLATE_NOOP("ImportMessages", "no organisation: fill in the 'organisation' column of row %1 and import again"),
    QT_TRANSLATE_NOOP("ImportMessages", "no service name: fill in the 'service name' column of row %1 and import "
                                        "again"),
    QT_TRANSLATE_NOOP("ImportMessages", "service record %1 has no %2; fix it in the source system"),
    # the same service twice, or again
    QT_TRANSLATE_NOOP("ImportMessages", "same service as sheet '%1' row %2; merged into it"),
    QT_TRANSLATE_NOOP("ImportMessages", "same service as row %1; merged into it"),
    QT_TRANSLATE_NOOP("ImportMessages", "same service id as record %1; left out"),
    QT_TRANSLATE_NOOP("ImportMessages", "already in the project: no change"),
    QT_TRANSLATE_NOOP("ImportMessages", "already in the project: its record was updated"),
    # service types
    QT_TRANSLATE_NOOP("ImportMessages", "service type not recognised in its text ('%1'): choose its types in the "
                                        "service editor, or teach the words with Tools › Service types… in the desktop "
                                        "(or 'servicemap teach' and 'servicemap retype')"),
    QT_TRANSLATE_NOOP("ImportMessages", "service type '%1' left out: the row's text says it is suspended or not "
                                        "offered; check it"),
    QT_TRANSLATE_NOOP("ImportMessages", "service type '%1' kept although the row's text says a part of it is not "
                                        "offered: its column is marked as offered in part; check it"),
    QT_TRANSLATE_NOOP("ImportMessages", "service type '%1' was read from the %2 only (not a usual type of its sector); "
                                        "check it"),
    QT_TRANSLATE_NOOP("ImportMessages", "service type '%1' was read from the %2 only; check it"),
    QT_TRANSLATE_NOOP("ImportMessages", "service type '%1' not recognised; add it as a synonym or fix the cell"),
    QT_TRANSLATE_NOOP("ImportMessages", "no service type recognised; set one in ServiceMap"),
    # confidentiality
    QT_TRANSLATE_NOOP("ImportMessages", "marked confidential by the user in the import wizard"),
    QT_TRANSLATE_NOOP("ImportMessages", "the user confirmed it is not confidential in the import wizard"),
    QT_TRANSLATE_NOOP("ImportMessages", "row %1 holds several services (a grid's cells), so the import wizard's 'not "
                                        "confidential' was not applied to them; if this one may be shown, mark it not "
                                        "confidential in the service editor after the import"),
    QT_TRANSLATE_NOOP("ImportMessages", "marked confidential because it is a %1 service: its point, address and site "
                                        "will not be shown, although its Confidential column says '%2'. If it may be "
                                        "shown, mark it not confidential in the import wizard"),
    QT_TRANSLATE_NOOP("ImportMessages", "marked confidential because it is a %1 service: its point, address and site "
                                        "will not be shown. If it may be shown, mark it not confidential in the import "
                                        "wizard"),
    QT_TRANSLATE_NOOP("ImportMessages", "marked confidential because its column '%1' says '%2': its point, address and "
                                        "site will not be shown"),
    QT_TRANSLATE_NOOP("ImportMessages", "marked confidential because its %1 says '%2' although its Confidential column "
                                        "says '%3'; its point, address and site will not be shown. If it may be shown, "
                                        "mark it not confidential in the import wizard"),
    QT_TRANSLATE_NOOP("ImportMessages", "marked confidential because its %1 says '%2'; its point, address and site will "
                                        "not be shown. If it may be shown, mark it not confidential in the import "
                                        "wizard"),
    QT_TRANSLATE_NOOP("ImportMessages", "not marked confidential although it is a %1 service: its text says it is for "
                                        "'%2' and names nobody at risk. If its location must stay secret, mark it "
                                        "confidential in the import wizard"),
    # status
    QT_TRANSLATE_NOOP("ImportMessages", "status '%1' not understood; recorded as active"),
    QT_TRANSLATE_NOOP("ImportMessages", "status '%1': recorded as %2, so pathways leave it out; if it is offered "
                                        "today, set its status to active"),
    QT_TRANSLATE_NOOP("ImportMessages", "its text says '%1': recorded as %2, so pathways leave it out; if it is "
                                        "offered today, set its status to active"),
    QT_TRANSLATE_NOOP("ImportMessages", "its remarks start with '%1': recorded as %2, so pathways leave it out; if it "
                                        "is offered today, set its status to active"),
    QT_TRANSLATE_NOOP("ImportMessages", "its service columns say '%1', not marked: recorded as %2, so pathways leave "
                                        "it out; if it is offered today, set its status to active"),
    QT_TRANSLATE_NOOP("ImportMessages", "under the heading '%1': recorded as %2, so pathways leave it out; if it is "
                                        "offered today, set its status to active"),
    QT_TRANSLATE_NOOP("ImportMessages", "a heading ('%1'): the status of the rows under it"),
    # points
    QT_TRANSLATE_NOOP("ImportMessages", "coordinates '%1' not understood; the site is left unplaced"),
    QT_TRANSLATE_NOOP("ImportMessages", "coordinates '%1', '%2' not understood; the site is left unplaced"),
    QT_TRANSLATE_NOOP("ImportMessages", "latitude and longitude were swapped; put right"),
    QT_TRANSLATE_NOOP("ImportMessages", "coordinates 0, 0 treated as missing"),
    QT_TRANSLATE_NOOP("ImportMessages", "coordinates %1, %2 are out of range; treated as missing"),
    QT_TRANSLATE_NOOP("ImportMessages", "coordinates %1, %2: %3; put right to %4, %5"),
    QT_TRANSLATE_NOOP("ImportMessages", "coordinates read from its %1"),
    QT_TRANSLATE_NOOP("ImportMessages", "coordinates read as UTM zone %1 metres"),
    QT_TRANSLATE_NOOP("ImportMessages", "coordinates '%1' are UTM metres without a zone; write the zone (e.g. "
                      "'UTM 30N X: 707383 Y: 1448371') or the point in degrees"),
    QT_TRANSLATE_NOOP("ImportMessages", "coordinates '%1' are UTM metres that no single zone places in the "
                      "project's country; write the zone (e.g. 'UTM 30N') or the point in degrees"),
    QT_TRANSLATE_NOOP("ImportMessages", "its point (%1, %2) lies outside every area of the project's boundaries: check "
                                        "the coordinates (latitude and longitude swapped, a digit or a minus sign "
                                        "wrong), or whether the row is a test"),
    # contacts, ages, languages, dates
    QT_TRANSLATE_NOOP("ImportMessages", "phone '%1' is neither a full number nor a short code; kept as typed"),
    QT_TRANSLATE_NOOP("ImportMessages", "phone '%1' is not a valid number; kept as typed"),
    QT_TRANSLATE_NOOP("ImportMessages", "e-mail '%1' is not a valid address; left out"),
    QT_TRANSLATE_NOOP("ImportMessages", "ages '%1' read as 0–17"),
    QT_TRANSLATE_NOOP("ImportMessages", "ages '%1' not understood; kept in the description"),
    QT_TRANSLATE_NOOP("ImportMessages", "language '%1' not recognised; kept as written"),
    QT_TRANSLATE_NOOP("ImportMessages", "date '%1' not understood; left empty"),
    QT_TRANSLATE_NOOP("ImportMessages", "cell %1: the date '%2' could be read either way; it was read %3, but other "
                                        "dates in this sheet disagree"),
    QT_TRANSLATE_NOOP("ImportMessages", "a service_at_location without its location; left out"),
    # the file's notes
    QT_TRANSLATE_NOOP("ImportMessages", "read the table '%1' inside the zip file"),
    QT_TRANSLATE_NOOP("ImportMessages", "the file is an .%1 workbook named %2; read as .%3"),
    QT_TRANSLATE_NOOP("ImportMessages", "the file is an .%1 workbook without a name ending; read as .%2"),
    QT_TRANSLATE_NOOP("ImportMessages", "the file is a text table (CSV), not an .%1 workbook, although it is named %2; "
                                        "read as text"),
    QT_TRANSLATE_NOOP("ImportMessages", "sheet '%1': %2 formula cells were saved without their values (the file was "
                                        "written by a program, not Excel); those values are missing. Open the file in "
                                        "Excel or LibreOffice, save it, and import it again to get them."),
    QT_TRANSLATE_NOOP("ImportMessages", "sheet '%1': column %2 ('%3') was read as %4 from what it holds; if that is "
                                        "wrong, choose its field in the import wizard's column step."),
    QT_TRANSLATE_NOOP("ImportMessages", "sheet '%1': services are grouped under heading rows that name their "
                                        "organisation (row %2: '%3'); each heading is read as the organisation of the "
                                        "rows under it that name none."),
    QT_TRANSLATE_NOOP("ImportMessages", "sheet '%1': the organisation is written once over the rows of its services "
                                        "(row %2 has none, under '%3'); a service row with no organisation right under "
                                        "another service is read as that one's organisation."),
    QT_TRANSLATE_NOOP("ImportMessages", "no organisation in row %1: read as '%2', the organisation of the row above (the "
                                        "list writes each organisation once, over its services); if it is another one, "
                                        "write it in and import again"),
    QT_TRANSLATE_NOOP("ImportMessages", "sheet '%1' holds tables side by side; each is read on its own, as %2"),
    QT_TRANSLATE_NOOP("ImportMessages", "sheet '%1' is a referral pathway kept as a grid (a row for each service type, "
                                        "a column for each of %2 organisations): each of its %3 cells that offers a "
                                        "service is read as a service of its column's organisation, on its service "
                                        "type's row"),
    QT_TRANSLATE_NOOP("ImportMessages", "sheet '%1': cell %2 ('%3') refers people elsewhere or names no offer: no "
                                        "service of '%4' is read from it"),
    QT_TRANSLATE_NOOP("ImportMessages", "sheet '%1' is a directory of blocks of 'label: value' lines; each block is "
                                        "read as one service, on the row of its service line"),
    QT_TRANSLATE_NOOP("ImportMessages", "the '%1' line of the service in row %2"),
    QT_TRANSLATE_NOOP("ImportMessages", "sheet '%1': the service type codes (1, 2 …) were read with the legend on "
                                        "sheet '%2'"),
    QT_TRANSLATE_NOOP("ImportMessages", "sheet '%1': no column names the organisation; the line above its header "
                                        "names it ('%2'), for every row"),
    QT_TRANSLATE_NOOP("ImportMessages", "sheet '%1': no column names the organisation; the workbook keeps one sheet "
                                        "per organisation, so each row's organisation is the sheet's name"),
    QT_TRANSLATE_NOOP("ImportMessages", "sheet '%1': no column names the organisation: each service's organisation "
                                        "is read from its name ('BRAC – Child Friendly Space' gives BRAC), else is "
                                        "its name, and rows that name no service are left out. If a column holds the "
                                        "organisations, choose 'Organisation' for it in the import wizard's column "
                                        "step and import again."),
    QT_TRANSLATE_NOOP("ImportMessages", "sheet '%1': no column says what each service is (a service name, type or "
                                        "activity): each service is typed from the sheet's name and its text. If a "
                                        "column holds the services, choose 'Service type(s)' for it in the import "
                                        "wizard's column step and import again."),
    QT_TRANSLATE_NOOP("ImportMessages", "sheet '%1': no column says what each service is (a service name, type or "
                                        "activity): each service is named from its first text and typed from all its "
                                        "text. If a column holds the services, choose 'Service type(s)' for it in the "
                                        "import wizard's column step and import again."),
    QT_TRANSLATE_NOOP("ImportMessages", "sheet '%1': organisations are written as KoBo choice names ('%2' was read as "
                                        "'%3'). For the names as the form shows them, export the data again with "
                                        "labels (KoBoToolbox: Downloads › Value and header format › Labels), or "
                                        "correct them in the services panel."),
    QT_TRANSLATE_NOOP("ImportMessages", "sheet '%1', column %2: dates are written both day first (%3 in row %4) and "
                                        "month first (%5 in row %6)."),
    QT_TRANSLATE_NOOP("ImportMessages", "sheet '%1', column %2: dates are written month first (%3 in row %4), but this "
                                        "project reads dates %5."),
    QT_TRANSLATE_NOOP("ImportMessages", "sheet '%1', column %2: dates are written day first (%3 in row %4), but this "
                                        "project reads dates %5."),
    QT_TRANSLATE_NOOP("ImportMessages", "%1 date that could be read either way (such as %2 in row %3) was read %4; "
                                        "check it, or import again with the other date order."),
    QT_TRANSLATE_NOOP("ImportMessages", "%1 dates that could be read either way (such as %2 in row %3) were read %4; "
                                        "check them, or import again with the other date order."),
    QT_TRANSLATE_NOOP("ImportMessages", "%1 active services imported earlier from '%2' are not in this version of it: "
                                        "%3. They were left as they were; if one has closed or moved, set its status "
                                        "or delete it in the services panel, so that pathways stop referring people "
                                        "to it."),
    QT_TRANSLATE_NOOP("ImportMessages", "%1 active service imported earlier from '%2' is not in this version of it: "
                                        "%3. They were left as they were; if one has closed or moved, set its status "
                                        "or delete it in the services panel, so that pathways stop referring people "
                                        "to it."),
    QT_TRANSLATE_NOOP("ImportMessages", "this list has %1 of the %2 active services imported earlier from '%3' again, "
                                        "but not these: %4. They were left as they were; if one has closed or moved, "
                                        "set its status or delete it in the services panel, so that pathways stop "
                                        "referring people to it. (If this list is not a newer version of '%3', there "
                                        "is nothing to do.)"),
    QT_TRANSLATE_NOOP("ImportMessages", "this list has %1 of the %2 active services imported earlier from '%3' again, "
                                        "but not this one: %4. They were left as they were; if one has closed or "
                                        "moved, set its status or delete it in the services panel, so that pathways "
                                        "stop referring people to it. (If this list is not a newer version of '%3', "
                                        "there is nothing to do.)"),
    QT_TRANSLATE_NOOP("ImportMessages", "%1 of the %2 sites with a point lie outside every area of the project's "
                                        "boundaries: they are on the map, but in no area's gaps or pathways. Is the "
                                        "list for another country, or meant for another project?"),
]

#: The words the importers put into their sentences (not the list's own text): where a type was read
#: from (importers.service_types.CONFIDENCE), a point's slip (importers.point_fixes.SLIPS), a date
#: order, a bidirectional control (directory.safe_text.BIDI_NAMES), a place in a sheet, a longer list.
PARTS = [
    QT_TRANSLATE_NOOP("ImportMessages", "type column"),
    QT_TRANSLATE_NOOP("ImportMessages", "service name"),
    QT_TRANSLATE_NOOP("ImportMessages", "activity"),
    QT_TRANSLATE_NOOP("ImportMessages", "sub-sector"),
    QT_TRANSLATE_NOOP("ImportMessages", "sector"),
    QT_TRANSLATE_NOOP("ImportMessages", "description"),
    QT_TRANSLATE_NOOP("ImportMessages", "organisation"),
    QT_TRANSLATE_NOOP("ImportMessages", "person"),
    QT_TRANSLATE_NOOP("ImportMessages", "latitude and longitude were swapped"),
    QT_TRANSLATE_NOOP("ImportMessages", "the longitude had lost its minus sign (west of Greenwich)"),
    QT_TRANSLATE_NOOP("ImportMessages", "the latitude had lost its minus sign (south of the equator)"),
    QT_TRANSLATE_NOOP("ImportMessages", "the latitude and longitude had lost their minus signs"),
    QT_TRANSLATE_NOOP("ImportMessages", "latitude and longitude were swapped, and the longitude had lost its minus "
                                        "sign"),
    QT_TRANSLATE_NOOP("ImportMessages", "latitude and longitude were swapped, and the latitude had lost its minus sign"),
    QT_TRANSLATE_NOOP("ImportMessages", "latitude and longitude were swapped, and had lost their minus signs"),
    QT_TRANSLATE_NOOP("ImportMessages", "day first"),
    QT_TRANSLATE_NOOP("ImportMessages", "month first"),
    QT_TRANSLATE_NOOP("ImportMessages", "left-to-right embedding (U+202A)"),
    QT_TRANSLATE_NOOP("ImportMessages", "right-to-left embedding (U+202B)"),
    QT_TRANSLATE_NOOP("ImportMessages", "pop directional formatting (U+202C)"),
    QT_TRANSLATE_NOOP("ImportMessages", "left-to-right override (U+202D)"),
    QT_TRANSLATE_NOOP("ImportMessages", "right-to-left override (U+202E)"),
    QT_TRANSLATE_NOOP("ImportMessages", "left-to-right isolate (U+2066)"),
    QT_TRANSLATE_NOOP("ImportMessages", "right-to-left isolate (U+2067)"),
    QT_TRANSLATE_NOOP("ImportMessages", "first strong isolate (U+2068)"),
    QT_TRANSLATE_NOOP("ImportMessages", "pop directional isolate (U+2069)"),
    QT_TRANSLATE_NOOP("ImportMessages", "cell %1"),
    QT_TRANSLATE_NOOP("ImportMessages", "%1 and %2 more"),
]

#: Where the services a sentence names are, and how many it did not name (importers.shared_places).
ROW_OF_NAME = QT_TRANSLATE_NOOP("ImportMessages", "(row %1)")
SHEET_ROW_OF_NAME = QT_TRANSLATE_NOOP("ImportMessages", "(sheet '%1' row %2)")
MORE_NAMES = QT_TRANSLATE_NOOP("ImportMessages", "%1 more")
_WHERE_NAMED = re.compile(r" \((?:row (\d+)|sheet '(.*?)' row (\d+))\)(?=, |$)")
_MORE_NAMED = re.compile(r"(?:^|(?<=, ))(\d+) more$")

_MESSAGES = tuple(MESSAGES)
_NESTED_PARTS = tuple(p for p in PARTS if "%" in p)  # the parts that fill in values themselves

# What some placeholders hold, besides the list's own text (a quoted placeholder: shown as written) and
# the importers' words (numbers, PARTS, statuses: translated):
#   "field": a field's label, shown as the import wizard's column step shows it (desktop.importing.field_words),
#            so the user finds the field by that name;
#   "code":  a service type's code ('legal_aid'), shown as the type's label;
#   "label": a service type's English label in lower case ("a safe shelter service"), shown as its label.
SLOTS = {
    "other services of this list are at its place and show it on maps and pathways: %1. Mark them confidential "
    "too in the import wizard, or give them their own address": {"%1": "names"},
    "services already in the project are at its place and show it on maps and pathways: %1. Mark them "
    "confidential too in the services panel, or give them their own address": {"%1": "names"},
    "coordinates read from its %1": {"%1": "field"},
    "marked confidential because its %1 says '%2' although its Confidential column says '%3'; its point, address "
    "and site will not be shown. If it may be shown, mark it not confidential in the import wizard": {"%1": "field"},
    "marked confidential because its %1 says '%2'; its point, address and site will not be shown. If it may be "
    "shown, mark it not confidential in the import wizard": {"%1": "field"},
    "sheet '%1': column %2 ('%3') was read as %4 from what it holds; if that is wrong, choose its field in the "
    "import wizard's column step.": {"%4": "field"},
    "service type '%1' left out: the row's text says it is suspended or not offered; check it": {"%1": "code"},
    "service type '%1' kept although the row's text says a part of it is not offered: its column is marked as "
    "offered in part; check it": {"%1": "code"},
    "service type '%1' was read from the %2 only (not a usual type of its sector); check it": {"%1": "code"},
    "service type '%1' was read from the %2 only; check it": {"%1": "code"},
    "marked confidential because it is a %1 service: its point, address and site will not be shown, although its "
    "Confidential column says '%2'. If it may be shown, mark it not confidential in the import wizard": {"%1": "label"},
    "marked confidential because it is a %1 service: its point, address and site will not be shown. If it may be "
    "shown, mark it not confidential in the import wizard": {"%1": "label"},
    "not marked confidential although it is a %1 service: its text says it is for '%2' and names nobody at risk. "
    "If its location must stay secret, mark it confidential in the import wizard": {"%1": "label"},
}

# A service's status as the service editor names it (its translations are the editor's).
STATUS_CONTEXT = "ServiceEditor"
STATUSES = ("active", "inactive", "temporarily closed", "defunct")

_NUMBER = re.compile(r"\d{1,3}(?:,\d{3})+|\d+")


def _quoted(template: str) -> set[str]:
    """The placeholders ``template`` puts in quotes: the list's own text, shown as written."""
    return set(re.findall(r"'(%\d)'", template))


def _split(message: str):
    """Where ``message`` is two sentences the importers joined ("… reads dates day first. 2 dates that …"):
    the match of the first, and the second; None when no ". " splits it into two that templates fit."""
    for at in (m.end() for m in re.finditer(r"\. ", message)):
        first = template_of(message[:at - 1], _MESSAGES)
        if first is not None and match(message[at:]) is not None:
            return first, message[at:]
    return None


def _whole(message: str) -> tuple[re.Match, str] | None:
    """The template that fits all of ``message``, unless a value it would fill in spans two sentences
    that two templates fit (a template starting with %1 fits any text ending as it does)."""
    found = template_of(message, _MESSAGES)
    if found is not None and any(". " in v for v in found[0].groupdict().values()) and _split(message):
        return None
    return found


def match(message: str) -> list[str] | None:
    """The templates ``message`` was written from: one, or one per sentence when the importers joined
    two (a date-order note and what it adds); None when no template fits."""
    found = _whole(message)
    if found is not None:
        return [found[1]]
    split = _split(message)
    if split is not None:
        return [split[0][1], *match(split[1])]
    return None


def shown(message: str) -> str:
    """``message`` in the interface's language; as written when no template fits or none is translated."""
    return _shown(message, (QLocale().name(), QCoreApplication.translate(CONTEXT, "blank row")))


@functools.lru_cache(maxsize=8192)
def _shown(message: str, _language: tuple[str, str]) -> str:
    """``_language`` keys the cache: the locale and the translation installed (found by one of its words)."""
    found = _whole(message)
    if found is not None:
        filled = _filled(*found)
        return message if filled is None else filled
    split = _split(message)
    if split is None:
        return message
    (first, rest) = split
    head, tail = _filled(*first), _shown(rest, _language)
    return message if head is None or tail == rest else f"{head} {tail}"


def _filled(found: re.Match, template: str) -> str | None:
    """The translated template with what the sentence filled in; None when it has no translation."""
    text = QCoreApplication.translate(CONTEXT, template)
    if text == template:
        return None
    kinds = {**dict.fromkeys(_quoted(template), "quoted"), **SLOTS.get(template, {})}
    # the list's own text is not wrapped in bidi isolates: Qt 6 drew "#REF!" as "!REF#" inside an isolate
    # in an Arabic sentence, and draws it right without one
    return refill(text, found, lambda placeholder, value: _part(value, kinds.get(placeholder, "")))


def _part(value: str, kind: str) -> str:
    """What a sentence filled in, as the interface shows it (``kind``: see SLOTS)."""
    if kind in ("code", "label"):
        codes, labels = _type_labels(QLocale().name().split("_")[0])
        return (codes if kind == "code" else labels).get(value, value)
    if kind == "field":
        return label_in_words(value)
    if kind == "quoted":
        return value
    if kind == "names":
        return _names(value)
    if _NUMBER.fullmatch(value):
        return QLocale().toString(int(value.replace(",", "")))
    if value in STATUSES:
        return QCoreApplication.translate(STATUS_CONTEXT, value)
    if value in PARTS:
        return _word(value)
    found = template_of(value, _NESTED_PARTS)
    if found is not None:
        return _filled(*found) or value
    if ", " in value and all(p in PARTS for p in value.split(", ")):
        return ", ".join(_word(p) for p in value.split(", "))
    return value


def _names(value: str) -> str:
    """Services a sentence names ("'Safe space' (row 3), 'Clinic' (sheet 'B' row 9), 2 more"): the names
    and sheets as the list writes them, where they are and how many more in the interface's language."""
    def filled(template: str, *values: str) -> str:
        return re.sub(r"%[12]", lambda m: values[int(m.group()[1]) - 1], _word(template))

    def where(found: re.Match) -> str:
        if found.group(1) is not None:
            return " " + filled(ROW_OF_NAME, QLocale().toString(int(found.group(1))))
        return " " + filled(SHEET_ROW_OF_NAME, found.group(2), QLocale().toString(int(found.group(3))))

    text = _WHERE_NAMED.sub(where, value)
    return _MORE_NAMED.sub(lambda found: filled(MORE_NAMES, QLocale().toString(int(found.group(1)))), text)


def _word(part: str) -> str:
    return QCoreApplication.translate(CONTEXT, part)


@functools.lru_cache(maxsize=8)
def _type_labels(lang: str) -> tuple[dict[str, str], dict[str, str]]:
    """The service types' labels in ``lang`` by code ('legal_aid'), and by English label in lower case
    ("a safe shelter service"), lower case where the language has it."""
    from directory.taxonomy import default_taxonomy

    taxonomy = default_taxonomy()
    codes, labels = {}, {}
    for code in taxonomy.codes:
        label = taxonomy.label(code, lang) or code
        codes[code] = label
        labels[taxonomy.label(code).lower()] = label.lower()
    return codes, labels


#: Two messages of one row side by side, as the language separates them ("%1 ; %2" in French).
JOINED = QT_TRANSLATE_NOOP("ImportMessages", "%1; %2")


def joined(messages: list[str]) -> str:
    """A row's messages (already shown in the interface's language) as one line."""
    if not messages:
        return ""
    pattern = QCoreApplication.translate(CONTEXT, JOINED)
    if pattern.count("%1") != 1 or pattern.count("%2") != 1:
        pattern = JOINED
    text = messages[0]
    for m in messages[1:]:
        text = re.sub(r"%[12]", lambda found, a=text, b=m: a if found.group() == "%1" else b, pattern)
    return text
