"""The printed pathway stands on its own: every service is on paper (the page, then its full
list), languages and areas are named in the page's language, and the header names the area."""

from __future__ import annotations

import re
import shutil

import pytest

from directory.names import language_name, level_name
from pathways.build import build_pathways
from pathways.html import document
from pathways.texts import LANGUAGES
from tests.pathway_fixtures import CROWD, crowded_pathway_project, pathway_project


@pytest.fixture(scope="module")
def crowded(tmp_path_factory):
    project = crowded_pathway_project(tmp_path_factory.mktemp("crowded") / "p.gpkg")
    yield project
    project.close()


def _health(pathway):
    return next(s for s in pathway.steps if s.key == "health")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_service_is_printed_and_no_file_is_referred_to(crowded, lang):
    (rendered,) = build_pathways(crowded, ["BDX01"], "general", lang, maps="none")
    health = _health(rendered.pathway)
    assert health.more > 0 and len(health.all_entries) == len(health.entries) + health.more
    html = document([rendered])
    for name in CROWD:
        assert name in html, name  # on the page or on its full list
    assert "CSV" not in html and ".csv" not in html.lower()
    page, full_list = html.split('<section class="pathway full-list"', 1)
    t = rendered.pathway.texts
    assert t.get("labels.more_services", n=health.more) in page
    assert t.get("labels.full_list") in full_list
    shown_on_page = {e.service for e in health.entries}
    for name in shown_on_page:
        assert name not in full_list  # listed once: the full list continues the page
    assert {e.service for e in health.rest} == set(CROWD + ["Alpha clinic", "Border clinic"]) - shown_on_page


def test_a_pathway_that_fits_has_no_full_list(tmp_path):
    with pathway_project(tmp_path / "p.gpkg") as project:
        (rendered,) = build_pathways(project, ["BDX01"], maps="none")
    assert not rendered.pathway.full_list
    assert "full-list" not in document([rendered]).split("<body>", 1)[1]


@pytest.mark.parametrize("lang, rohingya, kokborok, bangla", [
    ("en", "Rohingya", "Kokborok (Tripuri)", "Bangla"),
    ("fr", "rohingya", "kokborok (tripuri)", "bengali"),
    ("es", "rohinyá", "kokborok (tripuri)", "bengalí"),
    ("ar", "الروهينغية", "الكوكبوروك", "البنغالية"),
    ("bn", "রোহিঙ্গা", "ককবরক (ত্রিপুরা)", "বাংলা"),
])
def test_languages_are_printed_by_their_names_in_the_page_language(crowded, lang, rohingya, kokborok, bangla):
    assert (language_name("rhg", lang), language_name("trp", lang), language_name("bn", lang)) == (rohingya, kokborok, bangla)
    (rendered,) = build_pathways(crowded, ["BDX01"], "general", lang, maps="none")
    post = next(e for e in _health(rendered.pathway).all_entries if e.service in CROWD)
    assert post.languages == [rohingya, kokborok]
    assert re.search(rf"{re.escape(rohingya)}\s*[,،]\s*{re.escape(kokborok)}", document([rendered]))


def test_every_language_the_importer_knows_has_a_name_in_every_page_language():
    from importers.values import _LANGUAGES

    for code in sorted(set(_LANGUAGES.values())):
        for lang in LANGUAGES:
            assert language_name(code, lang) not in ("", code), (code, lang)
    assert language_name("Bangla (Chittagonian)", "fr") == "Bangla (Chittagonian)"  # as typed, when not a code


def test_the_header_names_the_area_in_the_page_language_with_the_pcode_small(crowded):
    (bn,) = build_pathways(crowded, ["BDX01"], "general", "bn", maps="none")
    (fr,) = build_pathways(crowded, ["BDX01"], "general", "fr", maps="none")
    assert bn.pathway.area_name == "আলফা" and bn.pathway.area_path == ["বিভাগ এক্স", "আলফা"]
    assert fr.pathway.area_name == "Alpha" and fr.pathway.area_path == ["Division X", "Alpha"]  # no French name: as named
    assert (bn.pathway.level_name, fr.pathway.level_name) == ("জেলা", "District")
    html = document([bn])
    header = html.split('<header class="top">', 1)[1].split("</header>", 1)[0]
    assert "<h1>আলফা</h1>" in header
    assert re.findall(r"BDX01", header) == ["BDX01"] and '<span class="pcode"><bdi>BDX01</bdi></span>' in header
    assert level_name("Upazila", "bn") == "উপজেলা" and level_name("Ward 7 zone", "bn") == "Ward 7 zone"


needs_poppler = pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="needs poppler-utils (pdftoppm)")


@needs_poppler
@pytest.mark.slow
def test_the_printed_full_list_follows_its_page_and_the_contents_count_it(tmp_path):
    from tests.test_pathways_pdf import _cli, _text

    crowded_pathway_project(tmp_path / "p.gpkg").close()
    out = tmp_path / "two.pdf"
    result = _cli("pathways", str(tmp_path / "p.gpkg"), "--area", "BDX01", "BDX03", "--maps", "svg", "--out", str(out))
    assert result.returncode == 0, result.stderr
    pages = [re.sub(r"\s+", " ", p) for p in _text(out)]
    assert len(pages) == 4  # contents, Alpha, Alpha's full list, Charlie
    assert "see the full list on the next page" in pages[1] and "FULL LIST" in pages[2] and "Charlie" in pages[3]
    assert all(name in pages[1] + pages[2] for name in CROWD)
    # the contents give Alpha page 2 and Charlie page 4, counting the full list (the page numbers float
    # to the end of their lines, and the PDF's text gives them first)
    assert pages[0].startswith("2 4 ") and "1. Alpha BDX01 2. Charlie BDX03" in pages[0]
    assert "CSV" not in " ".join(pages)

