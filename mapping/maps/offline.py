"""Checking that a map page can work offline: find every remote URL it or its assets name.

The scan is deliberately blunt. It reads the page and every file in its asset folder as
text and reports every ``http://`` or ``https://`` URL, comments included, plus
protocol-relative references (``src="//host/…"``, ``url(//host/…)``, ``"//host/…"``).
The one exception is XML namespace names such as ``http://www.w3.org/2000/svg``: Leaflet
passes that string to ``document.createElementNS``, and a namespace is an identifier the
browser never fetches. Licence comments need no exception, because the asset copier
already strips the one URL they held (see :mod:`mapping.maps.assets`). Font files are not
read: their name table holds the designer's and the licence's web addresses as text that no
browser fetches; the stylesheet that loads them is scanned like any other.
"""

from __future__ import annotations

import re
from pathlib import Path

from mapping.maps.assets import ASSET_DIR

#: Namespace names: identifiers that look like URLs but are never fetched.
XML_NAMESPACES = frozenset(
    {
        "http://www.w3.org/2000/svg",
        "http://www.w3.org/1999/xlink",
        "http://www.w3.org/1999/xhtml",
        "http://www.w3.org/XML/1998/namespace",
        "http://www.w3.org/1998/Math/MathML",
        "http://www.w3.org/2000/xmlns/",
    }
)

#: Files whose only URLs are metadata (see the module's note).
FONT_SUFFIXES = frozenset({".ttf", ".otf", ".woff", ".woff2"})

_ABSOLUTE = re.compile(r"""https?://[^\s"'`<>()\\]+""", re.IGNORECASE)
_RELATIVE_TO_SCHEME = re.compile(
    r"""(?:(?:src|href|action|poster)\s*=\s*["']?|url\(\s*["']?|@import\s+["']|["'])"""
    r"""(//[a-z0-9-]+(?:\.[a-z0-9-]+)+(?::\d+)?(?:/[^\s"'`<>()\\]*)?)""",
    re.IGNORECASE,
)


def _urls(text: str) -> list[str]:
    found = [u.rstrip(".,;") for u in _ABSOLUTE.findall(text)]
    found = [u for u in found if u.rstrip("/") not in XML_NAMESPACES and u not in XML_NAMESPACES]
    return found + _RELATIVE_TO_SCHEME.findall(text)


def _read(path: Path) -> str:
    data = path.read_bytes()
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("latin-1")  # images and other binaries: still scanned, byte for byte


def remote_references(html_path: Path) -> list[tuple[Path, str]]:
    """(file, url) for every remote URL in the page and in its asset folder."""
    html_path = Path(html_path)
    files = [html_path]
    assets = html_path.parent / ASSET_DIR
    if assets.is_dir():
        files += sorted(p for p in assets.rglob("*") if p.is_file() and p.suffix.lower() not in FONT_SUFFIXES)
    return [(f, url) for f in files for url in _urls(_read(f))]


def asset_urls_in(path: Path) -> list[str]:
    """Every remote (http, https or protocol-relative) URL in the page ``path`` and its assets."""
    return [url for _, url in remote_references(path)]
