"""Only directory/ runs SQL: every other shipped package reads and writes through the store.

Every module of every package the project ships (as pyproject.toml lists them) except
directory/ is read as a syntax tree; a call of ``execute``/``executemany``/``executescript``,
any use of an attribute named ``connection``, an import of a database driver, or pandas'
``read_sql`` is a breach. The scan is proved able to fail on planted modules.
"""

from __future__ import annotations

import ast
import tomllib
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SQL_CALLS = {"execute", "executemany", "executescript", "read_sql", "read_sql_query", "read_sql_table"}
DRIVERS = {"sqlite3", "psycopg", "psycopg2", "apsw", "sqlalchemy"}
THE_DOOR = "directory"


def breaches(source: str) -> list[str]:
    """What in ``source`` runs SQL or reaches a database connection, as 'line N: what'."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            names = [node.module or ""]
        else:
            names = []
        for name in names:
            if name.split(".")[0] in DRIVERS:
                found.append(f"line {node.lineno}: imports {name}")
        if isinstance(node, ast.Attribute) and node.attr == "connection":
            found.append(f"line {node.lineno}: uses .connection")
        if isinstance(node, ast.Call):
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
            if name in SQL_CALLS:
                found.append(f"line {node.lineno}: calls {name}()")
    return found


def shipped_packages() -> list[str]:
    config = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    include = config["tool"]["setuptools"]["packages"]["find"]["include"]
    return sorted(p.rstrip("*") for p in include)


def modules_outside_the_door() -> list[Path]:
    packages = [p for p in shipped_packages() if p != THE_DOOR]
    return sorted(m for p in packages for m in (REPO / p).rglob("*.py"))


def test_the_enumeration_covers_every_package_but_directory():
    packages = shipped_packages()
    assert THE_DOOR in packages
    for expected in ("desktop", "importers", "mapping", "pathways"):
        assert expected in packages
    modules = modules_outside_the_door()
    assert len(modules) > 100
    assert not any(THE_DOOR in m.relative_to(REPO).parts[:1] for m in modules)


def test_no_module_outside_directory_runs_sql():
    found = {str(m.relative_to(REPO)): b for m in modules_outside_the_door()
             if (b := breaches(m.read_text(encoding="utf-8")))}
    assert found == {}, "SQL outside directory/ (move it behind a store function):\n" + "\n".join(
        f"{path}: {'; '.join(lines)}" for path, lines in found.items())


PLANTED = {
    "import sqlite3\n": "imports sqlite3",
    "from psycopg import sql\n": "imports psycopg",
    "def f(project):\n    return project.connection\n": "uses .connection",
    "def f(conn):\n    conn.execute('SELECT 1')\n": "calls execute()",
    "def f(cur, rows):\n    cur.executemany('INSERT INTO t VALUES (?)', rows)\n": "calls executemany()",
    "def f(c):\n    c.executescript('DROP TABLE t')\n": "calls executescript()",
    "import pandas as pd\ndef f(c):\n    return pd.read_sql('SELECT 1', c)\n": "calls read_sql()",
}


@pytest.mark.parametrize("source", list(PLANTED))
def test_the_scan_catches_a_planted_breach(source):
    assert any(PLANTED[source] in b for b in breaches(source))


def test_the_scan_catches_a_planted_module_in_a_package():
    """A module dropped into a shipped package is enumerated and caught."""
    planted = REPO / "pathways" / "_planted_sql_for_test.py"
    planted.write_text("def last(project):\n    return project.connection.execute('SELECT 1')\n", encoding="utf-8")
    try:
        assert planted in modules_outside_the_door()
        assert breaches(planted.read_text(encoding="utf-8"))
    finally:
        planted.unlink()


def test_the_scan_passes_store_calls():
    assert breaches("def f(project):\n    return project.services(), project.listing()\n") == []
