"""A deliberately unguarded exchange format, for the tests of the tests in test_safety_outputs.py.

It ignores the confidentiality policy and the text guard: every site with its point, names as
typed (formulas, markup, bidirectional controls and all). Registered for a test only, it must
make every safety check fail.
"""

from __future__ import annotations

import csv
import xml.etree.ElementTree as ET
from pathlib import Path

SUFFIXES = (".csv", ".kml")


def write(project, out_path, *, area=None, include_confidential=False) -> int:
    sites = {s.id: s for s in project.sites()}
    rows = [[r.organisation, r.name, "; ".join(r.phones), sites[r.site_id].name, sites[r.site_id].address,
             r.latitude, r.longitude] for r in project.listing()]
    out_path = Path(out_path)
    if out_path.suffix == ".kml":
        root = ET.Element("kml")
        for row in rows:
            mark = ET.SubElement(root, "Placemark")
            ET.SubElement(mark, "description").text = " ".join(str(v) for v in row)
        ET.ElementTree(root).write(out_path, encoding="utf-8")
    else:
        with out_path.open("w", newline="", encoding="utf-8") as f:
            csv.writer(f).writerows(rows)
    return len(rows)
