"""Runs a plan of output writers in one process and records which of our functions wrote files.

Used by tests/test_safety_outputs.py as ``python tests/safety_runner.py PLAN.json RESULT.json``.
Each step is a ``servicemap`` command line (run through ``desktop.cli.main``, as the installed
command does) or a desktop function that writes a file without a window. Every way a file is
written (``open`` for writing, ``Path.write_text``/``write_bytes``, zip files, GeoPackages,
rasters, matplotlib, file copies) is wrapped to note the first function of ours on the stack,
so the test can compare the functions that wrote with every writer found in the source.
"""

from __future__ import annotations

import builtins
import contextlib
import io
import json
import pathlib
import shutil
import sys
import traceback
import zipfile

PACKAGES = ("directory", "importers", "mapping", "pathways", "desktop")
written: list[tuple[str, str]] = []  # (module:function, path)


def _writer() -> str:
    frame = sys._getframe(2)
    while frame is not None:
        module = frame.f_globals.get("__name__", "")
        if module.split(".")[0] in PACKAGES:
            return f"{module}:{frame.f_code.co_qualname}"
        frame = frame.f_back
    return "?"


def _writes(mode) -> bool:
    return isinstance(mode, str) and any(c in mode for c in "wax")


def _wrap(owner, name, when=lambda *a, **k: True, path=lambda *a, **k: a[0] if a else "") -> None:
    original = getattr(owner, name)

    def wrapper(*args, **kwargs):
        if when(*args, **kwargs):
            written.append((_writer(), str(path(*args, **kwargs))))
        return original(*args, **kwargs)

    setattr(owner, name, wrapper)


def install() -> None:
    _wrap(builtins, "open", lambda f, mode="r", *a, **k: _writes(k.get("mode", mode)))
    _wrap(pathlib.Path, "open", lambda self, mode="r", *a, **k: _writes(k.get("mode", mode)))
    _wrap(pathlib.Path, "write_text")
    _wrap(pathlib.Path, "write_bytes")
    _wrap(zipfile.ZipFile, "__init__", lambda self, file, mode="r", *a, **k: _writes(k.get("mode", mode)),
          lambda self, file, *a, **k: file)
    for name in ("copyfile", "copy", "copy2"):
        _wrap(shutil, name, path=lambda src, dst, *a, **k: dst)
    import geopandas
    import matplotlib.figure
    import pyogrio
    import pyogrio.raw
    import rasterio

    _wrap(pyogrio.raw, "write")
    _wrap(pyogrio, "write_dataframe", path=lambda df, path, *a, **k: path)
    _wrap(geopandas.GeoDataFrame, "to_file", path=lambda self, filename, *a, **k: filename)
    _wrap(rasterio, "open", lambda fp, mode="r", *a, **k: _writes(k.get("mode", mode)))
    _wrap(matplotlib.figure.Figure, "savefig", path=lambda self, fname, *a, **k: fname)


def run_step(step: dict) -> dict:
    before = len(written)
    out, err = io.StringIO(), io.StringIO()
    rc = 0
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            if "argv" in step:
                from desktop.cli import main

                rc = main(step["argv"])
            else:
                module, _, function = step["call"].partition(":")
                __import__(module)
                getattr(sys.modules[module], function)(*step.get("args", []))
        except BaseException:  # noqa: BLE001 - reported to the test, which fails with it
            rc = -1
            traceback.print_exc(file=err)
    return {"rc": rc, "stdout": out.getvalue(), "stderr": err.getvalue(), "written": written[before:]}


def main(plan_path: str, result_path: str) -> None:
    sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))  # the repository, for tests.safety_project
    install()
    plan = json.loads(pathlib.Path(plan_path).read_text(encoding="utf-8"))
    results = {step["id"]: run_step(step) for step in plan}
    pathlib.Path(result_path).write_text(json.dumps(results, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main(*sys.argv[1:3])
