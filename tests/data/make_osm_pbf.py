"""Make a small OpenStreetMap extract (.osm.pbf) with pyosmium's own writer, for the roads tests.

    python tests/data/make_osm_pbf.py [OUT.osm.pbf]   (default: tests/data/roads_small.osm.pbf)

The roads lie in Chattogram (Bangladesh), around the demo project's services:

* a primary road running north–south along 91.80°E from 22.20°N to 22.60°N;
* a secondary road east–west along 22.40°N from 91.70°E to 91.95°E;
* residential streets, a track and a footpath near their crossing;
* things that are not roads one can travel: a proposed road, a pedestrian square tagged
  ``area=yes`` and a river (``waterway``, not ``highway``);
* one residential street far away in Myanmar (96°E), outside any Chattogram analysis area.
"""

from __future__ import annotations

import sys
from pathlib import Path

import osmium
from osmium.osm import mutable

HERE = Path(__file__).resolve().parent

#: (tags, [(lon, lat), …]) for every way.
WAYS = [
    ({"highway": "primary", "name": "N1", "ref": "N1"}, [(91.80, 22.20), (91.80, 22.30), (91.80, 22.40), (91.80, 22.60)]),
    ({"highway": "secondary", "name": "R160"}, [(91.70, 22.40), (91.80, 22.40), (91.95, 22.40)]),
    ({"highway": "residential"}, [(91.81, 22.41), (91.83, 22.41), (91.83, 22.43)]),
    ({"highway": "residential", "name": "Station Road"}, [(91.81, 22.42), (91.82, 22.44)]),
    ({"highway": "track"}, [(91.84, 22.36), (91.88, 22.33)]),
    ({"highway": "footway"}, [(91.77, 22.45), (91.76, 22.47)]),
    ({"highway": "proposed", "name": "Planned bypass"}, [(91.70, 22.25), (91.95, 22.25)]),
    ({"highway": "pedestrian", "area": "yes"}, [(91.78, 22.30), (91.79, 22.30), (91.79, 22.31), (91.78, 22.30)]),
    ({"waterway": "river", "name": "Karnaphuli"}, [(91.70, 22.33), (91.95, 22.28)]),
    ({"highway": "residential", "name": "far away"}, [(96.10, 16.80), (96.12, 16.82)]),
]


def write(out: Path) -> Path:
    if out.exists():
        out.unlink()
    writer = osmium.SimpleWriter(str(out))
    node_ids: dict[tuple[float, float], int] = {}
    try:
        for _, coords in WAYS:  # nodes first, as in every OSM file; shared points become shared nodes
            for lon, lat in coords:
                if (lon, lat) not in node_ids:
                    node_ids[(lon, lat)] = len(node_ids) + 1
                    writer.add_node(mutable.Node(id=node_ids[(lon, lat)], location=(lon, lat), tags={}))
        for i, (tags, coords) in enumerate(WAYS, start=1):
            writer.add_way(mutable.Way(id=1000 + i, nodes=[node_ids[c] for c in coords], tags=tags))
    finally:
        writer.close()
    return out


if __name__ == "__main__":
    print(write(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "roads_small.osm.pbf"))
