"""Why the server refused a copy's change, said in words true for the person who made it, and the
change a copy may not send because the place it touched became confidential meanwhile.

Row-level security refuses silently (an UPDATE skips the rows a person may not change), so the
push knows only that a record was refused; what the copy knows of the record and of its person's
role says why. A refusal belongs to the copy whose change it was (the server's conflict list
gives it that copy's ID, and only its person reads it): it is listed there, never as another
person's conflict.
"""

from __future__ import annotations

from directory.copy_store import WITHHELD_MARK
from directory.server.stage import REFUSED

#: The server holds this site withheld from the person: a confidential service (a safe house) is
#: delivered there, and they were not given confidential access.
CONFIDENTIAL_PLACE = ("not allowed: a confidential service (a safe house) is delivered at this site, and its place "
                      "may be changed only by people given confidential access; ask one of them")
#: An editor changed a record of another agency.
OTHER_AGENCY = "not allowed: an editor may change only their own agency's records; ask a coordinator"
#: The value a refusal lists for a field the copy may no longer hold (never the value itself), as
#: the copy's history marks it.
HIDDEN = WITHHELD_MARK


def reason(raw: str, role: str, *, withheld: bool) -> str:
    """The reason to give for a refusal: the server's own when it said one, else — row-level
    security, which says only that it refused — what the copy knows (the record is withheld from
    this person; an editor and another agency's record)."""
    if raw != REFUSED and "row-level security" not in raw:  # the server said why (a constraint, say)
        return raw
    if withheld:
        return CONFIDENTIAL_PLACE
    if role == "editor":
        return OTHER_AGENCY
    return REFUSED


def became_confidential(fields: list[str]) -> str:
    """A change of a site's place that the copy could see when it was made, and may not now."""
    return ("not sent: a service at this site was marked confidential (a safe house) meanwhile, so its place is "
            "shown only to people given confidential access, and this copy no longer holds it; your change of "
            f"{', '.join(fields)} was not kept: tell one of them")


def hidden_changes(kind, base, mine: dict | None, server: dict | None) -> list[str]:
    """The withheld fields this copy changed while it could see them, on a record the server now
    withholds from it (finding 5 of tryout 3: such a change vanished without a word)."""
    if not kind.withheld or mine is None or base is None or base.withheld or not (server and server["withheld"]):
        return []
    return [f for f in kind.withheld if mine.get(f) != base.data.get(f)]
