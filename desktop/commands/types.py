"""``teach`` and ``retype``: telling a project what the words of its lists mean, and reading the types again."""

from __future__ import annotations

import argparse

from desktop.commands.common import UserError, existing_project, project_file

SHOWN = 12  # untyped texts listed after a re-type


def register(sub) -> None:
    p = sub.add_parser("teach", help="save what a text of your lists means (service types), for every later import")
    p.add_argument("project", type=project_file, help="the project file (.gpkg)")
    p.add_argument("text", help="the text as the lists write it, e.g. 'Support to survivors'")
    p.add_argument("codes", nargs="*", metavar="CODE",
                   help="the service types it means (taxonomy codes, e.g. case_management mhpss); none: not a service")
    p.add_argument("--retype", action="store_true", help="re-type the project's services at once")
    p.set_defaults(run=run_teach)
    p = sub.add_parser("retype", help="read the types of the services in a project again from their text")
    p.add_argument("project", type=project_file, help="the project file (.gpkg)")
    p.add_argument("--dry-run", action="store_true", help="show what would change; change nothing")
    p.set_defaults(run=run_retype)


def run_teach(args: argparse.Namespace) -> int:
    from importers.teach import meaning
    from importers.teach_request import TeachRequest
    from importers.teach_request import run_teach as teach_and_retype

    existing_project(args.project)
    if not args.text.strip():
        raise UserError("teach: give the text as your lists write it, e.g. 'Support to survivors'.")
    run = teach_and_retype(TeachRequest(args.project, {args.text: args.codes}, retype=args.retype))
    print(f"{args.project.name}: '{args.text.strip()}' now means {meaning(args.codes)}")
    if run.retyped is not None:
        _report(args.project, run.retyped, run.questions, dry_run=False)
    else:
        print(f"  run 'servicemap retype {args.project}' to re-type the services already imported")
    return 0


def run_retype(args: argparse.Namespace) -> int:
    from directory.store import Project
    from importers.retype import retype
    from importers.teach_request import still_open

    existing_project(args.project)
    with Project.open(args.project) as project:
        result = retype(project, dry_run=args.dry_run)
        still = still_open(project)
    _report(args.project, result, still, dry_run=args.dry_run)
    return 0


def _report(project, result, still: list, *, dry_run: bool) -> None:
    """What re-typing changed, and the texts nobody has taught yet."""
    verb = "would change" if dry_run else "changed"
    print(f"{project.name}: {len(result.changed)} of {result.services} services {verb}; "
          f"{result.kept} kept as a person chose (or typed before ServiceMap kept how)")
    shown = _still_shown(project, [r.service_id for r in result.changed if r.made_confidential])
    for r in result.changed:
        line = f"  {r.name}: {', '.join(r.before) or '(no type)'} -> {', '.join(r.after) or '(no type)'}"
        print(line + ("; now confidential (a safe shelter)" if r.made_confidential else ""))
        if r.service_id in shown:
            print(f"  other services at the place of '{r.name}' still show it on maps and pathways: "
                  f"{', '.join(n.name for n in shown[r.service_id])}; mark them confidential too "
                  "(Edit ▸ Edit service…), or move them")
    if result.untyped or still:
        print(f"{result.untyped} services have no type" + (
            "." if not still else f"; the texts of services without a type (or with an unsure one) that nobody "
                                  f"has taught yet, most used first (teach one with: "
                                  f"servicemap teach {project} 'TEXT' CODE ..., or in the desktop: "
                                  f"Tools ▸ Service types…):"))
        for q in still[:SHOWN]:
            print(f"  '{q.text}' ({q.rows} row{'s' if q.rows != 1 else ''})")
        if len(still) > SHOWN:
            print(f"  … and {len(still) - SHOWN} more")


def _still_shown(project, made: list[str]) -> dict:
    """For the services re-typing makes confidential (or would, in a dry run), the other services
    whose points still show their place (directory.same_place; tryout 3, finding 9)."""
    if not made:
        return {}
    import dataclasses

    from directory import same_place
    from directory.store import Project

    with Project.open(project) as opened:
        rows = opened.service_places(in_listing_order=True)
    rows = [dataclasses.replace(r, confidential=True) if r.service_id in made else r for r in rows]
    return same_place.exposed(rows, made)
