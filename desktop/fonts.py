"""The bundled fonts, registered with Qt before the first window, so Bengali and Arabic text in
the table, the wizard, the menus and the status bar never shows as empty boxes, even on a
machine with no font for them. (The web pages load the same files themselves, by @font-face.)"""

from __future__ import annotations

_registered: list[int] = []


def register_fonts() -> list[str]:
    """Register the packaged Bengali, Arabic and Latin fonts with Qt (once); their family names.

    Needs a QGuiApplication. Qt falls back to them for characters the widget's font lacks."""
    from PySide6.QtGui import QFontDatabase

    from resources.fonts import font_files

    families: list[str] = []
    if not _registered:
        for f in font_files():
            font_id = QFontDatabase.addApplicationFont(str(f.path))
            if font_id >= 0:
                _registered.append(font_id)
    for font_id in _registered:
        families += QFontDatabase.applicationFontFamilies(font_id)
    return sorted(set(families))
