"""Interactive service maps: an HTML page with its assets beside it, working with no network.

>>> write_service_map(Path("out/map.html"), services, {1: adm1, 2: adm2}, title="Services")

``write_service_map`` (which needs folium and geopandas) is imported on first use, so the
light modules here (``basemap``, ``service``) stay quick to import for the desktop's start.
"""

from mapping.maps.service import MapService

__all__ = ["MapService", "write_service_map"]


def __getattr__(name: str):
    if name == "write_service_map":
        from mapping.maps.page import write_service_map

        return write_service_map
    raise AttributeError(f"module 'mapping.maps' has no attribute {name!r}")
