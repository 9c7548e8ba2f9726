"""Printing HTML to PDF with Qt's text engine, which shapes Bengali and Arabic correctly.

:func:`html_to_pdf` loads the document in a QtWebEngine view (shown offscreen when there is
no display) and prints it with ``printToPdf``. The HTML is written to a file and loaded from
there (``setHtml`` fails above 2 MB), so its ``@font-face`` rules can load the packaged fonts
by file URL; the same fonts are also registered with ``QFontDatabase``. Qt is imported only
inside the functions, so the command line stays Qt-free until it prints.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

#: Page sizes in CSS px at 96 dpi, for the view the page is laid out in.
VIEW_PX = {"A4": (794, 1123), "Letter": (816, 1056)}
MARGIN_MM = 9.0
TIMEOUT_MS = 180_000


class PrintError(RuntimeError):
    pass


def _environment() -> None:
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY") and sys.platform.startswith("linux"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")
    if os.environ.get("QT_QPA_PLATFORM") == "offscreen":
        # Chromium's own error log (GPU and D-Bus notes that do not matter offscreen) stays quiet.
        os.environ.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--disable-gpu --log-level=3")
        os.environ.setdefault("QT_LOGGING_RULES", "qt.rhi.*=false;qt.webenginecontext=false")


def application():
    """The running QApplication, or a new one set up for QtWebEngine."""
    _environment()
    from PySide6 import QtWebEngineWidgets  # noqa: F401 - must come before the QApplication
    from PySide6.QtCore import QCoreApplication, Qt
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
        app = QApplication(sys.argv[:1])
    from desktop.fonts import register_fonts
    from desktop.qt_binding import keep_none_alive

    keep_none_alive()  # a batch of pathways makes thousands of Qt calls (desktop.qt_binding)
    register_fonts()
    return app


def _wait(signal, timeout_ms: int, what: str) -> list:
    from PySide6.QtCore import QEventLoop, QTimer

    loop, got = QEventLoop(), []

    def done(*args):
        got.append(args)
        loop.quit()

    signal.connect(done)
    timer = QTimer()
    timer.setSingleShot(True)
    timer.timeout.connect(loop.quit)
    timer.start(timeout_ms)
    loop.exec()
    timer.stop()
    signal.disconnect(done)
    if not got:
        raise PrintError(f"{what} took longer than {timeout_ms // 1000} s")
    return got[0]


def with_usual_permissions(path: Path) -> None:
    """Give a file the permissions the user's other files get (their umask). Chromium writes its
    PDFs readable by their owner only (-rw-------), which a shared folder or a colleague cannot open."""
    if os.name != "posix":
        return
    mask = os.umask(0)
    os.umask(mask)
    os.chmod(path, 0o666 & ~mask)


def _wait_for_fonts(page, timeout_ms: int) -> None:
    """Wait until the page's web fonts have loaded. They load after the page's load event, and a
    page printed before then had a line of bold text missing (its face still loading, shown blank)."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop, state = QEventLoop(), {"status": ""}

    def answer(status) -> None:
        state["status"] = status
        if status == "loaded":
            loop.quit()

    poll = QTimer()
    poll.timeout.connect(lambda: page.runJavaScript("document.fonts.status", answer))
    poll.start(50)
    limit = QTimer()
    limit.setSingleShot(True)
    limit.timeout.connect(loop.quit)
    limit.start(timeout_ms)
    loop.exec()
    poll.stop()
    limit.stop()
    if state["status"] != "loaded":
        raise PrintError(f"the fonts of the page took longer than {timeout_ms // 1000} s to load")


def html_to_pdf(html: str, out_path: str | Path, *, paper: str = "A4", timeout_ms: int = TIMEOUT_MS) -> Path:
    """Print ``html`` to the PDF file ``out_path`` on ``paper`` ("A4" or "Letter")."""
    app = application()  # noqa: F841 - kept alive while printing
    from PySide6.QtCore import QMarginsF, Qt, QUrl
    from PySide6.QtGui import QPageLayout, QPageSize
    from PySide6.QtWebEngineWidgets import QWebEngineView

    out_path = Path(out_path).resolve()
    out_path.parent.mkdir(parents=True, exist_ok=True)
    size = QPageSize(QPageSize.PageSizeId.A4 if paper == "A4" else QPageSize.PageSizeId.Letter)
    layout = QPageLayout(size, QPageLayout.Orientation.Portrait, QMarginsF(*(MARGIN_MM,) * 4), QPageLayout.Unit.Millimeter)
    with tempfile.TemporaryDirectory(prefix="servicemap-print-") as tmp:
        page_file = Path(tmp) / "pathway.html"
        page_file.write_text(html, encoding="utf-8")
        view = QWebEngineView()
        try:
            view.resize(*VIEW_PX.get(paper, VIEW_PX["A4"]))
            view.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)  # laid out as shown, never on screen
            view.show()  # a view never shown can print before it has laid out
            view.load(QUrl.fromLocalFile(str(page_file)))
            (ok,) = _wait(view.loadFinished, timeout_ms, "loading the page")
            if not ok:
                raise PrintError(f"the pathway page did not load ({page_file.name})")
            _wait_for_fonts(view.page(), timeout_ms)
            view.page().printToPdf(str(out_path), layout)
            path, success = _wait(view.page().pdfPrintingFinished, timeout_ms, "printing the PDF")
            if not success:
                raise PrintError(f"{out_path}: the PDF could not be written. Check the folder and free disk space.")
            with_usual_permissions(out_path)
        finally:
            view.close()
            view.deleteLater()
            from PySide6.QtCore import QCoreApplication, QEvent

            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return out_path
