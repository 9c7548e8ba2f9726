"""Creating a project: an empty GeoPackage, its admin boundaries and the taxonomy."""

from __future__ import annotations

from pathlib import Path

from directory import countries
from directory.store import Project, ProjectError
from directory.taxonomy import default_taxonomy
from importers.boundaries import Boundaries, read_boundaries


def init_project(
    path: str | Path,
    boundary_files: list[str | Path],
    *,
    country: str | None = None,
    level_names: list[str] | None = None,
    overwrite: bool = False,
) -> tuple[Project, Boundaries]:
    """Create the project at ``path`` with the boundaries read from ``boundary_files``.

    The country comes from ``country`` (ISO2 or ISO3) or, when not given, from the data.
    ``level_names`` names the levels from the top (["Division", "District", "Upazila"]).
    Boundaries are read before the file is created, so a bad boundary file leaves nothing behind.
    """
    iso3 = None
    if country:
        iso3 = countries.iso3(country)
        if iso3 is None:
            raise ProjectError(f"--country {country}: not an ISO 3166 country code. Use e.g. BGD or BD.")
    boundaries = read_boundaries(boundary_files) if boundary_files else Boundaries()
    if iso3 and boundaries.country and boundaries.country != iso3:
        boundaries.notes.append(f"The boundaries say {boundaries.country}; the project uses {iso3} as asked.")
    project = Project.create(path, country=iso3 or boundaries.country, overwrite=overwrite)
    try:
        with project.change("boundaries", "Admin boundaries from " + ", ".join(Path(f).name for f in boundary_files)):
            project.set_taxonomy(default_taxonomy().to_dict())
            for level in sorted(boundaries.levels):
                layer = boundaries.levels[level]
                project.replace_admin_level(level, layer.areas, layer.geometries)
            if level_names:
                project.set_admin_level_names(dict(zip(sorted(boundaries.levels), level_names)))
    except BaseException:
        project.close()
        Path(path).unlink(missing_ok=True)
        raise
    return project, boundaries
