"""Build ServiceMap for the platform this runs on: ``python packaging/build.py``.

1. draws the icon (packaging/icon.py);
2. runs PyInstaller on packaging/servicemap.spec: a one-folder bundle in packaging/dist/ServiceMap;
3. packs it for people: on Linux a tarball with a desktop entry, the icon and install.sh; on
   Windows the installer (packaging/windows/servicemap.iss) when Inno Setup's ISCC is installed.

Needs the ``packaging`` extra: ``pip install -e ".[packaging]"``. Prints how long each step took
and how large the result is.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import time
from importlib.metadata import version
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
BUILD, DIST = HERE / "build", HERE / "dist"
BUNDLE = DIST / "ServiceMap"
sys.path.insert(0, str(HERE))

import icon  # noqa: E402


def folder_size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink())


def run_pyinstaller() -> None:
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
                    "--distpath", str(DIST), "--workpath", str(BUILD / "work"), str(HERE / "servicemap.spec")],
                   cwd=REPO, check=True)  # fmt: skip


def linux_tarball(release: str) -> Path:
    """ServiceMap-VERSION-linux-ARCH.tar.gz: the bundle, a desktop entry, the icon and install.sh."""
    name = f"ServiceMap-{release}-linux-{platform.machine()}"
    staging = BUILD / name
    shutil.rmtree(staging, ignore_errors=True)
    shutil.copytree(BUNDLE, staging / "ServiceMap", symlinks=True)
    shutil.copy2(BUILD / "servicemap.png", staging / "servicemap.png")
    for file in ("servicemap.desktop", "servicemap-project.xml", "install.sh", "README.txt"):
        shutil.copy2(HERE / "linux" / file, staging / file)
    (staging / "install.sh").chmod(0o755)
    out = DIST / f"{name}.tar.gz"
    with tarfile.open(out, "w:gz", compresslevel=6) as tar:
        tar.add(staging, arcname=name)
    shutil.rmtree(staging)
    return out


def windows_installer(release: str) -> Path | None:
    """The per-user installer, when Inno Setup's compiler is on PATH (or ISCC names it)."""
    iscc = os.environ.get("ISCC") or shutil.which("iscc") or shutil.which("ISCC")
    if not iscc:
        print("Inno Setup (iscc) not found: the bundle is built, the installer is not.")
        return None
    subprocess.run([iscc, f"/DAppVersion={release}", f"/DBundle={BUNDLE}", f"/DIcon={BUILD / 'servicemap.ico'}",
                    f"/O{DIST}", str(HERE / "windows" / "servicemap.iss")], check=True)  # fmt: skip
    return DIST / f"ServiceMap-{release}-setup.exe"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-package", action="store_true", help="build the bundle only (no tarball or installer)")
    args = parser.parse_args(argv)
    release = version("servicemap")
    started = time.monotonic()
    icon.render(BUILD)
    run_pyinstaller()
    built = time.monotonic()
    print(f"Bundle: {BUNDLE} ({folder_size(BUNDLE) / 2**20:.0f} MB) in {built - started:.0f} s")
    if args.no_package:
        return 0
    package = windows_installer(release) if sys.platform == "win32" else linux_tarball(release)
    if package is not None:
        print(f"Package: {package} ({package.stat().st_size / 2**20:.0f} MB) in {time.monotonic() - built:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
