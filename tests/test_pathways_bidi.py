"""English names and values on an Arabic pathway page (FINDINGS_2 item 9).

A left-to-right run that wraps inside a right-to-left line is ordered line by line by the bidi
algorithm: its first words end up at the left end of one line, the rest at the right end of the
next, with the fact's label and the following fields between them ("Free of" … "charge").
Each such run is now one box. The check is on the printed PDF: the words' positions as
``pdftotext -bbox`` reports them."""

from __future__ import annotations

import html
import re
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from tests.pathway_fixtures import RECENT, pathway_project

REPO = Path(__file__).resolve().parents[1]

#: Longer than a column's line: each must wrap. Every word occurs once on the page.
LONG_SERVICE = ("Adolescent girls' casework with home visits, escorted hospital appointments, peer circles "
                "plus school reintegration support")
LONG_REFERRAL = ("Telephone Rahima Begum beforehand; bring your written referral slip alongside identity "
                 "papers on Monday or Wednesday mornings")


def _project(path: Path):
    from directory.model import Contact, Organisation, Phone, Service, Site

    project = pathway_project(path)
    with project.change("test", "a service with a long English name and referral route"):
        org = Organisation("Riverside Girls Collective")
        project.save_organisation(org)
        site = Site("Riverside office", latitude=22.22, longitude=90.22, admin_pcodes={1: "BDX", 2: "BDX01"},
                    location_source="coordinates")
        service = Service(LONG_SERVICE, org.id, ["case_management"], schedule_text="Sun–Thu 9:00–17:00",
                          assured_date=date.fromisoformat(RECENT), free_of_charge=True, referral_method=LONG_REFERRAL,
                          contacts=[Contact("Focal", phones=[Phone("+8801700555777")])], languages=["bn", "en"])
        project.save_site(site)
        project.save_service(service)
        project.link(service.id, site.id)
    return project


def _pages(pdf: Path) -> list[list[tuple[str, float, float, float, float]]]:
    """Each page's words: (text, x0, y0, x1, y1) in points, y down."""
    out = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    pages = []
    for page in out.split("<page ")[1:]:
        pages.append([(html.unescape(t), float(a), float(b), float(c), float(d)) for a, b, c, d, t in re.findall(
            r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>', page)])
    return pages


def _one_box(pages, phrase: str) -> None:
    """The phrase's words read in order, line by line left to right, and no other word lies
    within the rectangle they cover."""
    tokens = phrase.split()
    page = next((words for words in pages if any(w[0] == tokens[0] for w in words)), None)
    assert page is not None, f"{tokens[0]!r} is not printed"
    found = []
    for token in tokens:
        hits = [w for w in page if w[0] == token]
        assert len(hits) == 1, (token, hits)  # the test's words are chosen to be unique on the page
        found.append(hits[0])
    # lines: words whose vertical centres lie within 3 pt (a line is about 8.4 pt)
    centre = lambda w: (w[2] + w[4]) / 2  # noqa: E731
    lines: list[float] = []
    for c in sorted(centre(w) for w in found):
        if not lines or c - lines[-1] > 3:
            lines.append(c)
    line_of = lambda w: min(range(len(lines)), key=lambda i: abs(centre(w) - lines[i]))  # noqa: E731
    read = [w[0] for w in sorted(found, key=lambda w: (line_of(w), w[1]))]
    assert read == tokens, f"reads {' '.join(read)!r}"
    x0, y0 = min(w[1] for w in found) + 0.5, min(w[2] for w in found) + 0.5
    x1, y1 = max(w[3] for w in found) - 0.5, max(w[4] for w in found) - 0.5
    inside = [w[0] for w in page if w not in found and x0 < (w[1] + w[3]) / 2 < x1 and y0 < centre(w) < y1]
    assert not inside, f"{inside} printed among the words of {phrase!r}"


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils (pdftotext)")
def test_arabic_page_keeps_a_wrapped_english_name_and_value_in_one_piece(tmp_path):
    _project(tmp_path / "p.gpkg").close()
    pdf = tmp_path / "ar.pdf"
    code = "import sys; from desktop.cli import main; sys.exit(main(sys.argv[1:]))"
    result = subprocess.run([sys.executable, "-c", code, "pathways", str(tmp_path / "p.gpkg"), "--area", "BDX01",
                             "--lang", "ar", "--out", str(pdf)], cwd=REPO, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    pages = _pages(pdf)
    assert sum(len(w) for w in pages) > 100
    _one_box(pages, LONG_SERVICE)
    _one_box(pages, LONG_REFERRAL)


def test_only_runs_of_the_other_direction_are_boxed(tmp_path):
    """English on the Arabic page is marked as a run; numbers and the English page are not."""
    from pathways.build import build_pathways
    from pathways.html import document

    with _project(tmp_path / "p.gpkg") as project:
        ar = document(build_pathways(project, ["BDX01"], lang="ar", maps="none"))
        en = document(build_pathways(project, ["BDX01"], maps="none"))
    assert f'<bdi class="run">{html.escape(LONG_SERVICE)}</bdi>' in ar
    assert f'<bdi class="run">{html.escape(LONG_REFERRAL)}</bdi>' in ar
    assert '<bdi class="run">Riverside Girls Collective</bdi>' in ar
    assert "<bdi>01700-555777</bdi>" in ar  # a phone number stays a plain isolate, left to right
    assert 'class="run"' not in en and f"<bdi>{html.escape(LONG_SERVICE)}</bdi>" in en
