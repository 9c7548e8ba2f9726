"""The reasons the importers give for skipping a sheet, in the user's language.

The importers give them in English (:mod:`importers.skip_reasons`, kept English for the command line,
the report and the history); here each template has its translation, and :func:`shown` puts the
reason's own values (row counts, the last cell) into the translated template.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from importers import skip_reasons as reasons

CONTEXT = "SkipReasons"

# Each English template of importers.skip_reasons.ALL, marked for pyside6-lupdate.
TRANSLATABLE: dict[str, str] = {
    reasons.EMPTY: QT_TRANSLATE_NOOP("SkipReasons", "empty sheet"),
    reasons.NO_TABLE: QT_TRANSLATE_NOOP(
        "SkipReasons", "no table of services (a cover page, instructions or lists): no header row in the first 30 "
        "rows names an organisation and a service"),
    reasons.NO_KNOWN_COLUMNS: QT_TRANSLATE_NOOP("SkipReasons", "no header row with known columns"),
    reasons.TURNED_TABLE: QT_TRANSLATE_NOOP(
        "SkipReasons", "a table turned on its side: each column is a service provider and each row a field ('{label}' "
        "in row {row}); turn it so that each provider is a row (in Excel: copy it, then Paste Special › Transpose) "
        "and import the copy"),
    reasons.KOBO_SUBMISSIONS: QT_TRANSLATE_NOOP(
        "SkipReasons", "the submissions of the KoBo repeat group on sheet '{sheet}': their organisation, place and "
        "answers are read with each of that sheet's rows"),
    reasons.HIDDEN: QT_TRANSLATE_NOOP(
        "SkipReasons", "hidden in the workbook (most often old data or drop-down lists); if its rows are services, "
        "unhide the sheet in Excel or LibreOffice and import again"),
    reasons.PATHWAY_MATRIX_TURNED: QT_TRANSLATE_NOOP(
        "SkipReasons", "a referral pathway kept as a grid (header in row {row}: a column for each of {places} places, "
        "a row for each of {types} service types, the organisations in the cells), not a list with one service per "
        "row; make a row for each organisation of each cell (organisation, service type, place, phone) and import "
        "that: 'servicemap grid-to-list' or the import wizard's 'Make a list from this grid' writes it"),
    reasons.PATHWAY_MATRIX: QT_TRANSLATE_NOOP(
        "SkipReasons", "a referral pathway kept as a grid (header in row {row}: a row for each of {places} places, "
        "{types} columns of service types, the organisations in the cells), not a list with one service per row; "
        "make a row for each organisation of each cell (organisation, service type, place, phone) and import that: 'servicemap grid-to-list' or the import "
        "wizard's 'Make a list from this grid' writes it"),
    reasons.TOO_MANY_ROWS_READ: QT_TRANSLATE_NOOP(
        "SkipReasons", "{rows} rows, more than the {max} ServiceMap reads from one sheet; split the list into "
        "smaller sheets or files"),
    reasons.TOO_MANY_ROWS: QT_TRANSLATE_NOOP(
        "SkipReasons", "{rows} rows (to cell {cell}), more than the {max} ServiceMap reads from one sheet; split "
        "the list into smaller sheets or files, or delete what is below it"),
    reasons.TOO_MANY_COLUMNS: QT_TRANSLATE_NOOP(
        "SkipReasons", "{columns} columns (to cell {cell}), more than the {max} ServiceMap reads from one sheet; "
        "delete the columns right of the list and save it again"),
    reasons.TOO_MANY_CELLS: QT_TRANSLATE_NOOP(
        "SkipReasons", "{rows} rows × {columns} columns (to cell {cell}), more than the {max} cells ServiceMap "
        "reads from one sheet; delete what lies below and right of the list (one stray value far away makes the "
        "whole sheet this large), or split the list"),
}


def shown(reason: str) -> str:
    """``reason`` in the interface's language (a reason not listed is shown as it is)."""
    found = reasons.match(reason)
    if found is None or found[0] not in TRANSLATABLE:
        return reason
    template, values = found
    translated = QCoreApplication.translate(CONTEXT, TRANSLATABLE[template])
    try:
        return translated.format(**values)
    except (KeyError, IndexError, ValueError):  # a translation that names a value the template has not
        return reason
