"""JSON that is safe to place inside an HTML ``<script>`` element.

Names, phones and schedules come from spreadsheets anyone can type into. Inside a script
element the only dangerous text is markup that ends the element (``</script>``) or opens a
comment, so ``<``, ``>`` and ``&`` are written as JSON ``\\u`` escapes: the browser reads back
the exact text, and no raw tag ever appears in the page. The JavaScript then shows every
value with ``textContent``, never as HTML.
"""

from __future__ import annotations

import json
from typing import Any

_UNSAFE = {
    ord("<"): "\\u003c",
    ord(">"): "\\u003e",
    ord("&"): "\\u0026",
    0x2028: "\\u2028",  # line separators end a JS string literal in older engines
    0x2029: "\\u2029",
}


def script_json(value: Any) -> str:
    """Compact JSON for ``value``, with markup characters escaped for a script element."""
    return script_safe(json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False))


def script_safe(json_text: str) -> str:
    """JSON text with its markup characters written as escapes, for a script element."""
    return json_text.translate(_UNSAFE)
