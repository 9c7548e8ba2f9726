"""Undoable edits of the directory, for a QUndoStack.

Each command writes through ``Project.change("edit", …)``, so the first edit, every undo and
every redo is its own audited change: who, when, and the old and new values of each field.
The first write happens before the command is pushed (``apply_and_push``), so a project that
cannot be written (locked by another program) never leaves a command on the stack.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand, QUndoStack

from directory.errors import UserFacingError
from directory.model import Organisation, Service, Site
from directory.store import Project


@dataclass
class Record:
    """What one edit touches: the service, and optionally its site and organisation."""

    service: Service
    site: Site | None = None
    organisation: Organisation | None = None


#: The most services whose rows an edit refreshes one by one; past it (an organisation of thousands
#: renamed) the window reads every row again.
MOST_ROWS_REFRESHED = 5_000


class _ProjectCommand(QUndoCommand):
    def __init__(self, project: Project, text: str, user: str, changed: Callable[[str | list[str] | None], None]):
        super().__init__(text)
        self.project, self.user, self._changed = project, user, changed
        self._pushed = False
        self.error = ""
        #: Told the reason when an undo or redo could not be written.
        self.failed: Callable[[str], None] | None = None

    def service_id(self) -> str | list[str] | None:
        """The service (or services) whose rows changed (None: refresh them all)."""
        raise NotImplementedError

    def _write(self, forward: bool) -> None:
        raise NotImplementedError

    def apply(self) -> None:
        """The first write, with the command's own description."""
        with self.project.change("edit", self.text(), user=self.user):
            self._write(True)
        self._changed(self.service_id())

    def redo(self) -> None:
        if not self._pushed:  # already applied by apply_and_push
            self._pushed = True
            return
        self._again(QCoreApplication.translate("Undo", "Redo: %1"), True)

    def undo(self) -> None:
        self._again(QCoreApplication.translate("Undo", "Undo: %1"), False)

    def _again(self, description: str, forward: bool) -> None:
        try:
            with self.project.change("edit", description.replace("%1", self.text()), user=self.user):
                self._write(forward)
        except UserFacingError as exc:  # e.g. another program holds the file: nothing was written
            self.setObsolete(True)  # the stack drops the command rather than pretend it ran
            self.error = str(exc)
            if self.failed is not None:
                self.failed(self.error)
            return
        self._changed(self.service_id())


class EditServiceCommand(_ProjectCommand):
    """Replace a service (and its site and organisation) with edited copies; ``others`` are other
    services changed in the same step, as (before, after) pairs (those at a place the edited
    service made confidential, marked confidential too)."""

    def __init__(self, project: Project, before: Record, after: Record, user: str, changed, text: str = "",
                 others: Sequence[tuple[Service, Service]] = ()):
        default = QCoreApplication.translate("Undo", "Edit service “%1”").replace("%1", after.service.name)
        super().__init__(project, text or default, user, changed)
        self.before, self.after, self.others = before, after, list(others)

    def service_id(self) -> str | list[str] | None:
        """The edited service; with the others at its site or of its organisation when they changed, and
        the others marked in the same step (None, every row, past :data:`MOST_ROWS_REFRESHED`)."""
        site = self.after.site if self.before.site != self.after.site else None
        organisation = self.after.organisation if self.before.organisation != self.after.organisation else None
        if site is None and organisation is None and not self.others:
            return self.after.service.id
        ids = {self.after.service.id, *(after.id for _, after in self.others)}
        ids.update(self.project.services_sharing(site_id=site.id if site is not None else None,
                                                 organisation_id=organisation.id if organisation is not None else None))
        return sorted(ids) if len(ids) <= MOST_ROWS_REFRESHED else None

    def _write(self, forward: bool) -> None:
        record = self.after if forward else self.before
        if record.organisation is not None and record.organisation != self._other(record).organisation:
            self.project.save_organisation(record.organisation)
        if record.site is not None and record.site != self._other(record).site:
            self.project.save_site(record.site)
        self.project.save_service(record.service)
        for before, after in self.others:
            self.project.save_service(after if forward else before)

    def _other(self, record: Record) -> Record:
        return self.before if record is self.after else self.after


class DeleteServiceCommand(_ProjectCommand):
    """Soft-delete a service (``restore=True``: bring a deleted one back)."""

    def __init__(self, project: Project, service: Service, user: str, changed, restore: bool = False):
        if restore:
            text = QCoreApplication.translate("Undo", "Restore service “%1”")
        else:
            text = QCoreApplication.translate("Undo", "Delete service “%1”")
        super().__init__(project, text.replace("%1", service.name), user, changed)
        self._id, self._restore = service.id, restore

    def service_id(self) -> str:
        return self._id

    def _write(self, forward: bool) -> None:
        if forward != self._restore:
            self.project.delete_service(self._id)
        else:
            self.project.restore_service(self._id)


def apply_and_push(stack: QUndoStack, command: _ProjectCommand) -> None:
    """Write the command's change, then put it on the stack (a failed write raises, unpushed)."""
    command.apply()
    stack.push(command)
