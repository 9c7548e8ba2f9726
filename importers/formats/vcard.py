"""vCard 3.0 contacts, so that a case worker can carry the directory's phone numbers in a phone.

One card per service at a site that has a phone number or an e-mail: the service and its
organisation as the name, phones, e-mails, the service types as categories and the hours
and referral route in the note. The address and the GEO point are on the card only where
the site may leave the project (never for a confidential site without ``include_confidential``).
Version 3.0 is the one every Android and iOS contact importer reads. Write-only: phones
are not where a directory comes back from.
"""

from __future__ import annotations

import uuid
from pathlib import Path

from directory import countries
from directory.safe_text import plain
from directory.store import Project
from directory.taxonomy import default_taxonomy
from importers.formats import flat
from importers.formats.guard import select

#: The endings of the files this writer writes (the first is the usual one).
SUFFIXES = (".vcf",)
MAX_OCTETS = 75
_UID_SPACE = uuid.UUID("5b0f8a54-2d55-4b59-9d1a-1f7c2b2e9a10")


def escape(text: object) -> str:
    """Escape a value as RFC 6350 / 2426 ask: backslash, comma, semicolon and newlines."""
    out = str(plain(text)).replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;")
    return out.replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n")


def fold(line: str) -> str:
    """Fold a content line at 75 octets (UTF-8), never inside a character; CRLF plus a space."""
    parts, current, size = [], [], 0
    for ch in line:
        n = len(ch.encode("utf-8"))
        limit = MAX_OCTETS if not parts else MAX_OCTETS - 1  # continuation lines start with a space
        if size + n > limit:
            parts.append("".join(current))
            current, size = [], 0
        current.append(ch)
        size += n
    parts.append("".join(current))
    return "\r\n ".join(parts) + "\r\n"


def card(values: dict[str, object], *, country: str | None, with_place: bool, uid: str) -> str:
    name = f"{values['service']} ({values['organisation']})"
    lines = ["BEGIN:VCARD", "VERSION:3.0", f"FN:{escape(name)}", f"N:;{escape(name)};;;",
             f"ORG:{escape(values['organisation'])}"]
    for number in flat._split(values["phones"]):
        lines.append(f"TEL;TYPE=WORK,VOICE:{escape(number)}")
    for email in flat._split(values["emails"]):
        lines.append(f"EMAIL;TYPE=INTERNET,WORK:{escape(email)}")
    if with_place:
        locality = values["adm3"] or values["adm2"]
        adr = ["", "", values["address"] or values["site"], locality, values["adm1"] or "", "", country or ""]
        lines.append("ADR;TYPE=WORK:" + ";".join(escape(x or "") for x in adr))
        if values["latitude"] is not None:
            lines.append(f"GEO:{values['latitude']:.6f};{values['longitude']:.6f}")
    if values["types"]:
        lines.append("CATEGORIES:" + ",".join(escape(t) for t in ["ServiceMap", *flat._split(values["types"])]))
    note = [f"{k}: {values[key]}" for k, key in (("Hours", "hours"), ("Referral", "referral"), ("Languages", "languages"))
            if values.get(key)]
    low, high = values["minimum_age"], values["maximum_age"]
    if low is not None or high is not None:
        note.append(f"Ages: {low if low is not None else 0}–{high if high is not None else ''}".rstrip("–") + ("+" if high is None else ""))
    if note:
        lines.append("NOTE:" + escape("\n".join(note)))
    lines += [f"UID:urn:uuid:{uid}", "END:VCARD"]
    return "".join(fold(line) for line in lines)


def write(project: Project, out_path: str | Path, *, area: str | None = None, include_confidential: bool = False) -> int:
    """Write one .vcf file holding every card; returns the number of cards."""
    selection = select(project, area=area, include_confidential=include_confidential)
    taxonomy = default_taxonomy()
    iso2 = countries.iso2(selection.country) if selection.country else None
    cards = []
    for entry in selection.entries:
        values = flat.row(entry, selection, taxonomy)
        if not values["phones"] and not values["emails"]:
            continue
        uid = uuid.uuid5(_UID_SPACE, f"{entry.service.id}|{entry.site.id if entry.site else ''}")
        cards.append(card(values, country=iso2, with_place=entry.site is not None, uid=str(uid)))
    Path(out_path).write_bytes("".join(cards).encode("utf-8"))
    return len(cards)
