"""What the twenty-third blind tryout found (lists written from a brief by someone who had not read the code: a
north-east Nigeria 4W with activity codes, a Somali referral directory with a sheet per region, a Haitian list in
French and Kreyòl, an Afghan KoBo/Google Sheets export in CSV). Each list here is a small one in the same shape,
written by openpyxl or as CSV text."""

from __future__ import annotations

import pytest

from importers.pipeline import import_file, read_file
from importers.retype import retype
from importers.service_types import MADE_NAME
from tests.helpers import small_project, write_sheets


@pytest.fixture
def project(tmp_path):
    p = small_project(tmp_path / "p.gpkg", n_services=0)
    yield p
    p.close()


def test_choices_apart_by_semicolons_and_a_yes_no_column_saying_not_yet(tmp_path):
    """A sheet's export writes KoBo's choices with semicolons ("fts;cm;alt_care"): read as words, only "cm" was a
    type. "not yet – planned Q2" in the operational column is no service today."""
    path = tmp_path / "afg.csv"
    path.write_text(
        "Organization name,Service Type,Description of services,Currently operational? (Yes/No/Partially)\n"
        "IOM,fts;cm;alt_care,\"Identification of UASC returnees, FTR, interim care\",Yes\n"
        "Noor CWO,cm;pss;fts,Case management and PSS,Partially\n"
        "MSA,edu;pss,Accelerated learning,not yet – planned Q2\n"
        "Aria,case management; pss,Case management and PSS,Yes\n", encoding="utf-8")
    iom, noor, msa, aria = read_file(path, region="AF").services
    assert iom.service_types == ["family_tracing", "case_management", "alternative_care"]
    assert noor.service_types == ["case_management", "mhpss", "family_tracing"] and noor.status == "active"
    assert msa.service_types == ["education", "mhpss"] and msa.status == "inactive"
    assert aria.service_types == ["case_management", "mhpss"]  # words apart by a semicolon stay words


def test_a_4w_with_activity_codes_kreyol_words_and_rows_that_are_no_service(tmp_path):
    path = write_sheets(tmp_path / "ht.xlsx", {"Services": [
        ["Organisation", "Activity Code(s)", "Service Description", "Days/Time", "Statut", "Remarks"],
        ["Fanm Vanyan", "GBV-01", "Gestion de cas / PSS / espace fanm", "8h-16h", "actif", ""],
        ["Foyer Timoun", "CP-04", "Placement temporaire – foyer transitoire pour enfants séparés en attente de "
         "réunification", "24h/24", "Actif", ""],
        ["SWLN", "GBV-04", "Legal aid: counselling, court representation (formal courts & xeer/traditional)", "Sun-Thu",
         "", ""],
        ["Zumunta WDF", "GBV-01", "Mobile GBV team (CM + PSS)", "alternate Wed", "ongoing",
         "Babu WGSS a Gulak tukuna (no WGSS yet)"],
        ["Bay Regional Hospital", "GBV-02", "One Stop Centre", "", "", "Construction done, opening expected May 2024"],
        ["Sous-groupe PE", "", "Formation gestion de cas – 20 travailleurs sociaux, 12-14 déc. 2023", "", "Réalisé", ""],
        ["GBV WG / UNFPA", "", "Training – CMR refresher for 12 health workers", "20-22 Feb", "Completed", ""],
        ["GBV SC monthly meeting", "", "Coordination – 1st Wednesday, UNFPA compound", "", "", ""],
    ]})
    result = read_file(path, region="HT")
    assert [m.field for m in result.tables[0].mapping][1:4] == ["types", "description", "hours"]
    fanm, foyer, legal, mobile, osc = result.services
    assert fanm.service_types == ["case_management", "mhpss", "community_based_protection"]
    assert foyer.service_types == ["alternative_care"]  # awaiting reunification: the tracing is someone else's
    assert legal.service_types == ["legal_aid"]
    assert mobile.service_types == ["case_management", "mhpss"]  # "babu" is Hausa for "there is no"
    assert osc.status == "inactive" and fanm.schedule_text == "8h-16h"
    assert [r.status for r in result.rows[-3:]] == ["not-a-service"] * 3
    assert result.rows[-1].messages[-1].startswith("an activity ('GBV SC monthly meeting'): a training")


def test_retyping_does_not_read_the_name_the_import_made(project, tmp_path):
    """A row with no service name is named from its types and organisation ("Mental health and psychosocial support –
    Federal Neuro-Psychiatric Hospital"); re-typing read that name as the row's words and added health (the
    hospital). A name a person gives the service later is read."""
    path = write_sheets(tmp_path / "ng.xlsx", {"4W": [
        ["LGA", "Implementing Partner", "Activity Code(s)", "Service Description", "Phone No."],
        ["MMC", "Federal Neuro-Psychiatric Hospital (FNPH) Maiduguri", "", "Specialised mental health – psychiatric care",
         "0803 555 0101"],
    ]})
    import_file(project, path)
    (service,) = project.services()
    assert service.service_types == ["mhpss"] and service.type_words[MADE_NAME] == service.name
    assert retype(project, dry_run=True).changed == []
    service.name = "Psychiatric hospital ward"
    with project.change("edit", "renamed in the service editor", user="ana"):
        project.save_service(service)
    assert [c.after for c in retype(project, dry_run=True).changed] == [["mhpss", "health"]]


def test_a_service_stopped_as_a_whole_keeps_its_types(project, tmp_path):
    """"Legal aid" whose remarks say "Phased out Dec 2023 – no legal aid actor currently": the service has stopped,
    not one of its types, so it keeps legal aid, with its status saying it is not offered (before, it had no type
    at all). Where the status stays active, the words stop the type, as before; re-typing reads both the same."""
    path = write_sheets(tmp_path / "so.xlsx", {"Bay (Baidoa)": [
        ["S/N", "District", "Agency", "Service", "Location", "Phone", "Remarks"],
        [9, "Baidoa", "Bay Women Network", "Case management, PSS", "Baidoa", "0618 440 229", "SUSPENDED – no PSS staff"],
        [10, "Baidoa", "Bay Legal Aid Centre", "Legal aid", "Baidoa", "0618 440 230",
         "Phased out Dec 2023 – no legal aid actor currently"],
        [11, "Baidoa", "Baidoa Lawyers", "Legal aid", "Baidoa", "0618 440 231", "No legal aid in Baidoa town"],
    ]})
    result = import_file(project, path)
    by_name = {s.name: s for s in project.services()}
    phased_out = next(s for s in project.services() if s.status == "defunct")
    assert phased_out.service_types == ["legal_aid"]
    assert by_name["Case management, PSS"].service_types == ["case_management"]  # one of two types stopped
    assert by_name["Case management, PSS"].status == "temporarily closed"
    active = next(s for s in project.services() if s.status == "active")
    assert active.service_types == []
    assert any("service type 'legal_aid' left out" in m for m in result.rows[-1].messages)
    assert not any("left out" in m for m in result.rows[-2].messages)
    assert retype(project, dry_run=True).changed == []
