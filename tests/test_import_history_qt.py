"""The desktop side of the import history, the saved profiles and the wizard's date order."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

pytest.importorskip("PySide6")

from PySide6.QtWidgets import QMessageBox  # noqa: E402

from desktop.importing.history import ImportHistoryDialog  # noqa: E402
from desktop.importing.profiles import ImportProfilesDialog  # noqa: E402
from desktop.importing.wizard import ImportWizard  # noqa: E402
from directory.store import Project  # noqa: E402
from importers import date_order, history, profile_admin  # noqa: E402
from importers.pipeline import import_file  # noqa: E402
from tests.helpers import small_project  # noqa: E402

DATA = Path(__file__).parent / "data" / "import"


@pytest.fixture
def project_path(tmp_path):
    small_project(tmp_path / "p.gpkg", n_services=0).close()
    return tmp_path / "p.gpkg"


def test_the_history_lists_past_imports_and_opens_their_reports(qtbot, project_path, tmp_path):
    dialog = ImportHistoryDialog(None, project_path=str(project_path))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.list.rowCount() == 0 and "No imports recorded" in dialog.note.text()
    with Project.open(project_path) as project:
        import_file(project, DATA / "messy.xlsx")
        import_file(project, DATA / "cell_errors.ods")
    dialog.refresh()
    assert dialog.list.rowCount() == 2 and "2 imports recorded" in dialog.note.text()
    assert [dialog.list.item(r, 2).text() for r in range(2)] == ["cell_errors.ods", "messy.xlsx"]
    assert [dialog.list.item(1, c).text() for c in range(3, 8)] == ["8", "0", "2", "4", "1"]
    assert dialog.report.result.file == "cell_errors.ods"  # the newest is shown first
    dialog.list.selectRow(1)
    report = dialog.report
    assert report.result.file == "messy.xlsx" and len(report.model.rows) == 15
    report.status.setCurrentIndex(report.status.findData("duplicate"))
    assert report.proxy.rowCount() == 2
    report.status.setCurrentIndex(0)
    report.search.setText("#REF!")
    assert report.proxy.rowCount() == 1
    out = tmp_path / "again.xlsx"
    report.export(str(out))
    rows = list(openpyxl.load_workbook(out)["Rows"].iter_rows(values_only=True))
    assert len(rows) == 16 and rows[7][2] == "imported" and "#REF!" in rows[7][4]
    dialog.resize(1000, 640)
    dialog.grab().save(str(tmp_path / "history.png"))


def test_without_a_project_the_history_says_so(qtbot):
    dialog = ImportHistoryDialog(None)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.list.rowCount() == 0 and "Open a project" in dialog.note.text()


def test_saved_profiles_are_listed_renamed_and_deleted(qtbot, project_path, tmp_path):
    with Project.open(project_path) as project:
        import_file(project, DATA / "messy.xlsx")
    dialog = ImportProfilesDialog(None, project_path=str(project_path))
    qtbot.addWidget(dialog)
    dialog.show()
    names = [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())]
    assert sorted(names) == ["Services FR layout", "Services layout"]
    row = names.index("Services layout")
    assert dialog.table.item(row, 2).text().startswith("Organisation → Organisation, Service name → Service name")
    assert not dialog.delete_button.isEnabled()
    dialog.table.selectRow(row)
    assert dialog.delete_button.isEnabled()
    dialog.rename(dialog.selected().signature, "  Cox's Bazar   4W  ")
    assert "Cox's Bazar 4W" in [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())]
    dialog.resize(900, 360)
    dialog.grab().save(str(tmp_path / "profiles.png"))
    gone = next(p for p in dialog.profiles if p.name == "Services FR layout")
    dialog.delete(gone.signature)
    assert [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())] == ["Cox's Bazar 4W"]
    with Project.open(project_path) as project:
        assert [p.name for p in profile_admin.saved(project)] == ["Cox's Bazar 4W"]
        assert [c.kind for c in project.changes()[-2:]] == ["settings", "settings"]
        with pytest.raises(profile_admin.ProfileError, match="not found"):
            profile_admin.delete(project, gone.signature)
        with pytest.raises(profile_admin.ProfileError, match="needs a name"):
            profile_admin.rename(project, profile_admin.saved(project)[0].signature, "   ")


def test_a_failed_rename_is_shown_not_raised(qtbot, project_path, monkeypatch):
    with Project.open(project_path) as project:
        import_file(project, DATA / "cell_errors.xlsx")
    dialog = ImportProfilesDialog(None, project_path=str(project_path))
    qtbot.addWidget(dialog)
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: shown.append(a[2]))
    dialog.rename(dialog.profiles[0].signature, "")
    assert shown == ["A profile needs a name; type one."]


def _to_mapping(qtbot, project_path, file):
    wizard = ImportWizard(None, project_path=str(project_path), synchronous=True)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.path.setText(str(file))
    wizard.next()
    wizard.next()
    return wizard


def test_the_wizard_reads_dates_in_the_project_order_and_can_keep_another(qtbot, project_path, tmp_path):
    wizard = _to_mapping(qtbot, project_path, DATA / "dates.xlsx")
    dates = wizard.mapping_page.dates
    assert dates.chosen == "day-first" and dates.source.text() == "(usual in Bangladesh)"
    assert dates.remember.isHidden()
    dates.order.setCurrentIndex(dates.order.findData("month-first"))
    assert not dates.remember.isHidden()
    dates.remember.setChecked(True)
    wizard.resize(1000, 640)
    wizard.grab().save(str(tmp_path / "mapping-dates.png"))
    wizard.next()  # problems: read month first
    assert any("read month first" in n for n in wizard.problems_page.report.result.notes)
    wizard.next()  # the import
    assert wizard.import_page.done
    hotline = next(s for s in wizard.result.services if s.name == "Hotline")
    assert str(hotline.assured_date) == "2026-04-05"
    with Project.open(project_path) as project:
        assert date_order.stored_order(project) == "month-first"
        assert history.entries(project)[0].file == "dates.xlsx"
    again = _to_mapping(qtbot, project_path, DATA / "dates.xlsx")
    assert again.mapping_page.dates.chosen == "month-first"
    assert again.mapping_page.dates.source.text() == "(chosen for this project)"


def test_the_wizard_opens_the_saved_profiles(qtbot, project_path, monkeypatch):
    with Project.open(project_path) as project:
        import_file(project, DATA / "cell_errors.xlsx")
    wizard = _to_mapping(qtbot, project_path, DATA / "cell_errors.xlsx")
    assert wizard.mapping_page.grid.item(0, 3).text() == "100% (saved layout)"
    opened = []

    def fake_exec(dialog):
        opened.append([p.name for p in dialog.profiles])
        dialog.delete(dialog.profiles[0].signature)
        return 0

    monkeypatch.setattr(ImportProfilesDialog, "exec", fake_exec)
    wizard.mapping_page.profiles_button.click()
    assert opened == [["Services layout"]]
    assert wizard.mapping_page.grid.item(0, 3).text() != "100% (saved layout)"  # guessed again


def test_the_tools_menu_opens_the_history_and_the_profiles_of_the_open_project(qtbot, tmp_path):
    from PySide6.QtCore import QSettings

    from desktop.window.main_window import MainWindow
    from desktop.settings import Settings
    from tests.test_desktop import close_web_widget

    small_project(tmp_path / "p.gpkg", n_services=0).close()
    with Project.open(tmp_path / "p.gpkg") as project:
        import_file(project, DATA / "cell_errors.xls")
    win = MainWindow(Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)), synchronous_map=True)
    try:
        tools = next(a.menu() for a in win.menuBar().actions() if a.text() == "&Tools")
        texts = [a.text() for a in tools.actions()]
        assert "Import &history…" in texts and "Saved import pro&files…" in texts
        assert win.open_project(tmp_path / "p.gpkg")
        history_dialog = win.show_panel("import-history")
        assert history_dialog.list.rowCount() == 1 and history_dialog.report.result.file == "cell_errors.xls"
        profiles_dialog = win.show_panel("import-profiles")
        assert [p.name for p in profiles_dialog.profiles] == ["Services layout"]
        win.close_project()
        assert history_dialog.list.rowCount() == 0 and "Open a project" in history_dialog.note.text()
        history_dialog.close()
        profiles_dialog.close()
    finally:
        close_web_widget(qtbot, win)
