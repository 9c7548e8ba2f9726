"""The interface translations: every .ts is complete and keeps its placeholders, every .qm matches its .ts."""

from __future__ import annotations

import os
import re
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before Qt is imported

from PySide6.QtCore import QCoreApplication, QTranslator  # noqa: E402
from PySide6.QtGui import QKeySequence  # noqa: E402

from desktop.app import install_translators  # noqa: E402

FOLDER = Path(__file__).resolve().parents[1] / "resources" / "translations"
LANGUAGES = ["fr", "es", "ar", "bn"]
TS_FILES = sorted(FOLDER.glob("servicemap_*.ts"))

# The File menu's title, as the code asks for it (MainWindow.tr("&File")), in each language.
FILE_MENU = {"fr": "&Fichier", "es": "&Archivo", "ar": "&ملف", "bn": "ফাইল(&F)"}

# %1 … %99, %n, %L1 (Qt) and {name} (str.format) placeholders.
PLACEHOLDER = re.compile(r"%L?\d{1,2}|%n|\{[^{}]*\}")
FILE_FILTER = re.compile(r"\(\*[^)]*\)")


def language_of(ts: Path) -> str:
    return ts.stem.removeprefix("servicemap_")


def messages(ts: Path):
    """(context, source, disambiguation, translation element) of every live message in ``ts``."""
    root = ET.parse(ts).getroot()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation.get("type") in ("obsolete", "vanished"):
                continue  # kept by lupdate for reference; lrelease leaves them out
            yield name, message.findtext("source"), message.findtext("comment") or "", translation


def texts(translation: ET.Element) -> list[str]:
    """The translated text, or each plural form of it."""
    forms = translation.findall("numerusform")
    return [form.text or "" for form in forms] if forms else [translation.text or ""]


def accelerators(text: str) -> int:
    return len(re.findall(r"&(?!&)", text.replace("&&", "")))


def test_every_language_has_a_ts_and_a_qm():
    assert sorted(language_of(ts) for ts in TS_FILES) == sorted([*LANGUAGES, "en"])
    for ts in TS_FILES:
        assert ts.with_suffix(".qm").is_file(), f"{ts.name} is not compiled: run pyside6-lrelease"


@pytest.mark.parametrize("ts", TS_FILES, ids=language_of)
def test_ts_is_valid_and_names_its_language(ts):
    root = ET.parse(ts).getroot()
    assert root.tag == "TS"
    assert root.get("language", "").split("_")[0] == language_of(ts)
    assert list(messages(ts)), "no messages"


@pytest.mark.parametrize("ts", TS_FILES, ids=language_of)
def test_every_message_is_translated(ts):
    problems = []
    for context, source, _, translation in messages(ts):
        if translation.get("type") == "unfinished":
            problems.append(f"{context}/{source!r}: unfinished")
        elif not all(t.strip() for t in texts(translation)):
            problems.append(f"{context}/{source!r}: empty")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("ts", TS_FILES, ids=language_of)
def test_translations_keep_placeholders_accelerators_and_file_filters(ts):
    problems = []
    for context, source, _, translation in messages(ts):
        for text in texts(translation):
            if Counter(PLACEHOLDER.findall(text)) != Counter(PLACEHOLDER.findall(source)):
                problems.append(f"{context}/{source!r}: placeholders differ in {text!r}")
            if accelerators(text) != accelerators(source):
                problems.append(f"{context}/{source!r}: accelerator (&) lost or doubled in {text!r}")
            if FILE_FILTER.findall(text) != FILE_FILTER.findall(source) or text.count(";;") != source.count(";;"):
                problems.append(f"{context}/{source!r}: file-dialog filter changed in {text!r}")
    assert not problems, "\n".join(problems)


# --- the compiled .qm files, through Qt ----------------------------------------------------


def load_qm(language: str) -> QTranslator:
    translator = QTranslator()
    assert translator.load(f"servicemap_{language}", str(FOLDER)), f"servicemap_{language}.qm does not load"
    return translator


@pytest.mark.parametrize("ts", TS_FILES, ids=language_of)
def test_qm_loads_and_matches_its_ts(qapp, ts):
    """Every translation in the .ts comes out of the .qm: the .qm was compiled from this .ts."""
    translator = load_qm(language_of(ts))
    stale = []
    for context, source, disambiguation, translation in messages(ts):
        if translation.find("numerusform") is not None:
            continue  # plural forms: checked through the .ts above
        got = translator.translate(context, source, disambiguation or None)
        if got != translation.text:
            stale.append(f"{context}/{source!r}: .qm gives {got!r}, .ts has {translation.text!r}")
    assert not stale, "the .qm is older than its .ts; run pyside6-lrelease:\n" + "\n".join(stale)


@pytest.mark.parametrize("language", LANGUAGES)
def test_qm_translates_the_file_menu(qapp, language):
    translator = load_qm(language)
    assert translator.translate("MainWindow", "&File") == FILE_MENU[language]
    assert not QKeySequence(translator.translate("MainWindow", "Ctrl+Q")).isEmpty()


@pytest.fixture
def installed(qapp):
    """install_translators(qapp, language), undone after the test."""
    translators = []

    def install(language: str) -> list:
        translators.extend(install_translators(qapp, language))
        return translators

    yield install
    for translator in translators:
        qapp.removeTranslator(translator)


def test_install_translators_puts_the_interface_in_french(installed):
    assert installed("fr"), "no translator installed for French"
    assert QCoreApplication.translate("MainWindow", "&File") == "&Fichier"
    assert QCoreApplication.translate("MainWindow", "Open project") == "Ouvrir un projet"
    assert QCoreApplication.translate("About", "About ServiceMap") == "À propos de ServiceMap"


def test_install_translators_arabic(installed):
    assert installed("ar")
    assert QCoreApplication.translate("MainWindow", "&File") == "&ملف"


def test_install_translators_unknown_language_stays_english(installed):
    installed("sw")
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"


def test_about_text_is_translated(installed):
    installed("fr")
    assert QCoreApplication.translate("About", "Data credits") == "Sources des données"


def test_table_headers_and_error_texts_are_translated(installed):
    from desktop.curation.services_model import _headers

    installed("fr")
    assert _headers()[5] == "Téléphones"  # the Phones column
    assert QCoreApplication.translate("Errors", "ServiceMap met an unexpected problem: %1") != (
        "ServiceMap met an unexpected problem: %1"
    )


# --- every character has a glyph in the fonts ServiceMap brings (tryout finding 22) --------------------


def bundled_characters() -> set[int]:
    from fontTools.ttLib import TTFont

    from resources.fonts import font_files

    covered: set[int] = set()
    for f in font_files():
        covered |= set(TTFont(str(f.path), lazy=True).getBestCmap())
    return covered


def without_glyph(texts, covered: set[int]) -> dict[str, str]:
    """Each character of ``texts`` no bundled font has (it shows as an empty box where the system has no
    font for it either), with the first text that uses it."""
    found: dict[str, str] = {}
    for text in texts:
        for ch in text:
            if not ch.isspace() and ord(ch) not in covered:
                found.setdefault(f"U+{ord(ch):04X} {ch}", text)
    return found


@pytest.fixture(scope="module")
def covered():
    return bundled_characters()


@pytest.mark.parametrize("ts", TS_FILES, ids=language_of)
def test_every_character_of_the_interface_is_in_the_bundled_fonts(ts, covered):
    """"Tools ▸ Service types…" showed as "Tools □ Service types…" under the bundled Noto Sans alone: no
    bundled font has "▸" (nor the Arabic texts' "◂")."""
    shown = []
    for _, source, _, translation in messages(ts):
        shown += [source, *texts(translation)]
    assert not without_glyph(shown, covered)


def test_the_check_finds_a_character_without_a_glyph(covered):
    assert without_glyph(["Tools ▸ Service types…", "أدوات ◂ أنواع الخدمات…"], covered) == {
        "U+25B8 ▸": "Tools ▸ Service types…", "U+25C2 ◂": "أدوات ◂ أنواع الخدمات…"}
    assert without_glyph(["Tools › Service types…", "সরঞ্জাম › সেবার ধরন…", "أدوات › أنواع الخدمات…"], covered) == {}


@pytest.mark.parametrize("direction", ["LeftToRight", "RightToLeft"])
def test_menu_paths_have_glyphs_in_both_directions(qapp, covered, direction):
    from PySide6.QtCore import Qt

    from desktop.window.panels import menu_path

    qapp.setLayoutDirection(getattr(Qt.LayoutDirection, direction))
    try:
        assert menu_path("service-types") == "Tools › Service types…"  # mirrored by Qt in a right-to-left text
    finally:
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    assert not without_glyph([menu_path("service-types")], covered)


def numerus_sources(ts: Path) -> set[tuple[str, str]]:
    root = ET.parse(ts).getroot()
    return {(context.findtext("name"), message.findtext("source")) for context in root.iter("context")
            for message in context.iter("message") if message.get("numerus") == "yes"
            and message.find("translation").get("type") not in ("obsolete", "vanished")}


def test_english_has_the_plural_forms_of_every_counted_text(qapp):
    """English is the source language, but "%n conflict(s)" needs its two forms too: servicemap_en.ts holds
    only the counted texts (lupdate -pluralonly), each with its singular and its plural."""
    english = FOLDER / "servicemap_en.ts"
    assert numerus_sources(english) == numerus_sources(FOLDER / "servicemap_fr.ts")
    translator = load_qm("en")
    assert translator.translate("MergeDialog", "%n new service(s)", None, 1) == "%n new service"
    assert translator.translate("MergeDialog", "%n new service(s)", None, 3) == "%n new services"
    for context, source in numerus_sources(english):
        one, many = (translator.translate(context, source, None, n) for n in (1, 2))
        assert "(s)" not in one + many and one != many or "(s)" not in source, (context, source)
