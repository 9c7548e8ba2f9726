"""Placing many points in their admin areas gives what asking each point which area holds it gives."""

from __future__ import annotations

import random
from pathlib import Path

import shapely

from directory.model import AdminArea
from directory.store import Project

DEMO = Path(__file__).resolve().parents[1] / "resources" / "demo"


def _each_point_asked(project: Project, lons, lats) -> list[dict[int, str]]:
    found: list[dict[int, str]] = [{} for _ in lons]
    for level in project.admin_levels():
        areas, polygons = project.admin_geometries(level)
        for i, (lon, lat) in enumerate(zip(lons, lats)):
            point = shapely.Point(lon, lat)
            inside = [a.pcode for a, poly in zip(areas, polygons) if poly is not None and poly.contains(point)]
            if inside:
                found[i][level] = inside[0]
    return found


def test_points_anywhere_get_the_areas_that_hold_them(tmp_path):
    """Random points over the demo's real upazilas, points on their outlines (in no area) and points
    outside the country."""
    from importers.boundaries import read_boundaries

    boundaries = read_boundaries([DEMO / f"bgd_adm{n}.geojson" for n in (1, 2, 3)])
    project = Project.create(tmp_path / "p.gpkg", country="BGD")
    with project.change("test", "boundaries"):
        for number, layer in boundaries.levels.items():
            project.replace_admin_level(number, layer.areas, layer.geometries)
    rng = random.Random(3)
    lons = [91.5 + rng.random() * 1.0 for _ in range(400)] + [88.0, 0.0]
    lats = [21.0 + rng.random() * 2.0 for _ in range(400)] + [26.0, 0.0]
    _, upazilas = project.admin_geometries(3)
    for poly in upazilas[:20]:  # vertices of the outlines: on an edge, so within no area
        x, y = shapely.get_coordinates(poly)[0]
        lons.append(float(x))
        lats.append(float(y))
    found = project.areas_at(lons, lats)
    assert found == _each_point_asked(project, lons, lats)
    assert sum(1 for f in found if len(f) == 3) > 100 and found[-21] == {}  # most placed; (0, 0) nowhere
    assert project.areas_at([], []) == []


def test_a_point_in_two_overlapping_areas_gets_the_first(tmp_path):
    project = Project.create(tmp_path / "p.gpkg", country="BGD")
    with project.change("test", "overlapping areas"):
        project.replace_admin_level(1, [AdminArea("A", "First", 1), AdminArea("B", "Second", 1)],
                                    [shapely.box(0, 0, 2, 2), shapely.box(1, 1, 3, 3)])
    assert project.areas_at([1.5, 0.5, 2.5], [1.5, 0.5, 2.5]) == [{1: "A"}, {1: "A"}, {1: "B"}]
