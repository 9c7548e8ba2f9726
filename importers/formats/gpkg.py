"""A GeoPackage of the directory for QGIS and other GIS: one point layer, one feature per
service at a site, with the flat layout's columns as attributes.

Services without a point (unplaced, or a confidential site withheld) are features without a
geometry, so the table still lists them. This is an export file, not a ServiceMap project.
"""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pyogrio
import pyogrio.raw
import shapely

from directory import file_gate
from directory.safe_text import plain
from directory.store import Project
from importers.formats import flat
from importers.formats.guard import select
from importers.formats.tables import FormatError
from importers.result import ImportResult

#: The endings of the files this writer writes (the first is the usual one).
SUFFIXES = (".gpkg",)
LAYER = "services"
_NUMBERS = {"latitude", "longitude", "minimum_age", "maximum_age", "capacity"}


def write(project: Project, out_path: str | Path, *, area: str | None = None, include_confidential: bool = False) -> int:
    """Write the ``services`` layer (EPSG:4326), replacing the file; returns the number of features.

    Written through pyogrio's raw interface (arrays, a CRS given as text): no GeoDataFrame and
    no pyproj object, which keeps this safe to call from a worker thread.
    """
    selection = select(project, area=area, include_confidential=include_confidential)
    rows = [flat.row(e, selection) for e in selection.entries]
    fields = list(flat.KEYS)
    data = [
        np.array([np.nan if r[k] is None else float(r[k]) for r in rows], dtype="float64") if k in _NUMBERS
        else np.array(["" if r[k] is None else str(plain(r[k])) for r in rows], dtype=object)
        for k in fields
    ]
    geometry = np.array([
        shapely.to_wkb(shapely.Point(r["longitude"], r["latitude"]))
        if r["latitude"] is not None and r["longitude"] is not None else None
        for r in rows
    ], dtype=object)
    out_path = Path(out_path)
    if out_path.exists():
        out_path.unlink()
    pyogrio.raw.write(out_path, geometry, data, fields, layer=LAYER, driver="GPKG", geometry_type="Point",
                      crs="EPSG:4326", nan_as_null=True)
    return len(rows)


def _value(x: object) -> object:
    if x is None or (isinstance(x, float) and math.isnan(x)):
        return None
    return x


def read(path: str | Path, *, region: str | None = None, taxonomy=None) -> ImportResult:
    """Read a GeoPackage this module wrote (its ``services`` layer); a point overrides the columns."""
    path = Path(path)
    file_gate.vector(path, "GeoPackage")  # readable, of believable size, its coordinates in their system
    try:
        layers = [name for name, _ in pyogrio.list_layers(path)]
    except Exception as exc:
        raise FormatError(f"{path}: not a readable GeoPackage ({exc}).") from None
    if LAYER not in layers:
        raise FormatError(f"{path}: no '{LAYER}' layer (it has {', '.join(layers) or 'none'}). "
                          "Export the directory with 'servicemap export --format gpkg' to get one.")
    meta, _, geometry, data = pyogrio.raw.read(path, layer=LAYER)
    names = list(meta["fields"])
    reader = flat.FlatReader(path.name, region=region, taxonomy=taxonomy)
    for i in range(len(geometry)):
        values = {k: _value(data[names.index(k)][i]) if k in names else None for k in flat.KEYS}
        geom = shapely.from_wkb(geometry[i]) if geometry[i] is not None else None
        if geom is not None and not geom.is_empty:
            values["latitude"], values["longitude"] = geom.y, geom.x
        reader.add(values, LAYER, i + 1)
    return reader.result
