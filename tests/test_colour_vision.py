"""The gap maps' colours stay apart for colour-blind readers.

Each palette is seen as a reader with protanopia, deuteranopia or tritanopia sees it (Machado,
Oliveira and Fernandes 2009, severity 1, applied in linear RGB) and every two of its colours,
and the "no population" grey, must differ by at least ``MIN_DELTA_E`` (CIE 1976 ΔE in CIELAB;
about 10 is clearly apart on a map). The symbols of the service map differ by shape as well.
"""

from __future__ import annotations

import numpy as np
import pytest

from mapping.coverage.overlay import BAND_COLOURS, CLASSES, NO_DATA, REACH_COLOURS

MIN_DELTA_E = 10.0
SIGHT = {
    "typical": np.eye(3),
    "protanopia": np.array([[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216],
                            [-0.003882, -0.048116, 1.051998]]),
    "deuteranopia": np.array([[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413],
                              [-0.011820, 0.042940, 0.968881]]),
    "tritanopia": np.array([[1.255528, -0.076749, -0.178779], [-0.078411, 0.930809, 0.147602],
                            [0.004733, 0.691367, 0.303900]]),
}
PALETTES = {
    "% covered": [c for _, c in CLASSES] + [NO_DATA],
    "out of reach": REACH_COLOURS + [NO_DATA],
    "bands": BAND_COLOURS,
}


def _linear(colour: str) -> np.ndarray:
    c = np.array([int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5)])
    return np.where(c <= 0.04045, c / 12.92, ((c + 0.055) / 1.055) ** 2.4)


def _lab(linear: np.ndarray) -> np.ndarray:
    xyz = np.array([[0.4124, 0.3576, 0.1805], [0.2126, 0.7152, 0.0722], [0.0193, 0.1192, 0.9505]]) @ np.clip(linear, 0, 1)
    xyz = xyz / np.array([0.95047, 1.0, 1.08883])
    f = np.where(xyz > 0.008856, np.cbrt(xyz), 7.787 * xyz + 16 / 116)
    return np.array([116 * f[1] - 16, 500 * (f[0] - f[1]), 200 * (f[1] - f[2])])


def closest_pair(colours: list[str], sight: np.ndarray) -> tuple[float, str, str]:
    seen = [_lab(sight @ _linear(c)) for c in colours]
    return min((float(np.linalg.norm(seen[i] - seen[j])), colours[i], colours[j])
               for i in range(len(colours)) for j in range(i + 1, len(colours)))


@pytest.mark.parametrize("palette", PALETTES)
@pytest.mark.parametrize("sight", SIGHT)
def test_every_two_colours_stay_apart(palette, sight):
    distance, a, b = closest_pair(PALETTES[palette], SIGHT[sight])
    assert distance >= MIN_DELTA_E, f"{palette}, {sight}: {a} and {b} differ by ΔE {distance:.1f}"


def test_the_check_sees_a_red_green_palette_fail():
    red_to_green = ["#a50026", "#f46d43", "#fdae61", "#d9ef8b", "#66bd63", "#1a9850", NO_DATA]  # the old one
    assert closest_pair(red_to_green, SIGHT["protanopia"])[0] < MIN_DELTA_E
    assert closest_pair(red_to_green, SIGHT["typical"])[0] >= MIN_DELTA_E
