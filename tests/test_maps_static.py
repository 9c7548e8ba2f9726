"""Static print maps: PNG and SVG, with title, legend, scale bar and north arrow; no safe house at its point."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from mapping.maps.static import MARKERS, _VERTICES, StaticMapError, _marker, draw_static_map
from mapping.maps.static_layout import plan_static_map
from mapping.maps.symbols import SYMBOLS
from tests.test_maps_offline import SAFE_LAT, SAFE_LON, STYLES, make_boundaries, make_services

pytest.importorskip("matplotlib")


def test_png_has_the_asked_size_and_draws_something(tmp_path):
    import matplotlib.image as mpimg
    import numpy as np

    out = draw_static_map(tmp_path / "map.png", boundaries=make_boundaries(3), services=make_services(),
                          focus_pcode="XX01", title="North", type_styles=STYLES, size_mm=(90, 70), dpi=200)  # fmt: skip
    image = mpimg.imread(out)
    assert image.shape[:2] == (int(70 / 25.4 * 200), int(90 / 25.4 * 200))
    flat = image[..., :3].reshape(-1, 3)
    assert (flat.min(axis=1) < 0.2).mean() > 0.005  # black ink: boundaries, symbols, text
    colours = {tuple(np.round(c, 1)) for c in flat[:: 37]}
    assert len(colours) > 6  # the type colours show


def test_svg_carries_title_legend_scale_and_north(tmp_path):
    out = draw_static_map(tmp_path / "map.svg", boundaries=make_boundaries(2), services=make_services(),
                          title="Services & <partners>", type_styles=STYLES)  # fmt: skip
    text = out.read_text(encoding="utf-8")
    ET.fromstring(text)  # well-formed, the title's markup escaped
    root = ET.fromstring(text)
    ids = {el.get("id") for el in root.iter() if el.get("id")}
    # matplotlib draws text as glyph paths; the groups keep their roles in the ids.
    assert any(i.startswith("legend") for i in ids)
    assert any(i.startswith("text") for i in ids)
    assert "https://" not in text


def test_unknown_area_and_format_are_user_errors(tmp_path):
    with pytest.raises(StaticMapError, match="XX99"):
        draw_static_map(tmp_path / "m.png", boundaries=make_boundaries(2), services=[], focus_pcode="XX99")
    with pytest.raises(StaticMapError, match=r"\.png or \.svg"):
        draw_static_map(tmp_path / "m.jpg", boundaries=make_boundaries(2), services=[])


def test_confidential_services_only_at_their_area_point():
    import geopandas as gpd

    plan = plan_static_map(make_boundaries(2), make_services(), None, STYLES)
    safe = gpd.GeoSeries(gpd.points_from_xy([SAFE_LON], [SAFE_LAT]), crs=4326).to_crs(plan.crs)
    confidential = [g for g in plan.groups if g.style.symbol == "shield"]
    assert len(confidential) == 1 and len(confidential[0].xs) == 1
    for group in plan.groups:
        for x, y in zip(group.xs, group.ys, strict=True):
            assert abs(x - safe.x[0]) > 100 or abs(y - safe.y[0]) > 100, "the safe house is drawn at its point"
    area = make_boundaries(2)[2].set_index("pcode").to_crs(plan.crs).geometry["XX0102"]
    point = gpd.points_from_xy(confidential[0].xs, confidential[0].ys)[0]
    assert area.contains(point)
    assert plan.counts == {"shown": 3, "confidential": 1, "skipped": 1}


def test_focus_keeps_only_the_area_services():
    plan = plan_static_map(make_boundaries(2), make_services(), "XX02", STYLES)
    assert sum(len(g.xs) for g in plan.groups) == 2  # the two services in the south
    assert {g.style.label for g in plan.groups} == {"Psychosocial support", "ZZZ"}


def test_every_taxonomy_symbol_has_its_own_print_shape():
    from directory.taxonomy import SYMBOLS as TAXONOMY_SYMBOLS

    assert set(TAXONOMY_SYMBOLS) <= set(SYMBOLS)
    shapes = [repr(_marker(s)) for s in TAXONOMY_SYMBOLS]
    assert len(set(shapes)) == len(TAXONOMY_SYMBOLS), "two taxonomy symbols print as the same shape"
    assert set(TAXONOMY_SYMBOLS) <= set(MARKERS) | set(_VERTICES) | {"ring"}


def test_dollar_signs_and_markup_in_names_print_as_typed(tmp_path):
    services = make_services()
    services[0].name = "$x^2$ <script>alert(1)</script>"
    styles = dict(STYLES, CM=("Cash $ for $ care", "#1f77b4", "circle"))
    out = draw_static_map(tmp_path / "m.svg", boundaries=make_boundaries(2), services=services,
                          title="Costs in $ and $$", type_styles=styles)  # fmt: skip
    ET.fromstring(out.read_text(encoding="utf-8"))
