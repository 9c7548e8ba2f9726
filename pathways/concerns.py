"""The concerns a pathway is printed for, and the default ordered steps of each.

The steps come from ``resources/pathways/steps.json``: each concern lists its step keys, and
each step lists the service types that serve it. Users edit their own copy of the steps
(:mod:`pathways.templates`); this module only gives the defaults.
"""

from __future__ import annotations

import functools
import json

import resources
from directory.errors import UserFacingError

#: Concern codes, in the order menus show them; "general" covers all concerns.
CONCERNS = ("general", "gbv", "abuse_neglect", "exploitation", "trafficking", "separated", "child_marriage")


class UnknownConcern(UserFacingError):
    pass


@functools.lru_cache(maxsize=1)
def _defaults() -> dict:
    return json.loads(resources.path("pathways/steps.json").read_text(encoding="utf-8"))


def check_concern(code: str) -> str:
    if code not in CONCERNS:
        raise UnknownConcern(f"unknown concern {code!r}; use one of: {', '.join(CONCERNS)}.")
    return code


def default_steps(concern: str) -> list[tuple[str, list[str]]]:
    """(step key, service types) for each step of ``concern``, in order."""
    d = _defaults()
    return [(key, list(d["steps"][key])) for key in d["concerns"][check_concern(concern)]]


@functools.lru_cache(maxsize=1)
def emergency_defaults() -> dict:
    return json.loads(resources.path("pathways/emergency_numbers.json").read_text(encoding="utf-8"))


def default_emergency_numbers(country: str | None) -> list[dict]:
    """[{"label": key, "number": "1098"}, …] for the project's country, or the generic ones."""
    d = emergency_defaults()
    return [dict(e) for e in d.get((country or "").upper()) or d["default"]]
