"""Pathway templates: the ordered steps of a concern in one language, as the user edited them.

A template holds, for each step, its title, its note and the service types it lists; the
emergency numbers at the top; and the order the user gave the services of a step (service
ids first, in that order; the rest follow nearest first). A step's empty title or note means
"the translation file's text", so a template saved before a translation was corrected still
picks up the correction. Templates are saved in the project's ``sm_pathway_templates`` table,
one row per (concern, language), inside :meth:`Project.change`.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone

from directory import saved_work
from directory.errors import UserFacingError
from directory.store import Project
from pathways.concerns import check_concern, default_emergency_numbers, default_steps
from pathways.texts import texts


class TemplateError(UserFacingError):
    pass


@dataclass
class StepTemplate:
    key: str
    types: list[str]
    title: str = ""  # empty: the translation file's title
    note: str = ""  # empty: the translation file's note
    order: list[str] = field(default_factory=list)  # service ids shown first, in this order
    hidden: list[str] = field(default_factory=list)  # service ids left off this step

    def shown_title(self, lang: str) -> str:
        return self.title or texts(lang).step_title(self.key)

    def shown_note(self, lang: str) -> str:
        return self.note or texts(lang).step_note(self.key)


@dataclass
class PathwayTemplate:
    concern: str
    lang: str
    steps: list[StepTemplate]
    emergency: list[dict] = field(default_factory=list)  # {"label": key or text, "number": "1098"}
    saved_at: str | None = None

    def to_json(self) -> str:
        d = asdict(self)
        for k in ("concern", "lang", "saved_at"):
            d.pop(k)
        return json.dumps(d, ensure_ascii=False)

    @classmethod
    def from_json(cls, concern: str, lang: str, data: str, saved_at: str | None = None) -> PathwayTemplate:
        try:
            d = json.loads(data)
            steps = [StepTemplate(**s) for s in d["steps"]]
        except (json.JSONDecodeError, KeyError, TypeError) as exc:
            raise TemplateError(
                f"the saved pathway template for {concern}/{lang} is damaged ({exc}). "
                "Reset it to the default in the pathway panel."
            ) from None
        return cls(concern, lang, steps, list(d.get("emergency") or []), saved_at)


def default_template(concern: str, lang: str, country: str | None = None) -> PathwayTemplate:
    """The template ServiceMap ships for ``concern`` in ``lang``."""
    texts(lang)  # fails early, naming the available languages
    steps = [StepTemplate(key, types) for key, types in default_steps(concern)]
    return PathwayTemplate(check_concern(concern), lang, steps, default_emergency_numbers(country))


def load_template(project: Project, concern: str, lang: str) -> PathwayTemplate:
    """The project's saved template, or the default one."""
    row = saved_work.template(project, check_concern(concern), lang)
    if row is None:
        return default_template(concern, lang, project.country)
    return PathwayTemplate.from_json(concern, lang, row[0], row[1])


def save_template(project: Project, template: PathwayTemplate) -> None:
    """Save ``template`` in the project (one change in the audit)."""
    key = f"{template.concern}/{template.lang}"
    with project.change("pathway", f"Pathway steps saved: {key}"):
        template.saved_at = datetime.now(timezone.utc).isoformat(timespec="seconds")
        saved_work.save_template(project, template.concern, template.lang, template.to_json(), template.saved_at)


def reset_template(project: Project, concern: str, lang: str) -> None:
    """Forget the project's edits to a template (back to the default)."""
    key = f"{concern}/{lang}"
    with project.change("pathway", f"Pathway steps reset: {key}"):
        saved_work.delete_template(project, concern, lang)
