"""Merging another ServiceMap project, or a partner's list, into this project.

:func:`plan` reads the other side (a project file opened read-only, or any list
:func:`importers.pipeline.read_file` reads), finds the duplicates with
:func:`importers.matching.match_project`, and compares every matched pair field by field:
a *fill-in* is a value only the other side has, a *conflict* is a value both sides have
that differs. :func:`apply` writes the plan in one ``merge`` change; each conflict keeps
ours unless the user chose theirs, every field taken from the other side records where it
came from in ``extra["provenance:FIELD"]``, and every value not taken goes to the audit.
A safe house stays confidential: the flag is never turned off by a merge, and a partner
marking a service confidential is always applied.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any

from directory import link_store, project_file
from directory.errors import UserFacingError
from directory.model import Contact, Provenance, Service
from directory.store import Project
from importers.result import ImportResult

#: The service fields compared (``phones`` stands for the contacts and their numbers).
FIELDS = (
    "status", "description", "service_types", "phones", "minimum_age", "maximum_age", "genders",
    "eligibility_description", "languages", "fees_description", "free_of_charge", "schedule_text",
    "accessibility", "service_area", "assured_date", "assurer", "intake_criteria", "referral_method",
    "response_time", "feedback_channel", "capacity",
)

#: The fields as people name them, for the terminal and the dialog.
LABELS = {"schedule_text": "opening hours", "service_types": "service types", "minimum_age": "minimum age",
          "maximum_age": "maximum age", "eligibility_description": "eligibility", "fees_description": "fees",
          "free_of_charge": "free of charge", "service_area": "area served", "assured_date": "verified on",
          "assurer": "verified by", "intake_criteria": "intake criteria", "referral_method": "referral method",
          "response_time": "response time", "feedback_channel": "feedback channel"}


def label(name: str) -> str:
    return LABELS.get(name, name)


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

    def as_dict(self) -> dict[str, Any]:
        return {"service_id": self.service_id, "service": self.service_name, "field": self.field,
                "ours": show(self.ours), "theirs": show(self.theirs), "source": self.source}


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

    def counts(self) -> dict[str, int]:
        return {"new": len(self.new_services), "matched": len(self.matched), "fill_ins": len(self.fill_ins),
                "conflicts": len(self.conflicts)}

    def report(self) -> dict[str, Any]:
        return {"other": self.other, "counts": self.counts(),
                "new": [{"id": s.id, "name": s.name, "source": source_of(s)} for s in self.new_services],
                "fill_ins": [d.as_dict() for d in self.fill_ins],
                "conflicts": [d.as_dict() for d in self.conflicts],
                "made_confidential": list(self.confidential), "deleted_here": list(self.deleted)}


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
    return str(value)


def source_of(record) -> str:
    p = record.provenance[-1] if record.provenance else None
    if p is None:
        return ""
    return ", ".join(str(x) for x in (p.file, p.sheet, f"row {p.row}" if p.row else None) if x)


def get(svc: Service, name: str) -> Any:
    if name == "phones":
        return sorted({ph.number for c in svc.contacts for ph in c.phones})
    value = getattr(svc, name)
    return sorted(value) if name in ("genders", "languages", "service_area", "service_types") else value


def _empty(value: Any) -> bool:
    return value is None or value == "" or value == [] or value == {}


def read_other(path: Path, *, project: Project, progress=None, cancelled=None) -> ImportResult:
    """The other side's records: from a ServiceMap project, or any list ServiceMap imports."""
    if not path.exists():
        raise MergeError(f"{path}: no such file. Give another ServiceMap project (.gpkg) or a partner's list.")
    if path.suffix.lower() == ".gpkg" and project_file.is_project(path):
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


def plan(project: Project, other_path: str | Path, *, progress=None, cancelled=None) -> MergePlan:
    """Read the other side and compare it with ``project``; writes nothing."""
    from importers.matching import match_project

    other_path = Path(other_path)
    result = read_other(other_path, project=project, progress=progress, cancelled=cancelled)
    sources = {id(s): source_of(s) for s in result.services}
    added_source_id = {id(s) for s in result.services if s.extra.get("source_id") == s.id}
    match_project(result, project)
    for svc in result.services:
        if id(svc) in added_source_id:
            svc.extra.pop("source_id", None)
    ours = {s.id: s for s in project.services()}
    deleted = {s.id for s in project.deleted_services()}
    the_plan = MergePlan(other=other_path.name, result=result, base_change=project.last_change_id())
    for svc in list(result.services):
        mine = ours.get(svc.id)
        if svc.id in deleted:  # deleted here on purpose: not brought back (restore it to merge it)
            the_plan.deleted.append(svc.id)
            result.services.remove(svc)
            continue
        if mine is None:
            the_plan.new_services.append(svc)
            continue
        the_plan.matched[mine.id] = svc
        source = sources[id(svc)]
        for name in FIELDS:
            a, b = get(mine, name), get(svc, name)
            if _empty(b) or a == b:
                continue
            diff = FieldDiff(mine.id, mine.name, name, a, b, source)
            (the_plan.fill_ins if _empty(a) else the_plan.conflicts).append(diff)
        if svc.confidential and not mine.confidential:
            the_plan.confidential.append(mine.id)
    return the_plan


def apply(project: Project, the_plan: MergePlan, *, theirs: Callable[[FieldDiff], bool] | set[str] = frozenset(),
          description: str | None = None) -> dict[str, int]:
    """Write the plan in one ``merge`` change. ``theirs`` names the fields (or picks the conflicts)
    where the other side's value is taken; every other conflict keeps ours."""
    take = theirs if callable(theirs) else (lambda d, names=set(theirs): d.field in names)
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
    for d in the_plan.conflicts:
        by_service.setdefault(d.service_id, []).append((d, bool(take(d))))
    taken = rejected = 0
    with project.change("merge", description or f"Merge of {the_plan.other}"):
        project.require_unchanged_since(the_plan.base_change, f"the merge of {the_plan.other}")
        project.save_many([o for o in result.organisations if o.id not in org_ids], new_sites,
                          the_plan.new_services, links)
        for sid in set(by_service) | set(the_plan.confidential):
            mine = project.service(sid)
            for d, use_theirs in by_service.get(sid, []):
                if use_theirs:
                    _set(mine, d.field, the_plan.matched[sid])
                    mine.extra[f"provenance:{d.field}"] = d.source or the_plan.other
                    taken += 1
                else:
                    rejected += 1
                    project.log_change("sm_services", sid, {d.field: show(d.theirs)}, {
                        d.field: show(d.ours),
                        "rejected": f"{d.field} '{show(d.theirs)}' from {d.source or the_plan.other} was rejected "
                                    f"in the merge; ours was kept"})
            if sid in the_plan.confidential:  # a partner's word that it is a safe house is always kept
                mine.confidential = True
                mine.extra["provenance:confidential"] = source_of(the_plan.matched[sid]) or the_plan.other
            project.save_service(mine)
    return {"new": len(the_plan.new_services), "taken": taken, "rejected": rejected}


def _set(mine: Service, name: str, theirs: Service) -> None:
    if name == "phones":
        known = {ph.number for c in mine.contacts for ph in c.phones}
        if known:  # theirs replaces ours: ours goes to the audit as the old value
            mine.contacts = [Contact(c.name, c.title, c.department, list(c.phones), list(c.emails))
                             for c in theirs.contacts]
        else:
            mine.contacts = mine.contacts + [c for c in theirs.contacts if c.phones]
        return
    setattr(mine, name, getattr(theirs, name))
