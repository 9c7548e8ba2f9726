"""The gap analysis's own sentences in the interface's language.

mapping/ knows no Qt and writes its notes ("off-road: walking at 5 km/h"), its request problems
("give a distance or a time …") and its candidate names ("cell 12") in English, as the command
line and the exported files show them. The panel shows them through here: every sentence mapping
can write is listed below as a Qt template (``%1`` … for the parts it fills in), so lupdate
collects it and each language translates it; a sentence matching none is shown as written.
``tests/test_coverage_words_qt.py`` reads mapping/coverage's sources and fails when a sentence
there has no template here.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from directory.sentence_patterns import refill, template_of

NOTES_CONTEXT = "GapNotes"

#: Every note mapping.coverage writes (GapResult.notes, Placement.notes, the population method).
NOTES = [
    QT_TRANSLATE_NOOP("GapNotes", "population analysed: %1 (%2)"),
    QT_TRANSLATE_NOOP("GapNotes", "population: the project's own (%1)"),
    QT_TRANSLATE_NOOP("GapNotes", "children 0–17 = %1"),
    QT_TRANSLATE_NOOP("GapNotes", "%1: bands 0–14 plus single years 15–17"),
    QT_TRANSLATE_NOOP("GapNotes", "%1: bands 0–14 plus 3/5 of 15–19"),
    QT_TRANSLATE_NOOP("GapNotes", "%1: bands 0–14 plus 15–17"),
    QT_TRANSLATE_NOOP("GapNotes", "the table has no age bands: analysed as all people"),
    QT_TRANSLATE_NOOP("GapNotes", "gridded population without age bands: analysed as all people"),
    QT_TRANSLATE_NOOP("GapNotes", "no total column: population is the sum of the age bands"),
    QT_TRANSLATE_NOOP("GapNotes", "this service type covers declared service areas (%1 areas), not a distance"),
    QT_TRANSLATE_NOOP("GapNotes", "%1 services of this type have no point on the map and are left out"),
    QT_TRANSLATE_NOOP("GapNotes", "capacity-aware coverage (%1 of %2 services have a capacity): each service covers "
                                  "the nearest people up to its capacity, largest first (AccessMod's method)"),
    QT_TRANSLATE_NOOP("GapNotes", "%1 services have a capacity; ask for capacity-aware coverage to use it"),
    QT_TRANSLATE_NOOP("GapNotes", "median and worst are blank where travel time is over %1 min (3 × the threshold)"),
    QT_TRANSLATE_NOOP("GapNotes", "WARNING: no gridded population: each area's people are spread evenly over its land "
                                  "(by area only). Coverage inside an area is approximate; give a WorldPop-style "
                                  "GeoTIFF for a better answer."),
    QT_TRANSLATE_NOOP("GapNotes", "each area's people and children from %1 are spread over its cells in proportion to "
                                  "the people of %2 (the table's totals kept exactly)"),
    QT_TRANSLATE_NOOP("GapNotes", "%1 areas in scope have no row in %2 (e.g. %3): counted as 0 people"),
    QT_TRANSLATE_NOOP("GapNotes", "%1 areas are smaller than one grid cell and their people are left out (e.g. %2)"),
    QT_TRANSLATE_NOOP("GapNotes", "WARNING: %1 areas have no people in %2; their people are spread evenly over their "
                                  "land (by area only)"),
    QT_TRANSLATE_NOOP("GapNotes", "analysis grid: %1 × %2 cells of %3 m in %4"),
    QT_TRANSLATE_NOOP("GapNotes", "%1 (%2 units, %3) resampled bilinearly to %4 m cells"),
    QT_TRANSLATE_NOOP("GapNotes", "water and barriers from %1: %2 cells cannot be crossed (roads over them are bridges)"),
    QT_TRANSLATE_NOOP("GapNotes", "%1: no water or barrier features"),
    QT_TRANSLATE_NOOP("GapNotes", "population raster %1: only the %2 × %3 cells under the analysis area were read "
                                  "(of %4 × %5)"),
    QT_TRANSLATE_NOOP("GapNotes", "elevation raster %1: only the %2 × %3 cells under the analysis area were read "
                                  "(of %4 × %5)"),
    QT_TRANSLATE_NOOP("GapNotes", "land cover %1: only the %2 × %3 cells under the analysis area were read "
                                  "(of %4 × %5)"),
    # the same note for a raster the three above do not name (mapping.coverage.grid.window_to_read's "what")
    QT_TRANSLATE_NOOP("GapNotes", "%1 %2: only the %3 × %4 cells under the analysis area were read (of %5 × %6)"),
    QT_TRANSLATE_NOOP("GapNotes", "%1 rows without a P-code (totals?) were left out"),
    QT_TRANSLATE_NOOP("GapNotes", "population raster %1 is in %2 (%3 cells); resampled to %4 m cells in %5, keeping "
                                  "the totals"),
    QT_TRANSLATE_NOOP("GapNotes", "population raster %1 (%2 m cells, %3) resampled to %4 m cells in %5, keeping the "
                                  "totals"),
    QT_TRANSLATE_NOOP("GapNotes", "land cover %1 (%2 cells, %3) brought onto %4 m cells in %5 by %6"),
    QT_TRANSLATE_NOOP("GapNotes", "the most common class in each cell"),  # %6 above
    QT_TRANSLATE_NOOP("GapNotes", "the nearest class"),
    QT_TRANSLATE_NOOP("GapNotes", "off-road speed by land-cover class (%1): no class of the table in the analysis area"),
    QT_TRANSLATE_NOOP("GapNotes", "off-road speed by land-cover class (%1): %2"),
    QT_TRANSLATE_NOOP("GapNotes", "land-cover classes without a speed (%1; %2 of cells) walked at %3 km/h; add them "
                                  "to the speeds table"),
    QT_TRANSLATE_NOOP("GapNotes", "%1 of cells have no land cover (outside the raster or no data): walked at %2 km/h"),
    QT_TRANSLATE_NOOP("GapNotes", "only %1 sites add anyone; more would cover no one new"),
    QT_TRANSLATE_NOOP("GapNotes", "exact model skipped: %1 demand points × %2 candidates is too large to solve in "
                                  "reasonable time; greedy with swaps used"),
    QT_TRANSLATE_NOOP("GapNotes", "exact: maximal covering location model, solved by HiGHS (proven optimal)"),
    QT_TRANSLATE_NOOP("GapNotes", "exact: maximal covering location model, solved by HiGHS; stopped at the %1-second "
                                  "limit, at most %2 below the best possible"),
    QT_TRANSLATE_NOOP("GapNotes", "exact: maximal covering location model, solved by HiGHS; stopped at the %1-second "
                                  "limit with the sites found"),
    QT_TRANSLATE_NOOP("GapNotes", "roads from %1 (OpenStreetMap): no highway=* ways inside the analysis area; "
                                  "off-road speeds only"),
    QT_TRANSLATE_NOOP("GapNotes", "roads from %1 (OpenStreetMap): %2 ways in the area (%3), speeds by highway class"),
    QT_TRANSLATE_NOOP("GapNotes", "off-road: walking at %1 km/h"),
    QT_TRANSLATE_NOOP("GapNotes", "off-road walking slowed on slopes (Tobler's hiking function on the DEM)"),
    QT_TRANSLATE_NOOP("GapNotes", "roads from %1: speeds from its '%2' column"),
    QT_TRANSLATE_NOOP("GapNotes", "roads from %1: speeds by '%2' class"),
    QT_TRANSLATE_NOOP("GapNotes", "roads from %1: no class column, every road at %2 km/h"),
    QT_TRANSLATE_NOOP("GapNotes", "road classes without a speed, given %1 km/h: %2"),
]

#: Every problem a gap or suggestion request can have (InvalidRequest.problem, PlacementError's fixed texts).
PROBLEMS = [
    QT_TRANSLATE_NOOP("GapNotes", "give a distance or a time, such as 5km or 60min, more than zero."),
    QT_TRANSLATE_NOOP("GapNotes", "no such project file. Check the path."),
    QT_TRANSLATE_NOOP("GapNotes", "choose a service type."),
    QT_TRANSLATE_NOOP("GapNotes", "give a walking speed in km/h above 0 (5 is usual)."),
    QT_TRANSLATE_NOOP("GapNotes", "give the land-cover raster too ({landcover})."),
    QT_TRANSLATE_NOOP("GapNotes", "give the population table too ({population})."),
    QT_TRANSLATE_NOOP("GapNotes", "no such file. Check the path."),
    QT_TRANSLATE_NOOP("GapNotes", "give the grid cell size in metres, more than zero."),
    QT_TRANSLATE_NOOP("GapNotes", "write the gap table as .csv, .xlsx or .gpkg."),
    QT_TRANSLATE_NOOP("GapNotes", "ask for at least one new site."),
    QT_TRANSLATE_NOOP("GapNotes", "choose greedy or exact."),
    QT_TRANSLATE_NOOP("GapNotes", "give a file of points, 'areas' or 'grid'."),
    QT_TRANSLATE_NOOP("GapNotes", "write the suggested sites as .csv, .xlsx or .gpkg."),
    QT_TRANSLATE_NOOP("GapNotes", "give a COD-PS table (.csv/.xlsx) or a population raster (.tif); this project keeps "
                                  "none."),
    QT_TRANSLATE_NOOP("GapNotes", "no candidate sites to choose from."),
    QT_TRANSLATE_NOOP("GapNotes", "everyone analysed is already covered: there is no gap to close."),
]

#: Candidate sites mapping names by number ("cell 12" among grid cells, "candidate 3" from a file without names).
SITE_NAMES = {
    "cell": QT_TRANSLATE_NOOP("GapNotes", "grid cell %1"),
    "candidate": QT_TRANSLATE_NOOP("GapNotes", "candidate %1"),
}
_SITE_NAME = re.compile(r"(cell|candidate) (\d+)")


def _translate(text: str) -> str:
    return QCoreApplication.translate(NOTES_CONTEXT, text)


def _found(note: str) -> tuple[re.Match, str] | None:
    """The match of a note of mapping's against the template it was written from, and that template."""
    return template_of(note, _NOTES)


_NOTES = tuple(NOTES)


def match_note(note: str) -> str | None:
    """The template a note of mapping's was written from, or None."""
    found = _found(note)
    return found[1] if found else None


def kind_word(kind: str) -> str:
    """A population kind ("children" or "people") as a word of the interface."""
    if kind == "children":
        return QCoreApplication.translate("GapResults", "children")
    if kind == "people":
        return QCoreApplication.translate("GapResults", "people")
    return kind


def note_in_words(note: str) -> str:
    """One of mapping's notes in the interface's language; a note no template matches, as written."""
    found = _found(note)
    if found is None:
        return note
    match, template = found
    return refill(_translate(template), match, lambda _placeholder, part: _part_in_words(part))


def _part_in_words(part: str) -> str:
    """A part a note filled in: a population kind, a nested note (the population method), or as written."""
    if part in ("children", "people"):
        return kind_word(part)
    if match_note(part) is not None:
        return note_in_words(part)
    if "; " in part and all(match_note(p) for p in part.split("; ")):
        return "; ".join(note_in_words(p) for p in part.split("; "))
    return part


def problem_in_words(problem: str) -> str:
    """A request's problem (InvalidRequest.problem, a PlacementError's text) in the interface's language."""
    return _translate(problem) if problem in PROBLEMS else problem


def site_name(name: str) -> str:
    """A suggested site's name: "cell 12" as "grid cell 12" in the interface's language; other names as given."""
    found = _SITE_NAME.fullmatch(name)
    if found is None:
        return name
    return _translate(SITE_NAMES[found.group(1)]).replace("%1", found.group(2))
