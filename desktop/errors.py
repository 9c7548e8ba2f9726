"""Unexpected errors: the traceback goes to a log file, the user sees a short message.

Errors the user can act on (:class:`directory.errors.UserFacingError`: a project in use or
damaged, a file refused by the gate …) are shown as they are,
without a traceback.
"""

from __future__ import annotations

import logging
import sys
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QApplication, QMessageBox

from directory.errors import UserFacingError

log = logging.getLogger("servicemap")
LOG_NAME = "servicemap.log"


def log_path() -> Path:
    """The log file, in the user's application data folder."""
    root = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))
    return root / LOG_NAME


def start_logging() -> Path:
    """Log to the user's log file (1 MB, three old files kept) and return its path."""
    path = log_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    if root.level == logging.NOTSET or root.level > logging.INFO:
        root.setLevel(logging.INFO)
    return path




_showing = False


def excepthook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    """Log an exception nobody caught and tell the user briefly; never show the traceback."""
    global _showing
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, exc, tb)
        return
    if issubclass(kind, UserFacingError):  # a project in use or damaged, a file refused …: the message is the help
        message = str(exc)
    else:
        log.critical("unexpected error", exc_info=(kind, exc, tb))
        message = (
            QCoreApplication.translate("Errors", "ServiceMap met an unexpected problem: %1").replace("%1", str(exc) or kind.__name__)
            + "\n\n"
            + QCoreApplication.translate("Errors", "Your project file is safe: every change is saved when it is made. The details are in %1; "
                  "please send that file to whoever supports ServiceMap for you.").replace("%1", str(log_path()))
            + "\n\n"
            + QCoreApplication.translate("Errors", "Help › Check this installation… shows whether this computer lacks "
                                                   "something ServiceMap needs.")
        )  # fmt: skip
    if _showing or QApplication.instance() is None:
        return  # an error while showing an error: the log has it
    _showing = True
    try:
        QMessageBox.critical(QApplication.activeWindow(), QCoreApplication.translate("Errors", "ServiceMap"), message)
    finally:
        _showing = False


def install_excepthook() -> None:
    sys.excepthook = excepthook
