"""Score the importer on a folder of hand-labelled lists, row by row.

    python tests/data/real_lists/score.py FOLDER [-v]

Each ``<stem>.labels.json`` in FOLDER (the shape of the ones in dev/ and own/) is imported into a
fresh project with the demo's boundaries and ServiceMap's taxonomy, as ``tests/test_real_lists.py``
does. Printed: per list, services with exactly the labelled types, confidential services found,
services marked confidential that the labels say are not, labelled points placed where the writer
meant (within 0.001°); then the totals. ``-v`` prints every miss. The held-out lists the lead
measures with are kept outside the repository (their writers did not read the code); this script
is how they are scored.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))

from tests.labelled_lists import demo_like_project, import_labelled


def score_list(base: Path, labels_file: Path, work: Path) -> dict:
    labels = json.loads(labels_file.read_text(encoding="utf-8"))
    counts = {"rows": 0, "types": 0, "confidential": 0, "labelled_confidential": 0, "extra_confidential": 0,
              "points": 0, "labelled_points": 0, "misses": []}
    for label, row, service, site in import_labelled(base, labels_file, work):
        where = f"{labels['file']} {label['sheet']} row {label['row']}"
        counts["rows"] += 1
        got = sorted(service.service_types) if service else None
        if got == sorted(label["types"]):
            counts["types"] += 1
        else:
            why = row.messages[:1] if service is None and row is not None else ""
            counts["misses"].append(f"types  {where}: labelled {sorted(label['types'])}, got {got} {why}"
                                    f"| {label.get('service_text', '')[:90]}")
        if label["confidential"]:
            counts["labelled_confidential"] += 1
            if service is not None and service.confidential:
                counts["confidential"] += 1
            else:
                counts["misses"].append(f"SECRET {where}: not confidential | {label.get('service_text', '')[:90]}")
        elif service is not None and service.confidential:
            counts["extra_confidential"] += 1
            counts["misses"].append(f"extra  {where}: marked confidential | {label.get('service_text', '')[:90]}")
        if label.get("latitude") is not None:
            counts["labelled_points"] += 1
            if (site is not None and site.latitude is not None and abs(site.latitude - label["latitude"]) <= 1e-3
                    and abs(site.longitude - label["longitude"]) <= 1e-3):
                counts["points"] += 1
            else:
                got_point = (site.latitude, site.longitude) if site is not None else None
                counts["misses"].append(f"point  {where}: labelled {label['latitude']}, {label['longitude']}, "
                                        f"got {got_point}")
    return counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args(argv)
    files = sorted(args.folder.glob("*.labels.json"))
    if not files:
        print(f"no *.labels.json in {args.folder}", file=sys.stderr)
        return 2
    total: dict = {}
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        base = demo_like_project(work / "base.gpkg")
        for labels_file in files:
            c = score_list(base, labels_file, work)
            print(f"{labels_file.name.split('.')[0]:34} types {c['types']:3}/{c['rows']:<3} confidential "
                  f"{c['confidential']}/{c['labelled_confidential']} (+{c['extra_confidential']} extra) "
                  f"points {c['points']}/{c['labelled_points']}")
            if args.verbose:
                for miss in c["misses"]:
                    print("    " + miss)
            for key, value in c.items():
                total[key] = total.get(key, 0) + value if key != "misses" else []
    print(f"{'TOTAL':34} types {total['types']}/{total['rows']} ({100 * total['types'] / total['rows']:.1f}%) "
          f"confidential {total['confidential']}/{total['labelled_confidential']} "
          f"(+{total['extra_confidential']} extra) points {total['points']}/{total['labelled_points']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
