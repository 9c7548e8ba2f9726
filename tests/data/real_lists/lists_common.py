"""Small helpers shared by make_dev.py and make_holdout.py.

Only used to (a) convert the coordinates I wrote by hand into the decimal
degrees I intended, for the label files, and (b) write label files.
"""
import json
import os

OLC_ALPHABET = "23456789CFGHJMPQRVWX"
OLC_RES = [20.0, 1.0, 0.05, 0.0025, 0.000125]


def olc_encode(lat, lng):
    """Full 10-digit Open Location Code (Plus Code)."""
    lat = lat + 90.0
    lng = lng + 180.0
    code = ""
    for r in OLC_RES:
        d = int(lat // r + 1e-9)
        lat -= d * r
        e = int(lng // r + 1e-9)
        lng -= e * r
        code += OLC_ALPHABET[d] + OLC_ALPHABET[e]
        if len(code) == 8:
            code += "+"
    return code


def olc_decode_center(code):
    code = code.replace("+", "")
    lat = lng = 0.0
    for i, r in enumerate(OLC_RES):
        lat += OLC_ALPHABET.index(code[2 * i]) * r
        lng += OLC_ALPHABET.index(code[2 * i + 1]) * r
    return lat - 90.0 + OLC_RES[-1] / 2, lng - 180.0 + OLC_RES[-1] / 2


def dms(d, m=0.0, s=0.0, hem="N"):
    v = d + m / 60.0 + s / 3600.0
    if hem in ("S", "W"):
        v = -v
    return round(v, 4)


def r4(x):
    return None if x is None else round(x, 4)


class Labels:
    """Collects hand-written labels while rows are written, so the row numbers
    are the ones Excel shows."""

    def __init__(self, file, sheet_notes):
        self.file = file
        self.sheet_notes = sheet_notes
        self.rows = []
        self.keys = {}

    def add(self, sheet, row, org, text, types, conf=False, amb=False,
            lat=None, lon=None, note=None, key=None, dup=None):
        e = {"sheet": sheet, "row": row, "organisation": org,
             "service_text": text, "types": list(types),
             "confidential": bool(conf), "ambiguous": bool(amb),
             "latitude": r4(lat), "longitude": r4(lon)}
        if note:
            e["note"] = note
        if dup is not None:
            e["duplicate_of"] = dup  # resolved later if it is a key
        self.rows.append(e)
        if key:
            self.keys[key] = row
        return e

    def resolve(self):
        for e in self.rows:
            d = e.get("duplicate_of")
            if isinstance(d, str):
                e["duplicate_of"] = self.keys[d]
        # back-link: the first occurrence also gets duplicate_of the later one
        return self

    def as_dict(self, file=None, sheet_rename=None, extra_note=None):
        rows = []
        for e in self.rows:
            e2 = dict(e)
            if sheet_rename:
                e2["sheet"] = sheet_rename.get(e2["sheet"], e2["sheet"])
            rows.append(e2)
        notes = self.sheet_notes + ((" " + extra_note) if extra_note else "")
        return {"file": file or self.file, "sheet_notes": notes, "rows": rows}

    def write(self, folder, file=None, sheet_rename=None, extra_note=None):
        self.resolve()
        f = file or self.file
        stem = f.rsplit(".", 1)[0]
        with open(os.path.join(folder, stem + ".labels.json"), "w",
                  encoding="utf-8") as fh:
            json.dump(self.as_dict(f, sheet_rename, extra_note), fh,
                      ensure_ascii=False, indent=1)


if __name__ == "__main__":
    # sanity check against Google's published example
    print(olc_encode(47.365590, 8.524997), "expect 8FVC9G8F+6X")
    print(olc_decode_center("8FVC9G8F+6X"))
