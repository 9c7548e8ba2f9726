"""Coverage-gap results kept in the project file (tables ``sm_gap_runs``, ``sm_gap_areas``, ``sm_gap_sites``).

A run is saved with its parameters, notes, the per-area table, the catchments (GeoJSON)
and the distance or travel-time raster (GeoTIFF bytes), so a planner can reopen it, export
it again, or compare it with a later run. Writes go through :meth:`Project.change`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timezone


@dataclass
class SavedRun:
    id: int
    at: str
    kind: str
    service_type: str
    within: str
    level: int
    population: str
    analysed: str
    params: dict
    notes: list[str]


def save_run(project, *, kind: str, service_type: str, within: str, level: int, population: str, analysed: str,
             params: dict, notes: list[str], rows: list[dict], sites: list[dict] | None = None,
             catchments_geojson: str | None = None, raster: bytes | None = None) -> int:
    """Store one run (call inside ``project.change``); returns its id."""
    project.require_change()
    conn = project.connection
    at = datetime.now(timezone.utc).isoformat(timespec="seconds")
    cur = conn.execute(
        "INSERT INTO sm_gap_runs (at, kind, service_type, within, level, population, analysed, params, notes, "
        "catchments, raster) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (at, kind, service_type, within, level, population, analysed, json.dumps(params, default=str),
         json.dumps(notes, ensure_ascii=False), catchments_geojson, raster),
    )
    run_id = cur.lastrowid
    conn.executemany(
        "INSERT INTO sm_gap_areas (run_id, pcode, rank, data) VALUES (?, ?, ?, ?)",
        [(run_id, r["pcode"], r["rank"], json.dumps(r, ensure_ascii=False)) for r in rows],
    )
    if sites:
        conn.executemany("INSERT INTO sm_gap_sites (run_id, pick, data) VALUES (?, ?, ?)",
                         [(run_id, i + 1, json.dumps(s, ensure_ascii=False)) for i, s in enumerate(sites)])
    project.log_change("sm_gap_runs", str(run_id), None, {"name": f"{kind} {service_type} within {within}"})
    return run_id


def runs(project) -> list[SavedRun]:
    """Saved runs, newest first."""
    out = []
    for r in project.connection.execute(
        "SELECT id, at, kind, service_type, within, level, population, analysed, params, notes FROM sm_gap_runs ORDER BY id DESC"
    ):
        out.append(SavedRun(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], json.loads(r[8]), json.loads(r[9])))
    return out


def run_rows(project, run_id: int) -> list[dict]:
    """The per-area table of one run, in rank order."""
    return [json.loads(r[0]) for r in project.connection.execute(
        "SELECT data FROM sm_gap_areas WHERE run_id = ? ORDER BY rank", (run_id,))]


def run_sites(project, run_id: int) -> list[dict]:
    return [json.loads(r[0]) for r in project.connection.execute(
        "SELECT data FROM sm_gap_sites WHERE run_id = ? ORDER BY pick", (run_id,))]


def run_raster(project, run_id: int) -> bytes | None:
    row = project.connection.execute("SELECT raster FROM sm_gap_runs WHERE id = ?", (run_id,)).fetchone()
    return row[0] if row else None


def run_catchments(project, run_id: int) -> str | None:
    row = project.connection.execute("SELECT catchments FROM sm_gap_runs WHERE id = ?", (run_id,)).fetchone()
    return row[0] if row else None
