"""The installed application's entry point: the ``servicemap`` command (no arguments: the desktop)."""

import multiprocessing
import sys

from desktop.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()
    sys.exit(main())
