"""``server init``, ``server add-user``, ``share``, ``clone``, ``sync`` and ``conflicts``: the shared directory."""

from __future__ import annotations

import argparse
import json
import sys

from desktop.commands.common import UserError, existing_project, output_path, project_file


def _ask_password(where: str) -> str | None:
    """Ask on the terminal; nothing when there is no terminal (a script, CI)."""
    if not sys.stdin.isatty():
        return None
    import getpass

    return getpass.getpass(f"Password for {where}: ")


def register(sub) -> None:
    server = sub.add_parser("server", help="set up a shared directory on a PostgreSQL/PostGIS server")
    actions = server.add_subparsers(dest="server_command", required=True)
    p = actions.add_parser("init", help="create or migrate the shared directory's schema at URL")
    p.add_argument("url", metavar="postgresql://USER@HOST/DATABASE")
    p.set_defaults(run=server_init)
    p = actions.add_parser("add-user", help="give a person a role (viewer, editor, coordinator, admin)")
    p.add_argument("url", metavar="postgresql://ADMIN@HOST/DATABASE")
    p.add_argument("login")
    p.add_argument("--role", required=True, choices=("viewer", "editor", "coordinator", "admin"))
    p.add_argument("--agency", metavar="ORGANISATION", help="the organisation whose records an editor changes")
    p.add_argument("--confidential", action="store_true", help="may see confidential sites (safe houses) whole")
    p.add_argument("--password-stdin", action="store_true", help="read the new login's password from standard input")
    p.set_defaults(run=server_add_user)

    p = sub.add_parser("share", help="publish a project to a shared directory; the project becomes a copy of it")
    p.add_argument("project", type=project_file)
    p.add_argument("--to", required=True, metavar="postgresql://USER@HOST/DATABASE")
    p.set_defaults(run=share)
    p = sub.add_parser("clone", help="make an offline copy of a shared directory (of some areas only, if given)")
    p.add_argument("url", metavar="postgresql://USER@HOST/DATABASE")
    p.add_argument("--out", required=True, type=output_path, metavar="FILE.gpkg")
    p.add_argument("--areas", nargs="+", default=[], metavar="PCODE", help="only the sites in these areas")
    p.set_defaults(run=clone)
    p = sub.add_parser("sync", help="send this copy's changes to the shared directory and receive the others'")
    p.add_argument("project", type=project_file)
    p.set_defaults(run=sync_)
    p = sub.add_parser("conflicts", help="list the conflicts waiting for a person, or resolve one")
    p.add_argument("project", type=project_file)
    p.add_argument("--keep", nargs=2, metavar=("CONFLICT", "server|mine|client"),
                   help="resolve a conflict (sent at the next sync): the server's value, yours, or the other "
                        "person's (client) when the change that clashed was not yours")
    p.add_argument("--local-only", metavar="RECORD", help="keep a record the server refused in this copy only")
    p.add_argument("--discard", metavar="RECORD", help="discard a record the server refused from this copy")
    p.set_defaults(run=conflicts)


def server_init(args: argparse.Namespace) -> int:
    from directory.server import migrate

    done = migrate.init(args.url, ask_password=_ask_password)
    print(f"Applied {', '.join(done)}." if done else "The shared directory is up to date.")
    return 0


def server_add_user(args: argparse.Namespace) -> int:
    from directory.server import migrate

    password = sys.stdin.readline().rstrip("\n") if args.password_stdin else None
    if not args.password_stdin and sys.stdin.isatty():
        import getpass

        password = getpass.getpass(f"New password for {args.login} (Enter keeps the one it has): ") or None
    if args.password_stdin and not password:
        raise UserError("--password-stdin: no password was given on standard input.")
    migrate.add_member(args.url, args.login, args.role, agency=args.agency, confidential=args.confidential,
                       password=password, ask_password=_ask_password)
    print(f"{args.login}: {args.role}" + (f" of {args.agency}" if args.agency else "")
          + (", sees confidential sites" if args.confidential else "") + ".")
    return 0


def _print(result) -> None:
    for line in result.lines():
        print(line)


def share(args: argparse.Namespace) -> int:
    from directory.server import sync
    from directory.store import Project

    with Project.open(existing_project(args.project)) as project:
        _print(sync.share(project, args.to, ask_password=_ask_password))
    print(f"{args.project} is now a copy of the shared directory; run 'servicemap sync {args.project}' to sync it.")
    return 0


def clone(args: argparse.Namespace) -> int:
    from directory.server import sync

    if args.out.exists():
        raise UserError(f"{args.out}: a file is already there. Choose another name, or delete it first.")
    if not args.out.parent.exists():
        raise UserError(f"{args.out.parent}: no such folder. Create it first, or choose another place for --out.")
    project, result = sync.clone(args.url, args.out, areas=args.areas, ask_password=_ask_password)
    with project:
        _print(result)
        print(f"Wrote {args.out}: {len(project.services())} services.")
    return 0


def sync_(args: argparse.Namespace) -> int:
    from directory.server import sync
    from directory.store import Project

    with Project.open(existing_project(args.project)) as project:
        _print(sync.sync(project, ask_password=_ask_password))
    return 0


def conflicts(args: argparse.Namespace) -> int:
    from directory import copy_refused, copy_store
    from directory.server import sync
    from directory.store import Project

    with Project.open(existing_project(args.project)) as project:
        if args.local_only:
            row = sync.keep_refused(project, args.local_only)
            print(f"Kept {row['kind']} {row['key']} in this copy only; it is not sent to the shared directory.")
            return 0
        if args.discard:
            row = sync.discard_refused(project, args.discard)
            print(f"Discarded {row['kind']} {row['key']} from this copy.")
            return 0
        if args.keep:
            conflict_id, keep = args.keep
            if keep not in ("server", "mine", "client"):
                raise UserError(f"--keep {conflict_id} {keep}: say 'server', 'mine' or 'client'.")
            sync.resolve(project, conflict_id, keep)
            whose = {"server": "the server's", "mine": "your", "client": "the other person's"}[keep]
            print(f"Kept {whose} value; it goes to the server with the next sync.")
            return 0
        from desktop.commands import conflict_words
        from directory import copy_labels
        from directory.server.merge import REFUSED_MARK

        found = [c for c in copy_store.conflicts(project) if c["field"] != REFUSED_MARK]
        me = copy_store.state(project).get("user")
        print(f"{len(found)} conflict(s) wait for a person.")
        for c in found:
            side = "mine" if c["client_user"] == me else "client"
            server, client = conflict_words.describe(c["field"], c["base"], c["server_value"], c["client_value"]) or (
                c["server_value"], c["client_value"])  # a JSON field in words, only the parts that clash
            print(f"{c['id']}  {copy_labels.label(project, c['kind'], c['record_id'])}  {c['field']}: server "
                  f"({c['server_user']}) {server}  /  {side} ({c['client_user']}) {client}")
        changes = copy_refused.changes(project)
        if changes:
            print(f"{len(changes)} change(s) of this copy the server refused; the server's values are back here "
                  "(accept each with --keep CONFLICT server):")
            for c in changes:
                print(f"{c['id']}  {copy_labels.label(project, c['kind'], c['record_id'])}: "
                      f"{c['client_value']}: {json.loads(c['server_value'])}")
        refused = copy_refused.records(project, kept=False)
        if refused:
            print(f"{len(refused)} record(s) the server refused wait for your choice (--local-only RECORD or "
                  "--discard RECORD):")
            for r in refused:
                print(f"{r['key']}  {r['kind']} {r['name']}: {r['reason']}")
        for r in copy_refused.records(project, kept=True):
            print(f"{r['key']}  {r['kind']} {r['name']}: only in this copy (kept by {r['kept_by']}, {r['kept_at']})")
    return 0
