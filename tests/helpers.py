"""Small builders shared by the tests (not fixtures: plain functions, easy to read)."""

from __future__ import annotations

from pathlib import Path

import shapely

from directory.model import AdminArea, Contact, Organisation, Phone, Service, Site
from directory.store import Project


def small_project(path: Path, n_services: int = 3, confidential: bool = True) -> Project:
    """Two districts in one division, and a few services (one of them a safe house)."""
    project = Project.create(path, country="BGD")
    with project.change("test", "small project"):
        project.replace_admin_level(1, [AdminArea("BD20", "Chattogram", 1)], [shapely.box(91.0, 21.0, 93.0, 23.0)])
        project.replace_admin_level(
            2,
            [AdminArea("BD2022", "Cox's Bazar", 2, "BD20"), AdminArea("BD2084", "Rangamati", 2, "BD20")],
            [shapely.box(91.0, 21.0, 93.0, 22.0), shapely.box(91.0, 22.0, 93.0, 23.0)],
        )
        org = Organisation("Example Child Aid (demo)")
        project.save_organisation(org)
        for i in range(n_services):
            lat = 21.5 if i % 2 == 0 else 22.5
            site = Site(f"Site {i}", latitude=lat, longitude=92.0, admin_pcodes={1: "BD20", 2: "BD2022" if lat < 22 else "BD2084"},
                        location_source="coordinates")
            is_safe_house = confidential and i == 0
            service = Service(
                "Safe shelter" if is_safe_house else f"Case management {i}", org.id,
                ["safe_shelter"] if is_safe_house else ["case_management"],
                confidential=is_safe_house,
                contacts=[Contact("Focal", phones=[Phone(f"+88017005551{i:02d}")])],
            )
            project.save_site(site)
            project.save_service(service)
            project.link(service.id, site.id)
    return project


def grid_cell(grid, lon: float, lat: float) -> tuple[int, int]:
    """The (row, column) of the analysis grid cell holding a point given in degrees."""
    x, y = grid.to_metric([lon], [lat])
    r, c = grid.cell_of(x, y)
    return int(r[0]), int(c[0])


def write_sheets(path: Path, sheets: dict[str, list[list]], hidden: tuple[str, ...] = (),
                 merged: dict[str, tuple[str, ...]] | None = None) -> Path:
    """A workbook written by openpyxl with a sheet of rows for each name (header first, or a title above
    it); ``hidden`` sheets are hidden, as Excel's Hide does, and ``merged`` holds each sheet's merged
    ranges ("A1:H1")."""
    import openpyxl

    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for name, rows in sheets.items():
        ws = wb.create_sheet(name)
        for row in rows:
            ws.append(list(row))
        for cells in (merged or {}).get(name, ()):
            ws.merge_cells(cells)
        if name in hidden:
            ws.sheet_state = "hidden"
    wb.save(path)
    return path


def write_sheet(path: Path, header: list, rows: list, title: str = "Services",
                merged: tuple[str, ...] = ()) -> Path:
    """A one-sheet workbook written by openpyxl: ``header``, then ``rows``; ``merged``: its merged ranges."""
    return write_sheets(path, {title: [header, *rows]}, merged={title: merged})
