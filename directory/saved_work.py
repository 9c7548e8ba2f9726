"""Work people save in the project: import profiles (a sheet layout's confirmed column mapping)
and pathway templates (a concern's steps in one language).

Plain values in and out (the mapping as a list of dicts, the template as JSON text); their
meaning lives in :mod:`importers.profiles` and :mod:`pathways.templates`. Writes happen inside
the running change and are recorded in the audit.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

PROFILES = "sm_import_profiles"
TEMPLATES = "sm_pathway_templates"


@dataclass
class ProfileRow:
    signature: str
    name: str
    saved_at: str
    mapping: list[dict]


def profiles(project) -> list[ProfileRow]:
    """Every saved import profile, the most recently saved first."""
    rows = project.connection.execute(
        f"SELECT signature, name, saved_at, mapping FROM {PROFILES} ORDER BY saved_at DESC, id DESC")
    return [ProfileRow(r[0], r[1], r[2], json.loads(r[3])) for r in rows]


def save_profile(project, signature: str, name: str, mapping: list[dict], saved_at: str) -> bool:
    """Save the mapping of one layout (a new one keeps ``name``); False when it was already saved as is."""
    project.require_change()
    text = json.dumps(mapping, ensure_ascii=False)
    old = project.connection.execute(f"SELECT mapping FROM {PROFILES} WHERE signature = ?", (signature,)).fetchone()
    if old and old[0] == text:
        return False
    project.connection.execute(
        f"INSERT INTO {PROFILES} (signature, name, mapping, saved_at) VALUES (?, ?, ?, ?) "
        "ON CONFLICT(signature) DO UPDATE SET mapping = excluded.mapping, saved_at = excluded.saved_at",
        (signature, name, text, saved_at))
    project.log_change(PROFILES, signature, {"mapping": json.loads(old[0])} if old else None,
                       {"name": name, "mapping": mapping})
    return True


def rename_profile(project, signature: str, old_name: str, name: str) -> None:
    project.require_change()
    project.connection.execute(f"UPDATE {PROFILES} SET name = ? WHERE signature = ?", (name, signature))
    project.log_change(PROFILES, signature, {"name": old_name}, {"name": name})


def delete_profile(project, profile: ProfileRow) -> None:
    project.require_change()
    project.connection.execute(f"DELETE FROM {PROFILES} WHERE signature = ?", (profile.signature,))
    project.log_change(PROFILES, profile.signature, {"name": profile.name, "mapping": profile.mapping}, None)


def template(project, concern: str, lang: str) -> tuple[str, str] | None:
    """The saved template of ``concern`` in ``lang`` as (JSON text, saved at), or None."""
    row = project.connection.execute(
        f"SELECT data, saved_at FROM {TEMPLATES} WHERE concern = ? AND lang = ?", (concern, lang)).fetchone()
    return (row[0], row[1]) if row else None


def save_template(project, concern: str, lang: str, data: str, saved_at: str) -> None:
    project.require_change()
    key = f"{concern}/{lang}"
    old = template(project, concern, lang)
    project.connection.execute(
        f"INSERT OR REPLACE INTO {TEMPLATES} (concern, lang, data, saved_at) VALUES (?, ?, ?, ?)",
        (concern, lang, data, saved_at))
    project.log_change(TEMPLATES, key, {"data": old[0]} if old else None,
                       {"name": key, "data": data} if old is None else {"data": data})


def delete_template(project, concern: str, lang: str) -> None:
    project.require_change()
    old = template(project, concern, lang)
    if old:
        project.connection.execute(f"DELETE FROM {TEMPLATES} WHERE concern = ? AND lang = ?", (concern, lang))
        project.log_change(TEMPLATES, f"{concern}/{lang}", {"data": old[0]}, None)
