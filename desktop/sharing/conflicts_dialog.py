"""What waits for a person in a copy of a shared directory, in the merge dialog's side-by-side
review: the conflicts (the server's value and this copy's, who gave each, a choice per row) and
the records the server refused to take (keep them in this copy only, or discard them). OK
applies the choices; the next sync sends the resolutions (with both people's names, to the audit).
"""

from __future__ import annotations

import json

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout

from desktop.commands import conflict_words
from desktop.commands.conflict_words import describe, field_label, summary
from desktop.sharing.side_by_side import CHOICE_COLUMN, Difference, SideBySide
from desktop.window.small_screen import fit_to_screen
from directory.server.merge import REFUSED_MARK


conflict_words.translator = lambda text: QCoreApplication.translate("ConflictWords", text)


def _show(text: str | None) -> str:
    """One side's value: a record's changed fields (against a deletion) by their names, a JSON
    field's value in words."""
    value = json.loads(text) if text else None
    if isinstance(value, dict):
        return "; ".join(f"{field_label(k)}: {summary(k, v)}" for k, v in value.items())
    return "" if value is None else str(value)


def _sides(conflict: dict, server: str | None = None) -> tuple[str, str]:
    """The server's side (or ``server``, a value in its place) and the other, in words: for a
    field holding parts (contacts …), only the parts the two changed differently."""
    left = conflict["server_value"] if server is None else server
    words = describe(conflict["field"], conflict.get("base"), left, conflict["client_value"])
    return words or (_show(left), _show(conflict["client_value"]))


class ConflictsDialog(QDialog):
    def __init__(self, window):
        super().__init__(window)
        from directory import copy_refused, copy_store

        self.window_ = window
        self.setWindowTitle(self.tr("Conflicts in the shared directory"))
        fit_to_screen(self, 900, 420)
        project = window.project
        refusals = {c["id"] for c in copy_refused.changes(project)} if project is not None else set()
        # the conflicts first, then this copy's refused changes (a refused record it holds is listed once, below)
        self.conflicts = [c for c in copy_store.conflicts(project) if c["field"] != REFUSED_MARK] if project else []
        self.refusals = [c for c in copy_store.conflicts(project) if c["id"] in refusals] if project else []
        self.refused = copy_refused.records(project, kept=False) if project is not None else []
        self.me = copy_store.state(project).get("user") if project is not None else None
        self.viewer = viewer = project is not None and copy_store.state(project).get("role") == "viewer"
        text = self.tr("Two people changed the same thing differently. The server's value stays until you choose; "
                       "your choice goes to the server with the next sync.")
        if self.refusals:
            text += " " + self.tr("The server refused some of this copy's changes: the server's values are back in "
                                  "this copy (yours stay in its history). Accept each refusal once you have read why.")
        if self.refused:
            text += " " + self.tr("The server refused some records this copy made: keep them in this copy only, or "
                                  "discard them.")
        if viewer:
            text += " " + self.tr("You may only read this shared directory: a coordinator resolves its conflicts.")
        self.summary = QLabel(text, self)
        self.summary.setWordWrap(True)
        self.review = SideBySide([self.tr("Record"), self.tr("Field"), self.tr("Server's"), self.tr("Mine"), self.tr("Keep")],
                                 (self.tr("Server's"), self.tr("Mine")), (self.tr("Keep all the server's"),
                                                                          self.tr("Keep all mine")),
                                 self.tr("Conflicts and refused records"), self)
        self.review.show_rows(self._rows(project))
        for row in range(len(self.conflicts) + len(self.refusals)):
            self.review.table.cellWidget(row, CHOICE_COLUMN).setEnabled(not viewer)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self._apply)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.review, 1)
        layout.addWidget(self.buttons)

    def _rows(self, project) -> list[Difference]:
        """One row per conflict, per refused change and per refused record, each named by what a
        person knows it by; "Mine" is always this copy's side."""
        rows = [self._conflict_row(project, c) for c in self.conflicts]
        later = (self.tr("Accept the refusal"), self.tr("Decide later"))
        rows += [Difference(self._name(project, c["kind"], c["record_id"], c["client_value"]),
                            self.tr("refused by the server"), _show(c["server_value"]),
                            f"{_show(c['client_value'])} ({c['client_user']})", choices=later, chosen=1)
                 for c in self.refusals]
        keep = (self.tr("Discard"), self.tr("Keep only in this copy"))  # the server's side, and mine
        rows += [Difference(self._name(project, r["kind"], r["key"], r["values"]), self.tr("refused by the server"),
                            r["reason"],
                            "; ".join(f"{field_label(k)}: {summary(k, v)}" for k, v in r["values"].items()
                                      if v not in (None, "", "[]", "{}") and not k.endswith("_id")),  # named in Record
                            choices=keep, chosen=1) for r in self.refused]
        return rows

    @staticmethod
    def _name(project, kind: str, key: str, values) -> str:
        from directory import copy_labels

        if isinstance(values, str):
            values = json.loads(values) if values else None
        return copy_labels.label(project, kind, key, values) if project is not None else key

    def _conflict_row(self, project, c: dict) -> Difference:
        """A conflict this copy's person made: the server's value and theirs. One another person's
        change made: the server's value, and this copy's (the same, unless changed since), with the
        other person's value beside it, to take by name only: "Keep all mine" keeps this copy's."""
        from directory import copy_store
        from directory.server.kinds import BY_NAME

        label = field_label
        record = self._name(project, c["kind"], c["record_id"], c["client_value"])
        server_words, client_words = _sides(c)
        server = f"{server_words} ({c['server_user']})"
        if c["client_user"] == self.me:
            return Difference(record, label(c["field"]), server, f"{client_words} ({c['client_user']})")
        kind = BY_NAME.get(c["kind"])
        row = copy_store.read_some(project, kind, {c["record_id"]}).get(c["record_id"]) if kind else None
        here = server_words
        if row and c["field"] in row and json.dumps(row[c["field"]], default=str) != c["server_value"]:
            here = _sides(c, json.dumps(row[c["field"]], default=str))[0]  # changed here since
        other = self.tr("%1's: %2").replace("%1", c["client_user"]).replace("%2", client_words)
        return Difference(record, label(c["field"]), server, f"{here} ({self.tr('this copy')}) · {other}",
                          right_tip=self.tr("%1 made the other change on another copy; this copy's value is the "
                                            "server's.").replace("%1", c["client_user"]),
                          choices=(self.tr("Server's"), self.tr("%1's").replace("%1", c["client_user"])),
                          all_choices=(0, 0))

    def _apply(self) -> None:
        from desktop.window.panels import user_name_for
        from directory.server import sync

        project = self.window_.project
        who = user_name_for(self.window_)
        chosen = self.review.chosen()
        n = len(self.conflicts)
        for c, choice in zip(self.conflicts if not self.viewer else [], chosen):
            theirs = c["client_user"] != self.me
            sync.resolve(project, c["id"], "server" if choice == 0 else "client" if theirs else "mine", by=who)
        for c, choice in zip(self.refusals if not self.viewer else [], chosen[n:]):
            if choice == 0:  # accepted; otherwise it waits
                sync.resolve(project, c["id"], "server", by=who)
        for r, choice in zip(self.refused, chosen[n + len(self.refusals):]):
            if (r["kind"], r["key"]) in _still_waiting(project):  # keeping a service keeps its links with it
                (sync.keep_refused if choice == 1 else sync.discard_refused)(project, r["key"], by=who)
        self.window_.reload_project()
        self.accept()


def _still_waiting(project) -> set[tuple[str, str]]:
    from directory import copy_refused

    return {(r["kind"], r["key"]) for r in copy_refused.records(project, kept=False)}
