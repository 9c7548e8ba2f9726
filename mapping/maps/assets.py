"""Copying the page's JavaScript and CSS beside it, so the map needs no network.

Leaflet and Leaflet.markercluster come from the xstatic packages, ServiceMap's own script
and style from ``resources/web``. Three small edits are made while copying, none of which
changes what the code does:

* ``sourceMappingURL`` comments are dropped (the maps are not shipped, and a browser's
  developer tools would try to fetch them);
* CSS comments are dropped (leaflet.css has a bug-tracker link in one);
* ``https://leafletjs.com`` loses its scheme. It appears in Leaflet's licence header, kept
  otherwise intact, and in the attribution prefix, which the page replaces with plain text.

The XML namespace ``http://www.w3.org/2000/svg`` stays: it is a name Leaflet passes to
``createElementNS``, never fetched (see :mod:`mapping.maps.offline`).

The bundled Bengali and Arabic fonts are copied too, with ``servicemap/fonts.css`` loading them
for those scripts only, so the page reads on a machine with no font for them.
"""

from __future__ import annotations

import re
import shutil
from dataclasses import dataclass
from pathlib import Path

import resources
from resources.fonts import FontFile, script_font_css, script_fonts

#: The folder written beside every map page.
ASSET_DIR = "servicemap_assets"

_SOURCE_MAP = re.compile(r"^[ \t]*//[#@] sourceMappingURL=.*$\n?", re.MULTILINE)
_CSS_COMMENT = re.compile(r"/\*.*?\*/", re.DOTALL)
_SCHEME_EDITS = (("https://leafletjs.com", "leafletjs.com"),)


@dataclass(frozen=True)
class _Asset:
    source: Path
    target: str  # path under ASSET_DIR, with forward slashes


def _xstatic_dir(module: str) -> Path:
    import importlib

    pkg = importlib.import_module(f"xstatic.pkg.{module}")
    return Path(pkg.BASE_DIR) if hasattr(pkg, "BASE_DIR") else Path(pkg.__file__).parent / "data"


def _assets() -> tuple[list[_Asset], list[_Asset], list[_Asset]]:
    """(scripts, stylesheets, other files), in load order."""
    leaflet = _xstatic_dir("leaflet")
    cluster = _xstatic_dir("leaflet_markercluster")
    web = resources.path("web")
    scripts = [
        _Asset(leaflet / "leaflet.js", "leaflet/leaflet.js"),
        _Asset(cluster / "leaflet.markercluster.js", "markercluster/leaflet.markercluster.js"),
        _Asset(web / "servicemap.js", "servicemap/servicemap.js"),
    ]
    styles = [
        _Asset(leaflet / "leaflet.css", "leaflet/leaflet.css"),
        _Asset(cluster / "MarkerCluster.css", "markercluster/MarkerCluster.css"),
        _Asset(cluster / "MarkerCluster.Default.css", "markercluster/MarkerCluster.Default.css"),
        _Asset(web / "servicemap.css", "servicemap/servicemap.css"),
    ]
    images = [_Asset(p, f"leaflet/images/{p.name}") for p in sorted((leaflet / "images").glob("*.png"))]
    return scripts, styles, images


def _offline_text(text: str, css: bool) -> str:
    text = _SOURCE_MAP.sub("", text)
    if css:
        text = _CSS_COMMENT.sub("", text)
    for old, new in _SCHEME_EDITS:
        text = text.replace(old, new)
    return text


def _write_if_changed(target: Path, data: bytes) -> None:
    if target.exists() and target.read_bytes() == data:
        return
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(data)


@dataclass(frozen=True)
class AssetLinks:
    """Relative URLs of the copied files, as the page links them."""

    scripts: list[tuple[str, str]]  # (name, url) in folium's default_js form
    styles: list[tuple[str, str]]  # (name, url) in folium's default_css form; the fonts' stylesheet last
    fonts: tuple[str, str]  # (name, url) of the fonts' stylesheet alone


FONTS_CSS = "servicemap/fonts.css"


def _font_name(f: FontFile) -> str:
    return re.sub(r"[^\w.-]", "", f.path.name)  # "NotoSansArabic[wdth,wght].ttf" -> "NotoSansArabicwdthwght.ttf"


def _copy_fonts(root: Path) -> None:
    for f in script_fonts():
        target = root / "fonts" / _font_name(f)
        if not target.exists() or target.stat().st_size != f.path.stat().st_size:
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(f.path, target)
    css = script_font_css(lambda f: f"../fonts/{_font_name(f)}")
    _write_if_changed(root / FONTS_CSS, (css + "\n").encode("utf-8"))


def copy_assets(page_dir: Path) -> AssetLinks:
    """Copy the offline assets into ``page_dir / ASSET_DIR`` and return their relative URLs."""
    root = Path(page_dir) / ASSET_DIR
    scripts, styles, images = _assets()
    for asset in scripts + styles:
        text = asset.source.read_text(encoding="utf-8")
        cleaned = _offline_text(text, css=asset.target.endswith(".css"))
        _write_if_changed(root / asset.target, cleaned.encode("utf-8"))
    for asset in images:
        target = root / asset.target
        if not target.exists() or target.stat().st_size != asset.source.stat().st_size:
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(asset.source, target)

    _copy_fonts(root)

    def link(target: str) -> tuple[str, str]:
        # The names must be unique: folium's header keeps one link per name.
        return "servicemap_" + re.sub(r"\W", "_", target), f"{ASSET_DIR}/{target}"

    fonts = link(FONTS_CSS)
    return AssetLinks(scripts=[link(a.target) for a in scripts], styles=[link(a.target) for a in styles] + [fonts], fonts=fonts)
