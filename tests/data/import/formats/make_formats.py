"""Service lists in the file kinds recognised by content, written with real writers.

``list.xlsb`` by pyxlsbwriter (only needed to write it again: ``pip install pyxlsbwriter``), the
same list as .xlsx by openpyxl (then renamed: no name ending, and .xls), as semicolon CSV, as a
CSV inside a zip, and as HXL JSON (rows under a hashtag row; objects keyed by hashtags; under a key).
"""

from __future__ import annotations

import csv
import io
import json
import shutil
import zipfile
from pathlib import Path

import openpyxl

HERE = Path(__file__).parent
HEADER = ["Organisation", "Activity", "District", "Coordinates", "Phone"]
TAGS = ["#org", "#activity", "#adm2+name", "#geo+coord", "#contact+phone"]
ROWS = [
    ["Example Child Aid", "Case management & PSS", "Cox's Bazar", "21°25'38\"N 92°0'21\"E", "01700555123"],
    ["Women's Safety Network", "Women's shelter (confidential)", "Rangamati", "N22°39.198' E092°11.112'", "01800555124"],
    ["Hilltracts Forum", "Legal aid", "Rangamati", "22.6533N 92.1852E", "01500555109"],
]


def main() -> None:
    book = openpyxl.Workbook()
    book.active.title = "Services"
    for row in [HEADER, *ROWS]:
        book.active.append(row)
    book.save(HERE / "list.xlsx")
    shutil.copy(HERE / "list.xlsx", HERE / "list_without_ending")
    shutil.copy(HERE / "list.xlsx", HERE / "list_really_xlsx.xls")
    (HERE / "list.xlsx").unlink()
    text = io.StringIO()
    csv.writer(text, delimiter=";").writerows([HEADER, *ROWS])
    (HERE / "list_semicolon.csv").write_text(text.getvalue(), encoding="utf-8")
    with zipfile.ZipFile(HERE / "list_in.zip", "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("export/list.csv", text.getvalue())
    rows = [HEADER, TAGS, *ROWS]
    (HERE / "hxl_rows.json").write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")
    objects = [dict(zip(TAGS, r)) for r in ROWS]
    (HERE / "hxl_objects.json").write_text(json.dumps(objects, ensure_ascii=False), encoding="utf-8")
    (HERE / "hxl_nested.json").write_text(json.dumps({"status": "ok", "results": objects}, ensure_ascii=False),
                                          encoding="utf-8")
    try:
        from pyxlsbwriter import XlsbWriter
    except ImportError:
        print("pyxlsbwriter is not installed; list.xlsb was left as it is")
        return
    with XlsbWriter(str(HERE / "list.xlsb")) as writer:
        writer.add_sheet("Services")
        writer.write_sheet([HEADER, *ROWS])


if __name__ == "__main__":
    main()
