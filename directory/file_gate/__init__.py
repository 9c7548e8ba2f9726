"""The one gate every file a user gives ServiceMap passes before a reader opens it.

Service lists, call sheets, boundary files, population tables and rasters, roads, water,
elevation and land cover, gazetteers, HSDS JSON, OpenStreetMap extracts and MBTiles basemaps
all come from outside: a truncated download, a password-protected workbook, a picture renamed
to .xlsx, a zip bomb, a sheet that claims a million rows, JSON nested ten thousand deep, a
boundary file in metres that does not say so. Readers are fast and trusting (python-calamine
aborts the whole process on a sheet that reaches cell XFD1048576); the gate looks first —
sizes, containers, declared and actual sheet extents (streamed), nesting depth, encodings and
coordinate systems — and refuses with one line that names the file and says what to do.

Each reader calls the check for its kind of file:

* :func:`user_file` — any file: it exists, is a file, is not empty or too large.
* :func:`workbook` — .xlsx/.xlsm/.xlsb/.xls/.ods: container, password, zip bomb, sheet extents.
* :func:`zip_file` — any .zip opened after its directory and parts are checked; :func:`zip_member`
  one part of it, :func:`zip_text` a text table inside it.
* :func:`text` — CSV, TSV, TXT: the decoded text (UTF-8, UTF-16 with or without a mark, cp1252).
* :func:`json_document` — JSON parsed with its size and nesting depth limited.
* :func:`vector` / :func:`raster` — geodata with a believable coordinate system and size.
* :func:`osm_extract`, :func:`mbtiles` — OpenStreetMap extracts and tile packages.
"""

from directory.file_gate.archives import MAX_MEMBERS, zip_archive, zip_file, zip_member  # noqa: F401
from directory.file_gate.base import (  # noqa: F401
    MAX_COLUMNS,
    MAX_GAZETTEER_BYTES,
    MAX_JSON_DEPTH,
    MAX_ROWS,
    MAX_SHEET_CELLS,
    MAX_TEXT_BYTES,
    MAX_UNPACKED_BYTES,
    FileRefused,
    first_line,
    raised_by,
    user_file,
    visible,
)
from directory.file_gate.geo import mbtiles, osm_extract, raster, vector  # noqa: F401
from directory.file_gate.json_doc import json_document  # noqa: F401
from directory.file_gate.text import csv_rows, decode, text, text_encoding, zip_text  # noqa: F401
from directory.file_gate.workbooks import Workbook, is_encrypted, workbook  # noqa: F401
