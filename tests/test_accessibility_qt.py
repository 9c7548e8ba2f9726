"""Every control of the main window and of each panel (found by enumeration) has a name a screen
reader can say and can be reached with the keyboard; text follows the system's font size.

The name checked is the one Qt hands to screen readers (``QAccessible``): a button's text, an
explicit accessible name, or the text of the label whose buddy the control is.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QFont
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDockWidget,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QStackedWidget,
    QTabBar,
    QTextEdit,
    QWidget,
)

from desktop.window.panels import PANELS
from tests.helpers import small_project
from tests.test_desktop import close_web_widget, settings  # noqa: F401 - the fixture

CONTROLS = (QAbstractButton, QLineEdit, QAbstractSpinBox, QComboBox, QAbstractItemView, QPlainTextEdit, QTextEdit)


def _inner(widget: QWidget) -> bool:
    """Parts of a bigger control that Qt names and focuses through it (a combo box's list, a spin
    box's line edit, a scroll area's bars, a table's headers, a dock's title buttons)."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, (QComboBox, QAbstractSpinBox, QHeaderView, QTabBar)):
            return True
        parent = parent.parentWidget()
    return isinstance(widget, (QScrollBar, QHeaderView)) or widget.objectName().startswith("qt_")


def _shown(widget: QWidget, root: QWidget) -> bool:
    """Shown with ``root``, or on a page of a tab or stack that is not the current one."""
    while widget is not None and widget is not root:
        if widget.isHidden() and not isinstance(widget.parentWidget(), QStackedWidget):
            return False
        widget = widget.parentWidget()
    return True


def controls_of(root: QWidget) -> list[QWidget]:
    return [w for w in root.findChildren(QWidget) if isinstance(w, CONTROLS) and _shown(w, root) and not _inner(w)]


def spoken_name(widget: QWidget) -> str:
    face = QAccessible.queryAccessibleInterface(widget)
    return face.text(QAccessible.Text.Name).strip() if face is not None else ""


def problems(root: QWidget) -> list[str]:
    out = []
    for w in controls_of(root):
        what = f"{type(w).__name__} {w.objectName() or ''} {getattr(w, 'placeholderText', lambda: '')()}".strip()
        if not spoken_name(w):
            out.append(f"no name: {what}")
        if not w.focusPolicy() & Qt.FocusPolicy.TabFocus:
            out.append(f"not reachable with Tab: {what}")
    return out


@pytest.fixture
def window(qtbot, settings, tmp_path):  # noqa: F811
    from desktop.window.main_window import MainWindow

    small_project(tmp_path / "p.gpkg").close()
    win = MainWindow(settings, synchronous_map=True)
    win.resize(1024, 576)
    win.show()
    assert win.open_project(tmp_path / "p.gpkg")
    yield win
    for panel in list(win.panels.values()):
        panel.close()
    close_web_widget(qtbot, win)


def test_the_main_window_s_controls_are_named_and_reachable(window):
    assert problems(window) == []
    assert len(tab_order(window)) >= 4 and out_of_reading_order(window) == []


@pytest.mark.parametrize("entry", PANELS, ids=[e.name for e in PANELS])
def test_every_panel_s_controls_are_named_and_reachable(window, qtbot, entry):
    panel = window.show_panel(entry.name)
    qtbot.wait(50)
    root = panel.widget() if isinstance(panel, QDockWidget) else panel
    found = controls_of(root)
    assert found, f"{entry.name}: no control found (the check would then prove nothing)"
    assert problems(root) == [], entry.name


def test_the_check_finds_a_nameless_control(qtbot):
    box = QWidget()
    qtbot.addWidget(box)
    QLineEdit(box)
    box.show()
    assert problems(box) == ["no name: QLineEdit"]


def test_text_follows_the_system_font_size(window, qtbot):
    """A user who sets larger text gets larger text, and rows tall enough for it."""
    table = window.services_panel.table
    before = table.verticalHeader().defaultSectionSize()
    app = QApplication.instance()
    font = app.font()
    try:
        bigger = QFont(font)
        bigger.setPointSizeF(font.pointSizeF() * 1.5)
        app.setFont(bigger)
        from desktop.window.main_window import MainWindow

        fresh = MainWindow(window.settings, synchronous_map=True)
        rows = fresh.services_panel.table.verticalHeader().defaultSectionSize()
        assert rows == fresh.services_panel.fontMetrics().height() + 8 and rows >= before + 4
        assert fresh.services_panel.search.font().pointSizeF() == pytest.approx(bigger.pointSizeF())
        close_web_widget(qtbot, fresh)
    finally:
        app.setFont(font)


def tab_order(root: QWidget) -> list[QWidget]:
    """The controls now on screen, in the order Tab visits them."""
    shown = [w for w in controls_of(root) if w.isVisible()]
    order, w = [], root.nextInFocusChain()
    while w is not root and len(order) < 2000:
        if w in shown and w not in order:
            order.append(w)
        w = w.nextInFocusChain()
    return order


def _page(widget: QWidget, root: QWidget) -> QWidget:
    """The scrolling page a control sits on (its own coordinates), or ``root``."""
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        if isinstance(parent.parentWidget(), QAbstractScrollArea) and parent is parent.parentWidget().viewport():
            return parent
        parent = parent.parentWidget()
    return root


def out_of_reading_order(root: QWidget) -> list[str]:
    """Controls Tab reaches before one above them on the same page (a row's controls may come in
    any order; a scrolling page is read on its own)."""
    out, lowest = [], {}
    for w in tab_order(root):
        page = _page(w, root)
        top = w.mapTo(page, w.rect().topLeft()).y()
        if top + w.height() // 2 < lowest.get(page, -1):
            out.append(f"{type(w).__name__} {spoken_name(w)!r} comes after a control below it")
        lowest[page] = max(lowest.get(page, -1), top)
    return out


@pytest.mark.parametrize("entry", [e for e in PANELS if e.name in ("gaps", "pathways", "review")],
                         ids=lambda e: e.name)
def test_tab_goes_down_the_page(window, qtbot, entry):
    panel = window.show_panel(entry.name)
    qtbot.wait(50)
    root = panel.widget() if isinstance(panel, QDockWidget) else panel
    assert len(tab_order(root)) >= 4
    assert out_of_reading_order(root) == []


def test_the_check_sees_tab_going_up(qtbot):
    from PySide6.QtWidgets import QVBoxLayout

    box = QWidget()
    qtbot.addWidget(box)
    lower, upper = QLineEdit(box), QLineEdit(box)  # made in this order: Tab goes lower, then upper
    lower.setAccessibleName("lower")
    upper.setAccessibleName("upper")
    column = QVBoxLayout(box)
    column.addWidget(upper)
    column.addWidget(lower)
    box.show()
    qtbot.waitExposed(box)
    assert out_of_reading_order(box) == ["QLineEdit 'upper' comes after a control below it"]
