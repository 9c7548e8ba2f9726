"""Teaching a project what its lists' words mean, as a request: the answers, checked, and the one
function that stores them and re-types the services already imported.

``servicemap teach`` and the desktop's Tools ▸ Service types… both build a :class:`TeachRequest`
and call :func:`run_teach`, which opens the project by its path (so it may run on any thread),
stores the answers in the project's taxonomy and re-types the services from their stored text
(never overriding a type a person chose), all or nothing: a cancelled run leaves the project as
it was. :func:`open_questions` lists what is still to answer for the services in a project.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from directory.tasks import CancelCheck, InvalidRequest, Progress, no_progress, part


@dataclass
class TeachRequest:
    project: Path
    answers: dict = field(default_factory=dict)  # text as the lists write it → type codes (none: not a service type)
    user: str | None = None  # the name the audit records
    retype: bool = True  # re-type the services already in the project, in the same run

    def __post_init__(self) -> None:
        self.project = Path(self.project)
        self.answers = {str(text): list(codes) for text, codes in (self.answers or {}).items()}

    def validate(self) -> None:
        if not self.project.exists():
            raise InvalidRequest("project", "no such project file. Check the path.", self.project)
        if not self.answers:
            raise InvalidRequest("answers", "nothing to teach. Choose the types of at least one text.", "")
        empty = next((text for text in self.answers if not text.strip()), None)
        if empty is not None:
            raise InvalidRequest("answers", "a text without words cannot be taught. Give the text as your lists "
                                 "write it, e.g. 'Support to survivors'.", empty)


@dataclass
class TeachRun:
    request: TeachRequest
    retyped: object | None  # importers.retype.RetypeResult, when the request re-typed
    questions: list  # importers.teach.TypeQuestion still open afterwards


def still_open(project) -> list:
    """The texts of ``project``'s services without a type (or with an unsure one) that nobody has
    answered yet, the most used first (:class:`importers.teach.TypeQuestion`). Services whose
    types a person chose are left out: teaching cannot change them."""
    from importers.retype import left_alone
    from importers.teach import own_taxonomy, questions

    edited = project.set_by_people("sm_services", "service_types")
    return questions([s for s in project.services() if not left_alone(s, edited)], own_taxonomy(project))


def open_questions(project_path: Path | str, *, progress: Progress | None = None,
                   cancelled: CancelCheck | None = None) -> list:
    """:func:`still_open` for the project at ``project_path`` (a task: it opens its own connection)."""
    from directory.store import Project

    with Project.open(project_path) as project:
        return still_open(project)


def run_teach(request: TeachRequest, *, progress: Progress | None = None,
              cancelled: CancelCheck | None = None) -> TeachRun:
    """Store ``request.answers`` in its project and re-type its services, under one write lock:
    both are committed together, or (an error, a cancel) neither."""
    from directory.store import Project
    from importers.retype import retype
    from importers.teach import teach_all

    request.validate()
    retyped = None
    with Project.open(request.project) as project:
        with project.locked():
            teach_all(project, request.answers, user=request.user)
            if request.retype:
                retyped = retype(project, user=request.user, progress=part(progress, 0.0, 0.9), cancelled=cancelled)
        (progress or no_progress)(0.9, "Finding the texts still without a type")
        still = still_open(project)
    return TeachRun(request, retyped, still)
