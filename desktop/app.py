"""Starting the desktop application: ``run(project)``."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

log = logging.getLogger(__name__)

TRANSLATIONS_FOLDER = "translations"


def set_qt_environment() -> None:
    """Environment QtWebEngine needs, set only where the user has not set it already."""
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        # Chromium refuses to sandbox as root and QtWebEngine then dies without a word.
        os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")
    if os.environ.get("QT_QPA_PLATFORM") == "offscreen":
        os.environ.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--disable-gpu")


def translations_folder() -> Path | None:
    import resources

    try:
        return resources.path(TRANSLATIONS_FOLDER)
    except resources.MissingResource:
        return None  # no translations installed: the interface stays in English


def install_translators(app, language: str = "") -> list:
    """Load ServiceMap's and Qt's translations for ``language`` (or the system locale), if installed."""
    from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

    locale = QLocale(language) if language else QLocale.system()
    installed = []
    folder = translations_folder()
    candidates = [("servicemap", str(folder))] if folder else []
    candidates.append(("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)))
    for name, where in candidates:
        translator = QTranslator(app)
        if translator.load(locale, name, "_", where) or (
                name == "servicemap" and translator.load("servicemap_en", where)):  # no file for the language:
            app.installTranslator(translator)  # English, whose servicemap_en has the plural forms ("1 conflict")
            installed.append(translator)
    return installed


def start_application(settings=None):
    """The QApplication set up as ServiceMap needs it: QtWebEngine's environment, the tile
    scheme, the bundled fonts (before any window) and the translations of the chosen language.
    Returns (app, settings, translators); keep the translators alive."""
    set_qt_environment()
    from PySide6 import QtWebEngineWidgets  # noqa: F401 - must be imported before the QApplication
    from PySide6.QtCore import QCoreApplication, Qt
    from PySide6.QtWidgets import QApplication

    from desktop.fonts import register_fonts
    from desktop.qt_binding import keep_none_alive
    from desktop.settings import APPLICATION, ORGANISATION, Settings

    QCoreApplication.setOrganizationName(ORGANISATION)
    QCoreApplication.setApplicationName(APPLICATION)
    app = QApplication.instance()
    if app is None:
        from desktop.map.tile_scheme import register_tile_scheme

        register_tile_scheme()  # basemap tiles: Qt takes custom URL schemes only before the QApplication
        QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)  # QtWebEngine asks for it
        if os.environ.get("QT_QPA_PLATFORM") == "offscreen":  # no GPU context offscreen: the map never draws
            QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_UseSoftwareOpenGL)
        app = QApplication(sys.argv[:1])
    keep_none_alive()  # the binding's reference bug (desktop.qt_binding)
    register_fonts()
    settings = settings if settings is not None else Settings()
    language = settings.get("preferences/language")
    translators = install_translators(app, language)
    if language:  # numbers, dates and sorting as in the language chosen, not the system's
        from PySide6.QtCore import QLocale

        QLocale.setDefault(QLocale(language))
    return app, settings, translators


def run(project: Path | None, screenshot: Path | None = None) -> int:
    """Open the desktop application, with ``project`` or else the last project used.

    With ``screenshot``, save a picture of the window once the map is drawn, and quit."""
    from PySide6.QtCore import QThreadPool

    from desktop import errors

    app, settings, translators = start_application()  # noqa: F841 - translators kept alive
    from desktop.collector import MainThreadCollector

    collector = MainThreadCollector(app)  # noqa: F841 - Qt objects are never freed by a worker's collection
    log_file = errors.start_logging()
    errors.install_excepthook()
    log.info("ServiceMap starting; log in %s", log_file)

    from desktop.window.main_window import MainWindow

    window = MainWindow(settings)
    window.show()
    if project is not None:
        window.open_project(Path(project))
    else:
        window.open_most_recent()
    if screenshot is not None:
        save_when_drawn(window, Path(screenshot))
    code = app.exec()
    QThreadPool.globalInstance().waitForDone(10_000)
    return code


SCREENSHOT_TIMEOUT_MS = 180_000


def save_when_drawn(window, path: Path) -> None:
    """Save ``window`` as a PNG at ``path`` once its map is drawn (or failed), then quit.

    The application exits with status 0 when the map was drawn, 1 otherwise."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    saved_once: list[int] = []

    def save(code: int) -> None:
        if saved_once:
            return
        saved_once.append(code)
        timer.stop()
        path.parent.mkdir(parents=True, exist_ok=True)
        saved = window.grab().save(str(path))
        log.info("window saved to %s (map drawn: %s)", path, code == 0)
        QApplication.instance().exit(code if saved else 1)

    timer = QTimer(window)
    timer.setSingleShot(True)
    timer.timeout.connect(lambda: save(1))
    timer.start(SCREENSHOT_TIMEOUT_MS)
    if window.project is None:
        QTimer.singleShot(1000, lambda: save(0))  # no project: nothing to draw
        return
    if window.map_view.is_ready:
        QTimer.singleShot(1500, lambda: save(0))
    window.map_view.ready.connect(lambda: QTimer.singleShot(1500, lambda: save(0)))  # let clusters and tiles settle
    window.map_view.failed.connect(lambda _message: save(1))
