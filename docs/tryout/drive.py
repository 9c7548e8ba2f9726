"""Drive the real desktop as three new users would, offscreen, on a 1366×768 laptop screen, with the
real worker threads, and save a picture of each step (widget.grab()).

    python docs/tryout/drive.py OUTDIR im|planner|officer [--scale 1.25]

Each role runs in a fresh process with fresh settings and no system Bengali/Arabic fonts (as
docs/screenshots/make_screenshots.py does). Evidence for docs/tryout/FINDINGS.md, not a test.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import traceback
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SIZE = (1366, 768)
LOG: list[str] = []


def note(text: str) -> None:
    LOG.append(text)
    print(text, flush=True)


def main() -> int:
    out, role = Path(sys.argv[1]).resolve(), sys.argv[2]
    scale = sys.argv[sys.argv.index("--scale") + 1] if "--scale" in sys.argv else "1"
    sys.path.insert(0, str(REPO))
    from tests.hidden_fonts import environment, latin_only_fontconfig

    out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=f"newuser-{role}-"))
    env = environment(latin_only_fontconfig(work / "fonts"))
    screen = work / "screen.json"
    screen.write_text(json.dumps({"screens": [{"name": "laptop", "x": 0, "y": 0, "width": SIZE[0], "height": SIZE[1],
                                               "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
    env.update(QT_QPA_PLATFORM=f"offscreen:configfile={screen}", QT_SCALE_FACTOR=scale, PYTHONPATH=str(REPO),
               QTWEBENGINE_CHROMIUM_FLAGS="--disable-gpu --log-level=3", QTWEBENGINE_DISABLE_SANDBOX="1",
               QT_LOGGING_RULES="qt.*=false", HOME=str(work / "home"), XDG_CONFIG_HOME=str(work / "config"),
               XDG_DATA_HOME=str(work / "data"))
    result = subprocess.run([sys.executable, __file__, "--role", role, str(out), str(work)], env=env, cwd=REPO,
                            timeout=1500)
    return result.returncode


# --- the child ----------------------------------------------------------------------------

def wait(ms: int) -> None:
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def wait_until(condition, timeout_ms: int = 240_000, what: str = "") -> bool:
    from PySide6.QtCore import QElapsedTimer

    clock = QElapsedTimer()
    clock.start()
    while not condition():
        if clock.elapsed() > timeout_ms:
            note(f"TIMEOUT waiting for {what}")
            return False
        wait(100)
    return True


class Boxes:
    """Every message box: recorded (title, text), grabbed, then closed with its default answer."""

    def __init__(self, out: Path):
        from PySide6.QtCore import QTimer

        self.out, self.seen = out, []
        self.timer = QTimer()
        self.timer.timeout.connect(self.look)
        self.timer.start(150)
        self.answer = None

    def look(self) -> None:
        from PySide6.QtWidgets import QApplication, QMessageBox

        for w in QApplication.topLevelWidgets():
            if isinstance(w, QMessageBox) and w.isVisible() and id(w) not in {s[0] for s in self.seen}:
                n = len(self.seen)
                w.grab().save(str(self.out / f"box-{n:02d}.png"))
                self.seen.append((id(w), w.windowTitle(), w.text()))
                note(f"MESSAGE BOX {n}: [{w.windowTitle()}] {w.text()!r} (box-{n:02d}.png)")
                button = self.answer(w) if self.answer else None
                (button or w.defaultButton() or w.buttons()[0]).click() if w.buttons() else w.close()


def save(widget, out: Path, name: str) -> None:
    path = out / f"{name}.png"
    widget.grab().save(str(path))
    note(f"  picture {path.name} ({widget.width()}×{widget.height()})")


def start(out: Path, work: Path, lang: str = "en"):
    from PySide6.QtCore import QSettings

    from desktop.app import start_application
    from desktop.settings import Settings

    settings = Settings(QSettings(str(work / "settings.ini"), QSettings.Format.IniFormat))
    settings.set("preferences/language", lang)
    app, settings, translators = start_application(settings)
    from desktop.window.main_window import MainWindow

    window = MainWindow(settings)
    window.resize(window.screen().availableGeometry().size())
    window.show()
    sys.excepthook = lambda *exc: note("UNCAUGHT " + "".join(traceback.format_exception(*exc)))
    return app, window, translators


def role_im(out: Path, work: Path) -> None:
    """The information manager: New project from boundary files, import her own French list, review, filter."""
    import resources
    from PySide6.QtCore import Qt

    app, window, tr = start(out, work)
    boxes = Boxes(out)
    wait(1500)
    save(window, out, "im-01-first-run")
    window.start_page.new_button.click()
    dialog = window.panels["new-project"]
    wait(500)
    save(dialog, out, "im-02-new-project-empty")
    dialog.add_paths([resources.path(f"demo/bgd_adm{level}.geojson") for level in (1, 2, 3)])
    wait_until(lambda: dialog.boundaries is not None, what="boundaries read")
    wait(500)
    save(dialog, out, "im-03-new-project-levels")
    for row, name in enumerate(["Division", "District", "Upazila"]):
        dialog.levels.item(row, 1).setText(name)
    dialog.path.setText(str(work / "cox.gpkg"))
    save(dialog, out, "im-04-new-project-filled")
    changed = []
    window.projectChanged.connect(lambda p: changed.append(p))
    dialog.create_button.click()
    wait_until(lambda: changed, what="project created")
    wait(3000)
    save(window, out, "im-05-empty-project")
    note(f"project: {window.project.path} counts={window.project.counts()}")

    wizard = window.show_panel("import")
    note(f"wizard synchronous={wizard.runner.synchronous} size={wizard.size().toTuple()}")
    wizard.file_page.path.setText(str(work / "liste.xlsx"))
    save(wizard, out, "im-06-wizard-file")
    step = 7
    while wizard.currentPage() is not wizard.import_page:
        page = wizard.currentPage()
        wizard.next()
        wait(800)
        if wizard.currentPage() is page:
            note(f"wizard stuck on {type(page).__name__}")
            break
        save(wizard, out, f"im-{step:02d}-wizard-{type(wizard.currentPage()).__name__}")
        step += 1
        if wizard.currentPage() is wizard.types_page:
            answers = wizard.types_page.answers
            qs = [(q.text, q.guessed) for q in wizard.questions]
            note(f"types page asks: {qs}")
        if wizard.currentPage() is wizard.problems_page:
            pg = wizard.problems_page
            note("problems page visible text: " + " | ".join(
                w.text() for w in pg.findChildren(type(wizard.import_page.message)) if w.text())[:2000])
    wait_until(lambda: wizard.import_page.done, what="import done")
    wait_until(lambda: not wizard.runner.running, what="placing done")
    wait(1000)
    save(wizard, out, f"im-{step:02d}-wizard-done")
    note("import page says: " + wizard.import_page.message.text())
    note("untyped: " + wizard.import_page.untyped.text())
    r = wizard.result
    for row in getattr(r, "rows", [])[:30]:
        note(f"  row {getattr(row, 'sheet', '')}:{getattr(row, 'row', '')} {getattr(row, 'status', '')} "
             f"{getattr(row, 'reasons', '')}")
    wizard.accept()
    wait(3000)
    save(window, out, "im-20-after-import")
    with_proj = window.project
    for s in window.listing:
        note(f"  service: {s.organisation!r} {getattr(s, 'name', '')!r} types={getattr(s, 'types', '')} "
             f"conf={getattr(s, 'confidential', '')}")
    review = window.show_panel("review")
    wait(4000)
    save(window, out, "im-21-review")
    note(f"review items: {len(review.items)}")
    # the type filter
    panel = window.services_panel
    note("filter choices: " + repr([panel.type_filter.itemText(i) for i in range(panel.type_filter.count())])
         if hasattr(panel, "type_filter") else "no type_filter attribute")
    wait(500)
    note(f"status shown: {window.shown_count.text()!r} summary: {window.summary.text()!r}")
    review_dock = window.panels.get("review")
    if review_dock is not None:
        review_dock.close()
    wait(1500)
    save(window, out, "im-22-review-closed")
    if hasattr(panel, "type_filter"):
        panel.type_filter.setCurrentIndex(panel.type_filter.count() - 1)
        wait(1500)
        note(f"after 'type not given': {window.shown_count.text()!r}")
        save(window, out, "im-23-filter-untyped")
        panel.type_filter.setCurrentIndex(0)
    panel.search.setText("Maison") if hasattr(panel, "search") else None
    wait(1500)
    save(window, out, "im-24-search-maison")
    note(f"after search 'Maison': {window.shown_count.text()!r}")
    panel.search.setText("") if hasattr(panel, "search") else None
    # Export the directory, every format, default options (no confidential locations)
    dialog = window.show_panel("export")
    wait(500)
    save(dialog, out, "im-25-export-dialog")
    written = []
    dialog.exported.connect(lambda run: written.append(run))
    for i in range(dialog.format.count()):
        dialog.format.setCurrentIndex(i)
        before = len(written)
        dialog.export()
        wait_until(lambda: len(written) > before or "Wrote" not in dialog.status.text() and not dialog.runner.running,
                   60_000, "export")
        wait(300)
        note(f"export {dialog.format.currentData()}: {dialog.status.text()!r}")
    save(dialog, out, "im-26-export-done")
    dialog.close()
    import glob
    for f in sorted(glob.glob(str(work / "cox-*"))):
        data = Path(f).read_bytes() if Path(f).is_file() else b""
        leaks = [k for k in (b"21.218", b"92.136", b"Kutupalong") if k in data]
        note(f"  exported {Path(f).name} {len(data)} bytes; safe-house traces: {leaks}")
    window.close()
    wait(500)


def role_planner(out: Path, work: Path) -> None:
    app, window, tr = start(out, work)
    boxes = Boxes(out)
    wait(1000)
    window.start_page.demo_button.click() if hasattr(window.start_page, "demo_button") else window.open_demo()
    wait_until(lambda: window.project is not None, what="demo")
    ready = []
    window.map_view.ready.connect(lambda *a: ready.append(1))
    wait_until(lambda: ready, 60000, "map ready")
    wait(2000)
    save(window, out, "pl-01-demo")
    dock = window.show_panel("gaps")
    panel = dock.widget()
    wait(1000)
    save(window, out, "pl-02-gaps-open")
    note(f"gaps synchronous={panel.runner.synchronous}")
    panel.types.set_checked(["case_management", "psychosocial_support"]) if False else None
    panel.run()
    wait_until(lambda: "Done" in panel.status.text() or not panel.runner.running and panel.results.outcomes,
               300_000, "gaps")
    wait(2000)
    note(f"gaps status: {panel.status.text()!r}")
    save(window, out, "pl-03-gaps-done")
    panel.results.table.clicked.emit(panel.results.model.index(0, 1))
    wait(3000)
    save(window, out, "pl-04-gaps-area")
    panel.results.tabs.setCurrentWidget(panel.results.map)
    wait(3000)
    save(window, out, "pl-05-gaps-map")
    panel.suggest()
    wait_until(lambda: not panel.runner.running, 300_000, "suggest")
    wait(3000)
    note(f"suggest status: {panel.status.text()!r}")
    save(window, out, "pl-06-suggest")
    save(panel, out, "pl-07-panel-only")
    window.close()
    wait(500)


def role_officer(out: Path, work: Path, lang: str) -> None:
    from PySide6.QtPrintSupport import QPrinter

    app, window, tr = start(out, work, lang)
    boxes = Boxes(out)
    wait(1000)
    save(window, out, f"of-{lang}-00-first-run")
    window.open_demo()
    wait_until(lambda: window.project is not None, what="demo")
    wait(4000)
    save(window, out, f"of-{lang}-01-demo")
    panel = window.show_panel("pathways")
    note(f"pathways synchronous={panel.runner.synchronous} size={panel.size().toTuple()}")
    wait(1000)
    save(panel, out, f"of-{lang}-02-pathways-open")
    loaded = []
    panel.preview.loadFinished.connect(lambda ok: loaded.append(ok))
    panel.choose_areas(["BD2022"])
    wait_until(lambda: loaded, 120_000, "preview")
    wait(3000)
    save(panel, out, f"of-{lang}-03-preview")
    note(f"page language offered by default: {panel.lang.currentText()!r} (interface: {lang})")
    note("concerns offered: " + repr([panel.concern.itemText(i) for i in range(panel.concern.count())]))
    loaded.clear()
    if panel.current_lang() != lang:  # before the fix the page started in English
        panel.lang.setCurrentIndex(panel.lang.findData(lang))
        wait_until(lambda: loaded, 120_000, "preview in the page language")
    wait(3000)
    save(panel, out, f"of-{lang}-04-preview-{lang}")
    note("concerns offered now: " + repr([panel.concern.itemText(i) for i in range(panel.concern.count())]))
    panel.tabs.setCurrentIndex(1)
    wait(500)
    save(panel, out, f"of-{lang}-05-steps-tab")
    panel.tabs.setCurrentIndex(0)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out / f"of-{lang}-printed.pdf"))
    done = []
    panel.printed.connect(lambda ok: done.append(ok))
    panel.print_to(printer)
    wait_until(lambda: done, 120_000, "print")
    note(f"printed: {done}")
    exp = []
    panel.exported.connect(lambda files: exp.append(files))
    panel.export(out / f"of-{lang}-export.pdf", "pdf")
    wait_until(lambda: exp, 120_000, "export")
    note(f"exported: {exp}")
    window.quit_action.trigger()
    wait(500)


def child(role: str, out: Path, work: Path) -> None:
    os.chdir(work)
    note(f"== role {role}")
    if role == "im":
        subprocess.run([sys.executable, str(REPO / "tryout" / "make_list.py"), str(work / "liste.xlsx")], check=True)
        role_im(out, work)
    elif role == "planner":
        role_planner(out, work)
    elif role.startswith("officer"):
        role_officer(out, work, role.split("-")[1] if "-" in role else "fr")
    (out / f"{role}.log").write_text("\n".join(LOG) + "\n")


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--role":
        try:
            child(sys.argv[2], Path(sys.argv[3]), Path(sys.argv[4]))
        except Exception:
            note("FAILED " + traceback.format_exc())
            (Path(sys.argv[3]) / f"{sys.argv[2]}.log").write_text("\n".join(LOG) + "\n")
            sys.exit(1)
        sys.exit(0)
    sys.exit(main())
