"""Make a small MBTiles file of plain-coloured PNG tiles, for the basemap tests.

    python tests/data/make_mbtiles.py OUT.mbtiles

Tiles cover 89–93°E, 21–25°N (the test maps' area) from zoom 0 to 9. Each zoom level has its
own colour, and every tile is a real PNG (written with zlib, no imaging library needed).
"""

from __future__ import annotations

import math
import struct
import sys
import zlib
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from mapping.maps.basemap import write_mbtiles  # noqa: E402

TILE_COLOURS = [(0xCD, 0xE8, 0xC0), (0xC0, 0xD8, 0xE8)]  # green on even zooms, blue on odd ones


def png(width: int, height: int, rgb: tuple[int, int, int]) -> bytes:
    """A solid-colour RGB PNG."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    row = b"\x00" + bytes(rgb) * width
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(row * height, 9)) + chunk(b"IEND", b""))  # fmt: skip


def tile_xy(lon: float, lat: float, z: int) -> tuple[int, int]:
    n = 2**z
    x = int((lon + 180) / 360 * n)
    y = int((1 - math.asinh(math.tan(math.radians(lat))) / math.pi) / 2 * n)
    return min(x, n - 1), min(y, n - 1)


def make_mbtiles(out: Path, west=89.0, south=21.0, east=93.0, north=25.0, max_zoom=9) -> Path:
    tiles = {}
    for z in range(max_zoom + 1):
        data = png(256, 256, TILE_COLOURS[z % 2])
        x0, y0 = tile_xy(west, north, z)
        x1, y1 = tile_xy(east, south, z)
        for x in range(x0, x1 + 1):
            for y in range(y0, y1 + 1):
                tiles[(z, x, y)] = data
    meta = {"name": "test tiles", "format": "png", "minzoom": "0", "maxzoom": str(max_zoom),
            "bounds": f"{west},{south},{east},{north}", "attribution": "Test tiles <b>&</b> friends"}  # fmt: skip
    Path(out).unlink(missing_ok=True)
    return write_mbtiles(Path(out), tiles, meta)


if __name__ == "__main__":
    print(make_mbtiles(Path(sys.argv[1])))
