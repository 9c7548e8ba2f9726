"""Creating or migrating a server's schema, and adding the people who use it.

Migrations are the SQL files in ``migrations/`` (``NNN_name.sql``), run in order, each in
its own transaction, and recorded in ``servicemap.schema_migrations``; running ``init`` again
applies only the new ones. A copy refuses a server whose schema is newer than it knows.
"""

from __future__ import annotations

import re
from importlib.resources import files

from directory.server.connect import ServerError, connect

ROLES = ("viewer", "editor", "coordinator", "admin")
_LOCK = 7243502


def migrations() -> list[tuple[int, str, str]]:
    """(number, name, SQL) of every shipped migration, in order."""
    out = []
    for entry in files("directory.server.migrations").iterdir():
        m = re.fullmatch(r"(\d{3})_(\w+)\.sql", entry.name)
        if m:
            out.append((int(m[1]), m[2], entry.read_text(encoding="utf-8")))
    return sorted(out)


SERVER_SCHEMA_VERSION = len(migrations())


def server_version(conn) -> int:
    """The schema version of the server (0 when ServiceMap has never been set up there)."""
    row = conn.execute("SELECT to_regclass('servicemap.schema_migrations')").fetchone()
    if row[0] is None:
        return 0
    return conn.execute("SELECT coalesce(max(version), 0) FROM servicemap.schema_migrations").fetchone()[0]


def check_version(conn, where: str) -> None:
    version = server_version(conn)
    if version == 0:
        raise ServerError(f"{where}: no shared directory there yet. Set it up with 'servicemap server init {where}'.")
    if version > SERVER_SCHEMA_VERSION:
        raise ServerError(f"{where}: the server's directory is newer (version {version}) than this ServiceMap knows "
                          f"({SERVER_SCHEMA_VERSION}). Update ServiceMap.")
    if version < SERVER_SCHEMA_VERSION:
        raise ServerError(f"{where}: the server's directory is older (version {version}) than this ServiceMap "
                          f"({SERVER_SCHEMA_VERSION}). Ask its administrator to run 'servicemap server init {where}'.")


def init(url: str, *, ask_password=None) -> list[str]:
    """Create or migrate the schema at ``url``; returns the migrations applied."""
    import psycopg

    done = []
    with connect(url, ask_password=ask_password, autocommit=True) as conn:
        conn.execute("SELECT pg_advisory_lock(%s)", (_LOCK,))
        try:
            conn.execute("CREATE SCHEMA IF NOT EXISTS servicemap")
            conn.execute("CREATE TABLE IF NOT EXISTS servicemap.schema_migrations "
                         "(version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())")
            have = server_version(conn)
            if have > SERVER_SCHEMA_VERSION:
                raise ServerError(f"{url}: the server's directory is newer (version {have}) than this ServiceMap. "
                                  "Update ServiceMap.")
            for number, name, sql in migrations():
                if number <= have:
                    continue
                try:
                    with conn.transaction():
                        conn.execute(sql)
                        conn.execute("INSERT INTO servicemap.schema_migrations (version, name) VALUES (%s, %s)",
                                     (number, name))
                except psycopg.errors.InsufficientPrivilege as exc:
                    raise ServerError(f"{url}: not allowed to set up the directory ({exc.diag.message_primary}). "
                                      "Run 'servicemap server init' as the database's owner or an administrator "
                                      "who may create extensions and roles.") from None
                done.append(f"{number:03d}_{name}")
        finally:
            conn.execute("SELECT pg_advisory_unlock(%s)", (_LOCK,))
    return done


def add_member(url: str, login: str, role: str, *, agency: str | None = None, confidential: bool = False,
               password: str | None = None, ask_password=None) -> None:
    """Give ``login`` a role (creating the login if needed), and the agency whose records they edit.

    ``agency`` is an organisation's name or ID in the directory; editors need one.
    """
    from psycopg import sql

    if role not in ROLES:
        raise ServerError(f"{role}: not a role. Choose one of: {', '.join(ROLES)}.")
    if role == "editor" and not agency:
        raise ServerError(f"{login}: an editor edits the records of one agency. Give it with --agency NAME.")
    with connect(url, ask_password=ask_password) as conn:
        check_version(conn, url)
        agency_uid = None
        if agency:
            row = conn.execute("SELECT uid FROM servicemap.organisations WHERE id = %s OR lower(name) = lower(%s) "
                               "ORDER BY (id = %s) DESC LIMIT 1", (agency, agency, agency)).fetchone()
            if row is None:
                raise ServerError(f"{agency}: no such organisation in the shared directory. Give an organisation's "
                                  "name as the directory spells it (share the project first).")
            agency_uid = row[0]
        exists = conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (login,)).fetchone()
        if not exists:
            conn.execute(sql.SQL("CREATE ROLE {} LOGIN").format(sql.Identifier(login)))
        if password:
            conn.execute(sql.SQL("ALTER ROLE {} PASSWORD {}").format(sql.Identifier(login), sql.Literal(password)))
        for other in ROLES:
            conn.execute(sql.SQL("REVOKE {} FROM {}").format(sql.Identifier(f"servicemap_{other}"), sql.Identifier(login)))
        conn.execute(sql.SQL("GRANT {} TO {}").format(sql.Identifier(f"servicemap_{role}"), sql.Identifier(login)))
        grant = "GRANT {} TO {}" if confidential else "REVOKE {} FROM {}"
        conn.execute(sql.SQL(grant).format(sql.Identifier("servicemap_confidential"), sql.Identifier(login)))
        conn.execute("INSERT INTO servicemap.members (login, agency, role) VALUES (%s, %s, %s) "
                     "ON CONFLICT (login) DO UPDATE SET agency = excluded.agency, role = excluded.role",
                     (login, agency_uid, role))
        conn.commit()
