"""The kinds of record a shared directory holds, and how each is keyed and read on the server.

A kind's fields are the project's own columns (organisations, services and sites follow the
model's dataclasses, so a new field is shared as soon as the server has its column; a test
compares the two schemas). Every record has a text key in the project (its ID, a taxonomy
code, a P-code …) and a UUID on the server: the key itself when it is a UUID, else a UUID
derived from kind and key, so two copies that make the same key meet on one server row.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from directory import records
from directory.model import Organisation, Service, Site

NAMESPACE = uuid.UUID("6f1b3c62-52a4-4f0e-9a57-0d2b8e7c4a11")
#: What a copy without the grant never receives of a site where a confidential service is delivered.
WITHHELD_SITE_FIELDS = ("name", "address", "location_text", "latitude", "longitude", "adm4_pcode")
#: A soft-deleted record has this field set: editing it elsewhere is a conflict, not a merge.
DELETED = "deleted_at"


@dataclass(frozen=True)
class Kind:
    name: str  # the server's table, and the kind's name in the copy
    fields: tuple[str, ...]
    withheld: tuple[str, ...] = ()
    source: str = ""  # the table or view a copy reads (the table when empty)
    geometry: str = ""  # the field holding a geometry (as hex WKB in transit)

    @property
    def read_from(self) -> str:
        return f"servicemap.{self.source or self.name}"

    def uid(self, key: str) -> uuid.UUID:
        try:
            return uuid.UUID(key)
        except ValueError:
            return uuid.uuid5(NAMESPACE, f"{self.name}:{key}")


def _model_fields(row: dict) -> tuple[str, ...]:
    return (*(k for k in row if k != "id"), DELETED)


ORGANISATIONS = Kind("organisations", _model_fields(records.organisation_row(Organisation(name=""))))
SITES = Kind("sites", _model_fields(records.site_row(Site(name=""))), withheld=WITHHELD_SITE_FIELDS,
             source="sites_shared")
SERVICES = Kind("services", _model_fields(records.service_row(Service(name="", organisation_id=""))))
LINKS = Kind("service_at_site", ("service_id", "site_id"))
TAXONOMY = Kind("taxonomy", ("position", "data"))
ADMIN_AREAS = Kind("admin_areas", ("level", "name", "parent_pcode", "alternate_names", "valid_on", "names", "geom"),
                   geometry="geom")
PATHWAY_TEMPLATES = Kind("pathway_templates", ("data", "saved_at"))
SETTINGS = Kind("settings", ("value",))

#: In the order a push writes them: organisations before their services, records before links.
KINDS = (SETTINGS, TAXONOMY, ADMIN_AREAS, ORGANISATIONS, SITES, SERVICES, LINKS, PATHWAY_TEMPLATES)
BY_NAME = {k.name: k for k in KINDS}
#: The project settings (``sm_meta`` keys) that are shared.
SHARED_SETTINGS = ("country", "taxonomy", "admin_level_names")
