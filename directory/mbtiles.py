"""MBTiles files (a SQLite database of map tiles): reading one tile, writing many.

Tiles are addressed here as MBTiles stores them: zoom, column and TMS row (rows counted
bottom-up); :mod:`mapping.maps.basemap` turns XYZ numbers into those.
"""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path


class NotMBTiles(Exception):
    """The file is not a SQLite database with MBTiles' ``metadata`` and ``tiles`` tables."""


class MBTilesReader:
    """Read-only access to an MBTiles file, one connection per thread (the map asks from several)."""

    def __init__(self, path: Path):
        self.path = Path(path)
        self._local = threading.local()
        try:
            self.metadata = dict(self._conn().execute("SELECT name, value FROM metadata").fetchall())
            self._conn().execute("SELECT zoom_level, tile_column, tile_row, tile_data FROM tiles LIMIT 1").fetchall()
        except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:  # not text where text is kept: damaged
            raise NotMBTiles(str(exc).splitlines()[0] if str(exc) else type(exc).__name__) from exc

    def _conn(self) -> sqlite3.Connection:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = self._local.conn = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, check_same_thread=False)
        return conn

    def tile(self, zoom: int, column: int, tms_row: int) -> bytes | None:
        """The tile's bytes; None when there is none, or its page of the file is damaged (the map shows
        no tile there, as for a missing one: the rest of the basemap still works)."""
        try:
            row = self._conn().execute(
                "SELECT tile_data FROM tiles WHERE zoom_level=? AND tile_column=? AND tile_row=?", (zoom, column, tms_row)
            ).fetchone()
        except sqlite3.DatabaseError:
            return None
        data = row[0] if row else None
        # a number stored as a tile would be made into that many zero bytes by bytes(): gigabytes
        return data if isinstance(data, bytes) else data.encode() if isinstance(data, str) else None


def write(path: Path, tiles: dict[tuple[int, int, int], bytes], metadata: dict[str, str]) -> Path:
    """Write (or add to) an MBTiles file; ``tiles`` keyed by (zoom, column, TMS row)."""
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE IF NOT EXISTS metadata (name TEXT PRIMARY KEY, value TEXT)")
        conn.execute("CREATE TABLE IF NOT EXISTS tiles (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER, "
                     "tile_data BLOB, PRIMARY KEY (zoom_level, tile_column, tile_row))")  # fmt: skip
        conn.executemany("INSERT OR REPLACE INTO metadata VALUES (?, ?)", list(metadata.items()))
        conn.executemany("INSERT OR REPLACE INTO tiles VALUES (?, ?, ?, ?)",
                         [(z, x, r, data) for (z, x, r), data in tiles.items()])  # fmt: skip
    conn.close()
    return Path(path)
