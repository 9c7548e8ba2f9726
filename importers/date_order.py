"""Whether 08/09/2026 is 8 September or 9 August: the project's date order, and files that disagree.

The default follows the project's country: the short date pattern of the country's main
locale in the Unicode CLDR (through Babel) puts the month first in only a few places (the
United States and its territories, the Philippines, the Marshall Islands …); everywhere else
the day comes first. A project can store its own choice (``sm_meta`` key
``import_date_order``), and ``servicemap import --day-first/--month-first`` overrides both
for one import.

:func:`check_sheet` looks at every date of a sheet: dates such as 13/05/2026 can only be read
day first and 05/13/2026 only month first; when a sheet holds both, or only the other order,
the ambiguous ones (04/05/2026) may have been read wrongly, and the report says so.
"""

from __future__ import annotations

import re
from functools import lru_cache

DAY_FIRST, MONTH_FIRST = "day-first", "month-first"
ORDERS = (DAY_FIRST, MONTH_FIRST)
_KEY = "import_date_order"
_SLASHED = re.compile(r"\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{2,4})\s*")


@lru_cache(maxsize=64)
def country_order(country: str | None) -> str:
    """The date order people in ``country`` (ISO alpha-2 or alpha-3) write: CLDR's short date pattern."""
    from directory import countries

    two = countries.iso2(country) if country else None
    if not two:
        return DAY_FIRST
    try:
        from babel import Locale, UnknownLocaleError

        try:
            pattern = Locale.parse(f"und_{two}").date_formats["short"].pattern
        except (UnknownLocaleError, ValueError, KeyError):
            return DAY_FIRST
    except ImportError:  # Babel missing: most of the world writes the day first
        return DAY_FIRST
    letters = [c for c in pattern if c in "yMd"]
    if not letters or letters[0] == "y":  # year first (2026-05-13): slashed dates there are day first
        return DAY_FIRST
    return MONTH_FIRST if letters.index("M") < letters.index("d") else DAY_FIRST


def stored_order(project) -> str | None:
    """The order the project's users chose, or None when they kept the country's default."""
    from directory import settings_store

    order = settings_store.value(project, _KEY)
    return order if order in ORDERS else None


def project_order(project) -> str:
    """The order an import into ``project`` uses: the stored choice, else the country's."""
    return stored_order(project) or country_order(project.country)


def set_order(project, order: str | None) -> None:
    """Store ``order`` for the project (None goes back to the country's default), as one change."""
    if order is not None and order not in ORDERS:
        raise ValueError(f"date order must be one of {ORDERS}")
    from directory import settings_store

    if stored_order(project) == order:
        return
    with project.change("settings", f"Dates in imported files: {order or 'as in ' + (project.country or 'the country')}"):
        settings_store.set_value(project, _KEY, order)


def example(order: str) -> str:
    return "08/09/2026 = 8 September 2026" if order == DAY_FIRST else "08/09/2026 = 9 August 2026"


def slashed_dates(sheet, table) -> tuple | None:
    """The sheet's slashed dates that only one order reads, and those both do: (column, day first only,
    month first only, either way), each a list of (excel row, text); None without a date column."""
    from importers.columns import columns_of

    col = columns_of(table.mapping).get("verified")
    if col is None:
        return None
    day_only, month_only, ambiguous = [], [], []  # (excel row, text)
    for i in range(table.first_data_row, len(sheet.rows)):
        row = sheet.rows[i]
        value = row[col] if col < len(row) else None
        if not isinstance(value, str) or not (m := _SLASHED.fullmatch(value)):
            continue
        a, b = int(m[1]), int(m[2])
        if a > 12 and b <= 12:
            day_only.append((i + 1, value.strip()))
        elif b > 12 and a <= 12:
            month_only.append((i + 1, value.strip()))
        elif a != b and a <= 12 and b <= 12:
            ambiguous.append((i + 1, value.strip()))
    return col, day_only, month_only, ambiguous


def check_sheet(sheet, table, result, day_first: bool, dates: tuple | None = None) -> None:
    """Warn about a sheet whose slashed dates contradict each other or the order used to read them.

    ``dates`` is what :func:`slashed_dates` found, when it was read before the rows were let go."""
    from importers.rows import column_letter

    dates = dates if dates is not None else slashed_dates(sheet, table)
    if dates is None:
        return
    col, day_only, month_only, ambiguous = dates
    used = DAY_FIRST if day_first else MONTH_FIRST
    against = month_only if day_first else day_only
    if not against:
        return
    where = f"sheet '{sheet.name}', column {column_letter(col)}"
    if day_only and month_only:
        note = (f"{where}: dates are written both day first ({day_only[0][1]} in row {day_only[0][0]}) and month "
                f"first ({month_only[0][1]} in row {month_only[0][0]}).")
    else:
        note = (f"{where}: dates are written {'month' if day_first else 'day'} first ({against[0][1]} in row "
                f"{against[0][0]}), but this project reads dates {used.replace('-', ' ')}.")
    if ambiguous:
        n = len(ambiguous)
        note += (f" {n} {'date' if n == 1 else 'dates'} that could be read either way (such as {ambiguous[0][1]} in row "
                 f"{ambiguous[0][0]}) {'was' if n == 1 else 'were'} read {used.replace('-', ' ')}; check "
                 f"{'it' if n == 1 else 'them'}, or import again with the other date order.")
        by_row = {(r.sheet, r.row): r for r in result.rows}
        for row_number, text in ambiguous:
            outcome = by_row.get((sheet.name, row_number))
            if outcome is not None:
                outcome.messages.append(f"cell {column_letter(col)}{row_number}: the date '{text}' could be read either "
                                        f"way; it was read {used.replace('-', ' ')}, but other dates in this sheet "
                                        "disagree")
    result.notes.append(note)
