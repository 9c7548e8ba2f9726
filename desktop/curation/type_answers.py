"""Choosing the service types of the texts ServiceMap could not read, once per text.

The import wizard's "Service types" page and Tools ▸ Service types… show the same thing: each
distinct text (a type column's value, an activity, else a service name) that gave no type, or
only an unsure one, with how many rows use it and what ServiceMap read; beside it, the
taxonomy's types in the interface language, to tick. What is ticked is the answer for that
text; nothing ticked skips it (its services keep no type, or ServiceMap's unsure guess).
"Not a service type" is an answer too: the text is then never asked about again.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.window.small_screen import scrolling

CODE_ROLE = Qt.ItemDataRole.UserRole
COL_TEXT, COL_ROWS, COL_READ, COL_ANSWER = range(4)


class TypeAnswers(QWidget):
    """The questions (:class:`importers.teach.TypeQuestion`) and a person's answers: text -> codes."""

    changed = Signal()  # an answer was given, changed or taken back

    COLUMNS = (QT_TRANSLATE_NOOP("TypeAnswers", "Text in the list"), QT_TRANSLATE_NOOP("TypeAnswers", "Rows"),
               QT_TRANSLATE_NOOP("TypeAnswers", "ServiceMap read"), QT_TRANSLATE_NOOP("TypeAnswers", "Your answer"))

    def __init__(self, parent=None):
        super().__init__(parent)
        self.questions: list = []
        self._answers: dict[str, list[str]] = {}
        self._label = lambda code: code
        self.table = QTableWidget(0, len(self.COLUMNS), self)
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in self.COLUMNS])
        self.table.setAccessibleName(self.tr("Texts without a service type"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_ROWS, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)  # the answer; the other columns are as wide as their texts, up to a limit
        self.table.currentCellChanged.connect(lambda row, *_: self._show_question(row))

        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.types = QListWidget(self)
        self.types.setAccessibleName(self.tr("Service types the text means"))
        self.types.itemChanged.connect(self._ticked)
        self.heading.setBuddy(self.types)
        self.none = QCheckBox(self.tr("Not a service type"), self)
        self.none.setToolTip(self.tr("Distributions, awareness raising …: its services stay without a type, and "
                                     "ServiceMap does not ask about this text again"))
        self.none.toggled.connect(self._not_a_type)
        self.skip = QPushButton(self.tr("Skip this text"), self)
        self.skip.setToolTip(self.tr("Give no answer: its services keep no type (or ServiceMap's guess)"))
        self.skip.clicked.connect(self.skip_current)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)

        answer = QWidget(self)
        column = QVBoxLayout(answer)
        column.addWidget(self.heading)
        column.addWidget(self.types, 1)
        column.addWidget(self.none)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.skip)
        column.addLayout(row)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self.table)
        split.addWidget(scrolling(answer, self))
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([600, 400])  # the texts and the answers get the larger share
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(split, 1)
        layout.addWidget(self.summary)
        self.setTabOrder(self.table, self.types)
        self.setTabOrder(self.types, self.none)
        self.setTabOrder(self.none, self.skip)

    # --- filling --------------------------------------------------------------------

    def set_questions(self, questions: list, taxonomy, language: str = "en",
                      answers: dict[str, list[str]] | None = None) -> None:
        """Show ``questions`` with the types of ``taxonomy`` labelled in ``language``; ``answers``
        given earlier (going back and forth in the wizard) are shown again."""
        self.questions = list(questions)
        self._answers = {q.text: list(answers[q.text]) for q in self.questions if answers and q.text in answers}
        self._label = lambda code: taxonomy.label(code, language) if code in taxonomy else code
        self.types.blockSignals(True)
        self.types.clear()
        for t in taxonomy:
            item = QListWidgetItem(t.label(language))
            item.setData(CODE_ROLE, t.code)
            item.setToolTip(t.description(language) or t.code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.types.addItem(item)
        self.types.blockSignals(False)
        self.table.setRowCount(len(self.questions))
        for i, q in enumerate(self.questions):
            self.table.setItem(i, COL_TEXT, _item(q.text, q.text))
            self.table.setItem(i, COL_ROWS, _item(str(q.rows), alignment=Qt.AlignmentFlag.AlignRight))
            read = ", ".join(self._label(c) for c in q.guessed)
            self.table.setItem(i, COL_READ, _item(self.tr("%1 (unsure)").replace("%1", read) if read else
                                                  self.tr("nothing"), read))
            self._show_answer(i)
        for col, chars in ((COL_TEXT, 28), (COL_READ, 20)):  # longer texts are elided; their tooltips hold them
            self.table.resizeColumnToContents(col)
            self.table.setColumnWidth(col, min(self.table.columnWidth(col), self.fontMetrics().averageCharWidth() * chars))
        if self.questions:
            self.table.setCurrentCell(0, COL_TEXT)
        self._show_question(self.table.currentRow())
        self._summarise()

    def answers(self) -> dict[str, list[str]]:
        """text -> the codes a person ticked ([] for "not a service type"); skipped texts are absent."""
        return {text: list(codes) for text, codes in self._answers.items()}

    def untyped_rows(self) -> int:
        """Rows that will have no type: of skipped texts ServiceMap could not read, and of "not a service type"."""
        return sum(q.rows for q in self.questions
                   if (q.text not in self._answers and not q.guessed) or self._answers.get(q.text) == [])

    # --- answering ------------------------------------------------------------------

    def current(self):
        row = self.table.currentRow()
        return self.questions[row] if 0 <= row < len(self.questions) else None

    def answer(self, text: str, codes: list[str] | None) -> None:
        """Set the answer for ``text`` (None takes it back: skipped) and show it."""
        if codes is None:
            self._answers.pop(text, None)
        else:
            self._answers[text] = list(dict.fromkeys(codes))
        row = next((i for i, q in enumerate(self.questions) if q.text == text), None)
        if row is not None:
            self._show_answer(row)
            if row == self.table.currentRow():
                self._show_question(row)
        self._summarise()
        self.changed.emit()

    def skip_current(self) -> None:
        q = self.current()
        if q is not None:
            self.answer(q.text, None)

    def _ticked(self, _item=None) -> None:
        q = self.current()
        if q is None:
            return
        codes = [self.types.item(i).data(CODE_ROLE) for i in range(self.types.count())
                 if self.types.item(i).checkState() == Qt.CheckState.Checked]
        self.answer(q.text, codes or None)

    def _not_a_type(self, checked: bool) -> None:
        q = self.current()
        if q is None or checked == (self._answers.get(q.text) == []):
            return
        self.answer(q.text, [] if checked else None)

    # --- showing --------------------------------------------------------------------

    def _show_question(self, row: int) -> None:
        q = self.questions[row] if 0 <= row < len(self.questions) else None
        enabled = q is not None
        for widget in (self.types, self.none, self.skip):
            widget.setEnabled(enabled)
        chosen = self._answers.get(q.text) if q is not None else None
        self.heading.setText(self.tr("“%1” means:").replace("%1", q.text) if q is not None else
                             self.tr("Nothing to answer: ServiceMap read a type for every text."))
        self.types.blockSignals(True)
        for i in range(self.types.count()):
            item = self.types.item(i)
            item.setCheckState(Qt.CheckState.Checked if chosen and item.data(CODE_ROLE) in chosen
                               else Qt.CheckState.Unchecked)
        self.types.blockSignals(False)
        self.types.setEnabled(enabled and chosen != [])
        self.none.blockSignals(True)
        self.none.setChecked(chosen == [])
        self.none.blockSignals(False)

    def _show_answer(self, row: int) -> None:
        chosen = self._answers.get(self.questions[row].text)
        text = (self.tr("(skipped)") if chosen is None else self.tr("Not a service type") if not chosen
                else ", ".join(self._label(c) for c in chosen))
        self.table.setItem(row, COL_ANSWER, _item(text, text))

    def _summarise(self) -> None:
        if not self.questions:
            self.summary.clear()
            return
        answered = sum(1 for q in self.questions if q.text in self._answers)
        text = self.tr("%1 of %2 texts answered.").replace("%1", str(answered)).replace("%2", str(len(self.questions)))
        untyped = self.untyped_rows()
        if untyped:
            text += " " + self.tr("%n row(s) will have no service type.", "", untyped)
        self.summary.setText(text)


def _item(text: str, tip: str = "", alignment=None) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if tip:
        item.setToolTip(tip)
    if alignment is not None:
        item.setTextAlignment(alignment | Qt.AlignmentFlag.AlignVCenter)
    return item
