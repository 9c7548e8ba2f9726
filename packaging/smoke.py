"""Smoke check of a built ServiceMap, run as a person would: from a clean folder, with no Python.

``python packaging/smoke.py`` unpacks the Linux tarball from packaging/dist into a new folder,
installs it with its install.sh into a fresh home folder, and runs the installed program with
PATH holding only a few system tools (no Python) and no PYTHONPATH, offscreen, and on Linux
without any network (a private network namespace, when run as root). It checks the installation
(``servicemap doctor``), builds the demo project, opens the main window (a screenshot), prints a
pathway PDF through QtWebEngine, writes an offline map and a print map, and runs a gap analysis.
On Windows (``--installer ServiceMap-…-setup.exe``) it installs silently for the current user and
runs the same steps. Prints each step with its time; exits 1 at the first failure.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
WINDOWS = sys.platform == "win32"
#: The only programs on PATH on Linux: the shell and tools install.sh uses, and ldd for the doctor.
LINUX_TOOLS = ("sh", "bash", "cp", "ln", "mkdir", "rm", "sed", "dirname", "ldd")
AREA = "BD2022"  # Cox's Bazar district in the demo project


class SmokeFailed(Exception):
    pass


def clean_environment(root: Path) -> dict[str, str]:
    """No Python anywhere: PATH with a handful of system tools, a new home, offscreen Qt."""
    if WINDOWS:
        system = os.environ.get("SystemRoot", r"C:\Windows")
        path = os.pathsep.join([str(Path(system) / "System32"), system])
    else:
        tools = root / "tools"
        tools.mkdir()
        for tool in LINUX_TOOLS:
            found = shutil.which(tool)
            if found:
                (tools / tool).symlink_to(found)
        path = str(tools)
    home = root / "home"
    home.mkdir()
    env = {"PATH": path, "HOME": str(home), "LANG": "C.UTF-8", "QT_QPA_PLATFORM": "offscreen"}
    if WINDOWS:
        for key in ("SystemRoot", "SystemDrive", "TEMP", "TMP", "windir", "COMSPEC", "PATHEXT"):
            if key in os.environ:
                env[key] = os.environ[key]
        env.update(USERPROFILE=str(home), APPDATA=str(home / "AppData" / "Roaming"),
                   LOCALAPPDATA=str(home / "AppData" / "Local"))  # fmt: skip
    else:
        env["TMPDIR"] = str(root)
    for folder in path.split(os.pathsep):
        pythons = [p.name for p in Path(folder).glob("python*")] if Path(folder).is_dir() else []
        if pythons:
            raise SmokeFailed(f"PATH folder {folder} holds {pythons}: the check would not prove anything")
    return env


def offline_prefix() -> list[str]:
    """On Linux as root: run in a network namespace of its own, which has no network at all."""
    if WINDOWS or not hasattr(os, "geteuid") or os.geteuid() != 0 or not shutil.which("unshare"):
        return []
    if subprocess.run(["unshare", "-n", "true"], capture_output=True).returncode != 0:
        return []
    return [shutil.which("unshare"), "-n"]


class Runner:
    def __init__(self, program: Path, env: dict[str, str], cwd: Path, prefix: list[str]):
        self.program, self.env, self.cwd, self.prefix = program, env, cwd, prefix

    def __call__(self, what: str, *args: str, env: dict[str, str] | None = None, expect: int = 0,
                 timeout: int = 900) -> subprocess.CompletedProcess:  # fmt: skip
        started = time.monotonic()
        done = subprocess.run([*self.prefix, str(self.program), *args], env=env or self.env, cwd=self.cwd,
                              capture_output=True, text=True, encoding="utf-8", errors="replace", timeout=timeout)  # fmt: skip
        took = time.monotonic() - started
        print(f"[{took:6.1f} s] {what}: exit status {done.returncode}", flush=True)
        if done.returncode != expect:
            raise SmokeFailed(f"{what} ended with {done.returncode}, not {expect}\n--- stdout\n{done.stdout[-4000:]}"
                              f"\n--- stderr\n{done.stderr[-4000:]}")  # fmt: skip
        return done


def require(condition: bool, message: str) -> None:
    if not condition:
        raise SmokeFailed(message)


def install_linux(tarball: Path, root: Path, env: dict[str, str]) -> Path:
    with tarfile.open(tarball) as tar:
        tar.extractall(root / "download", filter="tar")
    (unpacked,) = (root / "download").iterdir()
    done = subprocess.run(["sh", str(unpacked / "install.sh")], env=env, cwd=root, capture_output=True, text=True,
                          timeout=900)  # fmt: skip
    print(done.stdout.strip())
    require(done.returncode == 0, f"install.sh failed: {done.stderr[-3000:]}")
    home = Path(env["HOME"])
    entry = home / ".local/share/applications/servicemap.desktop"
    require(entry.is_file() and f"Exec={home}/.local/lib/servicemap/servicemap" in entry.read_text(), "no desktop entry")
    require((home / ".local/share/icons/hicolor/256x256/apps/servicemap.png").is_file(), "no icon installed")
    return home / ".local" / "bin" / "servicemap"


def install_windows(installer: Path, root: Path, env: dict[str, str]) -> Path:
    target = root / "Programs" / "ServiceMap"
    done = subprocess.run([str(installer), "/VERYSILENT", "/SUPPRESSMSGBOXES", "/CURRENTUSER", "/NORESTART",
                           f"/DIR={target}"], env=env, capture_output=True, text=True, timeout=900)  # fmt: skip
    require(done.returncode == 0, f"the installer failed ({done.returncode}): {done.stdout}{done.stderr}")
    return target / "servicemap-cli.exe"


def hidden_xcb_check(run: Runner, root: Path) -> None:
    """With the system's xcb libraries whited out, the bundle's own copies must do."""
    if WINDOWS or not run.prefix:
        return
    libs = Path("/usr/lib/x86_64-linux-gnu")
    names = [p.name for p in libs.glob("libxcb-cursor.so*")] + [p.name for p in libs.glob("libxcb-icccm.so*")]
    if not names:
        return
    scratch = root / "overlay"  # a tmpfs inside the namespace: overlay needs a plain file system for its layers
    scratch.mkdir()
    up, work = scratch / "up", scratch / "work"
    script = " && ".join(
        [f"mount -t tmpfs none {scratch}", f"mkdir {up} {work}"] + [f"mknod {up / n} c 0 0" for n in names]
        + [f"mount -t overlay overlay -o lowerdir={libs},upperdir={up},workdir={work} {libs}",
           f"exec {run.program} doctor"])  # fmt: skip
    env = dict(run.env, PATH=run.env["PATH"] + ":/usr/bin:/bin")  # mount and mknod; the program is the bundle's
    done = subprocess.run(["unshare", "-m", "-n", "sh", "-c", script], env=env, capture_output=True, text=True,
                          timeout=900)  # fmt: skip
    line = next((x for x in done.stdout.splitlines() if "platform plugin" in x), done.stderr[-500:])
    print(f"[ hidden ] doctor with the system's libxcb-cursor and libxcb-icccm hidden: {line.strip()}")
    require(line.startswith("ok"), "the bundle does not bring its own xcb libraries:\n" + done.stdout + done.stderr)


def smoke(program: Path, root: Path, env: dict[str, str], prefix: list[str]) -> None:
    work = root / "work"
    work.mkdir()
    run = Runner(program, env, work, prefix)
    version = run("servicemap --version", "--version").stdout.strip()
    require(version.startswith("servicemap "), f"--version printed {version!r}")
    doctor = run("servicemap doctor", "doctor")
    print("    " + "\n    ".join(doctor.stdout.strip().splitlines()[2:]))
    hidden_xcb_check(run, root)
    run("servicemap demo", "demo", "--out", str(work))
    project = work / "servicemap-demo.gpkg"
    require(project.is_file(), "the demo project was not written")
    run("the main window (screenshot)", "desktop", str(project), "--screenshot", str(work / "window.png"))
    require((work / "window.png").stat().st_size > 20_000, "the window picture is too small to hold the window")
    run("a pathway PDF (QtWebEngine)", "pathways", str(project), "--area", AREA, "--out", str(work / "pathway.pdf"))
    pdf = (work / "pathway.pdf").read_bytes()
    require(pdf.startswith(b"%PDF") and len(pdf) > 20_000, "the pathway PDF is not a PDF, or is empty")
    run("an offline map (.html)", "map", str(project), "--out", str(work / "map.html"))
    page = (work / "map.html").read_text(encoding="utf-8")
    require("L.map" in page or "leaflet" in page.lower(), "the map page holds no Leaflet")
    require('src="http' not in page and "href=\"http" not in page, "the map page loads something from the internet")
    run("a print map (.png)", "map", str(project), "--out", str(work / "map.png"))
    population = program.resolve().parent / "_internal" / "resources" / "demo" / "population"
    raster = next(population.glob("*.tif"))
    run("a gap analysis (60 min walking)", "gaps", str(project), "--service-type", "case_management", "--within", "60min",
        "--population", str(raster), "--scope", AREA, "--no-save", "--out", str(work / "gaps.csv"))  # fmt: skip
    require((work / "gaps.csv").stat().st_size > 200, "the gap table is empty")
    print(f"Everything worked. Outputs in {work}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--package", type=Path, help="the tarball (Linux) or setup.exe (Windows); default: the newest in packaging/dist")
    parser.add_argument("--keep", action="store_true", help="keep the clean folder (its path is printed)")
    args = parser.parse_args(argv)
    pattern = "ServiceMap-*-setup.exe" if WINDOWS else "ServiceMap-*-linux-*.tar.gz"
    package = args.package or max((HERE / "dist").glob(pattern), key=lambda p: p.stat().st_mtime, default=None)
    if package is None:
        print(f"No {pattern} in {HERE / 'dist'}: run packaging/build.py first.", file=sys.stderr)
        return 2
    root = Path(tempfile.mkdtemp(prefix="servicemap-smoke-"))
    try:
        env = clean_environment(root)
        program = install_windows(package, root, env) if WINDOWS else install_linux(package, root, env)
        prefix = offline_prefix()
        print(f"Installed {package.name} into {root}; running {'offline' if prefix else 'WITH network access'}")
        smoke(program, root, env, prefix)
        return 0
    except SmokeFailed as exc:
        print(f"SMOKE CHECK FAILED: {exc}", file=sys.stderr)
        return 1
    finally:
        if args.keep:
            print(f"Kept {root}")
        else:
            shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
