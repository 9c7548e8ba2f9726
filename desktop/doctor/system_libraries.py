"""The system libraries Qt's X11 platform plugin needs on Linux, found with ``ldd``.

On a bare Linux desktop Qt stops with "could not load the Qt platform plugin xcb" when a
library such as libxcb-cursor0 is missing, and does not say which. ``ldd`` on the plugin
(libqxcb.so) names every library the loader cannot find; this module turns those names into
the command that installs them. No Qt here: it runs before Qt is loaded.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

from desktop.doctor.finding import Finding

NAME = "Qt's X11 platform plugin (xcb)"

#: Library file -> the Debian and Ubuntu package that installs it.
DEBIAN_PACKAGES = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xinerama.so.0": "libxcb-xinerama0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb.so.1": "libxcb1",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libX11.so.6": "libx11-6",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libOpenGL.so.0": "libopengl0",
    "libdbus-1.so.3": "libdbus-1-3",
    "libglib-2.0.so.0": "libglib2.0-0",
}


def xcb_plugin() -> Path | None:
    """libqxcb.so of the PySide6 that ServiceMap runs with (found without importing Qt)."""
    spec = importlib.util.find_spec("PySide6")
    for folder in (spec.submodule_search_locations or []) if spec else []:
        plugin = Path(folder) / "Qt" / "plugins" / "platforms" / "libqxcb.so"
        if plugin.is_file():
            return plugin
    return None


def _loader_environment() -> dict[str, str]:
    env = dict(os.environ)
    bundle = getattr(sys, "_MEIPASS", None)  # the installed application's own library folder
    if bundle:
        env["LD_LIBRARY_PATH"] = os.pathsep.join(p for p in (bundle, env.get("LD_LIBRARY_PATH", "")) if p)
    return env


def missing_libraries(plugin: Path) -> list[str]:
    """The libraries ``plugin`` needs that the loader cannot find, by file name."""
    listing = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True, env=_loader_environment(), timeout=60)
    missing = []
    for line in listing.stdout.splitlines():
        name, _, where = line.strip().partition("=>")
        if where.strip() == "not found" and name.strip() not in missing:
            missing.append(name.strip())
    return missing


def install_advice(missing: list[str]) -> str:
    known = [DEBIAN_PACKAGES[m] for m in missing if m in DEBIAN_PACKAGES]
    unknown = [m for m in missing if m not in DEBIAN_PACKAGES]
    advice = f"On Debian or Ubuntu, install them with: sudo apt-get install {' '.join(known)}" if known else ""
    if unknown:
        advice += ("; " if advice else "") + "install the packages that provide " + ", ".join(unknown)
    return advice + ". On other systems, install the packages that provide these files. Then start ServiceMap again."


def check() -> Finding | None:
    """The plugin's libraries, on Linux; None elsewhere (Windows and macOS bring their own)."""
    if not sys.platform.startswith("linux"):
        return None
    plugin = xcb_plugin()
    if plugin is None:
        return Finding(NAME, False, "Qt's platform plugins are not installed with ServiceMap.",
                       "Reinstall ServiceMap.")  # fmt: skip
    if shutil.which("ldd") is None:
        return Finding(NAME, True, "not checked: the 'ldd' command is not installed.", essential=False)
    missing = missing_libraries(plugin)
    if missing:
        return Finding(NAME, False, "the desktop cannot open a window: missing " + ", ".join(missing) + ".",
                       install_advice(missing))  # fmt: skip
    return Finding(NAME, True, "every library it needs is installed.")


def platform_in_use(environ: dict[str, str] | os._Environ = os.environ) -> str:
    """The Qt platform the desktop will start with on Linux: xcb (X11), wayland or offscreen."""
    chosen = environ.get("QT_QPA_PLATFORM", "").split(";")[0].split(":")[0].strip()
    if chosen:
        return chosen
    if environ.get("WAYLAND_DISPLAY") and environ.get("XDG_SESSION_TYPE") == "wayland":
        return "wayland"
    return "xcb"
