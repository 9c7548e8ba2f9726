"""The import of one service list, from file to project: read, find, map, build, match, save.

:func:`read_file` reads without touching a project (the wizard's preview uses it);
:func:`import_file` also matches the rows against the project (updates keep their IDs),
stores everything in one change, and remembers the column mapping as a profile.
Both take ``progress(fraction, message)`` and ``cancelled()`` callables; a cancelled import
writes nothing.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from pathlib import Path

from directory.store import Project
from directory.tasks import Cancelled, Progress, never, no_progress, part
from directory.taxonomy import Taxonomy, default_taxonomy
from importers import (code_legend, date_order, file_kinds, history, kobo_repeats, pathway_matrix, profiles,
                       provider_grid, readers, record_blocks, sheet_organisation, side_by_side, skip_reasons, teach,
                       turned_table)
from importers.collector import collector_paused
from importers.columns import ColumnMap
from importers.errors import ImportFileError
from importers.result import ImportResult
from importers.rows import Builder, fill_merged_down
from importers.shared_places import note_project_places, note_shared_places
from importers.column_content import marks_said_status, partners_not_services, read_by_content
from importers.table import find_table, sheet_is_empty

def is_hsds(path: Path) -> bool:
    """An Open Referral HSDS folder, JSON file or zipped data package (by content, not by name)."""
    if path.is_dir():
        return (path / "datapackage.json").exists()
    return file_kinds.kind_of(path).kind in ("hsds json", "hsds package")


def read_hsds(path: Path, *, region: str | None, taxonomy: Taxonomy | None) -> ImportResult:
    """HSDS 3.0 JSON or datapackages go to the exchange-format reader, where it is installed."""
    try:
        hsds = importlib.import_module("importers.formats.hsds")
    except ModuleNotFoundError as exc:
        if exc.name not in ("importers.formats", "importers.formats.hsds"):
            raise
        raise ImportFileError(f"{path}: Open Referral HSDS files cannot be imported by this version of ServiceMap. "
                              "Import the list as .xlsx or .csv.") from None
    return hsds.read(path, region=region, taxonomy=taxonomy)


@collector_paused()
def read_file(
    path: str | Path,
    *,
    sheet: str | None = None,
    region: str | None = None,
    taxonomy: Taxonomy | None = None,
    day_first: bool = True,
    mappings: dict[str, list[ColumnMap]] | None = None,
    known_profiles: dict[str, list[dict]] | None = None,
    not_confidential: set[tuple[str, int]] | None = None,
    confidential: set[tuple[str, int]] | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ImportResult:
    """Every service table of ``path`` as records, with an outcome for every row under each header.

    ``mappings`` (sheet -> column mapping) replace what ServiceMap found, as the user confirmed
    them; ``known_profiles`` (signature -> saved mapping) are applied to a sheet with the same layout;
    ``not_confidential`` holds the (sheet, row) the user confirmed are not confidential although
    their words ("safe house") or their type suggest it; ``confidential`` those the user marked
    confidential (see :mod:`importers.confidential`).
    """
    path = Path(path)
    progress, cancelled = progress or no_progress, cancelled or never
    taxonomy = taxonomy or default_taxonomy()
    if path.name == "datapackage.json" or is_hsds(path):
        return read_hsds(path, region=region, taxonomy=taxonomy)
    progress(0.0, f"Reading {path.name}")
    kind, sheets = readers.read_sheets(path, sheet=sheet)
    result = ImportResult(file=path.name)
    sheets, submissions, said = laid_out(sheets)
    result.notes += said
    if note := file_kinds.kind_of(path).note(path):
        result.notes.append(note)
    builder = Builder(result, region=region, taxonomy=taxonomy, day_first=day_first, not_confidential=not_confidential,
                      confidential=confidential)
    builder.legend = code_legend.find(sheets, lambda words: bool(builder.finder.matcher().codes(words)))  # "1 = CM"
    builder.status_marks = marks_said_status(sheets)  # "P = prévu", "(X) = suspendu"
    one_each = sheet_organisation.one_sheet_each(sheets)  # "ASAM", "Kızılay", "KAMER": one sheet per organisation
    for k, data in enumerate(sheets):
        if cancelled():
            raise Cancelled()
        data, table, blocks, why = table_of(data, builder.finder, submissions, result.notes)
        if blocks is not None:
            result.notes.append(f"sheet '{data.name}' is a directory of blocks of 'label: value' lines; each block "
                                "is read as one service, on the row of its service line")
        if table is None:
            result.skipped_sheets[data.name] = why
            continue
        if mappings and data.name in mappings:
            table.mapping = mappings[data.name]
        elif partners_not_services(table.mapping, data.rows, table.first_data_row):  # a "Codes" sheet: IRC, INGO
            result.skipped_sheets[data.name] = skip_reasons.NO_TABLE
            continue
        else:
            table.mapping = read_by_content(table.mapping, data.rows, table.first_data_row, builder.finder)
            saved = known_profiles.get(profiles.signature(table)) if known_profiles else None
            if saved:
                table.mapping = profiles.apply(table.mapping, saved)
        result.tables.append(table)
        _organisation_of_sheet(data, table, one_each, result)
        if data.missing_formulas:
            result.notes.append(
                f"sheet '{data.name}': {data.missing_formulas} formula cells were saved without their values (the file "
                "was written by a program, not Excel); those values are missing. Open the file in Excel or "
                "LibreOffice, save it, and import it again to get them.")
        fill_merged_down(data, table.first_data_row)
        dates = date_order.slashed_dates(data, table)  # read first: each row is let go once it is read
        share = 1 / max(len(sheets), 1)
        builder.read_table(
            data, table, release_rows=True,
            progress=lambda f, m, k=k, share=share: progress(0.05 + 0.8 * share * (k + f), m), cancelled=cancelled)
        date_order.check_sheet(data, table, result, day_first, dates)
        if blocks is not None:
            _lines_of_blocks(result, data.name, blocks.parts)
        sheets[k] = data = None  # the sheet's cells: only the records made from them are kept
    note_shared_places(result)
    return result


def _organisation_of_sheet(data, table, one_each: set[str], result: ImportResult) -> None:
    """Where no column names the organisation, the one the sheet names for all its rows, if any."""
    if not sheet_organisation.names_none(table):
        return
    if org := sheet_organisation.named_above(data, table):
        table.organisation = org
        result.notes.append(f"sheet '{data.name}': no column names the organisation; the line above its header "
                            f"names it ('{org}'), for every row")
    elif data.name in one_each:
        table.organisation = data.name
        result.notes.append(f"sheet '{data.name}': no column names the organisation; the workbook keeps one sheet "
                            "per organisation, so each row's organisation is the sheet's name")


def _lines_of_blocks(result: ImportResult, sheet: str, parts: dict[int, tuple[int, str]]) -> None:
    """The other lines of a block ("Location: …") are reported as part of its service, not as blank rows."""
    for outcome in result.rows:
        if outcome.sheet == sheet and (part := parts.get(outcome.row - 1)) is not None:
            outcome.status = "not-a-service"
            outcome.messages = [f"the '{part[1]}' line of the service in row {part[0] + 1}"]


def laid_out(sheets: list) -> tuple[list, dict[str, str], list[str]]:
    """The sheets as their tables are read (the import's and the wizard's): a KoBo repeat group's rows with
    their submission's answers (:mod:`importers.kobo_repeats`), and each table of a sheet holding tables side
    by side as a sheet of its own (:mod:`importers.side_by_side`); with the main sheets so joined (name ->
    the repeat group's sheet, to be skipped saying so) and the notes saying what was done."""
    sheets, submissions = kobo_repeats.join(sheets)
    out, notes = [], []
    for data in sheets:
        parts = side_by_side.split(data)
        if len(parts) > 1:
            notes.append(f"sheet '{data.name}' holds tables side by side; each is read on its own, as "
                         + ", ".join(f"'{p.name}'" for p in parts))
        out += parts
    return out, submissions, notes


def table_of(data, finder, submissions: dict[str, str], notes: list[str] | None = None) -> tuple:
    """(sheet, table, blocks, reason): the table of a sheet, the sheet laid out as a table first where it is a
    directory of "label: value" blocks (:mod:`importers.record_blocks`) or a pathway grid of organisations
    (:mod:`importers.provider_grid`, its notes added to ``notes``); when there is none, why it is skipped
    (unreadable, the submissions of a KoBo repeat group (``submissions``: see :func:`laid_out`), empty, a
    referral pathway grid of places, a table turned on its side, else no table)."""
    if data.skipped:
        return data, None, None, data.skipped
    if data.name in submissions:
        return data, None, None, skip_reasons.KOBO_SUBMISSIONS.format(sheet=submissions[data.name])
    if sheet_is_empty(data):
        return data, None, None, skip_reasons.EMPTY
    table = find_table(data)
    blocks = record_blocks.read(data) if table is None else None  # "Organisation: …", "Service: …" lines
    if blocks is not None:
        data, table = blocks.sheet, find_table(blocks.sheet)
    elif table is None and (grid := provider_grid.find(data, finder)) is not None:  # a column per organisation
        data, said = provider_grid.as_list(data, grid)
        table = find_table(data)
        if notes is not None:
            notes += said
    if table is not None:
        return data, table, blocks, ""
    why = pathway_matrix.no_table_reason(data, finder)
    return data, None, blocks, (why != skip_reasons.NO_TABLE and why) or turned_table.reason(data) or why


def no_table_found(path: Path, result: ImportResult) -> str:
    """The one line saying why nothing of ``path`` was read ("" when a table of services was found)."""
    if result.tables or result.services:
        return ""
    why = next((f"Sheet '{sheet}' was skipped: {reason}." for sheet, reason in result.skipped_sheets.items()
                if reason not in (skip_reasons.EMPTY, skip_reasons.NO_TABLE)),
               "A sheet needs a header row (in its first 30 rows) with an organisation column and a column "
               "saying what the service is (name, type, activity or sector).")
    return f"{path}: no table of services found; nothing was read. {why}"


def compare_with_project(result: ImportResult, project: Project) -> None:
    """Match the list's rows with the services already in ``project`` (a row of a service it holds updates
    that service and keeps its ID), then note on the rows where a safe house and a service of the other
    side share a place. The import does it before it saves; the wizard's rows to look at, before anything
    is written, so that the person importing can mark those rows confidential there."""
    from importers.matching import match_project

    match_project(result, project)
    # the project's public services matter only beside a safe house of the list
    note_project_places(result, project.service_places(
        confidential_only=not any(s.confidential for s in result.services)))


def import_file(
    project: Project,
    path: str | Path,
    *,
    sheet: str | None = None,
    mappings: dict[str, list[ColumnMap]] | None = None,
    not_confidential: set[tuple[str, int]] | None = None,
    confidential: set[tuple[str, int]] | None = None,
    save_profile: bool = True,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    day_first: bool | None = None,
    user: str | None = None,
    taught: dict[str, list[str]] | None = None,
) -> ImportResult:
    """Read ``path`` and store it in ``project`` in one change; returns the full report.

    ``day_first`` None reads dates in the project's order (:mod:`importers.date_order`). The
    project's taxonomy (with the words people taught it) reads the types. ``user`` is the name
    the audit records (the login name when None), with the rows a person marked confidential or
    not confidential. ``taught`` (text -> type codes, the wizard's Service types page) is what a
    person said the list's words mean: this import reads its rows with it, and it is saved in the
    project's taxonomy in the import's change, for the next imports (:mod:`importers.teach`)."""
    from directory import countries
    from directory.taxonomy import project_taxonomy
    from importers.save import save_import

    path = Path(path)
    progress, cancelled = progress or no_progress, cancelled or never
    taxonomy = project_taxonomy(project.taxonomy_dict())
    if taught:
        taxonomy = teach.with_answers(taxonomy, taught, by=user or "someone")  # a bad code fails before reading
    region = countries.iso2(project.country) if project.country else None
    if day_first is None:
        day_first = date_order.project_order(project) == date_order.DAY_FIRST
    result = read_file(path, sheet=sheet, region=region, taxonomy=taxonomy, day_first=day_first, mappings=mappings,
                       known_profiles=profiles.load(project), not_confidential=not_confidential,
                       confidential=confidential, progress=progress, cancelled=cancelled)
    if cancelled():
        raise Cancelled()
    if not result.tables and not result.services:
        return result

    def in_the_change() -> None:
        if save_profile:
            profiles.save(project, result.tables)
        if taught:
            teach.record(project, taught)
        history.record(project, result)

    # Matched and saved under one write lock: an import running at the same time waits, then
    # matches against what this one saved, instead of storing every service a second time.
    with project.locked(f"Import of {path.name}", user=user, progress=part(progress, 0.85, 0.85), cancelled=cancelled):
        progress(0.86, "Matching with the services already in the project")
        compare_with_project(result, project)
        if cancelled():
            raise Cancelled()
        progress(0.9, "Saving")
        with collector_paused():
            save_import(project, result, description=f"Import of {path.name}", extra=in_the_change,
                        cancelled=cancelled, user=user)
    progress(1.0, "Done")
    return result
