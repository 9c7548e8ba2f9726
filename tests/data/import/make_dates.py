"""Make dates.xlsx: service lists whose "Last verified" dates are typed as text, in either order.

Run: python tests/data/import/make_dates.py (openpyxl).

Sheet "Mixed" holds 13/05/2026 (day first only), 05/13/2026 (month first only) and 04/05/2026
(either); sheet "US" holds only month-first dates, one of them ambiguous.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl

HERE = Path(__file__).parent
HEADER = ["Organisation", "Service name", "Service type", "Last verified"]


def main() -> None:
    wb = openpyxl.Workbook()
    mixed = wb.active
    mixed.title = "Mixed"
    mixed.append(HEADER)
    mixed.append(["Example Child Aid", "Case management", "Case management", "13/05/2026"])
    mixed.append(["Example Child Aid", "Legal aid", "Legal aid", "05/13/2026"])
    mixed.append(["Hilltracts Forum", "Psychosocial support", "PSS", "04/05/2026"])
    mixed.append(["Hilltracts Forum", "Child friendly space", "Child friendly space", "2026-07-01"])
    us = wb.create_sheet("US")
    us.append(HEADER)
    us.append(["Women's Safety Network", "Health post", "Health", "12/31/2026"])
    us.append(["Women's Safety Network", "Hotline", "Helpline", "04/05/2026"])
    for ws in (mixed, us):
        for cell in ws["D"]:
            cell.number_format = "@"  # text, as typed by hand
    wb.save(HERE / "dates.xlsx")
    print("made", HERE / "dates.xlsx")


if __name__ == "__main__":
    main()
