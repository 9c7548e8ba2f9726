"""A box for a small number with decimals that reads it however the user types it.

The interface's language is the default locale, so a spin box shows "4,5" in French and "٤٫٥" in
Arabic. Qt's own box then reads only that locale's way: "4.5" typed in Spanish became 45, and in
Arabic nothing typed with Latin digits was taken. The values here (a walking speed, a confidence)
are never in the thousands, so a point, a comma or the Arabic decimal separator is the decimal
separator, and the digits of any script count.
"""

from __future__ import annotations

import unicodedata

from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QDoubleSpinBox

_SEPARATORS = str.maketrans({",": ".", "\u066b": ".", "\u060c": "."})  # comma, Arabic decimal and comma


def read_decimal(text: str) -> float | None:
    """``text`` as a number: digits of any script, a point or a comma before the decimals; None if it is
    not one."""
    digits = "".join(str(unicodedata.digit(ch)) if ch.isdigit() else ch for ch in text.strip())
    digits = digits.translate(_SEPARATORS)
    if not digits or digits.count(".") > 1 or not digits.replace(".", "", 1).isdigit():
        return None
    return float(digits)


class DecimalBox(QDoubleSpinBox):
    """A QDoubleSpinBox that shows its number in the interface's locale and reads any way of typing it."""

    def _bare(self, text: str) -> str:
        text = text.strip()
        if self.suffix() and text.endswith(self.suffix().strip()):
            text = text[: -len(self.suffix().strip())]
        if self.prefix() and text.startswith(self.prefix().strip()):
            text = text[len(self.prefix().strip()):]
        return text.strip()

    def valueFromText(self, text: str) -> float:  # noqa: N802 - Qt's name
        value = read_decimal(self._bare(text))
        return self.value() if value is None else value

    def validate(self, text: str, pos: int) -> object:
        bare = self._bare(text)
        if not bare or bare[-1] in ".,\u066b":  # still being typed
            return QValidator.State.Intermediate, text, pos
        value = read_decimal(bare)
        if value is None:
            return QValidator.State.Invalid, text, pos
        if self.minimum() <= value <= self.maximum():
            return QValidator.State.Acceptable, text, pos
        return QValidator.State.Intermediate, text, pos
