"""The merge dialog: conflicts side by side, a choice per field, applied on OK."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWidget

from desktop.window import panels
from desktop.sharing.merge_dialog import MergeDialog
from tests.helpers import small_project
from tests.test_merge_plan import _partner_xlsx


class FakeWindow(QWidget):
    def __init__(self, project):
        super().__init__()
        self.project, self.reloaded = project, 0

    def reload_project(self):
        self.reloaded += 1


@pytest.fixture
def english(qapp):
    """English as the app runs it, with the plural forms of servicemap_en ("1 new service")."""
    from desktop.app import install_translators

    translators = install_translators(qapp, "en")
    yield
    for translator in translators:
        qapp.removeTranslator(translator)


def test_the_dialog_is_registered():
    assert any(e.factory == "open_merge_dialog" and e.module == "desktop.sharing.merge_dialog" for e in panels.PANELS)


@pytest.mark.parametrize("synchronous", [True, False], ids=["inline", "real threads"])
def test_conflicts_are_shown_side_by_side_and_choices_applied(qtbot, tmp_path, synchronous, english):
    project = small_project(tmp_path / "ours.gpkg", n_services=3)
    with project.change("test", "our hours"):
        for s in project.services():
            if s.name == "Case management 1":
                s.schedule_text = "Sun-Thu 9-17"
                project.save_service(s)
    window = FakeWindow(project)
    qtbot.addWidget(window)
    dialog = MergeDialog(window, synchronous=synchronous)
    dialog.load(_partner_xlsx(tmp_path / "partner.xlsx"))
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=30000)
    cells = {(dialog.review.table.item(r, 0).text().split(" — ")[0], dialog.review.table.item(r, 1).text()): r
             for r in range(dialog.review.table.rowCount())}  # the service's name, before its organisation and place
    assert set(cells) == {("Case management 1", "phones"), ("Case management 1", "opening hours")}
    row = cells[("Case management 1", "opening hours")]
    assert (dialog.review.table.item(row, 2).text(), dialog.review.table.item(row, 3).text()) == ("Sun-Thu 9-17", "Sat-Wed 8-16")
    assert "partner.xlsx: 1 new service, 2 matched, " in dialog.summary.text()
    dialog.review.table.cellWidget(row, 4).setCurrentIndex(1)  # take theirs for the hours only
    dialog.grab().save(str(tmp_path / "merge.png"))
    with qtbot.waitSignal(dialog.merged, timeout=30000) as merged:
        dialog.buttons.accepted.emit()
    assert merged.args == [{"new": 1, "taken": 1, "rejected": 1}]
    cm1 = next(s for s in project.services() if s.name == "Case management 1")
    assert cm1.schedule_text == "Sat-Wed 8-16" and cm1.contacts[0].phones[0].number == "+8801700555101"
    assert window.reloaded == 1 and dialog.review.table.rowCount() == 0
    project.close()


def test_an_unreadable_list_is_shown_in_the_dialog(qtbot, tmp_path):
    project = small_project(tmp_path / "ours.gpkg")
    window = FakeWindow(project)
    qtbot.addWidget(window)
    dialog = MergeDialog(window, synchronous=True)
    dialog.load(tmp_path / "gone.xlsx")
    assert "gone.xlsx: no such file" in dialog.summary.text()
    assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()
    project.close()
