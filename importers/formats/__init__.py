"""Exchange formats: one module per format, holding its writer and (where it has one) its reader.

Every writer is ``write(project, out_path, *, area=None, include_confidential=False) -> int``
with the file endings it writes in ``SUFFIXES``, and every reader
``read(path, *, region=None, taxonomy=None) -> ImportResult``. Writers go
through :mod:`importers.formats.guard` (formula injection, confidential sites, the area filter).
"""

from __future__ import annotations

import importlib
import importlib.util
from types import ModuleType

from directory.errors import UserFacingError

#: format name -> module (under importers.formats)
FORMATS: dict[str, str] = {
    "hsds": "hsds",
    "hxl": "hxl",
    "xlsx": "xlsx_directory",
    "csv": "plain_csv",
    "gpkg": "gpkg",
    "geojson": "geojson",
    "kml": "kml",
    "vcard": "vcard",
}

#: what each format is for, in a few words (for help texts)
DESCRIPTIONS: dict[str, str] = {
    "hsds": "Open Referral HSDS 3.0: JSON (.json) or tabular data package (folder or .zip)",
    "hxl": "HXL-tagged 3W/4W table (.csv or .xlsx)",
    "xlsx": "formatted XLSX directory",
    "csv": "plain CSV, one row per service at a site",
    "gpkg": "GeoPackage point layer for QGIS",
    "geojson": "GeoJSON points for web maps",
    "kml": "KML for phone map apps",
    "vcard": "vCard contacts for phones",
}


class UnknownFormatError(UserFacingError):
    """A format name ServiceMap does not know, or one that is not available in this build."""


def available(name: str) -> bool:
    return name in FORMATS and importlib.util.find_spec(f"importers.formats.{FORMATS[name]}") is not None


def module(name: str) -> ModuleType:
    """The module of format ``name``; a one-line error if it is unknown or not available."""
    if name not in FORMATS:
        raise UnknownFormatError(f"unknown format '{name}'. Use one of: {', '.join(FORMATS)}.")
    if not available(name):
        raise UnknownFormatError(f"the {name} format is not available in this version of ServiceMap yet.")
    return importlib.import_module(f"importers.formats.{FORMATS[name]}")


def writer(name: str):
    return module(name).write


def reader(name: str):
    mod = module(name)
    if not hasattr(mod, "read"):
        raise UnknownFormatError(f"ServiceMap writes the {name} format but does not read it.")
    return mod.read
