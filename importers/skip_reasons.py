"""Every reason ServiceMap gives for skipping a sheet of a list, as a template.

The readers and the pipeline give these reasons in English (the command line, the import report
and the import history keep them so). The desktop shows them in the user's language: it looks up
the template a reason was made from (:func:`match`) and translates that. A new reason is added
here, or the desktop cannot translate it (``tests/test_skip_reasons.py`` checks both).
"""

from __future__ import annotations

from directory.file_gate.workbooks import TOO_MANY_CELLS, TOO_MANY_COLUMNS, TOO_MANY_ROWS
from directory.sentence_patterns import template_of

EMPTY = "empty sheet"
NO_TABLE = ("no table of services (a cover page, instructions or lists): no header row in the first 30 rows "
            "names an organisation and a service")
NO_KNOWN_COLUMNS = "no header row with known columns"
PATHWAY_MATRIX = ("a referral pathway kept as a grid (header in row {row}: a row for each of {places} places, "
                  "{types} columns of service types, the organisations in the cells), not a list with one service "
                  "per row; make a row for each organisation of each cell (organisation, service type, place, "
                  "phone) and import that: 'servicemap grid-to-list' or the import wizard's 'Make a list "
                  "from this grid' writes it")
TOO_MANY_ROWS_READ = ("{rows} rows, more than the {max} ServiceMap reads from one sheet; "
                      "split the list into smaller sheets or files")

PATHWAY_MATRIX_TURNED = ("a referral pathway kept as a grid (header in row {row}: a column for each of {places} "
                         "places, a row for each of {types} service types, the organisations in the cells), not a "
                         "list with one service per row; make a row for each organisation of each cell "
                         "(organisation, service type, place, phone) and import that: 'servicemap grid-to-list' or "
                         "the import wizard's 'Make a list from this grid' writes it")

HIDDEN = ("hidden in the workbook (most often old data or drop-down lists); if its rows are services, unhide the "
          "sheet in Excel or LibreOffice and import again")

KOBO_SUBMISSIONS = ("the submissions of the KoBo repeat group on sheet '{sheet}': their organisation, place and "
                    "answers are read with each of that sheet's rows")

TURNED_TABLE = ("a table turned on its side: each column is a service provider and each row a field ('{label}' in row "
                "{row}); turn it so that each provider is a row (in Excel: copy it, then Paste Special › Transpose) "
                "and import the copy")

ALL: tuple[str, ...] = (EMPTY, HIDDEN, KOBO_SUBMISSIONS, NO_TABLE, TURNED_TABLE, NO_KNOWN_COLUMNS, PATHWAY_MATRIX, PATHWAY_MATRIX_TURNED, TOO_MANY_ROWS_READ, TOO_MANY_ROWS, TOO_MANY_COLUMNS,
                        TOO_MANY_CELLS)


def match(reason: str) -> tuple[str, dict[str, str]] | None:
    """The template ``reason`` was made from and the values put in it; None for a reason not listed."""
    found = template_of(reason, ALL)
    return (found[1], found[0].groupdict()) if found else None
