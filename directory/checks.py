"""What can make an analysis of the directory quietly wrong, said before it is trusted.

A gap table that reports "0 case-management services" while six services have no type, or a
pathway that lists only services nobody has verified, looks as sure as a right one. The
commands ``gaps``, ``suggest`` and ``pathways`` and their desktop panels print these warnings
beside their results; :func:`directory_warnings` finds them from the project's listing.
"""

from __future__ import annotations

from collections.abc import Sequence

#: Where people give services their types (the command line, and the desktop).
TYPE_HINT = "give them types with 'servicemap teach' and 'servicemap retype', or Tools ▸ Service types"
SHOWN_AREAS = 5


def _in(pcodes: dict[int, str], scope: Sequence[str] | None) -> bool:
    return scope is None or any(p.startswith(s) for p in pcodes.values() for s in scope)


def directory_warnings(project, *, service_types: Sequence[str] = (), areas: Sequence[str] | None = None,
                       level: int | None = None) -> list[str]:
    """Warnings about the services in ``areas`` (P-codes, any level; None: everywhere).

    - services without a type, said more strongly when a type asked for has no service at all;
    - areas (of ``level``, or the given ``areas`` themselves) whose services (of ``service_types``,
      when given) are none verified.
    """
    listing = [e for e in project.listing() if _in(e.admin_pcodes, areas)]
    out = []
    untyped = {e.service_id for e in listing if not e.service_types}
    if untyped:
        n = len(untyped)
        missing = [t for t in service_types if not any(t in e.service_types for e in listing)]
        if missing:
            out.append(f"No service has the type {', '.join(missing)} here, but {n} service{'s' if n != 1 else ''} "
                       f"{'have' if n != 1 else 'has'} no type and may be of it: {TYPE_HINT}.")
        else:
            out.append(f"{n} service{'s' if n != 1 else ''} {'have' if n != 1 else 'has'} no type and "
                       f"{'are' if n != 1 else 'is'} left out: {TYPE_HINT}.")
    wanted = set(service_types)
    out += _unverified(project, [e for e in listing if not wanted or wanted & set(e.service_types)], areas, level)
    return out


def _unverified(project, listing, areas, level) -> list[str]:
    names = {a.pcode: a.name for a in project.admin_areas()}
    groups: dict[str, list] = {}
    for e in listing:
        if level is not None:
            keys = [e.admin_pcodes[level]] if level in e.admin_pcodes else []
        elif areas is not None:
            keys = [a for a in areas if any(p.startswith(a) for p in e.admin_pcodes.values())]
        else:
            keys = [e.lowest_pcode] if e.lowest_pcode else []
        for key in keys:
            groups.setdefault(key, []).append(e)
    bad = sorted(k for k, entries in groups.items() if not any(e.verified_on for e in entries))
    if not bad:
        return []
    shown = ", ".join(f"{names.get(k, k)} ({k})" for k in bad[:SHOWN_AREAS])
    more = f" and {len(bad) - SHOWN_AREAS} more" if len(bad) > SHOWN_AREAS else ""
    check = "Check them with their providers ('servicemap verify-sheet') before relying on them."
    if len(bad) == 1:
        return [f"{shown} has services none of which is verified. {check}"]
    return [f"{len(bad)} areas have services none of which is verified: {shown}{more}. {check}"]
