"""Exporting the directory as a request: which format, where, for which area, checked, and the one run.

``servicemap export`` and File ▸ Export the directory… both build an :class:`ExportRequest`
and call :func:`run_export`, which opens the project by its path (so it may run on any
thread) and writes through the format's writer (each asks the confidentiality policy).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from directory.tasks import CancelCheck, InvalidRequest, Progress


@dataclass
class ExportRequest:
    project: Path
    format: str  # a name of importers.formats.FORMATS
    out: Path
    area: str | None = None  # only services in this admin area (a P-code or its beginning)
    include_confidential: bool = False  # also where confidential services are
    sheet_per_level: int | None = None  # xlsx only: one sheet per area of this level

    def __post_init__(self) -> None:
        self.project, self.out = Path(self.project), Path(self.out)
        self.area = (self.area or "").strip().upper() or None

    def validate(self) -> None:
        from importers.formats import FORMATS, module

        if not self.project.exists():
            raise InvalidRequest("project", "no such project file. Check the path.", self.project)
        if self.format not in FORMATS:
            raise InvalidRequest("format", "choose one of " + ", ".join(FORMATS) + ".", self.format)
        if not self.out.parent.exists():
            raise InvalidRequest("out", "no such folder. Create it first, or choose another place.", self.out.parent)
        if self.sheet_per_level is not None and self.format != "xlsx":
            raise InvalidRequest("sheet_per_level", "works with the xlsx format only.")
        endings = module(self.format).SUFFIXES
        if self.out.suffix.lower() not in endings:
            raise InvalidRequest("out", f"the {self.format} format writes "
                                 + ", ".join(s or "a folder" for s in endings) + ". Give a name that ends so.", self.out)


@dataclass
class ExportRun:
    request: ExportRequest
    records: int
    confidential_withheld: int  # confidential services written without their location


def run_export(request: ExportRequest, *, progress: Progress | None = None,
               cancelled: CancelCheck | None = None) -> ExportRun:
    from directory.store import Project
    from importers.formats import module

    request.validate()
    writer = module(request.format).write
    with Project.open(request.project) as project:
        if request.area and not any(a.pcode.upper().startswith(request.area) for a in project.admin_areas()):
            raise InvalidRequest("area", f"no admin area has this P-code in {request.project.name}.", request.area)
        if progress:
            progress(0.1, f"Writing {request.out.name}")
        extra = {"sheet_per_level": request.sheet_per_level} if request.sheet_per_level is not None else {}
        n = writer(project, request.out, area=request.area, include_confidential=request.include_confidential, **extra)
        withheld = 0 if request.include_confidential else sum(1 for s in project.services() if s.confidential)
    return ExportRun(request, n, withheld)
