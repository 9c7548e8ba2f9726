"""One combined PDF for many areas, with page numbers on its contents page.

The page numbers are only known once Chromium has laid the pages out. The first print
assumes one page of contents, one page per pathway (what :mod:`pathways.fit` aims for) and one
more for a pathway with a full list; if the PDF has another number of pages, ServiceMap finds where each pathway starts (by the
P-code in its header) and prints once more with the true numbers.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from pathways.html import RenderedPathway, document


def _starts(pdf: Path, pcodes: Sequence[str]) -> dict[str, int]:
    from pypdf import PdfReader

    pages = [page.extract_text() or "" for page in PdfReader(pdf).pages]
    found, at = {}, 1  # page 1 is the contents
    for pcode in pcodes:
        for number in range(at, len(pages)):
            if pcode in pages[number]:
                found[pcode] = number + 1
                at = number + 1
                break
    return found


def write_combined_pdf(
    rendered: Sequence[RenderedPathway],
    out: Path,
    print_pdf: Callable[[str, Path], object],
    *,
    paper: str = "A4",
) -> Path:
    """Print ``rendered`` into ``out`` with ``print_pdf(html, path)`` (the Qt printing function)."""
    pcodes = [r.pathway.area.pcode for r in rendered]
    contents = len(rendered) > 1
    numbers, page = {}, 2
    for r in rendered:
        numbers[r.pathway.area.pcode] = page
        page += 2 if r.pathway.full_list else 1
    print_pdf(document(rendered, paper=paper, contents=contents, page_numbers=numbers if contents else None), out)
    if not contents:
        return out
    from pypdf import PdfReader

    if len(PdfReader(out).pages) != page - 1:
        found = _starts(out, pcodes)
        if found and found != numbers:
            print_pdf(document(rendered, paper=paper, contents=True, page_numbers=found), out)
    return out
