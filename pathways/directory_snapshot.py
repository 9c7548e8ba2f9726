"""One read of the directory, shared by every pathway printed in a run.

Printing 64 districts must not read the project 64 times: :class:`DirectorySnapshot` reads
the services, organisations, sites, taxonomy and boundaries once and answers the questions
the pathway builder asks (which area is this, what is its polygon, what is this service).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

import shapely

from directory import settings_store
from directory.errors import UserFacingError
from directory.model import AdminArea, Organisation, Service, Site
from directory.store import Project, ServiceListing
from directory.taxonomy import Taxonomy, default_taxonomy


class UnknownArea(UserFacingError):
    pass


@dataclass
class DirectorySnapshot:
    project: Project
    listing: list[ServiceListing]
    services: dict[str, Service]
    organisations: dict[str, Organisation]
    sites: dict[str, Site]
    taxonomy: Taxonomy
    areas: dict[str, AdminArea]
    country: str | None
    data_date: str | None

    @classmethod
    def read(cls, project: Project) -> DirectorySnapshot:
        taxonomy_dict = project.taxonomy_dict()
        last = settings_store.last_change_at(project, excluding=("pathway", "migration"))
        return cls(
            project=project,
            listing=project.listing(),
            services={s.id: s for s in project.services()},
            organisations={o.id: o for o in project.organisations()},
            sites={s.id: s for s in project.sites()},
            taxonomy=Taxonomy.from_dict(taxonomy_dict) if taxonomy_dict else default_taxonomy(),
            areas={a.pcode: a for a in project.admin_areas()},
            country=project.country,
            data_date=last[:10] if last else None,
        )

    def area(self, pcode: str) -> AdminArea:
        try:
            return self.areas[pcode]
        except KeyError:
            close = sorted(p for p in self.areas if p.startswith(pcode[:4]))[:5]
            hint = f" Areas that begin alike: {', '.join(close)}." if close else ""
            raise UnknownArea(
                f"{self.project.path.name}: no admin area has the P-code {pcode!r}.{hint} "
                "List the areas with 'servicemap pathways PROJECT --list-areas'."
            ) from None

    def areas_at_level(self, level: int) -> list[AdminArea]:
        if level not in self.project.admin_levels():
            raise UnknownArea(
                f"{self.project.path.name}: no admin level {level}; it has levels "
                + ", ".join(map(str, self.project.admin_levels())) + "."
            )
        return [a for a in self.areas.values() if a.level == level]

    def geometry(self, pcode: str) -> shapely.Geometry | None:
        return self._geometries(self.area(pcode).level).get(pcode)

    @functools.cache  # noqa: B019 - one snapshot lives for one run
    def _geometries(self, level: int) -> dict[str, shapely.Geometry]:
        areas, geoms = self.project.admin_geometries(level)
        return {a.pcode: g for a, g in zip(areas, geoms)}

    def level_geometries(self, level: int) -> dict[str, shapely.Geometry]:
        return self._geometries(level)

    def __hash__(self) -> int:
        return id(self)

    def __eq__(self, other: object) -> bool:
        return self is other
