"""What can make an analysis quietly wrong, said above its results without blocking them.

The coverage panel and the pathways window show here the warnings of
:func:`directory.checks.find_warnings` for what they analyse: services without a type (a type
asked for may have none only because of them), and areas whose services nobody has verified.
The words are the interface's own, and the button opens Tools ▸ Service types…, which the
text names as the menu does.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton

from desktop.window.panels import menu_path


class WarningsBar(QFrame):
    """A pale strip with the warnings, one per line, and a "Service types…" button when a type is missing."""

    def __init__(self, window=None, parent=None):
        super().__init__(parent)
        self.window_ = window
        self.setObjectName("directoryWarnings")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#directoryWarnings { background: #fff4ce; border: 1px solid #d8b800; border-radius: 3px; }"
                           "#directoryWarnings QLabel { color: #3b2f00; }")
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setAccessibleName(self.tr("Warnings about the directory"))
        self.types_button = QPushButton(self.tr("Service types…"), self)
        self.types_button.setToolTip(self.tr("Give the services without a type their types"))
        self.types_button.clicked.connect(self.open_service_types)
        row = QHBoxLayout(self)
        row.setContentsMargins(6, 4, 6, 4)
        row.addWidget(self.text, 1)
        row.addWidget(self.types_button)
        self.show_warnings([])

    def show_warnings(self, warnings: list, type_label: Callable[[str], str] = str) -> None:
        """Show ``warnings`` (:class:`directory.checks.DirectoryWarning`), types named by ``type_label``; none hides the bar."""
        self.text.setText("\n".join(self.words(w, type_label) for w in warnings))
        self.types_button.setVisible(any(w.kind == "untyped" for w in warnings) and self.window_ is not None)
        self.setVisible(bool(warnings))

    def words(self, warning, type_label: Callable[[str], str] = str) -> str:
        """One warning in the interface's words."""
        n = warning.count
        if warning.kind == "untyped":
            where = menu_path("service-types")
            if warning.missing:
                return (self.tr("No service has the type %1 here, but %n service(s) have no type and may be of it: "
                                "see %2 to give them types.", "", n)
                        .replace("%1", ", ".join(map(type_label, warning.missing))).replace("%2", where))
            return self.tr("%n service(s) have no type and are left out: see %1 to give them types.", "", n).replace("%1", where)
        shown = ", ".join(f"{name} ({pcode})" for pcode, name in warning.areas)
        if n == 1:
            return self.tr("%1 has services none of which is verified: check them with their providers before "
                           "relying on them.").replace("%1", shown)
        more = self.tr(" and %1 more").replace("%1", str(n - len(warning.areas))) if n > len(warning.areas) else ""
        return (self.tr("%n areas have services none of which is verified: %1%2. Check them with their providers "
                        "before relying on them.", "", n).replace("%1", shown).replace("%2", more))

    def open_service_types(self) -> None:
        if self.window_ is not None and hasattr(self.window_, "show_panel"):
            self.window_.show_panel("service-types")
