"""A canonical dump of what importing lists gives, to show a speed change changes no result.

Each list is imported into a copy of one project (the demo's Bangladesh boundaries, so points are
placed), and the dump holds the import report (every row's outcome and messages) and every row the
import wrote to the project's tables (services, sites, organisations, links, audit, kept report).
Record IDs become their order of first appearance and times become ``<time>``, so two runs of the
same code give the same bytes. Run it before and after a change and compare:

    python benchmarks/import_dump.py --out /tmp/before.txt [LIST ...]
    python benchmarks/import_dump.py --out /tmp/after.txt [LIST ...]
    cmp /tmp/before.txt /tmp/after.txt

With no LIST, it dumps the demo list, every list under ``tests/data`` and 5,000-row versions of
both cases of ``bench_import.py`` (made in a temporary folder).

``--one-project`` imports every list in turn into one project, then all of them again, so that the
matching with services already there is dumped too (updates, unchanged rows, services a newer
version of a list leaves out, safe houses the project holds).
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import sqlite3
import sys
import tempfile
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_TIME = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:[+-]\d\d:\d\d|Z)?")
_TABLES = ("sm_organisations", "sm_sites", "sm_services", "sm_service_at_site", "sm_audit", "sm_import_reports")
_SUFFIXES = {".xlsx", ".xlsm", ".xls", ".ods", ".csv", ".tsv", ".txt", ".json", ".zip"}


def default_lists(folder: Path) -> list[Path]:
    import bench_import

    lists = [ROOT / "resources" / "demo" / "chattogram_services.xlsx"]
    lists += sorted(p for p in (ROOT / "tests" / "data").rglob("*")
                    if p.suffix.lower() in _SUFFIXES and "hostile" not in p.parts)
    repetitive, distinct = folder / "repetitive_5000.xlsx", folder / "distinct_5000.xlsx"
    bench_import.make_workbook(repetitive, 5000)
    bench_import.make_distinct_workbook(distinct, 5000)
    return lists + [repetitive, distinct]


def dump_one(path: Path, empty: Path, folder: Path, *, fresh: bool = True) -> str:
    """The import of ``path`` into a copy of ``empty`` (or, not ``fresh``, into the project the earlier
    lists went into), and the rows it added."""
    from directory.errors import UserFacingError
    from directory.store import Project
    from importers.pipeline import import_file

    target = folder / "project.gpkg"
    if fresh or not target.exists():
        shutil.copyfile(empty, target)
    shutil.copyfile(target, folder / "before.gpkg")
    empty = folder / "before.gpkg"
    project = Project.open(target)
    try:
        result = import_file(project, path, user="dump")
        text = json.dumps(result.report(), ensure_ascii=False, sort_keys=True, indent=1, default=str)
    except UserFacingError as exc:  # a list the importer refuses: its message is the result
        text = f"refused: {type(exc).__name__}: {exc}"
    finally:
        project.close()
    conn, before = sqlite3.connect(target), sqlite3.connect(empty)
    for table in _TABLES:  # the rows the import added (the project's own, such as its areas' audit, left out)
        last = before.execute(f"SELECT coalesce(max(rowid), 0) FROM {table}").fetchone()[0]
        cols = [r[1] for r in conn.execute(f"PRAGMA table_info({table})") if r[1] not in ("fid", "geom")]
        text += f"\n## {table}\n" + "\n".join(
            json.dumps([_readable(x) for x in row], ensure_ascii=False, default=str)
            for row in conn.execute(f"SELECT {', '.join(cols)} FROM {table} WHERE rowid > ? ORDER BY rowid", (last,)))
    conn.close()
    before.close()
    return text


def _readable(value):
    """A kept report is compressed JSON: its text, so that its IDs and times can be made canonical."""
    return zlib.decompress(value).decode("utf-8") if isinstance(value, bytes) else value


def canonical(text: str) -> str:
    """IDs numbered in order of first appearance, times blanked."""
    numbers: dict[str, str] = {}
    text = _UUID.sub(lambda m: numbers.setdefault(m.group(), f"<id {len(numbers)}>"), text)
    return _TIME.sub("<time>", text)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("lists", nargs="*", type=Path)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--one-project", action="store_true",
                        help="import every list into one project, then all again (matching dumped too)")
    args = parser.parse_args()
    import bench_import

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        empty = bench_import.boundaries_project(folder)
        lists = args.lists or default_lists(folder)
        turns = lists * 2 if args.one_project else lists
        texts = []
        for path in turns:
            texts.append(f"# {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path.name}\n"
                         + dump_one(path, empty, folder, fresh=not args.one_project).replace(str(folder), "<folder>")
                         .replace(str(ROOT), "<repo>")
                         + "\n")
            print(path.name, file=sys.stderr)
        # into one project, one numbering of the IDs (a record keeps its number from list to list)
        args.out.write_text(canonical("".join(texts)) if args.one_project else "".join(map(canonical, texts)),
                            encoding="utf-8")
    print(f"{len(lists)} lists dumped to {args.out}")


if __name__ == "__main__":
    main()
