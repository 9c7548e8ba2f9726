"""Qt stays in desktop/: the core packages and the command line import without PySide6."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

BLOCK_QT = textwrap.dedent(
    """
    import importlib, importlib.abc, pkgutil, sys

    class BlockQt(importlib.abc.MetaPathFinder):
        def find_spec(self, name, path=None, target=None):
            if name.split(".")[0] in ("PySide6", "shiboken6", "PyQt5", "PyQt6"):
                raise ImportError(f"Qt imported outside desktop/: {name}")
            return None

    sys.meta_path.insert(0, BlockQt())
    """
)

IMPORT_CORE = BLOCK_QT + textwrap.dedent(
    """
    for package in ("directory", "importers", "mapping", "pathways"):
        top = importlib.import_module(package)
        for info in pkgutil.walk_packages(top.__path__, package + "."):
            importlib.import_module(info.name)
    import desktop.cli
    print("ok")
    """
)


def _run(code: str, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", code, *args], cwd=REPO, capture_output=True, text=True, timeout=300)


def test_core_packages_and_cli_import_without_qt():
    result = _run(IMPORT_CORE)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"


def test_the_blocker_does_catch_a_qt_import():
    """The check above would fail if a core module imported Qt."""
    result = _run(BLOCK_QT + "import PySide6.QtCore")
    assert result.returncode != 0 and "Qt imported outside desktop/" in result.stderr


def test_cli_commands_run_without_qt(tmp_path):
    code = BLOCK_QT + "import sys; from desktop.cli import main; sys.exit(main(sys.argv[1:]))"
    assert _run(code, "demo", "--out", str(tmp_path)).returncode == 0
    info = _run(code, "info", str(tmp_path / "servicemap-demo.gpkg"))
    assert info.returncode == 0, info.stderr
    assert "services" in info.stdout


# --- desktop/ holds the Qt application; Qt-free work lives with its capability in the core ----------

#: The Qt-free modules desktop/ may hold: the command line, the demo (it joins importers and mapping),
#: the checks of this installation (``servicemap doctor`` and Help ▸ Check this installation), and the
#: window's reading of a project (its table's words are Qt's translations, through services_model).
QT_FREE_IN_DESKTOP = ("desktop/cli.py", "desktop/demo_project.py", "desktop/doctor/", "desktop/window/opening.py")


def qt_free_modules(root: Path, package: str = "desktop") -> set[str]:
    """Modules under ``root/package`` that never import PySide6 (package markers and commands/ aside)."""
    import ast

    found = set()
    for path in sorted((root / package).rglob("*.py")):
        rel = path.relative_to(root).as_posix()
        if path.name == "__init__.py" or rel.startswith(f"{package}/commands/"):
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        names = [a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names]
        names += [n.module or "" for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)]
        if not any(name.split(".")[0] == "PySide6" for name in names):
            found.add(rel)
    return found


def test_desktop_holds_no_qt_free_task_code():
    """Requests, runners and pages a task writes live in importers/, mapping/, pathways/ (and the CLI uses them there)."""
    assert {m for m in qt_free_modules(REPO) if not m.startswith(QT_FREE_IN_DESKTOP)} == set()


def test_the_scan_finds_a_qt_free_module(tmp_path):
    (tmp_path / "desktop" / "tasks").mkdir(parents=True)
    (tmp_path / "desktop" / "tasks" / "gap_task.py").write_text("import json\n", encoding="utf-8")
    (tmp_path / "desktop" / "panel.py").write_text("from PySide6.QtWidgets import QWidget\n", encoding="utf-8")
    assert qt_free_modules(tmp_path) == {"desktop/tasks/gap_task.py"}
