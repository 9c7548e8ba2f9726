"""What a copy of a shared directory has changed since it last synced: found by comparing each
record with what the copy last saw of it on the server (its base), so an edit made by another
program — QGIS, a database browser — is found as surely as one made in ServiceMap; and which of
them ServiceMap made, as its audit says.
"""

from __future__ import annotations

from directory.copy_store import KEYS, TABLES
from directory.server.kinds import Kind


def differing(project, kind: Kind) -> set[str] | None:
    """Keys of the records of ``kind`` that differ from what the copy last saw on the server: made,
    changed or deleted here since, by ServiceMap or by any other program (QGIS, a database
    browser). Compared in SQL, field by field, with the base; the fields a copy without the grant
    never receives are left out. None for the kinds kept outside the directory's tables (the
    caller compares those whole)."""
    table = TABLES.get(kind.name)
    if table is None:
        return None
    key = KEYS.get(kind.name, "id")

    def differs(f: str) -> str:
        test = f"json_extract(b.data, '$.{f}') IS NOT r.{f}"
        return f"(b.withheld = 0 AND {test})" if f in kind.withheld else test

    conn = project.connection
    changed = conn.execute(f"SELECT r.{key} FROM {table} r LEFT JOIN sm_sync_base b ON b.kind = ? AND b.key = r.{key} "
                           f"WHERE b.key IS NULL OR {' OR '.join(differs(f) for f in kind.fields)}", (kind.name,))
    gone = conn.execute(f"SELECT b.key FROM sm_sync_base b WHERE b.kind = ? AND NOT EXISTS "
                        f"(SELECT 1 FROM {table} r WHERE r.{key} = b.key)", (kind.name,))
    return {r[0] for r in changed} | {r[0] for r in gone}


#: The audit's table names of the kinds whose every write by ServiceMap the store records: a
#: change to one of them found at sync but absent from the audit was made by another program.
_AUDITED = {"organisations": ("sm_organisations",), "sites": ("sm_sites",), "services": ("sm_services",),
            "service_at_site": ("sm_service_at_site",), "pathway_templates": ("sm_pathway_templates",)}


def touched(project, kind: Kind, since_change: int | None) -> set[str] | None:
    """Keys of the records of ``kind`` that ServiceMap wrote since change ``since_change`` (other
    than by a sync), as its audit says; None when the copy cannot tell (no mark yet, or a kind
    written without an audit entry). A record that differs from its base but is not among these
    was changed by another program."""
    tables = _AUDITED.get(kind.name)
    if since_change is None or tables is None:
        return None
    marks = ",".join("?" * len(tables))
    rows = project.connection.execute(
        f"SELECT DISTINCT a.record_id FROM sm_audit a JOIN sm_changes c ON c.id = a.change_id "
        f"WHERE a.change_id > ? AND c.kind <> 'sync' AND a.table_name IN ({marks})", (since_change, *tables))
    return {r[0] for r in rows}
