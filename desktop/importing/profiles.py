"""Saved import profiles: the column mappings ServiceMap remembers, with Rename and Delete.

A profile is applied by itself to the next file whose columns have the same layout; when one
was saved with a wrong mapping, or a layout is no longer used, the user removes or renames it
here. Opened from the Tools menu and from the wizard's column page.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from desktop.window.panels import opened_project, project_path_for
from directory.errors import UserFacingError


class ImportProfilesDialog(QDialog):
    COLUMNS = (QT_TRANSLATE_NOOP("ImportProfilesDialog", "Name"), QT_TRANSLATE_NOOP("ImportProfilesDialog", "Saved"),
               QT_TRANSLATE_NOOP("ImportProfilesDialog", "Columns it reads"))

    def __init__(self, parent=None, *, project_path: str | None = None, window=None):
        super().__init__(parent)
        self.window_ = window
        self._project_path = project_path
        self.setWindowTitle(self.tr("Saved import profiles"))
        self.resize(820, 380)
        self.profiles: list = []
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.table = QTableWidget(self)
        self.table.setColumnCount(len(self.COLUMNS))
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in self.COLUMNS])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.itemSelectionChanged.connect(self._enable)
        self.rename_button = QPushButton(self.tr("Rename…"), self)
        self.rename_button.clicked.connect(self.ask_rename)
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.delete_button.clicked.connect(self.ask_delete)
        bar = QHBoxLayout()
        bar.addWidget(self.rename_button)
        bar.addWidget(self.delete_button)
        bar.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        bar.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)
        layout.addLayout(bar)
        self.refresh()

    @property
    def project_path(self) -> str | None:
        return project_path_for(self.window_, self._project_path)

    def showEvent(self, event) -> None:
        self.refresh()
        super().showEvent(event)

    def _with_project(self, work):
        """``work(project)`` on the main window's project, or on the file given (the wizard's)."""
        with opened_project(self.window_, self._project_path) as project:
            return work(project)

    def refresh(self) -> None:
        from importers import profile_admin

        self.profiles = self._with_project(profile_admin.saved) if self.project_path else []
        if not self.project_path:
            self.note.setText(self.tr("Open a project to see its saved import profiles."))
        elif not self.profiles:
            self.note.setText(self.tr("No import profiles saved yet. One is saved for each sheet layout you import."))
        else:
            self.note.setText(self.tr("A profile is applied by itself to the next file whose columns are laid out the "
                                      "same way. Delete one to have ServiceMap guess the columns again."))
        self.table.setRowCount(len(self.profiles))
        for row, p in enumerate(self.profiles):
            for col, text in enumerate((p.name, p.saved_at[:16].replace("T", " "), p.summary())):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, col, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self._enable()

    def selected(self):
        rows = self.table.selectionModel().selectedRows()
        return self.profiles[rows[0].row()] if rows and rows[0].row() < len(self.profiles) else None

    def _enable(self) -> None:
        chosen = self.selected() is not None
        self.rename_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def rename(self, signature: str, name: str) -> None:
        from importers import profile_admin

        self._run(lambda project: profile_admin.rename(project, signature, name))

    def delete(self, signature: str) -> None:
        from importers import profile_admin

        self._run(lambda project: profile_admin.delete(project, signature))

    def _run(self, work) -> None:
        try:
            self._with_project(work)
        except UserFacingError as exc:
            QMessageBox.warning(self, self.tr("Saved import profiles"), str(exc))
        self.refresh()

    def ask_rename(self) -> None:
        profile = self.selected()
        if profile is None:
            return
        name, ok = QInputDialog.getText(self, self.tr("Rename the profile"), self.tr("Name:"),
                                        QLineEdit.EchoMode.Normal, profile.name)
        if ok:
            self.rename(profile.signature, name)

    def ask_delete(self) -> None:
        profile = self.selected()
        if profile is None:
            return
        answer = QMessageBox.question(self, self.tr("Delete the profile"),
                                      self.tr("Delete the profile '{0}'? The next file with this layout will have its "
                                              "columns guessed again.").format(profile.name))
        if answer == QMessageBox.StandardButton.Yes:
            self.delete(profile.signature)


def open_import_profiles(window) -> ImportProfilesDialog:
    """The Tools menu's factory (desktop.window.panels)."""
    return ImportProfilesDialog(window, window=window)
