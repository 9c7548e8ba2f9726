"""The service map page works with no network, escapes every text and hides safe houses."""

from __future__ import annotations

import re
import uuid
from pathlib import Path

import folium
import geopandas as gpd
import pytest
import shapely

from mapping.maps import MapService, write_service_map
from mapping.maps.areas import prepare_areas
from mapping.maps.assets import ASSET_DIR
from mapping.maps.offline import asset_urls_in
from mapping.maps.payload import TEXT, build_payload
from mapping.maps.symbols import NEUTRAL, SYMBOLS, resolve_style

XSS = "<script>alert(1)</script>"
SAFE_LAT, SAFE_LON = 23.456789, 90.654321

STYLES = {
    "CM": ("Case management", "#1f77b4", "circle"),
    "PSS": ("Psychosocial support", "#ff7f0e", "square"),
    "SHL": ("Safe shelter", "#9467bd", "hexagon"),
}


def make_boundaries(levels: int = 2) -> dict[int, gpd.GeoDataFrame]:
    """Two districts (level 1), each cut into two (level 2), and again (level 3)."""
    rows = {
        1: [("XX01", "North", shapely.box(90, 23, 91, 24)), ("XX02", "South", shapely.box(90, 22, 91, 23))],
        2: [
            ("XX0101", "North-West", shapely.box(90, 23, 90.5, 24)),
            ("XX0102", "North-East", shapely.box(90.5, 23, 91, 24)),
            ("XX0201", "South-West", shapely.box(90, 22, 90.5, 23)),
            ("XX0202", "South-East", shapely.box(90.5, 22, 91, 23)),
        ],
        3: [
            ("XX010201", "Upper NE", shapely.box(90.5, 23.5, 91, 24)),
            ("XX010202", "Lower NE", shapely.box(90.5, 23, 91, 23.5)),
        ],
    }
    return {
        level: gpd.GeoDataFrame(
            {"pcode": [r[0] for r in rows[level]], "name": [r[1] for r in rows[level]]},
            geometry=[r[2] for r in rows[level]],
            crs="EPSG:4326",
        )
        for level in range(1, levels + 1)
    }


def make_services() -> list[MapService]:
    return [
        MapService("svc-xss", XSS, "Org & Partners", ["CM", "PSS"], ["+8801711111111"], "Sun–Thu 9–5", 23.5, 90.2),
        MapService("svc-pss", "Counselling", "Hope NGO", ["PSS"], ["+8801711111112"], "Mon–Fri", 22.4, 90.3),
        MapService("svc-unknown", "Mystery desk", "Org", ["ZZZ"], [], "", 22.6, 90.8),
        MapService(
            "svc-safe",
            "Rose Safe House",
            "Shelter Trust",
            ["SHL"],
            ["+8801799999999"],
            "24/7",
            SAFE_LAT,
            SAFE_LON,
            confidential=True,
            admin_pcodes={1: "XX01", 2: "XX0102"},
        ),
        MapService("svc-nowhere", "No point", "Org", ["CM"], [], "", None, None),
    ]


def many_services(n: int) -> list[MapService]:
    out = []
    for i in range(n):
        code = ("CM", "PSS", "SHL")[i % 3]
        out.append(
            MapService(
                str(uuid.uuid4()),
                f"Service {i}",
                f"Organisation {i % 250}",
                [code],
                [f"+88017{i:08d}"],
                "Sun–Thu 9:00–17:00",
                22.0 + (i * 7919 % 10000) / 10000,
                90.0 + (i * 104729 % 10000) / 10000,
                confidential=(i % 97 == 0),
                admin_pcodes={1: "XX01", 2: "XX0101"},
            )
        )
    return out


@pytest.fixture
def page(tmp_path: Path) -> Path:
    return write_service_map(
        tmp_path / "map.html",
        make_services(),
        make_boundaries(),
        title="Test map <b>",
        type_styles=STYLES,
        labels_level=2,
    )


def test_page_and_assets_are_written(page: Path):
    assets = page.parent / ASSET_DIR
    assert page.is_file()
    for name in (
        "leaflet/leaflet.js",
        "leaflet/leaflet.css",
        "servicemap/servicemap.js",
        "servicemap/servicemap.css",
    ):
        assert (assets / name).is_file(), name
        assert f"{ASSET_DIR}/{name}" in page.read_text(encoding="utf-8")
    assert "markercluster" not in page.read_text(encoding="utf-8")  # servicemap.js clusters the services itself
    for image in re.findall(r"url\((images/[^)]+)\)", (assets / "leaflet/leaflet.css").read_text()):
        assert (assets / "leaflet" / image).is_file(), image


def test_no_remote_url_in_page_or_assets(page: Path):
    assert asset_urls_in(page) == []


def test_no_cdn_or_unneeded_libraries(page: Path):
    text = page.read_text(encoding="utf-8").lower()
    for word in ("cdn", "unpkg", "jsdelivr", "cloudflare", "bootstrap", "awesome", "glyphicon", "jquery"):
        assert word not in text, word


def test_folium_class_lists_are_untouched(page: Path, tmp_path: Path):
    assert any("cdn" in url for _, url in folium.Map.default_js)
    plain = tmp_path / "plain.html"
    folium.Map(tiles=None).save(str(plain))
    assert "jsdelivr" in plain.read_text(encoding="utf-8")


def test_scanner_finds_remote_urls(tmp_path: Path):
    html = tmp_path / "bad.html"
    html.write_text(
        '<script src="https://cdn.example.org/x.js"></script><img src="//cdn.example.org/a.png">'
        '<svg xmlns="http://www.w3.org/2000/svg"></svg>',
        encoding="utf-8",
    )
    (tmp_path / ASSET_DIR).mkdir()
    (tmp_path / ASSET_DIR / "a.css").write_text("/* see http://example.com */ .a{background:url(//x.example.com/i.png)}")
    assert asset_urls_in(html) == [
        "https://cdn.example.org/x.js",
        "//cdn.example.org/a.png",
        "http://example.com",
        "//x.example.com/i.png",
    ]


def test_text_is_escaped(page: Path):
    text = page.read_text(encoding="utf-8")
    assert XSS not in text
    assert "\\u003cscript\\u003ealert(1)\\u003c/script\\u003e" in text  # still there, as data
    assert "<title>Test map &lt;b&gt;</title>" in text
    assert "Org \\u0026 Partners" in text


def test_confidential_service_is_not_at_its_point(page: Path):
    text = page.read_text(encoding="utf-8")
    for value in (SAFE_LAT, SAFE_LON):
        for digits in (6, 5, 4, 3):
            assert f"{value:.{digits}f}" not in text
    for secret in ("Rose Safe House", "Shelter Trust", "+8801799999999", "svc-safe\",\"Rose"):
        assert secret not in text
    assert TEXT["confidential"] in text
    # one marker at the representative point of North-East (XX0102)
    assert '[23.5,90.75,' in text and '"North-East","XX0102"]' in text


def test_confidential_placed_in_the_area_the_policy_allows_and_skipped_without_one():
    """A safe house known down to level 3 is drawn at its level-2 area (the policy's district), not deeper."""
    services = make_services()
    services[3].admin_pcodes = {1: "XX01", 2: "XX0102", 3: "XX010202"}
    services.append(MapService("safe-2", "B", "O", ["SHL"], [], "", 23.1, 90.1, confidential=True, admin_pcodes={1: "NOPE"}))
    payload = build_payload(services, prepare_areas(make_boundaries(3)), STYLES)
    [row] = payload.data["confidential"]
    assert row[:2] == [23.5, 90.75] and row[3:] == [["svc-safe"], "North-East", "XX0102"]
    assert payload.counts.as_dict() == {"shown": 3, "confidential": 1, "confidential_areas": 1, "skipped": 2}


def test_legend_holds_the_types_present(page: Path):
    text = page.read_text(encoding="utf-8")
    payload = build_payload(make_services(), prepare_areas(make_boundaries()), STYLES)
    labels = [payload.data["styles"][i][0] for i in payload.data["legend"]]
    # the first type decides the marker; ZZZ has no style, so it is labelled by its code
    assert labels == ["Case management", "Psychosocial support", "ZZZ", TEXT["confidential_legend"]]
    for label in labels:
        assert label in text
    assert payload.counts.skipped == 1
    assert '"skipped":1' in text


def test_type_styles_fall_back_to_a_grey_circle():
    assert resolve_style("ABC", None).label == "ABC"
    assert resolve_style("ABC", None).colour == NEUTRAL
    bad = resolve_style("X", {"X": ("Label", "red;background:url(x)", "blob")})
    assert (bad.label, bad.colour, bad.symbol) == ("Label", NEUTRAL, "circle")


def test_symbol_paths_pass_the_page_check():
    js_path = re.compile(r"^[MLHVCSQTAZmlhvcsqtaz0-9.,\s-]+$")  # PATH in servicemap.js
    for name, path in SYMBOLS.items():
        assert js_path.match(path), name


def test_deepest_level_starts_hidden(tmp_path: Path):
    out = write_service_map(tmp_path / "m.html", make_services(), make_boundaries(3))
    text = out.read_text(encoding="utf-8")
    layers = re.findall(r"var (admin_areas_\w+) = ServiceMapKit\.areaLayer", text)
    assert len(layers) == 3
    assert [f"{name}.addTo(" in text for name in layers] == [True, True, False]


def test_without_boundaries_the_map_fits_the_services(tmp_path: Path):
    out = write_service_map(tmp_path / "m.html", make_services(), {})
    text = out.read_text(encoding="utf-8")
    assert re.search(r"ServiceMapKit\.publish\([^)]*\[\[22\.4,90\.2\],\[23\.5,90\.8\]\]\s*\)", text)
    assert '"confidential":[]' in text  # no area to place the safe house in: left out
    assert asset_urls_in(out) == []


def test_twenty_thousand_services(tmp_path: Path):
    services = many_services(20_000)
    out = write_service_map(tmp_path / "big.html", services, make_boundaries(), type_styles=STYLES)
    size = out.stat().st_size
    assert size < 5_000_000, f"{size / 1e6:.1f} MB"
    assert asset_urls_in(out) == []
    text = out.read_text(encoding="utf-8")
    assert text.count("ServiceMapKit.serviceCluster(") == 1


def test_boundaries_without_the_columns_are_named_in_the_error(tmp_path: Path):
    frame = make_boundaries(1)[1].rename(columns={"pcode": "adm1_pcode"})
    with pytest.raises(ValueError, match="level 1 .* pcode"):
        write_service_map(tmp_path / "m.html", make_services(), {1: frame})
