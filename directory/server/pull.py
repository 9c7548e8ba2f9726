"""Bringing the server's changes into a copy, from one consistent snapshot, page by page.

The copy asks for the records whose last change number is above the one it has seen, up to
the newest number committed in the snapshot (writers commit in number order: see the
server's stamp()), so nothing committed is skipped and nothing is read twice. The records come
in pages of :data:`PAGE`, each written to the copy as it arrives (all inside the copy's one
sync change, so an interrupted pull leaves the copy as it was). A copy of some areas only asks
for the sites in them, the services and links there, and every organisation; a record a link
names but the copy does not hold yet is fetched whatever its number, before the link. The
server's state replaces the copy's (its own changes were pushed just before), and becomes the
base of the next merge.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from directory import copy_refused, copy_store
from directory.server import steps
from directory.server.kinds import ADMIN_AREAS, KINDS, LINKS, SERVICES, SITES, Kind
from directory.server.merge import REFUSED_MARK
from directory.server.push import select

PAGE = 2000  # records read and written at a time
_WITHHELD_VALUE = {"name": "", "address": "", "location_text": ""}  # the rest become NULL


@dataclass
class PullReport:
    received: dict[str, int] = field(default_factory=dict)  # kind -> records changed in the copy
    seen_up_to: int = 0
    conflicts: int = 0  # open conflicts waiting for a person (this copy's refused changes are not counted)


def _area_filter(kind: Kind, areas: list[str]) -> tuple[str, list]:
    if not areas:
        return "", []
    patterns = [a + "%" for a in areas]
    in_area = ("(adm1_pcode LIKE ANY(%s) OR adm2_pcode LIKE ANY(%s) OR adm3_pcode LIKE ANY(%s) "
               "OR adm4_pcode LIKE ANY(%s))")
    sites = f"SELECT id FROM servicemap.sites_shared WHERE {in_area}"
    if kind is SITES:
        return f" AND {in_area}", [patterns] * 4
    if kind is LINKS:
        return f" AND site_id IN ({sites})", [patterns] * 4
    if kind is SERVICES:
        return f" AND id IN (SELECT service_id FROM servicemap.service_at_site WHERE site_id IN ({sites}))", [patterns] * 4
    return "", []


class _Puller:
    """One pull: reads pages from the server's snapshot and writes them to the copy."""

    def __init__(self, project, conn, top: int, areas: list[str]):
        self.project, self.conn, self.top, self.areas = project, conn, top, areas
        self.report = PullReport(seen_up_to=top)
        self.held = {name for name, _ in copy_refused.keys(project)}
        self.boundaries: dict[str, tuple] = {}
        self.written: dict[str, dict[str, tuple]] = {}  # kind -> the push's records, as written

    def take_written(self, kind: Kind, written: dict[str, tuple[int, bool, dict | None, bool]]) -> None:
        """The records this copy has just written on the server, as the push knows them."""
        self.written[kind.name] = written
        if written:
            rows = {key: (version, deleted, False, data) for key, (version, deleted, data, _) in written.items()}
            self._write(kind, rows, as_is={key for key, (_, _, _, same) in written.items() if same})
            steps.reached(f"pull:written:{kind.name}")

    def take(self, kind: Kind, where: str, args: list) -> None:
        """Every record of ``kind`` matching ``where`` (up to the snapshot's top), page by page,
        but for the versions the copy has just written."""
        cols = ", ".join(select(kind, f) for f in kind.fields)
        withheld = "withheld" if kind.source == "sites_shared" else "false"
        written = self.written.get(kind.name)
        if written:
            where += (" AND NOT EXISTS (SELECT 1 FROM unnest(%s::text[], %s::bigint[]) AS w(id, version) "
                      f"WHERE w.id = {kind.read_from}.id AND w.version = {kind.read_from}.version)")
            args = [*args, list(written), [v[0] for v in written.values()]]
        with self.conn.cursor(name=f"pull_{kind.name}") as cur:
            cur.execute(f"SELECT id, version, deleted, {withheld}, {cols} FROM {kind.read_from} "
                        f"WHERE seq <= %s AND {where}", [self.top, *args])
            while page := cur.fetchmany(PAGE):
                rows = {r[0]: (r[1], r[2], r[3], dict(zip(kind.fields, r[4:]))) for r in page}
                if kind is ADMIN_AREAS:  # boundaries are replaced level by level: written once, at the end
                    self.boundaries.update(rows)
                    continue
                if kind is LINKS and self.areas:
                    self._fetch_missing(rows)
                self._write(kind, rows)
                steps.reached(f"pull:page:{kind.name}")

    def finish(self) -> None:
        if self.boundaries:
            self._write(ADMIN_AREAS, self.boundaries)
            steps.reached(f"pull:page:{ADMIN_AREAS.name}")

    def _write(self, kind: Kind, rows: dict[str, tuple], as_is: set[str] = frozenset()) -> None:
        """Write these rows to the copy and make them the base; ``as_is`` are those the copy
        already holds with these values (the push's own)."""
        values, bases = {}, {}
        for key, (version, deleted, withheld, data) in rows.items():
            if withheld:
                data = {f: (_WITHHELD_VALUE.get(f) if f in kind.withheld else v) for f, v in data.items()}
            if key not in as_is:
                values[key] = None if deleted else data
            bases[key] = None if deleted else copy_store.Base(version, data, withheld)
        changed = copy_store.write(self.project, kind, values)
        hidden = [k for k, b in bases.items() if b is not None and b.withheld]
        if hidden:
            copy_store.withhold(self.project, kind, hidden)
        copy_store.set_bases(self.project, kind, bases)
        if kind.name in self.held:
            copy_refused.release(self.project, kind, set(rows))
        self.report.received[kind.name] = self.report.received.get(kind.name, 0) + changed

    def _fetch_missing(self, links: dict[str, tuple]) -> None:
        """Services and sites these links name that the copy does not hold yet (outside its areas)."""
        for kind, ref in ((SERVICES, "service_id"), (SITES, "site_id")):
            named = {row[3][ref] for row in links.values()}
            wanted = sorted(named - set(copy_store.read_some(self.project, kind, named)))
            if wanted:
                self.take(kind, "id = ANY(%s)", [wanted])


def pull(project, conn, cursor: int, areas: list[str], reread: dict[str, list[str]] | None = None,
         written: dict[str, dict] | None = None, copy_id: str = "") -> PullReport:
    """Apply the server's changes since ``cursor`` (inside the copy's sync change), and the
    records in ``reread`` whatever their number (those the server refused to change). The
    records in ``written`` (the push's) are taken as given, not read back. The open conflicts
    come too, but of the refusals only this copy's own (``copy_id``): another copy's refused
    change is not this copy's to answer."""
    import psycopg

    conn.isolation_level = psycopg.IsolationLevel.REPEATABLE_READ
    try:
        with conn.transaction():
            conn.execute("SET TRANSACTION READ ONLY")
            top = conn.execute("SELECT coalesce(max(seq), 0) FROM servicemap.change_log").fetchone()[0]
            steps.reached("pull:snapshot")
            puller = _Puller(project, conn, top, areas)
            for kind in KINDS:
                puller.take_written(kind, (written or {}).get(kind.name, {}))
                where, args = _area_filter(kind, areas)
                puller.take(kind, f"seq > %s{where}", [cursor, *args])
                if (reread or {}).get(kind.name):
                    puller.take(kind, "id = ANY(%s)", [reread[kind.name]])
            puller.finish()
            conflicts = conn.execute(
                "SELECT id::text, table_name, record_id, field, base::text, server_value::text, client_value::text, "
                "server_user, client_user, to_char(at, 'YYYY-MM-DD\"T\"HH24:MI:SS') FROM servicemap.conflicts "
                "WHERE resolved_at IS NULL AND (field <> %s OR copy_id = %s)", (REFUSED_MARK, copy_id)).fetchall()
            steps.reached("pull:conflicts")
    finally:
        conn.isolation_level = None
    names = ("id", "kind", "record_id", "field", "base", "server_value", "client_value", "server_user", "client_user", "at")
    copy_store.replace_conflicts(project, [dict(zip(names, r)) for r in conflicts])
    report = puller.report
    report.conflicts = sum(r[3] != REFUSED_MARK for r in conflicts)  # this copy's refusals are said apart
    return report

