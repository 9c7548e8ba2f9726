"""The ``servicemap`` command line.

It runs without a display and never imports Qt, except for the ``desktop`` subcommand
(and no subcommand at all), which opens the desktop application. A user's mistake ends
with exit status 2 and one line on stderr that names the file and says what to do.
Each capability's subcommands live in their own module under ``desktop/commands/``.
"""

from __future__ import annotations

import argparse
import sys

from desktop.commands import register_all
from desktop.commands.common import UserError
from directory.errors import UserFacingError

USER_ERROR = 2


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, not argparse's usage block
        raise UserError(f"{message}. Run '{self.prog} --help' for the options.")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="servicemap", description="Directory, maps, gaps and referral pathways for protection services.")
    parser.add_argument("--version", action="store_true", help="print the version and exit")
    register_all(parser.add_subparsers(dest="command", parser_class=_Parser))
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    try:
        args = build_parser().parse_args(argv)
        if args.version:
            from importlib.metadata import version

            print(f"servicemap {version('servicemap')}")
            return 0
        if args.command is None:
            from desktop.commands.app import open_desktop

            return open_desktop(None)
        return args.run(args)
    except UserFacingError as exc:
        print(f"servicemap: error: {exc}", file=sys.stderr)
        return USER_ERROR
    except OSError as exc:  # a folder that cannot be written, a full disk …
        where = exc.filename or "file"
        print(f"servicemap: error: {where}: {exc.strerror or exc}. Check the path and its permissions.", file=sys.stderr)
        return USER_ERROR
    except KeyboardInterrupt:
        print("servicemap: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
