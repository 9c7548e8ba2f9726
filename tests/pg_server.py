"""Fixtures for tests against a real PostgreSQL/PostGIS server.

The server is the one SERVICEMAP_TEST_PG names (``.ci/run`` starts one), else a throwaway
cluster started here when PostgreSQL is installed (tests/pg_cluster.py). Without either, the
tests skip with the reason, except in CI (CI=true), where they fail. Each test gets a database
of its own, set up with ``servicemap server init``'s code.
"""

from __future__ import annotations

import os
import secrets
import uuid
from pathlib import Path

import pytest

from tests import pg_cluster


def _no_server(reason: str):
    if os.environ.get("CI") == "true":
        pytest.fail(f"the PostgreSQL tests must run in CI: {reason}")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def pg_admin_url(tmp_path_factory):
    """An administrator's address on the test server (its password is in PGPASSFILE)."""
    url = os.environ.get("SERVICEMAP_TEST_PG")
    if url:
        yield url
        return
    if pg_cluster.binaries() is None:
        _no_server("no PostgreSQL server: set SERVICEMAP_TEST_PG, or install postgresql and postgis")
    folder = tmp_path_factory.mktemp("pg")
    try:
        settings = pg_cluster.start(folder)
    except RuntimeError as exc:
        _no_server(f"could not start a PostgreSQL cluster: {exc}")
    old = {k: os.environ.get(k) for k in settings}
    os.environ.update(settings)
    yield settings["SERVICEMAP_TEST_PG"]
    pg_cluster.stop(folder)
    for key, value in old.items():
        if value is None:
            os.environ.pop(key, None)
        else:
            os.environ[key] = value


def database_url(admin_url: str, name: str, user: str | None = None) -> str:
    from psycopg.conninfo import conninfo_to_dict

    parts = conninfo_to_dict(admin_url)
    return f"postgresql://{user or parts['user']}@{parts['host']}:{parts['port']}/{name}"


@pytest.fixture
def pg_database(pg_admin_url):
    """A new database with the shared directory's schema; yields the administrator's address to it."""
    import psycopg

    from directory.server import migrate

    name = f"sm_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(pg_admin_url, autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    url = database_url(pg_admin_url, name)
    migrate.init(url)
    yield url
    with psycopg.connect(pg_admin_url, autocommit=True) as conn:
        conn.execute(f"DROP DATABASE {name} WITH (FORCE)")


def add_person(db_url: str, role: str, *, agency: str | None = None, confidential: bool = False) -> str:
    """A new login with ``role`` on the test server, its password in the password file; returns its address."""
    from directory.server import migrate

    login = f"{role}_{uuid.uuid4().hex[:8]}"
    password = secrets.token_hex(12)
    migrate.add_member(db_url, login, role, agency=agency, confidential=confidential, password=password)
    from psycopg.conninfo import conninfo_to_dict

    parts = conninfo_to_dict(db_url)
    passfile = Path(os.environ["PGPASSFILE"])
    with passfile.open("a") as f:
        f.write(f"{parts['host']}:{parts['port']}:*:{login}:{password}\n")
    return database_url(db_url, parts["dbname"], login)
