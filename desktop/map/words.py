"""The service map page's words in the interface's language (the page itself is written by
Qt-free code, :func:`mapping.maps.write_service_map`, which takes them as ``text``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def map_page_text() -> dict[str, str]:
    """Every key of :data:`mapping.maps.payload.TEXT`, translated; "{n}" and "{level}" stay."""
    return {
        "page_title": QCoreApplication.translate("MapPage", "Service map"),
        "confidential": QCoreApplication.translate("MapPage", "Confidential service – contact through case management"),
        "confidential_legend": QCoreApplication.translate("MapPage", "Confidential service (shown at the centre of its area)"),
        "untyped": QCoreApplication.translate("MapPage", "Service type not given"),
        "legend_title": QCoreApplication.translate("MapPage", "Services"),
        "phone": QCoreApplication.translate("MapPage", "Phone"),
        "schedule": QCoreApplication.translate("MapPage", "Hours"),
        "area": QCoreApplication.translate("MapPage", "Area"),
        "skipped": QCoreApplication.translate("MapPage", "{n} services have no location and are not on the map"),
        "skipped_one": QCoreApplication.translate("MapPage", "1 service has no location and is not on the map"),
        "cluster": QCoreApplication.translate("MapPage", "{n} services here: zoom in to see them"),
        "services_layer": QCoreApplication.translate("MapPage", "Services"),
        "labels_layer": QCoreApplication.translate("MapPage", "Area names"),
        "level_layer": QCoreApplication.translate("MapPage", "Admin level {level}"),
        "basemap_layer": QCoreApplication.translate("MapPage", "Basemap"),
    }
