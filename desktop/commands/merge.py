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
    p.add_argument("--dry-run", action="store_true", help="only show what the merge would do; write nothing")
    p.set_defaults(run=merge)


def merge(args: argparse.Namespace) -> int:
    from directory.tasks import InvalidRequest
    from importers.merge import label, show
    from importers.merge_request import MergeRequest, run_merge

    request = MergeRequest(args.project, args.other, theirs=args.theirs, dry_run=args.dry_run, report=args.report)
    try:
        request.validate()
    except InvalidRequest as exc:
        if exc.field == "project":
            existing_project(args.project)
        raise UserError(exc.describe(lambda name: "" if name == "other" else "--" + name)) from None
    run = run_merge(request, progress=report_waiting)
    the_plan = run.plan
    c = the_plan.counts()
    print(f"{c['new']} new services, {c['matched']} matched, {c['fill_ins']} fill-ins, {c['conflicts']} conflicts.")
    if the_plan.conflicts:
        rows = [(d.service_name, f"{label(d.field)} ({d.field})" if label(d.field) != d.field else d.field, show(d.ours), show(d.theirs)) for d in the_plan.conflicts]
        widths = [min(max(len(r[i]) for r in rows + [("service", "field", "ours", "theirs")]), 36) for i in range(4)]
        print("  ".join(h.ljust(w) for h, w in zip(("service", "field", "ours", "theirs"), widths)))
        for r in rows:
            print("  ".join(v[:w].ljust(w) for v, w in zip(r, widths)))
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
    print(f"Merged: {done['new']} services added, {done['taken']} values taken from {the_plan.other}, "
          f"{done['rejected']} of its values not taken (kept in the audit).")
    return 0
