"""Population for a gap analysis: COD-PS tables, gridded rasters, or area only (with a warning).

A COD-PS table has a P-code column and age/sex band columns such as ``F_00_04``,
``M_05_09`` or ``T_10_14``. Children aged 0–17 are the bands 0–4, 5–9 and 10–14 plus
three fifths of 15–19 (the usual even split of a five-year band), or the single years
15, 16 and 17 where the table has them. :attr:`Population.method` says which was used.
"""

from __future__ import annotations

import collections
import io
import re
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from directory import file_gate
from directory.errors import UserFacingError

_BAND = re.compile(r"^(?P<sex>[FMT])_(?P<lo>\d{1,2})_(?P<hi>\d{1,2}|plus)$", re.IGNORECASE)
_SINGLE = re.compile(r"^(?P<sex>[FMT])_(?P<age>\d{1,2})$", re.IGNORECASE)
_PCODE_NAMES = ("pcode", "admin3pcode", "admin2pcode", "admin1pcode", "adm3_pcode", "adm2_pcode", "adm1_pcode",
                "admin4pcode", "adm4_pcode")
_TOTAL_NAMES = ("t_tl", "total", "population", "pop", "t_total")


class PopulationError(UserFacingError):
    """A population file ServiceMap cannot use; the message names the file and what to fix."""


@dataclass
class PopulationTable:
    """People and children per P-code, read from a COD-PS style table."""

    source: str
    people: dict[str, float]
    children: dict[str, float] | None  # None when the table has no age bands
    method: str
    notes: list[str] = field(default_factory=list)


def _norm(col: object) -> str:
    return re.sub(r"[\s#+]", "", str(col)).lower()


def read_table(path: str | Path) -> PopulationTable:
    """Read a CSV or XLSX population table (one row per admin area)."""
    import pandas as pd

    path = Path(path)
    if not path.exists():
        raise PopulationError(f"{path}: no such population file. Check the path.")
    try:
        if path.suffix.lower() in (".xlsx", ".xlsm"):
            book = file_gate.workbook(path, "population table")
            book.require_readable()
            with book.reading("population table"):
                frame = pd.read_excel(path, dtype=str, engine="openpyxl", nrows=book.rows())
        elif path.suffix.lower() == ".csv":
            frame = pd.read_csv(io.StringIO(file_gate.text(path, "population table")), dtype=str)
        else:
            raise PopulationError(f"{path}: population tables must be .csv or .xlsx (or a .tif raster).")
    except (ValueError, OSError, UnicodeDecodeError, pd.errors.ParserError) as exc:
        raise PopulationError(f"{path}: cannot read it as a table ({file_gate.first_line(exc)}).") from None
    file_rows = np.arange(len(frame)) + 2  # each row's line in the file, for messages (the header is line 1)
    if len(frame) and str(frame.iloc[0, 0]).startswith("#"):  # an HXL hashtag row
        frame, file_rows = frame.iloc[1:], file_rows[1:]
    cols = {_norm(c): c for c in frame.columns}
    pcode_col = next((cols[n] for n in _PCODE_NAMES if n in cols), None)
    if pcode_col is None:
        pcode_col = next((c for n, c in cols.items() if n.endswith("pcode")), None)
    if pcode_col is None:
        raise PopulationError(f"{path}: no P-code column. Name one 'pcode' (or ADM3_PCODE, admin3Pcode …).")

    def numbers(col: str) -> np.ndarray:
        raw = frame[col].fillna("0").astype(str).str.replace(",", "").str.strip()
        values = pd.to_numeric(raw, errors="coerce")
        bad = np.flatnonzero(values.isna().to_numpy() | (values.to_numpy() < 0))
        if bad.size:
            row = int(file_rows[bad[0]])
            raise PopulationError(f"{path}: row {row}, column {col}: {frame[col].iloc[bad[0]]!r} is not a count of people.")
        return values.to_numpy(dtype=float)

    bands: dict[tuple[str, int, int], str] = {}
    singles: dict[tuple[str, int], str] = {}
    for col in frame.columns:
        name = str(col).strip()
        if m := _BAND.match(name):
            hi = 200 if m["hi"].lower() == "plus" else int(m["hi"])
            bands[(m["sex"].upper(), int(m["lo"]), hi)] = col
        elif m := _SINGLE.match(name):
            singles[(m["sex"].upper(), int(m["age"]))] = col
    notes: list[str] = []
    # pandas' text keeps a missing value as NaN, a float: a row without a P-code (a total row) is left out
    coded = frame[pcode_col].map(lambda p: "" if pd.isna(p) else str(p).strip()).to_numpy() != ""
    if not coded.all():
        notes.append(f"{int((~coded).sum()):,} rows without a P-code (totals?) were left out")
        frame, file_rows = frame[coded], file_rows[coded]
    pcodes = [str(p).strip() for p in frame[pcode_col].tolist()]
    total_col = next((cols[n] for n in _TOTAL_NAMES if n in cols), None)
    sexes = ["T"] if any(k[0] == "T" for k in bands) else ["F", "M"]
    if total_col is not None:
        people = numbers(total_col)
    elif bands:
        people = sum(numbers(c) for (s, _, _), c in bands.items() if s in sexes)
        notes.append("no total column: population is the sum of the age bands")
    else:
        raise PopulationError(f"{path}: no total column (T_TL, total, population) and no age bands (F_00_04 …).")
    children, method = None, "the table has no age bands: analysed as all people"
    if bands:
        children = np.zeros(len(frame))
        parts = []
        for sex in sexes:
            have = {(lo, hi): c for (s, lo, hi), c in bands.items() if s == sex}
            for lo, hi in ((0, 4), (5, 9), (10, 14)):
                if (lo, hi) in have:
                    children += numbers(have[(lo, hi)])
                elif (0, 0) in have and lo == 0 and (1, 4) in have:
                    children += numbers(have[(0, 0)]) + numbers(have[(1, 4)])
                else:
                    raise PopulationError(f"{path}: age bands for children are incomplete: no {sex}_{lo:02d}_{hi:02d} column.")
            if all((sex, a) in singles for a in (15, 16, 17)):
                for a in (15, 16, 17):
                    children += numbers(singles[(sex, a)])
                parts.append(f"{sex}: bands 0–14 plus single years 15–17")
            elif (15, 19) in have:
                children += 0.6 * numbers(have[(15, 19)])
                parts.append(f"{sex}: bands 0–14 plus 3/5 of 15–19")
            elif (15, 17) in have:
                children += numbers(have[(15, 17)])
                parts.append(f"{sex}: bands 0–14 plus 15–17")
            else:
                raise PopulationError(f"{path}: no 15–19 (or 15–17) band for sex {sex}; children 0–17 cannot be derived.")
        method = "children 0–17 = " + "; ".join(parts)
    dup = sorted(p for p, n in collections.Counter(pcodes).items() if n > 1)
    if dup:
        raise PopulationError(f"{path}: P-code {dup[0]} appears on more than one row; keep one row per area.")
    return PopulationTable(
        source=str(path), people=dict(zip(pcodes, people.tolist())),
        children=dict(zip(pcodes, children.tolist())) if children is not None else None, method=method, notes=notes,
    )
