"""Every reader of a user's file in the shipped code is behind the gate (directory/file_gate),
proved by enumeration: the source of every shipped module is read as a syntax tree, every call
that opens a file with a reader library is found (tests/gate_scan.py), and each must read what
came through a gate call in the same function — or be listed below with the reason it needs no
gate. A reader planted without the gate is caught (the tests of the test).
"""

from __future__ import annotations

import pytest

from tests import gate_scan

#: Readers that need no gate, and why. A new entry needs a reason a reviewer accepts.
NOT_A_USERS_FILE = {
    "directory.connection:connect": "the project file, opened by Project.open, which checks its header, integrity and "
                                    "tables first (the project's own door)",
    "directory.store:Project.open": "the project's own door: reads the file's 16-byte header to tell a project from "
                                    "other files",
    "directory.project_file:is_project": "a read-only look whether a .gpkg holds ServiceMap's tables; SQLite answers "
                                         "a damaged file with an error, which is caught",
    "directory.mbtiles:MBTilesReader._conn": "the MBTiles basemap, opened by mapping.maps.basemap.MBTilesSource after "
                                             "file_gate.mbtiles(path)",
    "directory.mbtiles:write": "writes (or adds to) a tile package ServiceMap makes",
    "directory.writer_note:_holder": "the note another ServiceMap leaves beside the project while it writes it "
                                     "(its first 4 KB)",
    "mapping.maps.assets:_write_if_changed": "compares an asset ServiceMap copies with the copy it wrote before",
    "mapping.maps.assets:copy_assets": "the map page's own scripts and styles, shipped with ServiceMap",
    "mapping.maps.offline:_read": "reads back the map page ServiceMap wrote, to prove it holds no remote reference",
    "mapping.maps.single_file:_data_uri": "folds the map page ServiceMap wrote (its pictures) into one file",
    "mapping.maps.single_file:_inline_css": "folds the map page ServiceMap wrote (its styles) into one file",
    "mapping.maps.single_file:fold_into_one_file": "folds the map page ServiceMap wrote into one file",
    "desktop.commands.sharing:conflicts": "decodes a value of the project's own conflict table (JSON ServiceMap "
                                          "wrote there from the server), not a file",
    "desktop.sharing.sync_bar:SyncBar.show_details": "QMessageBox.open() shows the sync's message; no file is read",
}


def test_every_reader_of_a_users_file_is_behind_the_gate():
    found = gate_scan.ungated_readers()
    unlisted = [str(r) for r in found if r.function not in NOT_A_USERS_FILE]
    assert not unlisted, ("readers whose file did not come through directory/file_gate in the same function (call "
                          "the gate first, or list the function with a reason):\n" + "\n".join(unlisted))
    stale = set(NOT_A_USERS_FILE) - {r.function for r in found}
    assert not stale, f"listed but no longer reading without the gate (remove them from the list): {sorted(stale)}"


def test_the_scan_finds_the_readers_it_must():
    """The enumeration sees the real readers (behind the gate) in the modules that read users' files."""
    readers = {}
    for path in gate_scan.shipped_modules():
        module = ".".join(path.relative_to(gate_scan.REPO).with_suffix("").parts)
        m = gate_scan._Module(path.read_text(encoding="utf-8"), module)
        for qualname, call, _, _ in m.readers():
            readers.setdefault(f"{module}:{qualname}", set()).add(gate_scan.dotted(call.func).split(".")[-1])
    expected = {
        "importers.readers:read_sheets": "from_path", "importers.cell_errors:_xls": "open_workbook",
        "mapping.coverage.population:read_table": "read_excel", "mapping.coverage.roads:_burn_roads": "read_file",
        "mapping.coverage.grid:open_raster": "open", "mapping.coverage.osm:read_osm_roads": "FileProcessor",
        "mapping.geocode.sources:_table": "load_workbook", "mapping.geocode.sources:geonames_dump_rows": "open",
        "importers.verification_import:_rows": "load_workbook", "importers.boundaries:_layers": "read_dataframe",
    }
    missing = {f: call for f, call in expected.items() if call not in readers.get(f, set())}
    assert not missing, f"the scan no longer sees these readers: {missing} (found: {sorted(readers)[:20]} …)"
    assert len(readers) >= 40


PLANTED = {  # source -> caught?
    "import python_calamine\ndef f(path):\n    return python_calamine.CalamineWorkbook.from_path(path)\n": True,
    "import openpyxl\nfrom directory import file_gate\ndef f(path):\n    file_gate.workbook(path, 'list')\n"
    "    return openpyxl.load_workbook(path)\n": False,
    "import geopandas as gpd\nfrom directory import file_gate\ndef f(path):\n    frame = gpd.read_file(path)\n"
    "    file_gate.vector(path, 'roads')\n    return frame\n": True,  # the gate after the read is too late
    "import json\nfrom pathlib import Path\ndef f(path):\n    return json.loads(Path(path).read_text())\n": True,
    "import json\nfrom directory import file_gate\ndef f(path):\n    return json.loads(file_gate.text(path, 'x'))\n": False,
    "import zipfile\ndef f(p):\n    with zipfile.ZipFile(p) as z:\n        return z.namelist()\n": True,
    "from directory import file_gate\ndef f(p):\n    with file_gate.zip_file(p, 'x', max_bytes=1) as z:\n"
    "        with z.open('a.csv') as member:\n            return member.read()\n": False,
    "import csv\ndef f(path):\n    with open(path, encoding='utf-8') as fh:\n        return list(csv.reader(fh))\n": True,
    "def f(path):\n    with open(path, 'w') as fh:\n        fh.write('x')\n": False,  # writing is not reading
    "import openpyxl\nfrom directory.file_gate import Workbook\ndef f(book: Workbook):\n"
    "    return openpyxl.load_workbook(book.path)\n": False,  # typed as the gate's result
    "import openpyxl\ndef f(book):\n    return openpyxl.load_workbook(book.path)\n": True,  # not typed: unknown
    "import rasterio\ndef f(path):\n    return rasterio.open(path)\n": True,
    "import osmium\ndef f(path):\n    return osmium.FileProcessor(str(path))\n": True,
    "import sqlite3\ndef f(path):\n    return sqlite3.connect(path)\n": True,
    "import xlrd\ndef f(path):\n    return xlrd.open_workbook(path)\n": True,
    "import pandas as pd\ndef f(path):\n    return pd.read_csv(path)\n": True,
    "import pyogrio\ndef f(path):\n    return pyogrio.read_dataframe(path)\n": True,
    "import json\nfrom resources import path\nimport resources\ndef f():\n"
    "    return json.loads(resources.path('x.json').read_text())\n": False,  # the program's own file
    "import json\ndef f(row):\n    return json.loads(row['value'])\n": False,  # not from a file
    "import zipfile\nclass A:\n    def m(self, path):\n        return zipfile.ZipFile(path)\n": True,
}


@pytest.mark.parametrize("source", list(PLANTED))
def test_the_scan_catches_a_planted_reader_without_the_gate(source):
    assert bool(gate_scan.ungated_in(source, "planted")) == PLANTED[source], source


def test_the_scan_catches_a_planted_module_in_a_shipped_package():
    planted = gate_scan.REPO / "mapping" / "_planted_reader_for_test.py"
    planted.write_text("import geopandas as gpd\n\ndef read(path):\n    return gpd.read_file(path)\n", encoding="utf-8")
    try:
        assert planted in gate_scan.shipped_modules()
        found = gate_scan.ungated_in(planted.read_text(encoding="utf-8"), "mapping._planted_reader_for_test")
        assert [str(r) for r in found] == ["mapping._planted_reader_for_test:read: line 4: gpd.read_file(path)"]
    finally:
        planted.unlink()
