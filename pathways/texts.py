"""The fixed texts of a printed pathway, read from translation files a translator edits.

Each language has one JSON file in ``resources/pathways/`` (``en.json``, ``fr.json``, ``ar.json`` …)
holding the concern names, the step titles and notes, the labels and the footer. A text missing
from a language falls back to English, so a half-finished translation still prints.
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass

import resources
from directory.errors import UserFacingError

#: Languages ServiceMap ships pathway texts for.
LANGUAGES = ("en", "fr", "es", "ar", "bn", "pt")


class PathwayTextError(UserFacingError):
    """A pathway language file is missing or invalid."""


def _merge(base: dict, over: dict) -> dict:
    out = dict(base)
    for key, value in over.items():
        if isinstance(value, dict) and isinstance(base.get(key), dict):
            out[key] = _merge(base[key], value)
        elif value not in ("", None):
            out[key] = value
    return out


def _read(lang: str) -> dict:
    try:
        path = resources.path(f"pathways/{lang}.json")
    except resources.MissingResource:
        raise PathwayTextError(
            f"no pathway texts for language {lang!r}; available: {', '.join(available_languages())}. "
            f"A translator can add resources/pathways/{lang}.json by copying en.json."
        ) from None
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise PathwayTextError(f"{path}: not valid JSON (line {exc.lineno}, column {exc.colno}): {exc.msg}. Fix the file.") from None


def available_languages() -> list[str]:
    folder = resources.path("pathways")
    found = sorted(p.stem for p in folder.glob("*.json") if len(p.stem) in (2, 3) and p.stem.isalpha())
    return [code for code in LANGUAGES if code in found] + [code for code in found if code not in LANGUAGES]


@dataclass(frozen=True)
class Texts:
    """The fixed texts in one language (English filling any gap)."""

    lang: str
    data: dict

    @property
    def rtl(self) -> bool:
        return self.data.get("dir") == "rtl"

    def get(self, dotted: str, **values: object) -> str:
        """The text at ``"labels.phone"``, with ``{placeholders}`` filled in."""
        node: object = self.data
        for part in dotted.split("."):
            node = node.get(part, "") if isinstance(node, dict) else ""
        text = str(node) if node else dotted
        return text.format(**{k: str(v) for k, v in values.items()}) if values else text

    def concern(self, code: str) -> str:
        return self.get(f"concerns.{code}")

    def step_title(self, key: str) -> str:
        return self.get(f"steps.{key}.title") if key in self.data.get("steps", {}) else key

    def step_note(self, key: str) -> str:
        return self.get(f"steps.{key}.note") if key in self.data.get("steps", {}) else ""


@functools.lru_cache(maxsize=16)
def texts(lang: str = "en") -> Texts:
    """The texts for ``lang``; raises :class:`PathwayTextError` for a language with no file."""
    english = _read("en")
    return Texts(lang, english if lang == "en" else _merge(english, _read(lang)))
