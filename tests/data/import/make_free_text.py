"""Make free_text.xlsx, a partner's list whose services are said in its own words (run: python
tests/data/import/make_free_text.py). Written with openpyxl.

It has a Sector column and an Activity column of free text, no service type column, and texts
used by several rows that no taxonomy knows (the names of the partners' programmes: "Nirapotta
Bondhon sessions", "Alo monthly round", "Kishori Forum meet-ups"), and one ServiceMap is unsure
of ("GBV response": case management, from its sector only): the import wizard's Service types
page asks about each of them once.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl

HERE = Path(__file__).parent

HEADER = ["Partner", "Sector", "Activity", "District", "Upazila", "Contact", "Remarks"]
ROWS = [
    ["Hope Women Network", "GBV", "Nirapotta Bondhon sessions", "Cox's Bazar", "Ukhia", "01811-200300", ""],
    ["Hope Women Network", "GBV", "Nirapotta Bondhon sessions", "Cox's Bazar", "Teknaf", "01811-200301", ""],
    ["Shishu Alo", "Child Protection", "Nirapotta Bondhon sessions", "Rangamati", "Kaptai", "01712-555010", "since 2024"],
    ["Shishu Alo", "Child Protection", "Case management", "Rangamati", "Rangamati Sadar", "01712-555011", ""],
    ["Shishu Alo", "Child Protection", "Case management", "Cox's Bazar", "Ukhia", "01712-555012", ""],
    ["Bondhu Relief", "Shelter/NFI", "Alo monthly round", "Cox's Bazar", "Ukhia", "", "monthly round"],
    ["Bondhu Relief", "Shelter/NFI", "Alo monthly round", "Rangamati", "Kaptai", "", ""],
    ["Kishori Forum", "Protection", "Kishori Forum meet-ups", "Cox's Bazar", "Teknaf", "01900-123456", ""],
    ["Kishori Forum", "Protection", "Kishori Forum meet-ups", "Rangamati", "Rangamati Sadar", "", ""],
    ["Nirapod Ghor", "GBV", "Women's shelter", "Cox's Bazar", "Cox's Bazar Sadar", "01555-000111", ""],
    ["Legal Aid Trust", "Legal", "Legal counselling", "Cox's Bazar", "Cox's Bazar Sadar", "01333-222111", ""],
    ["Shanti Sheba", "GBV", "GBV response", "Rangamati", "Rangamati Sadar", "01333-222112", ""],
]


def make_free_text(path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Partners"
    sheet.append(HEADER)
    for row in ROWS:
        sheet.append(row)
    book.save(path)


if __name__ == "__main__":
    make_free_text(HERE / "free_text.xlsx")
