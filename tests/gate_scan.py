"""Finding every call in ServiceMap's source that opens a file with a reader, and whether the file
came through the gate (directory/file_gate) first — by reading the source.

A *reader* is a call that opens the file its argument names: python-calamine, openpyxl's and
xlrd's workbooks, pandas' read_excel/read_csv, GeoPandas/pyogrio, rasterio, osmium, sqlite3,
zipfile and tarfile, ``open()``/``Path.open``/``read_text``/``read_bytes``, ElementTree's parse;
and ``json.load(s)`` / ``csv.reader`` over what such a call read. A reader is *behind the gate*
when, in the same function, what it reads came through a gate call: it is (or is derived from)
what a ``file_gate`` function returned (``text = file_gate.text(path, …)``,
``with file_gate.zip_file(…) as z``), or it was given to one on an earlier line
(``file_gate.vector(path, …)`` then ``gpd.read_file(path)``), or it is the ``path`` of a
parameter typed as the gate's own result (``book: Workbook`` then ``book.path``). Paths made
from the program's own files (``resources.path(…)``, ``__file__``, module constants, a path written
in the code, a file in a temporary folder it made) are not a user's file. Everything else is reported, as ``module:function: line N: reader(path)``.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
#: The packages ServiceMap ships that read files (resources/ holds data and two helpers).
PACKAGES = ("directory", "importers", "mapping", "pathways", "desktop", "resources")
#: The gate itself: its own readers are what the gate is.
THE_GATE = "directory/file_gate/"

#: Library calls that open the file named by their first argument (or ``filename=`` …).
READERS = {
    "python_calamine.CalamineWorkbook.from_path", "python_calamine.CalamineWorkbook.from_filelike",
    "python_calamine.CalamineWorkbook.from_object", "python_calamine.load_workbook",
    "CalamineWorkbook.from_path", "CalamineWorkbook.from_filelike", "CalamineWorkbook.from_object",
    "openpyxl.load_workbook", "load_workbook", "xlrd.open_workbook", "open_workbook",
    "pd.read_excel", "pandas.read_excel", "pd.read_csv", "pandas.read_csv", "pd.read_json", "pandas.read_json",
    "gpd.read_file", "geopandas.read_file", "pyogrio.read_dataframe", "pyogrio.read_info", "pyogrio.list_layers",
    "pyogrio.read_arrow", "pyogrio.open_arrow", "pyogrio.raw.read", "fiona.open",
    "rasterio.open", "osmium.FileProcessor", "osmium.io.Reader", "osmium.SimpleHandler.apply_file",
    "sqlite3.connect", "zipfile.ZipFile", "ZipFile", "tarfile.open",
    "open", "io.open", "codecs.open",
    "ElementTree.parse", "ET.parse", "ElementTree.iterparse", "ET.iterparse",
}
#: Methods that open the file their receiver names (``path.read_bytes()``), or feed it to a reader.
PATH_METHODS = {"open", "read_text", "read_bytes", "apply_file"}
#: Parsers that count as readers when what they parse was read from a file in the same function.
PARSERS = {"json.load", "json.loads", "csv.reader", "csv.DictReader"}
#: The gate's results a function may be given (``book: Workbook``): their ``.path`` passed the gate.
GATE_TYPES = {"Workbook"}
#: Calls that name the program's own files, or memory rather than a file.
OWN_SOURCES = {"resources.path", "files", "importlib.resources.files", "io.BytesIO", "io.StringIO", "BytesIO",
               "StringIO", "tempfile.TemporaryDirectory", "tempfile.mkdtemp", "tempfile.NamedTemporaryFile",
               "tempfile.mkstemp"}
#: The project file's own door: Project.open checks the file (its header, integrity and tables).
OUR_DOORS = {"Project.open", "Project.create"}
_KEYWORDS = ("filename", "path", "fp", "file", "database", "io", "filepath_or_buffer", "fname")
_WRITING = re.compile(r"[wax+]")


@dataclass
class Reader:
    function: str  # module:qualified name
    line: int
    call: str
    path: str

    def __str__(self) -> str:
        return f"{self.function}: line {self.line}: {self.call}({self.path})"


@dataclass
class _Scope:
    """What one function binds and which names its gate calls were given, line by line."""

    params: dict[str, str] = field(default_factory=dict)  # name -> annotation
    bound: dict[str, list[ast.expr]] = field(default_factory=dict)
    gated: list[tuple[int, set[str]]] = field(default_factory=list)  # (line, names given to a gate call)


def dotted(node: ast.expr) -> str:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        inner = dotted(node.value)
        return f"{inner}.{node.attr}" if inner else ""
    return ""


class _Module:
    def __init__(self, source: str, module: str):
        self.tree = ast.parse(source)
        self.module = module
        self.gate_names = {"file_gate"}  # names bound to the gate or its functions
        self.constants = set()  # module-level UPPER_CASE names: the program's own paths and settings
        for node in ast.walk(self.tree):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("directory.file_gate"):
                self.gate_names |= {a.asname or a.name for a in node.names}
            elif isinstance(node, ast.ImportFrom) and node.module == "directory":
                self.gate_names |= {a.asname or a.name for a in node.names if a.name == "file_gate"}
        for node in self.tree.body:
            targets = node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(
                node, ast.AnnAssign) else []
            self.constants |= {t.id for t in targets if isinstance(t, ast.Name) and t.id.isupper()}

    def is_gate_call(self, call: ast.Call) -> bool:
        name = dotted(call.func)
        return bool(name) and name.split(".")[0] in self.gate_names and (
            "." in name or name != "file_gate")

    # --- what a function binds ------------------------------------------------------------------

    def scope_of(self, fn: ast.FunctionDef | ast.AsyncFunctionDef) -> _Scope:
        scope = _Scope()
        args = getattr(fn, "args", None)
        for a in [*args.posonlyargs, *args.args, *args.kwonlyargs, args.vararg, args.kwarg] if args else []:
            if a is not None:
                scope.params[a.arg] = _annotation(a.annotation)
        for node in _own_nodes(fn):
            pairs: list[tuple[ast.expr, ast.expr]] = []
            if isinstance(node, ast.Assign):
                pairs = [(t, node.value) for t in node.targets]
            elif isinstance(node, (ast.AnnAssign, ast.AugAssign, ast.NamedExpr)) and node.value is not None:
                pairs = [(node.target, node.value)]
            elif isinstance(node, (ast.With, ast.AsyncWith)):
                pairs = [(i.optional_vars, i.context_expr) for i in node.items if i.optional_vars is not None]
            elif isinstance(node, (ast.For, ast.AsyncFor, ast.comprehension)):
                pairs = [(node.target, node.iter)]
            for target, value in pairs:
                for name in ast.walk(target):
                    if isinstance(name, ast.Name):
                        scope.bound.setdefault(name.id, []).append(value)
            if isinstance(node, ast.Call) and self.is_gate_call(node):
                given = set()
                for arg in [*node.args, *(k.value for k in node.keywords)]:
                    given |= self.roots(arg, scope)[0]
                scope.gated.append((node.lineno, given))
        return scope

    def roots(self, expr: ast.expr, scope: _Scope, seen: frozenset = frozenset()) -> tuple[set[str], bool, bool]:
        """(the names ``expr`` is made from, whether a gate call made it, whether it is the program's own)."""
        names, gated, own = set(), False, False
        stack = [expr]
        while stack:
            node = stack.pop()
            if isinstance(node, ast.Call):
                name = dotted(node.func)
                if self.is_gate_call(node):
                    gated = True
                if name in OWN_SOURCES:
                    own = True
                stack += list(node.args) + [k.value for k in node.keywords]
                if isinstance(node.func, ast.Attribute):
                    stack.append(node.func.value)  # the receiver of a method: path.read_bytes()
                continue
            if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
                base = node.value.id
                if scope.params.get(base, "").split(".")[-1] in GATE_TYPES:
                    gated = True
                names.add(f"{base}.{node.attr}")
                stack.append(node.value)
                continue
            if isinstance(node, ast.Name):
                if node.id == "__file__" or node.id in self.constants:
                    own = True
                elif node.id in scope.bound and node.id not in seen:
                    for value in scope.bound[node.id]:
                        n, g, o = self.roots(value, scope, seen | {node.id})
                        names |= n
                        gated, own = gated or g, own or o
                else:
                    names.add(node.id)
                continue
            stack += list(ast.iter_child_nodes(node))
        return names, gated, own

    # --- the readers ----------------------------------------------------------------------------

    def readers(self) -> list[tuple[str, ast.Call, ast.expr, _Scope]]:
        """(function, call, the expression naming what it reads, the function's scope) per reader call."""
        found = []
        for qualname, fn in _functions(self.tree):
            scope = self.scope_of(fn)
            for node in _own_nodes(fn):
                if isinstance(node, ast.Call) and (target := self.read_target(node, scope)) is not None:
                    found.append((qualname, node, target, scope))
        return found

    def read_target(self, call: ast.Call, scope: _Scope) -> ast.expr | None:
        name = dotted(call.func)
        if isinstance(call.func, ast.Attribute) and call.func.attr in PATH_METHODS and name not in READERS:
            if _writes(call, 0) or name in OUR_DOORS or not _path_like(call.func.value):
                return None
            return call.func.value
        if name in PARSERS:
            arg = _first(call)
            if arg is None or not self._reads_a_file(arg, scope):
                return None
            return arg
        if name in READERS:
            return None if _writes(call, 1) else _first(call)
        return None

    def _reads_a_file(self, expr: ast.expr, scope: _Scope, seen: frozenset = frozenset()) -> bool:
        for node in ast.walk(expr):
            if isinstance(node, ast.Call) and (dotted(node.func) in READERS or (
                    isinstance(node.func, ast.Attribute) and node.func.attr in PATH_METHODS | {"read"})):
                return True
            if isinstance(node, ast.Name) and node.id in scope.bound and node.id not in seen:
                if any(self._reads_a_file(v, scope, seen | {node.id}) for v in scope.bound[node.id]):
                    return True
        return False

    def behind_the_gate(self, call: ast.Call, target: ast.expr, scope: _Scope) -> bool:
        names, gated, own = self.roots(target, scope)
        if gated or own or not names:  # through the gate, the program's own, or a path written in the code
            return True
        before = set().union(*[given for line, given in scope.gated if line <= call.lineno]) if scope.gated else set()
        return bool(names & before)


def _annotation(node: ast.expr | None) -> str:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value.split("|")[0].strip()
    if isinstance(node, ast.BinOp):  # Workbook | None
        return _annotation(node.left)
    return dotted(node) if node is not None else ""


def _first(call: ast.Call) -> ast.expr | None:
    if call.args:
        return call.args[0]
    return next((k.value for k in call.keywords if k.arg in _KEYWORDS), None)


def _writes(call: ast.Call, position: int) -> bool:
    given = [k.value for k in call.keywords if k.arg == "mode"] or call.args[position:position + 1]
    return bool(given) and isinstance(given[0], ast.Constant) and isinstance(given[0].value, str) and bool(
        _WRITING.search(given[0].value))


def _path_like(receiver: ast.expr) -> bool:
    """``x.open()`` opens a file when ``x`` is a path, not a Qt dialog or a zip already opened by a reader."""
    name = dotted(receiver) if not isinstance(receiver, ast.Call) else dotted(receiver.func)
    last = name.split(".")[-1].lower()
    return not any(word in last for word in ("dialog", "window", "webbrowser", "desktopservices", "qfile", "url"))


def _functions(tree: ast.Module):
    """(qualified name, node) of every function, methods and nested functions included; the module's
    own statements count as a function named ``<module>``."""
    out = [("<module>", tree)]

    def visit(node: ast.AST, scope: list[str]) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef)):
                out.append((".".join(scope + [child.name]), child))
                visit(child, scope + [child.name, "<locals>"])
            elif isinstance(child, ast.ClassDef):
                visit(child, scope + [child.name])
            else:
                visit(child, scope)

    visit(tree, [])
    return out


def _own_nodes(fn: ast.AST):
    """The nodes of ``fn`` outside the functions and classes defined inside it."""
    stack = list(ast.iter_child_nodes(fn))
    while stack:
        node = stack.pop()
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Lambda)):
            continue
        yield node
        stack += list(ast.iter_child_nodes(node))


def ungated_in(source: str, module: str) -> list[Reader]:
    """Every reader call in ``source`` whose file did not come through the gate."""
    m = _Module(source, module)
    out = []
    for qualname, call, target, scope in m.readers():
        if not m.behind_the_gate(call, target, scope):
            out.append(Reader(f"{module}:{qualname}", call.lineno, ast.unparse(call.func), ast.unparse(target)))
    return out


def shipped_modules() -> list[Path]:
    return sorted(p for package in PACKAGES for p in (REPO / package).rglob("*.py")
                  if not str(p.relative_to(REPO)).startswith(THE_GATE))


def ungated_readers() -> list[Reader]:
    """Every reader in the shipped code, outside the gate, whose file did not come through it."""
    out = []
    for path in shipped_modules():
        module = ".".join(path.relative_to(REPO).with_suffix("").parts)
        out += ungated_in(path.read_text(encoding="utf-8"), module)
    return out
