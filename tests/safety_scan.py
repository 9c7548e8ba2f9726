"""Finding every function in ServiceMap's source that writes a file, by reading the source.

A call counts as writing a file when it is one of the ways tests/safety_runner.py watches:
``open``/``Path.open``/``rasterio.open``/``ZipFile`` with a writing mode, ``ElementTree(…).write``, ``write_text``,
``write_bytes``, ``to_file``, ``savefig``, ``printToPdf``, ``pyogrio.raw.write``, a
``shutil`` copy, or ``save`` (but not on one of our own modules, nor ``x.save(project)``: those
store in the project). The result names each function as ``module:qualified name``.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
PACKAGES = ("directory", "importers", "mapping", "pathways", "desktop")
_ATTRIBUTE_SINKS = {"write_text", "write_bytes", "savefig", "to_file", "printToPdf", "write_dataframe", "save"}
_MODE = re.compile(r"[rwxab+t]+")


def _mode(node: ast.expr | None) -> str:
    if isinstance(node, ast.Constant) and isinstance(node.value, str) and _MODE.fullmatch(node.value):
        return node.value
    return ""


def _writes(call: ast.Call, position: int) -> bool:
    given = [k.value for k in call.keywords if k.arg == "mode"] or call.args[position:position + 1]
    return any(c in _mode(given[0]) for c in "wax") if given else False


def is_file_write(call: ast.Call, our_names: set[str]) -> bool:
    f = call.func
    name = f.attr if isinstance(f, ast.Attribute) else f.id if isinstance(f, ast.Name) else ""
    owner = f.value.id if isinstance(f, ast.Attribute) and isinstance(f.value, ast.Name) else None
    if isinstance(f, ast.Attribute) and name in _ATTRIBUTE_SINKS:
        into_project = name == "save" and call.args and isinstance(call.args[0], ast.Name) and call.args[0].id == "project"
        return owner not in our_names and not into_project
    if owner == "shutil" and name in ("copyfile", "copy", "copy2", "move"):
        return True
    if name == "write" and isinstance(f, ast.Attribute) and isinstance(f.value, ast.Attribute) and f.value.attr == "raw":
        return True  # pyogrio.raw.write
    if name == "write" and isinstance(f, ast.Attribute) and isinstance(f.value, ast.Call) and \
            getattr(f.value.func, "attr", getattr(f.value.func, "id", "")) == "ElementTree":
        return True  # ET.ElementTree(root).write(path)
    if name == "open":  # open(path, mode), rasterio.open(path, mode), Path(...).open(mode)
        return _writes(call, 0 if isinstance(f, ast.Attribute) and owner not in ("rasterio", "io", "builtins") else 1)
    if name == "ZipFile":
        return _writes(call, 1)
    return False


def writers_in(source: str, module: str) -> set[str]:
    """``module:function`` for each function in ``source`` that writes a file."""
    tree = ast.parse(source)
    ours: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.split(".")[0] in PACKAGES:
            ours |= {a.asname or a.name for a in node.names}
        elif isinstance(node, ast.Import):
            ours |= {(a.asname or a.name).split(".")[0] for a in node.names if a.name.split(".")[0] in PACKAGES}
    found: set[str] = set()

    def visit(node: ast.AST, scope: list[str]) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                inner = scope + ([child.name, "<locals>"] if not isinstance(child, ast.ClassDef) else [child.name])
                visit(child, inner)
                continue
            if isinstance(child, ast.Call) and is_file_write(child, ours):
                found.add(f"{module}:{'.'.join(p for p in scope if p)}".removesuffix(".<locals>"))
            visit(child, scope)

    visit(tree, [])
    return found


def file_writers() -> set[str]:
    """Every function of directory/, importers/, mapping/, pathways/ and desktop/ that writes a file."""
    out: set[str] = set()
    for package in PACKAGES:
        for path in sorted((REPO / package).rglob("*.py")):
            module = ".".join(path.relative_to(REPO).with_suffix("").parts)
            out |= writers_in(path.read_text(encoding="utf-8"), module)
    return out
