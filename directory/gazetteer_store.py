"""The geocoder's tables in the project file: the gazetteer index, the alias table, the
result of geocoding each site (with its runner-up candidates) and cached online answers.

Plain rows in, plain rows out; :mod:`mapping.geocode` gives them meaning. Writes go through
``project.connection`` inside ``project.change(...)``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from typing import Any

from directory.store import Project

ADMIN_LEVELS = (1, 2, 3, 4)


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


@dataclass
class GazetteerRow:
    """One named place: an admin area (kind "admin") or a village, camp or landmark ("place")."""

    id: str
    source: str
    kind: str
    level: int  # 1-4 for admin areas; 5 for places
    name: str
    alternate_names: list[str] = field(default_factory=list)
    parent_id: str | None = None
    pcodes: dict[int, str] = field(default_factory=dict)
    latitude: float | None = None
    longitude: float | None = None
    population: int | None = None


@dataclass
class ResultRow:
    """How one site was placed, as the reviewer sees it."""

    site_id: str
    method: str  # coordinates, pcode, gazetteer, online, manual, none
    level: str = ""
    confidence: float | None = None
    query: str = ""
    candidates: list[dict[str, Any]] = field(default_factory=list)
    flags: list[str] = field(default_factory=list)
    review: str = "auto"  # auto, accepted, rejected, manual
    at: str = ""


# --- the gazetteer index -------------------------------------------------------------


def replace_source(project: Project, source: str, rows: Iterable[GazetteerRow], description: str = "") -> int:
    """Replace every entry of one source (admin boundaries, GeoNames, a user file) in one go."""
    project.require_change()
    conn = project.connection
    conn.execute("DELETE FROM sm_gazetteer WHERE source = ?", (source,))
    values = [
        (r.id, source, r.kind, r.level, r.name, json.dumps(r.alternate_names, ensure_ascii=False), r.parent_id,
         *(r.pcodes.get(lvl) for lvl in ADMIN_LEVELS), r.latitude, r.longitude, r.population)
        for r in rows
    ]
    conn.executemany("INSERT OR REPLACE INTO sm_gazetteer VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", values)
    old = conn.execute("SELECT entries FROM sm_gazetteer_sources WHERE source = ?", (source,)).fetchone()
    conn.execute("INSERT OR REPLACE INTO sm_gazetteer_sources VALUES (?, ?, ?, ?)", (source, description, len(values), _now()))
    project.log_change("sm_gazetteer_sources", source, {"entries": old[0]} if old else None,
                       {"name": source, "entries": len(values)})
    return len(values)


def sources(project: Project) -> dict[str, int]:
    return {r[0]: r[1] for r in project.connection.execute("SELECT source, entries FROM sm_gazetteer_sources ORDER BY source")}


def gazetteer_rows(project: Project) -> list[GazetteerRow]:
    out = []
    for r in project.connection.execute("SELECT * FROM sm_gazetteer ORDER BY level, id"):
        out.append(GazetteerRow(
            r["id"], r["source"], r["kind"], r["level"], r["name"], json.loads(r["alternate_names"]), r["parent_id"],
            {lvl: r[f"adm{lvl}_pcode"] for lvl in ADMIN_LEVELS if r[f"adm{lvl}_pcode"]},
            r["latitude"], r["longitude"], r["population"],
        ))
    return out


# --- aliases ---------------------------------------------------------------------------


def aliases(project: Project) -> dict[str, str]:
    return {r[0]: r[1] for r in project.connection.execute("SELECT alias, name FROM sm_geocode_aliases ORDER BY alias")}


def save_alias(project: Project, alias: str, name: str) -> None:
    project.require_change()
    old = project.connection.execute("SELECT name FROM sm_geocode_aliases WHERE alias = ?", (alias,)).fetchone()
    project.connection.execute("INSERT OR REPLACE INTO sm_geocode_aliases VALUES (?, ?, ?)", (alias, name, _now()))
    project.log_change("sm_geocode_aliases", alias, {"name": old[0]} if old else None, {"name": name})


# --- results per site ------------------------------------------------------------------


def save_result(project: Project, result: ResultRow) -> None:
    project.require_change()
    project.connection.execute(
        "INSERT OR REPLACE INTO sm_geocode_results VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (result.site_id, result.query, result.method, result.level, result.confidence,
         json.dumps(result.candidates, ensure_ascii=False), json.dumps(result.flags), result.review, result.at or _now()),
    )


def results(project: Project) -> dict[str, ResultRow]:
    out = {}
    for r in project.connection.execute("SELECT * FROM sm_geocode_results"):
        out[r["site_id"]] = ResultRow(
            r["site_id"], r["method"], r["level"], r["confidence"], r["query"], json.loads(r["candidates"]),
            json.loads(r["flags"]), r["review"], r["at"],
        )
    return out


def result_dict(result: ResultRow) -> dict[str, Any]:
    return asdict(result)


# --- online answers ------------------------------------------------------------------


def cached_answer(project: Project, query: str) -> dict | None:
    row = project.connection.execute("SELECT answer FROM sm_geocode_cache WHERE query = ?", (query,)).fetchone()
    return json.loads(row[0]) if row else None


def cache_answer(project: Project, query: str, service: str, answer: dict) -> None:
    project.require_change()
    project.connection.execute(
        "INSERT OR REPLACE INTO sm_geocode_cache VALUES (?, ?, ?, ?)",
        (query, service, json.dumps(answer, ensure_ascii=False), _now()),
    )
