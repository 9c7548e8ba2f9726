"""Folding a map page and its asset folder into one self-contained HTML file.

A single file is what travels well: it can be sent by e-mail or a messaging app and opened
in a phone's browser, where a page with a folder beside it loses the folder. Scripts and
stylesheets are inlined; the images the stylesheets name become ``data:`` URIs. The bundled
Bengali and Arabic fonts (1.3 MB) are inlined only for a script the page has text in.
"""

from __future__ import annotations

import base64
import re
import shutil
from pathlib import Path

from mapping.maps.assets import ASSET_DIR, FONTS_CSS

_SCRIPT = re.compile(r'<script src="(' + ASSET_DIR + r'/[^"]+)">\s*</script>')
_STYLE = re.compile(r'<link rel="stylesheet" href="(' + ASSET_DIR + r'/[^"]+)"\s*/?>')
_CSS_URL = re.compile(r"url\((['\"]?)(?!data:|#)([^)'\"]+)\1\)")
_END_SCRIPT = re.compile(r"</(script)", re.IGNORECASE)


def _data_uri(path: Path) -> str:
    kind = {".png": "image/png", ".svg": "image/svg+xml", ".gif": "image/gif", ".ttf": "font/ttf"}.get(
        path.suffix.lower(), "application/octet-stream")
    return f"data:{kind};base64," + base64.b64encode(path.read_bytes()).decode("ascii")


def _inline_css(text: str, folder: Path) -> str:
    """The stylesheet ``text`` (from ``folder``) with the files it names as ``data:`` URIs."""

    def swap(match: re.Match) -> str:
        target = (folder / match.group(2)).resolve()
        return f"url({_data_uri(target)})" if target.is_file() else match.group(0)

    return _CSS_URL.sub(swap, text)


#: Each bundled script font's family, and how its characters look in the page (raw, or \u-escaped in JSON).
_SCRIPTS = {
    "ServiceMap Bengali": re.compile(r"[\u0980-\u09ff]|\\u09[89a-f][0-9a-f]", re.IGNORECASE),
    "ServiceMap Arabic": re.compile(r"[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]"
                                    r"|\\u0(?:6|7[0-7])[0-9a-f]{2}|\\uf[b-e][0-9a-f]{2}", re.IGNORECASE),
}


def _fonts_needed(css: str, page: str) -> str:
    """The font rules of ``css`` for the scripts ``page`` has text in."""
    rules = re.findall(r"@font-face\s*\{[^}]*\}", css)
    return "\n".join(r for r in rules if any(family in r and found.search(page) for family, found in _SCRIPTS.items()))


def fold_into_one_file(html_path: Path, *, remove_assets: bool = True) -> Path:
    """Inline the page's local scripts, styles and their images; drop the asset folder."""
    html_path = Path(html_path)
    folder = html_path.parent
    text = html_path.read_text(encoding="utf-8")
    text = _SCRIPT.sub(
        lambda m: "<script>" + _END_SCRIPT.sub(r"<\\/\1", (folder / m.group(1)).read_text(encoding="utf-8")) + "</script>",
        text,
    )
    page = text

    def style(m: re.Match) -> str:
        css = folder / m.group(1)
        text = css.read_text(encoding="utf-8")
        if m.group(1) == f"{ASSET_DIR}/{FONTS_CSS}":
            text = _fonts_needed(text, page)
        return f"<style>{_inline_css(text, css.parent)}</style>" if text else ""

    text = _STYLE.sub(style, text)
    html_path.write_text(text, encoding="utf-8")
    if remove_assets and (folder / ASSET_DIR).is_dir():
        shutil.rmtree(folder / ASSET_DIR)
    return html_path
