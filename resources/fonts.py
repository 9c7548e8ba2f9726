"""The fonts ServiceMap brings along, from the fontpkg-* packages on PyPI.

Bengali needs a Bengali font (Hind Siliguri) and Arabic an Arabic one (Noto Sans Arabic); many
machines have neither. The printed pathway names the families and loads the files with
``@font-face``; the map pages load the Bengali and Arabic files for their script only
(:func:`script_font_css`); the desktop registers them all with Qt at start-up. No Qt here.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

#: fontpkg slug -> CSS family name.
FAMILIES = {"noto-sans": "Noto Sans", "hind-siliguri": "Hind Siliguri", "noto-sans-arabic": "Noto Sans Arabic"}

#: The family each language's text is set in first; the others follow as fallbacks.
FIRST_FAMILY = {"bn": "Hind Siliguri", "ar": "Noto Sans Arabic"}

#: The characters each script's file is used for on the map pages (Latin text keeps the system font).
SCRIPT_RANGES = {
    "Hind Siliguri": "U+0964-0965, U+0980-09FE, U+200C-200D, U+25CC",
    "Noto Sans Arabic": "U+0600-06FF, U+0750-077F, U+08A0-08FF, U+FB50-FDFF, U+FE70-FEFF, U+200C-200F",
}
#: The family names the map pages put first in their font lists, one per script (the browser falls
#: back from one family to the next character by character).
WEB_FAMILIES = {"Hind Siliguri": "ServiceMap Bengali", "Noto Sans Arabic": "ServiceMap Arabic"}
WEB_FONT_LIST = ", ".join(f"'{name}'" for name in WEB_FAMILIES.values())


@dataclass(frozen=True)
class FontFile:
    family: str
    path: Path
    weight: str  # CSS: "400", "700" or "100 900" for a variable font
    style: str


@functools.lru_cache(maxsize=1)
def font_files() -> tuple[FontFile, ...]:
    """The installed font files (empty if the fontpkg packages are missing)."""
    try:
        import fontpkg
    except ImportError:
        return ()
    out = []
    for slug, name in FAMILIES.items():
        try:
            family = fontpkg.family(slug)
        except Exception:  # noqa: BLE001 - a missing font package only means a fallback font
            continue
        for f in family.files:
            if f.style != "normal":
                continue
            weight = f"{f.wght_min} {f.wght_max}" if f.variable else str(f.weight)
            if not f.variable and f.weight not in (400, 600, 700):
                continue
            out.append(FontFile(name, Path(f.path), weight, f.style))
    return tuple(out)


def missing_families() -> list[str]:
    have = {f.family for f in font_files()}
    return [name for name in FAMILIES.values() if name not in have]


def css_font_faces(display: str = "block") -> str:
    """``@font-face`` rules loading the packaged files (file:// URLs, for local printing).

    ``display`` is "block" for printing (never print a fallback font) and "swap" for a preview."""
    return "\n".join(
        f"@font-face {{ font-family: '{f.family}'; src: url('{f.path.as_uri()}') format('truetype'); "
        f"font-weight: {f.weight}; font-style: {f.style}; font-display: {display}; }}"
        for f in font_files()
    )


def css_family_list(lang: str) -> str:
    first = FIRST_FAMILY.get(lang)
    names = ([first] if first else []) + [n for n in ("Noto Sans", "Hind Siliguri", "Noto Sans Arabic") if n != first]
    return ", ".join(f"'{n}'" for n in names) + ", sans-serif"


def script_fonts() -> tuple[FontFile, ...]:
    """The Bengali and Arabic files, regular and bold (the semi-bold is left out of web pages)."""
    return tuple(f for f in font_files() if f.family in SCRIPT_RANGES and f.weight != "600")


def script_font_css(url_of: Callable[[FontFile], str], display: str = "swap") -> str:
    """``@font-face`` rules of the :data:`WEB_FAMILIES`, each file for its own script's characters,
    loaded from ``url_of(file)``, so a page shows Bengali and Arabic on a machine with no font for them."""
    return "\n".join(
        f"@font-face {{ font-family: '{WEB_FAMILIES[f.family]}'; src: url('{url_of(f)}') format('truetype'); "
        f"font-weight: {f.weight}; font-style: {f.style}; font-display: {display}; unicode-range: {SCRIPT_RANGES[f.family]}; }}"
        for f in script_fonts()
    )
