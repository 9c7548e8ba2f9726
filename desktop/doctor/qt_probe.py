"""The checks that need Qt, run in a child process (``servicemap doctor --probe KIND``).

A Qt that cannot start ends its process (Qt calls abort), so the parent runs these in a child
and reads its output: ``begin<TAB>name`` before each check and ``finding<TAB>{json}`` after it.
A check that began and never reported is the one that stopped the child. Qt is imported only
inside the functions.

Two kinds: ``offscreen`` (fonts, printing through QtWebEngine, the settings folders), which
works without a display, and ``platform``, which starts Qt on this computer's display the way
the desktop does.
"""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from desktop.doctor.finding import Finding, describe

FONTS = "Fonts for Bengali and Arabic"
PRINTING = "Printing pathways to PDF (QtWebEngine)"
SETTINGS = "Settings and log folders"
PLATFORM = "Opening windows on this display"

#: What to do when a check stopped the child process, by check.
ADVICE = {
    FONTS: "Reinstall ServiceMap (the fonts come with it).",
    PRINTING: "Reinstall ServiceMap. On Linux, check the libraries QtWebEngine needs with "
              "'ldd' on QtWebEngineProcess, and install the missing ones (for example libnss3).",
    SETTINGS: "Check that your home folder is writable and not full.",
    PLATFORM: "See the check of the platform plugin above; on Linux, install the missing libraries it names.",
}

#: A line of each script: printing them shows the page really went through the text engine.
_SAMPLE = ("<html><head><meta charset='utf-8'><style>{faces} body {{ font-family: 'Noto Sans', "
           "'Hind Siliguri', 'Noto Sans Arabic', sans-serif; }}</style></head><body>"
           "<p>ServiceMap 1098</p><p lang='bn'>শিশু সুরক্ষা</p><p lang='ar' dir='rtl'>حماية الطفل</p></body></html>")


def _report(name: str, body: Callable[[], Finding]) -> None:
    print(f"begin\t{name}", flush=True)
    try:
        finding = body()
    except Exception as exc:  # noqa: BLE001 - reported as the check's failure
        finding = Finding(name, False, describe(exc), ADVICE[name])
    print(f"finding\t{finding.to_json()}", flush=True)


def fonts() -> Finding:
    from PySide6.QtGui import QFontDatabase

    from desktop.fonts import register_fonts

    packaged = register_fonts()
    systems = {"Bengali": QFontDatabase.WritingSystem.Bengali, "Arabic": QFontDatabase.WritingSystem.Arabic}
    found, missing = [], []
    for label, system in systems.items():
        own = [f for f in packaged if system in QFontDatabase.writingSystems(f)]
        other = [f for f in QFontDatabase.families(system) if f not in packaged]
        if own or other:
            found.append(f"{label}: {(own or other)[0]}" + ("" if own else " (a font of this computer)"))
        else:
            missing.append(label)
    if missing:
        return Finding(FONTS, False, "no font for " + " or ".join(missing) + "; pathways in it would print as boxes.",
                       ADVICE[FONTS])  # fmt: skip
    return Finding(FONTS, True, "; ".join(found) + ".")


def printing() -> Finding:
    from desktop.pathways.printing import html_to_pdf
    from resources.fonts import css_font_faces

    with tempfile.TemporaryDirectory(prefix="servicemap-doctor-") as tmp:
        pdf = html_to_pdf(_SAMPLE.format(faces=css_font_faces()), Path(tmp) / "check.pdf", timeout_ms=120_000)
        data = pdf.read_bytes()
    if not data.startswith(b"%PDF") or len(data) < 1000:
        return Finding(PRINTING, False, f"the test page printed as {len(data)} bytes, not a PDF.", ADVICE[PRINTING])
    return Finding(PRINTING, True, f"a test page in English, Bengali and Arabic printed ({len(data) // 1024} KB).")


def settings_folders() -> Finding:
    from PySide6.QtCore import QSettings

    from desktop.errors import log_path

    folder = log_path().parent
    folder.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile(dir=folder, prefix=".doctor-"):
        pass
    settings = QSettings()
    settings.setValue("doctor/last_check", "ok")
    settings.sync()
    status = settings.status()
    settings.remove("doctor")
    settings.sync()
    if status != QSettings.Status.NoError:
        return Finding(SETTINGS, False, f"the settings ({settings.fileName()}) could not be saved: {status.name}.",
                       ADVICE[SETTINGS])  # fmt: skip
    return Finding(SETTINGS, True, f"settings in {settings.fileName()}; log in {folder}.")


def platform() -> Finding:
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    screen = app.primaryScreen()
    size = screen.size() if screen else None
    where = f" on a {size.width()}×{size.height()} screen" if size else ""
    return Finding(PLATFORM, True, f"Qt started with its '{app.platformName()}' platform{where}.")


def run(kind: str) -> int:
    """Run the checks of ``kind`` in this (child) process."""
    from PySide6.QtCore import QCoreApplication

    from desktop.settings import APPLICATION, ORGANISATION

    QCoreApplication.setOrganizationName(ORGANISATION)
    QCoreApplication.setApplicationName(APPLICATION)
    if kind == "platform":
        _report(PLATFORM, platform)
        return 0
    from desktop.pathways.printing import application

    application()  # a QApplication set up for QtWebEngine, offscreen
    _report(FONTS, fonts)
    _report(SETTINGS, settings_folders)
    _report(PRINTING, printing)
    return 0
