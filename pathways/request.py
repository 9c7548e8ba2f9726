"""Printing pathways as a request: which areas, concern, language, paper and format, checked, and the functions that run it.

``servicemap pathways`` and the pathways window both build a :class:`PathwaysRequest`.
:func:`build` opens the project by its path (so it may run on any thread) and builds each
area's pathway; :func:`write` puts them into the file or folder asked for. PDF goes through a
``print_pdf(html, path)`` function the caller passes in (Qt's text engine, which must run on
the application's main thread); the other formats need nothing more.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from directory.errors import UserFacingError
from directory.tasks import CancelCheck, InvalidRequest, Progress

FORMATS = ("pdf", "docx", "html", "sms", "csv")
SUFFIX = {"pdf": ".pdf", "docx": ".docx", "html": ".html", "sms": ".txt", "csv": ".csv"}
PAPERS = ("A4", "Letter")
MAPS = ("auto", "static", "svg", "none")

PrintPdf = Callable[[str, Path], object]


@dataclass
class PathwaysRequest:
    """The pathways of some admin areas for one concern, in one language, on one paper, in one format."""

    project: Path
    areas: list[str] = field(default_factory=list)  # P-codes, any level; empty → every area of ``level``
    level: int | None = None  # with no areas: this level (default: the second, e.g. districts)
    within: str | None = None  # with no areas: only those inside this area
    concern: str = "general"
    lang: str = "en"
    paper: str = "A4"
    format: str = "pdf"
    stale_months: int = 6
    maps: str = "auto"
    out: Path | None = None  # a file (all areas in one) or a folder (one file per area)
    template: object = None  # pathways.templates.PathwayTemplate: steps edited but not saved; None → the project's

    def __post_init__(self) -> None:
        self.project = Path(self.project)
        self.out = Path(self.out) if self.out not in (None, "") else None
        self.areas = list(dict.fromkeys(self.areas or []))

    def validate(self) -> None:
        from pathways.concerns import CONCERNS
        from pathways.texts import available_languages

        if not self.project.exists():
            raise InvalidRequest("project", "no such project file. Check the path.", self.project)
        if self.concern not in CONCERNS:
            raise InvalidRequest("concern", "choose one of " + ", ".join(CONCERNS) + ".", self.concern)
        if self.lang not in available_languages():
            raise InvalidRequest("lang", "no pathway texts in this language; available: "
                                 + ", ".join(available_languages()) + ".", self.lang)
        if self.paper not in PAPERS:
            raise InvalidRequest("paper", "choose A4 or Letter.", self.paper)
        if self.format not in FORMATS:
            raise InvalidRequest("format", "choose one of " + ", ".join(FORMATS) + ".", self.format)
        if self.maps not in MAPS:
            raise InvalidRequest("maps", "choose one of " + ", ".join(MAPS) + ".", self.maps)
        if self.stale_months < 1:
            raise InvalidRequest("stale_months", "give 1 month or more.", self.stale_months)
        if self.out is not None:
            if self.one_file and not self.out.parent.exists():
                raise InvalidRequest("out", "no such folder. Create it first.", self.out.parent)
            if not self.one_file and self.out.suffix and not self.out.is_dir():
                raise InvalidRequest("out", f"for the {self.format} format, give a file ending in "
                                     f"{SUFFIX[self.format]} or a folder.", self.out)

    @property
    def one_file(self) -> bool:
        """All areas go into one file (``out`` ends in the format's suffix), else one file per area."""
        return self.out is not None and self.out.suffix.lower() == SUFFIX[self.format]

    def area_codes(self, snapshot) -> list[str]:
        """The P-codes asked for: the areas named, or every area of the level (inside ``within``)."""
        if self.areas:
            return [snapshot.area(p).pcode for p in self.areas]
        levels = snapshot.project.admin_levels()
        if not levels:
            raise UserFacingError(f"{self.project}: the project has no admin boundaries. Add them first "
                                  "(File › New project, or 'servicemap init').")
        level = self.level if self.level is not None else (levels[1] if len(levels) > 1 else levels[0])
        areas = snapshot.areas_at_level(level)
        if self.within:
            snapshot.area(self.within)
            areas = [a for a in areas if a.pcode.startswith(self.within)]
            if not areas:
                raise InvalidRequest("within", f"no level {level} area lies inside it. Choose a deeper level.",
                                     self.within)
        return [a.pcode for a in areas]


def warnings(request: PathwaysRequest) -> list[str]:
    """What could make these pathways quietly wrong (services without a type, areas whose services
    nobody has verified), to say before they are printed."""
    from directory.checks import directory_warnings
    from directory.store import Project
    from pathways.directory_snapshot import DirectorySnapshot

    request.validate()
    with Project.open(request.project) as project:
        return directory_warnings(project, areas=request.area_codes(DirectorySnapshot.read(project)))


def build(request: PathwaysRequest, *, progress: Progress | None = None, cancelled: CancelCheck | None = None):
    """Each area's pathway, ready to print (a list of :class:`pathways.html.RenderedPathway`)."""
    from directory.store import Project
    from pathways.build import build_pathways
    from pathways.directory_snapshot import DirectorySnapshot

    request.validate()
    maps = "none" if request.format in ("sms", "csv", "docx") else request.maps
    with Project.open(request.project) as project:
        snapshot = DirectorySnapshot.read(project)
        return build_pathways(project, request.area_codes(snapshot), request.concern, request.lang,
                              template=request.template, stale_months=request.stale_months, maps=maps,
                              paper=request.paper, fit=request.format in ("pdf", "html"), snapshot=snapshot,
                              progress=progress, cancelled=cancelled)


def write(request: PathwaysRequest, rendered, print_pdf: PrintPdf | None = None) -> list[Path]:
    """Write ``rendered`` to ``request.out``: one file, or one per area in a folder; the files written."""
    out = request.out
    if out is None:
        raise InvalidRequest("out", "give a file for one document, or a folder for one file per area.")
    if request.one_file:
        groups = [(out, list(rendered))]
    else:
        out.mkdir(parents=True, exist_ok=True)
        groups = [(out / file_name(request, r.pathway.area), [r]) for r in rendered]
    for target, items in groups:
        _write_one(request, target, items, print_pdf)
    return [target for target, _ in groups]


def file_name(request: PathwaysRequest, area) -> str:
    """``<pcode>-<area name>-<concern>-<lang>.<suffix>``: the name an area's file gets."""
    slug = re.sub(r"[^A-Za-z0-9]+", "-", area.name).strip("-").lower() or "area"
    return f"{area.pcode}-{slug}-{request.concern}-{request.lang}{SUFFIX[request.format]}"


def _write_one(request: PathwaysRequest, target: Path, items, print_pdf: PrintPdf | None) -> None:
    pathways = [r.pathway for r in items]
    if request.format == "html":
        from pathways.html import document

        target.write_text(document(items, paper=request.paper, contents=len(items) > 1, editable=True),
                          encoding="utf-8")
    elif request.format == "pdf":
        from pathways.combined import write_combined_pdf

        if print_pdf is None:
            raise ValueError("printing a PDF needs print_pdf (desktop.pathways.printing.html_to_pdf)")
        write_combined_pdf(items, target, print_pdf, paper=request.paper)
    elif request.format == "docx":
        from pathways.docx_export import write_docx

        write_docx(pathways, target)
    elif request.format == "sms":
        from pathways.sms import sms_text

        target.write_text(sms_text(pathways), encoding="utf-8")
    else:
        from pathways.table import csv_text

        target.write_text(csv_text(pathways), encoding="utf-8-sig", newline="")
