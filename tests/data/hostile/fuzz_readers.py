"""Mutation fuzzing of the service-list readers: the hostile files nobody thought of.

    python tests/data/hostile/fuzz_readers.py FIRST_SEED COUNT [--raw-share 0.2]

Each seed takes one of the project's test workbooks (and python-calamine's public test files when
they are unpacked in /tmp/pc, see tests/test_import_file_kinds.py), changes a few bytes of one part
of it (a sheet's XML, the shared strings, an .xlsb record stream; or the raw bytes of an .xls, a
CSV or a JSON file), and reads it with ``importers.pipeline.read_file``. A refusal
(``UserFacingError``) is the right answer for a damaged file; any other exception is a bug, and so
is a process that dies (calamine aborts when asked for tens of gigabytes). The seeds run in a child
process; when it dies, the seed it died on is printed and the run goes on after it. A seed makes the
same file every time: ``--keep DIR`` writes one seed's file to look at.

This is how the gate's checks for references it could not read, shared strings that claim billions
and .xlsb records too short to hold a cell were found (the hostile corpus in make_corpus.py keeps a
file of each). Not a test: it runs as long as it is asked to.
"""

from __future__ import annotations

import argparse
import random
import re
import subprocess
import sys
import traceback
import zipfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
DATA = REPO / "tests" / "data"
PUBLIC = Path("/tmp/pc/tests/data")

#: Workbooks whose parts are changed (zip packages).
PACKAGES = [DATA / "import" / n for n in ("messy.xlsx", "kobo_export.xlsx", "multilingual.xlsx", "dates.xlsx",
                                          "cell_errors.xlsx", "formulas.xlsx", "free_text.xlsx", "messy.ods",
                                          "cell_errors.ods")] + [DATA / "import" / "formats" / "list.xlsb"]
#: Files whose raw bytes are changed.
RAW = [DATA / "hostile" / "list.xls", DATA / "import" / "messy.xls", DATA / "import" / "cell_errors.xls",
       DATA / "import" / "cp1252_semicolon.csv", DATA / "import" / "utf16.tsv", DATA / "import" / "utf8_bom.csv",
       *(DATA / "import" / "formats" / n for n in ("hxl_rows.json", "hxl_objects.json", "list_semicolon.csv"))]
if PUBLIC.is_dir():
    PACKAGES += [p for p in sorted(PUBLIC.iterdir()) if p.suffix in (".xlsx", ".xlsb", ".ods")
                 and "password" not in p.name and "empty" not in p.name]
    RAW += [p for p in sorted(PUBLIC.glob("*.xls")) if "password" not in p.name]

#: Pieces a careful attacker puts in: far references, huge numbers, odd types and encodings.
TOKENS = [b'<row r="1048576">', b"</row>", b'<c r="XFD1" t="s"><v>99999</v></c>', b"<v>1e308</v>", b"<v>-1</v>",
          b't="d"', b't="e"', b'<mergeCell ref="A1:XFD1048576"/>', b'<dimension ref="A1:XFD1048576"/>', b"\x00",
          b"&#0;", b"\xff\xfe", b"<![CDATA[x]]>", b'<c r="A0">', b'r="ZZZZ99999999"', b"<v>NaN</v>", b"<v>inf</v>",
          b's="99999"', b"<si><t>" + b"A" * 5000 + b"</t></si>", b"<f>1/0</f>", b"<v>2958466</v>", b"<v>-693594</v>",
          b"<is><t>x</t></is>", b't="inlineStr"', b"<sheetData/>", b'table:number-columns-repeated="1000000"',
          b'table:number-rows-repeated="1048576"', b'office:value-type="date" office:date-value="99999-99-99"',
          b'office:value="1e400"']


def mutate(data: bytes, rng: random.Random, tokens: list[bytes] | None = None) -> bytes:
    """``data`` with one to four changes: a byte, a cut, a token of ``tokens`` (TOKENS) put in, a number
    made far too large, a piece repeated."""
    tokens = TOKENS if tokens is None else tokens
    b = bytearray(data)
    for _ in range(rng.randint(1, 4)):
        if not b:
            break
        i, op = rng.randrange(len(b)), rng.random()
        if op < 0.3:
            b[i] = rng.randrange(256)
        elif op < 0.5:
            del b[i:i + rng.randint(1, 50)]
        elif op < 0.8:
            b[i:i] = rng.choice(tokens)
        elif op < 0.9:  # a number made far too large (or negative)
            if numbers := list(re.finditer(rb"\d+", bytes(b))):
                x = rng.choice(numbers)
                b[x.start():x.end()] = str(rng.choice([0, -1, 2**31, 2**63, 10**20, 1048577, 16385])).encode()
        else:  # a piece repeated
            j = rng.randint(1, 400)
            b[i:i] = b[i:i + j] * rng.randint(2, 20)
    return bytes(b)


def make(seed: int, folder: Path, raw_share: float) -> Path:
    """The file of ``seed``, written into ``folder``."""
    rng = random.Random(seed)
    if rng.random() < raw_share:
        base = rng.choice(RAW)
        path = folder / f"f{seed}{base.suffix}"
        path.write_bytes(mutate(base.read_bytes(), rng))
        return path
    base = rng.choice(PACKAGES)
    with zipfile.ZipFile(base) as z:
        parts = {name: z.read(name) for name in z.namelist()}
    inner = [n for n in parts if n.endswith((".xml", ".rels", ".bin"))]
    target = rng.choice(inner)
    if rng.random() < 0.6:
        cells = [n for n in inner if "worksheets/sheet" in n or n in ("content.xml", "xl/sharedStrings.xml",
                                                                        "xl/sharedStrings.bin")]
        target = rng.choice(cells) if cells else target
    parts[target] = mutate(parts[target], rng)
    path = folder / f"f{seed}{base.suffix}"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, data)
    return path


def child(first: int, count: int, folder: Path, raw_share: float) -> None:
    sys.path.insert(0, str(REPO))
    from directory.errors import UserFacingError
    from importers.pipeline import read_file

    for seed in range(first, first + count):
        print("SEED", seed, flush=True)
        path = make(seed, folder, raw_share)
        try:
            read_file(path)
        except UserFacingError:
            pass
        except Exception as exc:  # noqa: BLE001 - every other exception is what this looks for
            print("BUG", seed, type(exc).__name__, str(exc)[:200], flush=True)
            traceback.print_exc(limit=-3)
        path.unlink()
    print("DONE", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("first", type=int)
    parser.add_argument("count", type=int)
    parser.add_argument("--raw-share", type=float, default=0.2, help="share of seeds that change raw bytes")
    parser.add_argument("--keep", type=Path, help="write the file of seed FIRST into this folder and stop")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.keep:
        args.keep.mkdir(parents=True, exist_ok=True)
        print(make(args.first, args.keep, args.raw_share))
        return
    folder = Path(__import__("tempfile").mkdtemp(prefix="fuzz-readers-"))
    if args.child:
        child(args.first, args.count, folder, args.raw_share)
        return
    seed, end = args.first, args.first + args.count
    while seed < end:
        run = subprocess.run([sys.executable, __file__, str(seed), str(end - seed), "--raw-share",
                              str(args.raw_share), "--child"], capture_output=True, text=True)
        for line in run.stdout.splitlines():
            if line.startswith("BUG"):
                print(line, flush=True)
        if "DONE" in run.stdout:
            break
        seeds = [int(line.split()[1]) for line in run.stdout.splitlines() if line.startswith("SEED")]
        last = seeds[-1] if seeds else seed
        died = (run.stderr.strip().splitlines() or [""])[0][:160]
        print(f"DIED on seed {last} (exit status {run.returncode}): {died}", flush=True)
        seed = last + 1
    print(f"seeds {args.first}–{end - 1} done", flush=True)


if __name__ == "__main__":
    main()
