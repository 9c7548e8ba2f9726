"""Import profiles: a confirmed column mapping, remembered for the next file with the same layout.

A layout is known by its signature: a hash of the sheet's normalised headers and HXL tags
in order. Profiles live in the project's ``sm_import_profiles`` table, so a team that
shares the project file shares its profiles.
"""

from __future__ import annotations

import hashlib
from dataclasses import replace
from datetime import datetime, timezone

from directory import saved_work
from directory.store import Project
from importers.columns import FIELDS, ColumnMap, resolve_conflicts
from importers.values import match_key


def signature(table) -> str:
    parts = [f"{match_key(h)}|{t.strip().lower()}" for h, t in zip(table.headers, table.tags)]
    while parts and parts[-1] == "|":
        parts.pop()
    return hashlib.sha1("\n".join(parts).encode("utf-8")).hexdigest()


def load(project: Project) -> dict[str, list[dict]]:
    """Signature -> the saved mapping (a list of {column, field})."""
    return {p.signature: p.mapping for p in saved_work.profiles(project)}


def apply(mapping: list[ColumnMap], saved: list[dict]) -> list[ColumnMap]:
    """The mapping with every column the profile names set as the profile says."""
    by_col = {d["column"]: d["field"] for d in saved if d.get("field") in FIELDS}
    out = [replace(m, field=by_col[m.column], confidence=1.0, how="profile") if m.column in by_col else m
           for m in mapping]
    return resolve_conflicts(out)


def save(project: Project, tables: list) -> None:
    """Remember each table's mapping (inside the running change)."""
    project.require_change()
    now = datetime.now(timezone.utc).isoformat(timespec="seconds")
    for t in tables:
        mapping = [{"column": m.column, "header": m.header, "field": m.field} for m in t.mapping]
        saved_work.save_profile(project, signature(t), f"{t.sheet} layout", mapping, now)
