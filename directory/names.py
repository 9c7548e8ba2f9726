"""Names a page prints in its own language: languages, and what admin levels are called.

Services keep their languages as ISO 639 codes ("bn", "rhg", "trp"). The Unicode CLDR, read
through babel, names most of them in every language ServiceMap prints; the few it lacks are in
``resources/languages.json``, which also overrides CLDR where a group prefers another name. A
value that is not a known code (a language the importer kept as typed) is printed as typed.

A project names its admin levels in English ("Division", "District", "Upazila");
``resources/admin_levels.json`` gives the usual ones in the other languages.
"""

from __future__ import annotations

import functools
import json
import re

import resources


@functools.lru_cache(maxsize=4)
def _table(name: str) -> dict[str, dict[str, str]]:
    return json.loads(resources.path(name).read_text(encoding="utf-8"))["names"]


@functools.lru_cache(maxsize=64)
def _cldr(lang: str) -> dict[str, str]:
    from babel import Locale, UnknownLocaleError

    try:
        return dict(Locale.parse(lang).languages)
    except (ValueError, UnknownLocaleError):
        return {}


def language_name(code: str, lang: str = "en") -> str:
    """The name of the language ``code`` in the language ``lang``: ("rhg", "fr") -> "rohingya"."""
    key = code.strip().lower()
    own = _table("languages.json").get(key, {})
    return own.get(lang) or _cldr(lang).get(key) or own.get("en") or _cldr("en").get(key) or code


def language_names(codes: list[str], lang: str = "en") -> list[str]:
    return [language_name(c, lang) for c in codes]


def level_name(name: str, lang: str = "en") -> str:
    """What the project calls an admin level ("District"), in ``lang`` where the table has it; a level the
    project never named ("Admin level 3") too ("Niveau administratif 3")."""
    key = name.strip().lower()
    if unnamed := re.fullmatch(r"admin level (\d+)", key):
        said = _table("admin_levels.json")["admin level {n}"].get(lang)
        return said.format(n=unnamed[1]) if said else name
    return _table("admin_levels.json").get(key, {}).get(lang) or name
