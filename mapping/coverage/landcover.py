"""Off-road speed from a land-cover raster: a class → km/h table, as AccessMod's scenarios do.

People off the roads walk faster across grassland than through forest, wade slowly through
wetland and cannot cross open water or permanent snow. A land-cover GeoTIFF of classes (ESA
WorldCover by default, or any classification with a speed table) gives each cell its
off-road speed; roads are burnt over it afterwards, so a bridge still crosses a river.

Default speeds for ESA WorldCover 10 m (2020/2021) classes, walking with a load on foot paths
typical of rural low- and middle-income settings (ServiceMap's defaults, to be adjusted to
local knowledge with a speeds CSV):

==== ============================ ======
code class                        km/h
==== ============================ ======
10   tree cover                   3
20   shrubland                    4
30   grassland                    5
40   cropland                     4.5
50   built-up                     5
60   bare / sparse vegetation     4.5
70   snow and ice                 impassable
80   permanent water bodies       impassable
90   herbaceous wetland           2
95   mangroves                    1
100  moss and lichen              4
==== ============================ ======

A speeds CSV has a header with ``class`` and ``speed_kmh`` columns (``speed`` or ``kmh`` also
work); 0 makes a class impassable. Cells outside the raster, with its no-data value, or of a
class missing from the table keep the plain walking speed, and the notes say how many.
"""

from __future__ import annotations

import csv
from pathlib import Path

import numpy as np

from directory import file_gate
from directory.errors import UserFacingError
from mapping.coverage.grid import Grid, open_raster, reading_cells, window_to_read

WORLDCOVER_KMH: dict[int, float] = {10: 3.0, 20: 4.0, 30: 5.0, 40: 4.5, 50: 5.0, 60: 4.5, 70: 0.0, 80: 0.0,
                                    90: 2.0, 95: 1.0, 100: 4.0}
WORLDCOVER_NAMES = {10: "tree cover", 20: "shrubland", 30: "grassland", 40: "cropland", 50: "built-up",
                    60: "bare / sparse vegetation", 70: "snow and ice", 80: "permanent water", 90: "herbaceous wetland",
                    95: "mangroves", 100: "moss and lichen"}
_CLASS_HEADERS = ("class", "code", "value", "landcover", "land_cover")
_SPEED_HEADERS = ("speed_kmh", "speed", "kmh", "speed_km_h")


class LandCoverError(UserFacingError):
    """A land-cover raster or speeds table ServiceMap cannot use."""


def read_speeds(path: str | Path) -> dict[int, float]:
    """The class → km/h table of a CSV; errors name the file, row and column."""
    text = file_gate.text(path, "land-cover speeds table")
    try:
        sample = text[:4096]
        sample = sample[: sample.rfind("\n") + 1] or sample  # whole lines: a long cell must not cut one in two
        dialect = csv.Sniffer().sniff(sample, delimiters=",;\t") if sample.strip() else csv.excel
        rows = list(file_gate.csv_rows(text, dialect=dialect))
    except csv.Error as exc:
        raise LandCoverError(f"{path}: cannot read it as a CSV table ({file_gate.first_line(exc)}). Save it as CSV "
                             "(UTF-8).") from None
    if not rows:
        raise LandCoverError(f"{path}: the file is empty. Give a header 'class,speed_kmh' and one row per class.")
    header = [h.strip().lower() for h in rows[0]]
    ci = next((header.index(h) for h in _CLASS_HEADERS if h in header), None)
    si = next((header.index(h) for h in _SPEED_HEADERS if h in header), None)
    if ci is None or si is None:
        raise LandCoverError(f"{path}: the header needs a 'class' and a 'speed_kmh' column (found: {file_gate.visible(', '.join(rows[0]))[:200]}).")
    speeds: dict[int, float] = {}
    for n, row in enumerate(rows[1:], start=2):
        if not any(cell.strip() for cell in row):
            continue
        cls, kmh = (row[ci].strip() if ci < len(row) else ""), (row[si].strip() if si < len(row) else "")
        try:
            code = int(float(cls))
        except (ValueError, OverflowError):  # not a number, or infinity
            raise LandCoverError(f"{path}, row {n}, column '{file_gate.visible(rows[0][ci])}': "
                                 f"{file_gate.visible(cls[:40])!r} is not a class number.") from None
        try:
            value = float(kmh.replace(",", "."))
        except ValueError:
            raise LandCoverError(f"{path}, row {n}, column '{file_gate.visible(rows[0][si])}': "
                                 f"{file_gate.visible(kmh[:40])!r} is not a speed in km/h.") from None
        if not np.isfinite(value) or value < 0:
            raise LandCoverError(f"{path}, row {n}, column '{file_gate.visible(rows[0][si])}': a speed must be 0 "
                                 "(impassable) or more.")
        speeds[code] = value
    if not speeds:
        raise LandCoverError(f"{path}: no classes in the table. Add one row per class: class,speed_kmh.")
    return speeds


def classes_on_grid(path: str | Path, grid: Grid) -> tuple[np.ndarray, list[str]]:
    """The land-cover class of each grid cell (-1: no data), with a note on any resampling.

    Classes are categories, not quantities: finer rasters are brought onto the grid by the
    most common class in each cell (mode), coarser ones by the nearest cell.
    """
    from rasterio.warp import Resampling, reproject

    path = Path(path)
    if not path.exists():
        raise LandCoverError(f"{path}: no such land-cover raster. Check the path.")
    notes: list[str] = []
    with open_raster(path, LandCoverError, " Give a GeoTIFF of land-cover classes.") as src, \
            reading_cells(path, LandCoverError):
        if not np.issubdtype(np.dtype(src.dtypes[0]), np.integer):
            raise LandCoverError(f"{path}: the raster holds {src.dtypes[0]} values, not class numbers. "
                                 "Give a land-cover raster of classes (e.g. ESA WorldCover).")
        metres = src.res[0] * (111_320.0 if src.crs.is_geographic else 1.0)
        finer = metres < grid.cell * 0.75
        how = "the most common class in each cell" if finer else "the nearest class"
        out = np.full(grid.shape, -1, dtype=np.int32)
        window = window_to_read(src, grid, path, LandCoverError, "land cover", notes)
        data = src.read(1, window=window)  # a truncated GeoTIFF fails only when its blocks are read
        if data.size:
            reproject(data, out, src_transform=src.window_transform(window), src_crs=src.crs, dst_transform=grid.transform,
                      dst_crs=grid.crs, resampling=Resampling.mode if finer else Resampling.nearest,
                      src_nodata=src.nodata, dst_nodata=-1)
        units = f"{src.res[0]:.6g}°" if src.crs.is_geographic else f"{src.res[0]:g} m"
        note = (f"land cover {path.name} ({units} cells, {src.crs.to_string()}) brought onto {grid.cell:g} m cells "
                f"in {grid.crs.name} by {how}")
    return out, [note, *notes]


def offroad_speeds(path: str | Path, grid: Grid, speeds: dict[int, float] | str | Path | None = None,
                   walking_kmh: float = 5.0) -> tuple[np.ndarray, list[str]]:
    """km/h off the roads for each cell (0: impassable), from the land cover and a speeds table.

    ``speeds`` is a class → km/h dict, a CSV path, or None for the ESA WorldCover defaults.
    """
    table_name = "ESA WorldCover defaults"
    if speeds is None:
        table = dict(WORLDCOVER_KMH)
    elif isinstance(speeds, dict):
        table, table_name = {int(k): float(v) for k, v in speeds.items()}, "the given speeds"
    else:
        table, table_name = read_speeds(speeds), Path(speeds).name
    classes, notes = classes_on_grid(path, grid)
    kmh = np.full(grid.shape, float(walking_kmh))
    present, counts = np.unique(classes[classes >= 0], return_counts=True)
    for code in present:
        if int(code) in table:
            kmh[classes == code] = table[int(code)]
    missing = [int(c) for c in present if int(c) not in table]
    total = classes.size
    used = [f"{_name(c, speeds is None)} {table[c]:g} km/h" if table[c] > 0 else f"{_name(c, speeds is None)} impassable"
            for c in present.tolist() if c in table]
    notes.append(f"off-road speed by land-cover class ({table_name}): " + (", ".join(used) if used else
                 "no class of the table in the analysis area"))
    if missing:
        share = counts[np.isin(present, missing)].sum() / total
        notes.append(f"land-cover classes without a speed ({', '.join(map(str, missing[:10]))}; {share:.1%} of cells) "
                     f"walked at {walking_kmh:g} km/h; add them to the speeds table")
    nodata = int((classes < 0).sum())
    if nodata:
        notes.append(f"{nodata / total:.1%} of cells have no land cover (outside the raster or no data): "
                     f"walked at {walking_kmh:g} km/h")
    return kmh, notes


def _name(code: int, worldcover: bool) -> str:
    return f"{WORLDCOVER_NAMES[code]} ({code})" if worldcover and code in WORLDCOVER_NAMES else f"class {code}"
