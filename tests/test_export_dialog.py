"""Tools ▸ Export the directory…: the request of 'servicemap export', run on the real thread pool."""

from __future__ import annotations

import csv
import io

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from desktop.sharing.export_dialog import ExportDialog
from desktop.window import panels
from tests.helpers import small_project


class FakeWindow(QWidget):
    projectChanged = Signal(object)

    def __init__(self, project):
        super().__init__()
        self.project = project


def test_the_dialog_is_in_the_tools_menu():
    assert any(e.name == "export" and e.module == "desktop.sharing.export_dialog" for e in panels.PANELS)


def test_export_one_area_without_the_safe_house_location(qtbot, tmp_path):
    project = small_project(tmp_path / "p.gpkg", n_services=4)
    window = FakeWindow(project)
    qtbot.addWidget(window)
    dialog = ExportDialog(window)
    assert not dialog.runner.synchronous
    dialog.format.setCurrentIndex(dialog.format.findData("csv"))
    assert dialog.path.text() == str(tmp_path / "p-csv.csv")  # a name from the project and the format
    dialog.area.setCurrentIndex(dialog.area.findData("BD2022"))
    with qtbot.waitSignal(dialog.exported, timeout=30000) as done:
        dialog.export()
    run = done.args[0]
    rows = list(csv.DictReader(io.StringIO((tmp_path / "p-csv.csv").read_text(encoding="utf-8-sig"))))
    assert run.records == len(rows) == 2  # Site 0 and Site 2 lie in Cox's Bazar
    assert run.confidential_withheld == 1 and "without their location" in dialog.status.text()
    shelter = next(r for r in rows if "Safe shelter" in ",".join(r.values()))
    assert "21.5" not in ",".join(shelter.values())
    dialog.path.setText(str(tmp_path / "p.pdf"))
    dialog.export()
    assert dialog.status.text().startswith("File ") and "the csv format writes .csv" in dialog.status.text()
    project.close()


def test_a_chosen_file_name_survives_a_change_of_format(qtbot, tmp_path):
    """The user chose "for-partners.csv" in another folder, then picked the XLSX format: the name went back to
    "p-xlsx.xlsx" beside the project, with no word, and the export went where they did not look."""
    project = small_project(tmp_path / "p.gpkg", n_services=4)
    window = FakeWindow(project)
    qtbot.addWidget(window)
    dialog = ExportDialog(window)
    dialog.format.setCurrentIndex(dialog.format.findData("csv"))
    (tmp_path / "share").mkdir()
    dialog.path.setText(str(tmp_path / "share" / "for-partners.csv"))
    dialog.format.setCurrentIndex(dialog.format.findData("xlsx"))
    assert dialog.path.text() == str(tmp_path / "share" / "for-partners.xlsx")
    with qtbot.waitSignal(dialog.exported, timeout=30000):
        dialog.export()
    assert (tmp_path / "share" / "for-partners.xlsx").exists() and not (tmp_path / "p-xlsx.xlsx").exists()
    project.close()


# --- the formats described in the user's language (tryout finding 20) ------------------------------------


def description_gaps(formats, described: dict[str, str], translators: dict) -> list[str]:
    """The formats the dialog cannot describe in every language, or describes otherwise than the CLI."""
    from importers.formats import DESCRIPTIONS

    gaps = []
    for name in formats:
        if name not in described:
            gaps.append(f"{name}: no description in desktop.sharing.export_dialog.DESCRIBED")
            continue
        if described[name] != DESCRIPTIONS.get(name):
            gaps.append(f"{name}: {described[name]!r} is not importers.formats.DESCRIPTIONS' {DESCRIPTIONS.get(name)!r}")
        for language, translator in translators.items():
            if not translator.translate("ExportDialog", described[name]):
                gaps.append(f"{name}: not translated into {language}")
    return gaps


def _translators():
    from pathlib import Path

    from PySide6.QtCore import QTranslator

    folder = Path(__file__).resolve().parents[1] / "resources" / "translations"
    loaded = {}
    for language in ("fr", "es", "ar", "bn"):
        loaded[language] = QTranslator()
        assert loaded[language].load(f"servicemap_{language}", str(folder))
    return loaded


def test_every_format_has_a_translated_description(qapp):
    from desktop.sharing.export_dialog import DESCRIBED
    from importers.formats import FORMATS

    assert not description_gaps(FORMATS, DESCRIBED, _translators())


def test_the_check_finds_a_format_without_a_translated_description(qapp):
    from desktop.sharing.export_dialog import DESCRIBED
    from importers.formats import FORMATS

    translators = _translators()
    assert description_gaps([*FORMATS, "pmtiles"], DESCRIBED, translators) == [
        "pmtiles: no description in desktop.sharing.export_dialog.DESCRIBED"]
    untranslated = {**DESCRIBED, "vcard": "vCard contacts for phones and e-mail"}
    assert len(description_gaps(FORMATS, untranslated, translators)) == 1 + 4  # not the CLI's words; in no .qm


def test_the_formats_are_described_in_the_interface_language(qtbot, qapp, tmp_path):
    """The Format box said "vcard — vCard contacts for phones" in every language."""
    from desktop.app import install_translators

    installed = install_translators(qapp, "fr")
    try:
        project = small_project(tmp_path / "p.gpkg", n_services=1)
        window = FakeWindow(project)
        qtbot.addWidget(window)
        dialog = ExportDialog(window)
        shown = {dialog.format.itemData(i): dialog.format.itemText(i) for i in range(dialog.format.count())}
        assert shown["vcard"] == "vcard — contacts vCard pour les téléphones"
        assert shown["csv"] == "csv — CSV simple, une ligne par service et par site"
        dialog.show()
        dialog.format.setCurrentIndex(dialog.format.findData("gpkg"))
        dialog.grab().save(str(tmp_path / "export-fr.png"))
        dialog.close()
        project.close()
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
