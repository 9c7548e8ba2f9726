"""Which service is delivered at which site (``sm_service_at_site``), read as plain values.

Matching, exports, merging and the review queue ask these questions of the links; the
answers are built here so that only directory/ reads the project's tables.
"""

from __future__ import annotations

from directory.model import ServiceAtSite


def links(project) -> list[ServiceAtSite]:
    """Every link, in the order they were made (deleted services and sites included)."""
    rows = project.connection.execute("SELECT service_id, site_id, id FROM sm_service_at_site ORDER BY fid")
    return [ServiceAtSite(r[0], r[1], r[2]) for r in rows]


def site_organisations(project) -> dict[str, set[str]]:
    """Site ID -> the IDs of the organisations delivering a service there."""
    out: dict[str, set[str]] = {}
    for site_id, org_id in project.connection.execute(
        "SELECT sas.site_id, s.organisation_id FROM sm_service_at_site sas JOIN sm_services s ON s.id = sas.service_id"
    ):
        out.setdefault(site_id, set()).add(org_id)
    return out


def services_per_site(project) -> dict[str, int]:
    """Site ID -> how many services (not deleted) are delivered there."""
    rows = project.connection.execute(
        "SELECT site_id, count(*) FROM sm_service_at_site sas JOIN sm_services s ON s.id = sas.service_id "
        "AND s.deleted_at IS NULL GROUP BY site_id"
    )
    return {r[0]: r[1] for r in rows}


def confidential_sites(project) -> set[str]:
    """IDs of the sites where a confidential service is delivered (their point must stay hidden)."""
    rows = project.connection.execute(
        "SELECT DISTINCT l.site_id FROM sm_service_at_site l JOIN sm_services s ON s.id = l.service_id "
        "WHERE s.confidential"
    )
    return {r[0] for r in rows}
