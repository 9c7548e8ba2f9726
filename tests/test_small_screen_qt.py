"""The desktop fits a field laptop: 1280×720 at 125% is 1024×576 for Qt, less the title bar and
the task bar. Every panel of the Tools menu (found by enumeration) opens within that, docks never
force the main window's height, and a combo box in a table is not changed by the mouse wheel."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QComboBox, QDockWidget, QTableWidget

from desktop.window.panels import PANELS
from tests.helpers import small_project
from tests.test_desktop import close_web_widget, settings  # noqa: F401 - the fixture

#: What Qt has for a window on a 1280×720 screen at 125% (1024×576), less a title bar and a task bar.
ROOM = (1024, 576 - 60)


@pytest.fixture
def window(qtbot, settings, tmp_path):  # noqa: F811
    from desktop.window.main_window import MainWindow

    small_project(tmp_path / "p.gpkg").close()
    win = MainWindow(settings, synchronous_map=True)
    win.resize(*ROOM)
    win.show()
    assert win.open_project(tmp_path / "p.gpkg")
    yield win
    for panel in list(win.panels.values()):
        panel.close()
    close_web_widget(qtbot, win)


@pytest.mark.parametrize("entry", PANELS, ids=[e.name for e in PANELS])
def test_every_panel_fits_a_laptop_screen(window, qtbot, entry):
    panel = window.show_panel(entry.name)
    qtbot.wait(50)
    if isinstance(panel, QDockWidget):
        need = window.minimumSizeHint()
        assert need.height() <= ROOM[1], f"{entry.name}: the dock makes the window {need.height()} px tall"
        assert need.width() <= ROOM[0], f"{entry.name}: the dock makes the window {need.width()} px wide"
    else:
        need, size = panel.minimumSizeHint(), panel.size()
        assert need.height() <= ROOM[1] and need.width() <= ROOM[0], f"{entry.name} needs {need.width()}×{need.height()}"
        free = (panel.screen() or QApplication.primaryScreen()).availableGeometry()
        assert size.height() <= free.height() and size.width() <= free.width(), f"{entry.name} opens at {size}"


def _turn_wheel(widget) -> None:
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(centre, QPointF(widget.mapToGlobal(centre.toPoint())), QPoint(0, 0), QPoint(0, -120),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(widget, event)


def test_the_wheel_scrolls_past_a_combo_box_in_a_table(qtbot):
    from desktop.window.small_screen import CellComboBox

    table = QTableWidget(40, 2)
    qtbot.addWidget(table)
    table.resize(300, 200)
    table.show()
    for row, kind in ((0, CellComboBox), (1, QComboBox)):
        box = kind()
        box.addItems(["Phone", "E-mail", "Website"])
        table.setCellWidget(row, 1, box)
    ours, plain = table.cellWidget(0, 1), table.cellWidget(1, 1)
    _turn_wheel(plain)
    assert plain.currentIndex() == 1  # a plain combo box changes: the check can see it
    _turn_wheel(ours)
    assert ours.currentText() == "Phone" and ours.focusPolicy() == Qt.FocusPolicy.StrongFocus
    assert table.verticalScrollBar().value() > 0  # the table scrolled instead
    qtbot.mouseClick(ours, Qt.MouseButton.LeftButton)  # a click still opens it
    qtbot.waitUntil(lambda: ours.view().isVisible())
    ours.hidePopup()


def test_the_import_wizard_uses_wheel_proof_combo_boxes(qtbot, tmp_path):
    from desktop.window.small_screen import CellComboBox
    from tests.test_import_wizard import _wizard

    small_project(tmp_path / "p.gpkg", n_services=0).close()
    wizard = _wizard(qtbot, tmp_path / "p.gpkg")  # tests/data/import/messy.xlsx, written by openpyxl
    wizard.next()
    page = wizard.mapping_page
    page.sheet.setCurrentText("Services")
    boxes = [page.grid.cellWidget(r, 4) for r in range(page.grid.rowCount())]
    assert boxes and all(type(b) is CellComboBox for b in boxes)
    before = [b.currentData() for b in boxes]
    for box in boxes:
        _turn_wheel(box)
    assert [b.currentData() for b in boxes] == before
