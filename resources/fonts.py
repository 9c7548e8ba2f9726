"""The fonts a printed pathway needs, taken from the fontpkg-* packages on PyPI.

Bengali needs a Bengali font (Hind Siliguri) and Arabic an Arabic one (Noto Sans Arabic);
many machines have neither. The HTML names the families and loads the files with
``@font-face``; the printing function also registers them with Qt. No Qt here.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

#: fontpkg slug -> CSS family name.
FAMILIES = {"noto-sans": "Noto Sans", "hind-siliguri": "Hind Siliguri", "noto-sans-arabic": "Noto Sans Arabic"}

#: The family each language's text is set in first; the others follow as fallbacks.
FIRST_FAMILY = {"bn": "Hind Siliguri", "ar": "Noto Sans Arabic"}


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
