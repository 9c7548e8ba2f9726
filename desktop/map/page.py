"""Building the map page: a plain task for :class:`desktop.worker.TaskRunner` (no Qt here).

The task opens its own connection to the project (SQLite connections stay in the thread
that made them), reads the admin boundaries and writes the page with
:func:`mapping.maps.write_service_map`.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from pathlib import Path

from directory.store import Project, ServiceListing
from directory.tasks import Cancelled

# One page is written at a time: a cancelled build still finishing must not interleave its
# files with the build that replaced it.
_WRITING = threading.Lock()


def map_services(listing: Sequence[ServiceListing]) -> list:
    """The listing as the map's records (what of a confidential one is drawn, the map asks the policy)."""
    from mapping.maps import MapService

    return [
        MapService(
            id=s.id,
            name=s.name,
            organisation=s.organisation,
            service_types=list(s.service_types),
            phones=list(s.phones),
            schedule=s.schedule or "",
            latitude=s.latitude,
            longitude=s.longitude,
            confidential=s.confidential,
            admin_pcodes=dict(s.admin_pcodes),
        )
        for s in listing
    ]


def read_boundaries(project_path: Path, cancelled: Callable[[], bool], lang: str = "en") -> tuple[dict, dict[int, str]]:
    """Every admin level of the project as a GeoDataFrame (pcode, name, geometry; EPSG:4326,
    with the outlines maps draw, one column per zoom range), and what each level is called:
    names in ``lang`` where the project has them."""
    import geopandas as gpd

    from directory.names import level_name

    out = {}
    with Project.open(project_path) as project:
        names = {level: level_name(name, lang) for level, name in project.admin_level_names().items()}
        for level in project.admin_levels():
            if cancelled():
                raise Cancelled
            areas, geometries = project.admin_geometries(level)
            # No crs here: this runs on a worker thread, and building pyproj CRS objects off the
            # main thread crashed the process in full test runs. The map reads a frame without a
            # crs as longitude/latitude (EPSG:4326), which is what the project stores.
            out[level] = gpd.GeoDataFrame(
                {"pcode": [a.pcode for a in areas], "name": [a.name_in(lang) for a in areas], **project.admin_outlines(level)},
                geometry=geometries,
            )
    return out, names


def build_map_page(
    project_path: Path,
    services: list,
    out_html: Path,
    title: str,
    type_styles: dict | None,
    basemap: dict | None = None,
    text: dict | None = None,
    lang: str = "en",
    *,
    progress: Callable[[float, str], None],
    cancelled: Callable[[], bool],
) -> Path:
    """Write the project's map page to ``out_html`` and return its path, with the page's words
    ``text`` (translated; see :data:`mapping.maps.payload.TEXT`) and names in ``lang``."""
    from mapping.maps import write_service_map

    progress(0.0, "Reading the admin boundaries")
    boundaries, level_names = read_boundaries(project_path, cancelled, lang)
    if cancelled():
        raise Cancelled
    progress(0.3, "Drawing the map")
    out_html.parent.mkdir(parents=True, exist_ok=True)
    # The map opens on the services, usually a few districts: name the second level (districts).
    levels = sorted(boundaries)
    labels_level = levels[1] if len(levels) > 1 else (levels[0] if levels else None)
    with _WRITING:
        if cancelled():
            raise Cancelled
        write_service_map(
            out_html, services, boundaries, title=title, type_styles=type_styles, labels_level=labels_level,
            level_names=level_names, basemap=basemap, text=text,
        )
    progress(1.0, "")
    return out_html
