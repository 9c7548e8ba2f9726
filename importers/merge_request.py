"""Merging another project or a partner's list as a request: what to merge and whose values win, checked, and the run.

``servicemap merge`` and the Merge dialog both build a :class:`MergeRequest` and call
:func:`run_merge`, which opens the project by its path (so it may run on any thread), takes
the write lock before matching (an import at the same time waits, then sees this merge),
compares, writes the plan as a report when asked, and applies it in one change unless it is a
dry run. The dialog first runs a dry run to show the conflicts, then runs the request again
with the plan it showed and the user's choice for each conflict.
"""

from __future__ import annotations

from contextlib import nullcontext
from dataclasses import dataclass, field
from pathlib import Path

from directory.safe_text import json_text
from directory.tasks import CancelCheck, InvalidRequest, Progress, part, stop_if


@dataclass
class MergeRequest:
    project: Path
    other: Path  # another ServiceMap project (.gpkg) or a partner's list
    theirs: list[str] = field(default_factory=list)  # fields where the other side's value wins every conflict
    theirs_conflicts: set[int] = field(default_factory=set)  # or: the conflicts (by position in the plan) it wins
    keep_deleted: set[int] | bool = field(default_factory=set)  # the partner's deletions (by position) not made; True: none
    ours_taken: set[int] = field(default_factory=set)  # values only the partner changed (by position) not taken
    dry_run: bool = False  # compare only; write nothing
    report: Path | None = None  # the plan as JSON

    def __post_init__(self) -> None:
        self.project, self.other = Path(self.project), Path(self.other)
        self.report = Path(self.report) if self.report not in (None, "") else None
        self.theirs = list(self.theirs or [])
        self.theirs_conflicts = set(self.theirs_conflicts or ())
        self.ours_taken = set(self.ours_taken or ())
        if self.keep_deleted is not True:
            self.keep_deleted = set(self.keep_deleted or ())

    def validate(self) -> None:
        from importers.merge import FIELDS

        if not self.project.exists():
            raise InvalidRequest("project", "no such project file. Check the path.", self.project)
        if not self.other.exists():
            raise InvalidRequest("other", "no such file. Give another ServiceMap project (.gpkg) or a partner's list.",
                                 self.other)
        unknown = [f for f in self.theirs if f not in FIELDS]
        if unknown:
            raise InvalidRequest("theirs", "not a field that can be merged. Choose from: " + ", ".join(FIELDS) + ".",
                                 " ".join(unknown))
        if self.report is not None and not self.report.parent.exists():
            raise InvalidRequest("report", "no such folder. Create it first, or choose another place.",
                                 self.report.parent)

    def takes_theirs(self, plan):
        """Which conflicts of ``plan`` take the other side's value."""
        chosen = {id(plan.conflicts[i]) for i in self.theirs_conflicts if i < len(plan.conflicts)}
        return lambda diff: diff.field in self.theirs or id(diff) in chosen

    def keeps(self, plan):
        """Which of the partner's deletions in ``plan`` are not made (the service is kept)."""
        if self.keep_deleted is True:
            return lambda deletion: True
        kept = {id(plan.deletions[i]) for i in self.keep_deleted if i < len(plan.deletions)}
        return lambda deletion: id(deletion) in kept

    def keeps_ours(self, plan):
        """Which values only the partner changed in ``plan`` are not taken (ours kept)."""
        kept = {id(plan.taken[i]) for i in self.ours_taken if i < len(plan.taken)}
        return lambda diff: id(diff) in kept


@dataclass
class MergeRun:
    request: MergeRequest
    plan: object  # importers.merge.MergePlan
    done: dict | None = None  # {"new", "taken", "rejected"} (and "deleted", three-way) once applied; None for a dry run


def run_merge(request: MergeRequest, plan=None, *, progress: Progress | None = None,
              cancelled: CancelCheck | None = None) -> MergeRun:
    """Compare (or take the ``plan`` already shown) and, unless a dry run, apply in one change."""
    from directory.store import Project
    from importers import merge

    request.validate()
    with Project.open(request.project) as project, (nullcontext() if request.dry_run else project.locked(
            f"Merge of {Path(request.other).name}", progress=part(progress, 0, 0), cancelled=cancelled)):
        if plan is None:
            plan = merge.plan(project, request.other, progress=progress, cancelled=cancelled)
        stop_if(cancelled)
        if request.report is not None:
            report = plan.report()
            report["theirs"] = list(request.theirs)
            request.report.write_text(json_text(report, indent=2), encoding="utf-8")
        if request.dry_run:
            return MergeRun(request, plan)
        done = merge.apply(project, plan, theirs=request.takes_theirs(plan), keep=request.keeps(plan),
                           keep_ours=request.keeps_ours(plan))
    return MergeRun(request, plan, done)
