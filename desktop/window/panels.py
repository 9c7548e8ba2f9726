"""The panels each capability adds to the main window, opened from its Tools menu.

A capability registers one entry here (one line) and keeps its widget in a module of its
own. The factory receives the main window, which offers:

* ``window.project`` — the open :class:`directory.store.Project`, or None;
* ``window.projectChanged`` — a signal sent with the new project (or None) on open and close;
* ``window.reload_project()`` — re-read the directory after a change (import, edit …) and
  redraw the table and the map;
* ``window.map_view`` — the map, and ``window.services_panel`` — the table.

The factory returns a QDockWidget (docked on the right) or any other QWidget (shown as its
own window). It is built once, on first use, and shown again afterwards.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class PanelEntry:
    name: str  # stable key, e.g. "import"
    module: str  # e.g. "desktop.importing.wizard"
    factory: str  # a callable in that module: factory(window) -> QWidget
    text: str  # the menu text, marked for translation in the "Panels" context
    shortcut: str = ""


PANELS: list[PanelEntry] = [
    PanelEntry("import", "desktop.importing.wizard", "open_import_wizard", QT_TRANSLATE_NOOP("Panels", "&Import a service list…"), "Ctrl+I"),
    PanelEntry("import-history", "desktop.importing.history", "open_import_history", QT_TRANSLATE_NOOP("Panels", "Import &history…")),
    PanelEntry("import-profiles", "desktop.importing.profiles", "open_import_profiles", QT_TRANSLATE_NOOP("Panels", "Saved import pro&files…")),
    PanelEntry("pathways", "desktop.pathways.panel", "open_pathway_panel", QT_TRANSLATE_NOOP("Panels", "Referral &pathways…"), "Ctrl+Shift+P"),
    PanelEntry("gaps", "desktop.coverage.panel", "open_analysis_panel", QT_TRANSLATE_NOOP("Panels", "Coverage &gaps…"), "Ctrl+Shift+G"),
    PanelEntry("review", "desktop.review.queue", "open_review_queue", QT_TRANSLATE_NOOP("Panels", "&Review locations…"), "Ctrl+Shift+R"),
    PanelEntry("service-types", "desktop.curation.types_dialog", "open_service_types", QT_TRANSLATE_NOOP("Panels", "Service &types…")),
    PanelEntry("merge", "desktop.sharing.merge_dialog", "open_merge_dialog", QT_TRANSLATE_NOOP("Panels", "&Merge another list…")),
    PanelEntry("export", "desktop.sharing.export_dialog", "open_export_dialog", QT_TRANSLATE_NOOP("Panels", "&Export the directory…")),
]


def project_path_for(window, given: str | None = None) -> str | None:
    """The project a panel works on: the one it was given, or the main window's open one."""
    if given:
        return given
    project = getattr(window, "project", None)
    return str(project.path) if project is not None else None


def opened_project(window, given: str | None = None):
    """A context manager over the project a panel works on: the main window's open one (left
    open afterwards), or the file ``given`` opened for the block; None when there is neither."""
    from contextlib import nullcontext

    from directory.store import Project

    project = getattr(window, "project", None)
    if project is not None and not given:
        return nullcontext(project)
    return Project.open(given) if given else None


# Between the menu and its item in a menu path. "›" (U+203A), not "▸": the fonts ServiceMap brings have no
# "▸" or "◂", which showed as an empty box on a machine with no other font for them. In a right-to-left
# text Qt mirrors "›" (it is a paired bracket), so an Arabic path points left by itself.
MENU_ARROW = " › "


def menu_path(name: str) -> str:
    """Where the panel registered as ``name`` is, in the interface's words ("Tools › Service types…"),
    for messages that send the user there: the same texts as the menu, so they always match."""
    from PySide6.QtCore import QCoreApplication

    entry = next(e for e in PANELS if e.name == name)
    tools = QCoreApplication.translate("MainWindow", "&Tools")
    item = QCoreApplication.translate("Panels", entry.text)
    return MENU_ARROW.join(_without_accelerator(t) for t in (tools, item))


def _without_accelerator(text: str) -> str:
    """A menu text as it reads: "&Tools" is "Tools", "ফাইল(&F)" is "ফাইল", "&&" is "&"."""
    import re

    return re.sub(r"\(&\w\)", "", text).replace("&&", "\0").replace("&", "").replace("\0", "&")


def user_name_for(window) -> str | None:
    """The name the audit records for what the user does in a panel: the one they gave
    (Edit ▸ Your name in the audit…); in a copy of a shared directory, unless they gave one, the
    name the server knows them by (as its conflicts and audit say), not the computer's login;
    else None (the project records the login name)."""
    from desktop.settings import PREFERENCES

    settings = getattr(window, "settings", None)
    name = (settings.get("preferences/user_name") or None) if settings is not None else None
    login = _server_login(getattr(window, "project", None))
    if login and name in (None, PREFERENCES["preferences/user_name"].default):
        return login
    return name


def _server_login(project) -> str | None:
    if project is None:
        return None
    from directory import copy_store

    state = copy_store.state(project)
    return (state.get("user") or None) if state.get("url") else None


def language_for(window) -> str:
    """The interface language as an ISO 639 code (for the taxonomy's labels): the one chosen in
    the settings, else the system's."""
    from PySide6.QtCore import QLocale

    settings = getattr(window, "settings", None)
    chosen = settings.get("preferences/language") if settings is not None else ""
    return chosen or QLocale().name().split("_")[0]


def level_names_for(project, window) -> dict[int, str]:
    """The project's admin levels as the map's layer list names them, in the interface language:
    "Distrito" for a level the project calls "District" (directory.names.level_name), and "Nivel
    administrativo 3" for one it never named."""
    from PySide6.QtCore import QCoreApplication

    from directory.names import level_name

    lang = language_for(window)
    out = {}
    for level, name in project.admin_level_names().items():
        if name == f"Admin level {level}":  # the store's word for a level with no name
            out[level] = QCoreApplication.translate("MapPage", "Admin level {level}").format(level=level)
        else:
            out[level] = level_name(name, lang)
    return out
