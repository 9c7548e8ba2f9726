"""KML for phone map apps (Organic Maps, OsmAnd, Google Earth): one placemark per service
at a placed site, in one folder per service type, with the phone numbers in the balloon.

Services without a point have nothing to show on a map and are left out, so confidential
sites are absent unless ``include_confidential``. The reader takes the placemarks back,
through the ``ExtendedData`` this writer adds.

Map apps show a placemark's name, description and data as HTML, so every text is written
HTML-escaped (:func:`directory.safe_text.markup`) inside the XML: a name such as
``<script>…`` decodes to text, never to markup. The reader unescapes it again.
"""

from __future__ import annotations

import html
import xml.etree.ElementTree as ET
from pathlib import Path

from directory import file_gate
from directory.safe_text import markup
from directory.store import Project
from directory.taxonomy import default_taxonomy
from importers.formats import flat
from importers.formats.guard import select
from importers.formats.tables import FormatError
from importers.result import ImportResult

#: The endings of the files this writer writes (the first is the usual one).
SUFFIXES = (".kml",)
NS = "http://www.opengis.net/kml/2.2"
_BALLOON = ("types", "phones", "emails", "hours", "address", "referral", "fees")


def _q(tag: str) -> str:
    return f"{{{NS}}}{tag}"


def write(project: Project, out_path: str | Path, *, area: str | None = None, include_confidential: bool = False) -> int:
    """Write a KML document; returns the number of placemarks."""
    ET.register_namespace("", NS)
    selection = select(project, area=area, include_confidential=include_confidential)
    taxonomy = default_taxonomy()
    headers = dict(zip(flat.KEYS, flat.headers(selection)))
    root = ET.Element(_q("kml"))
    doc = ET.SubElement(root, _q("Document"))
    ET.SubElement(doc, _q("name")).text = "ServiceMap directory"
    folders: dict[str, ET.Element] = {}
    count = 0
    for entry in selection.entries:
        if entry.site is None or not entry.site.has_point:
            continue
        values = flat.row(entry, selection, taxonomy)
        folder_name = str(values["types"]).split(flat.SEP)[0] or "Other services"
        if folder_name not in folders:
            folders[folder_name] = ET.SubElement(doc, _q("Folder"))
            ET.SubElement(folders[folder_name], _q("name")).text = markup(folder_name)
        mark = ET.SubElement(folders[folder_name], _q("Placemark"))
        ET.SubElement(mark, _q("name")).text = markup(f"{values['service']} — {values['organisation']}")
        ET.SubElement(mark, _q("description")).text = "\n".join(
            markup(f"{headers[k]}: {values[k]}") for k in _BALLOON if values[k] not in (None, "")
        )
        data = ET.SubElement(mark, _q("ExtendedData"))
        for key in flat.KEYS:
            if values[key] not in (None, ""):
                item = ET.SubElement(data, _q("Data"), name=key)
                ET.SubElement(item, _q("displayName")).text = markup(headers[key])
                ET.SubElement(item, _q("value")).text = markup(values[key])
        point = ET.SubElement(mark, _q("Point"))
        ET.SubElement(point, _q("coordinates")).text = f"{entry.site.longitude:.6f},{entry.site.latitude:.6f}"
        count += 1
    ET.indent(root)
    ET.ElementTree(root).write(Path(out_path), encoding="utf-8", xml_declaration=True)
    return count


def read(path: str | Path, *, region: str | None = None, taxonomy=None) -> ImportResult:
    """Read placemarks with ServiceMap's ExtendedData (others: name and point only)."""
    path = file_gate.user_file(path, "KML file", max_bytes=file_gate.MAX_TEXT_BYTES)
    try:
        root = ET.parse(path).getroot()
    except (ET.ParseError, OSError) as exc:
        raise FormatError(f"{path}: not a readable KML file ({exc}).") from None
    reader = flat.FlatReader(path.name, region=region, taxonomy=taxonomy)
    for i, mark in enumerate(root.iter(_q("Placemark")), start=1):
        values: dict[str, object] = {d.get("name"): html.unescape(d.findtext(_q("value")) or "")
                                     for d in mark.iter(_q("Data"))}
        if "service" not in values:
            name = html.unescape(mark.findtext(_q("name")) or "")
            service, _, org = name.partition(" — ")
            values.update(service=service, organisation=org or service)
        coords = (mark.findtext(f"{_q('Point')}/{_q('coordinates')}") or "").strip().split(",")
        if len(coords) >= 2:
            values["longitude"], values["latitude"] = coords[0], coords[1]
        reader.add(values, "Placemarks", i)
    return reader.result
