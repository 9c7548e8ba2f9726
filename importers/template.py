"""Reading a service list laid out in ServiceMap's template (the demo workbook's columns).

The template is one layout among many; the import pipeline (``importers.pipeline``) finds
its header, HXL row and columns like any other's. This name stays for existing callers.
"""

from __future__ import annotations

from pathlib import Path

from directory.taxonomy import Taxonomy
from importers.result import ImportResult


def read_service_list(
    path: str | Path, *, region: str | None = None, taxonomy: Taxonomy | None = None
) -> ImportResult:
    """Read every service sheet of ``path``; ``region`` is the country's ISO2 code for phones."""
    from importers.pipeline import read_file

    return read_file(path, region=region, taxonomy=taxonomy)
