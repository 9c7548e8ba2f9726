"""``servicemap doctor``: it passes here, and names what is missing when a library is really gone.

The missing library is hidden for real: in a private mount namespace (``unshare -m``) an overlay
over the system's library folder whites out libxcb-cursor.so.0, so the loader cannot find it,
exactly as on a bare Debian desktop. Nothing outside the namespace is touched.
"""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.doctor import checks, qt_probe, system_libraries
from desktop.doctor.finding import Finding

REPO = Path(__file__).resolve().parents[1]
HIDDEN = "libxcb-cursor.so.0"

linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the xcb plugin is Linux's")


def doctor_environment(tmp_path: Path, **extra: str) -> dict[str, str]:
    """This environment with the settings and log folders in ``tmp_path`` (never the user's)."""
    env = dict(os.environ, XDG_CONFIG_HOME=str(tmp_path / "config"), XDG_DATA_HOME=str(tmp_path / "data"))
    env.pop("DISPLAY", None)
    env.pop("WAYLAND_DISPLAY", None)
    env.update(extra)
    return env


def library_folder() -> Path | None:
    """The folder the loader finds HIDDEN in, for the xcb plugin (as ldd says)."""
    plugin = system_libraries.xcb_plugin()
    listing = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True).stdout if plugin else ""
    for line in listing.splitlines():
        name, _, where = line.strip().partition(" => ")
        if name == HIDDEN and where.startswith("/"):
            return Path(where.split(" (")[0]).resolve().parent
    return None


def run_hidden(command: list[str], env: dict[str, str], scratch: Path) -> subprocess.CompletedProcess:
    """Run ``command`` where HIDDEN is whited out of the library folder (a private mount namespace)."""
    up, work, LIBRARY_FOLDER = scratch / "up", scratch / "work", library_folder()
    script = (
        f"mount -t tmpfs none {scratch} && mkdir {up} {work} && "
        + " && ".join(f"mknod {up / p.name} c 0 0" for p in LIBRARY_FOLDER.glob(HIDDEN + "*"))
        + f" && mount -t overlay overlay -o lowerdir={LIBRARY_FOLDER},upperdir={up},workdir={work} {LIBRARY_FOLDER}"
        + f" && exec {shlex.join(command)}"
    )
    return subprocess.run(["unshare", "-m", "sh", "-c", script], env=env, cwd=REPO, capture_output=True, text=True,
                          timeout=600)  # fmt: skip


@pytest.fixture
def can_hide_libraries(tmp_path):
    if library_folder() is None:
        pytest.fail(f"{HIDDEN} is not installed here; .ci/run installs libxcb-cursor0")
    if os.geteuid() != 0 or shutil.which("unshare") is None:
        pytest.skip("hiding a library needs root and unshare (CI runs as root)")
    probe = subprocess.run(["unshare", "-m", "true"], capture_output=True)
    if probe.returncode != 0:
        pytest.skip(f"no mount namespace here: {probe.stderr.decode().strip()}")
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    return scratch


@linux_only
def test_doctor_passes_on_this_machine(tmp_path):
    done = subprocess.run([sys.executable, "-m", "desktop.cli", "doctor"], env=doctor_environment(tmp_path), cwd=REPO,
                          capture_output=True, text=True, timeout=600)  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    for name in (system_libraries.NAME, qt_probe.FONTS, qt_probe.PRINTING, qt_probe.SETTINGS,
                 "Map projections", "ServiceMap's own files"):  # fmt: skip
        assert f"ok    {name}" in done.stdout, done.stdout
    assert "Bengali: Hind Siliguri; Arabic: Noto Sans Arabic" in done.stdout
    assert str(tmp_path / "config") in done.stdout  # the settings went where it was told
    assert "Everything ServiceMap needs is in place." in done.stdout


@linux_only
def test_doctor_names_the_hidden_xcb_library_and_how_to_install_it(tmp_path, can_hide_libraries):
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")
    env = doctor_environment(tmp_path, XDG_CONFIG_HOME=str(blocked / "config"), XDG_DATA_HOME=str(blocked / "data"))
    done = run_hidden([sys.executable, "-m", "desktop.cli", "doctor"], env, can_hide_libraries)
    assert done.returncode == 1, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    failed = lines.index(next(line for line in lines if line.startswith(f"FAIL  {system_libraries.NAME}")))
    assert HIDDEN in lines[failed]
    assert "sudo apt-get install libxcb-cursor0" in lines[failed + 1]
    assert any(line.startswith(f"FAIL  {qt_probe.SETTINGS}") for line in lines), done.stdout  # the blocked folder
    assert f"ok    {qt_probe.PRINTING}" in done.stdout  # offscreen printing needs no xcb
    assert "essential check(s) failed" in lines[-1]


@linux_only
def test_the_desktop_names_the_missing_library_at_start_up(tmp_path, can_hide_libraries):
    env = doctor_environment(tmp_path, DISPLAY=":93")  # a display: the desktop would load the xcb plugin
    env.pop("QT_QPA_PLATFORM", None)
    done = run_hidden([sys.executable, "-m", "desktop.cli", "desktop"], env, can_hide_libraries)
    assert done.returncode == 2, done.stdout + done.stderr
    message = done.stderr.strip()
    assert message.count("\n") == 0 and "Traceback" not in message
    assert HIDDEN in message and "sudo apt-get install libxcb-cursor0" in message and "servicemap doctor" in message


@linux_only
def test_with_the_library_there_the_start_up_check_lets_the_desktop_start(monkeypatch):
    from desktop.commands.app import require_window_libraries

    monkeypatch.setenv("DISPLAY", ":93")
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    require_window_libraries()  # raises a UserError naming the libraries if any is missing


def test_a_qt_that_cannot_start_is_reported_not_fatal():
    """The child process really aborts (no such platform plugin); the parent reports it."""
    env = dict(os.environ, QT_QPA_PLATFORM="no-such-platform")
    (finding,) = checks.probe("platform", env)
    assert finding.name == qt_probe.PLATFORM and not finding.ok and finding.essential
    assert "no-such-platform" in finding.detail and "stopped ServiceMap" in finding.detail
    assert finding.advice


def test_install_advice_names_debian_packages_and_the_files_it_cannot_place():
    advice = system_libraries.install_advice(["libxcb-cursor.so.0", "libxcb-icccm.so.4", "libfoo.so.9"])
    assert "sudo apt-get install libxcb-cursor0 libxcb-icccm4" in advice
    assert "libfoo.so.9" in advice


@pytest.mark.parametrize("environ, expected", [
    ({}, "xcb"),
    ({"QT_QPA_PLATFORM": "offscreen"}, "offscreen"),
    ({"QT_QPA_PLATFORM": "wayland;xcb"}, "wayland"),
    ({"WAYLAND_DISPLAY": "wayland-0", "XDG_SESSION_TYPE": "wayland"}, "wayland"),
    ({"WAYLAND_DISPLAY": "wayland-0", "XDG_SESSION_TYPE": "x11"}, "xcb"),
])  # fmt: skip
def test_platform_in_use(environ, expected):
    assert system_libraries.platform_in_use(environ) == expected


def test_report_marks_failures_and_says_what_to_do():
    text = checks.report([Finding("A", True, "fine."), Finding("B", False, "broken.", "Fix B."),
                          Finding("C", False, "not checked.", "Maybe C.", essential=False)], "9.9")  # fmt: skip
    assert "ok    A: fine." in text and "FAIL  B: broken.\n      What to do: Fix B." in text
    assert "note  C: not checked." in text
    assert text.splitlines()[-1] == "1 essential check(s) failed: B."
