"""Every desktop setting, declared once with its default.

Two kinds are kept apart, as Picard does: *preferences* the user chooses (the interface
language …) and *remembered state* the application keeps for the user (recent projects,
window geometry, splitter position). A version key lets a later ServiceMap migrate what an
older one stored.
"""

from __future__ import annotations

import getpass
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

ORGANISATION = "ServiceMap"
APPLICATION = "ServiceMap"
SETTINGS_VERSION = 1
MAX_RECENT = 8


def _login_name() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name in some service accounts
        return ""


@dataclass(frozen=True)
class Setting:
    key: str
    default: Any
    kind: type


#: Chosen by the user.
PREFERENCES = {
    s.key: s
    for s in (
        Setting("preferences/language", "", str),  # "" follows the system locale
        Setting("preferences/user_name", _login_name(), str),  # who edits, in the audit
    )
}

#: Remembered for the user.
STATE = {
    s.key: s
    for s in (
        Setting("state/recent_projects", [], list),
        Setting("state/window_geometry", QByteArray(), QByteArray),
        Setting("state/window_state", QByteArray(), QByteArray),
        Setting("state/splitter", QByteArray(), QByteArray),
        # shared directories (addresses, never passwords) whose server asked for a password
        Setting("state/servers_asking_password", [], list),
    )
}

ALL = {**PREFERENCES, **STATE}
VERSION_KEY = "settings_version"


class Settings:
    """Typed access to the declared settings, over a QSettings (the user's, or a test's file)."""

    def __init__(self, qsettings: QSettings | None = None):
        self._q = qsettings if qsettings is not None else QSettings(ORGANISATION, APPLICATION)
        self._migrate()

    def _migrate(self) -> None:
        stored = int(self._q.value(VERSION_KEY, 0) or 0)
        if stored < SETTINGS_VERSION:  # nothing to convert yet; later versions add steps here
            self._q.setValue(VERSION_KEY, SETTINGS_VERSION)

    def get(self, key: str) -> Any:
        setting = ALL[key]  # an undeclared key is a programming error: fail loudly
        value = self._q.value(key, setting.default)
        if setting.kind is list:
            if value in (None, ""):
                return []
            return [value] if isinstance(value, str) else list(value)
        if setting.kind is QByteArray:
            return value if isinstance(value, QByteArray) else QByteArray()
        return setting.kind(value) if value is not None else setting.default

    def set(self, key: str, value: Any) -> None:
        ALL[key]  # noqa: B018 - declared keys only
        self._q.setValue(key, value)

    def sync(self) -> None:
        self._q.sync()

    def demo_folder(self) -> Path:
        """Where File ▸ Open the demo project builds the demo: the application's data folder (beside a
        settings file given as a file, as tests do)."""
        from PySide6.QtCore import QStandardPaths

        if self._q.format() == QSettings.Format.IniFormat:
            return Path(self._q.fileName()).parent / "demo"
        return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)) / "demo"

    # --- recent projects ---------------------------------------------------------

    def recent_projects(self) -> list[Path]:
        return [Path(p) for p in self.get("state/recent_projects")]

    def add_recent_project(self, path: Path) -> list[Path]:
        """Put ``path`` first in the recent projects (no duplicates, at most MAX_RECENT)."""
        path = Path(path).resolve()
        recent = [path] + [p for p in self.recent_projects() if p != path]
        return self._set_recent(recent[:MAX_RECENT])

    def remove_recent_project(self, path: Path) -> list[Path]:
        path = Path(path).resolve()
        return self._set_recent([p for p in self.recent_projects() if p != path])

    def _set_recent(self, paths: list[Path]) -> list[Path]:
        self.set("state/recent_projects", [str(p) for p in paths])
        return paths
