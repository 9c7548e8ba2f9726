"""Merging another ServiceMap project, or a partner's list, into this project.

:func:`plan` reads the other side (a project file opened read-only, or any list
:func:`importers.pipeline.read_file` reads) and compares every service both hold field by
field (:mod:`importers.merge_fields`: the service's own fields, its name and organisation, its
phones, e-mails and focal person, its site's name, address, map point and P-codes).

A partner's copy of this project shares its history (:mod:`directory.shared_history`): the merge
is then three-way, against the state both copies started from. A field only the partner changed
is *taken*; one only we changed keeps ours; one both changed to different values is a
*conflict*, shown with who changed it and when. A service the partner deleted (and we did not
change since) is offered as a *deletion*; a deletion on one side and an edit on the other is a
conflict. Without a shared history (a partner's list, an unrelated project) the merge is
two-way, and says so: a value only the other side has is a *fill-in*, a value both have that
differs is a conflict.

:func:`apply` writes the plan in one ``merge`` change; each conflict keeps ours unless the user
chose theirs, every value taken from the other side records where it came from in
``extra["provenance:FIELD"]``, and every value not taken goes to the audit. A safe house stays
confidential: the flag is never turned off by a merge, and a partner marking a service
confidential is always applied.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any

from directory import link_store, project_file, records, shared_history
from directory.confidentiality import IMPORT_REPORT, WITHHELD, disclosure
from directory.errors import UserFacingError
from directory.model import Provenance, Service, Site
from directory.same_place import Place, why_same
from directory.store import Project
from importers.matching import keep_contact_ids, same_service
from importers.merge_fields import (
    FIELDS,
    SITE_FIELDS,
    columns,
    get,
    label,
    take,
    take_site,
)
from importers.result import ImportResult
from importers.values import match_key

#: The field of a conflict between a deletion on one side and an edit on the other.
DELETED = "(deleted)"


class MergeError(UserFacingError):
    """The other list cannot be read or merged."""


@dataclass
class FieldDiff:
    service_id: str
    service_name: str
    field: str
    ours: Any
    theirs: Any
    source: str  # where theirs came from: "partner.xlsx, Services, row 12"
    organisation: str = ""
    place: str = ""  # the site's name (and address), to tell services of one name apart
    confidential: bool = False  # a safe house: its place is never written outside the project
    ours_by: str = ""  # who changed ours, and when ("amina, 2026-12-06 05:18"), in a three-way merge
    theirs_by: str = ""
    base: Any = None  # the value both copies started from, in a three-way merge
    site_id: str | None = None  # for a site field: the site it changes

    def as_dict(self) -> dict[str, Any]:
        """The difference as the report file carries it: a safe house's place withheld, as an import report's."""
        d = disclosure(IMPORT_REPORT, self.confidential)
        hide = self.field in SITE_FIELDS and not (d.address and d.site_name and d.point)

        def shown(value):
            return WITHHELD if hide and not _empty(value) else show(value)

        return {"service_id": self.service_id, "service": self.service_name, "organisation": self.organisation,
                "place": self.place if d.site_name else (WITHHELD if self.place else ""), "field": self.field,
                "ours": shown(self.ours), "theirs": shown(self.theirs), "source": self.source,
                **({"ours_by": self.ours_by, "theirs_by": self.theirs_by} if self.ours_by or self.theirs_by else {})}


@dataclass
class Deletion:
    """A service the partner deleted and we did not change since: deleted unless the user keeps it."""

    service_id: str
    service_name: str
    organisation: str = ""
    place: str = ""
    confidential: bool = False
    theirs_by: str = ""

    def as_dict(self) -> dict[str, Any]:
        d = disclosure(IMPORT_REPORT, self.confidential)
        return {"service_id": self.service_id, "service": self.service_name, "organisation": self.organisation,
                "place": self.place if d.site_name else (WITHHELD if self.place else ""), "deleted_by": self.theirs_by}


@dataclass
class MergePlan:
    other: str
    result: ImportResult  # the other side's records, with matched IDs set to ours
    new_services: list[Service] = field(default_factory=list)
    matched: dict[str, Service] = field(default_factory=dict)  # our id -> their record
    fill_ins: list[FieldDiff] = field(default_factory=list)
    conflicts: list[FieldDiff] = field(default_factory=list)
    confidential: list[str] = field(default_factory=list)  # our services a partner marks confidential
    deleted: list[str] = field(default_factory=list)  # services we deleted that the other side still lists
    base_change: int | None = None  # the project's newest change when the plan was made
    shared_change: int | None = None  # the last change both copies hold: the merge is three-way
    taken: list[FieldDiff] = field(default_factory=list)  # changed by the partner only: taken
    deletions: list[Deletion] = field(default_factory=list)  # deleted by the partner: offered
    their_sites: dict[str, Site] = field(default_factory=dict)  # site id -> their site
    added_on_both_sides: list[str] = field(default_factory=list)  # our services the partner added too: compared

    @property
    def three_way(self) -> bool:
        return self.shared_change is not None

    def counts(self) -> dict[str, int]:
        out = {"new": len(self.new_services), "matched": len(self.matched), "fill_ins": len(self.fill_ins),
               "conflicts": len(self.conflicts)}
        if self.three_way:
            out.update(taken=len(self.taken), deletions=len(self.deletions))
        return out

    def history(self) -> str:
        """How the values were compared, for the terminal, the dialog and the report."""
        if self.three_way:
            return (f"{self.other} is a copy of this project (their history and ours share change "
                    f"{self.shared_change}): what only they changed is taken, what only we changed is kept.")
        return (f"{self.other} shares no history with this project: ServiceMap cannot tell who changed a value, "
                "so every value that differs is a conflict (ours kept unless you choose theirs).")

    def report(self) -> dict[str, Any]:
        return {"other": self.other, "three_way": self.three_way, "history": self.history(), "counts": self.counts(),
                "new": [{"id": s.id, "name": s.name, "source": source_of(s)} for s in self.new_services],
                "taken": [d.as_dict() for d in self.taken],
                "fill_ins": [d.as_dict() for d in self.fill_ins],
                "conflicts": [d.as_dict() for d in self.conflicts],
                "deletions": [d.as_dict() for d in self.deletions],
                "made_confidential": list(self.confidential), "deleted_here": list(self.deleted),
                "added_on_both_sides": list(self.added_on_both_sides)}


def show(value: Any) -> str:
    """A value as a person reads it, in the report, the terminal and the dialog."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, (list, tuple)):
        return ", ".join(str(v) for v in value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, dict):
        return "; ".join(f"{label(k)}: {show(v)}" for k, v in value.items())
    return str(value)


def source_of(record) -> str:
    p = record.provenance[-1] if record.provenance else None
    if p is None:
        return ""
    return ", ".join(str(x) for x in (p.file, p.sheet, f"row {p.row}" if p.row else None) if x)


def _empty(value: Any) -> bool:
    return value is None or value == "" or value == [] or value == {}


def read_other(path: Path, *, project: Project, progress=None, cancelled=None) -> ImportResult:
    """The other side's records: from a ServiceMap project, or any list ServiceMap imports."""
    if not path.exists():
        raise MergeError(f"{path}: no such file. Give another ServiceMap project (.gpkg) or a partner's list.")
    if _is_project(path):
        return _read_project(path)
    from directory import countries
    from directory.taxonomy import Taxonomy, default_taxonomy
    from importers.pipeline import no_table_found, read_file

    tax = project.taxonomy_dict()
    region = countries.iso2(project.country) if project.country else None
    result = read_file(path, region=region, taxonomy=Taxonomy.from_dict(tax) if tax else default_taxonomy(),
                       progress=progress, cancelled=cancelled)
    if why := no_table_found(path, result):
        raise MergeError(why)
    return result


def _is_project(path: Path) -> bool:
    return path.suffix.lower() == ".gpkg" and project_file.is_project(path)


def _read_project(path: Path) -> ImportResult:
    with Project.open(path) as other:
        result = ImportResult(file=path.name, organisations=other.organisations(), services=other.services(),
                              sites=other.sites())
        ids = {s.id for s in result.services}
        result.links = [(k.service_id, k.site_id) for k in link_store.links(other) if k.service_id in ids]
    now = datetime.now(timezone.utc).replace(microsecond=0)
    for record in (*result.organisations, *result.sites, *result.services):
        if not record.provenance:
            record.provenance = [Provenance(path.name, imported_at=now)]
    for svc in result.services:  # a copy of our project keeps our IDs: those are the same records
        svc.extra.setdefault("source_id", svc.id)
    return result


class _Side:
    """One project's records as the three-way merge needs them: now, and at the shared change."""

    def __init__(self, project: Project, shared: int, service_ids, site_ids, org_ids):
        self.history = shared_history.since(project, shared)
        self.services = shared_history.rows(project, "sm_services", service_ids)
        self.sites = shared_history.rows(project, "sm_sites", site_ids)
        self.orgs = shared_history.rows(project, "sm_organisations", org_ids)

    def base(self, table: str, rid: str, now: dict[str, dict]):
        return shared_history.row_at_base(now.get(rid), table, rid, self.history)

    def base_service(self, sid: str) -> Service | None:
        row = self.base("sm_services", sid, self.services)
        return records.service_from_row(row) if row else None

    def base_site(self, site_id: str | None) -> Site | None:
        row = self.base("sm_sites", site_id, self.sites) if site_id else None
        return records.site_from_row(row) if row else None

    def base_org_names(self) -> dict[str, str]:
        return {oid: row["name"] for oid in self.orgs if (row := self.base("sm_organisations", oid, self.orgs))}

    def changed(self, table: str, rid: str | None) -> bool:
        return rid is not None and bool(self.history.old.get((table, rid)))

    def by(self, name: str, sid: str, site_id: str | None) -> str:
        """Who last changed field ``name`` of the service (or its site) since the shared change, and when."""
        table, cols = columns(name)
        rid = site_id if table == "sm_sites" else sid
        found = [self.history.by.get((table, rid), {}).get(c) for c in cols]
        found = [f for f in found if f]
        if not found:
            return ""
        user, at = max(found, key=lambda f: f[1])
        return f"{user}, {at[:16].replace('T', ' ')}"


def _pair_added_on_both_sides(result: ImportResult, ours: dict[str, Service], our_sites: dict[str, Site],
                              our_site_of: dict[str, str], org_names: dict[str, str],
                              ours_side: _Side, theirs_side: _Side) -> list[str]:
    """Both offices entered the same new clinic after the copies parted: one service, not two.

    An organisation both added (the same name) takes our ID in their records. A service both added
    since the shared change, of the same organisation, at the same place (:func:`same_place.why_same`),
    of a nearly equal name (as an import matches) and of types that do not differ, takes our
    service's ID, and its site our site's, so the merge compares their values with ours, two-way,
    rather than adding the service a second time. Returns the IDs of our services paired."""
    ours_by_name = {match_key(n): oid for oid, n in org_names.items()}
    org_map = {o.id: ours_by_name[match_key(o.name)] for o in result.organisations
               if o.id not in org_names and match_key(o.name) in ours_by_name}
    for o in result.organisations:  # kept under our ID: the merge adds it no second time
        o.id = org_map.get(o.id, o.id)
    for svc in result.services:
        svc.organisation_id = org_map.get(svc.organisation_id, svc.organisation_id)
    our_new: dict[str, list[Service]] = {}
    for mine in ours.values():
        if ours_side.base_service(mine.id) is None:
            our_new.setdefault(mine.organisation_id, []).append(mine)
    if not our_new:
        return []
    their_sites = {s.id: s for s in result.sites}
    their_site_of = _first_site(result.links)
    id_map: dict[str, str] = {}  # their service and site IDs -> ours
    paired: set[str] = set()
    for svc in result.services:
        if svc.id in ours or theirs_side.base_service(svc.id) is not None:
            continue  # one we have, or one they had when the copies parted
        their_site = their_sites.get(their_site_of.get(svc.id))
        key = match_key(svc.name)
        for mine in our_new.get(svc.organisation_id, ()):
            if mine.id in paired:
                continue
            if not same_service(key, svc.service_types, mine):
                continue
            my_site = our_sites.get(our_site_of.get(mine.id))
            if (my_site is None) != (their_site is None):
                continue
            if my_site is not None and not why_same(Place.of(my_site), Place.of(their_site)):
                continue
            id_map[svc.id] = mine.id
            paired.add(mine.id)
            if my_site is not None and their_site.id not in our_sites:
                id_map.setdefault(their_site.id, my_site.id)  # their new site is ours: one place, not two
            keep_contact_ids(svc, mine)  # so they compare as one
            break
    if not id_map:
        return []
    for record in (*result.services, *result.sites):
        record.id = id_map.get(record.id, record.id)
    result.links = list(dict.fromkeys((id_map.get(a, a), id_map.get(b, b)) for a, b in result.links))
    for row in result.rows:
        row.service_id = id_map.get(row.service_id, row.service_id)
    return [mine for mine in id_map.values() if mine in paired]


def _first_site(links: Iterable[tuple[str, str]]) -> dict[str, str]:
    """Service ID -> the site of its first link."""
    out: dict[str, str] = {}
    for service_id, site_id in links:
        out.setdefault(service_id, site_id)
    return out


def _place(site: Site | None) -> str:
    if site is None:
        return ""
    return " · ".join(x for x in (site.name, site.address or site.location_text) if x) or site.location_text


def plan(project: Project, other_path: str | Path, *, progress=None, cancelled=None) -> MergePlan:
    """Read the other side and compare it with ``project``; writes nothing."""
    from importers.matching import match_project

    other_path = Path(other_path)
    result = read_other(other_path, project=project, progress=progress, cancelled=cancelled)
    shared, their_deleted, theirs_side = None, [], None
    if _is_project(other_path):
        with Project.open(other_path) as other:
            shared = shared_history.shared_change(project, other)
            if shared is not None:
                their_deleted = other.deleted_services()
                all_ids = [s.id for s in result.services] + [s.id for s in their_deleted]
                theirs_side = _Side(other, shared, all_ids, [s.id for s in result.sites],
                                    [o.id for o in other.organisations()])
    sources = {id(s): source_of(s) for s in result.services}
    if shared is None:
        added_source_id = {id(s) for s in result.services if s.extra.get("source_id") == s.id}
        match_project(result, project)
        for svc in result.services:
            if id(svc) in added_source_id:
                svc.extra.pop("source_id", None)
    else:  # the same records keep the same IDs in both copies: nothing to match
        for svc in result.services:
            svc.extra.pop("source_id", None)
    ours = {s.id: s for s in project.services()}
    deleted = {s.id: s for s in project.deleted_services()}
    our_sites = {s.id: s for s in project.sites()}
    our_site_of = _first_site((k.service_id, k.site_id) for k in link_store.links(project))
    org_names = {o.id: o.name for o in project.organisations()}
    ours_side, added_on_both_sides = None, []
    if shared is not None:
        ours_side = _Side(project, shared, list(ours) + list(deleted), list(our_sites),
                          list(org_names) + [o.id for o in result.organisations if o.id not in org_names])
        added_on_both_sides = _pair_added_on_both_sides(result, ours, our_sites, our_site_of, org_names,
                                                        ours_side, theirs_side)
    their_site_of = _first_site(result.links)  # after the pairing, which may give their records our IDs
    their_sites = {s.id: s for s in result.sites}
    their_org_names = {o.id: o.name for o in result.organisations}
    the_plan = MergePlan(other=other_path.name, result=result, base_change=project.last_change_id(),
                         shared_change=shared, their_sites=their_sites, added_on_both_sides=added_on_both_sides)
    sites_seen: set[str] = set()
    for svc in list(result.services):
        mine = ours.get(svc.id)
        if svc.id in deleted:
            if shared is not None and theirs_side.changed("sm_services", svc.id) \
                    and ours_side.changed("sm_services", svc.id):
                # we deleted it, they changed it: a conflict (ours: it stays deleted)
                edits = _their_edits(svc, theirs_side.base_service(svc.id), their_org_names)
                if edits:
                    mine = deleted[svc.id]
                    site = our_sites.get(our_site_of.get(svc.id))
                    the_plan.matched[svc.id] = svc
                    the_plan.conflicts.append(FieldDiff(
                        svc.id, mine.name, DELETED, "deleted", edits, sources[id(svc)],
                        org_names.get(mine.organisation_id, ""), _place(site), mine.confidential,
                        ours_by=ours_side.by("deleted_at", svc.id, None),
                        theirs_by=_last_by(theirs_side, svc.id)))
                    result.services.remove(svc)
                    continue
            the_plan.deleted.append(svc.id)  # deleted here on purpose: not brought back (restore it to merge it)
            result.services.remove(svc)
            continue
        if mine is None:
            the_plan.new_services.append(svc)
            continue
        the_plan.matched[mine.id] = svc
        source = sources[id(svc)]
        my_site_id = our_site_of.get(mine.id)
        my_site, their_site = our_sites.get(my_site_id), their_sites.get(their_site_of.get(svc.id))
        context = (org_names.get(mine.organisation_id, ""), _place(my_site), mine.confidential or svc.confidential)
        site_done = my_site_id in sites_seen
        if my_site_id:
            sites_seen.add(my_site_id)
        for name in FIELDS:
            if name in SITE_FIELDS and (site_done or my_site is None or their_site is None):
                continue
            a = get(mine, name, my_site, org_names)
            b = get(svc, name, their_site, their_org_names)
            if a == b:
                continue
            diff = FieldDiff(mine.id, mine.name, name, a, b, source, *context,
                             site_id=my_site_id if name in SITE_FIELDS else None)
            if shared is None:
                if _empty(b):
                    continue
                (the_plan.fill_ins if _empty(a) else the_plan.conflicts).append(diff)
                continue
            _three_way(the_plan, diff, ours_side, theirs_side, mine, my_site, org_names, their_org_names)
        if svc.confidential and not mine.confidential:
            the_plan.confidential.append(mine.id)
    if shared is not None:
        _their_deletions(the_plan, their_deleted, ours, our_sites, our_site_of, org_names, ours_side, theirs_side,
                         their_org_names)
    return the_plan


def _base_value(side: _Side, name: str, sid: str, site_id: str | None, org_names: dict[str, str]) -> tuple[bool, Any]:
    """(known, value) of field ``name`` at the shared change, as one side's audit gives it."""
    base_svc = side.base_service(sid)
    if base_svc is None:
        return False, None
    base_site = side.base_site(site_id) if name in SITE_FIELDS else None
    if name in SITE_FIELDS and base_site is None:
        return False, None
    return True, get(base_svc, name, base_site, {**org_names, **side.base_org_names()})


def _three_way(the_plan: MergePlan, diff: FieldDiff, ours: _Side, theirs: _Side, mine: Service, my_site,
               org_names, their_org_names) -> None:
    name, sid = diff.field, diff.service_id
    known_a, base_a = _base_value(ours, name, sid, diff.site_id, org_names)
    known_b, base_b = _base_value(theirs, name, sid, diff.site_id, their_org_names)
    if not (known_a and known_b and base_a == base_b):
        # the copies disagree on where they started (a program other than ServiceMap changed one): two-way
        if not _empty(diff.theirs):
            (the_plan.fill_ins if _empty(diff.ours) else the_plan.conflicts).append(diff)
        return
    diff.base = base_a
    if diff.theirs == base_a:
        return  # only we changed it: ours stays
    if show(diff.theirs) in ours.history.rejected.get(("sm_services", sid, name), set()):
        return  # the same value of theirs was already turned down by an earlier merge of this copy
    diff.theirs_by = theirs.by(name, sid, diff.site_id)
    if diff.ours == base_a:
        if name in SITE_FIELDS and diff.confidential and _empty(diff.theirs):
            return  # a copy without the right to see a safe house holds its place blank: not a change
        the_plan.taken.append(diff)
        return
    diff.ours_by = ours.by(name, sid, diff.site_id)
    the_plan.conflicts.append(diff)


def _their_edits(svc: Service, base: Service | None, org_names) -> dict[str, Any]:
    if base is None:
        return {}
    return {name: get(svc, name, None, org_names) for name in FIELDS if name not in SITE_FIELDS
            and get(svc, name, None, org_names) != get(base, name, None, org_names)}


def _last_by(side: _Side, sid: str) -> str:
    found = list(side.history.by.get(("sm_services", sid), {}).values())
    if not found:
        return ""
    user, at = max(found, key=lambda f: f[1])
    return f"{user}, {at[:16].replace('T', ' ')}"


def _their_deletions(the_plan, their_deleted, ours, our_sites, our_site_of, org_names, ours_side, theirs_side,
                     their_org_names) -> None:
    """Services the partner deleted since the shared change: a deletion to confirm, or a conflict
    when we changed them since."""
    for svc in their_deleted:
        mine = ours.get(svc.id)
        base = theirs_side.base_service(svc.id)
        if mine is None or base is None:
            continue
        base_row = theirs_side.base("sm_services", svc.id, theirs_side.services)
        if base_row is None or base_row.get("deleted_at") is not None:
            continue  # deleted before the copies parted: not theirs to tell
        if "deleted" in ours_side.history.rejected.get(("sm_services", svc.id, "deleted_at"), set()):
            continue  # an earlier merge of this copy kept it
        site = our_sites.get(our_site_of.get(svc.id))
        context = (org_names.get(mine.organisation_id, ""), _place(site), mine.confidential)
        by = _last_by(theirs_side, svc.id)
        if ours_side.changed("sm_services", svc.id):
            edits = _their_edits(mine, ours_side.base_service(svc.id), org_names)
            if edits:
                the_plan.conflicts.append(FieldDiff(
                    mine.id, mine.name, DELETED, edits, "deleted", source_of(svc) or the_plan.other, *context,
                    ours_by=_last_by(ours_side, mine.id), theirs_by=by))
                the_plan.matched[mine.id] = svc
                continue
        the_plan.deletions.append(Deletion(mine.id, mine.name, *context, theirs_by=by))


def apply(project: Project, the_plan: MergePlan, *, theirs: Callable[[FieldDiff], bool] | set[str] = frozenset(),
          description: str | None = None, keep: Callable[[Deletion], bool] | None = None,
          keep_ours: Callable[[FieldDiff], bool] | None = None) -> dict[str, int]:
    """Write the plan in one ``merge`` change. ``theirs`` names the fields (or picks the conflicts)
    where the other side's value is taken; every other conflict keeps ours. The values only the
    partner changed are taken, except those ``keep_ours`` picks; the partner's deletions are made,
    except those ``keep`` picks."""
    take_theirs = theirs if callable(theirs) else (lambda d, names=set(theirs): d.field in names)
    keeping = keep or (lambda d: False)
    result = the_plan.result
    org_ids = {o.id for o in project.organisations()}
    site_ids = {s.id for s in project.sites()}
    new_ids = {s.id for s in the_plan.new_services}
    new_sites = [s for s in result.sites if s.id not in site_ids]
    new_site_ids = {s.id for s in new_sites}
    links = [(a, b) for a, b in result.links if a in new_ids or b in new_site_ids]
    placed = [s for s in new_sites if s.has_point]
    if placed and project.admin_levels():
        for site, pcodes in zip(placed, project.areas_at([s.longitude for s in placed], [s.latitude for s in placed])):
            site.admin_pcodes = {**site.admin_pcodes, **pcodes} if pcodes else site.admin_pcodes
    for svc in the_plan.new_services:
        svc.extra["provenance:record"] = source_of(svc) or the_plan.other
    by_service: dict[str, list[tuple[FieldDiff, bool]]] = {}
    for d in the_plan.fill_ins:
        by_service.setdefault(d.service_id, []).append((d, True))
    for d in the_plan.taken:
        by_service.setdefault(d.service_id, []).append((d, not (keep_ours and keep_ours(d))))
    for d in the_plan.conflicts:
        by_service.setdefault(d.service_id, []).append((d, bool(take_theirs(d))))
    taken = rejected = removed = 0
    their_site_of = _first_site(result.links)
    with project.change("merge", description or f"Merge of {the_plan.other}"):
        project.require_unchanged_since(the_plan.base_change, f"the merge of {the_plan.other}")
        project.save_many([o for o in result.organisations if o.id not in org_ids], new_sites,
                          the_plan.new_services, links)
        for sid in set(by_service) | set(the_plan.confidential):
            mine = project.service(sid)
            delete = False
            for d, use_theirs in by_service.get(sid, []):
                if not use_theirs:
                    rejected += 1
                    project.log_change("sm_services", sid, {d.field: show(d.theirs)}, {
                        d.field: show(d.ours),
                        "rejected": f"{label(d.field)} '{show(d.theirs)}' from {d.source or the_plan.other} "
                                    f"was rejected in the merge; ours was kept"})
                    continue
                taken += 1
                theirs_svc = the_plan.matched[sid]
                if d.field == DELETED:
                    if d.theirs == "deleted":
                        delete = True
                    else:  # we deleted it; their edits win: it comes back with them
                        project.restore_service(sid)
                        for name in d.theirs:
                            take(mine, name, theirs_svc)
                            mine.extra[f"provenance:{name}"] = d.source or the_plan.other
                    continue
                if d.field in SITE_FIELDS:
                    their_site = the_plan.their_sites.get(their_site_of.get(sid))
                    if their_site is not None and d.site_id:
                        site = project.site(d.site_id)
                        take_site(site, d.field, their_site)
                        project.save_site(site)
                else:
                    if d.field == "organisation" and theirs_svc.organisation_id not in org_ids:
                        org = next((o for o in result.organisations if o.id == theirs_svc.organisation_id), None)
                        if org is not None:
                            project.save_organisation(org)
                            org_ids.add(org.id)
                    take(mine, d.field, theirs_svc)
                mine.extra[f"provenance:{d.field}"] = d.source or the_plan.other
            if sid in the_plan.confidential:  # a partner's word that it is a safe house is always kept
                mine.confidential = True
                mine.extra["provenance:confidential"] = source_of(the_plan.matched[sid]) or the_plan.other
            project.save_service(mine)
            if delete:
                project.delete_service(sid)
                removed += 1
        for d in the_plan.deletions:
            if keeping(d):
                project.log_change("sm_services", d.service_id, {"deleted_at": "deleted"}, {
                    "deleted_at": None, "rejected": f"the deletion of this service in {the_plan.other} was not taken "
                                                    "in the merge; it was kept"})
                continue
            project.delete_service(d.service_id)
            removed += 1
    done = {"new": len(the_plan.new_services), "taken": taken, "rejected": rejected}
    if the_plan.three_way:
        done["deleted"] = removed
    return done

