"""Make cell_errors.xlsx/.xls/.ods: a service list whose formulas end in #REF!, #N/A, #DIV/0! and Err:502.

Run: python tests/data/import/make_cell_errors.py (needs LibreOffice: ``soffice``).

openpyxl writes the formulas without values; LibreOffice opens that workbook, calculates the
formulas and saves it as .xlsx, .xls and .ods, each with the error values cached the way that
format keeps them. All three must give the same per-cell warnings.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import openpyxl

HERE = Path(__file__).parent

HEADER = ["Organisation", "Service name", "Service type", "District", "Phone", "E-mail", "Remarks"]
ROWS = [
    # row 2: the phone is a lookup into a sheet that does not exist (#REF!), the remarks divide by zero
    ["Example Child Aid", "Case management", "Case management", "Cox's Bazar",
     '=INDIRECT("Nowhere!A1")', "cm@example.org", "=1/0"],
    # row 3: the e-mail is a lookup that finds nothing (#N/A)
    ["Hilltracts Forum", "Psychosocial support", "PSS", "Bandarban", "01500555548",
     '=VLOOKUP("nobody",A1:B2,2,FALSE)', ""],
    # row 4: clean
    ["Women's Safety Network", "Legal aid", "Legal aid", "Rangamati", "01800555124", "wsn@example.org", "open daily"],
    # row 5: LibreOffice's own error (INDEX past the range: Err:502) and an #N/A from NA()
    ["Example Child Aid", "Child friendly space", "Child friendly space", "Cox's Bazar", "=INDEX(A2:A3,9)",
     "cfs@example.org", "=NA()"],
]


def make_source(path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Services"
    ws.append(HEADER)
    for row in ROWS:
        ws.append(row)
    wb.save(path)


def convert(source: Path, fmt: str, outdir: Path) -> Path:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        sys.exit("LibreOffice (soffice) is needed to make these files: apt-get install libreoffice-calc")
    subprocess.run([soffice, "--headless", "--calc", "--convert-to", fmt, "--outdir", str(outdir), str(source)],
                   check=True, capture_output=True, timeout=180)
    return outdir / f"{source.stem}.{fmt.split(':')[0]}"


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "cell_errors.xlsx"
        make_source(source)
        out = Path(tmp) / "out"
        out.mkdir()
        for fmt in ("xlsx", "xls", "ods"):
            made = convert(source, fmt, out)
            shutil.copy(made, HERE / made.name)
            print("made", HERE / made.name)


if __name__ == "__main__":
    main()
