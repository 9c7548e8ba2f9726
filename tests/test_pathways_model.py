"""Pathway content: which services an area gets, staleness, confidentiality, templates and texts."""

from __future__ import annotations

import csv
import io
import json

import pytest

import resources
from directory.errors import UserFacingError
from pathways.build import build_pathways
from pathways.concerns import CONCERNS, default_steps
from pathways.directory_snapshot import DirectorySnapshot
from pathways.model import build_pathway
from pathways.qr import vcard
from pathways.sms import segments, sms_length, segment_limit
from pathways.table import csv_text
from pathways.templates import default_template, load_template, reset_template, save_template
from pathways.texts import LANGUAGES, texts
from tests.pathway_fixtures import OLD, SAFE_HOUSE_ADDRESS, SAFE_HOUSE_SITE, pathway_project


@pytest.fixture
def project(tmp_path):
    p = pathway_project(tmp_path / "p.gpkg")
    yield p
    p.close()


def names(pathway) -> set[str]:
    return {e.service for s in pathway.steps for e in s.all_entries}


def test_an_area_gets_its_own_nearby_and_covering_services_only(project):
    pw = build_pathway(DirectorySnapshot.read(project), "BDX01", default_template("general", "en", "BGD"))
    got = names(pw)
    assert {"Alpha case management", "Alpha clinic", "Border clinic", "Division helpline"} <= got
    assert "Bravo far case management" not in got  # 40 km: beyond the 10 km case-management threshold
    assert "Charlie legal aid" not in got  # far district
    assert "Closed clinic" not in got  # inactive
    health = next(s for s in pw.steps if s.key == "health")
    assert [e.service for e in health.all_entries] == ["Alpha clinic", "Border clinic"]  # in the area first
    assert health.all_entries[1].where == "5 km away"
    helpline = next(e for e in pw.entries if e.service == "Division helpline")
    assert helpline.where == "covers this area"


def test_the_far_district_does_not_get_the_near_ones(project):
    pw = build_pathway(DirectorySnapshot.read(project), "BDX03", default_template("general", "en", "BGD"))
    assert names(pw) == {"Charlie legal aid", "Division helpline"}


def test_a_confidential_service_has_no_place_anywhere(project):
    rendered = build_pathways(project, ["BDX01"], "gbv", "en", maps="svg")
    pw = rendered[0].pathway
    shelter = [e for e in pw.entries if e.confidential]
    assert len(shelter) == 1
    e = shelter[0]
    assert e.service == "Safe shelter" and e.phones == ["+8801700555199"]
    assert e.referral == "Through the case manager only"
    assert (e.site, e.address, e.latitude, e.longitude, e.where) == ("", "", None, None, "")
    from pathways.html import document

    html = document(rendered)
    text = html + csv_text([pw]) + vcard(pw)
    for secret in (SAFE_HOUSE_ADDRESS, SAFE_HOUSE_SITE, "Hidden shelter", "90.11", "22.11"):
        assert secret not in text
    assert "01700-555199" in html  # the contact route is printed


def test_staleness_marks_and_count(project):
    pw = build_pathway(DirectorySnapshot.read(project), "BDX01", default_template("general", "en", "BGD"))
    stale = {e.service for e in pw.entries if e.stale}
    assert stale == {"Alpha clinic", "Border clinic"}  # verified 400 days ago, and never
    assert pw.stale_count == 2
    longer = build_pathway(DirectorySnapshot.read(project), "BDX01", default_template("general", "en", "BGD"), stale_months=24)
    assert {e.service for e in longer.entries if e.stale} == {"Border clinic"}
    from pathways.html import RenderedPathway, document

    html = document([RenderedPathway(pw)])
    assert f"NOT VERIFIED SINCE {OLD}" in html and "NEVER VERIFIED" in html
    assert "2 of 5 services not verified in the last 6 months" in html


def test_emergency_numbers_come_first(project):
    pw = build_pathway(DirectorySnapshot.read(project), "BDX01", default_template("general", "fr", "BGD"))
    assert pw.emergency[:2] == [("Ligne d'assistance aux enfants", "1098"), ("Police / urgences", "999")]
    from pathways.html import RenderedPathway, document

    html = document([RenderedPathway(pw)])
    assert html.index("1098") < html.index('class="flow"')


def test_templates_are_saved_in_the_project_and_change_the_page(project):
    template = load_template(project, "gbv", "en")
    assert template.saved_at is None and [s.key for s in template.steps] == [k for k, _ in default_steps("gbv")]
    health = next(s for s in template.steps if s.key == "health_72h")
    health.title = "Clinic — go within 72 hours"
    snapshot = DirectorySnapshot.read(project)
    ids = {e.service: e.service_id for e in build_pathway(snapshot, "BDX01", template).entries}
    health.order = [ids["Border clinic"]]  # the user moved it up
    template.steps.reverse()
    save_template(project, template)
    again = load_template(project, "gbv", "en")
    assert again.saved_at and again.steps[-1].key == "safety"
    pw = build_pathway(DirectorySnapshot.read(project), "BDX01", again)
    step = next(s for s in pw.steps if s.key == "health_72h")
    assert step.title == "Clinic — go within 72 hours"
    assert [e.service for e in step.all_entries] == ["Border clinic", "Alpha clinic"]
    assert any(c.kind == "pathway" for c in project.changes())
    assert project.audit("gbv/en")
    reset_template(project, "gbv", "en")
    assert load_template(project, "gbv", "en").saved_at is None


def test_every_language_file_has_every_text():
    english = json.loads(resources.path("pathways/en.json").read_text(encoding="utf-8"))

    def keys(d, prefix=""):
        for k, v in d.items():
            if isinstance(v, dict):
                yield from keys(v, f"{prefix}{k}.")
            else:
                yield f"{prefix}{k}"

    wanted = set(keys(english))
    for lang in LANGUAGES:
        data = json.loads(resources.path(f"pathways/{lang}.json").read_text(encoding="utf-8"))
        assert set(keys(data)) == wanted, lang
        for concern in CONCERNS:
            assert texts(lang).concern(concern) != f"concerns.{concern}"
    assert texts("ar").rtl and not texts("bn").rtl
    with pytest.raises(UserFacingError, match="available: en, fr, es, ar, bn"):
        texts("xx")


def test_a_portuguese_pathway_prints_portuguese_steps_and_types(project):
    """Portuguese (Mozambique, Angola, Guinea-Bissau, Brazil): the steps, the labels and the service types."""
    pw = build_pathway(DirectorySnapshot.read(project), "BDX01", default_template("general", "pt", "BGD"))
    titles = [s.title for s in pw.steps]
    assert titles[:2] == ["Segurança imediata", "Primeiro contacto: gestão de casos"]
    functions = {e.function for s in pw.steps for e in s.all_entries}
    assert {"Gestão de casos", "Linhas de ajuda"} <= functions
    assert texts("pt").get("labels.free") == "gratuito"


def test_a_project_made_before_a_language_gets_its_type_labels_from_servicemap():
    """A project keeps its own copy of the taxonomy: one made before ServiceMap spoke Portuguese has no
    Portuguese labels, and its pathways would print the types in English. Its own labels stay its own."""
    from directory.taxonomy import default_taxonomy, project_taxonomy

    own = default_taxonomy().to_dict()
    for t in own["types"]:
        t["labels"].pop("pt"), t["description"].pop("pt")
    own["types"][0]["labels"]["fr"] = "Suivi de cas"  # the project's own word
    taxonomy = project_taxonomy(own)
    assert taxonomy.label("case_management", "pt") == "Gestão de casos"
    assert taxonomy.get("case_management").description("pt").startswith("Um/a gestor/a de casos")
    assert taxonomy.label("case_management", "fr") == "Suivi de cas"


def test_service_text_in_the_pathway_language_where_the_project_holds_it(tmp_path):
    from tests.helpers import small_project

    project = small_project(tmp_path / "s.gpkg", confidential=False)
    with project:
        service = next(s for s in project.services() if s.name == "Case management 0")
        service.extra = {"name (bn)": "কেস ম্যানেজমেন্ট ০"}
        with project.change("edit"):
            project.save_service(service)
        snap = DirectorySnapshot.read(project)
        bn = build_pathway(snap, "BD2022", default_template("general", "bn"))
        en = build_pathway(snap, "BD2022", default_template("general", "en"))
    assert "কেস ম্যানেজমেন্ট ০" in {e.service for e in bn.entries}
    assert "Case management 0" in {e.service for e in en.entries}


def test_sms_segments_fit_one_message_each(project):
    for lang in ("en", "bn"):
        pw = build_pathway(DirectorySnapshot.read(project), "BDX01", default_template("general", lang, "BGD"))
        parts = segments(pw)
        assert len(parts) >= 2
        for part in parts:
            assert sms_length(part) <= segment_limit(part)
        assert "1098" in parts[0]
        assert segment_limit(parts[0]) == (160 if lang == "en" else 70)
        joined = "".join(parts)
        assert "+8801700555199" in joined and SAFE_HOUSE_ADDRESS not in joined


def test_csv_has_one_row_per_entry_and_no_hidden_place(project):
    pw = build_pathway(DirectorySnapshot.read(project), "BDX01", default_template("general", "en", "BGD"))
    rows = list(csv.DictReader(io.StringIO(csv_text([pw]))))
    assert len(rows) == sum(len(s.all_entries) for s in pw.steps)
    safe = [r for r in rows if r["confidential"] == "yes"]
    assert safe and all(r["latitude"] == r["longitude"] == r["address"] == r["site"] == "" for r in safe)
    clinic = next(r for r in rows if r["service"] == "Alpha clinic")
    # a cell starting with "+" would run as a formula in a spreadsheet: kept as text with an apostrophe
    assert clinic["stale"] == "yes" and clinic["phones"] == "'+8801700555102" and clinic["area_pcode"] == "BDX01"


def test_docx_holds_the_numbers(project, tmp_path):
    from docx import Document

    from pathways.docx_export import write_docx

    pw = build_pathway(DirectorySnapshot.read(project), "BDX01", default_template("general", "ar", "BGD"))
    out = write_docx([pw], tmp_path / "p.docx")
    text = "\n".join(p.text for p in Document(out).paragraphs)
    assert "01700-555101" in text and "مسار الإحالة" in text
    assert SAFE_HOUSE_ADDRESS not in text


def test_qr_vcard_carries_the_emergency_numbers(project):
    pw = build_pathway(DirectorySnapshot.read(project), "BDX01", default_template("general", "en", "BGD"))
    card = vcard(pw)
    assert card.startswith("BEGIN:VCARD") and "TEL:1098" in card and "TEL:999" in card
    assert "TEL:+8801700555101" in card


def test_unknown_area_and_concern_are_user_errors(project):
    with pytest.raises(UserFacingError, match="BDX09"):
        build_pathways(project, ["BDX09"])
    with pytest.raises(UserFacingError, match="unknown concern"):
        default_template("floods", "en")


def test_build_reports_progress_and_stops_when_cancelled(project):
    seen = []
    build_pathways(project, ["BDX01", "BDX02"], maps="svg", progress=lambda f, m: seen.append((f, m)))
    assert seen == [(0.5, "Alpha"), (1.0, "Bravo")]
    from directory.tasks import Cancelled

    with pytest.raises(Cancelled):
        build_pathways(project, ["BDX01"], cancelled=lambda: True)


def test_fit_trims_services_per_step_to_fit_one_page(project):
    from pathways.fit import fit_to_page

    pw = build_pathway(DirectorySnapshot.read(project), "BDX01", default_template("general", "en", "BGD"), max_per_step=3)
    fit_to_page(pw, "A4")
    assert all(s.more == 0 for s in pw.steps)  # a small pathway keeps everything
    big = build_pathway(DirectorySnapshot.read(project), "BDX01", default_template("general", "en", "BGD"), max_per_step=3)
    for step in big.steps:
        step.all_entries = step.all_entries * 4  # as if each step had many services
        step.entries = step.all_entries[:3]
    counts = fit_to_page(big, "A4")
    assert all(k >= min(1, len(s.all_entries)) for k, s in zip(counts, big.steps))
    assert sum(counts) < sum(min(3, len(s.all_entries)) for s in big.steps)
    assert all(s.more == len(s.all_entries) - len(s.entries) for s in big.steps)
    assert sum(fit_to_page(big, "Letter")) <= sum(counts)  # a shorter page holds no more


def test_sms_lists_an_organisation_number_once_per_step():
    from types import SimpleNamespace

    from pathways.sms import pathway_lines

    police = SimpleNamespace(phones=["999"], confidential=False, organisation="District Police", function="Police")
    step = SimpleNamespace(title="Immediate safety", entries=[police, police])
    texts = SimpleNamespace(concern=lambda code: "Child protection")
    pathway = SimpleNamespace(area_name="Cox's Bazar", texts=texts, concern="general",
                              emergency=[], steps=[step])
    assert pathway_lines(pathway).count("- District Police: 999") == 1
