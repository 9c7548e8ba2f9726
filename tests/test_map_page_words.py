"""The map pages speak the user's language and bring their own Bengali and Arabic fonts.

Every word the service map and the gap map show comes from the ``text`` the caller passes (the
desktop passes its translations); no English word is left when all are given. Both pages load
the bundled Bengali and Arabic fonts from their asset folder, for those scripts only.
"""

from __future__ import annotations

import json
import re

import shapely

from mapping.coverage.overlay import TEXT as GAP_TEXT
from mapping.coverage.overlay import write_gap_map
from mapping.maps import MapService, write_service_map
from mapping.maps.assets import ASSET_DIR, FONTS_CSS
from mapping.maps.payload import TEXT as MAP_TEXT
from mapping.maps.single_file import fold_into_one_file
from resources.fonts import WEB_FAMILIES, script_fonts
from tests.test_maps_offline import make_boundaries


def _marked(words: dict[str, str]) -> dict[str, str]:
    """Each word replaced by a marker (its key's number), its placeholders kept: what a translation looks like."""
    return {k: f"«{i}»" + "".join(re.findall(r"\{\w+\}", v)) for i, (k, v) in enumerate(words.items())}


def _mark(words: dict[str, str], key: str) -> str:
    return f"«{list(words).index(key)}»"


def _english_left(page_text: str, words: dict[str, str]) -> list[str]:
    """The English words still on the page (JSON keys such as "rank": and script names such as
    T.rank are names, not words shown)."""
    shown = re.sub(r'"\w+"\s*:|\.\w+', "", page_text)
    bare = {v: re.escape(re.sub(r"\{\w+\}", "", v).strip()) for v in words.values()}
    return [v for v, word in bare.items() if re.search(r"\b" + word + r"\b", shown)]


def _service_map(tmp_path, text=None, level_names=None):
    services = [MapService("a", "Clinic", "Org", ["CM"], ["+8801711111111"], "Sun–Thu", 23.5, 90.2),
                MapService("b", "Desk", "Org", [], [], "", 22.5, 90.2),
                MapService("c", "Shelter", "Org", ["SHL"], [], "", 23.4, 90.4, confidential=True, admin_pcodes={1: "XX01"}),
                MapService("d", "Nowhere", "Org", ["CM"], [], "", None, None)]
    return write_service_map(tmp_path / "map.html", services, make_boundaries(3), labels_level=2, text=text,
                             level_names=level_names, type_styles={"CM": ("কেস ব্যবস্থাপনা", "#1f77b4", "circle")})


def test_every_word_of_the_service_map_comes_from_the_translation(tmp_path):
    english = _service_map(tmp_path / "en").read_text(encoding="utf-8")
    assert _english_left(english, {k: MAP_TEXT[k] for k in ("services_layer", "labels_layer", "level_layer")})  # test of the test
    page = _service_map(tmp_path / "bn", _marked(MAP_TEXT), {1: "বিভাগ", 2: "জেলা"}).read_text(encoding="utf-8")
    assert _english_left(page, MAP_TEXT) == []
    keys = ("services_layer", "labels_layer", "legend_title", "untyped", "confidential_legend", "skipped_one")
    for shown in [_mark(MAP_TEXT, k) for k in keys] + ["বিভাগ", "জেলা", _mark(MAP_TEXT, "level_layer") + "3"]:
        assert shown in page or json.dumps(shown) in page, shown  # folium writes the layer names \u-escaped


def test_every_word_of_the_gap_map_comes_from_the_translation(tmp_path):
    rows = [{"pcode": "XX01", "name": "North", "pct_covered": 40.0, "uncovered": 600, "analysed": 1000, "rank": 1}]
    polygons = {"XX01": shapely.box(90, 23, 91, 24)}
    english = write_gap_map(tmp_path / "en.html", rows, polygons, within="10 km").read_text(encoding="utf-8")
    assert _english_left(english, GAP_TEXT)  # test of the test
    words = {**_marked(GAP_TEXT), "children": "শিশু"}
    page = write_gap_map(tmp_path / "bn.html", rows, polygons, within="10 km", text=words).read_text(encoding="utf-8")
    assert _english_left(page, GAP_TEXT) == []
    assert '"kind": "শিশু"' in page and _mark(GAP_TEXT, "pct_title") in page


def test_both_pages_load_the_bundled_bengali_and_arabic_fonts(tmp_path):
    fonts = script_fonts()
    assert {f.family for f in fonts} == {"Hind Siliguri", "Noto Sans Arabic"}
    rows = [{"pcode": "XX01", "name": "North", "pct_covered": 40.0, "uncovered": 600, "analysed": 1000, "rank": 1}]
    for page in (_service_map(tmp_path / "map"), write_gap_map(tmp_path / "gap" / "gap.html", rows, {})):
        html = page.read_text(encoding="utf-8")
        assert f'{ASSET_DIR}/{FONTS_CSS}' in html
        used = re.sub(r"@font-face \{[^}]*\}", "", html + _css(page))  # the families the page's text is set in
        assert all(family in used for family in WEB_FAMILIES.values())
        css = (page.parent / ASSET_DIR / FONTS_CSS).read_text(encoding="utf-8")
        urls = re.findall(r"url\('([^']+)'\)", css)
        assert {u.rsplit("/", 1)[-1][:8] for u in urls} == {"HindSili", "NotoSans"} and "U+0980-09FE" in css and "U+0600-06FF" in css
        assert len(urls) == len(fonts)
        assert all((page.parent / ASSET_DIR / "servicemap" / u).resolve().stat().st_size > 100_000 for u in urls)
    # The one-file page carries the fonts of the scripts its text uses: this one has Bengali only.
    single = fold_into_one_file(tmp_path / "map" / "map.html").read_text(encoding="utf-8")
    bengali = [f for f in fonts if f.family == "Hind Siliguri"]
    assert single.count("url(data:font/ttf;base64,") == len(bengali) > 0 and "U+0600-06FF" not in single
    arabic = _service_map(tmp_path / "ar", level_names={1: "محافظة"})  # only in a layer name, which folium \u-escapes
    assert fold_into_one_file(arabic).read_text(encoding="utf-8").count("url(data:font/ttf;base64,") == len(fonts)
    latin = write_service_map(tmp_path / "en" / "map.html", [], make_boundaries(1))
    assert "data:font/ttf" not in fold_into_one_file(latin).read_text(encoding="utf-8")


def _css(page) -> str:
    return "".join(p.read_text(encoding="utf-8") for p in (page.parent / ASSET_DIR).rglob("*.css"))


def test_a_level_the_project_never_named_is_named_in_the_pages_language():
    """Tryout 3, finding 13: a project made without level names printed "CIRCUIT DE RÉFÉRENCEMENT · ADMIN
    LEVEL 3" in French, and the French map's layer list said "Admin level 1"."""
    from directory.names import level_name

    assert level_name("Admin level 3", "fr") == "Niveau administratif 3"
    assert level_name("Admin level 12", "ar") == "المستوى الإداري 12"
    assert level_name("Admin level 3", "en") == "Admin level 3"
    assert level_name("Admin levels 3", "fr") == "Admin levels 3"  # not the store's words: as written
    assert level_name("District", "es") == "Distrito"
