"""Screenshots of the desktop on a field laptop: 1280×720 pixels at 125% scaling, offscreen, on
the demo project, with no system font for Bengali or Arabic (only the fonts ServiceMap brings).

    python docs/screenshots/make_screenshots.py                # every picture, into docs/screenshots/
    python docs/screenshots/make_screenshots.py main-bn gaps   # some of them

Each picture is taken by a fresh process (its own language, settings and fonts), so what it
shows is what a user starting the app with that language would see. Look at every picture.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
OUT = Path(__file__).resolve().parent
#: The screen: 1280×720 pixels at 125% scaling is 1024×576 for Qt.
SCALE = 1.25
SIZE = (1280, 720)
LANGUAGES = ("en", "fr", "es", "ar", "bn")
SHOTS = [f"main-{lang}" for lang in LANGUAGES] + ["import-wizard", "import-types", "service-types", "gaps", "pathways",
                                                  "review", "editor"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("shots", nargs="*", choices=[[]] + SHOTS, help="which pictures (default: all)")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    sys.path.insert(0, str(REPO))
    from desktop.demo_project import build_demo_project
    from tests.hidden_fonts import environment, families_for, latin_only_fontconfig

    with tempfile.TemporaryDirectory(prefix="servicemap-shots-") as tmp:
        work = Path(tmp)
        (work / "demo").mkdir()
        project, _ = build_demo_project(work / "demo")
        env = environment(latin_only_fontconfig(work / "fonts"))
        if families_for("bn", env) or families_for("ar", env):
            sys.exit("the system's Bengali or Arabic fonts are still visible: the pictures would prove nothing")
        screen = work / "screen.json"  # the offscreen platform's one screen: the laptop's
        screen.write_text(json.dumps({"screens": [{"name": "laptop", "x": 0, "y": 0, "width": SIZE[0], "height": SIZE[1],
                                                   "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
        env.update(QT_QPA_PLATFORM=f"offscreen:configfile={screen}", QT_SCALE_FACTOR=str(SCALE), PYTHONPATH=str(REPO),
                   QTWEBENGINE_CHROMIUM_FLAGS="--disable-gpu --log-level=3", QTWEBENGINE_DISABLE_SANDBOX="1",
                   QT_LOGGING_RULES="qt.*=false")
        args.out.mkdir(parents=True, exist_ok=True)
        failed = 0
        for shot in args.shots or SHOTS:
            result = subprocess.run([sys.executable, __file__, "--take", shot, str(project), str(args.out), str(work)],
                                    env=env, cwd=REPO, capture_output=True, text=True, timeout=600)
            print(result.stdout.strip() or f"{shot}: no picture", file=sys.stdout if result.returncode == 0 else sys.stderr)
            if result.returncode:
                failed += 1
                print(result.stderr[-3000:], file=sys.stderr)
    return 1 if failed else 0


# --- in the child process ------------------------------------------------------------------


def _wait(ms: int) -> None:
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def _wait_until(condition, timeout_ms: int = 60_000) -> None:
    from PySide6.QtCore import QElapsedTimer

    clock = QElapsedTimer()
    clock.start()
    while not condition():
        if clock.elapsed() > timeout_ms:
            raise TimeoutError("gave up waiting")
        _wait(50)


def _save(widget, out: Path, name: str) -> None:
    path = out / f"{name}.png"
    if not widget.grab().save(str(path)):
        raise RuntimeError(f"could not write {path}")
    print(f"{name}: {path.relative_to(REPO) if path.is_relative_to(REPO) else path}")


def take(shot: str, project: Path, out: Path, work: Path) -> None:
    from PySide6.QtCore import QSettings

    from desktop.app import start_application
    from desktop.settings import Settings

    lang = shot.split("-", 1)[1] if shot.startswith("main-") else "en"
    settings = Settings(QSettings(str(work / f"settings-{shot}.ini"), QSettings.Format.IniFormat))
    settings.set("preferences/language", lang)
    app, settings, translators = start_application(settings)  # noqa: F841 - kept alive
    from desktop.window.main_window import MainWindow

    window = MainWindow(settings)
    window.resize(window.screen().availableGeometry().size())  # the whole screen (1024×576 for Qt)
    window.show()
    ready = []
    window.map_view.ready.connect(lambda *a: ready.append(True))
    window.open_project(project)
    _wait_until(lambda: ready)
    _wait(1500)  # markers and outlines paint
    if shot.startswith("main-"):
        _save(window, out, shot)
    elif shot == "import-wizard":
        wizard = window.show_panel("import")
        wizard.file_page.path.setText(str(REPO / "resources" / "demo" / "chattogram_services.xlsx"))
        wizard.next()
        wizard.next()  # the column mapping
        _wait(500)
        _save(wizard, out, shot)
    elif shot == "import-types":  # a partner's list in its own words: the wizard asks what they mean
        from PySide6.QtCore import Qt

        wizard = window.show_panel("import")
        wizard.file_page.path.setText(str(REPO / "tests" / "data" / "import" / "free_text.xlsx"))
        for _ in range(3):
            wizard.next()
        answers = wizard.types_page.answers
        for row in (0, 1):  # case management, and mental health and psychosocial support
            answers.types.item(row).setCheckState(Qt.CheckState.Checked)
        _wait(500)
        _save(wizard, out, shot)
    elif shot == "service-types":
        dialog = window.show_panel("service-types")
        _wait_until(lambda: dialog.answers.table.rowCount() > 0 or "Every service" in dialog.status.text())
        _wait(500)
        _save(dialog, out, shot)
    elif shot == "gaps":
        dock = window.show_panel("gaps")
        _save(window, out, "gaps-settings")
        panel = dock.widget()
        panel.run()  # on the demo's own (illustrative) population, on the worker thread
        _wait_until(lambda: "Done" in panel.status.text(), 300_000)
        panel.results.table.clicked.emit(panel.results.model.index(2, 1))  # an area chosen: outlined on both maps
        _wait(3000)
        _save(window, out, shot)
        panel.results.tabs.setCurrentWidget(panel.results.map)
        _wait(2000)
        _save(window, out, "gaps-map")
    elif shot == "pathways":
        panel = window.show_panel("pathways")
        panel.resize(window.size())
        panel.choose_areas(["BD2022"])
        _wait(8000)
        _save(panel, out, shot)
    elif shot == "review":
        window.show_panel("review")
        _wait(4000)
        _save(window, out, shot)
    elif shot == "editor":
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication

        def grab_and_close() -> None:
            dialog = QApplication.activeModalWidget()
            _save(dialog, out, shot)
            dialog.reject()

        window.services_panel.table.selectRow(0)
        QTimer.singleShot(1000, grab_and_close)
        window.edit.edit_selected()  # modal: returns when grab_and_close has closed it
    window.close()
    _wait(300)


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--take":
        take(sys.argv[2], Path(sys.argv[3]), Path(sys.argv[4]), Path(sys.argv[5]))
        sys.exit(0)
    sys.exit(main())
