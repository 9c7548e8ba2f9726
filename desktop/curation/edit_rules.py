"""The checks an edit must pass: the import's own parsers, so a typed value is read the way
an imported cell would be, and anything the import would only have guessed at is refused."""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass

from directory.model import Contact, Phone, Service
from importers.values import clean_text, parse_ages, parse_emails, parse_languages, parse_phones, parse_point


_SPLIT_PHONES = re.compile(r"\s*(?:/|;|,|\bor\b|\n|&)\s*", re.IGNORECASE)
_NOT_PHONE = re.compile(r"[^\d\s+().\-]")


@dataclass
class Checked:
    """A parsed value, and the problem to show beside the field ("" when it is fine)."""

    value: object
    problem: str = ""


def _problem(notes: list[str]) -> str:
    """The import's notes without what the import then did ("; kept as typed"): an edit is refused instead."""
    return "; ".join(n.split("; ")[0] for n in notes)


def check_name(text: str) -> Checked:
    name = clean_text(text)
    return Checked(name, "" if name else "a name is needed")


def check_phones(text: str, region: str | None) -> Checked:
    phones, notes = parse_phones(text.strip(), region)
    # The import keeps a cell's digits and drops stray words; a typed number must be only a number.
    stray = [p for p in _SPLIT_PHONES.split(text.strip()) if p and _NOT_PHONE.search(p)]
    notes = [f"phone '{p}' is not a valid number" for p in stray] + notes
    return Checked(phones, _problem(notes))


def check_emails(text: str) -> Checked:
    emails, notes = parse_emails(text.strip())
    return Checked(emails, _problem(notes))


def check_ages(text: str) -> Checked:
    minimum, maximum, notes = parse_ages(text.strip())
    if not notes and minimum is not None and maximum is not None and minimum > maximum:
        notes = [f"ages '{text.strip()}': the lowest age is above the highest"]
    return Checked((minimum, maximum), _problem(notes))


def check_languages(text: str) -> Checked:
    languages, notes = parse_languages(text.strip())
    return Checked(languages, _problem(notes))


def check_point(lat_text: str, lon_text: str) -> Checked:
    lat, lon, notes = parse_point(lat_text.strip(), lon_text.strip())
    if (lat_text.strip() or lon_text.strip()) and not notes and (lat is None or lon is None):
        notes = ["give both the latitude and the longitude"]
    return Checked((lat, lon), _problem(notes))


def with_phones(service: Service, numbers: list[str]) -> Service:
    """A copy of ``service`` whose phones are ``numbers``: kept phones keep their type and
    description; new ones go to the first contact (made if there is none)."""
    new = copy.deepcopy(service)
    known = {p.number: p for c in new.contacts for p in c.phones}
    if not new.contacts:
        new.contacts.append(Contact())
    for contact in new.contacts:
        contact.phones = []
    new.contacts[0].phones = [known.get(n) or Phone(n) for n in numbers]
    return new


def with_emails(service: Service, emails: list[str]) -> Service:
    new = copy.deepcopy(service)
    if not new.contacts:
        new.contacts.append(Contact())
    for contact in new.contacts:
        contact.emails = []
    new.contacts[0].emails = list(emails)
    return new


def phones_of(service: Service) -> list[str]:
    return [p.number for c in service.contacts for p in c.phones]


def emails_of(service: Service) -> list[str]:
    return [e for c in service.contacts for e in c.emails]
