"""The project store: one GeoPackage file per project.

Every write happens inside :meth:`Project.change`, one SQLite transaction that also
records who changed what, when and through which import or edit (the audit). The file
keeps a rollback journal with full sync, so a process killed in the middle of a write
leaves a file that opens with everything committed before it.

The store is the only module that knows the file layout; the rest of ServiceMap talks
to :class:`Project`.
"""

from __future__ import annotations

import getpass
import json
import shutil
import sqlite3
import time
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import shapely

from directory import bulk_rows, bulk_write, gpkg, records, same_place, schema, writer_note
from directory.file_gate.base import first_line
from directory.tasks import CancelCheck, Progress
from directory.connection import (  # noqa: F401 - ProjectError and friends are imported from here too
    BUSY_TIMEOUT_S,
    CACHE_KB,
    WRITE_CACHE_KB,
    ProjectBusy,
    ProjectDamaged,
    ProjectError,
    connect,
)
from directory.model import (
    AdminArea,
    Organisation,
    Service,
    ServiceAtSite,
    Site,
    new_id,
)

class ProjectChanged(ProjectError):
    """A plan made against the project is stale: the project changed before it was written."""


@dataclass(frozen=True)
class Change:
    """One committed (or running) change: an import, an edit, a migration …"""

    id: int
    at: str
    user: str
    kind: str
    description: str


@dataclass
class ServiceListing:
    """One service at one site, flattened for tables, maps and exports."""

    id: str  # service-at-site id
    service_id: str
    site_id: str
    name: str
    organisation: str
    service_types: list[str]
    status: str
    site: str
    phones: list[str]
    emails: list[str]
    schedule: str
    minimum_age: int | None
    maximum_age: int | None
    genders: list[str]
    languages: list[str]
    admin_pcodes: dict[int, str]
    latitude: float | None
    longitude: float | None
    location_source: str
    confidential: bool
    verified_on: str | None

    @property
    def lowest_pcode(self) -> str | None:
        return self.admin_pcodes[max(self.admin_pcodes)] if self.admin_pcodes else None


#: Project files ``PRAGMA quick_check`` found sound in this process, as (path, size, modified): opening one
#: again unchanged (the map's worker, the import wizard's preview, a coverage run) does not read all of it
#: again (0.5 s or more for a 200 MB project). A file modified in the last seconds is checked each time:
#: a write within the file system's clock tick could leave its time unchanged.
_FOUND_SOUND: set[tuple[str, int, int]] = set()
_SETTLED_NS = 2_000_000_000


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


class Project:
    """An open project file. Use :meth:`create` or :meth:`open`, and close it when done."""

    def __init__(self, path: Path, conn: sqlite3.Connection):
        self.path = path
        self._conn = conn
        self._change: Change | None = None
        self._sites_changed = False
        self._locked = False
        self._note: writer_note.WriterNote | None = None

    # --- opening and closing -------------------------------------------------------

    @classmethod
    def create(
        cls, path: str | Path, *, country: str | None = None, overwrite: bool = False, _version: int | None = None
    ) -> Project:
        """Create a new, empty project file at ``path``."""
        path = Path(path)
        if path.exists():
            if not overwrite:
                raise ProjectError(f"{path}: a file is already there. Choose another name, or delete it first.")
            path.unlink()
        if not path.parent.exists():
            raise ProjectError(f"{path.parent}: no such folder. Create it first, or choose another place.")
        conn = connect(path)
        project = cls(path, conn)
        target = schema.SCHEMA_VERSION if _version is None else _version
        with project.change("create", f"New project {path.name}"):
            for step in schema.MIGRATIONS[1:target]:  # change() laid down version 1
                step(conn)
            project._set_meta("schema_version", str(target))
            project._set_meta("created_at", _now())
            if country:
                project._set_meta("country", country.upper())
        return project

    @classmethod
    def open(cls, path: str | Path) -> Project:
        """Open an existing project, migrating it forward (after a backup copy) if it is older."""
        path = Path(path)
        if not path.exists():
            raise ProjectError(
                f"{path}: no such project file. Check the path, or create a project with "
                f"'servicemap init {path.name} --boundaries FILE' or 'servicemap demo'."
            )
        if path.is_dir():
            raise ProjectError(f"{path}: this is a folder. Give the path of a project's .gpkg file.")
        with path.open("rb") as f:
            header = f.read(16)
        if header != b"SQLite format 3\x00":
            raise ProjectError(f"{path}: not a ServiceMap project (not a GeoPackage file). Open a .gpkg project file.")
        stat = path.stat()
        checked = (str(path.resolve()), stat.st_size, stat.st_mtime_ns)
        conn = connect(path)
        try:
            ok = "ok" if checked in _FOUND_SOUND else conn.execute("PRAGMA quick_check").fetchone()[0]
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")}
        except ProjectError:
            conn.close()
            raise
        except sqlite3.DatabaseError as exc:
            conn.close()
            raise ProjectDamaged(f"{path}: the file is damaged ({first_line(exc)}). Open a backup copy of the "
                                 "project.") from None
        except UnicodeDecodeError:  # a table's or column's name that is not text: a damaged schema
            conn.close()
            raise ProjectDamaged(f"{path}: the file is damaged (its list of tables does not read as text). Open a "
                                 "backup copy of the project.") from None
        if ok != "ok":
            conn.close()
            raise ProjectDamaged(f"{path}: the file is damaged ({first_line(ok.replace('*** in database main ***', ''))}). Open a backup copy of the "
                                 "project.")
        if time.time_ns() - stat.st_mtime_ns > _SETTLED_NS:
            _FOUND_SOUND.add(checked)
        if "sm_meta" not in tables:
            conn.close()
            raise ProjectError(
                f"{path}: a GeoPackage, but not a ServiceMap project. Create a project with "
                f"'servicemap init NEW.gpkg --boundaries {path.name}' to use its boundaries."
            )
        missing = [t for t in schema.CORE_TABLES if t not in tables]
        if missing:
            conn.close()
            raise ProjectDamaged(f"{path}: the project file is damaged: its table(s) {', '.join(missing)} are "
                                 "missing. Open a backup copy of the project.")
        project = cls(path, conn)
        try:
            project._migrate()
        except BaseException:
            project.close()
            raise
        return project

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def __enter__(self) -> Project:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- schema version and migrations ---------------------------------------------

    @property
    def schema_version(self) -> int:
        value = self._meta("schema_version")
        if value is None or not value.strip().isdigit() or int(value) < 1:
            raise ProjectDamaged(f"{self.path}: the project file is damaged: its version record is "
                                 f"{'missing' if value is None else repr(value)}. Open a backup copy of the project.")
        return int(value)

    def _migrate(self) -> None:
        version = self.schema_version
        if version > schema.SCHEMA_VERSION:
            self.close()
            raise ProjectError(
                f"{self.path}: made by a newer ServiceMap (project version {version}, this ServiceMap "
                f"reads up to {schema.SCHEMA_VERSION}). Update ServiceMap to open it."
            )
        if version == schema.SCHEMA_VERSION:
            return
        backup = self.path.with_name(f"{self.path.stem}.before-v{schema.SCHEMA_VERSION}{self.path.suffix}")
        self._conn.execute("PRAGMA wal_checkpoint")  # harmless in rollback mode; flushes if another tool used WAL
        shutil.copy2(self.path, backup)
        with self.change("migration", f"Schema {version} → {schema.SCHEMA_VERSION}; backup in {backup.name}"):
            for step in schema.MIGRATIONS[version:]:
                step(self._conn)
            self._set_meta("schema_version", str(schema.SCHEMA_VERSION))

    # --- changes, the audit and metadata ------------------------------------------

    @contextmanager
    def change(self, kind: str, description: str = "", user: str | None = None) -> Iterator[Change]:
        """Run the writes inside the ``with`` block as one transaction, recorded in the audit.

        ``kind`` says what made the change (create, import, edit, boundaries, migration, demo …).
        An exception rolls everything back. Inside :meth:`locked`, the change is a savepoint of
        the lock's transaction and is committed with it.
        """
        if self._change is not None:
            raise RuntimeError("changes do not nest; finish the current change first")
        inside_lock = self._locked
        if inside_lock:
            self._conn.execute("SAVEPOINT change")
        else:
            self._begin(kind, user)  # the note beside the file names the kind of change, not its details
        try:
            if kind == "create":  # the audit tables do not exist yet
                schema.MIGRATIONS[0](self._conn)
                self._conn.execute("INSERT INTO sm_meta VALUES ('schema_version', '1')")
            at, who = _now(), user or _user_name()
            cur = self._conn.execute(
                "INSERT INTO sm_changes (at, user, kind, description) VALUES (?, ?, ?, ?)", (at, who, kind, description)
            )
            self._change = Change(cur.lastrowid, at, who, kind, description)
            yield self._change
            if self._sites_changed:
                self._refresh_services_extent()
            self._conn.execute("RELEASE change" if inside_lock else "COMMIT")
        except BaseException:
            if inside_lock:
                self._conn.execute("ROLLBACK TO change")
                self._conn.execute("RELEASE change")
            else:
                self._rollback()
            raise
        finally:
            self._change = None
            self._sites_changed = False
            if not inside_lock:
                self._let_go()

    @contextmanager
    def locked(self, what: str = "", *, user: str | None = None, progress: Progress | None = None,
               cancelled: CancelCheck | None = None) -> Iterator[None]:
        """Hold the project's write lock from a read to the writes that depend on it.

        An import or a merge matches its rows against the project and then writes: without the
        lock first, two of them at once both see the project before either wrote, and every
        service is stored twice. Inside the block, another program waits for this one (up to
        its busy timeout) and then sees everything written here. The changes made inside are
        committed together when the block ends, or none of them if it raises.

        Behind another ServiceMap writing the project (a long import), this one waits for it to
        finish, saying so through ``progress`` ("Waiting for another ServiceMap to finish: Import
        of list.xlsx by …") and stopping when ``cancelled()``; ``what`` is how the other would see
        this one. A lock held by another program is :class:`ProjectBusy` after the busy timeout.
        """
        if self._locked or self._change is not None:
            raise RuntimeError("the project is already locked by this connection")
        self._begin(what, user, wait=True, progress=progress, cancelled=cancelled)
        self._locked = True
        try:
            yield
            self._conn.execute("COMMIT")
        except BaseException:
            self._rollback()
            raise
        finally:
            self._locked = False
            self._let_go()

    def _begin(self, what: str, user: str | None, **waiting) -> None:
        """Take the write lock and leave this writer's note (:mod:`directory.writer_note`), or raise
        :class:`ProjectBusy`."""
        self._note = writer_note.begin_writing(self._conn, self.path, what, user or _user_name(), **waiting)

    def _let_go(self) -> None:
        if self._note is not None:
            self._note.release()
            self._note = None

    def _rollback(self) -> None:
        if self._conn.in_transaction:  # SQLite may have rolled back already (a full disk, a failed COMMIT)
            self._conn.execute("ROLLBACK")

    def require_unchanged_since(self, base_change: int | None, what: str) -> None:
        """Refuse to write a plan (a merge, a verification sheet) matched against the project before
        another program or window changed it. Call it inside the change that writes the plan."""
        if base_change is not None and self.last_change_id() != base_change:
            raise ProjectChanged(f"{self.path}: the project was changed by another program or window since "
                                 f"{what} was prepared; nothing was written. Prepare it again: it will be "
                                 "compared with the project as it is now.")

    def last_change_id(self) -> int:
        """The number of the newest change (other than the one running): a plan made against the
        project when it was N is stale once it has moved on."""
        current = self._change.id if self._change is not None else None
        return self._conn.execute("SELECT coalesce(max(id), 0) FROM sm_changes WHERE id IS NOT ?", (current,)).fetchone()[0]

    @property
    def connection(self) -> sqlite3.Connection:
        """The project's SQLite connection, for the directory's feature stores (the gazetteer,
        analysis results …) that keep tables of their own in the file. Write through it only
        inside :meth:`change` (call :meth:`require_change` first) and record what you change
        with :meth:`log_change`."""
        return self._conn

    @property
    def current_change(self) -> Change | None:
        """The change running now (inside :meth:`change`), or None: a feature store that writes
        inside another's change (an import) records its entries under that change's user."""
        return self._change

    def require_change(self) -> int:
        if self._change is None:
            raise RuntimeError("writes must happen inside Project.change()")
        return self._change.id

    def log_change(self, table: str, record_id: str, old: dict | None, new: dict | None) -> None:
        """Record one write. An insert keeps only the record's name (the record itself holds its
        values, and every later update keeps the old ones); an update keeps the changed fields."""
        change_id = self.require_change()
        action = "insert" if old is None else "delete" if new is None else "update"
        if action == "insert":
            new = {k: new[k] for k in ("name", "service_id", "site_id", "level") if k in new}
        old, new = records.changed_fields(old, new)
        if action == "update" and not new:
            return
        self._conn.execute(
            "INSERT INTO sm_audit (change_id, table_name, record_id, action, old, new) VALUES (?, ?, ?, ?, ?, ?)",
            (change_id, table, record_id, action, bulk_rows.audit_json(old), bulk_rows.audit_json(new)),
        )

    def _meta(self, key: str) -> str | None:
        row = self._conn.execute("SELECT value FROM sm_meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def _set_meta(self, key: str, value: str) -> None:
        self.require_change()
        self._conn.execute("INSERT OR REPLACE INTO sm_meta VALUES (?, ?)", (key, value))

    @property
    def country(self) -> str | None:
        """The project's country as an ISO 3166-1 alpha-3 code (BGD), if known."""
        return self._meta("country")

    def set_country(self, iso3: str) -> None:
        old = self.country
        self._set_meta("country", iso3.upper())
        self.log_change("sm_meta", "country", {"value": old} if old else None, {"value": iso3.upper()})

    def changes(self) -> list[Change]:
        rows = self._conn.execute("SELECT id, at, user, kind, description FROM sm_changes ORDER BY id")
        return [Change(*r) for r in rows]

    def audit(self, record_id: str | None = None) -> list[dict[str, Any]]:
        """Audit entries, oldest first, optionally for one record."""
        sql = (
            "SELECT a.*, c.at, c.user, c.kind, c.description FROM sm_audit a JOIN sm_changes c ON c.id = a.change_id"
        )
        args: tuple = ()
        if record_id is not None:
            sql += " WHERE a.record_id = ?"
            args = (record_id,)
        out = []
        for row in self._conn.execute(sql + " ORDER BY a.id", args):
            entry = dict(row)
            entry["old"] = json.loads(entry["old"]) if entry["old"] else None
            entry["new"] = json.loads(entry["new"]) if entry["new"] else None
            out.append(entry)
        return out

    #: Kinds of change in which a person, not a program, decided the values written.
    PERSON_KINDS = ("edit", "merge", "verification", "review")

    def set_by_people(self, table: str, field: str) -> set[str]:
        """IDs of the records of ``table`` whose ``field`` a person set (an edit, a merge, a
        verification sheet): what a program that re-derives the field must leave alone."""
        marks = ", ".join("?" for _ in self.PERSON_KINDS)
        rows = self._conn.execute(
            "SELECT DISTINCT a.record_id FROM sm_audit a JOIN sm_changes c ON c.id = a.change_id "
            f"WHERE a.table_name = ? AND c.kind IN ({marks}) AND a.new IS NOT NULL "
            "AND json_type(a.new, '$.' || ?) IS NOT NULL",
            (table, *self.PERSON_KINDS, field))
        return {r[0] for r in rows}

    # --- the directory: writes --------------------------------------------------

    def _upsert(self, table: str, row: dict[str, Any]) -> None:
        old = self._conn.execute(f"SELECT * FROM {table} WHERE id = ?", (row["id"],)).fetchone()
        old_row = {k: old[k] for k in row} if old else None
        cols = ", ".join(row)
        marks = ", ".join("?" for _ in row)
        updates = ", ".join(f"{c} = excluded.{c}" for c in row if c != "id")
        self._conn.execute(
            f"INSERT INTO {table} ({cols}) VALUES ({marks}) ON CONFLICT(id) DO UPDATE SET {updates}",
            tuple(row.values()),
        )
        self.log_change(table, row["id"], old_row, row)

    def save_organisation(self, org: Organisation) -> None:
        self._upsert("sm_organisations", records.organisation_row(org))

    def save_service(self, service: Service) -> None:
        self._upsert("sm_services", records.service_row(service))

    def save_site(self, site: Site) -> None:
        row = records.site_row(site)
        point = shapely.Point(site.longitude, site.latitude) if site.has_point else None
        self._upsert("sm_sites", row)
        self._conn.execute("UPDATE sm_sites SET geom = ? WHERE id = ?", (gpkg.to_blob(point), site.id))
        self._sites_changed = True

    def save_many(
        self,
        organisations: Sequence[Organisation],
        sites: Sequence[Site],
        services: Sequence[Service],
        links: Sequence[tuple[str, str]],
    ) -> None:
        """Write many records at once (imports): the same rows and audit as the per-record
        methods, in a few ``executemany`` calls (:mod:`directory.bulk_write`). Records whose ID
        is already in the project are updated, and the audit keeps their changed fields.

        The rows are written with a smaller page cache (``WRITE_CACHE_KB``): as much time, less memory."""
        change_id = self.require_change()
        self._conn.execute(f"PRAGMA cache_size = -{WRITE_CACHE_KB}")
        try:
            bulk_write.save_many(self._conn, change_id, organisations, sites, services, links)
        finally:
            self._conn.execute(f"PRAGMA cache_size = -{CACHE_KB}")
        if sites:
            self._sites_changed = True

    def link(self, service_id: str, site_id: str) -> ServiceAtSite:
        """Record that a service is delivered at a site (idempotent)."""
        self.require_change()
        row = self._conn.execute(
            "SELECT id FROM sm_service_at_site WHERE service_id = ? AND site_id = ?", (service_id, site_id)
        ).fetchone()
        if row:
            return ServiceAtSite(service_id, site_id, row[0])
        link = ServiceAtSite(service_id, site_id, new_id())
        self._conn.execute(
            "INSERT INTO sm_service_at_site (id, service_id, site_id) VALUES (?, ?, ?)",
            (link.id, service_id, site_id),
        )
        self.log_change("sm_service_at_site", link.id, None, {"service_id": service_id, "site_id": site_id})
        return link

    def delete_service(self, service_id: str) -> None:
        """Soft-delete a service: it leaves every listing, map and export, and can be restored."""
        self._set_deleted(service_id, _now())

    def restore_service(self, service_id: str) -> None:
        """Bring back a soft-deleted service."""
        self._set_deleted(service_id, None)

    def _set_deleted(self, service_id: str, when: str | None) -> None:
        self.require_change()
        row = self._conn.execute("SELECT deleted_at FROM sm_services WHERE id = ?", (service_id,)).fetchone()
        if row is None:
            raise KeyError(service_id)
        if (row[0] is None) == (when is None):
            return  # already as asked
        self._conn.execute("UPDATE sm_services SET deleted_at = ? WHERE id = ?", (when, service_id))
        self.log_change("sm_services", service_id, {"deleted_at": row[0]}, {"deleted_at": when})

    def _refresh_services_extent(self) -> None:
        b = self._conn.execute(
            "SELECT min(longitude), min(latitude), max(longitude), max(latitude) FROM sm_sites "
            "WHERE latitude IS NOT NULL AND deleted_at IS NULL"
        ).fetchone()
        gpkg.update_extent(self._conn, "services", tuple(b) if b[0] is not None else None)

    def replace_admin_level(self, level: int, areas: Sequence[AdminArea], geometries: Sequence[shapely.Geometry]) -> None:
        """Replace all boundaries of one admin level (polygons in EPSG:4326)."""
        self.require_change()
        if len(areas) != len(geometries):
            raise ValueError("one geometry per area")
        table = schema.admin_table(level)
        schema.create_admin_table(self._conn, level)
        old = {r[0]: r[1] for r in self._conn.execute(f"SELECT pcode, name FROM {table}")}
        self._conn.execute(f"DELETE FROM {table}")
        multi = [g if g is None or g.geom_type == "MultiPolygon" else shapely.MultiPolygon([g]) for g in geometries]
        self._conn.executemany(
            f"INSERT INTO {table} (geom, pcode, name, parent_pcode, alternate_names, valid_on, names) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [
                (gpkg.to_blob(g), a.pcode, a.name, a.parent_pcode, json.dumps(a.alternate_names, ensure_ascii=False), a.valid_on,
                 json.dumps(a.names, ensure_ascii=False, sort_keys=True))
                for a, g in zip(areas, multi)
            ],
        )
        new = {a.pcode: a.name for a in areas}
        for pcode in old.keys() - new.keys():
            self.log_change(table, pcode, {"name": old[pcode]}, None)
        for pcode in new.keys() - old.keys():
            self.log_change(table, pcode, None, {"name": new[pcode], "level": level})
        for pcode in new.keys() & old.keys():
            self.log_change(table, pcode, {"name": old[pcode]}, {"name": new[pcode]})
        schema.write_admin_outlines(self._conn, level, [a.pcode for a in areas], multi)
        bounds = shapely.total_bounds(list(multi)) if multi else None
        gpkg.update_extent(self._conn, table, tuple(float(v) for v in bounds) if bounds is not None else None)

    def set_taxonomy(self, taxonomy_dict: dict) -> None:
        """Keep the project's own copy of the taxonomy (thresholds can differ per project)."""
        self.require_change()
        self._conn.execute("DELETE FROM sm_taxonomy")
        self._conn.executemany(
            "INSERT INTO sm_taxonomy (code, position, data) VALUES (?, ?, ?)",
            [(t["code"], i, json.dumps(t, ensure_ascii=False)) for i, t in enumerate(taxonomy_dict["types"])],
        )
        self._set_meta("taxonomy", json.dumps({k: v for k, v in taxonomy_dict.items() if k != "types"}, ensure_ascii=False))

    # --- the directory: reads ---------------------------------------------------

    def _rows(self, sql: str, args: tuple = ()) -> list[dict[str, Any]]:
        try:
            return [dict(r) for r in self._conn.execute(sql, args)]
        except UnicodeDecodeError:  # SQLite hands back bytes that are not UTF-8 where text was stored
            raise ProjectDamaged(f"{self.path}: the file is damaged (a value that should be text is not). Open a "
                                 "backup copy of the project.") from None

    def _records(self, convert, sql: str, args: tuple = ()) -> list:
        """The rows of ``sql`` made into records by ``convert``; a row whose stored values cannot be
        (JSON that does not parse, a number where a list was kept) is damage, said as such."""
        rows = self._rows(sql, args)
        try:
            return [convert(r) for r in rows]
        except (ValueError, TypeError, KeyError, AttributeError) as exc:  # JSONDecodeError is a ValueError
            table = sql.split(" FROM ", 1)[1].split()[0]
            raise ProjectDamaged(f"{self.path}: the file is damaged (a record of {table} does not read: "
                                 f"{first_line(exc, 120)}). Open a backup copy of the project.") from None

    def organisations(self) -> list[Organisation]:
        return self._records(records.organisation_from_row,
                             "SELECT * FROM sm_organisations WHERE deleted_at IS NULL ORDER BY name")

    def services(self) -> list[Service]:
        return self._records(records.service_from_row,
                             "SELECT * FROM sm_services WHERE deleted_at IS NULL ORDER BY name")

    def services_in_brief(self, organisation_ids: Iterable[str]) -> list[tuple[str, str, str, list[str]]]:
        """(ID, organisation ID, name, types) of the services of these organisations, in the order of
        :meth:`services`: what an import compares a list's services with before it reads any whole."""
        return self._records(lambda r: (r["id"], r["organisation_id"], r["name"],
                                        records.service_json("service_types", r["service_types"])),
                             "SELECT id, organisation_id, name, service_types FROM sm_services WHERE deleted_at IS NULL "
                             "AND organisation_id IN (SELECT value FROM json_each(?)) ORDER BY name",
                             (json.dumps(sorted(organisation_ids)),))

    def services_sharing(self, *, site_id: str | None = None, organisation_id: str | None = None) -> list[str]:
        """The IDs of the active services at the site ``site_id`` and of the organisation
        ``organisation_id``: the rows an edit of that site or organisation changes."""
        return [r[0] for r in self._conn.execute(
            "SELECT s.id FROM sm_services s WHERE s.deleted_at IS NULL AND (s.organisation_id = ? OR s.id IN "
            "(SELECT service_id FROM sm_service_at_site WHERE site_id = ?))", (organisation_id, site_id))]

    def services_by_id(self, service_ids: Iterable[str]) -> list[Service]:
        """These services (deleted or not), whole."""
        return self._records(records.service_from_row,
                             "SELECT * FROM sm_services WHERE id IN (SELECT value FROM json_each(?))",
                             (json.dumps(sorted(service_ids)),))

    def sites_by_id(self, site_ids: Iterable[str]) -> list[Site]:
        """These sites (deleted or not), whole."""
        return self._records(records.site_from_row, "SELECT * FROM sm_sites WHERE id IN (SELECT value FROM json_each(?))",
                             (json.dumps(sorted(site_ids)),))

    def site_places(self) -> list[tuple[str, str, str, float | None, float | None]]:
        """(ID, name, place in words, latitude, longitude) of every site, in the order of :meth:`sites`,
        without reading their JSON."""
        return self._records(lambda r: (r["id"], r["name"], r["location_text"], r["latitude"], r["longitude"]),
                             "SELECT id, name, location_text, latitude, longitude FROM sm_sites "
                             "WHERE deleted_at IS NULL ORDER BY rowid")

    def active_services_sources(self) -> list[tuple[str, str, list[tuple[str, str | None]]]]:
        """(ID, name, the (file, sheet) of each list it came from) of every active service, in the order of
        :meth:`services`."""
        return self._records(lambda r: (r["id"], r["name"], [(x.get("file") or "", x.get("sheet"))
                                                              for x in json.loads(r["provenance"])]),
                             "SELECT id, name, provenance FROM sm_services WHERE deleted_at IS NULL AND "
                             "status = 'active' ORDER BY name")

    def deleted_services(self) -> list[Service]:
        """Soft-deleted services, most recently deleted first (to restore them)."""
        return self._records(records.service_from_row,
                             "SELECT * FROM sm_services WHERE deleted_at IS NOT NULL ORDER BY deleted_at DESC, name")

    def sites(self) -> list[Site]:
        return self._records(records.site_from_row, "SELECT * FROM sm_sites WHERE deleted_at IS NULL")

    def service(self, service_id: str) -> Service:
        found = self._records(records.service_from_row, "SELECT * FROM sm_services WHERE id = ?", (service_id,))
        if not found:
            raise KeyError(service_id)
        return found[0]

    def site(self, site_id: str) -> Site:
        found = self._records(records.site_from_row, "SELECT * FROM sm_sites WHERE id = ?", (site_id,))
        if not found:
            raise KeyError(site_id)
        return found[0]

    def taxonomy_dict(self) -> dict | None:
        """The project's taxonomy, or None if the project has none of its own yet."""
        rows = self._conn.execute("SELECT data FROM sm_taxonomy ORDER BY position").fetchall()
        if not rows:
            return None
        head = json.loads(self._meta("taxonomy") or "{}")
        return {**head, "types": [json.loads(r[0]) for r in rows]}

    def admin_level_names(self) -> dict[int, str]:
        """What each admin level is called here (Division, District …); "Admin level N" if not set."""
        named = {int(k): v for k, v in json.loads(self._meta("admin_level_names") or "{}").items()}
        return {level: named.get(level) or f"Admin level {level}" for level in self.admin_levels()}

    def set_admin_level_names(self, names: dict[int, str]) -> None:
        old = json.loads(self._meta("admin_level_names") or "{}")
        new = {str(k): v for k, v in sorted(names.items())}
        self._set_meta("admin_level_names", json.dumps(new, ensure_ascii=False))
        self.log_change("sm_meta", "admin_level_names", old or None, new)

    def admin_levels(self) -> list[int]:
        names = [r[0] for r in self._conn.execute("SELECT table_name FROM gpkg_contents WHERE table_name LIKE 'admin_%'")]
        return sorted(int(n.split("_")[1]) for n in names)

    def admin_areas(self, level: int | None = None) -> list[AdminArea]:
        levels = [level] if level is not None else self.admin_levels()
        out = []
        for lvl in levels:
            for r in self._conn.execute(
                f"SELECT pcode, name, parent_pcode, alternate_names, valid_on, names FROM {schema.admin_table(lvl)} ORDER BY pcode"
            ):
                out.append(AdminArea(r[0], r[1], lvl, r[2], json.loads(r[3]), r[4], json.loads(r[5])))
        return out

    def admin_geometries(self, level: int) -> tuple[list[AdminArea], list[shapely.Geometry]]:
        """The areas of one level with their polygons (EPSG:4326), in P-code order."""
        rows = self._conn.execute(
            f"SELECT pcode, name, parent_pcode, alternate_names, valid_on, names, geom FROM {schema.admin_table(level)} ORDER BY pcode"
        ).fetchall()
        areas = [AdminArea(r[0], r[1], level, r[2], json.loads(r[3]), r[4], json.loads(r[5])) for r in rows]
        return areas, list(gpkg.from_blobs(r[6] for r in rows))

    def admin_outlines(self, level: int) -> dict[str, list[str]]:
        """The outlines maps draw for one level: tier column -> one text per area, in P-code order
        (as :meth:`admin_geometries`); see :mod:`directory.boundary_detail`."""
        pcodes = [r[0] for r in self._conn.execute(f"SELECT pcode FROM {schema.admin_table(level)} ORDER BY pcode")]
        stored: dict[str, dict[str, str]] = {}
        for tier, pcode, text in self._conn.execute(
            "SELECT tier, pcode, outline FROM sm_admin_outlines WHERE level = ?", (int(level),)
        ):
            stored.setdefault(tier, {})[pcode] = text
        return {tier: [texts.get(p, "") for p in pcodes] for tier, texts in sorted(stored.items())}

    def areas_at(self, lons: Sequence[float], lats: Sequence[float]) -> list[dict[int, str]]:
        """The P-code of the area holding each point, at every admin level the project has.

        The points go in a tree and each area asks which of them it contains (the areas' outlines
        are prepared once, so 100,000 points take a third of the time of asking for each point which
        area it is within; the answer is the same). A point inside two overlapping areas of a level
        gets the first of them."""
        points = shapely.points(lons, lats)
        found: list[dict[int, str]] = [{} for _ in range(len(points))]
        if not len(points):
            return found
        tree = shapely.STRtree(points)
        for level in self.admin_levels():
            areas, polygons = self.admin_geometries(level)
            area_idx, point_idx = tree.query(polygons, predicate="contains")
            order = area_idx.argsort(kind="stable")  # the first area first, whatever order the tree answers in
            for a, p in zip(area_idx[order].tolist(), point_idx[order].tolist()):
                found[p].setdefault(level, areas[a].pcode)
        return found

    def listing(self, service_ids: Sequence[str] | None = None) -> list[ServiceListing]:
        """Every service at every site, flattened, for the table and the map (or only the rows
        of ``service_ids``, to refresh them after an edit)."""
        sql = """
            SELECT sas.id AS sas_id, s.id AS service_id, si.id AS site_id, s.name, o.name AS organisation,
                   s.service_types, s.status, si.name AS site, s.contacts, s.schedule_text, s.minimum_age,
                   s.maximum_age, s.genders, s.languages, si.adm1_pcode, si.adm2_pcode, si.adm3_pcode,
                   si.adm4_pcode, si.latitude, si.longitude, si.location_source, s.confidential, s.assured_date
              FROM sm_service_at_site sas
              JOIN sm_services s ON s.id = sas.service_id AND s.deleted_at IS NULL
              JOIN sm_sites si ON si.id = sas.site_id AND si.deleted_at IS NULL
              JOIN sm_organisations o ON o.id = s.organisation_id
             {where}
             ORDER BY o.name, s.name, sas.fid
        """
        ids = list(service_ids) if service_ids is not None else None
        where = f"WHERE s.id IN ({','.join('?' * len(ids))})" if ids is not None else ""
        lists: dict[str, list] = {}  # types, genders, languages: a few texts repeated on every row

        def short_list(text: str) -> list:
            found = lists.get(text)
            if found is None:
                found = lists[text] = json.loads(text)
            return list(found)  # each row its own list

        out = []
        for (sas_id, service_id, site_id, name, organisation, types, status, site, contacts, schedule, minimum_age,
             maximum_age, genders, languages, adm1, adm2, adm3, adm4, latitude, longitude, location_source,
             confidential, assured_date) in self._conn.execute(sql.format(where=where), ids or ()).fetchall():
            contacts = json.loads(contacts)
            out.append(
                ServiceListing(
                    id=sas_id, service_id=service_id, site_id=site_id, name=name, organisation=organisation,
                    service_types=short_list(types), status=status, site=site,
                    phones=[p["number"] for c in contacts for p in c.get("phones", [])],
                    emails=[e for c in contacts for e in c.get("emails", [])],
                    schedule=schedule, minimum_age=minimum_age, maximum_age=maximum_age,
                    genders=short_list(genders), languages=short_list(languages),
                    admin_pcodes={lvl: code for lvl, code in zip(records.ADMIN_LEVELS, (adm1, adm2, adm3, adm4))
                                  if code},
                    latitude=latitude, longitude=longitude, location_source=location_source,
                    confidential=bool(confidential), verified_on=assured_date,
                )
            )
        return out

    def service_places(self, *, confidential_only: bool = False, in_listing_order: bool = False
                       ) -> list[same_place.AtPlace]:
        """Every service at every site (or only the confidential ones), with what :mod:`directory.same_place`
        compares (one query, no JSON read: an import asks this of a project of any size). In the order the
        rows were linked, or in :meth:`listing`'s (by organisation and name)."""
        sql = """
            SELECT s.id, s.name, o.name, s.confidential, si.id, si.latitude, si.longitude, si.address,
                   si.adm1_pcode, si.adm2_pcode, si.adm3_pcode, si.adm4_pcode
              FROM sm_service_at_site sas
              JOIN sm_services s ON s.id = sas.service_id AND s.deleted_at IS NULL
              JOIN sm_sites si ON si.id = sas.site_id AND si.deleted_at IS NULL
              JOIN sm_organisations o ON o.id = s.organisation_id
             {where}
             ORDER BY {order}sas.fid
        """
        out, places = [], {}
        for r in self._conn.execute(sql.format(where="WHERE s.confidential" if confidential_only else "",
                                               order="o.name, s.name, " if in_listing_order else "")):
            place = places.get(r[4])
            if place is None:
                pcodes = {level: code for level, code in zip((1, 2, 3, 4), r[8:12]) if code}
                place = places[r[4]] = same_place.Place(r[4], r[5], r[6], r[7] or "", pcodes)
            out.append(same_place.AtPlace(r[0], r[1], r[2] or "", bool(r[3]), place))
        return out

    def totals(self) -> dict[str, int]:
        """The services and sites the project holds (two of :meth:`counts`, which counts more)."""
        one = lambda sql: self._conn.execute(sql).fetchone()[0]  # noqa: E731
        return {"services": one("SELECT count(*) FROM sm_services WHERE deleted_at IS NULL"),
                "sites": one("SELECT count(*) FROM sm_sites WHERE deleted_at IS NULL")}

    def counts(self) -> dict[str, int]:
        """What the project holds, in counts (``servicemap info``)."""
        one = lambda sql: self._conn.execute(sql).fetchone()[0]  # noqa: E731
        out = {
            "organisations": one("SELECT count(*) FROM sm_organisations WHERE deleted_at IS NULL"),
            **self.totals(),
            "services at sites": one("SELECT count(*) FROM services"),
            "placed on the map": one("SELECT count(*) FROM services WHERE geom IS NOT NULL"),
            "confidential services": one("SELECT count(*) FROM sm_services WHERE confidential AND deleted_at IS NULL"),
        }
        for level in self.admin_levels():
            out[f"admin level {level} areas"] = one(f"SELECT count(*) FROM {schema.admin_table(level)}")
        out["changes"] = one("SELECT count(*) FROM sm_changes")
        return out


def _user_name() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no user name in some service accounts
        return ""
