"""Online geocoding (OpenStreetMap's Nominatim through geopy), only when the user switches it on.

ServiceMap makes no network call unless an :class:`OnlineGeocoder` is made and handed to
:func:`mapping.geocode.run.geocode_project` (``servicemap geocode PROJECT --online --contact
EMAIL``). It asks only about sites the offline gazetteer could not place, at most one request
a second (Nominatim's usage policy), and keeps every answer, found or not, in the project, so
the same question is never asked twice. Its answers are unverified: they go to the review
queue.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from directory import gazetteer_store as store
from directory.errors import UserFacingError
from directory.model import Site
from directory.store import Project

ONLINE_CONFIDENCE = 0.6  # a point from a web service, not checked by anyone yet
MIN_DELAY_S = 1.0


class OnlineGeocodingError(UserFacingError):
    """The online service could not be used."""


class OnlineGeocoder:
    """Asks a web geocoder about place names; ``lookup`` can be replaced (tests, other services)."""

    def __init__(self, contact: str, *, country: str | None = None, service: str = "nominatim",
                 lookup: Callable[[str], dict | None] | None = None):
        if not contact or "@" not in contact:
            raise OnlineGeocodingError(
                "Online geocoding needs a contact e-mail (Nominatim's usage policy): add --contact you@example.org."
            )
        self.service, self.country, self.contact = service, (country or "").lower() or None, contact
        self._lookup = lookup or self._nominatim
        self._last = 0.0
        self.pending: dict[str, dict] = {}  # answers to keep in the project
        self.requests = 0

    def _nominatim(self, query: str) -> dict | None:
        from geopy.exc import GeopyError
        from geopy.geocoders import Nominatim

        wait = MIN_DELAY_S - (time.monotonic() - self._last)
        if wait > 0:
            time.sleep(wait)
        self._last = time.monotonic()
        try:
            found = Nominatim(user_agent=f"ServiceMap ({self.contact})", timeout=10).geocode(
                query, exactly_one=True, country_codes=self.country
            )
        except GeopyError as exc:
            raise OnlineGeocodingError(f"Online geocoding failed ({exc}). Check the connection, or run without --online.") from None
        if found is None:
            return None
        return {"latitude": found.latitude, "longitude": found.longitude, "display_name": found.address}

    def _key(self, query: str) -> str:
        return f"{self.service}|{self.country or ''}|{query.strip().casefold()}"

    def answer(self, project: Project, query: str) -> dict:
        """The cached answer, or a new one (``{}`` when nothing was found)."""
        key = self._key(query)
        cached = self.pending.get(key)
        if cached is None:
            cached = store.cached_answer(project, key)
        if cached is None:
            self.requests += 1
            cached = self._lookup(query) or {}
            self.pending[key] = cached
        return cached

    def place(self, project: Project, site: Site, result: store.ResultRow) -> store.ResultRow | None:
        """Put ``site`` where the web service says, for a person to confirm; None if it knows nothing."""
        found = self.answer(project, result.query)
        if not found:
            return None
        site.latitude, site.longitude = float(found["latitude"]), float(found["longitude"])
        site.admin_pcodes = project.areas_at([site.longitude], [site.latitude])[0]
        site.location_source, site.location_level, site.location_confidence = "gazetteer", "point", ONLINE_CONFIDENCE
        flags = [*result.flags, f"online: {self.service} — {found.get('display_name', '')}"]
        return store.ResultRow(site.id, "online", "point", ONLINE_CONFIDENCE, result.query, result.candidates, flags)

    def save(self, project: Project) -> None:
        """Keep the new answers in the project (inside the caller's change)."""
        for key, answer in self.pending.items():
            store.cache_answer(project, key, self.service, answer)
        self.pending.clear()
