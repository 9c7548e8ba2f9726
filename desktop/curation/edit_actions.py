"""The Edit menu: undo and redo, edit a service (form or table cell), delete and restore.

Every change goes through desktop.curation.undo's commands, so it is audited under the user name
set in the preferences, and undoable. After a change only the edited rows of the table are
refreshed, and the map is asked for one (coalesced) redraw.
"""

from __future__ import annotations

import copy
from datetime import date

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QKeySequence, QUndoStack
from PySide6.QtWidgets import QInputDialog, QMessageBox

from importers import edit_rules as rules
from desktop.curation.service_editor import ServiceEditor
from directory.type_labels import ServiceTypes
from desktop.curation.services_model import Column
from desktop.curation.undo import DeleteServiceCommand, EditServiceCommand, Record, apply_and_push
from directory import countries, same_place
from directory.errors import UserFacingError
from directory.store import ServiceListing


class EditActions(QObject):
    """Owns the undo stack of the open project and the Edit menu's actions."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.stack = QUndoStack(self)
        menu = window.menuBar().addMenu(self.tr("&Edit"))
        self.undo_action = self.stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcuts([QKeySequence(self.tr("Ctrl+Z"))])
        self.redo_action = self.stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts([QKeySequence(self.tr("Ctrl+Shift+Z")), QKeySequence(self.tr("Ctrl+Y"))])
        menu.addAction(self.undo_action)
        menu.addAction(self.redo_action)
        menu.addSeparator()
        self.edit_action = menu.addAction(self.tr("&Edit service…"), self.edit_selected)
        self.edit_action.setShortcuts([QKeySequence(self.tr("Return")), QKeySequence(self.tr("F2"))])
        self.delete_action = menu.addAction(self.tr("&Delete service"), self.delete_selected)
        self.delete_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.restore_action = menu.addAction(self.tr("Show deleted / &Restore…"), self.restore_deleted)
        self.verify_action = menu.addAction(self.tr("Mark &verified…"), self.verify_selected)
        menu.addSeparator()
        self.user_action = menu.addAction(self.tr("Your &name in the audit…"), self.ask_user_name)
        for action in (self.edit_action, self.delete_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)  # not while a cell is being edited
            window.services_panel.table.addAction(action)
        window.services_panel.model.cell_editor = self.edit_cell
        window.services_panel.model.editRejected.connect(self._rejected)
        window.projectChanged.connect(lambda _project: self.stack.clear())
        window.projectChanged.connect(lambda _project: self._enable())
        window.services_panel.selectionChanged.connect(lambda _ids: self._enable())
        self._enable()

    # --- helpers -------------------------------------------------------------------

    @property
    def project(self):
        return self.window.project

    def user(self) -> str:
        from desktop.window.panels import user_name_for

        return user_name_for(self.window) or self.window.settings.get("preferences/user_name")

    def region(self) -> str | None:
        return countries.iso2(self.project.country) if self.project and self.project.country else None

    def ask_user_name(self) -> None:
        """The Preferences entry for who edits: the name every change is recorded under."""
        name, ok = QInputDialog.getText(
            self.window, self.tr("Your name"),
            self.tr("Edits are recorded in the project's audit under this name:"), text=self.user(),
        )
        if ok and name.strip():
            self.window.settings.set("preferences/user_name", name.strip())

    def _enable(self) -> None:
        has = self.project is not None
        selected = bool(self.window.services_panel.selected_ids()) and has
        self.edit_action.setEnabled(selected)
        self.delete_action.setEnabled(selected)
        self.verify_action.setEnabled(selected)
        self.restore_action.setEnabled(has)

    def _selected(self) -> ServiceListing | None:
        ids = self.window.services_panel.selected_ids()
        return next((s for s in self.window.listing if ids and s.id == ids[0]), None)

    def _record(self, listing: ServiceListing) -> Record:
        org_id = self.project.service(listing.service_id).organisation_id
        org = next((o for o in self.project.organisations() if o.id == org_id), None)
        return Record(self.project.service(listing.service_id), self.project.site(listing.site_id), org)

    def _push(self, command, quiet: bool = False) -> str:
        """Write and stack ``command``; the reason it could not be written ("" when it was)."""
        command.failed = self._warn
        try:
            apply_and_push(self.stack, command)
        except UserFacingError as exc:
            if not quiet:
                self._warn(str(exc))
            return str(exc)
        return ""

    def _warn(self, message: str) -> None:
        QMessageBox.warning(self.window, self.tr("The change was not saved"), message)

    def _rejected(self, message: str) -> None:
        self.window.statusBar().showMessage(self.tr("Not saved: %1").replace("%1", message), 15000)

    # --- edits ---------------------------------------------------------------------

    def edit_cell(self, listing: ServiceListing, column: int, text: str) -> str:
        """Save one table cell; returns the problem ("" when saved)."""
        before = Record(self.project.service(listing.service_id))
        if column == Column.SERVICE:
            checked = rules.check_name(text)
            new = copy.deepcopy(before.service)
            new.name = checked.value
        elif column == Column.PHONES:  # a phone already stored (kept as typed, say) is kept; the others are checked
            checked = rules.check_keeping(text, rules.phones_of(before.service),
                                          lambda part: rules.check_phones(part, self.region()))
            new = rules.with_phones(before.service, checked.value)
        elif column == Column.HOURS:
            checked = rules.Checked(text.strip())
            new = copy.deepcopy(before.service)
            new.schedule_text = checked.value
        elif column == Column.AGES:
            checked = rules.check_ages(text)
            new = copy.deepcopy(before.service)
            new.minimum_age, new.maximum_age = checked.value
        else:
            return self.tr("This column is edited in the service editor (Enter or F2).")
        if checked.problem:
            return checked.problem
        if new == before.service:
            return ""
        command = EditServiceCommand(self.project, before, Record(new), self.user(), self.service_changed)
        return self._push(command, quiet=True)  # a refusal shows in the status bar

    def editor(self, listing: ServiceListing) -> ServiceEditor:
        """The service editor for one row of the table, told of the other services at its place."""
        types = ServiceTypes.for_project(self.project, self.window._language())
        return ServiceEditor(self._record(listing), self.region(), types, self.window,
                             neighbours=self._neighbours(listing))

    def _neighbours(self, listing: ServiceListing):
        """For the editor: given its site's place, the other services at it, or at the service's
        other sites, whose points still show it (:mod:`directory.same_place`). The project's
        rows are read once, the first time the question is asked."""
        index: list[same_place.PlaceIndex] = []

        def find(place: same_place.Place | None) -> list[same_place.Neighbour]:
            if not index:
                index.append(same_place.PlaceIndex(self.project.service_places(in_listing_order=True)))
            places = [place] if place is not None else []
            places += [p for p in index[0].places_of(listing.service_id) if p.site_id != listing.site_id]
            return index[0].others_at(listing.service_id, places)

        return find

    def edit_selected(self) -> None:
        listing = self._selected()
        if listing is None:
            return
        dialog = self.editor(listing)
        before = dialog.before
        if dialog.exec() != ServiceEditor.DialogCode.Accepted:
            return
        after = dialog.record()
        if after.site is not None and after.site.has_point and (
            (after.site.latitude, after.site.longitude) != (before.site.latitude, before.site.longitude)
        ):
            after.site.admin_pcodes = self.project.areas_at([after.site.longitude], [after.site.latitude])[0]
        others = []
        for service_id in dialog.also_confidential_ids():  # the other services at the place, if the user asked
            other = self.project.service(service_id)
            if not other.confidential:
                hidden = copy.deepcopy(other)
                hidden.confidential, hidden.confidential_by = True, "person"
                others.append((other, hidden))
        if after == before and not others:
            return
        self._push(EditServiceCommand(self.project, before, after, self.user(), self.service_changed, others=others))

    def verify_selected(self) -> None:
        """Record that the selected service was checked today, by whom and how (the phone round)."""
        listing = self._selected()
        if listing is None:
            return
        ways = [self.tr("Phone call"), self.tr("Visit"), self.tr("E-mail or message"), self.tr("Partner's update")]
        how, ok = QInputDialog.getItem(
            self.window, self.tr("Mark verified"),
            self.tr("“%1” was checked today. How?").replace("%1", listing.name), ways, 0, True,
        )
        if ok and how.strip() and self.mark_verified(listing, how.strip(), date.today()):
            self.window.statusBar().showMessage(
                self.tr("“%1” marked verified today (%2), by %3.").replace("%1", listing.name)
                .replace("%2", how.strip()).replace("%3", self.user() or self.tr("you")), 10_000)

    def mark_verified(self, listing: ServiceListing, how: str, day: date) -> bool:
        """Save the verification as an undoable edit: the date, the user as assurer, and how."""
        before = Record(self.project.service(listing.service_id))
        after = copy.deepcopy(before.service)
        after.assured_date, after.assurer = day, self.user()
        after.extra = {**after.extra, "verified_how": how}
        text = self.tr("Mark “%1” verified").replace("%1", after.name)
        command = EditServiceCommand(self.project, before, Record(after), self.user(), self.service_changed, text)
        return not self._push(command)

    def delete_selected(self) -> None:
        listing = self._selected()
        if listing is not None:
            service = self.project.service(listing.service_id)
            self._push(DeleteServiceCommand(self.project, service, self.user(), self.service_changed))

    def restore_deleted(self) -> None:
        deleted = self.project.deleted_services()
        if not deleted:
            QMessageBox.information(self.window, self.tr("Deleted services"), self.tr("No service has been deleted."))
            return
        names = [f"{s.name} ({s.id[:8]})" for s in deleted]
        choice, ok = QInputDialog.getItem(
            self.window, self.tr("Deleted services"), self.tr("Restore this service:"), names, 0, False
        )
        if ok:
            self.restore(deleted[names.index(choice)].id)

    def restore(self, service_id: str) -> bool:
        service = self.project.service(service_id)
        command = DeleteServiceCommand(self.project, service, self.user(), self.service_changed, restore=True)
        return not self._push(command)

    def service_changed(self, service_id: str | list[str] | None) -> None:
        self.window.refresh_service(service_id)
