"""What can make an analysis of the directory quietly wrong, said before it is trusted.

A gap table that reports "0 case-management services" while six services have no type, or a
pathway that lists only services nobody has verified, looks as sure as a right one. The
commands ``gaps``, ``suggest`` and ``pathways`` and their desktop panels print these warnings
beside their results; :func:`directory_warnings` finds them from the project's listing.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

#: Where people give services their types; the desktop's words name its menu (desktop/window/panels.py).
TYPE_HINT = ("give them types in the desktop (Tools › Service types…), or with 'servicemap teach' and "
             "'servicemap retype'")
VERIFY_HINT = "Check them with their providers ('servicemap verify-sheet') before relying on them."
SHOWN_AREAS = 5


@dataclass(frozen=True)
class DirectoryWarning:
    """One thing that can make an analysis quietly wrong, as data each front end words its own way.

    ``kind`` "untyped": ``count`` services have no type (``missing``: the types asked for that no
    service has); "unverified": ``count`` areas (``areas``: their (P-code, name), at most
    :data:`SHOWN_AREAS`) have services none of which is verified."""

    kind: str
    count: int
    missing: tuple[str, ...] = ()
    areas: tuple[tuple[str, str], ...] = ()

    def text(self) -> str:
        """In the command line's words."""
        n = self.count
        if self.kind == "untyped":
            if self.missing:
                return (f"No service has the type {', '.join(self.missing)} here, but {n} service{'s' if n != 1 else ''} "
                        f"{'have' if n != 1 else 'has'} no type and may be of it: {TYPE_HINT}.")
            return (f"{n} service{'s' if n != 1 else ''} {'have' if n != 1 else 'has'} no type and "
                    f"{'are' if n != 1 else 'is'} left out: {TYPE_HINT}.")
        shown = ", ".join(f"{name} ({pcode})" for pcode, name in self.areas)
        if n == 1:
            return f"{shown} has services none of which is verified. {VERIFY_HINT}"
        more = f" and {n - len(self.areas)} more" if n > len(self.areas) else ""
        return f"{n} areas have services none of which is verified: {shown}{more}. {VERIFY_HINT}"


def _in(pcodes: dict[int, str], scope: Sequence[str] | None) -> bool:
    return scope is None or any(p.startswith(s) for p in pcodes.values() for s in scope)


def find_warnings(project, *, service_types: Sequence[str] = (), areas: Sequence[str] | None = None,
                  level: int | None = None, listing: Sequence | None = None) -> list[DirectoryWarning]:
    """Warnings about the services in ``areas`` (P-codes, any level; None: everywhere).

    - services without a type, said more strongly when a type asked for has no service at all;
    - areas (of ``level``, or the given ``areas`` themselves) whose services (of ``service_types``,
      when given) are none verified.

    ``listing`` is the project's listing when the caller holds it already (the main window).
    """
    listing = [e for e in (project.listing() if listing is None else listing) if _in(e.admin_pcodes, areas)]
    out = []
    untyped = {e.service_id for e in listing if not e.service_types}
    if untyped:
        missing = tuple(t for t in service_types if not any(t in e.service_types for e in listing))
        out.append(DirectoryWarning("untyped", len(untyped), missing))
    wanted = set(service_types)
    out += _unverified(project, [e for e in listing if not wanted or wanted & set(e.service_types)], areas, level)
    return out


def directory_warnings(project, *, service_types: Sequence[str] = (), areas: Sequence[str] | None = None,
                       level: int | None = None) -> list[str]:
    """:func:`find_warnings` in the command line's words."""
    return [w.text() for w in find_warnings(project, service_types=service_types, areas=areas, level=level)]


def _unverified(project, listing, areas, level) -> list[DirectoryWarning]:
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
    names = {a.pcode: a.name for a in project.admin_areas()}
    return [DirectoryWarning("unverified", len(bad), areas=tuple((k, names.get(k, k)) for k in bad[:SHOWN_AREAS]))]
