"""The checks an edit must pass: the import's own parsers, so a typed value is read the way
an imported cell would be, and anything the import would only have guessed at is refused."""

from __future__ import annotations

import copy
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from directory.model import Contact, Phone, Service
from importers.values import (
    SPLIT_PHONES,
    clean_text,
    parse_ages,
    parse_emails,
    parse_languages,
    parse_phone_entries,
    parse_point,
)


_NOT_PHONE = re.compile(r"[^\d\s+().\-]")
_OUTSIDE_BRACKETS = re.compile(r",(?![^()]*\))")


@dataclass
class Checked:
    """A parsed value, and the problem to show beside the field ("" when it is fine)."""

    value: object
    problem: str = ""
    #: Stored values kept as they are although the rules would refuse them typed (not a problem:
    #: the user did not write them, and OK must not wait on them).
    kept: list[str] = field(default_factory=list)


def _problem(notes: list[str]) -> str:
    """The import's notes without what the import then did ("; kept as typed"): an edit is refused instead."""
    return "; ".join(n.split("; ")[0] for n in notes)


def check_name(text: str) -> Checked:
    name = clean_text(text)
    return Checked(name, "" if name else "a name is needed")


def check_phones(text: str, region: str | None) -> Checked:
    """Each number typed, with the note written beside it ("+90 531 245 67 89 (WhatsApp)")."""
    entries, notes = parse_phone_entries(text.strip(), region)
    # The import keeps a cell's digits and drops stray words; a typed number must be only a number and
    # perhaps a note beside it that the import would keep too.
    stray = [p for p in SPLIT_PHONES.split(text.strip()) if p and _NOT_PHONE.search(p) and not _noted(p, region)]
    notes = [f"phone '{p}' is not a valid number" for p in stray] + notes
    return Checked(entries, _problem(notes))


def _noted(part: str, region: str | None) -> bool:
    """Whether ``part`` is a number and a note the import keeps beside it."""
    entries, notes = parse_phone_entries(part, region)
    return not notes and len(entries) == 1 and bool(entries[0][1])


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


def check_keeping(text: str, stored: Sequence, check: Callable[[str], Checked], shown: Callable[[object], str] = str
                  ) -> Checked:
    """A list field (phones, e-mails, languages) whose stored items are kept as they are.

    Each comma-separated part that is one of the ``stored`` items as ``shown`` (the field shows them
    joined by commas) is kept verbatim, never re-read: a phone kept as typed by the import stays, a
    language the import did not know stays. Those the rules would refuse if typed are listed in
    ``kept``, as shown. Every other part is what the user typed, and ``check`` reads it.
    """
    by_text = {shown(item).strip(): item for item in stored}
    values: list = []
    problems: list[str] = []
    kept: list[str] = []
    for part in _OUTSIDE_BRACKETS.split(text):  # a phone's note may hold a comma: "(Sun–Thu, 9–5)"
        part = part.strip()
        if not part:
            continue
        if part in by_text:
            item = by_text[part]
            if check(part).problem:
                kept.append(shown(item))
            found = [item]
        else:
            checked = check(part)
            if checked.problem:
                problems.append(checked.problem)
            found = list(checked.value)
        values += [v for v in found if v not in values]
    return Checked(values, "; ".join(problems), kept)


def with_phones(service: Service, entries: Sequence[str | tuple[str, str]]) -> Service:
    """A copy of ``service`` whose phones are ``entries``: numbers, or (number, note) pairs as
    :func:`phone_entries_of` gives them. A phone kept stays in its contact with its type (and its
    description, unless a note is given); new ones go to the first contact (made if there is none)."""
    notes = {e[0]: e[1] for e in entries if not isinstance(e, str)}
    numbers = list(dict.fromkeys(e if isinstance(e, str) else e[0] for e in entries))
    new = copy.deepcopy(service)
    if not new.contacts:
        new.contacts.append(Contact())
    placed: set[str] = set()
    for contact in new.contacts:
        contact.phones = [p for p in contact.phones if p.number in numbers and not _seen(placed, p.number)]
        for phone in contact.phones:
            phone.description = notes.get(phone.number, phone.description)
    first = new.contacts[0]
    first.phones += [Phone(n, description=notes.get(n, "")) for n in numbers if n not in placed]
    first.phones.sort(key=lambda p: numbers.index(p.number))
    return new


def with_emails(service: Service, emails: list[str]) -> Service:
    """A copy of ``service`` whose e-mails are ``emails``, each kept one in its contact; new ones go to the first."""
    new = copy.deepcopy(service)
    if not new.contacts:
        new.contacts.append(Contact())
    placed: set[str] = set()
    for contact in new.contacts:
        contact.emails = [e for e in contact.emails if e in emails and not _seen(placed, e)]
    first = new.contacts[0]
    first.emails += [e for e in emails if e not in placed]
    first.emails.sort(key=emails.index)
    return new


def _seen(seen: set[str], value: str) -> bool:
    """Whether ``value`` was seen already (and remember it)."""
    if value in seen:
        return True
    seen.add(value)
    return False


def phones_of(service: Service) -> list[str]:
    return [p.number for c in service.contacts for p in c.phones]


def phone_entries_of(service: Service) -> list[tuple[str, str]]:
    """Each phone's number and its note ("WhatsApp"), as the service editor shows and takes them."""
    return [(p.number, p.description) for c in service.contacts for p in c.phones]


def shown_phone(entry: tuple[str, str]) -> str:
    """A phone as the service editor shows it: "+905312456789 (WhatsApp)"."""
    number, note = entry
    return f"{number} ({note})" if note else number


def emails_of(service: Service) -> list[str]:
    return [e for c in service.contacts for e in c.emails]
