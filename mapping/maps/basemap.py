"""Basemap tiles under the service map: offline from MBTiles or a z/x/y folder, or online OSM.

The page asks for ``servicemap-tiles://basemap/{z}/{x}/{y}``; the desktop app answers from a
:class:`TileSource` (see ``desktop/map/tile_scheme.py``). Online OpenStreetMap tiles are fetched
only when the user has switched them on, one tile at a time as the map shows it (never in
bulk), with a User-Agent that names ServiceMap, and kept in an MBTiles cache for later
offline use. MBTiles stores rows bottom-up (TMS): ``row = 2**z - 1 - y``.
"""

from __future__ import annotations

import threading
import time
from pathlib import Path

from directory import file_gate, mbtiles
from directory.errors import UserFacingError

SCHEME = "servicemap-tiles"
TILE_URL = SCHEME + "://basemap/{z}/{x}/{y}"
OSM_URL = "https://tile.openstreetmap.org/{z}/{x}/{y}.png"
OSM_ATTRIBUTION = "\u00a9 OpenStreetMap contributors"
USER_AGENT = "ServiceMap/0.1 (offline service mapping for protection coordination)"
#: OSM's tile usage policy: no bulk downloads; we also keep to a gentle pace.
MIN_SECONDS_BETWEEN_FETCHES = 0.05
MAX_ONLINE_ZOOM = 19
#: A map tile of 256 × 256 pixels is a few tens of KB; a file far larger is not one.
MAX_TILE_BYTES = 8 * 2**20


class BasemapError(UserFacingError):
    """A basemap file or folder that cannot be used."""


def _sniff(data: bytes) -> str:
    if data[:8] == b"\x89PNG\r\n\x1a\n":
        return "image/png"
    if data[:3] == b"\xff\xd8\xff":
        return "image/jpeg"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    return "application/octet-stream"


class TileSource:
    """Gives the bytes and MIME type of tile z/x/y (XYZ numbering), or None."""

    attribution = ""
    max_zoom = 18

    def tile(self, z: int, x: int, y: int) -> tuple[bytes, str] | None:  # pragma: no cover - interface
        raise NotImplementedError


class MBTilesSource(TileSource):
    """Tiles from an MBTiles file (a SQLite database), read-only."""

    def __init__(self, path: Path):
        self.path = file_gate.mbtiles(path)
        try:
            self._reader = mbtiles.MBTilesReader(self.path)
        except mbtiles.NotMBTiles as exc:
            raise BasemapError(f"{self.path}: not an MBTiles file ({exc}). Export the tiles as MBTiles "
                               "(e.g. from QGIS: Generate XYZ tiles (MBTiles)).") from exc  # fmt: skip
        meta = self.metadata = self._reader.metadata
        attribution = meta.get("attribution", "")
        self.attribution = attribution if isinstance(attribution, str) else ""
        self.max_zoom = _zoom(meta.get("maxzoom"))

    def tile(self, z: int, x: int, y: int):
        data = self._reader.tile(z, x, 2**z - 1 - y)
        return (data, _sniff(data)) if data is not None else None


def _zoom(value) -> int:
    """The metadata's maxzoom (text, as MBTiles keeps it) as a zoom from 0 to 24; 18 when it is not one."""
    try:
        zoom = int(float(value))
    except (TypeError, ValueError, OverflowError):
        return 18
    return min(max(zoom, 0), 24)


class FolderSource(TileSource):
    """Tiles from a folder laid out ``z/x/y.png`` (or .jpg, .webp)."""

    def __init__(self, folder: Path):
        self.folder = Path(folder)
        if not self.folder.is_dir() or not any(p.name.isdigit() for p in self.folder.iterdir()):
            raise BasemapError(f"{self.folder}: not a tile folder (it should hold z/x/y.png files).")

    def tile(self, z: int, x: int, y: int):
        for ext in ("png", "jpg", "jpeg", "webp"):
            path = self.folder / str(z) / str(x) / f"{y}.{ext}"
            if path.is_file():
                try:
                    data = file_gate.user_file(path, "map tile", max_bytes=MAX_TILE_BYTES).read_bytes()
                except file_gate.FileRefused:  # empty or far too large: not a tile, the map shows none
                    return None
                return data, _sniff(data)
        return None


def write_mbtiles(path: Path, tiles: dict[tuple[int, int, int], bytes], metadata: dict[str, str]) -> Path:
    """Write (or add to) an MBTiles file; ``tiles`` keyed by XYZ (z, x, y)."""
    return mbtiles.write(path, {(z, x, 2**z - 1 - y): data for (z, x, y), data in tiles.items()}, metadata)


class OnlineOSMSource(TileSource):
    """OpenStreetMap tiles, fetched one by one as the map shows them and cached in MBTiles.

    Only constructed when the user switches online tiles on. ``fetch`` is the HTTP call
    (replaceable in tests); it gets the URL and headers and returns the body.
    """

    attribution = OSM_ATTRIBUTION
    max_zoom = MAX_ONLINE_ZOOM

    def __init__(self, cache: Path, fetch=None):
        self.cache = Path(cache)
        self.cache.parent.mkdir(parents=True, exist_ok=True)
        write_mbtiles(self.cache, {}, {"name": "OpenStreetMap cache", "format": "png", "attribution": OSM_ATTRIBUTION})
        self._fetch = fetch or _http_get
        self._lock = threading.Lock()
        self._last = 0.0
        self.fetched = 0

    def tile(self, z: int, x: int, y: int):
        if not (0 <= z <= MAX_ONLINE_ZOOM and 0 <= x < 2**z and 0 <= y < 2**z):
            return None
        cached = MBTilesSource(self.cache).tile(z, x, y)
        if cached:
            return cached
        with self._lock:  # one request at a time, spaced out: never a bulk download
            wait = MIN_SECONDS_BETWEEN_FETCHES - (time.monotonic() - self._last)
            if wait > 0:
                time.sleep(wait)
            self._last = time.monotonic()
            try:
                data = self._fetch(OSM_URL.format(z=z, x=x, y=y), {"User-Agent": USER_AGENT})
            except OSError:
                return None  # offline after all: the map shows its boundaries without this tile
            self.fetched += 1
            write_mbtiles(self.cache, {(z, x, y): data}, {})
        return data, _sniff(data)


def _http_get(url: str, headers: dict[str, str]) -> bytes:
    import urllib.request

    with urllib.request.urlopen(urllib.request.Request(url, headers=headers), timeout=15) as reply:  # noqa: S310
        return reply.read()


def open_source(path: Path) -> TileSource:
    """An MBTiles file or a z/x/y folder, whichever ``path`` is."""
    path = Path(path)
    return FolderSource(path) if path.is_dir() else MBTilesSource(path)
