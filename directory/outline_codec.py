"""A compact text form of admin-area outlines: whole numbers on a grid, as short runs of characters.

Each area becomes one string. Its rings' vertices (the closing vertex left out) are snapped to
a grid, and each vertex is written as the step from the one before (x then y), so a border
traced at the detail a zoom needs costs two or three characters a vertex instead of twenty in
GeoJSON. A step is zigzagged to a non-negative number and cut into 5-bit pieces, lowest first;
each piece, with 32 added to every piece but the last, is one character of the URL-safe base64
alphabet (``A``–``Z``, ``a``–``z``, ``0``–``9``, ``-``, ``_``). ``,`` starts the next ring of
the same polygon, ``;`` the next polygon. None of these characters means anything in JSON, in
HTML or in a template engine, so a string can sit in a page as it is.

The page's JavaScript (``resources/web/servicemap.js``, ``decodeOutline``) reads the same form.
Both directions here are vectorised with numpy: a national level of 500,000 vertices encodes
in a fraction of a second.
"""

from __future__ import annotations

import numpy as np
import shapely

RING, POLYGON = ord(","), ord(";")
ALPHABET = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
_CHAR = np.frombuffer(ALPHABET, np.uint8)
_PIECE = np.full(256, 255, np.uint8)
_PIECE[_CHAR] = np.arange(64)


def _zigzag(values: np.ndarray) -> np.ndarray:
    return ((values << 1) ^ (values >> 63)).astype(np.uint64)


def encode(geometries, grid: float) -> list[str]:
    """One string per geometry (polygons or multipolygons; None or empty gives ``""``)."""
    geoms = np.asarray(geometries, dtype=object)
    out = [""] * len(geoms)
    if not len(geoms):
        return out
    polys, area_of_poly = shapely.get_parts(geoms, return_index=True)
    polygonal = shapely.get_type_id(polys) == 3
    polys, area_of_poly = polys[polygonal], area_of_poly[polygonal]
    rings, poly_of_ring = shapely.get_rings(polys, return_index=True)
    coords, ring_of_coord = shapely.get_coordinates(rings, return_index=True)
    if not len(coords):
        return out
    last = np.r_[ring_of_coord[1:] != ring_of_coord[:-1], True]  # the closing vertex of each ring
    coords, ring_of_coord = coords[~last], ring_of_coord[~last]
    area_of_coord = area_of_poly[poly_of_ring[ring_of_coord]]
    q = np.rint(coords / grid).astype(np.int64)
    first_of_area = np.r_[True, area_of_coord[1:] != area_of_coord[:-1]]
    steps = np.diff(q, axis=0, prepend=np.zeros((1, 2), np.int64))
    steps[first_of_area] = q[first_of_area]
    values = _zigzag(steps.ravel())

    # Separators go in front of the x step of a ring's first vertex (not the area's first).
    first_of_ring = np.r_[True, ring_of_coord[1:] != ring_of_coord[:-1]] & ~first_of_area
    new_poly = first_of_ring & np.r_[False, poly_of_ring[ring_of_coord[1:]] != poly_of_ring[ring_of_coord[:-1]]]
    sep = np.zeros(len(values), np.uint8)
    sep[0::2][first_of_ring] = RING
    sep[0::2][new_poly] = POLYGON

    bits = np.zeros(len(values), np.int64)
    nonzero = values > 0
    bits[nonzero] = np.floor(np.log2(values[nonzero].astype(np.float64))).astype(np.int64) + 1
    pieces = np.maximum(1, -(-bits // 5))
    width = pieces + (sep > 0)
    end = np.cumsum(width)
    start = end - width
    buf = np.empty(int(end[-1]), np.uint8)
    has_sep = sep > 0
    buf[start[has_sep]] = sep[has_sep]
    first_piece = start + has_sep
    owner = np.repeat(np.arange(len(values)), pieces)
    k = np.arange(len(owner)) - np.repeat(np.cumsum(pieces) - pieces, pieces)  # piece number within its value
    chunk = (values[owner] >> (5 * k).astype(np.uint64)) & np.uint64(31)
    more = k < pieces[owner] - 1
    buf[np.repeat(first_piece, pieces) + k] = _CHAR[(chunk + np.where(more, 32, 0)).astype(np.int64)]

    area_of_value = np.repeat(area_of_coord, 2)
    bounds = np.flatnonzero(np.r_[True, area_of_value[1:] != area_of_value[:-1]])
    text = buf.tobytes().decode("ascii")
    cuts = np.r_[start[bounds], len(buf)]
    for i, a in enumerate(area_of_value[bounds]):
        out[int(a)] = text[cuts[i] : cuts[i + 1]]
    return out


def decode(texts, grid: float) -> np.ndarray:
    """The (multi)polygons the strings stand for, in grid-snapped coordinates; ``""`` gives None."""
    out = np.full(len(texts), None, dtype=object)
    for i, text in enumerate(texts):
        if text:
            out[i] = _decode_one(text, grid)
    return out


def _decode_one(text: str, grid: float):
    raw = np.frombuffer(text.encode("ascii"), np.uint8)
    is_sep = (raw == RING) | (raw == POLYGON)
    seps = raw[is_sep]
    data = _PIECE[raw[~is_sep]].astype(np.int64)
    ends = np.flatnonzero(data < 32)  # the last piece of each value
    value_of_piece = np.r_[0, np.cumsum(data < 32)[:-1]]
    starts = np.r_[0, ends[:-1] + 1]
    k = np.arange(len(data)) - starts[value_of_piece]
    values = np.add.reduceat((data & 31) << (5 * k), starts)
    steps = (values >> 1) ^ -(values & 1)
    xy = np.cumsum(steps.reshape(-1, 2), axis=0) * grid
    # Which vertex each separator comes before: count the values that precede it.
    values_before = np.cumsum(~is_sep & (_PIECE[raw] < 32))[is_sep] // 2
    ring_starts = np.r_[0, values_before]
    new_poly = np.r_[True, seps == POLYGON]
    ring_of_vertex = np.repeat(np.arange(len(ring_starts)), np.diff(np.r_[ring_starts, len(xy)]))
    closed = np.insert(xy, np.r_[ring_starts[1:], len(xy)], xy[ring_starts], axis=0)
    ring_index = np.insert(ring_of_vertex, np.r_[ring_starts[1:], len(xy)], np.arange(len(ring_starts)))
    rings = shapely.linearrings(closed, indices=ring_index)
    polys = shapely.polygons(rings, indices=np.cumsum(new_poly) - 1)
    return shapely.MultiPolygon(list(polys))
