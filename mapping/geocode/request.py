"""Placing sites as a request: what to add to the gazetteer first, whether to ask online, checked, and the one run.

``servicemap geocode`` and the desktop (right after an import, and from Review locations)
build a :class:`GeocodeRequest` and call :func:`run_geocode`, which opens the project by its
path (so it may run on any thread), adds the aliases and places given, places every site no
person has placed, in one change, and says what it placed and how many sites wait for review.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from directory.safe_text import plain_tree
from directory.tasks import CancelCheck, InvalidRequest, Progress, part, stop_if


def parse_alias(text: str) -> tuple[str, str]:
    """``"Chittagong=Chattogram"`` → ("Chittagong", "Chattogram")."""
    old, sep, new = str(text).partition("=")
    if not sep or not old.strip() or not new.strip():
        raise InvalidRequest("alias", "write it as OLD=NEW, e.g. Chittagong=Chattogram.", repr(text))
    return old.strip(), new.strip()


@dataclass
class GeocodeRequest:
    project: Path
    aliases: list[tuple[str, str]] = field(default_factory=list)  # renamings and local spellings: (old, new)
    gazetteers: list[Path] = field(default_factory=list)  # GeoNames dumps or CSV/XLSX of places, added first
    rebuild_index: bool = False
    geonames: bool = True  # GeoNames cities500 in a new index
    online: bool = False  # also ask OpenStreetMap's Nominatim (needs the internet; never by default)
    contact: str = ""  # the user's e-mail, sent to Nominatim with ``online``
    report: Path | None = None  # every site's result, as JSON

    def __post_init__(self) -> None:
        self.project = Path(self.project)
        self.gazetteers = [Path(p) for p in self.gazetteers or []]
        self.aliases = [tuple(a) for a in self.aliases or []]
        self.report = Path(self.report) if self.report not in (None, "") else None

    def validate(self) -> None:
        if not self.project.exists():
            raise InvalidRequest("project", "no such project file. Check the path.", self.project)
        for path in self.gazetteers:
            if not path.exists():
                raise InvalidRequest("gazetteer", "no such file. Check the path.", path)
        if self.contact and not self.online:
            raise InvalidRequest("contact", "only used with {online}, when asking online.")
        if self.online and (not self.contact or "@" not in self.contact):
            raise InvalidRequest("online", "online geocoding needs a contact e-mail (Nominatim's usage policy): "
                                 "add {contact} you@example.org.")
        if self.report is not None and not self.report.parent.exists():
            raise InvalidRequest("report", "no such folder. Create it first.", self.report.parent)


@dataclass
class GeocodeRun:
    request: GeocodeRequest
    summary: object  # mapping.geocode.run.Summary
    waiting: int  # sites waiting for review
    places_added: list[tuple[str, int]] = field(default_factory=list)  # (file name, places kept)
    online_requests: int = 0
    online_service: str = ""

    @property
    def placed(self) -> int:
        return sum(self.summary.by_method.values()) - self.summary.by_method.get("none", 0)

    @property
    def tried(self) -> int:
        return sum(self.summary.by_method.values())


def run_geocode(request: GeocodeRequest, *, progress: Progress | None = None,
                cancelled: CancelCheck | None = None) -> GeocodeRun:
    """Add the aliases and places given, then place every site no person has placed; cancelling writes nothing."""
    from directory import countries, gazetteer_store
    from directory.store import Project
    from mapping.geocode.index import add_source, build_index
    from mapping.geocode.review import review_queue
    from mapping.geocode.run import geocode_project

    request.validate()
    with Project.open(request.project) as project:
        if request.aliases:
            with project.change("gazetteer", f"Added {len(request.aliases)} aliases"):
                for old, new in request.aliases:
                    gazetteer_store.save_alias(project, old, new)
        if request.rebuild_index or (not request.geonames and not gazetteer_store.sources(project)):
            build_index(project, geonames=request.geonames, progress=part(progress, 0, 0.1))
        added = [(path.name, add_source(project, path)) for path in request.gazetteers]
        stop_if(cancelled)
        online = None
        if request.online:
            from mapping.geocode.online import OnlineGeocoder

            online = OnlineGeocoder(request.contact, country=countries.iso2(project.country) if project.country else None)
        summary = geocode_project(project, part(progress, 0.1, 0.95), cancelled, online=online)
        waiting = len(review_queue(project))
    if request.report is not None:
        request.report.write_text(json.dumps(plain_tree(summary.as_dict()), ensure_ascii=False, indent=1), encoding="utf-8")
    return GeocodeRun(request, summary, waiting, added, online.requests if online else 0,
                      online.service if online else "")
