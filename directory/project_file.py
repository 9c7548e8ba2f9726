"""Telling a ServiceMap project file from any other file, without opening it for writing."""

from __future__ import annotations

import sqlite3
from pathlib import Path


def is_project(path: str | Path) -> bool:
    """True when ``path`` is a SQLite file holding ServiceMap's tables (read-only look)."""
    try:
        conn = sqlite3.connect(f"file:{Path(path)}?mode=ro", uri=True)
        try:
            return conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'sm_services'").fetchone() is not None
        finally:
            conn.close()
    except (sqlite3.DatabaseError, UnicodeDecodeError):  # not SQLite, or a damaged one: not a project to merge
        return False
