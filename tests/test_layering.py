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
