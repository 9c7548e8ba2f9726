"""Package data: the service-type taxonomy, translations, demo data and web assets.

Every file is reached through :func:`path`, which fails loudly with the names it knows,
so a missing resource is found at once rather than as an empty map or a blank page.
"""

from __future__ import annotations

from importlib import resources as _res
from pathlib import Path

_ROOT = Path(str(_res.files(__name__)))


class MissingResource(FileNotFoundError):
    """A resource the code asked for is not installed."""


def path(name: str) -> Path:
    """Return the path of the resource ``name`` (e.g. ``"taxonomy.json"``, ``"demo/bgd_adm1.geojson"``)."""
    found = _ROOT / name
    if not found.exists():
        parent = found.parent if found.parent.exists() else _ROOT
        known = sorted(p.name for p in parent.iterdir() if not p.name.startswith(("_", ".")))
        raise MissingResource(
            f"ServiceMap resource {name!r} is not installed; {parent.name or 'resources'}/ holds: "
            + ", ".join(known)
            + ". Reinstall ServiceMap."
        )
    return found
