"""Fitting a field laptop's screen (1280×720 or 1366×768, often at 125%): windows no bigger
than the screen, panels and dialogs that scroll instead of growing, and combo boxes in tables
that the mouse wheel scrolls past instead of changing."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QComboBox, QFrame, QScrollArea, QWidget

#: The share of the screen's free area a window opens on, at most.
SCREEN_SHARE = 0.92


def fit_to_screen(widget: QWidget, width: int, height: int) -> None:
    """Resize ``widget`` to ``width`` × ``height``, or less where the screen is smaller."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    if screen is not None:
        free = screen.availableGeometry()
        width, height = min(width, int(free.width() * SCREEN_SHARE)), min(height, int(free.height() * SCREEN_SHARE))
    widget.resize(width, height)


def scrolling(content: QWidget, parent: QWidget | None = None) -> QScrollArea:
    """``content`` in a frameless scroll area: on a small screen it scrolls rather than forcing
    its window (or the main window, for a dock) to grow."""
    area = QScrollArea(parent)
    area.setWidget(content)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return area


class CellComboBox(QComboBox):
    """A combo box inside a table: it changes when clicked or used from the keyboard, never when
    the wheel turns over it (one notch once turned Phone into E-mail); the table scrolls instead."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # the wheel gives it no focus

    def wheelEvent(self, event) -> None:  # noqa: N802 - Qt's name
        parent = self.parentWidget()  # the table's viewport, which scrolls
        if parent is not None:
            QApplication.sendEvent(parent, event)
        event.accept()  # handed on once, not again by Qt's own propagation
