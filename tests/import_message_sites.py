"""Every sentence the importers can put in an import report, read from their sources (for the tests).

A row's messages (``RowOutcome.messages``) and a file's notes (``ImportResult.notes``) are written in
many places: appended to a list of messages or notes, assigned as one, or returned as a note by the
value parsers (importers/values.py, importers/point_fixes.py) and the file-kind check. :func:`sites`
finds each and gives every text it can make, each value it formats in written as "7" (a value that
chooses between words, ``'s' if n > 1 else ''``, gives each choice, made alike where the same test
decides them). ``tests/test_import_messages_qt.py`` checks that the desktop has a template for each.
"""

from __future__ import annotations

import ast
import itertools
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

#: Lists of sentences for the import report, by the name of the variable or attribute holding them.
TARGETS = ("msgs", "messages", "notes")
#: Functions whose every returned text is a note for the report.
NOTE_FUNCTIONS = ("note",)
#: Modules whose functions return their notes in a tuple (the value, the notes).
RETURNING_NOTES = ("importers/values.py", "importers/point_fixes.py")
#: Sources of other results' notes, not an import report's: the boundaries' import (shown by the new
#: project dialog), the verification sheet's import (shown by its own dialog) and the service editor's
#: checks of what a person typed.
NOT_THE_REPORT = ("importers/boundaries.py", "importers/project_setup.py", "importers/verification_import.py",
                  "importers/edit_rules.py")

Choices = dict  # the dump of an if-test -> the branch taken


def _merge(a: Choices, b: Choices) -> Choices | None:
    if any(k in b and b[k] != v for k, v in a.items()):
        return None
    return {**a, **b}


class _Module:
    def __init__(self, tree: ast.Module):
        self.tree = tree
        self.consts = {t.id: n.value.value for n in tree.body if isinstance(n, ast.Assign)
                       and isinstance(n.value, ast.Constant) and isinstance(n.value.value, str)
                       for t in n.targets if isinstance(t, ast.Name)}
        self.functions = {n.name: n for n in ast.walk(tree) if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))}
        self.parents = {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}

    def function_of(self, node):
        while node in self.parents:
            node = self.parents[node]
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                return node
        return None

    def samples(self, node, where, depth: int = 0) -> list[tuple[str, Choices]]:
        """(text, choices) for each text ``node`` can make inside the function ``where``."""
        if depth > 6:
            return [("7", {})]
        s = lambda n: self.samples(n, where, depth + 1)
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            return [(node.value, {})]
        if isinstance(node, ast.JoinedStr):
            pieces = [s(v.value) if isinstance(v, ast.FormattedValue) and isinstance(v.value, (ast.IfExp, ast.Call,
                                                                                               ast.Name))
                      else [("7", {})] if isinstance(v, ast.FormattedValue) else s(v) for v in node.values]
            return self._joined(pieces)
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
            return self._joined([s(node.left), s(node.right)])
        if isinstance(node, ast.IfExp):
            test = ast.dump(node.test)
            return ([(t, c) for t, c0 in s(node.body) if (c := _merge(c0, {test: True})) is not None]
                    + [(t, c) for t, c0 in s(node.orelse) if (c := _merge(c0, {test: False})) is not None])
        if isinstance(node, ast.Name):
            if node.id in self.consts:
                return [(self.consts[node.id], {})]
            local = self._local(node.id, where, depth)
            if local:
                return local
            return [("7", {})]
        if isinstance(node, ast.Call):
            f = node.func
            if (isinstance(f, ast.Attribute) and f.attr == "format" and isinstance(f.value, ast.Name)
                    and f.value.id in self.consts):
                import re
                return [(re.sub(r"\{[^}]*\}", "7", self.consts[f.value.id]), {})]
            name = f.id if isinstance(f, ast.Name) else ""
            fn = self.functions.get(name)
            if fn is not None and len(fn.body) >= 1 and isinstance(fn.body[-1], ast.Return) and all(
                    isinstance(b, (ast.Return, ast.Expr)) for b in fn.body):
                return s(fn.body[-1].value)  # a helper that makes words ("2 active services")
        return [("7", {})]

    def _joined(self, pieces) -> list[tuple[str, Choices]]:
        out = []
        for combo in itertools.product(*pieces):
            choices: Choices | None = {}
            for _, c in combo:
                choices = _merge(choices, c) if choices is not None else None
            if choices is not None:
                out.append(("".join(t for t, _ in combo), choices))
        return out

    def _local(self, name: str, where, depth: int) -> list[tuple[str, Choices]]:
        """A local variable's texts: each assigned, with each ``+=`` after it or not."""
        if where is None:
            return []
        bases, tails = [], []
        for n in ast.walk(where):
            if isinstance(n, ast.Assign) and any(isinstance(t, ast.Name) and t.id == name for t in n.targets):
                if isinstance(n.value, (ast.Constant, ast.JoinedStr, ast.IfExp)):  # words, not a number
                    bases += self.samples(n.value, where, depth + 1)
            elif isinstance(n, ast.AugAssign) and isinstance(n.target, ast.Name) and n.target.id == name:
                tails += self.samples(n.value, where, depth + 1)
        out = list(bases)
        for (b, cb), (t, ct) in itertools.product(bases, tails):
            if (c := _merge(cb, ct)) is not None:
                out.append((b + t, c))
        return out


def _name(target) -> str:
    if isinstance(target, ast.Subscript):  # msgs[:] = [...]
        target = target.value
    return target.id if isinstance(target, ast.Name) else target.attr if isinstance(target, ast.Attribute) else ""


def _is_target(node) -> bool:
    return _name(node).endswith(TARGETS)


def _listed(value) -> list:
    """The sentences a value put into a list of messages holds: a list's elements, ``msgs + [...]``."""
    if isinstance(value, ast.List):
        return list(value.elts)
    if isinstance(value, ast.BinOp) and isinstance(value.op, ast.Add):
        return _listed(value.left) + _listed(value.right)
    return []


def sentence_nodes(tree: ast.Module, relative: str) -> list[ast.AST]:
    """The expressions of ``tree`` that make a sentence of the import report."""
    found = []
    for n in ast.walk(tree):
        if isinstance(n, ast.Call):  # RowOutcome(..., messages=[...])
            found += [e for k in n.keywords if k.arg and k.arg.endswith(TARGETS) for e in _listed(k.value)]
        if isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute) and _is_target(n.func.value):
            if n.func.attr in ("append", "insert") and n.args:
                found.append(n.args[-1])
            elif n.func.attr == "extend" and n.args:
                found += _listed(n.args[0])
        elif isinstance(n, ast.Assign):
            for target in n.targets:
                if _is_target(target):
                    found += _listed(n.value)
                elif isinstance(target, ast.Tuple) and isinstance(n.value, ast.Tuple):
                    for t, v in zip(target.elts, n.value.elts):
                        if _is_target(t):
                            found += _listed(v)
        elif isinstance(n, ast.AugAssign) and _is_target(n.target):
            found += _listed(n.value)
        elif isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef)) and n.name in NOTE_FUNCTIONS:
            found += [r.value for r in ast.walk(n) if isinstance(r, ast.Return) and r.value is not None]
        elif isinstance(n, ast.Return) and relative in RETURNING_NOTES and isinstance(n.value, ast.Tuple):
            for el in n.value.elts:
                found += _listed(el) if isinstance(el, ast.List) else [el] if isinstance(
                    el, (ast.JoinedStr, ast.BinOp)) else []
    return found


def sentences_in(source: str, relative: str = "<code>") -> list[tuple[str, str]]:
    """(where, text) of every sentence ``source`` can put into an import report."""
    tree = ast.parse(source)
    module = _Module(tree)
    out = []
    for node in sentence_nodes(tree, relative):
        where = module.function_of(node)
        for text, _ in module.samples(node, where):
            if text.strip("7 "):  # not a value passed on as it is ("msgs.append(fixed)")
                out.append((f"{relative}:{node.lineno}", text))
    return list(dict.fromkeys(out))


def sites() -> list[tuple[str, str]]:
    """(where, text) of every sentence importers/ and directory/ can put into an import report."""
    out = []
    for folder in ("importers", "directory"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            relative = path.relative_to(ROOT).as_posix()
            if relative in NOT_THE_REPORT:
                continue
            out += sentences_in(path.read_text(encoding="utf-8"), relative)
    return out
