"""Basemap tiles: MBTiles and z/x/y folders read right; online OSM only on demand, polite and cached."""

from __future__ import annotations

import sqlite3

import pytest

from directory.errors import UserFacingError
from mapping.maps.basemap import (
    USER_AGENT,
    FolderSource,
    MBTilesSource,
    OnlineOSMSource,
    open_source,
)
from tests.data.make_mbtiles import TILE_COLOURS, make_mbtiles, png, tile_xy


def test_mbtiles_rows_are_flipped_to_xyz(tmp_path):
    path = make_mbtiles(tmp_path / "t.mbtiles")
    source = open_source(path)
    assert isinstance(source, MBTilesSource) and source.max_zoom == 9
    x, y = tile_xy(91.0, 23.0, 8)
    data, mime = source.tile(8, x, y)
    assert mime == "image/png" and data == png(256, 256, TILE_COLOURS[0])
    assert source.tile(8, x, 2**8 - 1 - y) is None  # the TMS row itself is not an XYZ tile here
    assert source.tile(12, 0, 0) is None


def test_folder_of_tiles(tmp_path):
    (tmp_path / "tiles" / "3" / "5").mkdir(parents=True)
    (tmp_path / "tiles" / "3" / "5" / "2.png").write_bytes(png(4, 4, (1, 2, 3)))
    source = open_source(tmp_path / "tiles")
    assert isinstance(source, FolderSource)
    assert source.tile(3, 5, 2)[1] == "image/png" and source.tile(3, 5, 3) is None


@pytest.mark.parametrize("make", ["text", "missing", "not-tiles"])
def test_bad_basemap_files_are_user_errors(tmp_path, make):
    path = tmp_path / "x.mbtiles"
    if make == "text":
        path.write_text("not a database")
    elif make == "not-tiles":
        sqlite3.connect(path).execute("CREATE TABLE other (a)").connection.close()
    with pytest.raises(UserFacingError, match="x.mbtiles"):
        open_source(path)


def test_online_tiles_are_fetched_once_with_a_user_agent_and_cached(tmp_path):
    calls = []

    def fetch(url, headers):
        calls.append((url, headers))
        return png(8, 8, (9, 9, 9))

    source = OnlineOSMSource(tmp_path / "cache.mbtiles", fetch=fetch)
    assert calls == []  # switching on fetches nothing by itself: tiles come as the map asks
    first = source.tile(5, 10, 12)
    again = source.tile(5, 10, 12)
    assert first == again and len(calls) == 1
    assert calls[0][0] == "https://tile.openstreetmap.org/5/10/12.png"
    assert calls[0][1]["User-Agent"] == USER_AGENT and "ServiceMap" in USER_AGENT
    assert source.tile(5, 99, 0) is None and source.tile(25, 0, 0) is None and len(calls) == 1
    # The cache is a real MBTiles file, usable offline later.
    assert MBTilesSource(tmp_path / "cache.mbtiles").tile(5, 10, 12) == first


def test_online_tiles_offline_give_no_tile_and_no_error(tmp_path):
    def fetch(url, headers):
        raise OSError("network is unreachable")

    assert OnlineOSMSource(tmp_path / "c.mbtiles", fetch=fetch).tile(1, 0, 0) is None
