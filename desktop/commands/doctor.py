"""``doctor``: check that this installation has what ServiceMap needs, and say what to do if not."""

from __future__ import annotations

import argparse

#: Exit status when an essential check fails (a user's mistake on the command line is 2).
CHECK_FAILED = 1


def register(sub) -> None:
    p = sub.add_parser("doctor", help="check this installation (display libraries, printing, fonts, map data, "
                                      "settings folder) and say what to do about each problem")  # fmt: skip
    p.add_argument("--probe", choices=("offscreen", "platform"), help=argparse.SUPPRESS)  # the Qt checks' child process
    p.set_defaults(run=run)


def installed_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("servicemap")
    except PackageNotFoundError:
        return "(development version)"


def run(args: argparse.Namespace) -> int:
    if args.probe:
        from desktop.doctor.qt_probe import run as run_probe

        return run_probe(args.probe)
    from desktop.doctor.checks import report, run_checks
    from desktop.doctor.finding import failed_essentials

    findings = run_checks()
    print(report(findings, installed_version()))
    return CHECK_FAILED if failed_essentials(findings) else 0
