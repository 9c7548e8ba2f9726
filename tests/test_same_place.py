"""The other services at a service's place (third tryout, finding 9): what "the same place"
means, and that whether a service shows its place is the confidentiality policy's answer."""

from __future__ import annotations

import dataclasses

import pytest

from directory import confidentiality, same_place
from directory.same_place import (
    NEAR_METRES,
    SAME_ADDRESS,
    SAME_POINT,
    SAME_SITE,
    AtPlace,
    Place,
    others_at,
    why_same,
)

# Z, the WGSS of the finding: 21.2347, 92.15537, "Camp 4, Block C", in Ukhia (BD2022 94)
Z = Place("site-z", 21.2347, 92.15537, "Camp 4, Block C", {1: "BD20", 2: "BD2022", 3: "BD202294"})


def _moved(place: Place, north_m: float = 0.0, **changes) -> Place:
    return dataclasses.replace(place, latitude=place.latitude + north_m / 111_195.0, **changes)


def test_the_same_site_record_is_the_same_place():
    assert why_same(Z, Place("site-z")) == (SAME_SITE,)


@pytest.mark.parametrize("north_m, same", [(0.0, True), (3.0, True), (20.0, True), (40.0, False), (300.0, False)])
def test_points_within_a_few_metres_are_the_same_place(north_m, same):
    other = _moved(Z, north_m, site_id="site-b", address="")
    assert (SAME_POINT in why_same(Z, other)) is same
    assert same_place.metres(Z, other) == pytest.approx(north_m, abs=0.5)


def test_the_demos_camp_4_sites_are_all_the_same_place():
    """Points from the demo's list for "Women-friendly space, Camp 4" (one row per service)."""
    for lat, lon in ((21.234722222222224, 92.15527777777778), (21.2347, 92.1554), (21.2347, 92.15537)):
        assert SAME_POINT in why_same(Z, Place("s", lat, lon))


@pytest.mark.parametrize("address", ["Camp 4, Block C", "camp 4 block c", "CAMP 4 – BLOCK C.", " Camp 4,  Block C "])
def test_the_same_address_text_is_the_same_place(address):
    assert why_same(Z, Place("site-c", None, None, address, {3: "BD202294"})) == (SAME_ADDRESS,)


def test_the_same_address_is_two_places_when_the_points_or_the_areas_say_so():
    far = _moved(Z, 5000.0, site_id="site-far")  # the same words, 5 km away
    assert why_same(Z, far) == ()
    other_upazila = Place("site-t", None, None, "Camp 4, Block C", {1: "BD20", 2: "BD2022", 3: "BD202290"})
    assert why_same(Z, other_upazila) == ()
    assert why_same(Z, Place("site-d", None, None, "Camp 4, Block C", {2: "BD2022"})) == (SAME_ADDRESS,)
    assert why_same(Z, Place("site-e", None, None, "Camp 4, Block B")) == ()
    assert why_same(Place("a", address=""), Place("b", address="")) == ()  # no address: nothing said


def _row(service_id: str, place: Place, confidential: bool = False) -> AtPlace:
    return AtPlace(service_id, f"Service {service_id}", "Org", confidential, place)


def test_others_at_lists_each_other_service_once_with_its_reasons_and_not_the_hidden_ones():
    rows = [
        _row("z", Z),
        _row("z", Place("site-z2", 22.0, 92.0)),  # Z's own other site: Z itself is never listed
        _row("a", Place("site-z", 21.2347, 92.15537, "Camp 4, Block C")),  # the same site
        _row("b", _moved(Z, 3.0, site_id="site-b", address="")),
        _row("b", _moved(Z, 3.0, site_id="site-b2", address="Camp 4, Block C")),
        _row("c", Place("site-c", None, None, "camp 4 block c")),
        _row("d", _moved(Z, 300.0, site_id="site-d", address="Camp 4, Block D")),
        _row("e", Z, confidential=True),  # already confidential: shows nothing
    ]
    found = others_at("z", [Z], rows)
    assert [(n.service_id, n.why) for n in found] == [
        ("a", (SAME_SITE, SAME_POINT, SAME_ADDRESS)), ("b", (SAME_POINT, SAME_ADDRESS)), ("c", (SAME_ADDRESS,))]


def test_whether_a_service_shows_its_place_is_the_policys_answer(monkeypatch):
    assert same_place.shows_place(False) and not same_place.shows_place(True)
    # a policy that let a confidential service's point out on some map would make it count
    rules = dict(confidentiality.RULES)
    rules[confidentiality.MAP] = confidentiality.Rule(confidentiality.Disclosure(point=True))
    monkeypatch.setattr(confidentiality, "RULES", rules)
    same_place.shows_place.cache_clear()
    try:
        assert same_place.shows_place(True)
        assert [n.service_id for n in others_at("z", [Z], [_row("e", Z, confidential=True)])] == ["e"]
    finally:
        same_place.shows_place.cache_clear()


def test_the_review_queue_does_not_count_as_showing_a_place(monkeypatch):
    """Only outputs that leave the project count: the review queue shows a safe house's address to its editor."""
    assert confidentiality.disclosure(confidentiality.REVIEW, True).address
    assert not same_place.shows_place(True)


def test_exposed_finds_for_each_confidential_service_the_others_that_show_its_place():
    rows = [
        _row("safe", Z, confidential=True),
        _row("a", Place("site-z")),
        _row("b", _moved(Z, 3.0, site_id="site-b", address="")),
        _row("c", Place("site-c", None, None, "camp 4 block c")),
        _row("d", _moved(Z, 300.0, site_id="site-d", address="Camp 4, Block D")),
        _row("alone", Place("site-x", 22.0, 91.0, "Somewhere else"), confidential=True),
        _row("safe 2", Z, confidential=True),  # a second safe house there: shown by the same three
    ]
    found = same_place.exposed(rows)
    assert {k: [n.service_id for n in v] for k, v in found.items()} == {"safe": ["a", "b", "c"], "safe 2": ["a", "b", "c"]}
    assert same_place.exposed(rows, ["alone"]) == {}
    assert same_place.exposed(rows, ["safe"]) == {"safe": found["safe"]}


@pytest.mark.parametrize("lat", [0.0, 21.2347, -33.86, 60.1699, 74.5])
def test_exposed_finds_a_point_a_few_metres_away_across_grid_cells(lat):
    """The grid index never misses what the plain comparison finds (cell borders, high latitudes)."""
    base = Place("s0", lat, 92.0009995)
    rows = [_row("safe", base, confidential=True)]
    rows += [_row(f"n{i}", dataclasses.replace(base, site_id=f"s{i + 1}", latitude=lat + dy, longitude=92.0009995 + dx))
             for i, (dy, dx) in enumerate([(0.0001, 0.0), (0.0, 0.0002), (-0.00015, -0.0001), (0.0, 0.002)])]
    expected = [n.service_id for n in others_at("safe", [base], rows)]
    assert [n.service_id for n in same_place.exposed(rows).get("safe", [])] == expected
    assert expected[:1] == ["n0"]


@pytest.mark.parametrize("lat", [21.0, 60.0])
def test_exposed_answers_as_the_plain_comparison_where_many_rows_share_an_address(lat):
    """An import of thousands of rows that all say "Camp 4" (some with points near, some far, some
    without): the address index with its coarse grid finds exactly what comparing every pair finds."""
    import random

    rng = random.Random(5)
    rows = []
    for i in range(600):
        point = rng.random() < 0.8
        rows.append(_row(f"s{i}", Place(f"site{i}", lat + rng.uniform(0, 0.05) if point else None,
                                        92.0 + rng.uniform(0, 0.05) if point else None,
                                        rng.choice(["Camp 4", "camp 4.", "Camp 5", ""])),
                         confidential=i % 20 == 0))
    found = same_place.exposed(rows)
    plain = {r.service_id: others_at(r.service_id, [r.place], rows) for r in rows if r.confidential}
    assert found == {k: v for k, v in plain.items() if v}
    assert sum(len(v) for v in found.values()) > 30  # the case holds far and near rows of one address
    # the quick test an import uses to build fewer rows lets every neighbour through, and keeps out most others
    may = same_place.may_share(r.place for r in rows if r.confidential)
    by_id = {r.service_id: r.place for r in rows}
    neighbours = {n.service_id for v in found.values() for n in v}
    assert all(may(p.site_id, p.latitude, p.longitude, p.address) for i, p in by_id.items() if i in neighbours)
    assert not may("elsewhere", lat + 1.0, 93.0, "Camp 9")


def test_the_quick_test_lets_through_what_may_be_the_same_place_and_not_a_point_further_off():
    """An import builds rows only for the places the quick test lets through: every place that
    may be the same as a safe house's, and not the rows a few hundred metres away (a list whose
    safe houses are spread over the country would otherwise build a row for nearly every row)."""
    may = same_place.may_share([Z])
    for place in (Place("site-z"),  # the same site
                  _moved(Z, NEAR_METRES, site_id="other", address=""),  # a point as near as counts
                  _moved(Z, 900.0, site_id="other", address="camp 4 - block c"),  # the same address, near enough
                  Place("other", None, None, "CAMP 4, Block C")):
        assert may(place.site_id, place.latitude, place.longitude, place.address), place
    for metres in (400.0, -400.0, 900.0):  # a point further than NEAR_METRES, another address: never the same place
        far = _moved(Z, metres, site_id="other", address="Camp 4, Block D")
        assert not same_place.why_same(Z, far)
        assert not may(far.site_id, far.latitude, far.longitude, far.address)
    east = dataclasses.replace(Z, site_id="other", address="", longitude=Z.longitude + 0.004)  # about 415 m
    assert not may(east.site_id, east.latitude, east.longitude, east.address)
    for metres in (3_000.0, -5_000.0):  # the same address, too far apart to be one place
        far = _moved(Z, metres, site_id="other", address="Camp 4 Block C")
        assert not same_place.why_same(Z, far)
        assert not may(far.site_id, far.latitude, far.longitude, far.address)
    assert same_place.may_share([Place("z", None, None, "Camp 4, Block C")])("other", 25.0, 89.0, "camp 4 block c")


def test_the_index_answers_as_the_plain_comparison_does():
    rows = [
        _row("z", Z),
        _row("a", Place("site-z")),
        _row("b", _moved(Z, 3.0, site_id="site-b", address="")),
        _row("c", Place("site-c", None, None, "camp 4 block c")),
        _row("d", _moved(Z, 300.0, site_id="site-d", address="Camp 4, Block D")),
        _row("e", Z, confidential=True),
    ]
    index = same_place.PlaceIndex(rows)
    moved = _moved(Z, 290.0, address="")
    for places in ([Z], [moved], [Place("site-c")], []):
        assert index.others_at("z", places) == others_at("z", places, rows)
    assert [n.service_id for n in index.others_at("z", [Z])] == ["a", "b", "c"]
    assert index.places_of("z") == [Z]


def test_the_projects_places_in_listing_order_are_its_listing_with_each_sites_address(tmp_path):
    """What the service editor, the types dialog and ``servicemap retype`` compare: read in one query, the
    same rows, in the same order, as the listing with each site's address (which took 4x as long)."""
    from directory.model import Organisation, Service, Site
    from tests.helpers import small_project

    project = small_project(tmp_path / "p.gpkg", n_services=5)
    with project.change("test", "a second organisation, a site without a point, a service at two sites"):
        other = Organisation("Aardvark Legal Aid")  # sorts first: the listing is by organisation, then name
        project.save_organisation(other)
        far, blank = Site("Court", address="Court Road 1", latitude=21.3, longitude=92.1), Site("Mobile team")
        service = Service("Legal aid desk", other.id, ["legal_aid"])
        for record in (far, blank):
            project.save_site(record)
        project.save_service(service)
        project.link(service.id, far.id)
        project.link(service.id, blank.id)
    addresses = {s.id: s.address for s in project.sites()}
    expected = [AtPlace(s.service_id, s.name, s.organisation, s.confidential,
                        Place(s.site_id, s.latitude, s.longitude, addresses.get(s.site_id, ""), dict(s.admin_pcodes)))
                for s in project.listing()]
    assert project.service_places(in_listing_order=True) == expected
    assert expected[0].organisation == "Aardvark Legal Aid" and expected[0].place.address == "Court Road 1"
    assert sorted(project.service_places(), key=expected.index) == expected  # the same rows, in link order
    assert project.service_places() != expected  # which is another order
    project.close()
