"""Creating a project: an empty GeoPackage, its admin boundaries and the taxonomy.

``servicemap init`` and File ▸ New project both build a :class:`NewProjectRequest`: the new
file, the boundary files (or folders, or .zip files, of them), the country and what the levels
are called. :func:`read_levels` reads the boundaries (the desktop shows the levels found before
creating); :func:`create_project` writes the project. Both may run on any thread.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from directory import countries
from directory.store import Project, ProjectError
from directory.taxonomy import default_taxonomy
from directory.tasks import CancelCheck, InvalidRequest, Progress, stop_if
from importers.boundaries import Boundaries, read_boundaries


@dataclass
class NewProjectRequest:
    project: Path  # the new file (.gpkg)
    boundaries: list[Path] = field(default_factory=list)  # files, folders of them, or .zip files
    country: str | None = None  # ISO3 or ISO2; None → read from the boundaries
    level_names: list[str] = field(default_factory=list)  # from the top, e.g. Division, District, Upazila
    overwrite: bool = False

    def __post_init__(self) -> None:
        self.project = Path(self.project)
        self.boundaries = [Path(b) for b in self.boundaries or []]
        self.level_names = [n.strip() for n in self.level_names or [] if n and n.strip()]
        self.country = (self.country or "").strip() or None

    def validate(self) -> None:
        if self.project.suffix.lower() != ".gpkg":
            raise InvalidRequest("project", f"a project file ends in .gpkg. Use e.g. {self.project.with_suffix('.gpkg').name}.",
                                 self.project)
        if not self.project.parent.exists():
            raise InvalidRequest("project", "no such folder. Create it first, or choose another place.",
                                 self.project.parent)
        if self.project.exists() and not self.overwrite:
            raise InvalidRequest("project", "a file is already there. Choose another name, or replace it.", self.project)
        if not self.boundaries:
            raise InvalidRequest("boundaries", "choose the admin boundary files (or their folder, or a .zip).")
        for path in self.boundaries:
            if not path.exists():
                raise InvalidRequest("boundaries", "no such file. Check the path.", path)
        if self.country and countries.iso3(self.country) is None:
            raise InvalidRequest("country", "not an ISO 3166 country code. Use e.g. BGD or BD.", self.country)


def read_levels(request: NewProjectRequest, *, progress: Progress | None = None,
                cancelled: CancelCheck | None = None) -> Boundaries:
    """The boundaries of ``request``: each level with its areas, the country, and notes on what was skipped."""
    for path in request.boundaries:
        if not path.exists():
            raise InvalidRequest("boundaries", "no such file. Check the path.", path)
    if progress:
        progress(0.1, "Reading the boundaries")
    boundaries = read_boundaries(request.boundaries)
    stop_if(cancelled)
    return boundaries


def create_project(request: NewProjectRequest, boundaries: Boundaries | None = None, *,
                   progress: Progress | None = None, cancelled: CancelCheck | None = None) -> tuple[Path, Boundaries]:
    """Write the project of ``request`` (the boundaries read already, or read now) and close it."""
    request.validate()
    if boundaries is None:
        boundaries = read_levels(request, progress=progress, cancelled=cancelled)
    stop_if(cancelled)
    if progress:
        progress(0.6, "Writing the project")
    project, boundaries = init_project(request.project, request.boundaries, country=request.country,
                                       level_names=request.level_names, overwrite=request.overwrite,
                                       boundaries=boundaries)
    project.close()
    return request.project, boundaries


def init_project(
    path: str | Path,
    boundary_files: list[str | Path],
    *,
    country: str | None = None,
    level_names: list[str] | None = None,
    overwrite: bool = False,
    boundaries: Boundaries | None = None,
) -> tuple[Project, Boundaries]:
    """Create the project at ``path`` with the boundaries read from ``boundary_files``.

    The country comes from ``country`` (ISO2 or ISO3) or, when not given, from the data.
    ``level_names`` names the levels from the top (["Division", "District", "Upazila"]).
    Boundaries are read before the file is created, so a bad boundary file leaves nothing behind;
    ``boundaries`` already read (from ``boundary_files``) are used as they are.
    """
    iso3 = None
    if country:
        iso3 = countries.iso3(country)
        if iso3 is None:
            raise ProjectError(f"--country {country}: not an ISO 3166 country code. Use e.g. BGD or BD.")
    if boundaries is None:
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
