"""Coordinates the way people write them, and full Plus Codes decoded offline."""

from __future__ import annotations

import pytest

from importers import values as v
from importers.coordinates import point, point_in
from importers.plus_codes import decode, is_full

LAT, LON = 23.168056, 91.977778  # 23°10'05"N 91°58'40"E


@pytest.mark.parametrize("cell", [
    "23°10'05\"N 91°58'40\"E", "23 10 5 N, 91 58 40 E", "N23°10.0833' E091°58.6667'", "E091°58'40\" N23°10'05\"",
    "23.168056N 91.977778E", "23.168056 91.977778 12.5 4.8", "23.168056, 91.977778", "23.168056;91.977778",
    "23 10.0833 91 58.6667", "23 10 5 91 58 40",
])
def test_both_axes_in_one_cell(cell):
    lat, lon, notes = v.parse_point(cell, None)
    assert (lat, lon) == pytest.approx((LAT, LON), abs=1e-5) and notes == []


@pytest.mark.parametrize(("lat", "lon", "expected"), [
    ("21°25'38\"N", "92°0'21\"E", (21.427222, 92.005833)), ("N21°25.633'", "E092°00.350'", (21.427217, 92.005833)),
    ("1°40'42\"S", "29°13'28\"E", (-1.678333, 29.224444)), ("S1.678", "29.224E", (-1.678, 29.224)),
    ("92.0058E", "21.4272N", (21.4272, 92.0058)), ("21,45", "92,01", (21.45, 92.01)),
])
def test_two_cells_with_letters_before_or_after(lat, lon, expected):
    got = v.parse_point(lat, lon)
    assert got[:2] == pytest.approx(expected, abs=1e-5)


@pytest.mark.parametrize(("lat", "lon", "expected"), [
    ("7,8939", "-72,5078", (7.8939, -72.5078)),  # decimal commas typed as text
    ("٣١٫٩٥٤٢", "٣٥٫٩٢١٣", (31.9542, 35.9213)),  # Arabic-Indic digits, Arabic decimal separator
    ("۳۱٫۹۵۴۲", "۳۵٫۹۲۱۳", (31.9542, 35.9213)),  # the Persian/Urdu digits
    ("২১.৪৩", "৯২.০১", (21.43, 92.01)),  # Bengali digits
    ("٣١٫٩٥٤٢، ٣٥٫٩٢١٣", None, (31.9542, 35.9213)),  # Arabic comma between the numbers
    ("٣١٫٩٥٤٢ ٬ ٣٥٫٩٢١٣", None, (31.9542, 35.9213)),  # the Arabic thousands sign used as the comma
    ("٣١٫٩٥٤٢؛ ٣٥٫٩٢١٣", None, (31.9542, 35.9213)),  # Arabic semicolon
    ("7,8939; -72,5078", None, (7.8939, -72.5078)), ("7,8939;-72,5078", None, (7.8939, -72.5078)),
    ("Lat: 7.8939, Long: -72.5078", None, (7.8939, -72.5078)), ("(7.8939, -72.5078)", None, (7.8939, -72.5078)),
    ("Lon -72.5078 Lat 7.8939", None, (7.8939, -72.5078)),  # labelled longitude first
    ("خط العرض: ٣١٫٩٥ خط الطول: ٣٥٫٩٢", None, (31.95, 35.92)), ("Latitud: 7,89", "Longitud: -72,5", (7.89, -72.5)),
])
def test_digits_separators_and_labels_of_every_script(lat, lon, expected):
    got = v.parse_point(lat, lon)
    assert got[:2] == pytest.approx(expected, abs=1e-6) and got[2] == []


@pytest.mark.parametrize(("cell", "expected"), [
    ("https://maps.google.com/?q=7.8939,-72.5078", (7.8939, -72.5078)),
    ("https://www.google.com/maps/place/X/@7.89,-72.50,17z/data=!3m1!4b1!8m2!3d7.8939!4d-72.5078", (7.8939, -72.5078)),
    ("https://www.openstreetmap.org/?mlat=21.43&mlon=92.01#map=15/21.43/92.01", (21.43, 92.01)),
    ("7.8939 (approx.), -72.5078", (7.8939, -72.5078)), ("aprox. 7,8939; -72,5078", (7.8939, -72.5078)),
])
def test_map_links_and_words_of_approximation(cell, expected):
    assert v.parse_point(cell, None)[:2] == pytest.approx(expected, abs=1e-6)


def test_plus_codes_are_decoded_to_the_centre_of_their_cell():
    # Open Location Code's own example: 8FVC9G8F+6X is at 47.365562, 8.524937 (Zürich)
    assert decode("8FVC9G8F+6X") == pytest.approx((47.365562, 8.524937), abs=1e-5)
    assert decode("8FVC9G8F+6XQ") == pytest.approx((47.365588, 8.524984), abs=1e-5)  # one grid step finer
    assert decode("8FVC0000+") == (47.5, 8.5)
    assert point("7MH75W00+ Cox's Bazar") is not None
    assert not is_full("5WGQ+PX") and not is_full("8FVC9G8+6X") and not is_full("ZZZZZZZZ+ZZ")
    lat, lon, notes = v.parse_point("8FVC9G8F+6X", "")
    assert (round(lat, 4), round(lon, 4)) == (47.3656, 8.5249) and not notes


def test_a_point_inside_other_words_only_when_marked_as_coordinates():
    assert point_in("Camp 5 block C, 21.2065N 92.1574E") == pytest.approx((21.2065, 92.1574))
    assert point_in("UP complex N21°17.100' E092°06.240'") == pytest.approx((21.285, 92.104))
    assert point_in("Camp 5 block 12, road 4") is None and point_in("House 21, 92 Main Road") is None
    assert point_in("Behind the mosque, GPS: 21.2065, 92.1574") == pytest.approx((21.2065, 92.1574))
    assert point_in("Frente al parque (coordenadas 7,89; -72,5)") == pytest.approx((7.89, -72.5))
    assert point_in("see https://maps.google.com/?q=7.8939,-72.5078") == pytest.approx((7.8939, -72.5078))


def test_what_is_not_a_point_says_so():
    assert v.parse_point("near the mosque", None)[2][0].startswith("coordinates 'near the mosque' not understood")
    assert v.parse_point("23°75'N 91°E", None)[:2] == (None, None)  # 75 minutes is not an angle
