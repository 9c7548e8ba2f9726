"""What an import and the placing of its sites say while they run, in the interface's language.

importers/ and mapping/geocode write their progress in English (the command line prints it); the
import wizard shows it through here. A message no template fits is shown as written.
``tests/test_progress_words_qt.py`` reads the sources that write these messages and fails when one
has no template here.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from directory.sentence_patterns import refill, template_of

CONTEXT = "ImportProgress"

#: Every progress message of an import and of the placing of its sites, as a Qt template.
MESSAGES = [
    QT_TRANSLATE_NOOP("ImportProgress", "Reading %1"),
    QT_TRANSLATE_NOOP("ImportProgress", "%1: row %2 of %3"),
    QT_TRANSLATE_NOOP("ImportProgress", "Matching with the services already in the project"),
    QT_TRANSLATE_NOOP("ImportProgress", "Saving"),
    QT_TRANSLATE_NOOP("ImportProgress", "Done"),
    QT_TRANSLATE_NOOP("ImportProgress", "Loading the gazetteer"),
    QT_TRANSLATE_NOOP("ImportProgress", "Placing site %1 of %2"),
    QT_TRANSLATE_NOOP("ImportProgress", "Waiting for another ServiceMap to finish: %1 by %2 on %3, since %4"),
]


#: The placeholders that hold a count (written with the interface's digits and separators); the others
#: (a file, a sheet, a person) are shown as written.
COUNTS = {"%1: row %2 of %3": ("p2", "p3"), "Placing site %1 of %2": ("p1", "p2")}


def progress_in_words(message: str) -> str:
    """``message`` in the interface's language; numbers as the interface writes them."""
    found = template_of(message, _MESSAGES)
    if found is None:
        return message
    match, template = found
    counts = COUNTS.get(template, ())

    def part(placeholder: str, value: str) -> str:
        count = value.replace(",", "")
        return QLocale().toString(int(count)) if f"p{placeholder[1:]}" in counts and count.isdigit() else value

    return refill(QCoreApplication.translate(CONTEXT, template), match, part)


_MESSAGES = tuple(MESSAGES)
