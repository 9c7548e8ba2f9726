"""How fast the 64 district pathways of a national project print as one combined PDF.

    python benchmarks/bench_pathways.py [--runs 3] [--maps auto|svg|static] [--baseline-areas 64]

The project is the demo (Bangladesh: 64 districts at level 2). Figures, each the median of
``--runs`` runs in one process (Qt and QtWebEngine start once, before the first run, and that
start-up is reported on its own):

* **build**: reading the directory and building the 64 pathways with their maps and QR codes;
* **html**: the document with the contents page;
* **print**: QtWebEngine ``printToPdf`` of the whole document;
* **total**: all three: what ``servicemap pathways demo.gpkg --all --level 2 --out all.pdf`` does.

Baseline in the same run: the same 64 pathways printed one PDF at a time (a page per call),
which is how a per-area loop would do it. The goal is total < 30 s.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from directory.store import Project  # noqa: E402
from importers.demo import build_demo  # noqa: E402
from pathways.build import build_pathways, map_engine  # noqa: E402
from pathways.directory_snapshot import DirectorySnapshot  # noqa: E402
from pathways.html import document  # noqa: E402


def one_run(project: Project, pcodes: list[str], out: Path, maps: str) -> dict[str, float]:
    from desktop.pathways.printing import html_to_pdf

    t0 = time.perf_counter()
    rendered = build_pathways(project, pcodes, "general", "en", maps=maps)
    t1 = time.perf_counter()
    html = document(rendered, contents=True)
    t2 = time.perf_counter()
    html_to_pdf(html, out)
    t3 = time.perf_counter()
    return {"build": t1 - t0, "html": t2 - t1, "print": t3 - t2, "total": t3 - t0}


def separate(project: Project, pcodes: list[str], folder: Path, maps: str) -> float:
    from desktop.pathways.printing import html_to_pdf

    t0 = time.perf_counter()
    snapshot = DirectorySnapshot.read(project)
    for pcode in pcodes:
        rendered = build_pathways(project, [pcode], "general", "en", maps=maps, snapshot=snapshot)
        html_to_pdf(document(rendered), folder / f"{pcode}.pdf")
    return time.perf_counter() - t0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--maps", default="auto", choices=("auto", "svg", "static", "none"))
    parser.add_argument("--baseline-areas", type=int, default=64, help="areas printed one by one for the baseline")
    args = parser.parse_args()
    from desktop.pathways.printing import application

    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        path, _ = build_demo(tmp)
        t = time.perf_counter()
        application()
        startup = time.perf_counter() - t
        with Project.open(path) as project:
            pcodes = [a.pcode for a in project.admin_areas(2)]
            print(f"{len(pcodes)} districts; locator maps: {map_engine(args.maps, len(pcodes))}; Qt start-up {startup:.2f} s")
            runs = [one_run(project, pcodes, tmp / f"all-{i}.pdf", args.maps) for i in range(args.runs)]
            from pypdf import PdfReader

            pages = len(PdfReader(tmp / "all-0.pdf").pages)
            size = (tmp / "all-0.pdf").stat().st_size / 1e6
            base_pcodes = pcodes[: args.baseline_areas]
            (tmp / "sep").mkdir()
            baselines = [separate(project, base_pcodes, tmp / "sep", args.maps) for _ in range(max(1, args.runs // 2))]
    med = {k: statistics.median(r[k] for r in runs) for k in runs[0]}
    base = statistics.median(baselines) * len(pcodes) / len(base_pcodes)
    print(f"combined PDF: {pages} pages, {size:.1f} MB (median of {args.runs} runs)")
    for key in ("build", "html", "print", "total"):
        print(f"  {key:6s} {med[key]:7.2f} s")
    print(f"baseline, one PDF per district ({len(base_pcodes)} printed, scaled to {len(pcodes)}): {base:.2f} s")
    print(f"ratio combined/baseline: {med['total'] / base:.2f}; goal total < 30 s: {'met' if med['total'] < 30 else 'NOT met'}")


if __name__ == "__main__":
    main()
