"""Reaching the server: the address people give, made safe to use and to keep.

- TLS by default: a host that is not this computer gets ``sslmode=require`` unless the
  address says otherwise.
- No password is ever kept: the address stored in a copy has none. libpq reads the
  password file (``~/.pgpass``, or the file ``PGPASSFILE`` names) by itself; else the system
  keyring is asked when the ``keyring`` package is installed; else ``ask_password`` (a prompt).
"""

from __future__ import annotations

from collections.abc import Callable

from directory.errors import UserFacingError

LOCAL_HOSTS = {"", "localhost", "127.0.0.1", "::1"}
KEYRING_SERVICE = "servicemap"


class ServerError(UserFacingError):
    """The server cannot be reached or refused; the message says what to do."""


class PasswordNeeded(ServerError):
    """The server asks for a password and none was found (nor typed)."""


class WrongPassword(PasswordNeeded):
    """The password typed was not accepted."""


def _parts(url: str) -> dict[str, str]:
    from psycopg.conninfo import conninfo_to_dict

    if not url.startswith(("postgresql://", "postgres://")):
        raise ServerError(f"{url}: not a server address. Give one like postgresql://USER@HOST/DATABASE.")
    try:
        return {k: str(v) for k, v in conninfo_to_dict(url).items()}
    except Exception as exc:  # psycopg's ProgrammingError for a malformed address
        raise ServerError(f"{url}: not a server address ({exc}). Give one like postgresql://USER@HOST/DATABASE.") from None


def is_local(host: str) -> bool:
    return host in LOCAL_HOSTS or host.startswith("/")


def public_url(url: str) -> str:
    """The address without its password: what a copy keeps."""
    parts = _parts(url)
    user = parts.get("user", "")
    host = parts.get("host", "")
    netloc = (f"{user}@" if user else "") + (f"[{host}]" if ":" in host else host)
    if parts.get("port"):
        netloc += f":{parts['port']}"
    query = "&".join(f"{k}={v}" for k, v in sorted(parts.items()) if k not in ("user", "host", "port", "dbname", "password"))
    return f"postgresql://{netloc}/{parts.get('dbname', '')}" + (f"?{query}" if query else "")


def conninfo(url: str) -> dict[str, str]:
    """The connection settings: the address's, with TLS required for a remote host."""
    parts = _parts(url)
    if not is_local(parts.get("host", "")):
        parts.setdefault("sslmode", "require")
    parts.setdefault("application_name", "servicemap")
    parts.setdefault("connect_timeout", "10")
    return parts


def keyring_password(url: str) -> str | None:
    try:
        import keyring
    except ImportError:
        return None
    try:
        return keyring.get_password(KEYRING_SERVICE, public_url(url))
    except Exception:  # no keyring backend on this system
        return None


def _pgpass_file() -> str:
    import os
    from pathlib import Path

    if os.environ.get("PGPASSFILE"):
        return os.environ["PGPASSFILE"]
    if os.name == "nt":
        return str(Path(os.environ.get("APPDATA", "")) / "postgresql" / "pgpass.conf")
    return str(Path.home() / ".pgpass")


def _pgpass_fields(line: str) -> list[str]:
    out, part, escaped = [], "", False
    for ch in line:
        if escaped:
            part, escaped = part + ch, False
        elif ch == "\\":
            escaped = True
        elif ch == ":":
            out.append(part)
            part = ""
        else:
            part += ch
    return [*out, part]


def stored_password(url: str) -> bool:
    """Whether a password for ``url`` is kept somewhere libpq or ServiceMap finds it by itself:
    in the address's environment (PGPASSWORD), the password file (the lines libpq would match)
    or the system keyring. When the server asks for one and none is kept, ask before connecting."""
    import getpass
    import os

    if os.environ.get("PGPASSWORD") or keyring_password(url):
        return True
    parts = conninfo(url)
    if parts.get("password"):
        return True
    host = parts.get("host", "")
    host = "localhost" if not host or host.startswith("/") else host
    wanted = (host, parts.get("port") or "5432", parts.get("dbname", ""), parts.get("user") or getpass.getuser())
    try:
        with open(_pgpass_file(), encoding="utf-8") as f:
            lines = f.read().splitlines()
    except OSError:
        return False
    for line in lines:
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        fields = _pgpass_fields(line)
        if len(fields) >= 5 and all(f in ("*", w) for f, w in zip(fields[:4], wanted)):
            return True
    return False


def connect(url: str, *, ask_password: Callable[[str], str | None] | None = None, autocommit: bool = False):
    """An open psycopg connection to ``url``; a ServerError that says what to do if not."""
    import psycopg

    settings = conninfo(url)
    where = public_url(url)
    refused = ""
    for attempt in ("as given", "keyring", "prompt"):
        if attempt == "keyring":
            password = keyring_password(url)
        elif attempt == "prompt":
            password = ask_password(where) if ask_password else None
        else:
            password = None
        if attempt != "as given" and not password:
            continue
        try:
            extra = {"password": password} if password else {}
            return psycopg.connect(**settings, **extra, autocommit=autocommit)
        except psycopg.OperationalError as exc:
            text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            needs_password = "no password supplied" in text or "password authentication failed" in text
            if not needs_password:
                raise ServerError(f"{where}: cannot connect ({text}). Check the address, that the server is "
                                  "running and that this computer can reach it.") from None
            refused = attempt if "password authentication failed" in text else refused
    if refused == "prompt":
        raise WrongPassword(f"{where}: the server did not accept that password. Type it again (check the user name "
                            "in the address), or ask the directory's administrator.")
    raise PasswordNeeded(f"{where}: the server asks for a password and none was found. Put it in your PostgreSQL "
                         "password file (~/.pgpass, or the file PGPASSFILE names), in the system keyring, or type it "
                         "when asked.")
