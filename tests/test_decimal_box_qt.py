"""Numbers with decimals typed in the interface's language (the default locale) and in any other way.

Since the chosen language became the default locale, Qt's own spin box read "4.5" typed in Spanish
as 45, and nothing typed with Latin digits in Arabic. The walking speed of the gap analysis and the
geocoding review's confidence use :class:`desktop.decimal_box.DecimalBox`."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QDoubleSpinBox

from desktop.decimal_box import DecimalBox, read_decimal


@pytest.fixture
def locale():
    before = QLocale()
    yield lambda code: QLocale.setDefault(QLocale(code))
    QLocale.setDefault(before)


def typed(qtbot, box, keys: str) -> float:
    box.setValue(5.0)
    qtbot.addWidget(box)
    box.show()
    box.lineEdit().selectAll()
    for ch in keys:  # Latin keys pressed; other scripts come as an input method commits them
        if ch.isascii():
            qtbot.keyClicks(box.lineEdit(), ch)
        else:
            box.lineEdit().insert(ch)
    qtbot.keyClick(box.lineEdit(), Qt.Key.Key_Return)
    return box.value()


def walking(box_class):
    box = box_class()
    box.setRange(0.5, 20.0)
    box.setDecimals(1)
    box.setSuffix(" km/h")
    return box


@pytest.mark.parametrize("code", ["es", "fr", "ar", "bn", "en"])
@pytest.mark.parametrize("keys", ["4.5", "4,5", "٤٫٥", "৪.৫"])
def test_a_walking_speed_is_read_however_it_is_typed(qtbot, locale, code, keys):
    locale(code)
    assert typed(qtbot, walking(DecimalBox), keys) == 4.5


def test_the_check_fails_with_qts_own_box(qtbot, locale):
    """The test of the test: Qt's box, under the Spanish and Arabic locales, does not read "4.5"."""
    locale("es")
    assert typed(qtbot, walking(QDoubleSpinBox), "4.5") != 4.5
    locale("ar")
    assert typed(qtbot, walking(QDoubleSpinBox), "4.5") != 4.5


def test_the_box_shows_its_number_in_the_interface_language(qtbot, locale):
    locale("ar")
    box = walking(DecimalBox)
    box.setValue(4.5)
    assert box.text() == "٤٫٥ km/h"


@pytest.mark.parametrize("text, value", [("4.5", 4.5), ("4,5", 4.5), ("٤٫٥", 4.5), ("12", 12.0), ("", None),
                                         ("4.5.1", None), ("abc", None), ("-", None)])
def test_read_decimal(text, value):
    assert read_decimal(text) == value


def test_no_box_of_the_desktop_reads_decimals_in_one_locale_only():
    """Every number box with decimals in desktop/ is a DecimalBox (found by reading every module)."""
    from pathlib import Path

    import desktop

    root = Path(desktop.__file__).parent
    plain = [str(path.relative_to(root)) for path in root.rglob("*.py")
             if path.name != "decimal_box.py" and "QDoubleSpinBox" in path.read_text(encoding="utf-8")]
    assert plain == []
    uses = [path.name for path in root.rglob("*.py") if "DecimalBox(self" in path.read_text(encoding="utf-8")]
    assert sorted(uses) == ["inputs.py", "queue.py"]  # the gap panel's walking speed, the review's confidence
