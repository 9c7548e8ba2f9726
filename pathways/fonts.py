"""Moved to :mod:`resources.fonts` (the map pages use the bundled fonts too); kept until the
desktop's printing module, being reorganised, imports it from there."""

from resources.fonts import FAMILIES, FIRST_FAMILY, FontFile, css_family_list, css_font_faces, font_files, missing_families  # noqa: F401
