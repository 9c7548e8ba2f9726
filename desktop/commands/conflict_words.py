"""A conflict over a field that holds parts (contacts, extra columns, lists of codes), in words a
person reads: "Phone +8801400555230 changed to +8801400555231", "E-mail added night@example.org" — never
the JSON the field is stored as.

Each side of a conflict is described as what it changed from the base; what both sides changed
alike (the parts the sync merged) is left out, so the two cells show only the clash.

The command line (which never loads Qt) says them in English; the desktop's conflicts dialog
sets :data:`translator` so that each text is said in the interface's language (context
``ConflictWords``, marked below for pyside6-lupdate).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

#: Translates one text (a Qt template with %1 …); the desktop sets it, the command line does not.
translator: Callable[[str], str] | None = None


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name pyside6-lupdate looks for
    """Marks a text for pyside6-lupdate, without loading Qt (the command line uses these words too)."""
    return text


#: The JSON fields as people name them (the others through importers.merge.label).
LABELS = {"contacts": QT_TRANSLATE_NOOP("ConflictWords", "phones and e-mails"),
          "extra": QT_TRANSLATE_NOOP("ConflictWords", "other columns"),
          "type_words": QT_TRANSLATE_NOOP("ConflictWords", "words the types were read from"),
          "type_sources": QT_TRANSLATE_NOOP("ConflictWords", "how the types were found"),
          "provenance": QT_TRANSLATE_NOOP("ConflictWords", "source"),
          "phones": QT_TRANSLATE_NOOP("ConflictWords", "phones")}


def _translate(text: str) -> str:
    return translator(text) if translator is not None else text


def _tr(text: str, *args: Any) -> str:
    out = _translate(text)
    for n, arg in enumerate(args, 1):
        out = out.replace(f"%{n}", str(arg))
    return out


def field_label(field: str) -> str:
    from importers.merge import label

    return _translate(LABELS[field]) if field in LABELS else label(field)


def parts(text: str | None) -> Any:
    """A conflict's stored value as the field's parts (a list or dict), or None when it is not a
    JSON field's value."""
    if not text:
        return None
    try:
        value = json.loads(text)
        if isinstance(value, str) and value[:1] in "[{":
            value = json.loads(value)
    except (TypeError, ValueError):
        return None
    return value if isinstance(value, (list, dict)) else None


def _shown(value: Any) -> str:
    if value in (None, ""):
        return "—"
    if isinstance(value, dict):
        return ", ".join(f"{k} {_shown(v)}" for k, v in value.items() if v not in (None, "", [], {}))
    if isinstance(value, list):
        return ", ".join(_shown(v) for v in value)
    return str(value)


def _phone_changes(old: list[dict], new: list[dict]) -> list[str]:
    from directory.server.field_merge import _numbers

    out = []
    became = _numbers(old or [], new or [])
    before = {p.get("number"): p for p in old or []}
    for number, phone in became.items():
        was = before.get(number)
        if was is None:
            out.append(_tr(QT_TRANSLATE_NOOP("ConflictWords", "Phone added %1"), number))
        elif phone is None:
            out.append(_tr(QT_TRANSLATE_NOOP("ConflictWords", "Phone %1 removed"), number))
        elif phone.get("number") != number:
            out.append(_tr(QT_TRANSLATE_NOOP("ConflictWords", "Phone %1 changed to %2"), number, phone.get("number")))
        elif phone != was:
            what = ", ".join(f"{k} {_shown(was.get(k))} changed to {_shown(phone.get(k))}" for k in phone if phone.get(k) != was.get(k))
            out.append(_tr(QT_TRANSLATE_NOOP("ConflictWords", "Phone %1: %2"), number, what))
    return out


def _set_changes(old: list, new: list, added: str, removed: str) -> list[str]:
    keys_old = {json.dumps(x, sort_keys=True) for x in old or []}
    keys_new = {json.dumps(x, sort_keys=True) for x in new or []}
    return ([_tr(added, _shown(x)) for x in new or [] if json.dumps(x, sort_keys=True) not in keys_old]
            + [_tr(removed, _shown(x)) for x in old or [] if json.dumps(x, sort_keys=True) not in keys_new])


_CONTACT_PARTS = {"name": QT_TRANSLATE_NOOP("ConflictWords", "Name %1 changed to %2"),
                  "title": QT_TRANSLATE_NOOP("ConflictWords", "Title %1 changed to %2"),
                  "department": QT_TRANSLATE_NOOP("ConflictWords", "Department %1 changed to %2")}


def _contact_name(contact: dict) -> str:
    return contact.get("name") or _shown([p.get("number") for p in contact.get("phones", [])]) or _shown(
        contact.get("emails")) or _tr(QT_TRANSLATE_NOOP("ConflictWords", "a contact"))


def _contact_summary(contact: dict) -> str:
    bits = [contact.get(k) for k in ("name", "title", "department")]
    bits += [p.get("number") for p in contact.get("phones", [])] + list(contact.get("emails", []))
    return ", ".join(b for b in bits if b) or _tr(QT_TRANSLATE_NOOP("ConflictWords", "a contact"))


def _contact_changes(old: list[dict], new: list[dict]) -> list[str]:
    before = {c.get("id"): c for c in old or []}
    after = {c.get("id"): c for c in new or []}
    several = len(before) > 1 or len(after) > 1
    out = []
    for cid, contact in after.items():
        was = before.get(cid)
        if was is None:
            out.append(_tr(QT_TRANSLATE_NOOP("ConflictWords", "Contact added: %1"), _contact_summary(contact)))
            continue
        lines = [_tr(text, _shown(was.get(k)), _shown(contact.get(k)))
                 for k, text in _CONTACT_PARTS.items() if was.get(k, "") != contact.get(k, "")]
        lines += _phone_changes(was.get("phones", []), contact.get("phones", []))
        lines += _set_changes(was.get("emails", []), contact.get("emails", []),
                              QT_TRANSLATE_NOOP("ConflictWords", "E-mail added %1"),
                              QT_TRANSLATE_NOOP("ConflictWords", "E-mail removed %1"))
        prefix = f"{_contact_name(was)}: " if several else ""
        out += [prefix + line for line in lines]
    out += [_tr(QT_TRANSLATE_NOOP("ConflictWords", "Contact removed: %1"), _contact_summary(c))
            for cid, c in before.items() if cid not in after]
    return out


def _dict_changes(old: dict, new: dict) -> list[str]:
    old, new = old or {}, new or {}
    out = []
    for k, v in new.items():
        if k not in old:
            out.append(_tr(QT_TRANSLATE_NOOP("ConflictWords", "%1 added: %2"), k, _shown(v)))
        elif old[k] != v:
            out.append(_tr(QT_TRANSLATE_NOOP("ConflictWords", "%1: %2 changed to %3"), k, _shown(old[k]), _shown(v)))
    out += [_tr(QT_TRANSLATE_NOOP("ConflictWords", "%1 removed"), k) for k in old if k not in new]
    return out


def changes(field: str, old: Any, new: Any) -> list[str]:
    """What ``new`` changed from ``old``, one line per part."""
    if field == "contacts":
        return _contact_changes(old or [], new or [])
    if field == "phones":
        return _phone_changes(old or [], new or [])
    if isinstance(new, dict) or isinstance(old, dict):
        return _dict_changes(old if isinstance(old, dict) else {}, new if isinstance(new, dict) else {})
    return _set_changes(old if isinstance(old, list) else [], new if isinstance(new, list) else [],
                        QT_TRANSLATE_NOOP("ConflictWords", "Added %1"),
                        QT_TRANSLATE_NOOP("ConflictWords", "Removed %1"))


def describe(field: str, base: str | None, server: str | None, client: str | None) -> tuple[str, str] | None:
    """The two sides of a conflict over a JSON field, in words (only where they differ); None when
    the field's values are not JSON."""
    theirs, mine = parts(server), parts(client)
    if theirs is None or mine is None:
        return None
    old = parts(base)
    left, right = changes(field, old, theirs), changes(field, old, mine)
    same = set(left) & set(right)
    left, right = [x for x in left if x not in same], [x for x in right if x not in same]
    unchanged = _tr(QT_TRANSLATE_NOOP("ConflictWords", "as before"))
    return "; ".join(left) or unchanged, "; ".join(right) or unchanged


def summary(field: str, text: Any) -> str:
    """A JSON field's whole value in words (a record deleted on one side, edited on the other)."""
    value = parts(json.dumps(text)) if isinstance(text, str) else text
    if value is None:
        return "" if text is None else str(text)
    if field == "contacts":
        return "; ".join(_contact_summary(c) for c in value) or "—"
    return _shown(value) or "—"
