"""``merge``: combine another ServiceMap project, or a partner's list, into this project."""

from __future__ import annotations

import argparse

from desktop.commands.common import (
    UserError,
    existing_project,
    input_file,
    output_path,
    project_file,
    report_waiting,
)


def register(sub) -> None:
    p = sub.add_parser("merge", help="merge another project or a partner's list: new services, fill-ins, conflicts")
    p.add_argument("project", type=project_file)
    p.add_argument("other", type=input_file, metavar="OTHER_PROJECT_OR_FILE")
    p.add_argument("--report", type=output_path, metavar="FILE.json", help="write the merge plan as JSON")
    p.add_argument("--theirs", nargs="+", default=[], metavar="FIELD",
                   help="take the other side's value for these fields where both differ (default: keep ours)")
    p.add_argument("--keep-deleted", action="store_true",
                   help="keep the services the partner's copy deleted (default: delete them too)")
    p.add_argument("--dry-run", action="store_true", help="only show what the merge would do; write nothing")
    p.set_defaults(run=merge)


def merge(args: argparse.Namespace) -> int:
    from directory.tasks import InvalidRequest
    from importers.merge_request import MergeRequest, run_merge

    request = MergeRequest(args.project, args.other, theirs=args.theirs, dry_run=args.dry_run, report=args.report,
                           keep_deleted=bool(args.keep_deleted))
    try:
        request.validate()
    except InvalidRequest as exc:
        if exc.field == "project":
            existing_project(args.project)
        raise UserError(exc.describe(lambda name: "" if name == "other" else "--" + name)) from None
    run = run_merge(request, progress=report_waiting)
    the_plan = run.plan
    c = the_plan.counts()
    print(the_plan.history())
    line = f"{c['new']} new services, {c['matched']} matched, {c['fill_ins']} fill-ins, {c['conflicts']} conflicts"
    if the_plan.three_way:
        line += f", {c['taken']} values changed only in {the_plan.other} (taken), {c['deletions']} deletions"
    print(line + ".")
    if paired := [the_plan.matched[i].name for i in the_plan.added_on_both_sides if i in the_plan.matched]:
        shown = ", ".join(paired[:_NAMED]) + (f" and {len(paired) - _NAMED} more" if len(paired) > _NAMED else "")
        print(f"{len(paired)} service{'s' if len(paired) > 1 else ''} added in both copies since they parted "
              f"{'are' if len(paired) > 1 else 'is'} taken as one, not added twice: {shown}.")
    _table("taken from " + the_plan.other, the_plan.taken, ("service", "field", "ours", "theirs", "changed by"))
    _table("conflicts", the_plan.conflicts, ("service", "field", "ours", "theirs", "changed by"))
    if the_plan.deletions:
        verb = "kept (--keep-deleted)" if args.keep_deleted else "deleted here too (--keep-deleted keeps them)"
        print(f"{len(the_plan.deletions)} services deleted in {the_plan.other} will be {verb}:")
        for d in the_plan.deletions:
            row = d.as_dict()
            print("  " + _service(row) + (f"  (deleted by {d.theirs_by})" if d.theirs_by else ""))
    if the_plan.confidential:
        print(f"{len(the_plan.confidential)} services are marked confidential by {the_plan.other}; they will be kept confidential.")
    if the_plan.deleted:
        print(f"{len(the_plan.deleted)} services deleted in this project are still in {the_plan.other}; "
              "they are not brought back (restore them first to merge them).")
    if args.report:
        print(f"Wrote the merge report to {args.report}.")
    if run.done is None:
        print("Nothing written (--dry-run).")
        return 0
    done = run.done
    line = (f"Merged: {done['new']} services added, {done['taken']} values taken from {the_plan.other}, "
            f"{done['rejected']} of its values not taken (kept in the audit)")
    if "deleted" in done:
        line += f", {done['deleted']} deleted"
    print(line + ".")
    return 0


_NAMED = 5  # services a line names; the others are counted


def _service(row: dict) -> str:
    """Which service: organisation, name and place (a safe house's place withheld, as the report does)."""
    return " / ".join(x for x in (row["organisation"], row["service"], row["place"]) if x)


def _table(title: str, diffs, headers) -> None:
    from importers.merge import label

    if not diffs:
        return
    rows = []
    for d in diffs:
        row = d.as_dict()
        name = f"{label(d.field)} ({d.field})" if label(d.field) != d.field else d.field
        by = " / ".join(x for x in (f"ours: {d.ours_by}" if d.ours_by else "",
                                    f"theirs: {d.theirs_by}" if d.theirs_by else "") if x)
        rows.append((_service(row), name, row["ours"], row["theirs"], by))
    caps = (64, 30, 36, 36, 72)
    widths = [min(max(len(r[i]) for r in rows + [headers]), caps[i]) for i in range(len(headers))]
    print(title.capitalize() + ":")
    print("  ".join(h.ljust(w) for h, w in zip(headers, widths)))
    for r in rows:
        print("  ".join(v[:w].ljust(w) for v, w in zip(r, widths)))
