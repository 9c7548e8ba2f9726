"""Second tryout: what the first did not cover. Same set-up as drive.py (1366×768 offscreen, fresh
settings, no system Bengali/Arabic fonts, real worker threads, widget.grab() pictures).

    python docs/tryout/drive_2.py OUTDIR planner-es|officer-ar|kobo|extras

planner-es: the demo in Spanish; coverage gaps by distance and by travel time for two types, at
            district and sub-district level; suggestions; export (xlsx, csv).
officer-ar: the demo in Arabic; search the list, open a service, pathway of one area as PDF.
kobo:       a KoBo export (make_list_2.py) through the import wizard, on a new project.
extras:     undo after delete, search, switching language with a dialog open, a very long
            organisation name on a pathway, an .xlsx that is really a CSV.

Evidence for docs/tryout/FINDINGS_2.md, not a test.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import traceback
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import drive  # noqa: E402
from drive import LOG, note, save, wait, wait_until  # noqa: E402


def texts_of(widget) -> list[str]:
    """Every visible word a user can read in ``widget``: labels, buttons, tabs, headers, combo items."""
    from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QComboBox, QGroupBox, QLabel, QLineEdit,
                                   QTabWidget, QTreeWidget)

    out = []
    for w in [widget] + widget.findChildren(QWidget_()):
        if not w.isVisibleTo(widget) and w is not widget:
            continue
        if isinstance(w, (QLabel, QAbstractButton)) and w.text():
            out.append(w.text())
        elif isinstance(w, QGroupBox) and w.title():
            out.append(w.title())
        elif isinstance(w, QLineEdit) and w.placeholderText():
            out.append("[placeholder] " + w.placeholderText())
        elif isinstance(w, QComboBox):
            out.append("[combo] " + " / ".join(w.itemText(i) for i in range(w.count())))
        elif isinstance(w, QTabWidget):
            out.append("[tabs] " + " / ".join(w.tabText(i) for i in range(w.count())))
        if isinstance(w, QTreeWidget):
            h = w.headerItem()
            out.append("[tree header] " + " / ".join(h.text(i) for i in range(h.columnCount())))
            out.append("[tree rows] " + " / ".join(w.topLevelItem(i).text(0) for i in range(w.topLevelItemCount())))
        elif isinstance(w, QAbstractItemView) and w.model() is not None:
            m = w.model()
            from PySide6.QtCore import Qt
            try:
                hs = [str(m.headerData(c, Qt.Orientation.Horizontal)) for c in range(m.columnCount())]
                out.append("[header] " + " / ".join(hs))
            except TypeError:  # a list model
                pass
    return out


def QWidget_():
    from PySide6.QtWidgets import QWidget
    return QWidget


def open_demo(window):
    window.open_demo()
    wait_until(lambda: window.project is not None, 300_000, "demo")
    ready = []
    window.map_view.ready.connect(lambda *a: ready.append(1))
    wait_until(lambda: ready, 60_000, "map ready")
    wait(2500)


def table_rows(results) -> list[dict]:
    from desktop.coverage.results import TABLE_COLUMNS

    rows = []
    m = results.model
    for r in range(m.rowCount()):
        rows.append({c: m.item(r, i).data(0) for i, c in enumerate(TABLE_COLUMNS)})
    return rows


def check_rows(tag, results) -> None:
    """Children beyond reach ≤ children in the area; covered + beyond = in scope; % consistent."""
    rows = table_rows(results)
    bad = []
    for r in rows:
        a, c, u, p = r["analysed"], r["covered"], r["uncovered"], r["pct_covered"]
        if not isinstance(a, (int, float)):
            continue
        if u > a or c > a or abs((c + u) - a) > 1:
            bad.append(("sum", r))
        if a and isinstance(p, (int, float)) and abs(100 * c / a - p) > 0.11:
            bad.append(("pct", r))
    note(f"{tag}: {len(rows)} rows; inconsistent: {len(bad)}")
    for kind, r in bad[:8]:
        note(f"   BAD {kind}: {r}")
    for r in rows[:6]:
        note(f"   {r}")
    ov = results.overview_model
    for i in range(ov.rowCount()):
        note(f"   overview: {[ov.item(i, j).data(0) for j in range(ov.columnCount())]}")
    note(f"   summary: {results.summary.text()!r}")


def run_gaps(panel, tag, timeout=600_000) -> None:
    panel.run()
    wait(300)
    ok = wait_until(lambda: not panel.runner.running and not panel._queue, timeout, f"gaps {tag}")
    wait(2500)
    note(f"{tag}: status {panel.status.text()!r} progress {panel.progress.text()!r} ok={ok}")


def role_planner_es(out: Path, work: Path) -> None:
    from PySide6.QtWidgets import QFileDialog

    app, window, tr = drive.start(out, work, "es")
    boxes = drive.Boxes(out)
    wait(1000)
    save(window, out, "es-00-first-run")
    note("first run texts: " + repr(texts_of(window.start_page)))
    open_demo(window)
    save(window, out, "es-01-demo")
    note(f"status: {window.shown_count.text()!r} summary: {window.summary.text()!r}")
    note("menus: " + repr([a.text() for a in window.menuBar().actions()]))
    dock = window.show_panel("gaps")
    panel = dock.widget()
    wait(1000)
    save(window, out, "es-02-gaps-open")
    note("gaps panel texts: " + json.dumps(texts_of(panel), ensure_ascii=False))
    note(f"levels: {[panel.level.itemText(i) for i in range(panel.level.count())]}")
    panel.types.set_checked(["case_management", "mhpss"])
    # 1. by distance, districts (level 2)
    panel.level.setCurrentIndex(panel.level.findData(2))
    run_gaps(panel, "distance-district")
    save(window, out, "es-03-gaps-distance-district")
    save(panel, out, "es-03b-panel-distance-district")
    for code in list(panel.results.outcomes):
        panel.results.showing.setCurrentIndex(panel.results.showing.findData(code))
        wait(500)
        check_rows(f"distance-district {code}", panel.results)
    note("results texts: " + json.dumps(texts_of(panel.results), ensure_ascii=False))
    note("notes: " + panel.results.notes.toPlainText()[:1500])
    # 2. by distance, sub-districts (level 3)
    panel.level.setCurrentIndex(panel.level.findData(3))
    run_gaps(panel, "distance-upazila")
    save(panel, out, "es-04-panel-distance-upazila")
    for code in list(panel.results.outcomes):
        panel.results.showing.setCurrentIndex(panel.results.showing.findData(code))
        wait(500)
        check_rows(f"distance-upazila {code}", panel.results)
    panel.results.tabs.setCurrentWidget(panel.results.overview)
    wait(500)
    save(panel, out, "es-05-overview-upazila")
    panel.results.tabs.setCurrentWidget(panel.results.map)
    wait(3000)
    save(panel, out, "es-06-gap-map-upazila")
    # 3. by travel time: a threshold in minutes for each type
    for code in ("case_management", "mhpss"):
        panel.types.set_within(code, "60min")
    run_gaps(panel, "time-upazila", 900_000)
    save(panel, out, "es-07-panel-time-upazila")
    for code in list(panel.results.outcomes):
        panel.results.showing.setCurrentIndex(panel.results.showing.findData(code))
        wait(500)
        check_rows(f"time-upazila {code}", panel.results)
    note("notes (time): " + panel.results.notes.toPlainText()[:1500])
    panel.results.tabs.setCurrentWidget(panel.results.map)
    wait(3000)
    save(panel, out, "es-08-gap-map-time")
    # 4. suggestions on the shown type
    panel.suggest()
    wait(300)
    wait_until(lambda: not panel.runner.running, 600_000, "suggest")
    wait(3000)
    note(f"suggest status: {panel.status.text()!r} progress {panel.progress.text()!r}")
    save(panel, out, "es-09-suggest-map")
    panel.results.tabs.setCurrentWidget(panel.results.sites_page)
    wait(500)
    save(panel, out, "es-10-suggest-list")
    note("suggested sites: " + panel.results.sites.toPlainText()[:1500])
    # 5. export: the file dialog answered with a path
    for ext in ("xlsx", "csv", "gpkg"):
        target = work / f"gaps-es.{ext}"
        QFileDialog.getSaveFileName = staticmethod(lambda *a, **k: (str(target), ""))
        panel.export()
        wait(1500)
        note(f"export {ext}: status {panel.status.text()!r}; exists={target.exists()} "
             f"size={target.stat().st_size if target.exists() else 0}")
    if (work / "gaps-es.csv").exists():
        note("csv head: " + (work / "gaps-es.csv").read_text(errors="replace")[:800])
    if (work / "gaps-es.xlsx").exists():
        from openpyxl import load_workbook
        wb = load_workbook(work / "gaps-es.xlsx", read_only=True)
        for ws in wb.worksheets:
            rows = list(ws.iter_rows(max_row=4, values_only=True))
            note(f"xlsx sheet {ws.title!r}: {rows}")
    # 6. a typo in the threshold
    panel.types.set_within("mhpss", "60 minutos")
    panel.run()
    wait(800)
    note(f"typo threshold: status {panel.status.text()!r}")
    save(panel, out, "es-11-typo-threshold")
    window.close()
    wait(500)


def role_officer_ar(out: Path, work: Path) -> None:

    app, window, tr = drive.start(out, work, "ar")
    boxes = drive.Boxes(out)
    wait(1000)
    note(f"layout direction: {app.layoutDirection()}")
    open_demo(window)
    save(window, out, "ar-01-demo")
    note(f"status: {window.shown_count.text()!r}")
    panel = window.services_panel
    panel.search.setText("Teknaf")
    wait(1500)
    save(window, out, "ar-02-search-teknaf")
    note(f"after search 'Teknaf': {window.shown_count.text()!r}")
    # Select the first shown row (while the search shows Teknaf's); open the editor
    table = panel.table
    table.setFocus()
    table.selectRow(0)
    wait(1000)
    note(f"after selectRow(0): selected rows {len(table.selectionModel().selectedRows())}, "
         f"indexes {len(table.selectionModel().selectedIndexes())}")
    if acts_missing := window.edit._selected() is None:  # select as a click on the map does
        first = panel.proxy.data(panel.proxy.index(0, 0), __import__("desktop.curation.services_panel",
                                                                      fromlist=["ID_ROLE"]).ID_ROLE)
        note(f"select_id({first!r}) -> {panel.select_id(first)}")
    wait(2000)
    save(window, out, "ar-03-selected")
    acts = window.edit
    note(f"selected for the editor: {acts._selected()!r}"[:300])
    if acts._selected() is not None:
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication, QDialog

        def grab_editor():
            for w in QApplication.topLevelWidgets():
                if isinstance(w, QDialog) and w.isVisible() and w is not window and type(w).__name__ == "ServiceEditor":
                    w.grab().save(str(out / "ar-04-service-editor.png"))
                    note("editor texts: " + json.dumps(texts_of(w), ensure_ascii=False)[:3000])
                    w.reject()
                    return
            QTimer.singleShot(300, grab_editor)
        QTimer.singleShot(1500, grab_editor)
        acts.edit_selected()
        wait(1000)
    panel.search.setText("")
    wait(800)
    # Pathways for one area
    pw = window.show_panel("pathways")
    wait(1000)
    note(f"pathway lang: {pw.current_lang()!r}; concern: {pw.concern.currentText()!r}")
    loaded = []
    pw.preview.loadFinished.connect(lambda ok: loaded.append(ok))
    # Cox's Bazar district, at level 2
    pw.choose_areas(["BD2022"])
    wait_until(lambda: loaded, 120_000, "preview")
    wait(3000)
    save(pw, out, "ar-05-pathway-preview")
    note("pathway panel texts: " + json.dumps(texts_of(pw), ensure_ascii=False)[:3000])
    exp = []
    pw.exported.connect(lambda files: exp.append(files))
    pdf = out / "ar-pathway-BD2022.pdf"
    pw.export(pdf, "pdf")
    wait_until(lambda: exp, 180_000, "export")
    note(f"exported: {exp}")
    # also the HTML, to search for the safe-house names
    exp.clear()
    pw.export(out / "ar-pathway-BD2022.html", "html")
    wait_until(lambda: exp, 180_000, "export html")
    pw.export(out / "ar-pathway-BD2022.txt", "sms")
    wait(5000)
    window.close()
    wait(500)


def wizard_walk(out, window, path, tag, answer_types=None):
    wizard = window.show_panel("import")
    wizard.file_page.path.setText(str(path))
    wait(300)
    save(wizard, out, f"{tag}-01-file")
    step = 2
    while wizard.currentPage() is not wizard.import_page:
        page = wizard.currentPage()
        wizard.next()
        wait(1200)
        if wizard.currentPage() is page:
            note(f"wizard stuck on {type(page).__name__}")
            save(wizard, out, f"{tag}-stuck")
            note("stuck page texts: " + json.dumps(texts_of(page), ensure_ascii=False)[:3000])
            return wizard
        name = type(wizard.currentPage()).__name__
        save(wizard, out, f"{tag}-{step:02d}-{name}")
        note(f"page {name} texts: " + json.dumps(texts_of(wizard.currentPage()), ensure_ascii=False)[:4000])
        step += 1
    wait_until(lambda: wizard.import_page.done, 300_000, "import")
    wait_until(lambda: not wizard.runner.running, 300_000, "placing")
    wait(1500)
    save(wizard, out, f"{tag}-{step:02d}-done")
    note(f"{tag} import page: {wizard.import_page.message.text()!r}")
    note(f"{tag} import page texts: " + json.dumps(texts_of(wizard.import_page), ensure_ascii=False)[:4000])
    return wizard


def new_project(out, work, window, name="kobo.gpkg"):
    import resources

    window.start_page.new_button.click()
    dialog = window.panels["new-project"]
    dialog.add_paths([resources.path(f"demo/bgd_adm{level}.geojson") for level in (1, 2, 3)])
    wait_until(lambda: dialog.boundaries is not None, what="boundaries")
    dialog.path.setText(str(work / name))
    changed = []
    window.projectChanged.connect(lambda p: changed.append(p))
    dialog.create_button.click()
    wait_until(lambda: changed, what="created")
    wait(2000)


def role_kobo(out: Path, work: Path) -> None:
    subprocess.run([sys.executable, str(HERE / "make_list_2.py"), str(work / "kobo_export.xlsx")], check=True)
    app, window, tr = drive.start(out, work, "en")
    boxes = drive.Boxes(out)
    wait(1000)
    new_project(out, work, window)
    wizard = wizard_walk(out, window, work / "kobo_export.xlsx", "kobo")
    wizard.accept()
    wait(3000)
    save(window, out, "kobo-20-after-import")
    note(f"counts: {window.project.counts()}")
    for s in window.listing:
        note(f"  service: {s.organisation!r} {getattr(s, 'name', '')!r} types={getattr(s, 'service_types', '')} "
             f"conf={getattr(s, 'confidential', '')}")
    window.close()
    wait(500)


def role_extras(out: Path, work: Path) -> None:

    app, window, tr = drive.start(out, work, "en")
    boxes = drive.Boxes(out)
    wait(1000)
    open_demo(window)
    panel = window.services_panel
    acts = window.edit
    n0 = len(window.listing)
    note(f"services at start: {n0}; shown {window.shown_count.text()!r}")
    # --- delete then undo
    panel.search.setText("Ukhia")
    wait(1200)
    panel.table.selectRow(0)
    wait(1000)
    sel = acts._selected()
    note(f"selected: {sel.organisation!r} / {sel.name!r} id={sel.service_id[:8]}")
    acts.delete_action.trigger()
    wait(1500)
    save(window, out, "ex-01-after-delete")
    note(f"after delete: listing {len(window.listing)} shown {window.shown_count.text()!r}; "
         f"undo text {acts.undo_action.text()!r}")
    acts.undo_action.trigger()
    wait(1500)
    save(window, out, "ex-02-after-undo")
    ids = {s.service_id for s in window.listing}
    note(f"after undo: listing {len(window.listing)} back={sel.service_id in ids} shown {window.shown_count.text()!r}; "
         f"redo {acts.redo_action.text()!r}")
    panel.search.setText("")
    wait(800)
    # --- search: by phone, by P-code, by type name, Bengali name, accents-insensitive
    for q in ("01", "BD2022", "legal", "কক্সবাজার", "Cox", "cox's", "coxs", "safe", "shelter", "zzzz"):
        panel.search.setText(q)
        wait(900)
        note(f"search {q!r}: {window.shown_count.text()!r}")
    save(window, out, "ex-03-search-zzzz")
    panel.search.setText("")
    wait(500)
    # --- where would I switch the language? every menu entry
    def walk(menu, depth=0):
        for a in menu.actions():
            if a.isSeparator():
                continue
            note("  " * depth + f"menu: {a.text()!r}")
            if a.menu() is not None:
                walk(a.menu(), depth + 1)
    for a in window.menuBar().actions():
        note(f"MENU {a.text()!r}")
        walk(a.menu(), 1)
    # --- a .xlsx that is really a CSV, through the wizard
    fake = work / "services.xlsx"
    fake.write_text("Organisation,Service,District,Upazila,Phone\nFake Org,Case management,Cox's Bazar,Ukhia,01711000999\n",
                    encoding="utf-8")
    wizard = wizard_walk(out, window, fake, "ex-fakexlsx")
    note(f"fake xlsx: current page {type(wizard.currentPage()).__name__}")
    wizard.close()
    wait(1000)
    # --- a real xlsx with a wrong ending: .csv that is really xlsx
    from openpyxl import Workbook
    wb = Workbook(); ws = wb.active
    ws.append(["Organisation", "Service", "District", "Upazila", "Phone"])
    ws.append(["Renamed Org", "Psychosocial support", "Cox's Bazar", "Teknaf", "01711000998"])
    wb.save(work / "renamed.csv")
    wizard = wizard_walk(out, window, work / "renamed.csv", "ex-renamedcsv")
    wizard.close()
    wait(1000)
    # --- a corrupt file (truncated xlsx)
    data = (work / "renamed.csv").read_bytes()
    (work / "broken.xlsx").write_bytes(data[: len(data) // 2])
    wizard = wizard_walk(out, window, work / "broken.xlsx", "ex-broken")
    wizard.close()
    wait(1000)
    window.close()
    wait(500)


ROLES = {"planner-es": role_planner_es, "officer-ar": role_officer_ar, "kobo": role_kobo, "extras": role_extras}


def child(role: str, out: Path, work: Path) -> None:
    os.chdir(work)
    note(f"== role {role}")
    ROLES[role](out, work)
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
    # the parent: drive.main() starts this very file as the child
    drive.__file__ = __file__
    sys.exit(drive.main())
