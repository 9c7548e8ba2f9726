"""Leaving out of the bundle what PyInstaller's hooks collect but ServiceMap never loads.

Used by servicemap.spec on PyInstaller's lists of (name in the bundle, source, kind). The lists of
what to leave out are in contents.py; here is only how.
"""

from __future__ import annotations

import re
from pathlib import PurePath

from PyInstaller.depend.bindepend import get_imports

import contents

_QT_LIBRARY = re.compile(r"^(lib)?Qt6\w+(\.so\.6|\.dll)$")
_TRANSLATION = re.compile(r"(?:^|[_/])([a-z]{2,3})(?:[-_][A-Za-z0-9]+)?\.(qm|pak)$")


def _name(entry) -> str:
    return entry[0].replace("\\", "/")


def left_out_data(entry) -> bool:
    name = _name(entry)
    for package, files in contents.DATA_LEFT_OUT.items():
        if any(name == f"{package}/{f}" for f in files):
            return True
    if any(part in name for part in contents.QT_LEFT_OUT):
        return True
    if "/Qt/translations/" in name:
        found = _TRANSLATION.search(name)
        return bool(found) and found.group(1) not in contents.LANGUAGES
    return False


def qt_libraries_needed(binaries) -> list:
    """``binaries`` without the Qt libraries that no other kept binary needs."""
    binaries = [b for b in binaries if not left_out_data(b)]
    qt = {PurePath(_name(b)).name: b for b in binaries if _QT_LIBRARY.match(PurePath(_name(b)).name) and b[2] != "SYMLINK"}
    needed: set[str] = set()
    todo = [b[1] for b in binaries if b[2] != "SYMLINK" and PurePath(_name(b)).name not in qt]
    while todo:
        for name, _ in get_imports(todo.pop()):
            if name in qt and name not in needed:
                needed.add(name)
                todo.append(qt[name][1])
    return [b for b in binaries if not _QT_LIBRARY.match(PurePath(_name(b)).name) or PurePath(_name(b)).name in needed]
