"""Boundaries kept at the detail maps draw: the outline text, the tiers, and the project's copy."""

from __future__ import annotations

import sqlite3

import geopandas as gpd
import numpy as np
import pytest
import shapely

import resources
from directory import boundary_detail, outline_codec, schema
from directory.model import AdminArea
from directory.store import Project
from mapping.maps.areas import prepare_areas


def demo_level(level: int) -> gpd.GeoDataFrame:
    frame = gpd.read_file(resources.path(f"demo/bgd_adm{level}.geojson"))
    return frame.sort_values(f"adm{level}_pcode").reset_index(drop=True)


def detailed(geoms, rounds: int = 3, wiggle: float = 1e-5) -> np.ndarray:
    """Boundaries traced finely: every segment halved ``rounds`` times, each new vertex moved a
    little by a function of where it is. A midpoint is the same whichever way a shared edge is
    walked, so neighbours still share their edges exactly (a valid coverage stays one)."""

    def ring(coords: np.ndarray) -> np.ndarray:
        for _ in range(rounds):
            mids = (coords[:-1] + coords[1:]) / 2
            mids = mids + wiggle * np.sin(mids[:, ::-1] * 7919.0)
            both = np.empty((len(coords) + len(mids), 2))
            both[0::2], both[1::2] = coords, mids
            coords = both
        return coords

    def polygon(p):
        return shapely.Polygon(ring(np.asarray(p.exterior.coords)), [ring(np.asarray(r.coords)) for r in p.interiors])

    return np.array([shapely.MultiPolygon([polygon(p) for p in shapely.get_parts(g)]) for g in geoms], dtype=object)


def holes(geom) -> int:
    return sum(len(p.interiors) for p in shapely.get_parts(geom))


def test_outlines_read_back_as_the_polygons_on_their_grid():
    holed = shapely.box(0, 0, 1, 1).difference(shapely.box(0.2, 0.2, 0.4, 0.4))
    two = shapely.MultiPolygon([shapely.box(2, 2, 3, 3), shapely.box(-1.5, -1.5, -1, -1)])
    texts = outline_codec.encode([holed, None, two, shapely.Polygon()], 0.01)
    assert texts[1] == texts[3] == ""
    assert set("".join(texts)) <= set(outline_codec.ALPHABET.decode() + ",;")  # safe in JSON, HTML and templates
    back = outline_codec.decode(texts, 0.01)
    assert back[1] is None and back[3] is None
    assert shapely.equals(back[0], holed) and shapely.equals(back[2], two)
    assert len(back[0].geoms[0].interiors) == 1 and len(back[2].geoms) == 2


def test_outlines_of_a_real_level_come_back_within_half_a_grid_step():
    geoms = demo_level(3).geometry.values
    texts = outline_codec.encode(geoms, 1e-5)
    back = outline_codec.decode(texts, 1e-5)
    assert max(shapely.hausdorff_distance(back, np.asarray(geoms))) < 1e-5
    assert sum(map(len, texts)) < sum(map(len, shapely.to_geojson(np.asarray(geoms)))) / 4


def test_each_tier_keeps_neighbours_edge_to_edge_and_stays_near_the_full_boundary():
    geoms = detailed(demo_level(2).geometry.values, rounds=2)
    out = boundary_detail.outlines(geoms)
    assert list(out) == [t.column for t in boundary_detail.TIERS]
    sizes = []
    for tier in boundary_detail.TIERS:
        drawn = boundary_detail.drawn(out[tier.column], tier)
        assert shapely.coverage_is_valid(drawn)  # no overlap, no edge that only one neighbour has
        assert holes(shapely.union_all(drawn)) <= holes(shapely.union_all(geoms))  # no sliver between neighbours
        # GEOS simplifies coverages by area (Visvalingam-Whyatt): at most about two pixels off
        # at the deepest zoom of the tier, one at the zoom before it.
        assert max(shapely.hausdorff_distance(drawn[::8], geoms[::8])) < 2.5 * tier.pixel  # (a sample: it is slow)
        sizes.append(sum(map(len, out[tier.column])))
    assert sizes == sorted(sizes) and sizes[0] < sizes[-1] / 5  # coarse tiers are far smaller


def test_boundaries_that_are_not_a_coverage_are_simplified_one_by_one():
    overlapping = detailed([shapely.box(0, 0, 1, 1), shapely.box(0.5, 0.5, 1.5, 1.5)], rounds=8)
    assert not shapely.coverage_is_valid(overlapping)
    out = boundary_detail.outlines(overlapping)
    tier = boundary_detail.TIERS[0]
    drawn = boundary_detail.drawn(out[tier.column], tier)
    assert max(shapely.hausdorff_distance(drawn, overlapping)) < 2.5 * tier.pixel


@pytest.mark.parametrize(("zoom", "tier"), [(3, 7), (7, 7), (7.25, 9), (9, 9), (10, 11), (12, 13), (18, 13)])
def test_a_map_draws_the_first_tier_deep_enough_for_its_zoom(zoom, tier):
    assert boundary_detail.tier_for_zoom(zoom).zoom == tier


def test_a_print_map_draws_the_coarsest_tier_finer_than_its_dots():
    assert boundary_detail.tier_for_resolution(0.02).zoom == 7
    assert boundary_detail.tier_for_resolution(boundary_detail.Tier(9).pixel * 1.01).zoom == 9
    assert boundary_detail.tier_for_resolution(1e-6).zoom == 13


def _areas(frame: gpd.GeoDataFrame, level: int) -> list[AdminArea]:
    return [AdminArea(p, n, level, None, [], "") for p, n in zip(frame[f"adm{level}_pcode"], frame[f"adm{level}_name"])]


def test_the_project_keeps_outlines_for_every_level_and_rebuilds_them_with_the_boundaries(tmp_path):
    frame = demo_level(2)
    with Project.create(tmp_path / "p.gpkg") as project:
        with project.change("boundaries"):
            project.replace_admin_level(2, _areas(frame, 2), list(frame.geometry))
        first = project.admin_outlines(2)
        areas, geoms = project.admin_geometries(2)
        assert list(first) == sorted(t.column for t in boundary_detail.TIERS)
        assert first == {k: v for k, v in boundary_detail.outlines(geoms).items()}  # in P-code order
        moved = [shapely.affinity.translate(g, 0.1, 0) for g in frame.geometry]
        with project.change("boundaries"):
            project.replace_admin_level(2, _areas(frame, 2), moved)
        second = project.admin_outlines(2)
        tier = boundary_detail.TIERS[0]
        shift = shapely.get_x(shapely.centroid(boundary_detail.drawn(second[tier.column], tier))) - shapely.get_x(
            shapely.centroid(boundary_detail.drawn(first[tier.column], tier))
        )
        assert np.allclose(shift, 0.1, atol=0.01)


def test_a_project_from_before_the_outlines_gets_them_when_opened(tmp_path):
    frame = demo_level(1)
    path = tmp_path / "old.gpkg"
    with Project.create(path, _version=schema.MIGRATIONS.index(schema._v8_admin_outlines)) as old:
        with old.change("boundaries"):
            schema.create_admin_table(old.connection, 1)
            old.connection.executemany(
                "INSERT INTO admin_1 (geom, pcode, name) VALUES (?, ?, ?)",
                [(schema.gpkg.to_blob(shapely.MultiPolygon([g]) if g.geom_type == "Polygon" else g), p, n)
                 for p, n, g in zip(frame["adm1_pcode"], frame["adm1_name"], frame.geometry)],
            )  # fmt: skip
    with sqlite3.connect(path) as conn:
        assert not conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'sm_admin_outlines'").fetchall()
    with Project.open(path) as project:
        assert project.schema_version == schema.SCHEMA_VERSION
        outlines = project.admin_outlines(1)
        assert len(outlines) == len(boundary_detail.TIERS)
        assert all(len(texts) == 8 and all(texts) for texts in outlines.values())


def test_the_page_carries_outlines_whose_size_follows_the_zoom_not_the_source():
    frame = demo_level(3).rename(columns={"adm3_pcode": "pcode", "adm3_name": "name"})
    plain = prepare_areas({3: frame}).outlines[3]
    dense = prepare_areas({3: frame.set_geometry(detailed(frame.geometry.values))}).outlines[3]
    coarse = [sum(map(len, plain["outlines"][0])), sum(map(len, dense["outlines"][0]))]
    assert coarse[1] < coarse[0] * 1.3  # eight times the vertices, about the same outline at zoom 7
    assert [a[0] for a in plain["areas"]] == list(frame["pcode"].astype(str))
    assert [t[0] for t in plain["tiers"]] == [t.zoom for t in boundary_detail.TIERS]
