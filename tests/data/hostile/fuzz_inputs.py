"""Mutation fuzzing of every reader that is not a service list: boundaries, population, rasters,
roads, water, land cover, gazetteers, a partner's project, call sheets, HSDS packages, basemaps.

    python tests/data/hostile/fuzz_inputs.py KIND FIRST_SEED COUNT [--seconds 60] [--memory-gb 2]
    python tests/data/hostile/fuzz_inputs.py all FIRST_SEED COUNT        # COUNT seeds of every kind
    python tests/data/hostile/fuzz_inputs.py KIND SEED --keep DIR        # write one seed's file to look at
    python tests/data/hostile/fuzz_inputs.py --list                      # the kinds, their files and readers

Each seed takes one small valid file of its kind (the demo's boundaries, population table and
raster, rasters written here with rasterio in the layouts GDAL reads differently — tiled, in strips,
compressed, float — tests/data/roads_small.osm.pbf, a GeoNames dump, a project, a call sheet, an
HSDS package, an MBTiles file), changes it, and hands it to the function the command reads it with
(``read_boundaries``, ``demand_on_grid``, ``warp_values``, ``classes_on_grid``, ``friction``,
``rasterize_barriers``, ``read_speeds``, ``read_source``, ``_read_candidates``, ``merge.read_other``,
``verification_import.plan``, ``pipeline.read_file``, ``basemap.open_source``). The changes know the
format where that finds more: a GeoTIFF's header fields (width, height, tile and strip sizes and
offsets, compression, bits per sample, georeferencing), GeoJSON and CSV tokens (numbers far too
large, NaN, deep nesting, enormous coordinates), a GeoPackage's or MBTiles' rows and geometry blobs
changed through SQLite, the parts of a zipped Shapefile or workbook; otherwise bytes, with
:func:`fuzz_readers.mutate`.

A refusal (``UserFacingError``, the one line the command prints) and a file read are right; an
exception of any other type escapes the command as a traceback, and is a bug. So is a child process
that dies (a signal in GDAL, SQLite or libosmium, a Rust or C++ abort), that asks for more than
``--memory-gb`` over what it holds (RLIMIT_AS: numpy's ``MemoryError``, an abort, or a refusal that
says memory ran out), whose peak memory rises by more than 300 MB on one seed, or that takes more than
``--seconds`` on one seed (SIGALRM ends it). The seeds run in a child process; when it
dies, the seed is reported and the run goes on after it. Run it niced, one at a time, on a shared
machine: ``nice -n 10 python tests/data/hostile/fuzz_inputs.py all 0 2000``.

What it found (2,300 to 5,000 seeds a kind): readers' errors escaping as tracebacks (openpyxl's XML
errors, a GeoPackage without geometry, a local coordinate system, GDAL's own errors on a raster without
georeferencing, NaN in pandas' text, infinity as a class number, a damaged partner project's records,
an HSDS package without ids, MBTiles metadata and schema), messages of several lines, and rasters
whose blocks take gigabytes (a tile size, a band count) — found by the memory check, as GDAL's
allocations fail quietly under RLIMIT_AS. No seed killed the process or ran out of time. The files are
kept in make_corpus.py, whose files tests/test_hostile_files.py runs through every command, and in
tests/test_hostile_inputs.py.

Not a test (as fuzz_readers.py): it runs as long as it is asked to.
"""

from __future__ import annotations

import argparse
import collections
import json
import random
import resource
import shutil
import signal
import sqlite3
import struct
import subprocess
import sys
import tempfile
import traceback
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(HERE))

import fuzz_readers  # its byte mutation, shared
import make_corpus  # its writers of small valid files

DEMO = REPO / "resources" / "demo"

# --- the tokens put in ----------------------------------------------------------------------------

JSON_TOKENS = [b"1e308", b"-1e308", b"1e400", b"NaN", b"Infinity", b"-Infinity", b"null", b"[]", b"{}", b'""',
               b"[" * 200, b"]" * 200, b"[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[",
               b"18446744073709551617", b"-0", b"99999999999.5", b'"coordinates": [1e308, -1e308]',
               b'"type": "GeometryCollection", "geometries": [', b'"type": "MultiPolygon"', b'"type": "Point"',
               b'"crs": {"type": "name", "properties": {"name": "EPSG:32646"}}',
               b'"crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::999999"}}',
               b'[92.1, 21.5, 1e300]', b"\\u0000", b"\\ud800", b'"\xff\xfe"', b"\x00", b",", b":"]
CSV_TOKENS = [b"1e308", b"-1e308", b"1e400", b"NaN", b"inf", b"-inf", b"-1", b"18446744073709551617", b"0x1F",
              b'"', b'""', b",", b";", b"\t", b"\r", b"\n", b"\x00", b"#adm3+code", b"F_00_04", b"T_15_19",
              b"pcode", b"latitude", b"longitude", b"\xef\xbb\xbf", b"\xff\xfe", b"=1+1", b"1,000,000,000,000",
              b"9" * 400, b"a" * 5000, b",,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,"]
BINARY_TOKENS = [b"\x00" * 8, b"\xff" * 8, b"\x7f\xff\xff\xff", b"\x80\x00\x00\x00", b"\xff\xff\xff\x7f",
                 struct.pack("<d", float("nan")), struct.pack("<d", 1e308), struct.pack(">I", 2**31),
                 b"OSMData", b"OSMHeader", b"DenseNodes", b"zlib_data", b"\x08\x96\x01"]

# --- the base files -------------------------------------------------------------------------------


def _tif(path: Path, width: int, height: int, dtype: str = "uint8", *, fill=None, **options) -> None:
    import numpy as np
    import rasterio
    from rasterio.transform import from_bounds

    data = (np.arange(width * height) % 60 + 1).reshape(height, width) if fill is None else np.full((height, width), fill)
    with rasterio.open(path, "w", driver="GTiff", width=width, height=height, count=1, dtype=dtype, crs="EPSG:4326",
                       transform=from_bounds(91.0, 21.0, 93.0, 23.0, width, height), **options) as dst:
        dst.write(data.astype(dtype), 1)


def _lines(path: Path, driver: str) -> None:
    import geopandas as gpd
    import shapely

    lines = [shapely.LineString([(91.2, 21.3), (92.0, 21.6), (92.8, 21.9)]),
             shapely.LineString([(91.5, 22.1), (91.9, 22.5), (92.6, 22.8)])]
    gpd.GeoDataFrame({"highway": ["primary", "track"], "name": ["A", "B"]}, geometry=lines, crs=4326).to_file(
        path, driver=driver)


def _zipped_shapefile(path: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        make_corpus._areas().to_file(Path(tmp) / "areas.shp")
        make_corpus.write_zip(path, {p.name: p.read_bytes() for p in sorted(Path(tmp).iterdir())})


def _geonames(path: Path) -> None:
    """A GeoNames country dump of three places (19 tab-separated columns)."""
    rows = [[1, "Ukhia", "Ukhia", "Ukhiya,উখিয়া", 21.28, 92.10, "P", "PPL", "BD", "", "84", "", "", "", 20000, "", 5,
             "Asia/Dhaka", "2024-01-01"],
            [2, "Kawkhali", "Kawkhali", "", 22.55, 92.08, "A", "ADM3", "BD", "", "84", "", "", "", 0, "", 40,
             "Asia/Dhaka", "2024-01-01"],
            [3, "Camp 4", "Camp 4", "Camp Four", 21.21, 92.15, "P", "PPLX", "BD", "", "84", "", "", "", 9000, "", 10,
             "Asia/Dhaka", "2024-01-01"]]
    path.write_text("".join("\t".join(str(v) for v in r) + "\n" for r in rows), encoding="utf-8")


def _calls(path: Path, project: Path) -> None:
    from directory.store import Project
    from importers.verification import write_sheet

    with Project.open(project) as p:
        write_sheet(p, path)


def _hsds(path: Path, project: Path) -> None:
    from directory.store import Project
    from importers.formats import hsds, hsds_tabular

    with Project.open(project) as p:
        if path.suffix == ".json":
            hsds.write(p, path, include_confidential=True)
        else:
            hsds_tabular.write_package(hsds.records(p, include_confidential=True), path)


def _mbtiles(path: Path) -> None:
    sys.path.insert(0, str(REPO / "tests" / "data"))
    from make_mbtiles import png

    from mapping.maps.basemap import write_mbtiles

    tiles = {(z, x, y): png(8, 8, (z * 20, 100, 200)) for z in range(4) for x in range(2**z) for y in range(2**z)}
    write_mbtiles(path, tiles, {"name": "fuzz", "format": "png", "minzoom": "0", "maxzoom": "3",
                                "attribution": "test tiles"})


def make_bases(folder: Path) -> None:
    """Every base file, written into ``folder`` (the same files each time)."""
    folder.mkdir(parents=True, exist_ok=True)
    project = folder / "project.gpkg"
    if not project.exists():
        make_corpus.base_project(project)
    table = make_corpus.csv_text([make_corpus.HEADER, *make_corpus.ROWS])
    writers = {
        "adm1.geojson": lambda p: shutil.copy(DEMO / "bgd_adm1.geojson", p),
        "areas.geojson": lambda p: make_corpus._areas().to_file(p, driver="GeoJSON"),
        "areas.gpkg": lambda p: make_corpus._areas().to_file(p, driver="GPKG"),
        "areas.zip": _zipped_shapefile,
        "demo-population.csv": lambda p: shutil.copy(DEMO / "population" / "chattogram_adm3_population_ILLUSTRATIVE.csv", p),
        "table.csv": lambda p: p.write_text(table, encoding="utf-8"),
        "table.xlsx": make_corpus.universal_xlsx,
        "demo-population.tif": lambda p: shutil.copy(DEMO / "population" / "chattogram_population_ILLUSTRATIVE.tif", p),
        "tiled-deflate.tif": lambda p: _tif(p, 64, 48, tiled=True, blockxsize=16, blockysize=16, compress="deflate"),
        "strips-float32-lzw.tif": lambda p: _tif(p, 50, 40, "float32", compress="lzw", predictor=3, nodata=-99999),
        "strips-plain.tif": lambda p: _tif(p, 30, 30, "uint8", fill=10),
        "dem-int16.tif": lambda p: _tif(p, 40, 40, "int16", compress="packbits"),
        **{f"tiled-{codec}.tif": (lambda p, codec=codec: _tif(p, 64, 64, tiled=True, blockxsize=16, blockysize=16,
                                                               compress=codec)) for codec in CODECS},
        "roads.gpkg": lambda p: _lines(p, "GPKG"),
        "roads.geojson": lambda p: _lines(p, "GeoJSON"),
        "roads_small.osm.pbf": lambda p: shutil.copy(REPO / "tests" / "data" / "roads_small.osm.pbf", p),
        "speeds.csv": lambda p: p.write_text("class,speed_kmh\r\n10,3\r\n20,4\r\n30,5\r\n80,0\r\n", encoding="utf-8"),
        "BD.txt": _geonames,
        "calls.xlsx": lambda p: _calls(p, project),
        "hsds.json": lambda p: _hsds(p, project),
        "hsds.zip": lambda p: _hsds(p, project),
        "tiles.mbtiles": _mbtiles,
    }
    for name, write in writers.items():
        if not (folder / name).exists():
            write(folder / name)


#: GDAL's decoders of compressed tiles (C and C++ code reading the file's bytes): each has a base raster.
CODECS = ("jpeg", "zstd", "lerc", "lzma")

#: Each kind: its base files, and the reader (a function name below) the command uses.
KINDS = {
    "boundaries": (["adm1.geojson", "areas.geojson", "areas.gpkg", "areas.zip"], "boundaries"),
    "population-table": (["demo-population.csv", "table.csv", "table.xlsx"], "population"),
    "population-raster": (["demo-population.tif", "tiled-deflate.tif", "strips-float32-lzw.tif", "strips-plain.tif"],
                          "population"),
    "raster-codecs": ([f"tiled-{codec}.tif" for codec in CODECS], "population"),
    "spread-by": (["demo-population.tif", "tiled-deflate.tif", "strips-float32-lzw.tif"], "spread_by"),
    "dem": (["dem-int16.tif", "strips-float32-lzw.tif", "tiled-deflate.tif"], "dem"),
    "landcover": (["strips-plain.tif", "tiled-deflate.tif", "dem-int16.tif"], "landcover"),
    "landcover-speeds": (["speeds.csv"], "speeds"),
    "roads": (["roads.gpkg", "roads.geojson", "areas.zip"], "roads"),
    "osm": (["roads_small.osm.pbf"], "roads"),
    "water": (["areas.geojson", "areas.gpkg", "roads.geojson"], "water"),
    "gazetteer": (["BD.txt", "table.csv", "table.xlsx"], "gazetteer"),
    "candidates": (["table.csv", "table.xlsx", "roads.gpkg"], "candidates"),
    "merge-project": (["project.gpkg"], "merge"),
    "call-sheet": (["calls.xlsx"], "verify"),
    "hsds": (["hsds.json", "hsds.zip"], "hsds"),
    "mbtiles": (["tiles.mbtiles"], "mbtiles"),
}

# --- the changes ----------------------------------------------------------------------------------

#: TIFF tags worth changing, and values to put in them.
_TIFF_TAGS = {256: "width", 257: "height", 258: "bits per sample", 259: "compression", 273: "strip offsets",
              277: "samples per pixel", 278: "rows per strip", 279: "strip byte counts", 284: "planar configuration",
              317: "predictor", 322: "tile width", 323: "tile length", 324: "tile offsets", 325: "tile byte counts",
              338: "extra samples", 339: "sample format", 33550: "pixel scale", 33922: "tie point",
              34264: "transformation", 34735: "geokeys", 34736: "geo doubles", 42112: "GDAL metadata",
              42113: "nodata"}
_TIFF_VALUES = [0, 1, 2, 3, 7, 8, 16, 32, 64, 65535, 65536, 2**31 - 1, 2**31, 2**32 - 1, 1_000_000, 100_000,
                5, 6, 7, 8, 32773, 34712, 34887, 50000, 50001, 34925, 4, 12, 24, 128]
_TIFF_TYPES = {1: 1, 2: 1, 3: 2, 4: 4, 5: 8, 6: 1, 7: 1, 8: 2, 9: 4, 10: 8, 11: 4, 12: 8, 16: 8, 17: 8, 18: 8}


def mutate_tiff(data: bytes, rng: random.Random) -> bytes:
    """A classic little-endian TIFF with one to three of its first IFD's fields changed: a value, an
    element of an array (offsets, byte counts, georeferencing doubles), the field's type or count."""
    if not data.startswith(b"II*\x00"):
        return fuzz_readers.mutate(data, rng, BINARY_TOKENS)
    b = bytearray(data)
    ifd = struct.unpack_from("<I", b, 4)[0]
    if ifd + 2 > len(b):
        return bytes(b)
    n = struct.unpack_from("<H", b, ifd)[0]
    entries = [ifd + 2 + 12 * i for i in range(n) if ifd + 14 + 12 * i <= len(b)]
    wanted = [e for e in entries if struct.unpack_from("<H", b, e)[0] in _TIFF_TAGS] or entries
    for _ in range(rng.randint(1, 3)):
        if not wanted:
            break
        e = rng.choice(wanted)
        kind, count = struct.unpack_from("<HI", b, e + 2)
        size = _TIFF_TYPES.get(kind, 1)
        op = rng.random()
        if op < 0.15:  # the count
            struct.pack_into("<I", b, e + 4, rng.choice([0, 1, 2, count + 1, count * 1000, 2**31, 2**32 - 1]) & 0xFFFFFFFF)
        elif op < 0.25:  # the type
            struct.pack_into("<H", b, e + 2, rng.choice(list(_TIFF_TYPES) + [0, 13, 99]))
        elif size * count <= 4 or op < 0.35:  # the value held in the entry (or the array's offset)
            value = rng.choice(_TIFF_VALUES)
            if size == 2 and count <= 2:
                struct.pack_into("<H", b, e + 8, value & 0xFFFF)
            else:
                struct.pack_into("<I", b, e + 8, value & 0xFFFFFFFF)
        else:  # one element of the array the entry points at
            at = struct.unpack_from("<I", b, e + 8)[0] + size * rng.randrange(count)
            if at + size <= len(b):
                if kind in (11, 12):
                    value = rng.choice([0.0, -0.0, 1e-300, -1e-300, 1e300, float("nan"), float("inf"), 1e9, -180.0])
                    struct.pack_into("<d" if kind == 12 else "<f", b, at,
                                     value if kind == 12 or not abs(value) >= 3e38 else 3e38)
                else:
                    value = rng.choice(_TIFF_VALUES + [len(b), len(b) - 1, len(b) * 1000])
                    fmt = {1: "<B", 2: "<H", 4: "<I", 8: "<Q"}[size]
                    struct.pack_into(fmt, b, at, value & ((1 << (8 * size)) - 1))
    return bytes(b)


def mutate_sqlite(path: Path, rng: random.Random) -> None:
    """Change the database in place: a row's value (a blob's bytes, a number far too large, text where
    a number was) in one of its tables, or raw bytes of a page past the header."""
    if rng.random() < 0.25:
        data = bytearray(path.read_bytes())
        for _ in range(rng.randint(1, 8)):
            at = rng.randrange(100, len(data))
            data[at:at + 4] = rng.choice(BINARY_TOKENS)[:4]
        path.write_bytes(bytes(data))
        return
    conn = sqlite3.connect(path)
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' "
                                             "AND name NOT LIKE 'rtree%' AND name NOT LIKE 'sqlite%'")]
        for _ in range(rng.randint(1, 3)):
            table = rng.choice(tables)
            columns = [r[1] for r in conn.execute(f'PRAGMA table_info("{table}")')]
            rows = conn.execute(f'SELECT rowid FROM "{table}"').fetchall()
            if not rows or not columns:
                continue
            column, rowid = rng.choice(columns), rng.choice(rows)[0]
            old = conn.execute(f'SELECT "{column}" FROM "{table}" WHERE rowid = ?', (rowid,)).fetchone()[0]
            if isinstance(old, bytes) and old:
                new = fuzz_readers.mutate(old, rng, BINARY_TOKENS)
            else:
                new = rng.choice([None, -1, 0, 2**31, 2**63 - 1, 1e308, float("nan"), "", "x" * 70000, "NaN",
                                  "-1", "99999999999", b"\x00\xff", "EPSG:999999", "é\x00"])
            try:
                conn.execute(f'UPDATE "{table}" SET "{column}" = ? WHERE rowid = ?', (new, rowid))
            except sqlite3.DatabaseError:
                pass  # a constraint or a trigger said no
        conn.commit()
    finally:
        conn.close()


def mutate_zip(base: Path, path: Path, rng: random.Random) -> None:
    """The zip ``base`` written to ``path`` with one of its parts changed (a sheet's XML, a .shp's or
    .dbf's bytes, a CSV of a data package)."""
    with zipfile.ZipFile(base) as z:
        parts = {name: z.read(name) for name in z.namelist()}
    names = list(parts)
    sheets = [n for n in names if "worksheets/sheet" in n or "sharedStrings" in n or n.endswith((".shp", ".dbf"))]
    target = rng.choice(sheets) if sheets and rng.random() < 0.6 else rng.choice(names)
    suffix = Path(target).suffix
    tokens = (fuzz_readers.TOKENS if suffix in (".xml", ".rels") else CSV_TOKENS if suffix == ".csv" else
              JSON_TOKENS if suffix == ".json" else BINARY_TOKENS)
    parts[target] = fuzz_readers.mutate(parts[target], rng, tokens)
    make_corpus.write_zip(path, parts)


def make(kind: str, seed: int, bases: Path, folder: Path) -> Path:
    """The file of ``seed`` for ``kind``, written into ``folder`` (the same file every time)."""
    rng = random.Random(f"{kind}:{seed}")
    base = bases / rng.choice(KINDS[kind][0])
    path = folder / f"s{seed}-{base.name}"
    suffix = "".join(base.suffixes[-2:]) if base.name.endswith(".osm.pbf") else base.suffix
    if suffix in (".gpkg", ".mbtiles"):
        shutil.copy(base, path)
        mutate_sqlite(path, rng)
    elif suffix in (".zip", ".xlsx"):
        mutate_zip(base, path, rng)
    elif suffix == ".tif":
        data = base.read_bytes()
        path.write_bytes(mutate_tiff(data, rng) if rng.random() < 0.7 else fuzz_readers.mutate(data, rng, BINARY_TOKENS))
    else:
        tokens = {".geojson": JSON_TOKENS, ".json": JSON_TOKENS, ".csv": CSV_TOKENS, ".txt": CSV_TOKENS}.get(
            suffix, BINARY_TOKENS)
        data = base.read_bytes()
        path.write_bytes(fuzz_readers.mutate(data, rng, tokens))
        if suffix == ".osm.pbf" and rng.random() < 0.5:  # a blob header's or a blob's declared size
            b = bytearray(path.read_bytes())
            at = rng.choice([0, *(i - 4 for i in range(4, len(b)) if b[i:i + 1] == b"\x0a")][:40])
            b[at:at + 4] = struct.pack(">I", rng.choice([0, 2**31, 2**32 - 1, 64 * 2**20, len(b) * 10]))
            path.write_bytes(bytes(b))
    return path


# --- the readers ----------------------------------------------------------------------------------


class Context:
    """What the readers need besides the file: the project (a copy of the base) and its grid."""

    def __init__(self, bases: Path, folder: Path):
        from directory.store import Project
        from mapping.coverage.grid import grid_for

        shutil.copy(bases / "project.gpkg", folder / "project.gpkg")
        self.project = Project.open(folder / "project.gpkg")
        _, polygons = self.project.admin_geometries(2)
        self.grid = grid_for(polygons, 1000)
        self.bases = bases


def read(reader: str, path: Path, ctx: Context):
    if reader == "boundaries":
        from importers.boundaries import read_boundaries

        return read_boundaries([path])
    if reader in ("population", "spread_by"):
        from mapping.coverage.demand import demand_on_grid

        if reader == "spread_by":
            return demand_on_grid(ctx.project, ctx.grid, ctx.bases / "table.csv", set(), spread_by=path)
        return demand_on_grid(ctx.project, ctx.grid, path, set())
    if reader in ("dem", "landcover", "roads", "water"):
        from mapping.coverage.analysis import _friction

        option = {"dem": "dem", "landcover": "landcover", "roads": "roads", "water": "water"}[reader]
        return _friction(ctx.grid, **{"roads": None, "water": None, "dem": None, option: path})
    if reader == "speeds":
        from mapping.coverage.landcover import offroad_speeds

        return offroad_speeds(ctx.bases / "strips-plain.tif", ctx.grid, path)
    if reader == "gazetteer":
        from mapping.geocode import sources
        from mapping.geocode.index import read_source

        rows, _ = read_source(path)
        return sources.place_pcodes(ctx.project, rows)
    if reader == "candidates":
        from mapping.coverage.suggest import _read_candidates

        return _read_candidates(path)
    if reader == "merge":
        from importers.merge import read_other

        return read_other(path, project=ctx.project)
    if reader == "verify":
        from importers.verification_import import plan

        return plan(ctx.project, path)
    if reader == "hsds":
        from importers.pipeline import read_file

        return read_file(path)
    if reader == "mbtiles":
        from mapping.maps.basemap import open_source

        source = open_source(path)
        return [source.tile(z, x, y) for z in range(5) for x in range(2**min(z, 2)) for y in range(2**min(z, 2))]
    raise ValueError(reader)


def _address_space() -> int:
    with open("/proc/self/status") as f:
        return next(int(line.split()[1]) * 1024 for line in f if line.startswith("VmSize:"))


#: A seed whose reading raises the child's peak resident memory by more than this is reported (the
#: hostile corpus allows a command 300 MB over the loaded libraries). RLIMIT_AS alone hides a 4 GB
#: block: GDAL's allocation fails under the limit, and the file is refused as if it were only damaged.
max_growth_mb = 300


def child(kind: str, first: int, count: int, bases: Path, seconds: int, memory_gb: float) -> None:
    from directory.errors import UserFacingError

    folder = Path(tempfile.mkdtemp(prefix=f"fuzz-inputs-{kind}-"))
    ctx = Context(bases, folder)
    # the readers' modules, imported before the limit
    from importers import boundaries, merge, pipeline, verification_import  # noqa: F401
    from mapping.coverage import analysis, demand, landcover, suggest  # noqa: F401
    from mapping.geocode import index  # noqa: F401
    from mapping.maps import basemap  # noqa: F401

    limit = _address_space() + int(memory_gb * 2**30)
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    signal.signal(signal.SIGALRM, signal.SIG_DFL)  # a seed that takes too long ends the process
    for seed in range(first, first + count):
        print("SEED", seed, flush=True)
        path = make(kind, seed, bases, folder)
        signal.alarm(seconds)
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        try:
            read(KINDS[kind][1], path, ctx)
            outcome = "read"
        except UserFacingError as exc:
            outcome = "refused"
            lines = str(exc).splitlines()
            if len(lines) != 1 or path.name not in lines[0]:
                print("BUG", seed, "refusal-not-one-line-naming-the-file", repr(str(exc)[:200]), flush=True)
            elif any(word in lines[0].lower() for word in ("cannot allocate", "memory allocation")):  # libtiff's own
                # "Out of memory reading of ..." is its cap on a tag's size, not an allocation that failed
                print("BUG", seed, "refused-only-because-memory-ran-out", repr(lines[0][:200]), flush=True)
        except MemoryError:
            print("BUG", seed, "MemoryError", flush=True)
            traceback.print_exc(limit=-4)
            outcome = "bug"
        except Exception as exc:  # noqa: BLE001 - every other exception is what this looks for
            where = traceback.extract_tb(exc.__traceback__)[-1]
            print("BUG", seed, type(exc).__name__, f"{Path(where.filename).name}:{where.lineno}",
                  str(exc).replace("\n", " ")[:200], flush=True)
            traceback.print_exc(limit=-4)
            outcome = "bug"
        signal.alarm(0)
        grew = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - peak) / 1024
        if grew > max_growth_mb:  # the peak only rises: a seed that raised it this much asked for this much more
            print("BUG", seed, "memory", f"peak memory rose by {grew:,.0f} MB", flush=True)
        print("OUT", seed, outcome, flush=True)
        for p in folder.glob(f"s{seed}-*"):
            shutil.rmtree(p) if p.is_dir() else p.unlink()
    ctx.project.close()
    shutil.rmtree(folder, ignore_errors=True)
    print("DONE", flush=True)


def run(kind: str, first: int, count: int, bases: Path, seconds: int, memory_gb: float) -> collections.Counter:
    """Run the seeds of one kind, child after child; print each bug and a line of counts."""
    counts, bugs, seed, end = collections.Counter(), collections.Counter(), first, first + count
    while seed < end:
        proc = subprocess.run([sys.executable, __file__, kind, str(seed), str(end - seed), "--child", "--bases",
                               str(bases), "--seconds", str(seconds), "--memory-gb", str(memory_gb)],
                              check=False, capture_output=True, text=True, errors="replace")
        last = None
        for line in proc.stdout.splitlines():
            word, *rest = line.split(" ", 2)
            if word == "SEED":
                last = int(rest[0])
            elif word == "OUT":
                counts[rest[1]] += 1
            elif word == "BUG":
                signature = " ".join(line.split(" ")[2:4])  # the exception's type and where it was raised
                if signature not in bugs:
                    print(f"{kind} {line}", flush=True)
                bugs[signature] += 1
        if "DONE" in proc.stdout:
            break
        status = proc.returncode
        why = ("time limit" if status == -signal.SIGALRM else f"killed by {signal.Signals(-status).name}"
               if status < 0 else f"exit status {status}")
        tail = [s for s in proc.stderr.strip().splitlines() if s.strip()][-3:]
        print(f"{kind} DIED {last} {why}: {' | '.join(tail)[:300]}", flush=True)
        counts["died" if status != -signal.SIGALRM else "time limit"] += 1
        seed = (last if last is not None else seed) + 1
    print(f"{kind} seeds {first}–{end - 1}: {json.dumps(dict(counts))}", flush=True)
    for signature, n in bugs.most_common():
        print(f"{kind}   {n} × {signature}", flush=True)
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("kind", nargs="?", help="one of --list, or 'all'")
    parser.add_argument("first", type=int, nargs="?", default=0)
    parser.add_argument("count", type=int, nargs="?", default=100)
    parser.add_argument("--seconds", type=int, default=60, help="time limit per seed")
    parser.add_argument("--memory-gb", type=float, default=2.0, help="address space the reader may add")
    parser.add_argument("--bases", type=Path, help="folder of the base files (written there once)")
    parser.add_argument("--keep", type=Path, help="write the file of seed FIRST into this folder and stop")
    parser.add_argument("--list", action="store_true", help="list the kinds")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.list:
        for kind, (files, reader) in KINDS.items():
            print(f"{kind:20} {reader:12} {', '.join(files)}")
        return
    bases = args.bases or Path(tempfile.gettempdir()) / "fuzz-inputs-bases"
    if args.child:
        child(args.kind, args.first, args.count, bases, args.seconds, args.memory_gb)
        return
    make_bases(bases)
    if args.keep:
        args.keep.mkdir(parents=True, exist_ok=True)
        print(make(args.kind, args.first, bases, args.keep))
        return
    kinds = list(KINDS) if args.kind == "all" else [args.kind]
    for kind in kinds:
        run(kind, args.first, args.count, bases, args.seconds, args.memory_gb)


if __name__ == "__main__":
    main()
