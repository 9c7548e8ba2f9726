"""Running every check of the installation, and writing the findings for people.

:func:`run_checks` is what ``servicemap doctor`` and Help ▸ Check this installation… both call.
The checks that need Qt run in child processes of this same installation (:func:`own_command`).
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from desktop.doctor import data_checks, qt_probe, system_libraries
from desktop.doctor.finding import Finding, failed_essentials

PROBE_TIMEOUT_S = 240


def own_command(*args: str) -> list[str]:
    """The command that runs ``servicemap ARGS`` with this same installation of ServiceMap."""
    if not getattr(sys, "frozen", False):
        return [sys.executable, "-m", "desktop.cli", *args]
    console = Path(sys.executable).with_name("servicemap-cli.exe")  # Windows: the window-less twin prints
    return [str(console if console.is_file() else sys.executable), *args]


def has_display(environ=os.environ) -> bool:
    if not sys.platform.startswith("linux"):
        return True
    return bool(environ.get("DISPLAY") or environ.get("WAYLAND_DISPLAY"))


def probe(kind: str, environ: dict[str, str] | None = None) -> list[Finding]:
    """Run the Qt checks of ``kind`` in a child process and read what it found."""
    env = dict(os.environ if environ is None else environ)
    if kind == "offscreen":
        env["QT_QPA_PLATFORM"] = "offscreen"
    flags = getattr(subprocess, "CREATE_NO_WINDOW", 0)
    try:
        done = subprocess.run(own_command("doctor", "--probe", kind), env=env, capture_output=True, text=True,
                              encoding="utf-8", errors="replace", timeout=PROBE_TIMEOUT_S, creationflags=flags)
        out, err, status = done.stdout, done.stderr, f"exit status {done.returncode}"
    except subprocess.TimeoutExpired as exc:
        out, err, status = _text(exc.stdout), _text(exc.stderr), f"no answer within {PROBE_TIMEOUT_S} s"
    findings, begun = [], None
    for line in out.splitlines():
        tag, _, rest = line.partition("\t")
        if tag == "begin":
            begun = rest
        elif tag == "finding":
            findings.append(Finding.from_json(rest))
            begun = None
    if begun is not None or not findings:
        last = [line for line in err.splitlines() if line.strip()][-3:]
        why = f"the check stopped ServiceMap ({status})" + (": " + " / ".join(last) if last else ".")
        name = begun or (qt_probe.PLATFORM if kind == "platform" else qt_probe.PRINTING)
        findings.append(Finding(name, False, why, qt_probe.ADVICE[name]))
    return findings


def _text(data) -> str:
    return data.decode("utf-8", "replace") if isinstance(data, bytes) else (data or "")


def run_checks(progress: Callable[[float, str], None] | None = None,
               cancelled: Callable[[], bool] | None = None) -> list[Finding]:  # fmt: skip
    """Every check, in the order a person reads them."""
    steps: list[tuple[str, Callable[[], list[Finding]]]] = [
        (system_libraries.NAME, lambda: [f for f in [system_libraries.check()] if f]),
        (data_checks.OWN_NAME, lambda: [data_checks.own_files()]),
        (data_checks.PROJ_NAME, lambda: [data_checks.projections()]),
        (qt_probe.PRINTING, lambda: probe("offscreen")),
        (qt_probe.PLATFORM, _platform),
    ]
    findings: list[Finding] = []
    for number, (name, step) in enumerate(steps):
        if cancelled is not None and cancelled():
            break
        if progress is not None:
            progress(number / len(steps), name)
        findings += step()
    return findings


def _platform() -> list[Finding]:
    if not has_display():
        return [Finding(qt_probe.PLATFORM, True, "not checked: no display here (a terminal or server session). "
                        "The desktop needs one; the command line works without.", essential=False)]  # fmt: skip
    return probe("platform")


def report(findings: list[Finding], version: str) -> str:
    """The findings as the command prints them: one line each, with what to do under a failure."""
    lines = [f"ServiceMap {version}: checking this installation", ""]
    for f in findings:
        mark = "ok  " if f.ok else ("FAIL" if f.essential else "note")
        lines.append(f"{mark}  {f.name}: {f.detail}")
        if not f.ok and f.advice:
            lines.append(f"      What to do: {f.advice}")
    failed = failed_essentials(findings)
    lines.append("")
    if failed:
        lines.append(f"{len(failed)} essential check(s) failed: " + "; ".join(f.name for f in failed) + ".")
    else:
        lines.append("Everything ServiceMap needs is in place.")
    return "\n".join(lines)
