"""Printed pathways: the PDF's text holds the right services and numbers and nothing hidden;
Bengali and Arabic pages are drawn with their own fonts. The CLI prints in a subprocess,
offscreen, as a user's command would."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

from tests.pathway_fixtures import OLD, SAFE_HOUSE_ADDRESS, SAFE_HOUSE_SITE, pathway_project

REPO = Path(__file__).resolve().parents[1]
pytestmark = [
    pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="needs poppler-utils (pdftoppm, pdffonts)"),
    pytest.mark.slow,
]


def _cli(*args: str) -> subprocess.CompletedProcess:
    code = "import sys; from desktop.cli import main; sys.exit(main(sys.argv[1:]))"
    return subprocess.run([sys.executable, "-c", code, *args], cwd=REPO, capture_output=True, text=True, timeout=300)


def _text(pdf: Path) -> list[str]:
    from pypdf import PdfReader

    return [unicodedata.normalize("NFKC", page.extract_text()) for page in PdfReader(pdf).pages]


@pytest.fixture(scope="module")
def printed(tmp_path_factory):
    """One combined English PDF (two districts), and one page each in Bengali and Arabic."""
    tmp = tmp_path_factory.mktemp("pathways")
    project = pathway_project(tmp / "p.gpkg")
    project.close()
    out = {}
    for name, args in {
        "en": ["--area", "BDX01", "BDX03", "--maps", "svg"],
        "bn": ["--area", "BDX01", "--lang", "bn", "--concern", "gbv", "--paper", "Letter"],
        "ar": ["--area", "BDX01", "--lang", "ar", "--concern", "child_marriage"],
    }.items():
        target = tmp / f"{name}.pdf"
        result = _cli("pathways", str(tmp / "p.gpkg"), *args, "--out", str(target))
        assert result.returncode == 0, result.stderr
        out[name] = target
    per_area = tmp / "areas"
    result = _cli("pathways", str(tmp / "p.gpkg"), "--all", "--format", "pdf", "--out", str(per_area))
    assert result.returncode == 0, result.stderr
    out["folder"] = per_area
    return out


def test_pdf_text_has_the_areas_services_and_numbers(printed):
    pages = _text(printed["en"])
    assert len(pages) == 3  # contents, Alpha, Charlie
    assert "Contents" in pages[0] and "Alpha" in pages[0] and "Charlie" in pages[0]
    alpha, charlie = pages[1], pages[2]
    for expected in ("Alpha case management", "Alpha clinic", "Border clinic", "Division helpline",
                     "01700-555101", "01700-555102", "01700-555201", "1098", "999"):
        assert expected in alpha, expected
    for absent in ("Bravo far case management", "Charlie legal aid", "Closed clinic", "01700-555202"):
        assert absent not in alpha
    assert "Charlie legal aid" in charlie and "Alpha clinic" not in charlie and "Border clinic" not in charlie


def test_pdf_never_shows_where_the_safe_house_is(printed):
    for pdf in (printed["en"], printed["bn"], printed["ar"], *printed["folder"].glob("*.pdf")):
        text = "\n".join(_text(pdf))
        for secret in (SAFE_HOUSE_ADDRESS, SAFE_HOUSE_SITE, "Hidden shelter", "90.11"):
            assert secret not in text, (pdf.name, secret)
    alpha = _text(printed["en"])[1]
    assert "Safe shelter" in alpha and "01700-555199" in alpha and "Through the case manager only" in alpha


def test_pdf_marks_stale_services_and_counts_them(printed):
    alpha = re.sub(r"\s+", " ", _text(printed["en"])[1])
    assert f"NOT VERIFIED SINCE {OLD}" in alpha
    assert "NEVER VERIFIED" in alpha
    assert "2 of 5 services not verified in the last 6 months" in alpha
    assert "Data of" in alpha and "Printed" in alpha and "consent" in alpha


def test_one_pdf_per_area_in_a_folder(printed):
    files = sorted(p.name for p in printed["folder"].glob("*.pdf"))
    assert files == ["BDX01-alpha-general-en.pdf", "BDX02-bravo-general-en.pdf", "BDX03-charlie-general-en.pdf"]
    assert all(len(_text(printed["folder"] / f)) == 1 for f in files)


def _ink(png: Path) -> float:
    from PIL import Image

    image = Image.open(png).convert("L")
    dark = sum(image.histogram()[:128])
    return dark / (image.width * image.height)


@pytest.mark.parametrize("lang", ["bn", "ar"])
def test_bengali_and_arabic_pages_are_drawn_with_their_fonts(printed, tmp_path, lang):
    pdf = printed[lang]
    if lang == "bn":
        fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
        assert "HindSiliguri" in fonts  # the packaged Bengali font is embedded: no missing-glyph boxes
    else:
        # Noto Sans Arabic is a variable font, which Chromium embeds as Type 3 glyphs without a
        # name; the glyphs still map back to Arabic letters.
        text = "".join(_text(pdf))
        assert sum(1 for c in text if "\u0600" <= c <= "\u06ff") > 200
    subprocess.run(["pdftoppm", "-r", "40", "-png", str(pdf), str(tmp_path / lang)], check=True)
    page = sorted(tmp_path.glob(f"{lang}*.png"))[0]
    from PIL import Image

    image = Image.open(page)
    w, h = image.size
    header = image.crop((0, 0, w, h // 7))  # the title, the concern and the emergency numbers
    header.save(tmp_path / "header.png")
    assert _ink(tmp_path / "header.png") > 0.02
    assert _ink(page) > 0.02


def test_pathway_html_asks_for_no_web_address(tmp_path):
    from pathways.build import build_pathways
    from pathways.html import document

    project = pathway_project(tmp_path / "p.gpkg")
    with project:
        html = document(build_pathways(project, ["BDX01"], maps="svg"))
    urls = re.findall(r"(?:src|href|url)\s*[=(]\s*['\"]?([^'\")\s>]+)", html)
    assert urls and all(u.startswith(("file:", "data:", "#")) for u in urls), urls
    assert not re.search(r"https?://(?!www\.w3\.org/2000/svg)", html)


def test_cli_user_errors_are_one_line(tmp_path):
    project = pathway_project(tmp_path / "p.gpkg")
    project.close()
    result = _cli("pathways", str(tmp_path / "p.gpkg"), "--area", "BDX77", "--format", "csv", "--out", str(tmp_path / "x.csv"))
    assert result.returncode == 2 and "BDX77" in result.stderr and "Traceback" not in result.stderr
    result = _cli("pathways", str(tmp_path / "p.gpkg"), "--all", "--lang", "sw", "--out", str(tmp_path))
    assert result.returncode == 2 and "available: en, fr, es, ar, bn" in result.stderr
    listed = _cli("pathways", str(tmp_path / "p.gpkg"), "--list-areas")
    assert listed.returncode == 0 and "BDX01\tAlpha" in listed.stdout


def test_text_formats_run_without_qt(tmp_path):
    from tests.test_layering import BLOCK_QT

    project = pathway_project(tmp_path / "p.gpkg")
    project.close()
    code = BLOCK_QT + "import sys; from desktop.cli import main; sys.exit(main(sys.argv[1:]))"
    for fmt, name in (("csv", "a.csv"), ("sms", "a.txt"), ("docx", "a.docx"), ("html", "a.html")):
        result = subprocess.run([sys.executable, "-c", code, "pathways", str(tmp_path / "p.gpkg"), "--area", "BDX01",
                                 "--format", fmt, "--out", str(tmp_path / name)], cwd=REPO, capture_output=True, text=True)
        assert result.returncode == 0, result.stderr
    assert "1098" in (tmp_path / "a.txt").read_text(encoding="utf-8")
    assert 'contenteditable="true"' in (tmp_path / "a.html").read_text(encoding="utf-8")
