"""The import wizard's "Service types" page: the texts of the list ServiceMap could not type.

Shown after the column mapping, only when the list has such texts. What the user ticks is
read into this import's rows at once (the next pages show it), and saved in the project's
taxonomy when the import runs, in the import's own change and under the user's name, so the
next import knows those words (:func:`importers.pipeline.import_file`'s ``taught``).
"""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWizardPage

from desktop.curation.type_answers import TypeAnswers
from desktop.window.panels import language_for


class TypesPage(QWizardPage):
    def __init__(self, wizard):
        super().__init__(wizard)
        self.w = wizard
        self.setTitle(self.tr("Service types"))
        self.setSubTitle(self.tr("ServiceMap could not tell the service type of these texts, or is unsure. Tick the "
                                 "types each one means: the project keeps your answer, so the next import knows it. "
                                 "Skip any you are unsure of."))
        self.answers = TypeAnswers(self)
        QVBoxLayout(self).addWidget(self.answers)

    def initializePage(self) -> None:
        self.answers.set_questions(self.w.questions, self.w.reading_taxonomy(taught=False),
                                   language_for(self.w.window_), self.w.taught)

    def validatePage(self) -> bool:
        self.w.taught = self.answers.answers()
        return True

    def cleanupPage(self) -> None:  # Back: the answers given so far are kept for when the user returns
        self.w.taught = self.answers.answers()
