"""Importing a service list as a request: the file and how to read it, checked, and the one function that runs it.

``servicemap import`` and the import wizard both build an :class:`ImportRequest` and call
:func:`run_import`, which opens the project by its path (so it may run on any thread),
imports in one change (all or nothing: a cancelled import leaves the project as it was),
keeps the report in the project's import history and writes it to ``report`` when asked.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from directory.tasks import CancelCheck, InvalidRequest, Progress

REPORT_SUFFIXES = (".json", ".xlsx")


@dataclass
class ImportRequest:
    project: Path
    file: Path
    sheet: str | None = None  # only this sheet
    mappings: dict = field(default_factory=dict)  # sheet → columns the user confirmed (list of ColumnMap)
    not_confidential: set = field(default_factory=set)  # (sheet, row) the user confirmed are not confidential
    confidential: set = field(default_factory=set)  # (sheet, row) the user marked confidential
    user: str | None = None  # the name the audit records for the import and the user's decisions
    taught: dict = field(default_factory=dict)  # text → type codes a person chose (the wizard's Service types page)
    day_first: bool | None = None  # None → the project's date order
    keep_order: str | None = None  # store this date order for the project once the import is in
    report: Path | None = None  # also write the report here (.xlsx, else JSON)

    def __post_init__(self) -> None:
        self.project, self.file = Path(self.project), Path(self.file)
        self.report = Path(self.report) if self.report not in (None, "") else None
        self.mappings = dict(self.mappings or {})
        self.not_confidential = set(self.not_confidential or ())
        self.confidential = set(self.confidential or ())
        self.taught = {str(text): list(codes) for text, codes in (self.taught or {}).items()}

    def validate(self) -> None:
        if not self.project.exists():
            raise InvalidRequest("project", "no such project file. Check the path.", self.project)
        if not self.file.exists():
            raise InvalidRequest("file", "no such file. Check the path.", self.file)
        if self.report is not None and not self.report.parent.exists():
            raise InvalidRequest("report", "no such folder for the report. Create it first.", self.report.parent)


@dataclass
class ImportRun:
    request: ImportRequest
    result: object  # importers.result.ImportResult
    order: str  # the date order the file was read in (importers.date_order.DAY_FIRST / MONTH_FIRST)

    @property
    def imported_anything(self) -> bool:
        return bool(self.result.tables or self.result.services)


def run_import(request: ImportRequest, *, progress: Progress | None = None,
               cancelled: CancelCheck | None = None) -> ImportRun:
    """Import ``request.file`` into its project; the report is kept in the project (and in ``report``)."""
    from directory.store import Project
    from importers import date_order
    from importers.pipeline import import_file

    request.validate()
    with Project.open(request.project) as project:
        if request.day_first is None:
            order = date_order.project_order(project)
        else:
            order = date_order.DAY_FIRST if request.day_first else date_order.MONTH_FIRST
        result = import_file(project, request.file, sheet=request.sheet, mappings=request.mappings or None,
                             not_confidential=request.not_confidential, confidential=request.confidential,
                             day_first=order == date_order.DAY_FIRST, progress=progress, cancelled=cancelled,
                             user=request.user, taught=request.taught)
        if request.keep_order and (result.tables or result.services):
            date_order.set_order(project, request.keep_order)
        if request.report is not None and (result.tables or result.services):
            from importers import report

            report.write(result, request.report, project)  # the policy decides what of a safe house it may name
    return ImportRun(request, result, order)
