"""Folding a map page and its asset folder into one self-contained HTML file.

A single file is what travels well: it can be sent by e-mail or a messaging app and opened
in a phone's browser, where a page with a folder beside it loses the folder. Scripts and
stylesheets are inlined; the images the stylesheets name become ``data:`` URIs.
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


def _data_uri(path: Path) -> str:
    kind = {".png": "image/png", ".svg": "image/svg+xml", ".gif": "image/gif", ".ttf": "font/ttf"}.get(
        path.suffix.lower(), "application/octet-stream")
    return f"data:{kind};base64," + base64.b64encode(path.read_bytes()).decode("ascii")


def _inline_css(css_path: Path) -> str:
    text = css_path.read_text(encoding="utf-8")

    def swap(match: re.Match) -> str:
        target = (css_path.parent / match.group(2)).resolve()
        return f"url({_data_uri(target)})" if target.is_file() else match.group(0)

    return _CSS_URL.sub(swap, text)


def fold_into_one_file(html_path: Path, *, remove_assets: bool = True) -> Path:
    """Inline the page's local scripts, styles and their images; drop the asset folder."""
    html_path = Path(html_path)
    folder = html_path.parent
    text = html_path.read_text(encoding="utf-8")
    text = _SCRIPT.sub(
        lambda m: "<script>" + _END_SCRIPT.sub(r"<\\/\1", (folder / m.group(1)).read_text(encoding="utf-8")) + "</script>",
        text,
    )
    text = _STYLE.sub(lambda m: "<style>" + _inline_css(folder / m.group(1)) + "</style>", text)
    html_path.write_text(text, encoding="utf-8")
    if remove_assets and (folder / ASSET_DIR).is_dir():
        shutil.rmtree(folder / ASSET_DIR)
    return html_path
