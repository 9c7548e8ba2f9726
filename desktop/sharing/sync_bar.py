"""The shared directory in the desktop: File ▸ Share this project…, File ▸ Open a shared
directory…, and the sync button in the status bar (last sync, changes waiting, conflicts).

Share, clone and sync run as tasks on a worker thread, each opening the project by its path.
While the project is open and the server reachable, a :class:`directory.server.listen.Listener`
hears other people's changes and a sync follows within seconds; offline, nothing of this is in
the way. A password the server asks for is asked here once and kept in memory only.
"""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QToolButton,
    QWidget,
)

from desktop.worker import TaskRunner
from directory.errors import UserFacingError


def sync_task(path: Path, password: str | None, *, progress, cancelled):
    from directory.server import sync
    from directory.store import Project

    with Project.open(path) as project:
        return sync.sync(project, ask_password=lambda where: password, progress=progress)


def share_task(path: Path, url: str, password: str | None, *, progress, cancelled):
    from directory.server import sync
    from directory.store import Project

    with Project.open(path) as project:
        return sync.share(project, url, ask_password=lambda where: password, progress=progress)


def clone_task(url: str, out: Path, areas: list[str], password: str | None, *, progress, cancelled):
    from directory.server import sync

    project, result = sync.clone(url, out, areas=areas, ask_password=lambda where: password, progress=progress)
    project.close()
    return out, result


def summary_in_words(result) -> str:
    """A sync's one line (``SyncResult.summary``, which the command line prints in English) in the
    interface's language: what was sent and received, the conflicts waiting, the refusals and why (the
    server's reasons as it gives them)."""
    from PySide6.QtCore import QCoreApplication, QLocale

    number = QLocale().toString
    text = QCoreApplication.translate("SyncSummary", "Synced: sent %1, received %2").replace(
        "%1", number(sum(result.pushed.sent.values()))).replace("%2", number(sum(result.pulled.received.values())))
    if result.pulled.conflicts:
        text = QCoreApplication.translate("SyncSummary", "%1; %n conflict(s) wait", None,
                                          result.pulled.conflicts).replace("%1", text)
    if result.pushed.refused:
        text = QCoreApplication.translate("SyncSummary", "%1; %n refused by the server: %2", None,
                                          len(result.pushed.refused)).replace("%2", result.refusal_reasons()).replace(
            "%1", text)
    return QCoreApplication.translate("SyncSummary", "%1.").replace("%1", text)


def _short(text: str, limit: int = 90) -> str:
    """The first clause of a message, for the status bar, without the server's address (the
    status's tooltip has it; the whole message is behind the details button)."""
    if text.startswith(("postgresql://", "postgres://")) and ": " in text:
        text = text.split(": ", 1)[1]
    cuts = [i for i in (text.find(" ("), text.find(". ")) if i > 0]
    short = text[:min(cuts)] if cuts else text
    return short if len(short) <= limit else short[:limit - 1] + "…"


class _Heard(QObject):
    """Carries the listener thread's notice to the main thread."""

    changed = Signal()


class SyncBar(QWidget):
    """The status bar's sync button and what it says; hidden for a project that is not shared."""

    def __init__(self, window, *, synchronous: bool = False):
        super().__init__(window)
        self.window_ = window
        self.runner = TaskRunner(self, synchronous=synchronous)
        self.password: str | None = None
        self.listener = None
        self.heard = _Heard(self)
        self.heard.changed.connect(self.sync_soon)
        self.button = QToolButton(self)
        self.button.setText(self.tr("Sync"))
        self.button.setToolTip(self.tr("Send this copy's changes to the shared directory and receive the others'"))
        self.button.clicked.connect(self.sync)
        self.status = QLabel(self)
        self.conflicts_button = QToolButton(self)
        self.conflicts_button.clicked.connect(self.show_conflicts)
        self.refused_button = QToolButton(self)
        self.refused_button.clicked.connect(self.show_conflicts)
        # The whole of the last sync's message, until read: the status bar's message is short and
        # goes after a while.
        self.details_button = QToolButton(self)
        self.details_button.clicked.connect(self.show_details)
        self.details_button.hide()
        self.details = ""
        self.details_failed = False
        self.details_box: QMessageBox | None = None
        self.prompt: QInputDialog | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for w in (self.status, self.details_button, self.conflicts_button, self.refused_button, self.button):
            layout.addWidget(w)
        window.projectChanged.connect(self._project_changed)
        self._project_changed(window.project)

    # --- what the bar says ----------------------------------------------------------

    def url(self) -> str | None:
        from directory import copy_store

        project = self.window_.project
        return copy_store.state(project).get("url") if project is not None else None

    def refresh(self) -> None:
        from directory import copy_refused, copy_store
        from directory.server import sync

        project = self.window_.project
        url = self.url()
        self.setVisible(bool(url))
        if not url:
            return
        last = copy_store.state(project).get("last_sync_at")
        waiting = sync.waiting(project)
        when = last.replace("T", " ")[:16] + " UTC" if last else self.tr("never")
        text = self.tr("Last sync %1 · %n change(s) waiting", "", waiting).replace("%1", when)
        here = copy_refused.records(project, kept=True)
        records = [r for r in here if r["kind"] != "service_at_site"]  # a service's links go with it
        if records:
            text += " · " + self.tr("%n only in this copy", "", len(records))
        self.status.setText(text)
        self.status.setToolTip("\n".join([url, *(f"{r['name']}: " + self.tr("only in this copy (%1)").replace(
            "%1", r["reason"]) for r in records)]))
        self._mark_services({r["key"] for r in here if r["kind"] == "services"})
        from directory.server.merge import REFUSED_MARK

        refusals = copy_refused.changes(project)  # this copy's own refused changes, apart from its conflicts
        open_conflicts = len([c for c in copy_store.conflicts(project) if c["field"] != REFUSED_MARK])
        self.conflicts_button.setText(self.tr("%n conflict(s)", "", open_conflicts))
        self.conflicts_button.setVisible(open_conflicts > 0)
        refused = copy_refused.records(project, kept=False)
        count = (len([r for r in refused if r["kind"] != "service_at_site"]) or len(refused)) + len(refusals)
        self.refused_button.setText(self.tr("%n refused", "", count))
        tips = []
        if refused:
            tips.append(self.tr("The shared directory refused records this copy made: %1. Keep them in this copy only, "
                                "or discard them.").replace("%1", "; ".join(sorted({r["reason"] for r in refused}))))
        if refusals:
            tips.append(self.tr("The shared directory refused %n change(s) this copy made; the server's values are "
                                "back here: %1.", "", len(refusals)).replace(
                "%1", "; ".join(sorted({json.loads(c["server_value"]) for c in refusals}))))
        self.refused_button.setToolTip("\n".join(tips))
        self.refused_button.setVisible(count > 0)

    def _mark_services(self, service_ids: set[str]) -> None:
        panel = getattr(self.window_, "services_panel", None)
        if panel is not None:
            panel.model.set_only_here(service_ids)

    def _project_changed(self, project) -> None:
        self.refresh()
        url = self.url() if project is not None else None
        if self.listener is not None and self.listener.url == url:
            return  # the same directory, reopened after a sync: keep listening
        self._stop_listening()
        if url:
            self._listen(url)

    # --- syncing ------------------------------------------------------------------------

    def sync(self) -> None:
        project = self.window_.project
        if project is None or not self.url() or self.runner.running:
            return
        if self.password is None and self._asks_password(self.url()):
            self._ask_first(self.url())
            return
        self.button.setEnabled(False)
        self.status.setText(self.tr("Syncing…"))
        self.runner.start(sync_task, project.path, self.password, on_done=self._synced, on_error=self._failed)

    def sync_soon(self) -> None:
        """Someone else changed the directory: sync unless a sync is running already."""
        if not self.runner.running:
            self.sync()

    def _synced(self, result) -> None:
        self.button.setEnabled(True)
        self.last_result = result
        if self.password is None:
            self._remember_password_asked(result.url, False)
        self.window_.reload_project()
        self.refresh()
        self.window_.statusBar().showMessage(summary_in_words(result), 10000)
        lines = result.lines()
        notes = lines[2:]  # beyond what was sent and received: refusals, conflicts, records changed elsewhere
        self._set_details("\n".join(lines) if notes else "", failed=False)
        if self.listener is not None and self.listener.error is not None:  # it had no password then
            self._stop_listening()
            self._listen(result.url)

    def _failed(self, exc: BaseException) -> None:
        from directory.server.connect import PasswordNeeded, WrongPassword

        self.button.setEnabled(True)
        self.refresh()
        if isinstance(exc, PasswordNeeded) and not isinstance(exc, WrongPassword):
            self._remember_password_asked(self.url() or "", True)
            self._ask_first(self.url() or "")  # not a failure to report: the prompt says it all
            return
        text = str(exc) if isinstance(exc, UserFacingError) else repr(exc)
        self.window_.statusBar().showMessage(self.tr("Not synced: %1").replace("%1", _short(text)), 15000)
        self._set_details(self.tr("Not synced: %1").replace("%1", text), failed=True)
        if isinstance(exc, WrongPassword):
            self.ask_password(self.url() or "", self.sync, wrong=True)

    # --- the whole message, until read -------------------------------------------------

    def _set_details(self, text: str, *, failed: bool) -> None:
        self.details, self.details_failed = text, failed
        self.details_button.setText(self.tr("Not synced: why?") if failed else self.tr("Sync details"))
        self.details_button.setToolTip(text)
        self.details_button.setVisible(bool(text))

    def show_details(self) -> None:
        """The last sync's whole message in a box that stays until closed; read, the button goes."""
        box = QMessageBox(QMessageBox.Icon.Warning if self.details_failed else QMessageBox.Icon.Information,
                          self.tr("Shared directory"), self.details, QMessageBox.StandardButton.Ok, self.window_)
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details_box = box
        self.details_button.hide()
        box.open()

    # --- the password ------------------------------------------------------------------

    def _asks_password(self, url: str) -> bool:
        """This server asked for a password before, and none is kept where it is found by itself."""
        from directory.server.connect import stored_password

        settings = getattr(self.window_, "settings", None)
        asked = settings.get("state/servers_asking_password") if settings is not None else []
        return url in asked and not stored_password(url)

    def _remember_password_asked(self, url: str, asked: bool) -> None:
        settings = getattr(self.window_, "settings", None)
        if settings is None or not url:
            return
        urls = [u for u in settings.get("state/servers_asking_password") if u != url]
        settings.set("state/servers_asking_password", [*urls, url] if asked else urls)

    def _ask_first(self, url: str) -> None:
        self.window_.statusBar().showMessage(self.tr("The server asks for a password: type it to sync."), 15000)
        self.ask_password(url, self.sync)

    def ask_password(self, where: str, then, *, wrong: bool = False) -> None:
        """Ask for the server's password (kept in memory only, never in the project), then ``then()``."""
        if self.prompt is not None and self.prompt.isVisible():
            return
        self.password = None
        dialog = QInputDialog(self.window_)
        dialog.setWindowTitle(self.tr("Shared directory"))
        label = self.tr("Password for %1:").replace("%1", where)
        if wrong:
            label = self.tr("The server did not accept that password.") + "\n" + label
        dialog.setLabelText(label)
        dialog.setTextEchoMode(QLineEdit.EchoMode.Password)
        dialog.textValueSelected.connect(lambda text: self._password_given(text, then))
        self.prompt = dialog
        dialog.open()

    def _password_given(self, text: str, then) -> None:
        if text:
            self.password = text
            then()

    # --- hearing other people's changes ------------------------------------------

    def _listen(self, url: str) -> None:
        from directory.server.listen import Listener

        self.listener = Listener(url, lambda tables: self.heard.changed.emit(), ask_password=lambda w: self.password)
        self.listener.start(wait=0)  # offline, the window must not pause

    def _stop_listening(self) -> None:
        if self.listener is not None:
            self.listener.stop()
            self.listener = None

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        self._stop_listening()
        super().closeEvent(event)

    # --- conflicts --------------------------------------------------------------------

    def show_conflicts(self) -> None:
        from desktop.sharing.conflicts_dialog import ConflictsDialog

        dialog = ConflictsDialog(self.window_)
        if dialog.exec():
            self.refresh()
            self.sync()


class Sharing:
    """The File menu's two actions and the status bar's sync button, for one main window."""

    def __init__(self, window, file_menu, *, synchronous: bool = False):
        self.window = window
        self.runner = TaskRunner(window, synchronous=synchronous)
        self.share_action = file_menu.addAction(window.tr("&Share this project…"), self.share)
        self.open_action = file_menu.addAction(window.tr("Open a s&hared directory…"), self.open_shared)
        self.bar = SyncBar(window, synchronous=synchronous)
        window.statusBar().addPermanentWidget(self.bar)
        window.projectChanged.connect(lambda p: self.share_action.setEnabled(p is not None and not self.bar.url()))
        self.share_action.setEnabled(False)

    def share(self, url: str | None = None) -> None:
        window = self.window
        if window.project is None:
            return
        if url is None:
            url, ok = QInputDialog.getText(window, window.tr("Share this project"), window.tr(
                "Address of the shared directory (postgresql://USER@HOST/DATABASE):"))
            if not ok or not url.strip():
                return
        self.runner.start(share_task, window.project.path, url.strip(), self.bar.password,
                          on_done=self._done, on_error=lambda exc: self._failed(exc, lambda: self.share(url)))

    def open_shared(self, url: str | None = None, out: Path | None = None, areas: list[str] | None = None) -> None:
        window = self.window
        if url is None:
            url, ok = QInputDialog.getText(window, window.tr("Open a shared directory"), window.tr(
                "Address of the shared directory (postgresql://USER@HOST/DATABASE):"))
            if not ok or not url.strip():
                return
            text, ok = QInputDialog.getText(window, window.tr("Open a shared directory"), window.tr(
                "Only these areas (P-codes, separated by spaces; empty for all):"))
            if not ok:
                return
            areas = text.split()
            name, _ = QFileDialog.getSaveFileName(window, window.tr("Save the offline copy as"), "", "GeoPackage (*.gpkg)")
            if not name:
                return
            out = Path(name)
        self.runner.start(clone_task, url.strip(), Path(out), list(areas or []), self.bar.password,
                          on_done=lambda done: self._opened(done[0], done[1]),
                          on_error=lambda exc: self._failed(exc, lambda: self.open_shared(url, out, areas)))

    def _done(self, result) -> None:
        self.window.reload_project()
        self.window.statusBar().showMessage(summary_in_words(result), 10000)

    def _opened(self, path: Path, result) -> None:
        self.window.open_project(path)
        self.window.statusBar().showMessage(summary_in_words(result), 10000)

    def _failed(self, exc: BaseException, retry=None) -> None:
        from directory.server.connect import PasswordNeeded, WrongPassword

        if isinstance(exc, PasswordNeeded) and retry is not None:
            self.bar.ask_password(str(exc).split(": ", 1)[0], retry, wrong=isinstance(exc, WrongPassword))
            return
        text = str(exc) if isinstance(exc, UserFacingError) else repr(exc)
        QMessageBox.warning(self.window, self.window.tr("Shared directory"), text)
