"""A sentence template as a pattern that finds the values a sentence was made with.

The core packages write their sentences in English (the command line, the exported reports and the
project's history keep them so); the desktop shows them in the user's language by finding the
template a sentence was made from and translating that. Templates come in two spellings: Python's
``{rows}`` (:mod:`importers.skip_reasons`) and Qt's ``%1`` (the desktop's translated catalogues).
This is the one place that turns either into a regular expression; it knows no Qt.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache, lru_cache

_PLACEHOLDER = re.compile(r"\{(\w+)\}|%(\d)")


@cache
def template_pattern(template: str) -> re.Pattern:
    """``template`` as a pattern whose named groups catch what each placeholder stood for.

    ``{name}`` gives the group ``name``, ``%1`` the group ``p1``; a placeholder used twice must
    stand for the same text both times. Each value is the shortest text that lets the whole
    sentence match (use ``fullmatch``); it may be empty, and may span lines.
    """
    parts, seen, last = [], set(), 0
    for m in _PLACEHOLDER.finditer(template):
        parts.append(re.escape(template[last:m.start()]))
        name = m.group(1) or f"p{m.group(2)}"
        parts.append(f"(?P={name})" if name in seen else f"(?P<{name}>.*?)")
        seen.add(name)
        last = m.end()
    parts.append(re.escape(template[last:]))
    return re.compile("".join(parts), re.DOTALL)


def fixed_length(template: str) -> int:
    """How many characters of ``template`` are its own (not placeholders): the more, the more specific."""
    return len(_PLACEHOLDER.sub("", template))


@lru_cache(maxsize=64)
def _most_specific_first(templates: tuple[str, ...]) -> list[tuple[re.Pattern, str]]:
    return sorted(((template_pattern(t), t) for t in templates), key=lambda pair: -fixed_length(pair[1]))


def template_of(sentence: str, templates: tuple[str, ...]) -> tuple[re.Match, str] | None:
    """The match of ``sentence`` against the most specific of ``templates`` it was made from (the one
    with the most text of its own), and that template; None when none fits."""
    for pattern, template in _most_specific_first(templates):
        if (found := pattern.fullmatch(sentence)) is not None:
            return found, template
    return None


def refill(text: str, found: re.Match, part: Callable[[str, str], str] = lambda _placeholder, value: value) -> str:
    """``text`` (a translation of a ``%1`` template) with what ``found`` caught for each placeholder, each
    passed through ``part(placeholder, value)``: in one pass, so that a value holding "%2" is not filled in
    again."""
    values = {f"%{name[1:]}": value for name, value in found.groupdict().items() if name.startswith("p")}
    return re.sub(r"%\d", lambda m: part(m.group(), values[m.group()]) if m.group() in values else m.group(), text)
