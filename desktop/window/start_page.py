"""What the main window shows with no project open: create one from boundary files, or open the demo.

A new user meets this on the first run instead of an empty window; the same choices stay in
the File menu.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget


class StartPage(QWidget):
    newProject = Signal()
    openDemo = Signal()
    openProject = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("start_page")
        title = QLabel("<h2>" + self.tr("Welcome to ServiceMap") + "</h2>", self)
        intro = QLabel(self.tr("Start from your admin boundaries, or look around the demo project first."), self)
        intro.setWordWrap(True)
        self.new_button, new_text = self._choice(
            self.tr("Create a new project…"),
            self.tr("From admin boundary files (OCHA COD-AB or geoBoundaries): GeoJSON, GeoPackage, Shapefile, "
                    "a .zip or a folder. Then import your list of services."))
        self.demo_button, demo_text = self._choice(
            self.tr("Open the demo project"),
            self.tr("Fictional protection services in Bangladesh's Chattogram division, ready to explore."))
        self.open_button, open_text = self._choice(
            self.tr("Open a project…"), self.tr("A ServiceMap project file (.gpkg) you or a colleague made."))
        self.new_button.clicked.connect(self.newProject)
        self.demo_button.clicked.connect(self.openDemo)
        self.open_button.clicked.connect(self.openProject)
        self.progress = QProgressBar(self)  # while the demo is built
        self.progress.setRange(0, 100)
        self.progress.hide()
        column = QWidget(self)
        column.setFixedWidth(520)
        inner = QVBoxLayout(column)
        inner.addWidget(title)
        inner.addWidget(intro)
        for button, text in ((self.new_button, new_text), (self.demo_button, demo_text),
                             (self.open_button, open_text)):
            inner.addSpacing(12)
            inner.addWidget(button)
            inner.addWidget(text)
        inner.addWidget(self.progress)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(column, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)

    def _choice(self, title: str, description: str) -> tuple[QPushButton, QLabel]:
        """A large button and the sentence under it that says what it does."""
        button = QPushButton(title, self)
        font = button.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        button.setFont(font)
        button.setMinimumHeight(int(button.sizeHint().height() * 1.5))
        text = QLabel(description, self)
        text.setWordWrap(True)
        text.setBuddy(button)
        return button, text

    def set_busy(self, fraction: float | None, message: str = "") -> None:
        """Show the demo being built (``fraction`` 0–1), or None when done."""
        busy = fraction is not None
        self.progress.setVisible(busy)
        for button in (self.new_button, self.demo_button, self.open_button):
            button.setEnabled(not busy)
        if busy:
            self.progress.setValue(int(fraction * 100))
            self.progress.setFormat(f"{message} – %p%" if message else "%p%")
