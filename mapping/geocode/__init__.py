"""Offline geocoding that knows the admin hierarchy and says how sure it is.

>>> summary = geocode_project(project)            # place every site no person has placed
>>> Matcher(load_gazetteer(project)).match("Rangamati / Kawkhali")
"""

from mapping.geocode.index import add_source, build_index, load_gazetteer
from mapping.geocode.matcher import Candidate, Match, Matcher
from mapping.geocode.run import Summary, geocode_project

__all__ = [
    "Candidate", "Match", "Matcher", "Summary", "add_source", "build_index", "geocode_project",
    "load_gazetteer",
]
