"""Looking after saved import profiles: list them, rename one, delete one.

Profiles (:mod:`importers.profiles`) are saved on every import, one per sheet layout. Over
time a project collects layouts nobody uses any more, or one saved with a wrong mapping that
keeps being applied; these functions let people see them and remove or rename them. Each
write is one change, recorded in the audit.
"""

from __future__ import annotations

from dataclasses import dataclass

from directory import saved_work
from directory.errors import UserFacingError
from importers.columns import FIELDS


class ProfileError(UserFacingError):
    """A profile that is not there, or a name that cannot be used."""


@dataclass
class SavedProfile:
    signature: str
    name: str
    saved_at: str
    mapping: list[dict]  # {column, header, field}

    def summary(self, limit: int = 6) -> str:
        """"Organisation → Organisation, Tel → Phone, …": the columns the profile reads."""
        used = [m for m in self.mapping if m.get("field") not in (None, "ignore", "extra")]
        parts = [f"{m.get('header') or m['column'] + 1} → {FIELDS.get(m['field'], m['field'])}" for m in used[:limit]]
        more = len(used) - limit
        return ", ".join(parts) + (f" (+{more})" if more > 0 else "")


def saved(project) -> list[SavedProfile]:
    """Every saved profile, the most recently saved first."""
    return [SavedProfile(p.signature, p.name, p.saved_at, p.mapping) for p in saved_work.profiles(project)]


def _get(project, signature: str) -> SavedProfile:
    for p in saved(project):
        if p.signature == signature:
            return p
    raise ProfileError(f"{project.path}: the import profile was not found (deleted meanwhile?). Reopen the list.")


def rename(project, signature: str, name: str) -> None:
    name = " ".join(name.split())
    if not name:
        raise ProfileError("A profile needs a name; type one.")
    old = _get(project, signature)
    if old.name == name:
        return
    with project.change("settings", f"Rename import profile '{old.name}' to '{name}'"):
        saved_work.rename_profile(project, signature, old.name, name)


def delete(project, signature: str) -> None:
    old = _get(project, signature)
    with project.change("settings", f"Delete import profile '{old.name}'"):
        saved_work.delete_profile(project, old)
