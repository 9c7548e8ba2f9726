"""Re-typing the services already in a project from the text they were imported with.

After people teach the project new words (``servicemap teach``, the wizard's Service types
page), or a new ServiceMap knows more synonyms, the services imported earlier can be read
again: their type column, activity, sector, name, description and remarks are kept in the
project. A type a person chose (in the service editor, a merge, a verification sheet, or by
teaching) is never overridden, nor a person's word on confidentiality; a service that becomes a
safe shelter becomes confidential.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from directory.model import Service
from directory.store import Project
from directory.taxonomy import project_taxonomy
from importers.columns import FIELDS
from importers.confidential import ConfidentialWords
from directory.tasks import Cancelled
from importers.service_types import MADE_NAME, TypeFinder, TypesFound, type_column_text


@dataclass
class Retyped:
    """One service whose types (or confidentiality) re-typing changes."""

    service_id: str
    name: str
    before: list[str]
    after: list[str]
    made_confidential: bool = False


@dataclass
class RetypeResult:
    changed: list[Retyped] = field(default_factory=list)
    services: int = 0  # services looked at
    kept: int = 0  # services whose types a person chose (or an older ServiceMap found), left alone
    untyped: int = 0  # services with no type afterwards
    written: bool = False


def types_of(finder: TypeFinder, service: Service, organisation: str = "") -> TypesFound:
    """The types ``service``'s stored text gives, read as the import read its row (importers.rows)."""
    words = service.type_words
    name = "" if words.get(MADE_NAME) == service.name else service.name  # made by the import from the types: no words
    description = " ; ".join(x for x in (service.description, service.extra.get(FIELDS["remarks"], "")) if x)
    column = type_column_text(words.get("type column", ""), words.get("sheet", ""),
                              _parts(words.get("marked columns")), words.get("activity") or name,
                              _parts(words.get("more service columns")))
    organisation = " ; ".join(x for x in (organisation, words.get("kind of organisation")) if x)

    def find(type_column: str) -> TypesFound:
        return finder.find(type_column=type_column, sector=words.get("sector", ""),
                           sub_sector=words.get("sub-sector", ""), name=name,
                           activity=words.get("activity", ""), description=description, organisation=organisation,
                           marked="marked columns" in words)

    found = find(column)
    if not found.codes and (heading := words.get("heading")):  # the row's own words name none: its heading's
        found = find(" ; ".join(x for x in (column, heading) if x))
    if found.stopped and (partly := _parts(words.get("marked in part"))):  # "CMR: partial", "no PEP in stock"
        found = found.keeping({c for header in partly for c in finder.matcher().codes(header)})
    return found.kept() if found.whole_service_stopped(service.status) else found


def _parts(text: str | None) -> list[str]:
    """The texts joined in one of the type words (importers.rows keeps them joined by " ; ")."""
    return text.split(" ; ") if text else []


def stored_words(service: Service, organisations: dict[str, str]) -> list[str]:
    """The stored texts that can say whom a shelter is for (see ConfidentialWords.open_shelter)."""
    texts = [organisations.get(service.organisation_id, ""), service.sector, service.name, service.description,
             service.eligibility_description, *service.type_words.values(),
             *(v for v in service.extra.values() if isinstance(v, str))]
    return [t for t in texts if t]


def left_alone(service: Service, edited: set[str]) -> bool:
    """A person chose its types; or it was typed by a ServiceMap that did not keep how (its text is
    not all in the project), so reading it again could only lose what its type column said."""
    return service.id in edited or any(s.get("how") == "person" for s in service.type_sources.values()) or (
        bool(service.service_types) and not service.type_sources)


def retype(project: Project, *, dry_run: bool = False, user: str | None = None,
           progress: Callable[[float, str], None] | None = None,
           cancelled: Callable[[], bool] | None = None) -> RetypeResult:
    """Read every service's types again with the project's taxonomy; write the changes in one change
    (none with ``dry_run``)."""
    finder = TypeFinder(project_taxonomy(project.taxonomy_dict()))
    words = ConfidentialWords(finder)
    sensitive = words.sensitive
    edited = project.set_by_people("sm_services", "service_types")
    kept_open = project.set_by_people("sm_services", "confidential")
    services = project.services()
    organisations = {o.id: o.name for o in project.organisations()}
    result = RetypeResult(services=len(services))
    updates: list[Service] = []
    for i, s in enumerate(services):
        if cancelled is not None and cancelled():
            raise Cancelled()
        if progress is not None and i % 500 == 0:
            progress(i / max(len(services), 1), f"Re-typing service {i + 1:,} of {len(services):,}")
        if left_alone(s, edited):
            result.kept += 1
            result.untyped += not s.service_types
            continue
        found = types_of(finder, s, organisations.get(s.organisation_id, ""))
        after = list(found.codes)
        secret = bool(sensitive & set(after)) and not s.confidential and s.confidential_by != "person" and (
            s.id not in kept_open) and words.open_shelter(stored_words(s, organisations), found.sectors) is None
        result.untyped += not after
        if after == s.service_types and found.sources == s.type_sources and not secret:
            continue
        if after != s.service_types or secret:
            result.changed.append(Retyped(s.id, s.name, list(s.service_types), after, secret))
        s.service_types, s.type_sources = after, dict(found.sources)
        if secret:
            s.confidential, s.confidential_by = True, "type"
        updates.append(s)
    if updates and not dry_run:
        with project.change("retype", f"Re-typed {len(updates)} services from their text", user=user):
            for s in updates:
                project.save_service(s)
        result.written = True
    return result
