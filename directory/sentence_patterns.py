"""A sentence template as a pattern that finds the values a sentence was made with.

The core packages write their sentences in English (the command line, the exported reports and the
project's history keep them so); the desktop shows them in the user's language by finding the
template a sentence was made from and translating that. Templates come in two spellings: Python's
``{rows}`` (:mod:`importers.skip_reasons`) and Qt's ``%1`` (the desktop's translated catalogues).
This is the one place that turns either into a regular expression; it knows no Qt.
"""

from __future__ import annotations

import re
from functools import cache

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
