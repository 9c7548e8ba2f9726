"""Tools ▸ Service types…: give types to the services already in the project that have none.

The same choice as the import wizard's Service types page, for a project already imported:
the distinct texts of its services without a type (or with an unsure one), with how many use
each; the user ticks what each means, and "Teach and re-type" stores the answers in the
project's taxonomy and reads every service's type again from its stored text, in the
background and in one go (:func:`importers.teach_request.run_teach`). A type a person chose is
never changed. The coverage panel's and the pathways window's warnings send the user here.

A service that re-typing makes confidential (a safe shelter) hides its own place; other services
at the same place (:mod:`directory.same_place`) keep showing it, so the dialog names them and
offers to mark them confidential too (third tryout, finding 9).
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
from directory import same_place
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
        self.place_note = QLabel(self)  # other services still showing the place of one made confidential
        self.place_note.setWordWrap(True)
        self.place_note.setTextFormat(Qt.TextFormat.PlainText)
        self.place_note.setStyleSheet("color: #7a4100;")
        self.mark_too = QPushButton(self.tr("Mark them confidential too"), self)
        self.mark_too.clicked.connect(self.mark_others_confidential)
        self._others: list[str] = []  # the service IDs the button marks
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
        warning = QHBoxLayout()
        warning.addWidget(self.place_note, 1)
        warning.addWidget(self.mark_too)
        layout.addLayout(warning)
        layout.addLayout(buttons)
        fit_to_screen(self, 900, 600)
        self._show_others({})
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
        made = [r.service_id for r in (retyped.changed if retyped is not None else []) if r.made_confidential]
        taught = self._told
        self._show(run.questions)
        self._find_others(made)
        if self.window_ is not None and hasattr(self.window_, "reload_project"):
            self._told = taught  # said again once the texts are found again (not twice "Every service has…")
            self.window_.reload_project()  # the table, the map and every panel see the new types (and this list)

    # --- the other services at the place of one made confidential ------------------------

    def _find_others(self, made: list[str]) -> None:
        """Name the services still showing the place of those re-typing made confidential."""
        found = {}
        opened = opened_project(self.window_, self._project_path) if made else None
        if opened is not None:
            with opened as project:
                rows = project.service_places(in_listing_order=True)
            found = same_place.exposed(rows, made)
        self._show_others(found)

    def _show_others(self, found: dict) -> None:
        others = {n.service_id: n.name for neighbours in found.values() for n in neighbours}
        self._others = list(others)
        self.place_note.setVisible(bool(others))
        self.mark_too.setVisible(bool(others))
        if not others:
            self.place_note.clear()
            return
        names = list(others.values())[:4]
        if len(others) > 4:
            names.append(self.tr("and %n more", "", len(others) - 4))
        n = len(found)
        if n == 1:
            text = self.tr("1 service became confidential (a safe shelter), but other services at its place still show "
                           "it on maps and pathways: %1. Mark them confidential too, or move them.")
        else:
            text = self.tr("%n services became confidential (safe shelters), but other services at their places still "
                           "show them on maps and pathways: %1. Mark them confidential too, or move them.", "", n)
        self.place_note.setText(text.replace("%1", ", ".join(names)))

    def mark_others_confidential(self) -> None:
        """Mark the services named confidential too, as a person's edit (audited under the user's name)."""
        ids, opened = self._others, opened_project(self.window_, self._project_path)
        if not ids or opened is None:
            return
        try:
            with opened as project:
                with project.change("edit", self.tr("Mark confidential: at the place of a safe shelter"),
                                    user=user_name_for(self.window_)):
                    for service_id in ids:
                        service = project.service(service_id)
                        service.confidential, service.confidential_by = True, "person"
                        project.save_service(service)
        except UserFacingError as exc:
            self.status.setText(str(exc))
            return
        done = self.tr("Marked %n service(s) confidential.", "", len(ids))
        self.status.setText(done)
        self._show_others({})
        if self.window_ is not None and hasattr(self.window_, "reload_project"):
            self._told = done  # said again once the texts are found again
            self.window_.reload_project()

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
