"""What an import says while it runs, in the interface's language (third tryout, finding 13: "Loading the
gazetteer" on the French import page). The first test reads the sources that write these messages and
fails when one has no template in desktop/importing/progress_words.py."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from desktop.importing import progress_words
from tests.test_import_messages_qt import _import_messy, language  # noqa: F401 - a fixture

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ["importers/pipeline.py", "importers/rows.py", "mapping/geocode/run.py"]


def progress_messages(source: str) -> list[str]:
    """The message of every ``progress(fraction, message)`` call in ``source``, each value it formats
    written as "7" (a message that is not written out there, such as a variable, is left out)."""
    out = []
    for node in ast.walk(ast.parse(source)):
        if not (isinstance(node, ast.Call) and len(node.args) == 2):
            continue
        name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", "")
        said = node.args[1]
        if name != "progress":
            continue
        if isinstance(said, ast.Constant) and isinstance(said.value, str):
            out.append(said.value)
        elif isinstance(said, ast.JoinedStr):
            out.append("".join(v.value if isinstance(v, ast.Constant) else "7" for v in said.values))
    return [m for m in out if m]


def without_template(messages: list[str]) -> list[str]:
    from directory.sentence_patterns import template_pattern

    return [m for m in messages if not any(template_pattern(t).fullmatch(m) for t in progress_words.MESSAGES)]


def test_every_progress_message_of_an_import_has_a_template():
    messages = [m for s in SOURCES for m in progress_messages((ROOT / s).read_text(encoding="utf-8"))]
    assert len(messages) >= 7 and "Loading the gazetteer" in messages
    assert not without_template(messages)
    from directory.writer_note import WAITING, OtherWriter

    waiting = f"{WAITING}: {OtherWriter('Import of list.xlsx', 'amina', 'laptop-2', '2026-12-06T10:05:00')}"
    assert not without_template([waiting])


def test_the_scan_finds_a_message_with_no_template():
    source = 'def run(progress):\n    progress(0.5, f"Sorting {n} sites")\n    progress(1.0, "Saving")\n'
    assert progress_messages(source) == ["Sorting 7 sites", "Saving"]
    assert without_template(progress_messages(source)) == ["Sorting 7 sites"]


@pytest.mark.parametrize("language", ["fr"], indirect=True)
def test_the_import_page_says_its_progress_in_french(language, qtbot):  # noqa: F811
    from desktop.importing.wizard import ImportPage, ImportWizard

    wizard = ImportWizard(None)
    qtbot.addWidget(wizard)
    page: ImportPage = wizard.import_page
    page.progress(0.0, "Loading the gazetteer")
    assert page.message.text() == "Chargement du répertoire géographique"
    page.progress(0.3, "Services: row 2,001 of 100,000")
    assert page.message.text() == "Services : ligne 2\u202f001 sur 100\u202f000"
    page.progress(0.5, "Resampling the moon")  # no template: as written
    assert page.message.text() == "Resampling the moon"


@pytest.mark.parametrize("language", ["fr"], indirect=True)
def test_a_real_import_says_its_progress_in_french(language, qtbot, tmp_path):  # noqa: F811
    """The same through the wizard's real worker threads: every line the import page showed while the
    import ran is French (the progress reaches the page from the worker, across threads)."""
    wizard = _import_messy(qtbot, tmp_path)
    page = wizard.import_page
    shown: list[str] = []
    page.message.setText = lambda text, set_text=page.message.setText: (shown.append(text), set_text(text))[1]
    wizard.next()  # the import, on its worker thread
    qtbot.waitUntil(lambda: page.done, timeout=60000)
    progress = [t for t in shown if not t.startswith("Import")]  # the end's own sentence is the page's, in French
    assert any(t.startswith("Lecture de messy.xlsx") for t in progress), shown
    assert "Enregistrement" in progress, shown
    english = [t for t in progress if t.startswith(("Reading", "Saving", "Matching", "Loading", "Placing"))]
    assert not english, english
