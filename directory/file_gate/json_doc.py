"""JSON documents (HSDS, HXL JSON, datapackage.json) parsed with their size and depth limited.

Python's parser recurses once per nested array or object, so a file nested a few thousand
deep ends in a RecursionError. The depth is measured first, without parsing: strings are
blanked out, and the running count of opening minus closing brackets is the depth.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import numpy as np

from directory.file_gate.base import MAX_JSON_BYTES, MAX_JSON_DEPTH, FileRefused, user_file
from directory.file_gate.text import decode

_STRING = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"', re.S)
_NOT_BRACKET = re.compile(r"[^\[\]{}]+")


def depth(text: str) -> int:
    """How deeply the arrays and objects of a JSON text nest (0 for a bare value)."""
    brackets = _NOT_BRACKET.sub("", _STRING.sub('""', text)).encode("ascii")
    if not brackets:
        return 0
    codes = np.frombuffer(brackets, dtype=np.uint8)
    steps = np.where((codes == ord("[")) | (codes == ord("{")), 1, -1)
    return int(np.cumsum(steps).max())


def json_document(path: str | Path, what: str, *, max_bytes: int = MAX_JSON_BYTES,
                  max_depth: int = MAX_JSON_DEPTH) -> Any:
    """The parsed JSON of ``path``; :class:`FileRefused` for a file too large, too deep, or not JSON."""
    path = user_file(path, what, max_bytes=max_bytes)
    decoded = decode(path.read_bytes())
    if decoded is None:
        raise FileRefused(f"{path}: not a JSON file (it holds binary data). Give the {what} itself.")
    text = decoded[0]
    nesting = depth(text)
    if nesting > max_depth:
        raise FileRefused(f"{path}: its arrays and objects nest {nesting:,} levels deep, more than the {max_depth} "
                          f"ServiceMap reads; it was not read. Export the {what} again from the system that made it.")
    try:
        return json.loads(text)
    except (ValueError, RecursionError) as exc:
        where = f" (line {exc.lineno}, column {exc.colno})" if isinstance(exc, json.JSONDecodeError) else ""
        raise FileRefused(f"{path}: not valid JSON{where}: {str(exc).split(':')[0]}. It may be cut short; "
                          f"download or export the {what} again.") from None

