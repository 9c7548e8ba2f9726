"""Teaching a project what the words of its lists mean, and finding the words it does not know yet.

:func:`questions` lists each distinct text of an import (the type column, else the service
name) that gave no type or only an unsure one, with how many rows use it and what ServiceMap
guessed: the wizard's "Service types" page shows them. :func:`teach` stores a person's answer
("Support to survivors" means case management and psychosocial support; "Awareness raising"
means no service type) in the project's taxonomy, where the next import, and
``servicemap retype``, find it. The answer is a phrase of the taxonomy, so it wins over the
shipped synonyms, and the audit records who gave it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from directory.model import Service
from directory.store import Project
from directory.taxonomy import Taxonomy, default_taxonomy
from importers.result import ImportResult
from importers.service_types import REVIEW_BELOW


@dataclass
class TypeQuestion:
    """One distinct text whose types a person should choose or confirm."""

    text: str
    rows: int  # rows of the list that use it
    guessed: list[str] = field(default_factory=list)  # the types ServiceMap read, if any
    confidence: float = 0.0  # the least sure of them (0 when none)
    service_ids: list[str] = field(default_factory=list)


def key_text(service: Service) -> str:
    """The text a person's answer about ``service`` is saved under: what its row says its type is
    (the type column or the activity), else its name."""
    words = service.type_words
    return words.get("type column") or words.get("activity") or service.name


def questions(result: ImportResult | list[Service], taxonomy: Taxonomy | None = None) -> list[TypeQuestion]:
    """The texts of untyped or unsure services that nobody answered yet (in ``taxonomy``), the most
    used first."""
    services = result.services if isinstance(result, ImportResult) else result
    out: dict[str, TypeQuestion] = {}
    for s in services:
        sure = min((src.get("confidence", 1.0) for src in s.type_sources.values()), default=0.0)
        if s.service_types and sure >= REVIEW_BELOW:
            continue
        text = key_text(s)
        if taxonomy is not None and text not in out and taxonomy.phrase(text) is not None:
            continue
        q = out.get(text)
        if q is None:
            q = out[text] = TypeQuestion(text, 0, list(s.service_types), sure if s.service_types else 0.0)
        q.rows += max(len(s.provenance), 1)
        q.service_ids.append(s.id)
    return sorted(out.values(), key=lambda q: (-q.rows, q.text.casefold()))


def own_taxonomy(project: Project) -> Taxonomy:
    """The project's own taxonomy as stored (ServiceMap's, if it has none yet)."""
    own = project.taxonomy_dict()
    return Taxonomy.from_dict(own) if own else default_taxonomy()


def with_answers(taxonomy: Taxonomy, answers: dict[str, list[str]], **about: str) -> Taxonomy:
    """``taxonomy`` where each text of ``answers`` means its codes (none: "not a service type"), as a
    person taught it (``about``: by whom, when). Raises :class:`directory.taxonomy.TaxonomyError`
    for an unknown code or a text without words."""
    for text, codes in answers.items():
        taxonomy = taxonomy.with_phrase(text, list(codes), **about)
    return taxonomy


def meaning(codes: list[str]) -> str:
    return ", ".join(codes) if codes else "no service type"


def record(project: Project, answers: dict[str, list[str]]) -> Taxonomy:
    """Store ``answers`` in the project's taxonomy inside the change running now (an import, or
    :func:`teach_all`'s), each in the audit under that change's user. Returns the new taxonomy."""
    change = project.current_change
    if change is None:
        raise RuntimeError("answers are recorded inside Project.change()")
    before = own_taxonomy(project)
    after = with_answers(before, answers, by=change.user or "someone", at=change.at)
    project.set_taxonomy(after.to_dict())
    for text, codes in answers.items():
        old = before.phrase(text)
        project.log_change("sm_taxonomy", f"phrase:{text.strip()}",
                           {"text": text.strip(), "types": list(old) if old is not None else None},
                           {"text": text.strip(), "types": list(codes)})
    return after


def teach_all(project: Project, answers: dict[str, list[str]], *, user: str | None = None) -> Taxonomy:
    """Store in the project what each text of ``answers`` means (text -> codes), in one change.

    Raises :class:`directory.taxonomy.TaxonomyError` (a one-line message) for an unknown code or a
    text without words, before anything is written. Returns the project's new taxonomy."""
    with_answers(own_taxonomy(project), answers)  # a bad code or an empty text fails before anything is written
    said = "; ".join(f"'{text.strip()}' means {meaning(codes)}" for text, codes in answers.items())
    with project.change("taxonomy", said if len(said) <= 200 else f"{len(answers)} texts taught", user=user):
        return record(project, answers)


def teach(project: Project, text: str, codes: list[str], *, user: str | None = None) -> Taxonomy:
    """Store in the project that ``text`` means ``codes`` (none: "not a service type"), in one change.

    Raises :class:`directory.taxonomy.TaxonomyError` (a one-line message) for an unknown code or a
    text without words. Returns the project's new taxonomy."""
    return teach_all(project, {text: list(codes)}, user=user)
