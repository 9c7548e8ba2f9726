"""Who a service is for, from a "Target group" cell: ages and genders where the words say so.

"Women and girls" is female, of any age; "Children 6-14" is 6 to 14; "Adolescent girls" is female,
10 to 19; "Survivors of GBV" says neither, and is kept as written (the service's eligibility
text). Words in English, French, Spanish, Portuguese, Arabic and Bengali.
"""

from __future__ import annotations

import functools
import re

from directory.synonyms import normalise
from importers.values import parse_ages

# normalised word -> (ages, gender); ages as (minimum, maximum) with None for open
_WORDS: dict[str, tuple[tuple[int | None, int | None] | None, str | None]] = {}


def _add(words: str, ages, gender) -> None:
    for w in words.split():
        _WORDS[normalise(w)] = (ages, gender)


CHILD, ADOLESCENT, ADULT = (0, 17), (10, 19), (18, None)
_add("women woman femmes femme mujeres mujer mulheres mulher نساء النساء امرأة المرأة নারী মহিলা", ADULT, "female")
_add("girls girl filles fille niñas niña meninas menina فتيات الفتيات فتاة মেয়ে কিশোরী", CHILD, "female")
_add("men man hommes homme hombres hombre homens homem رجال الرجال পুরুষ", ADULT, "male")
_add("boys boy garçons garçon niños niño meninos menino فتيان الفتيان صبيان ছেলে কিশোর", CHILD, "male")
_add("children child kids enfants enfant infancia niñez nna crianças criança أطفال الأطفال طفل الطفل শিশু শিশুরা", CHILD, None)
_add("adolescents adolescent adolescence youth jeunes adolescencia jóvenes adolescentes المراهقين المراهقون", ADOLESCENT, None)
_add("adults adult adultes adulte adultos adulto البالغين البالغون প্রাপ্তবয়স্ক", ADULT, None)
_add("everyone all tous toutes todos todas الجميع সবাই সকল", None, "all")


@functools.lru_cache(maxsize=4096)
def parse_target(value: object) -> tuple[int | None, int | None, tuple[str, ...]]:
    """(minimum age, maximum age, genders) a target-group cell says; genders empty means everyone. What it
    does not say stays None (the cell is kept as the service's eligibility text)."""
    if value in (None, ""):
        return None, None, ()
    text = str(value)
    found = []
    for w in normalise(text).split():
        meaning = _WORDS.get(w)
        if meaning is None:
            continue
        if found and found[-1] == (ADOLESCENT, None) and meaning[0] == CHILD:  # "adolescent girls"
            found[-1] = (ADOLESCENT, meaning[1])
        else:
            found.append(meaning)
    genders = {g for _, g in found if g and g != "all"}
    if any(g == "all" for _, g in found) and not genders:
        return None, None, ()
    if re.search(r"\d", text):
        lo, hi, _ = parse_ages(text)
    else:
        spans = [a for a, _ in found if a is not None]
        # "women and girls": every age of that gender; "children" alone: 0-17
        lo = min((a[0] for a in spans), default=None)
        hi = None if any(a[1] is None for a in spans) else max((a[1] for a in spans), default=None)
        if lo == 0 and hi is None:
            lo = None
    order = [g for g in ("female", "male") if g in genders]
    return lo, hi, tuple(order) if len(order) == 1 else ()
