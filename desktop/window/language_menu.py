"""View ▸ Language: the interface language, saved as ``preferences/language``.

The interface is translated when it is built (``start_application`` installs the translators and
the locale before the first window), so a new choice takes effect when ServiceMap starts again;
the menu says so. Each language is listed under its own name, so a user lost in a language
they cannot read still finds theirs.
"""

from __future__ import annotations

from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QMessageBox

#: (code, the language's own name); "" follows the system's language.
LANGUAGES = [("en", "English"), ("fr", "Français"), ("es", "Español"), ("ar", "العربية"), ("bn", "বাংলা")]


class LanguageMenu(QMenu):
    """Radio choices: the system's language, then each language ServiceMap is translated into."""

    def __init__(self, window):
        super().__init__(self.tr("&Language"), window)
        self.window_ = window
        self.group = QActionGroup(self)
        self.group.setExclusive(True)
        chosen = window.settings.get("preferences/language")
        for code, name in [("", self.tr("System default")), *LANGUAGES]:
            action = QAction(name, self)
            action.setCheckable(True)
            action.setData(code)
            action.setChecked(code == chosen)
            self.group.addAction(action)
            self.addAction(action)
        self.group.triggered.connect(self._chosen)

    def action_for(self, code: str) -> QAction:
        return next(a for a in self.group.actions() if a.data() == code)

    def _chosen(self, action: QAction) -> None:
        settings = self.window_.settings
        code = action.data()
        if code == settings.get("preferences/language"):
            return
        settings.set("preferences/language", code)
        settings.sync()
        QMessageBox.information(
            self.window_, self.tr("Language"),
            self.tr("%1 will be used the next time ServiceMap starts. Close ServiceMap and open it again to "
                    "change the language now.").replace("%1", action.text()))
