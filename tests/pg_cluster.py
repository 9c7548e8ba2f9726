"""A throwaway PostgreSQL cluster on localhost, for the tests of the shared directory.

``python tests/pg_cluster.py start DIR`` makes a cluster in DIR (initdb), starts it on a free
port and prints the shell lines that export its settings (SERVICEMAP_TEST_PG, PGPASSFILE);
``python tests/pg_cluster.py stop DIR`` stops it. The pytest fixtures (tests/pg_server.py) use
the same functions when SERVICEMAP_TEST_PG is not set and the binaries are installed.

Connections from 127.0.0.1 need a password (scram-sha-256), read from the password file the
cluster keeps beside its data (no password is ever in a URL). As root, initdb and pg_ctl run
as the ``postgres`` user (PostgreSQL refuses to run as root), in a folder that user owns.
"""

from __future__ import annotations

import glob
import os
import secrets
import shutil
import socket
import subprocess
import sys
from pathlib import Path

ADMIN = "servicemap_admin"


def binaries() -> Path | None:
    """The folder holding initdb and pg_ctl, or None when PostgreSQL is not installed."""
    found = shutil.which("initdb")
    if found:
        return Path(found).parent
    versions = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(p.split("/")[4]))
    return Path(versions[-1]).parent if versions else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _run(args: list[str], owner: str | None) -> None:
    if owner:
        args = ["runuser", "-u", owner, "--", *args]
    done = subprocess.run(args, capture_output=True, text=True)
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(args)} failed: {done.stderr.strip() or done.stdout.strip()}")


def start(folder: str | Path) -> dict[str, str]:
    """Create and start a cluster in ``folder``; returns the environment that reaches it."""
    bin_dir = binaries()
    if bin_dir is None:
        raise RuntimeError("PostgreSQL is not installed (no initdb): apt-get install postgresql postgis")
    folder = Path(folder).resolve()
    folder.mkdir(parents=True, exist_ok=True)
    owner = "postgres" if os.geteuid() == 0 else None
    password = secrets.token_hex(16)
    pwfile = folder / "admin.pw"
    pwfile.write_text(password + "\n")
    if owner:
        shutil.chown(folder, owner, owner)
        shutil.chown(pwfile, owner, owner)
    pwfile.chmod(0o600)
    data, port = folder / "data", _free_port()
    _run([str(bin_dir / "initdb"), "-D", str(data), "-U", ADMIN, "--auth-local=trust", "--auth-host=scram-sha-256",
          f"--pwfile={pwfile}", "-E", "UTF8", "--locale=C.UTF-8"], owner)
    pwfile.unlink()
    options = f"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=60"
    _run([str(bin_dir / "pg_ctl"), "-D", str(data), "-o", options, "-l", str(folder / "server.log"), "-w", "start"], owner)
    passfile = folder / "pgpass"
    passfile.write_text(f"127.0.0.1:{port}:*:{ADMIN}:{password}\n")
    passfile.chmod(0o600)
    return {"SERVICEMAP_TEST_PG": f"postgresql://{ADMIN}@127.0.0.1:{port}/postgres", "PGPASSFILE": str(passfile)}


def stop(folder: str | Path) -> None:
    bin_dir = binaries()
    data = Path(folder).resolve() / "data"
    if bin_dir is not None and data.exists():
        _run([str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"], "postgres" if os.geteuid() == 0 else None)


if __name__ == "__main__":
    action, where = sys.argv[1], sys.argv[2]
    if action == "start":
        for key, value in start(where).items():
            print(f"export {key}={value}")
    else:
        stop(where)
