"""Building the pathways of many areas in one run: the entry point of the CLI and the panel.

:func:`build_pathways` reads the directory once, then builds each area's pathway and its
locator map. It takes ``progress(fraction, message)`` and ``cancelled()`` callables (the
desktop's worker idiom) and knows nothing of Qt.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from directory.store import Project
from directory.tasks import stop_if
from pathways.directory_snapshot import DirectorySnapshot
from pathways.fit import fit_to_page
from pathways.html import RenderedPathway
from pathways.locator import locator_html, static_map_available
from pathways.model import MAX_PER_STEP, STALE_MONTHS, build_pathway
from pathways.templates import PathwayTemplate, load_template


def app_version() -> str:
    try:
        from importlib.metadata import version

        return version("servicemap")
    except Exception:  # noqa: BLE001 - running from a source tree that is not installed
        return "dev"


#: With maps="auto", up to this many areas get the full static print map (about 0.5–0.8 s each
#: with matplotlib); larger batches get the built-in outline map (about 0.02 s each), so a
#: national run of 64 districts stays well under 30 s. maps="static" forces the full map.
STATIC_MAPS_UP_TO = 8


def map_engine(choice: str = "auto", areas: int = 1) -> str:
    """The locator map drawn: "static" (mapping.maps.static), "svg" (built in) or "none"."""
    if choice == "auto":
        return "static" if static_map_available() and areas <= STATIC_MAPS_UP_TO else "svg"
    if choice == "static" and not static_map_available():
        return "svg"
    return choice


def build_pathways(
    project: Project,
    pcodes: Sequence[str],
    concern: str = "general",
    lang: str = "en",
    *,
    template: PathwayTemplate | None = None,
    stale_months: int = STALE_MONTHS,
    max_per_step: int = MAX_PER_STEP,
    maps: str = "auto",
    paper: str = "A4",
    fit: bool = True,
    today: date | None = None,
    snapshot: DirectorySnapshot | None = None,
    progress: Callable[[float, str], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> list[RenderedPathway]:
    """The pathways of ``pcodes`` (any admin level), each with its locator map."""
    snapshot = snapshot or DirectorySnapshot.read(project)
    for pcode in pcodes:
        snapshot.area(pcode)  # an unknown P-code fails before any work
    template = template or load_template(project, concern, lang)
    engine = map_engine(maps, len(pcodes))
    version = app_version()
    out = []
    for i, pcode in enumerate(pcodes):
        stop_if(cancelled)
        pathway = build_pathway(snapshot, pcode, template, stale_months=stale_months, max_per_step=max_per_step,
                                today=today, version=version)
        if fit:
            fit_to_page(pathway, paper)
        out.append(RenderedPathway(pathway, locator_html(snapshot, pathway, engine=engine) if engine != "none" else ""))
        if progress:
            progress((i + 1) / len(pcodes), pathway.area_name)
    return out
