"""What waits for a person in a copy of a shared directory, in the merge dialog's side-by-side
review: the conflicts (the server's value and this copy's, who gave each, a choice per row) and
the records the server refused to take (keep them in this copy only, or discard them). OK
applies the choices; the next sync sends the resolutions (with both people's names, to the audit).
"""

from __future__ import annotations

import json

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout

from desktop.sharing.conflict_words import describe, field_label, summary
from desktop.sharing.side_by_side import CHOICE_COLUMN, Difference, SideBySide
from desktop.window.small_screen import fit_to_screen


def _show(text: str | None) -> str:
    """One side's value: a record's changed fields (against a deletion) by their names, a JSON
    field's value in words."""
    value = json.loads(text) if text else None
    if isinstance(value, dict):
        return "; ".join(f"{field_label(k)}: {summary(k, v)}" for k, v in value.items())
    return "" if value is None else str(value)


def _sides(conflict: dict) -> tuple[str, str]:
    """The server's side and mine, in words: for a field holding parts (contacts …), only the
    parts the two changed differently."""
    words = describe(conflict["field"], conflict.get("base"), conflict["server_value"], conflict["client_value"])
    return words or (_show(conflict["server_value"]), _show(conflict["client_value"]))


class ConflictsDialog(QDialog):
    def __init__(self, window):
        super().__init__(window)
        from directory import copy_refused, copy_store

        self.window_ = window
        self.setWindowTitle(self.tr("Conflicts in the shared directory"))
        fit_to_screen(self, 900, 420)
        project = window.project
        self.conflicts = copy_store.conflicts(project) if project is not None else []
        self.refused = copy_refused.records(project, kept=False) if project is not None else []
        self.viewer = viewer = project is not None and copy_store.state(project).get("role") == "viewer"
        text = self.tr("Two people changed the same thing differently. The server's value stays until you choose; "
                       "your choice goes to the server with the next sync.")
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
        for row in range(len(self.conflicts)):
            self.review.table.cellWidget(row, CHOICE_COLUMN).setEnabled(not viewer)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self._apply)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.review, 1)
        layout.addWidget(self.buttons)

    def _rows(self, project) -> list[Difference]:
        names = {s.id: s.name for s in project.services()} if project is not None else {}
        rows = []
        for c in self.conflicts:
            server, mine = _sides(c)
            rows.append(Difference(names.get(c["record_id"], c["record_id"]), field_label(c["field"]),
                                   f"{server} ({c['server_user']})", f"{mine} ({c['client_user']})"))
        keep = (self.tr("Discard"), self.tr("Keep only in this copy"))  # the server's side, and mine
        rows += [Difference(r["name"], self.tr("refused by the server"), r["reason"],
                            "; ".join(f"{field_label(k)}: {summary(k, v)}" for k, v in r["values"].items()
                                      if v not in (None, "", "[]", "{}")),
                            choices=keep, chosen=1) for r in self.refused]
        return rows

    def _apply(self) -> None:
        from desktop.window.panels import user_name_for
        from directory.server import sync

        project = self.window_.project
        who = user_name_for(self.window_)
        chosen = self.review.chosen()
        for c, choice in zip(self.conflicts if not self.viewer else [], chosen):
            sync.resolve(project, c["id"], "mine" if choice == 1 else "server", by=who)
        for r, choice in zip(self.refused, chosen[len(self.conflicts):]):
            if (r["kind"], r["key"]) in _still_waiting(project):  # keeping a service keeps its links with it
                (sync.keep_refused if choice == 1 else sync.discard_refused)(project, r["key"], by=who)
        self.window_.reload_project()
        self.accept()


def _still_waiting(project) -> set[tuple[str, str]]:
    from directory import copy_refused

    return {(r["kind"], r["key"]) for r in copy_refused.records(project, kept=False)}
