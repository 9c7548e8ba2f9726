"""Interactive service maps: an HTML page with its assets beside it, working with no network.

>>> write_service_map(Path("out/map.html"), services, {1: adm1, 2: adm2}, title="Services")
"""

from mapping.maps.page import write_service_map
from mapping.maps.service import MapService

__all__ = ["MapService", "write_service_map"]
