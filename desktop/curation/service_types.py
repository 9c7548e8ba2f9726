"""Service-type labels and map styles for the desktop, from the taxonomy, in the user's language."""

from __future__ import annotations

import logging
from collections.abc import Iterable

log = logging.getLogger(__name__)


class ServiceTypes:
    """The taxonomy as the desktop needs it: a label per code, and the map's styles."""

    def __init__(self, taxonomy=None, language: str = "en"):
        self._taxonomy = taxonomy
        self.language = language

    @classmethod
    def for_project(cls, project, language: str = "en") -> ServiceTypes:
        """The project's own taxonomy (its thresholds and labels may differ), else ServiceMap's."""
        from directory.taxonomy import Taxonomy, TaxonomyError, default_taxonomy

        own = project.taxonomy_dict()
        if own:
            try:
                return cls(Taxonomy.from_dict(own), language)
            except TaxonomyError:
                log.warning("%s: its taxonomy is not valid; using ServiceMap's", project.path, exc_info=True)
        return cls(default_taxonomy(), language)

    @property
    def codes(self) -> list[str]:
        return list(self._taxonomy.codes) if self._taxonomy is not None else []

    def label(self, code: str) -> str:
        if self._taxonomy is None:
            return code
        try:
            return self._taxonomy.label(code, self.language) or code
        except (KeyError, LookupError):
            return code  # a code the taxonomy does not know: show it as imported

    def ordered(self, used: Iterable[str]) -> list[str]:
        """``used`` codes in taxonomy order, unknown codes after them, alphabetically."""
        used = set(used)
        known = [c for c in self.codes if c in used]
        return known + sorted(used - set(known))

    def map_styles(self) -> dict[str, tuple[str, str, str]] | None:
        """code -> (label, colour, symbol), as :func:`mapping.maps.write_service_map` takes it."""
        if self._taxonomy is None:
            return None
        out = {}
        for code in self.codes:
            t = self._taxonomy.get(code)
            out[code] = (self.label(code), t.colour, t.symbol)
        return out
