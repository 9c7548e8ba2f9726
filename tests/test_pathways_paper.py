"""The printed pathway stands on its own: every service is on paper (the page, then its full
list), languages and areas are named in the page's language, and the header names the area."""

from __future__ import annotations

import re
import shutil
import subprocess

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



def _room_above_boxes(qapp, folder, html: str) -> list[int]:
    """For each "in the area" box on the printed page, the blank pixel rows (at 300 dpi) between its
    top border and the ink of the line above. The boxes are found by printing the page with them
    shown and hidden (same layout) and comparing pixel by pixel; the words inside are marks of
    their own, narrower than a box."""
    import numpy as np
    from PIL import Image
    from scipy import ndimage

    from desktop.pathways.printing import html_to_pdf

    folder.mkdir()
    pictures = []
    for name, extra in (("shown", ""), ("hidden", ".where { visibility: hidden !important; }")):
        pdf = html_to_pdf(html.replace("</style>", extra + "</style>", 1), folder / f"{name}.pdf")
        subprocess.run(["pdftoppm", "-r", "300", "-gray", "-f", "1", "-l", "1", "-png", str(pdf), str(folder / name)],
                       check=True)
        pictures.append(np.asarray(Image.open(next(folder.glob(f"{name}*.png"))).convert("L"), dtype=int))
    labels, _ = ndimage.label(np.abs(pictures[0] - pictures[1]) > 60, structure=np.ones((3, 3)))
    ink = pictures[0] < 100
    room = []
    for rows, cols in ndimage.find_objects(labels):
        if cols.stop - cols.start <= 100:
            continue
        above = np.nonzero(ink[:rows.start, cols.start + 10:cols.stop - 10].any(axis=1))[0]
        room.append(int(rows.start - 1 - above[-1]) if len(above) else rows.start)
    return room


@needs_poppler
@pytest.mark.slow
def test_no_box_runs_into_the_line_above(qapp, tmp_path):
    """An inline box's border does not count in its line's height: the "in the area" box after a
    wrapped name drew its top border through the words above, which printed as underlined
    organisation names. Every box keeps clear of the line above it."""
    with pathway_project(tmp_path / "p.gpkg") as project:
        (rendered,) = build_pathways(project, ["BDX01"], maps="none")
    entries = [e for step in rendered.pathway.steps for e in step.entries if e.where]
    for entry in entries:
        entry.organisation = "Upazila Women Affairs Office (demo)"
        entry.service = "109 helpline information point and referral desk"  # wraps before its box
    html = document([rendered])
    room = _room_above_boxes(qapp, tmp_path / "now", html)
    assert len(room) == len(entries) >= 3 and min(room) >= 2, room  # descenders may come close, never touch
    # the check sees the underline when the boxes are inline again, as they were
    old = _room_above_boxes(qapp, tmp_path / "inline", html.replace("</style>", ".where { display: inline !important; }</style>", 1))
    assert min(old) <= 1, old
