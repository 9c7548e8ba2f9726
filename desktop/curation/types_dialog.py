"""Tools ▸ Service types…: give types to the services already in the project that have none.

The same choice as the import wizard's Service types page, for a project already imported:
the distinct texts of its services without a type (or with an unsure one), with how many use
each; the user ticks what each means, and "Teach and re-type" stores the answers in the
project's taxonomy and reads every service's type again from its stored text, in the
background and in one go (:func:`importers.teach_request.run_teach`). A type a person chose is
never changed. The coverage panel's and the pathways window's warnings send the user here.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
)

from desktop.curation.type_answers import TypeAnswers
from desktop.window.panels import (
    language_for,
    opened_project,
    project_path_for,
    user_name_for,
)
from desktop.window.small_screen import fit_to_screen
from desktop.worker import TaskRunner
from directory.errors import UserFacingError
from importers.teach_request import TeachRequest, open_questions, run_teach


class ServiceTypesDialog(QDialog):
    def __init__(self, window=None, *, project_path: str | None = None, synchronous: bool = False):
        super().__init__(window)
        self.window_ = window
        self._project_path = project_path
        self.setWindowTitle(self.tr("Service types"))
        self.runner = TaskRunner(self, synchronous=synchronous)
        self.runner.progressed.connect(self._progress)
        self.runner.runningChanged.connect(self._running)
        self.teaching = False
        self._told = ""  # what the last run did, said until the texts are found again
        self.intro = QLabel(self.tr("The services of this project that have no type (or an unsure one), by the text "
                                    "their list gave. Tick the types each text means, then “Teach and re-type”: the "
                                    "project keeps your answers for its next imports, and these services get their "
                                    "types. A type a person chose is never changed."), self)
        self.intro.setWordWrap(True)
        self.answers = TypeAnswers(self)
        self.answers.changed.connect(lambda: self._running(self.runner.running))
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 1000)
        self.bar.hide()
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.teach_button = QPushButton(self.tr("Teach and re-type"), self)
        self.teach_button.setDefault(True)
        self.teach_button.clicked.connect(self.teach)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.teach_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.answers, 1)
        layout.addWidget(self.bar)
        layout.addLayout(buttons)
        fit_to_screen(self, 900, 600)
        if window is not None and hasattr(window, "projectChanged"):
            window.projectChanged.connect(lambda _project: self.load())
        self._running(False)

    @property
    def project_path(self) -> str | None:
        return project_path_for(self.window_, self._project_path)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self.runner.running:
            self.load()

    def load(self) -> None:
        """Find the texts to answer, in the background."""
        if self.runner.running and self.teaching:
            return  # the run ends by loading them again
        path = self.project_path
        if not path:
            self.answers.set_questions([], _taxonomy(None, None))
            self.status.setText(self.tr("Open or create a project first."))
            return
        self.status.setText(self.tr("Finding the services without a type…"))
        self.runner.start(open_questions, path, on_done=self._show, on_error=self._failed)

    def _show(self, questions: list) -> None:
        self.answers.set_questions(questions, _taxonomy(self.window_, self._project_path), language_for(self.window_))
        done = self.tr("Every service has a type ServiceMap is sure of.") if not questions else ""
        self.status.setText(" ".join(t for t in (self._told, done) if t))
        self._told = ""

    def teach(self) -> None:
        answers = self.answers.answers()
        if not answers or not self.project_path:
            return
        self.teaching = True
        self.status.setText(self.tr("Teaching %n text(s) and re-typing the services…", "", len(answers)))
        request = TeachRequest(self.project_path, answers, user=user_name_for(self.window_))
        self.runner.start(run_teach, request, on_done=self._taught, on_error=self._failed)

    def _taught(self, run) -> None:
        self.teaching = False
        retyped = run.retyped
        self._told = (self.tr("Taught %1 text(s); %2 service(s) got new types; %3 still have none.")
                      .replace("%1", str(len(run.request.answers))).replace("%2", str(len(retyped.changed)))
                      .replace("%3", str(retyped.untyped)))
        self._show(run.questions)
        if self.window_ is not None and hasattr(self.window_, "reload_project"):
            self._told = self.status.text()
            self.window_.reload_project()  # the table, the map and every panel see the new types (and this list)

    def _failed(self, exc: BaseException) -> None:
        self.teaching = False
        if not isinstance(exc, UserFacingError):
            raise exc
        self.status.setText(str(exc))

    def _progress(self, fraction: float, message: str) -> None:
        self.bar.setValue(int(fraction * 1000))
        self.status.setText(message)

    def _running(self, running: bool) -> None:
        self.bar.setVisible(running and self.teaching)
        self.teach_button.setEnabled(not running and bool(self.answers.answers()))
        self.answers.setEnabled(not running or not self.teaching)

    # --- quitting during a run --------------------------------------------------------

    def running_work(self) -> str:
        """What quitting now would cancel, in words ("" when nothing runs)."""
        return self.tr("Teaching service types and re-typing the services") if self.runner.running and self.teaching else ""

    def cancel_work(self) -> str:
        self.runner.cancel()
        self.teaching = False
        return self.tr("Cancelled: nothing was taught and no service changed.")

    def reject(self) -> None:
        """Closing during a run cancels it, and says that nothing changed."""
        if self.running_work():
            QMessageBox.information(self, self.tr("Service types"), self.cancel_work())
        else:
            self.runner.cancel()
        super().reject()


def _taxonomy(window, given: str | None):
    """The project's taxonomy (its labels and types), else ServiceMap's."""
    from directory.taxonomy import default_taxonomy, project_taxonomy

    opened = opened_project(window, given)
    if opened is None:
        return default_taxonomy()
    with opened as project:
        return project_taxonomy(project.taxonomy_dict())


def open_service_types(window) -> ServiceTypesDialog:
    """The Tools menu's factory (desktop.window.panels)."""
    dialog = ServiceTypesDialog(window)
    dialog.setWindowModality(Qt.WindowModality.NonModal)
    return dialog
