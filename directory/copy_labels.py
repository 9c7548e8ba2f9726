"""What a person recognises a shared record by, in a copy's lists of conflicts and refusals: a
service by its name and organisation, a site by its name and the services there (with their
organisations), never by a bare ID (tryout 3: three rows named ``f3ff1398-4f67-…``).

A site this copy holds withheld (a safe house's, without the grant) has no name here: it is
called a confidential site, named by the services delivered there, which the copy does hold.
"""

from __future__ import annotations

from typing import Any

_KINDS = {"taxonomy": "service type", "admin_areas": "area", "settings": "setting", "pathway_templates": "pathway template"}


def _service(conn, service_id: str) -> str | None:
    row = conn.execute("SELECT s.name, o.name FROM sm_services s LEFT JOIN sm_organisations o ON o.id = s.organisation_id "
                       "WHERE s.id = ?", (service_id,)).fetchone()
    if row is None:
        return None
    return f"{row[0]} — {row[1]}" if row[1] else row[0]


def _site(conn, site_id: str, *, services: bool = True) -> str | None:
    row = conn.execute("SELECT name FROM sm_sites WHERE id = ?", (site_id,)).fetchone()
    if row is None:
        return None
    if not services:
        return row[0] or "a confidential site"
    there = [_service(conn, r[0]) for r in conn.execute(
        "SELECT service_id FROM sm_service_at_site WHERE site_id = ? ORDER BY service_id", (site_id,))]
    there = [t for t in there if t]
    services = "; ".join(there[:3]) + (f"; +{len(there) - 3}" if len(there) > 3 else "")
    name = row[0] or "a confidential site"  # withheld from this copy: its services say which
    return f"{name} ({services})" if services else name


def label(project, kind: str, key: str, values: Any = None) -> str:
    """A person's name for the record ``key`` of ``kind`` (``values``: what a conflict or refusal
    says of it, for a record this copy no longer holds)."""
    conn = project.connection
    found = None
    if kind == "services":
        found = _service(conn, key)
    elif kind == "sites":
        found = _site(conn, key)
    elif kind == "organisations":
        row = conn.execute("SELECT name FROM sm_organisations WHERE id = ?", (key,)).fetchone()
        found = row[0] if row else None
    elif kind == "service_at_site":
        row = conn.execute("SELECT service_id, site_id FROM sm_service_at_site WHERE id = ?", (key,)).fetchone()
        if row:
            found = f"{_service(conn, row[0]) or 'a service'} at {_site(conn, row[1], services=False) or 'a site'}"
    elif kind in _KINDS:
        found = f"{_KINDS[kind]} {key}"
    if found:
        return found
    named = values.get("name") if isinstance(values, dict) else None
    return f"{named} (no longer in this copy)" if named else f"a {kind.rstrip('s').replace('_', ' ')} no longer in this copy"
