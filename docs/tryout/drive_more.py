"""Second round: what new users do next. Same set-up as drive.py (1366×768, fresh settings, real threads).

    python docs/tryout/drive_more.py OUTDIR reimport|owngaps|officer-more

reimport:     new project, import her list, then import an edited copy (a phone changed, a row gone, a row
              added): how many updated / imported, and does anything double?
owngaps:      on her own new project (no population stored), the planner runs Coverage gaps: what does the
              panel say, in whose words?
officer-more: the demo in Bengali; export one district as Word and SMS text, and every district of the
              Chattogram division as one PDF.
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import drive  # noqa: E402
from drive import REPO, note, save, wait, wait_until  # noqa: E402


def new_project_with_list(out, work, window):
    import resources

    dialog = window.show_panel("new-project") if "new-project" in window.panels else None
    window.start_page.new_button.click()
    dialog = window.panels["new-project"]
    dialog.add_paths([resources.path(f"demo/bgd_adm{level}.geojson") for level in (1, 2, 3)])
    wait_until(lambda: dialog.boundaries is not None, what="boundaries")
    dialog.path.setText(str(work / "cox.gpkg"))
    changed = []
    window.projectChanged.connect(lambda p: changed.append(p))
    dialog.create_button.click()
    wait_until(lambda: changed, what="created")


def import_file(out, window, path, tag):
    wizard = window.show_panel("import")
    wizard.file_page.path.setText(str(path))
    while wizard.currentPage() is not wizard.import_page:
        page = wizard.currentPage()
        wizard.next()
        wait(600)
        if wizard.currentPage() is page:
            note(f"wizard stuck on {type(page).__name__}")
            save(wizard, out, f"{tag}-stuck")
            return wizard
    wait_until(lambda: wizard.import_page.done, what="import")
    wait_until(lambda: not wizard.runner.running, what="placing")
    wait(800)
    save(wizard, out, f"{tag}-done")
    note(f"{tag}: {wizard.import_page.message.text()!r}")
    note(f"{tag}: summary {wizard.import_page.report.summary.text()!r}" if hasattr(wizard.import_page.report, "summary")
         else f"{tag}: counts {window.project.counts()}")
    wizard.accept()
    wait(1500)
    return wizard


def role_reimport(out, work):
    from openpyxl import load_workbook

    app, window, tr = drive.start(out, work)
    drive.Boxes(out)
    subprocess.run([sys.executable, str(REPO / "tryout" / "make_list.py"), str(work / "liste.xlsx")], check=True)
    new_project_with_list(out, work, window)
    import_file(out, window, work / "liste.xlsx", "re-01-first")
    note(f"after first import: {window.project.counts()}")
    wb = load_workbook(work / "liste.xlsx")
    ws = wb.active
    ws["H5"] = "+880 1819 000 999"  # Terre des Enfants' phone changed
    ws.delete_rows(9)  # the helpline row gone
    ws.insert_rows(9)
    for col, value in zip("ABCDEFGHIJ", [9, "Nouvelle ONG Santé", "Soutien psychosocial pour adolescentes",
                                         "Cox's Bazar", "Ramu", "Bazar de Ramu", "21°25'N 92°06'E", "01911 222333", "", ""]):
        ws[f"{col}9"] = value
    wb.save(work / "liste_v2.xlsx")
    import_file(out, window, work / "liste_v2.xlsx", "re-02-second")
    note(f"after second import: {window.project.counts()}")
    for s in window.listing:
        note(f"  {s.organisation!r} {s.name!r} phones={getattr(s, 'phones', '')}")
    save(window, out, "re-03-window")
    window.close()
    wait(500)


def role_owngaps(out, work):
    app, window, tr = drive.start(out, work)
    boxes = drive.Boxes(out)
    subprocess.run([sys.executable, str(REPO / "tryout" / "make_list.py"), str(work / "liste.xlsx")], check=True)
    new_project_with_list(out, work, window)
    import_file(out, window, work / "liste.xlsx", "og-01")
    dock = window.show_panel("gaps")
    panel = dock.widget()
    wait(1000)
    save(window, out, "og-02-gaps-open")
    note(f"population box: text={panel.population.text()!r} placeholder={panel.population.placeholderText()!r}")
    panel.run()
    wait(3000)
    wait_until(lambda: not panel.runner.running, 300_000, "gaps")
    wait(1000)
    note(f"status after run: {panel.status.text()!r}")
    save(window, out, "og-03-gaps-run")
    note(f"boxes: {boxes.seen}")
    window.close()
    wait(500)


def role_officer_more(out, work):
    from PySide6.QtCore import Qt

    app, window, tr = drive.start(out, work, "bn")
    drive.Boxes(out)
    window.open_demo()
    wait_until(lambda: window.project is not None, what="demo")
    wait(2000)
    panel = window.show_panel("pathways")
    note(f"page language by default: {panel.current_lang()}")
    done = []
    panel.exported.connect(lambda files: done.append(files))
    panel.choose_areas(["BD2022"])
    wait(1500)
    for fmt, name in (("docx", "cox-bn.docx"), ("sms", "cox-bn.txt")):
        before = len(done)
        panel.export(out / name, fmt)
        wait_until(lambda: len(done) > before, 120_000, fmt)
        note(f"exported {fmt}: {(out / name).stat().st_size} bytes")
    note("SMS text:\n" + (out / "cox-bn.txt").read_text(encoding="utf-8")[:1500])
    division = [panel.areas.item(i).data(Qt.ItemDataRole.UserRole) for i in range(panel.areas.count())
                if panel.areas.item(i).data(Qt.ItemDataRole.UserRole).startswith("BD20")]
    panel.choose_areas(division)
    note(f"proposed file for {len(division)} areas: {panel.proposed_file()}")
    before = len(done)
    panel.export(out / "division-bn.pdf", "pdf")
    wait_until(lambda: len(done) > before, 600_000, "division pdf")
    note(f"division pdf: {(out / 'division-bn.pdf').stat().st_size} bytes; status {panel.status.text()!r}")
    save(panel, out, "om-01-after-export")
    window.quit_action.trigger()
    wait(500)


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--role":
        role, out, work = sys.argv[2], Path(sys.argv[3]), Path(sys.argv[4])
        try:
            {"reimport": role_reimport, "owngaps": role_owngaps, "officer-more": role_officer_more}[role](out, work)
        except Exception:
            import traceback

            note("FAILED " + traceback.format_exc())
        (out / f"{role}.log").write_text("\n".join(drive.LOG) + "\n")
        sys.exit(0)
    drive.__file__ = __file__  # the child is this script
    sys.exit(drive.main())
