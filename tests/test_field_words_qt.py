"""The list's fields in the interface's language (third tryout, finding 13): the import wizard's column
step offered "Service name", "Admin 3 P-code", "Keep as extra field" in a French interface, and the
import report quoted field labels in English. The first test enumerates importers.columns.FIELDS, so a
field added there without a label here fails."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTranslator

from desktop.importing import field_words
from importers.columns import FIELDS
from tests.test_import_messages_qt import FOLDER, LANGUAGES, _import_messy, language  # noqa: F401 - a fixture


def missing_labels(fields: dict[str, str]) -> list[str]:
    """The fields with no label to translate, or whose English label differs from the importers'."""
    return [f for f, label in fields.items() if field_words.LABELS.get(f) != label]


def test_every_field_has_a_label_to_translate():
    assert not missing_labels(FIELDS)
    assert set(field_words.LABELS) == set(FIELDS)


def test_the_check_finds_a_field_with_no_label():
    assert missing_labels({**FIELDS, "pivot": "Pivot table", "service": "Name of service"}) == ["service", "pivot"]


def test_every_field_and_how_word_is_translated_in_every_language(qapp):
    for lang in LANGUAGES:
        translator = QTranslator()
        assert translator.load(f"servicemap_{lang}", str(FOLDER))
        texts = [*field_words.LABELS.values(), *field_words.HOW.values()]
        missing = [t for t in texts if not translator.translate(field_words.CONTEXT, t)]
        assert not missing, (lang, missing)


@pytest.mark.parametrize("language", ["fr"], indirect=True)
def test_the_column_step_and_the_report_name_fields_in_french(language, qtbot, tmp_path):  # noqa: F811
    from desktop.importing.report_words import shown

    assert field_words.field_label("service") == "Nom du service"
    assert field_words.label_in_words("address") == "adresse" and field_words.label_in_words("Address") == "Adresse"
    assert field_words.label_in_words("'Besoins' column") == "'Besoins' column"  # a header of the list: as written
    said = shown("coordinates read from its address")
    assert "adresse" in said and "address" not in said, said
    wizard = _import_messy(qtbot, tmp_path)
    wizard.back()  # to the column step
    grid = wizard.mapping_page.grid
    boxes = [grid.cellWidget(r, 4) for r in range(grid.rowCount())]
    offered = [boxes[0].itemText(i) for i in range(boxes[0].count())]
    assert "Nom du service" in offered and "Garder comme champ supplémentaire" in offered
    assert not set(offered) & {"Service name", "Keep as extra field", "Admin 3 P-code"}
    chosen = {b.currentData(): b.currentText() for b in boxes}
    assert chosen["organisation"] == "Organisation" and chosen.get("phone") == "Téléphone"
    found = [grid.item(r, 3).text() for r in range(grid.rowCount()) if grid.item(r, 3).text()]
    assert any("(en-tête)" in f for f in found) and not any("(header)" in f for f in found), found
