"""Folding a map page and its asset folder into one self-contained HTML file.

A single file is what travels well: it can be sent by e-mail or a messaging app and opened
in a phone's browser, where a page with a folder beside it loses the folder. Scripts and
stylesheets are inlined; the images the stylesheets name become ``data:`` URIs. A font whose
``unicode-range`` no character of the page falls in is left out (the browser would never load
it): an English map of Latin names does not carry a megabyte of Arabic and Bengali glyphs.
"""

from __future__ import annotations

import base64
import re
import shutil
from pathlib import Path

from mapping.maps.assets import ASSET_DIR

_SCRIPT = re.compile(r'<script src="(' + ASSET_DIR + r'/[^"]+)">\s*</script>')
_STYLE = re.compile(r'<link rel="stylesheet" href="(' + ASSET_DIR + r'/[^"]+)"\s*/?>')
_CSS_URL = re.compile(r"url\((['\"]?)(?!data:|#)([^)'\"]+)\1\)")
_END_SCRIPT = re.compile(r"</(script)", re.IGNORECASE)
_FONT_FACE = re.compile(r"@font-face\s*\{[^}]*\}")
_UNICODE_RANGE = re.compile(r"unicode-range\s*:\s*([^;}]+)")
_ESCAPED = re.compile(r"\\u([0-9a-fA-F]{4})")


def _data_uri(path: Path) -> str:
    kind = {".png": "image/png", ".svg": "image/svg+xml", ".gif": "image/gif", ".ttf": "font/ttf"}.get(
        path.suffix.lower(), "application/octet-stream")
    return f"data:{kind};base64," + base64.b64encode(path.read_bytes()).decode("ascii")


def _needed(rule: str, characters: set[str]) -> bool:
    """Whether a ``@font-face`` rule covers any of ``characters`` (a rule without a range: yes)."""
    found = _UNICODE_RANGE.search(rule)
    if not found:
        return True
    points = {ord(c) for c in characters}
    for part in found.group(1).split(","):
        low, _, high = part.strip().upper().removeprefix("U+").partition("-")
        try:
            first, last = int(low, 16), int(high or low, 16)
        except ValueError:
            return True  # a range we do not read: keep the font
        if any(first <= p <= last for p in points):
            return True
    return False


def _inline_css(css_path: Path, characters: set[str]) -> str:
    text = css_path.read_text(encoding="utf-8")
    text = _FONT_FACE.sub(lambda m: m.group(0) if _needed(m.group(0), characters) else "", text)

    def swap(match: re.Match) -> str:
        target = (css_path.parent / match.group(2)).resolve()
        return f"url({_data_uri(target)})" if target.is_file() else match.group(0)

    return _CSS_URL.sub(swap, text)


def fold_into_one_file(html_path: Path, *, remove_assets: bool = True) -> Path:
    """Inline the page's local scripts, styles and their images; drop the asset folder."""
    html_path = Path(html_path)
    folder = html_path.parent
    text = html_path.read_text(encoding="utf-8")
    # The page's own characters, written out or \u-escaped (folium escapes layer names).
    characters = {c for c in set(text) | {chr(int(h, 16)) for h in set(_ESCAPED.findall(text))} if ord(c) > 0x7F}
    text = _SCRIPT.sub(
        lambda m: "<script>" + _END_SCRIPT.sub(r"<\\/\1", (folder / m.group(1)).read_text(encoding="utf-8")) + "</script>",
        text,
    )
    text = _STYLE.sub(lambda m: "<style>" + _inline_css(folder / m.group(1), characters) + "</style>", text)
    html_path.write_text(text, encoding="utf-8")
    if remove_assets and (folder / ASSET_DIR).is_dir():
        shutil.rmtree(folder / ASSET_DIR)
    return html_path
