"""The step editor of the pathway panel: the steps' order, titles and notes, and the order of
each step's services (drag to reorder; untick to leave a service off the step)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from pathways.model import Pathway
from pathways.templates import PathwayTemplate, StepTemplate
from pathways.texts import texts

KEY_ROLE = Qt.ItemDataRole.UserRole


class StepEditor(QWidget):
    """Edits a :class:`PathwayTemplate` in place; ``edited`` is sent after every change."""

    edited = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.template: PathwayTemplate | None = None
        self.steps = QListWidget(self)
        self.steps.setAccessibleName(self.tr("Steps"))
        self.steps.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.steps.setToolTip(self.tr("Drag the steps into the order they are followed"))
        self.steps.currentRowChanged.connect(self._show_step)
        self.steps.model().rowsMoved.connect(self._steps_moved)
        self.title = QLineEdit(self)
        self.title.setPlaceholderText(self.tr("Standard title (leave empty to use it)"))
        self.title.setToolTip(self.tr("Leave empty to use the standard title, shown in grey"))
        self.title.textEdited.connect(self._text_edited)
        self.note = QPlainTextEdit(self)
        self.note.setPlaceholderText(self.tr("Standard note (leave empty to use it)"))
        self.note.setToolTip(self.tr("Leave empty to use the standard note, shown in grey"))
        self.note.setMaximumHeight(80)
        self.note.textChanged.connect(self._text_edited)
        self.services = QListWidget(self)
        self.services.setAccessibleName(self.tr("Services of this step"))
        self.services.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.services.setToolTip(self.tr("Drag to change the order; untick to leave a service off this step"))
        self.services.model().rowsMoved.connect(self._services_changed)
        self.services.itemChanged.connect(self._services_changed)

        form = QFormLayout()
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Note"), self.note)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("Steps"), self))
        layout.addWidget(self.steps, 1)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Services of this step, for the first area chosen"), self))
        layout.addWidget(self.services, 2)
        self._filling = False
        self._pathway: Pathway | None = None
        self.names: dict[str, str] = {}  # service id -> "organisation — service", for services left off

    def set_template(self, template: PathwayTemplate) -> None:
        self.template = template
        self._filling = True
        row = max(0, self.steps.currentRow())
        self.steps.clear()
        for step in template.steps:
            item = QListWidgetItem(step.shown_title(template.lang))
            item.setData(KEY_ROLE, step.key)
            self.steps.addItem(item)
        self._filling = False
        self.steps.setCurrentRow(min(row, self.steps.count() - 1))

    def set_pathway(self, pathway: Pathway | None) -> None:
        """The pathway of the first chosen area, whose services the list shows."""
        self._pathway = pathway
        self._show_step(self.steps.currentRow())

    def current_step(self) -> StepTemplate | None:
        item = self.steps.currentItem()
        if item is None or self.template is None:
            return None
        return next(s for s in self.template.steps if s.key == item.data(KEY_ROLE))

    def _show_step(self, _row: int) -> None:
        step = self.current_step()
        self._filling = True
        self.title.setText(step.title if step else "")
        self.note.setPlainText(step.note if step else "")
        self._show_standard_texts(step)
        self.services.clear()
        if step is not None and self._pathway is not None:
            shown = next((s for s in self._pathway.steps if s.key == step.key), None)
            for entry in shown.all_entries if shown else []:
                item = QListWidgetItem(f"{entry.organisation} — {entry.service} ({entry.where or entry.function})")
                item.setData(KEY_ROLE, entry.service_id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked)
                self.services.addItem(item)
            for sid in step.hidden:  # hidden ones stay listed, unticked, so they can come back
                item = QListWidgetItem(self.names.get(sid, sid))
                item.setData(KEY_ROLE, sid)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
                self.services.addItem(item)
        self._filling = False

    def _show_standard_texts(self, step: StepTemplate | None) -> None:
        """The step's standard title and note (the pathway texts' own, in the page's language), in grey in
        the empty boxes: what the page shows while the box is left empty."""
        if step is None or self.template is None:
            self.title.setPlaceholderText(self.tr("Standard title (leave empty to use it)"))
            self.note.setPlaceholderText(self.tr("Standard note (leave empty to use it)"))
            return
        standard = texts(self.template.lang)
        self.title.setPlaceholderText(standard.step_title(step.key))
        self.note.setPlaceholderText(standard.step_note(step.key) or self.tr("No standard note: leave empty for none"))

    def _steps_moved(self, *args) -> None:
        if self.template is None or self._filling:
            return
        order = [self.steps.item(i).data(KEY_ROLE) for i in range(self.steps.count())]
        by_key = {s.key: s for s in self.template.steps}
        self.template.steps = [by_key[k] for k in order]
        self.edited.emit()

    def _text_edited(self, *args) -> None:
        step = self.current_step()
        if step is None or self._filling:
            return
        step.title = self.title.text().strip()
        step.note = self.note.toPlainText().strip()
        self.steps.currentItem().setText(step.shown_title(self.template.lang))
        self.edited.emit()

    def _services_changed(self, *args) -> None:
        step = self.current_step()
        if step is None or self._filling:
            return
        items = [self.services.item(i) for i in range(self.services.count())]
        shown = [i.data(KEY_ROLE) for i in items if i.checkState() == Qt.CheckState.Checked]
        step.hidden = [i.data(KEY_ROLE) for i in items if i.checkState() != Qt.CheckState.Checked]
        step.order = shown + [sid for sid in step.order if sid not in shown and sid not in step.hidden]
        self.edited.emit()
