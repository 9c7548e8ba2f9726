"""The answers a person gives about a list's words: read into the import that asked, saved with it
(or not at all), and, for a project already imported, taught and re-typed in one run."""

from __future__ import annotations

from pathlib import Path

import pytest

from directory.store import Project
from directory.tasks import Cancelled, InvalidRequest
from directory.taxonomy import TaxonomyError
from importers.pipeline import import_file
from importers.request import ImportRequest, run_import
from importers.teach import own_taxonomy, questions
from importers.teach_request import TeachRequest, open_questions, run_teach
from tests.helpers import small_project

LIST = Path(__file__).parent / "data" / "import" / "free_text.xlsx"  # tests/data/import/make_free_text.py
PROGRAMME, ROUND, FORUM = "Nirapotta Bondhon sessions", "Alo monthly round", "Kishori Forum meet-ups"


@pytest.fixture
def project_path(tmp_path):
    small_project(tmp_path / "p.gpkg", n_services=0).close()
    return tmp_path / "p.gpkg"


def _types(project) -> dict[str, set[tuple[str, ...]]]:
    out: dict[str, set] = {}
    for s in project.services():
        out.setdefault(s.name, set()).add(tuple(s.service_types))
    return out


def test_answers_type_this_import_s_rows_and_are_saved_in_its_change(project_path):
    answers = {PROGRAMME: ["case_management", "mhpss"], ROUND: []}
    run = run_import(ImportRequest(project_path, LIST, taught=answers, user="ana"))
    assert run.result.summary()["imported"] == 12
    with Project.open(project_path) as project:
        types = _types(project)
        assert types[PROGRAMME] == {("case_management", "mhpss")} and types[ROUND] == {()}
        assert types[FORUM] == {()}  # skipped: left without a type
        programme = next(s for s in project.services() if s.name == PROGRAMME)
        assert programme.type_sources["mhpss"]["confidence"] == 1.0  # a person's word, not a guess
        taught = project.audit(f"phrase:{PROGRAMME}")
        assert [(e["kind"], e["user"], e["new"]["types"]) for e in taught] == [
            ("import", "ana", ["case_management", "mhpss"])]
        imported = next(c for c in project.changes() if c.kind == "import")
        assert taught[0]["change_id"] == imported.id  # in the import's own change
        assert own_taxonomy(project).phrase(ROUND) == ()
        asked = {q.text for q in questions(run.result, own_taxonomy(project))}
    assert PROGRAMME not in asked and ROUND not in asked and FORUM in asked  # the next import knows them


def test_a_cancelled_import_teaches_nothing(project_path):
    with Project.open(project_path) as project:
        before = (project.taxonomy_dict(), len(project.changes()))
        calls = []

        def cancel_at_the_save() -> bool:  # the last check is made inside the change, before the commit
            calls.append(1)
            return any("Saving" in m for m in messages)

        messages: list[str] = []
        with pytest.raises(Cancelled):
            import_file(project, LIST, taught={PROGRAMME: ["case_management"]}, user="ana",
                        progress=lambda f, m="": messages.append(m), cancelled=cancel_at_the_save)
        assert calls and (project.taxonomy_dict(), len(project.changes())) == before
        assert project.counts()["services"] == 0


def test_an_unknown_type_in_an_answer_fails_before_anything_is_read(project_path):
    with Project.open(project_path) as project, pytest.raises(TaxonomyError, match="food_security"):
        import_file(project, LIST, taught={PROGRAMME: ["food_security"]})
    with Project.open(project_path) as project:
        assert project.counts()["services"] == 0


def test_teaching_a_project_already_imported_retypes_it_in_one_run(project_path):
    run_import(ImportRequest(project_path, LIST))
    asked = {q.text: q for q in open_questions(project_path)}
    assert {PROGRAMME, ROUND, FORUM} <= set(asked) and asked[PROGRAMME].rows == 3
    with Project.open(project_path) as project:  # a person chose one service's type: it is kept
        chosen = next(s for s in project.services() if s.name == PROGRAMME)
        chosen.service_types = ["education"]
        with project.change("edit", "types chosen in the service editor", user="ben"):
            project.save_service(chosen)
    seen = []
    run = run_teach(TeachRequest(project_path, {PROGRAMME: ["case_management"], ROUND: []}, user="ana"),
                    progress=lambda f, m="": seen.append(f))
    assert len(run.retyped.changed) == 2 and run.retyped.kept == 1
    assert {q.text for q in run.questions} == set(asked) - {PROGRAMME, ROUND}
    assert seen and max(seen) <= 1.0
    with Project.open(project_path) as project:
        assert _types(project)[PROGRAMME] == {("case_management",), ("education",)}
        kinds = [(c.kind, c.user) for c in project.changes()[-2:]]
        assert kinds == [("taxonomy", "ana"), ("retype", "ana")]


def test_a_cancelled_teaching_run_leaves_the_project_as_it_was(project_path):
    run_import(ImportRequest(project_path, LIST))
    with Project.open(project_path) as project:
        before = (project.taxonomy_dict(), len(project.changes()), _types(project))
    with pytest.raises(Cancelled):
        run_teach(TeachRequest(project_path, {PROGRAMME: ["case_management"]}), cancelled=lambda: True)
    with Project.open(project_path) as project:
        assert (project.taxonomy_dict(), len(project.changes()), _types(project)) == before


def test_a_teach_request_says_what_is_wrong(project_path, tmp_path):
    with pytest.raises(InvalidRequest, match="nothing to teach"):
        TeachRequest(project_path, {}).validate()
    with pytest.raises(InvalidRequest, match="no such project"):
        TeachRequest(tmp_path / "none.gpkg", {"x": []}).validate()
    with pytest.raises(InvalidRequest, match="without words"):
        TeachRequest(project_path, {"  ": ["case_management"]}).validate()
