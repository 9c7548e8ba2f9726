"""The service directory: organisations, services, sites, contacts and admin areas.

Field names follow Open Referral HSDS 3.0 where HSDS has the concept (``name``,
``status``, ``minimum_age``, ``languages``, ``fees_description``, ``assured_date`` …).
The humanitarian fields HSDS lacks (intake criteria, referral method, expected
response time, feedback channel, the ``confidential`` flag, capacity) sit beside them.

Every record carries its provenance: the file, sheet and row it came from, and when it
was imported. Records are plain dataclasses; the project store (``directory.store``)
reads and writes them, and nothing here knows about storage, Qt or files.
"""

from __future__ import annotations

import os
import threading
import time
from dataclasses import dataclass, field
from datetime import date, datetime

#: HSDS 3.0 service statuses.
STATUSES = ("active", "inactive", "defunct", "temporarily closed")

#: How a site's point was found (the geocoding issue fills in the other methods).
LOCATION_SOURCES = ("coordinates", "pcode", "gazetteer", "manual", "none")


_ID_BATCH = 1024
_ids: list[str] = []
_last_ms = [0]
#: Bytes 6 and 7 of the IDs of a batch: version 7 and a 12-bit counter, 0 … _ID_BATCH - 1.
_COUNTER_HI = bytes(0x70 | k >> 8 for k in range(_ID_BATCH))
_COUNTER_LO = bytes(k & 0xFF for k in range(_ID_BATCH))


def _more_ids() -> None:
    """Make the next batch of IDs: one millisecond stamp for the batch (later than the last batch's,
    so IDs only ever grow), a counter, and random bits from one ``os.urandom`` call."""
    ms = _last_ms[0] = max(time.time_ns() // 1_000_000, _last_ms[0] + 1)
    raw = bytearray(os.urandom(16 * _ID_BATCH))
    for k, byte in enumerate(ms.to_bytes(6, "big")):
        raw[k::16] = bytes((byte,)) * _ID_BATCH
    raw[6::16] = _COUNTER_HI
    raw[7::16] = _COUNTER_LO
    raw[8::16] = bytes((b & 0x3F) | 0x80 for b in raw[8::16])  # RFC 9562 variant
    h = raw.hex()
    batch = [f"{h[i:i + 8]}-{h[i + 8:i + 12]}-{h[i + 12:i + 16]}-{h[i + 16:i + 20]}-{h[i + 20:i + 32]}"
             for i in range(0, len(h), 32)]
    batch.reverse()  # handed out from the end
    _ids.extend(batch)


def new_id() -> str:
    """A new stable record identifier: a time-ordered (version 7) UUID, in the format HSDS asks.

    IDs made later sort after those made earlier, so the project's indexes on them (every table's
    key, the links, the audit) grow at their end as an import writes, rather than at random
    places: a 100,000-row import's statements ran about a third faster than with random (version
    4) IDs. The first 48 bits are the millisecond the batch was made, which says no more than the
    record's provenance and audit already do; 62 bits are random. Made 1,024 at a time (an import
    makes 300,000; one system call each cost a second). ``list.pop`` is atomic, so threads never
    share an ID, and a forked child drops its parent's unused ones.
    """
    while True:
        try:
            return _ids.pop()
        except IndexError:
            with _refilling:  # one thread at a time, so batches go in the order they were stamped
                if not _ids:
                    _more_ids()


_refilling = threading.Lock()


def _after_fork() -> None:
    global _refilling
    _ids.clear()
    _refilling = threading.Lock()  # another thread of the parent may have held it


os.register_at_fork(after_in_child=_after_fork)


@dataclass(frozen=True, slots=True)
class Provenance:
    """Where a record, or one of its values, came from.

    ``row`` is the row number a person sees in Excel (1-based, counting title rows).
    """

    file: str
    sheet: str | None = None
    row: int | None = None
    imported_at: datetime | None = None

    def as_dict(self) -> dict:
        return {
            "file": self.file,
            "sheet": self.sheet,
            "row": self.row,
            "imported_at": self.imported_at.isoformat(timespec="seconds") if self.imported_at else None,
        }

    @classmethod
    def from_dict(cls, d: dict) -> Provenance:
        at = d.get("imported_at")
        return cls(
            file=d.get("file") or "",
            sheet=d.get("sheet"),
            row=d.get("row"),
            imported_at=datetime.fromisoformat(at) if at else None,
        )


@dataclass(slots=True)
class Phone:
    """A phone number. ``number`` is E.164 where it could be normalised, else as typed.

    Short codes such as 1098 (child helpline) or 999 stay as they are.
    """

    number: str
    type: str = "voice"  # HSDS: voice, text, fax, cell, video, pager, textphone
    description: str = ""
    languages: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Contact:
    """A person or desk to contact for a service, with phones and e-mails."""

    name: str = ""
    title: str = ""
    department: str = ""
    phones: list[Phone] = field(default_factory=list)
    emails: list[str] = field(default_factory=list)
    id: str = field(default_factory=new_id)


@dataclass(slots=True)
class Organisation:
    """An agency, NGO, ministry or community group that provides services."""

    name: str
    id: str = field(default_factory=new_id)
    alternate_name: str = ""
    description: str = ""
    website: str = ""
    email: str = ""
    phones: list[Phone] = field(default_factory=list)
    provenance: list[Provenance] = field(default_factory=list)


@dataclass(slots=True)
class Service:
    """One service an organisation provides: case management, legal aid, a helpline …"""

    name: str
    organisation_id: str
    service_types: list[str] = field(default_factory=list)  # taxonomy codes
    id: str = field(default_factory=new_id)
    status: str = "active"
    description: str = ""
    # HSDS eligibility
    minimum_age: int | None = None
    maximum_age: int | None = None
    genders: list[str] = field(default_factory=list)  # "female", "male", "other"; empty = all
    eligibility_description: str = ""
    languages: list[str] = field(default_factory=list)  # ISO 639 codes
    fees_description: str = ""
    free_of_charge: bool | None = None
    schedule_text: str = ""  # opening hours as written
    accessibility: str = ""
    service_area: list[str] = field(default_factory=list)  # P-codes the service declares it covers
    assured_date: date | None = None  # HSDS: the date the record was last checked (verified on)
    assurer: str = ""
    # humanitarian fields HSDS lacks
    intake_criteria: str = ""
    referral_method: str = ""
    response_time: str = ""  # expected response time, as stated ("within 24 hours")
    feedback_channel: str = ""  # how to give feedback or complain
    confidential: bool = False  # a safe house: never shown at its point
    confidential_by: str = ""  # what made it so (or not): "list", "words", "type", "person"; "" = default
    capacity: int | None = None  # people it can serve at once, where known
    contacts: list[Contact] = field(default_factory=list)
    extra: dict[str, str] = field(default_factory=dict)  # unrecognised columns, kept verbatim
    provenance: list[Provenance] = field(default_factory=list)
    # how the types were found (see importers.service_types)
    sector: str = ""  # the sector(s) as the list names them ("Protection / GBV")
    type_words: dict[str, str] = field(default_factory=dict)  # other text the types were read from, by source
    type_sources: dict[str, dict] = field(default_factory=dict)  # code -> {"how": source, "confidence": 0-1}


#: Where a service type came from, surest first (``Service.type_sources[code]["how"]``).
TYPE_SOURCES = ("person", "type column", "service name", "activity", "sub-sector", "description", "sector",
                "organisation")


@dataclass(slots=True)
class Site:
    """A place where services are delivered (HSDS: location)."""

    name: str
    id: str = field(default_factory=new_id)
    address: str = ""
    location_text: str = ""  # the place as typed in the source ("Rangamati / Kawkhali")
    latitude: float | None = None
    longitude: float | None = None
    admin_pcodes: dict[int, str] = field(default_factory=dict)  # level -> P-code
    location_source: str = "none"
    location_level: str = ""  # "adm1" … "adm4", "village", "point"
    location_confidence: float | None = None
    provenance: list[Provenance] = field(default_factory=list)

    @property
    def has_point(self) -> bool:
        return self.latitude is not None and self.longitude is not None


@dataclass
class ServiceAtSite:
    """A service delivered at a site (HSDS: service_at_location)."""

    service_id: str
    site_id: str
    id: str = field(default_factory=new_id)


@dataclass
class AdminArea:
    """An administrative area with its P-code, kept as a string with its leading zeros."""

    pcode: str
    name: str
    level: int
    parent_pcode: str | None = None
    alternate_names: list[str] = field(default_factory=list)
    valid_on: str = ""
    names: dict[str, str] = field(default_factory=dict)  # by language code, where the boundaries say which

    def name_in(self, lang: str) -> str:
        """The area's name in ``lang`` where the boundaries carry it, else its main name."""
        return self.names.get(lang) or self.name
