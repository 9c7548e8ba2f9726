"""The service record the map draws: one service at one site, flattened."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class MapService:
    """One service at a site, flattened for the map.

    ``id`` is the service-at-site id; the page hands it back when a marker is clicked and
    accepts it in ``selectIds``. The first of ``service_types`` decides colour and shape.
    A ``confidential`` service (a safe house) is never drawn at its point: it is shown at
    the representative point of the admin area :mod:`directory.confidentiality` allows, one
    of ``admin_pcodes`` (level -> P-code of its site).
    """

    id: str
    name: str
    organisation: str
    service_types: list[str]
    phones: list[str]
    schedule: str
    latitude: float | None
    longitude: float | None
    confidential: bool = False
    admin_pcodes: dict[int, str] = field(default_factory=dict)

    @property
    def has_point(self) -> bool:
        return self.latitude is not None and self.longitude is not None


