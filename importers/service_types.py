"""Service types from all the text a row has: the type column, the service name, the activity,
the sub-sector, the description and the sector.

A type column that names types decides alone. Otherwise (no type column, or one that only names
a sector such as "Child protection") the types come from the other texts together. The row's
sectors narrow what words mean ("safe space", "shelter") and which types are expected; a type
outside them, one read only from a description, or one that only the sector implies, is kept
with a low confidence and shown for review. Words after "referral to" or "next to" name other
services, and are skipped; a type the text says has stopped or is not offered ("PSS suspended since
March", "no longer offering legal aid", "CM only (no shelter)") is left out of the row, whichever of
its texts names it otherwise, and kept in :attr:`TypesFound.stopped` for the row's report. A KoBo
choice list in the type column ("cm pss altcare docs") is read code by code. Each type keeps how it
was found and how sure ServiceMap is.

:class:`TypeFinder` caches per distinct text, so a 100,000-row list costs a few hundred lookups.
"""

from __future__ import annotations

import functools
import json
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field

from directory.sectors import Sectors, default_sectors
from rapidfuzz import fuzz, process

from directory.synonyms import Hit, SynonymMatcher, any_of, normalise, phrase_key
from directory.taxonomy import Taxonomy

#: How sure a type is, by the text it was read from.
CONFIDENCE = {"person": 1.0, "type column": 1.0, "service name": 0.9, "activity": 0.9, "sub-sector": 0.8,
              "sector": 0.8, "description": 0.75, "organisation": 0.6}
#: The texts a row's types are read from (after the type column), surest first.
TEXT_SOURCES = ("service name", "activity", "sub-sector", "description")
IMPLIED = 0.6  # a type only the sector implies
ADDED = 0.6  # a type only the description adds to those the type column or the name gave
OUTSIDE_SECTOR = 0.7  # factor for a type the row's sectors do not expect
REVIEW_BELOW = 0.7  # types less sure than this are shown for review
_TYPO_LENGTH, _TYPO_SCORE = 8, 88  # a word this long, this near a one-word synonym, is read as a slip of it


@dataclass(frozen=True)
class TypesFound:
    """The types of one row, how each was found, and the sectors the row names."""

    codes: tuple[str, ...] = ()
    sources: dict[str, dict] = field(default_factory=dict)  # code -> {"how": ..., "confidence": ...}
    sectors: tuple[str, ...] = ()
    settled: bool = False  # a person taught what its words mean (perhaps: no service type)
    stopped: tuple[str, ...] = ()  # types the row's text says are suspended or not offered (left out of codes)
    stopped_sources: dict[str, dict] = field(default_factory=dict)  # how those the row named as offered were found

    @property
    def to_review(self) -> tuple[str, ...]:
        """Types less sure than :data:`REVIEW_BELOW`."""
        return tuple(c for c in self.codes if self.sources[c]["confidence"] < REVIEW_BELOW)

    def whole_service_stopped(self, status: str) -> bool:
        """Whether the row's words stop every type it names, of a service whose status says it is not offered
        today ("Legal aid", remarks "Phased out Dec 2023 – no legal aid actor currently"): the service has
        stopped, not one of its types, and it keeps them (:meth:`kept`)."""
        return status != "active" and not self.codes and bool(self.stopped_sources)

    def keeping(self, codes: set[str]) -> TypesFound:
        """These types with those of ``codes`` that the row named and its words stopped kept, as they were found."""
        kept = {c: how for c, how in self.stopped_sources.items() if c in codes}
        sources = {**self.sources, **kept}
        return TypesFound(tuple(sources), sources, self.sectors, self.settled,
                          tuple(c for c in self.stopped if c not in kept),
                          {c: how for c, how in self.stopped_sources.items() if c not in kept})

    def kept(self) -> TypesFound:
        """These types with those the row named and its words stopped kept, as they were found."""
        sources = {**self.sources, **self.stopped_sources}
        return TypesFound(tuple(sources), sources, self.sectors, self.settled)


def _fold(text: str) -> str:
    """Lower case without Latin accents (so cue words match with or without them)."""
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFD", text.casefold())
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if not 0x300 <= ord(c) < 0x370))


#: Two or three capitals closing an organisation's name are its place's ("DINAF – SPS": San Pedro Sula, not
#: "soutien psychosocial"): when they spell a type's short name they say nothing of its services. Opening it,
#: they are its own ("FSU – Kenema", a family support unit).
_INITIALS = re.compile(r"(?<=\w)(?:\s*[–—-]\s*|\s+)([A-Z]{2,3})\s*$")


@functools.lru_cache(maxsize=1)
def _other_services() -> re.Pattern:
    """Spans of text that name other services than the row's own (referrals, landmarks)."""
    cues = _cues()
    word = r"[^\s.;,\n()\[\]|&+/]+"

    def cue(text: str) -> str:  # "…" stands for up to five words
        return r"\s+(?:\S+\s+){0,5}".join(r"\s+".join(map(re.escape, part.split()))
                                         for part in _fold(text).split("…"))

    def alternation(words):
        return "|".join(map(cue, sorted(words, key=len, reverse=True)))

    clause = r"(?:[^.;\n()\[\]|]|\([^()]*\))*"  # to the end of the clause, with what it says in brackets
    return re.compile(
        # "referrals (health, legal)"; not a name's "… d'orientation (CTO)"
        rf"(?<!\w)(?<!d')(?<!d’)(?<!de )(?:{alternation(cues['listed_after'])})\s*(?:\([^()]*\)|:{clause})"
        rf"|(?<!\w)(?:{alternation(cues['referral'])})(?!\w){clause}"
        rf"|(?<!\w)(?:{alternation(cues['nearby'])})(?!\w)(?:\s+{word}){{1,4}}"
        rf"|(?:{word}\s+){{1,3}}(?<!ও\s)(?<!এবং\s)(?:{alternation(cues['before'])})"  # not "… ও রেফারেল": and referral
        rf"|(?<!\w)(?!(?:and|et|y|or|ou|o)\s){word}\s+(?:{alternation(cues['before_one'])})(?!\w)"
        rf"(?:\s+(?:pathways?\s+)?(?:to|for)(?!\w){clause})?")


def own_text(text: str) -> str:
    """``text`` without the words that name other services ("… referral to legal aid")."""
    if not text:
        return ""
    folded = _fold(text)
    return _other_services().sub(" ; ", folded) if _other_services().search(folded) else folded


@functools.lru_cache(maxsize=1)
def _cues() -> dict:
    import resources

    return json.loads(resources.path("type_cues.json").read_text(encoding="utf-8"))


@functools.lru_cache(maxsize=1)
def _stop_words() -> tuple[re.Pattern, frozenset[str], frozenset[str], frozenset[str], re.Pattern, frozenset[str]]:
    """A pattern finding the words that say a service stopped or is not offered (in normalised text),
    the cues that look ahead of them ("no longer offering"), those that look behind ("suspended"), and
    the words that may stand between such a cue and the type it stops ("PSS activities suspended"), and a
    quick test of the text as :func:`own_text` gives it for the first word of any cue, and the cues
    saying a service was never offered ("no shelter") rather than stopped ("shelter suspended")."""
    cues = _cues()
    before = frozenset(filter(None, (normalise(c) for c in cues["stopped_before"])))
    after = frozenset(filter(None, (normalise(c) for c in cues["stopped_after"])))
    glue = frozenset(normalise(w) for w in cues["stopped_glue"])
    never = frozenset(filter(None, (normalise(c) for c in cues["stopped_never"])))
    words = sorted(before | after, key=len, reverse=True)
    pattern = re.compile(r"(?<!\S)(?:" + "|".join(map(re.escape, words)) + r")(?!\S)(?! \d)")
    firsts = {w.split()[0] for w in words} | {_fold(c).split()[0] for c in cues["stopped_before"] + cues["stopped_after"]}
    gate = re.compile(rf"(?<!\w){any_of(firsts)}(?!\w)")
    return pattern, before, after, glue, gate, never


@functools.lru_cache(maxsize=1)
def _not_services() -> tuple[re.Pattern, frozenset[str], re.Pattern, re.Pattern]:
    """The pattern of ``not_services`` (normalised; '…' up to four words) and their first words (as typed
    and normalised); the pattern of ``not_services_inside`` and the one of the words that must be in a name
    for it to be searched (each phrase's longest word, as typed and normalised)."""
    def pattern_of(phrase: str) -> str:
        return r"(?:\S+ ){0,4}".join(re.escape(normalise(part)) + " " for part in phrase.split("…"))[:-1]

    cues = _cues()
    phrases, inside = cues["not_services"], cues["not_services_inside"]
    firsts = {w.split()[0].casefold() for w in phrases} | {normalise(w).split()[0] for w in phrases}
    begins = sorted({pattern_of(w) for w in phrases}, key=len, reverse=True)
    within = sorted({pattern_of(w) for w in inside}, key=len, reverse=True)
    hints = {max(w.casefold().split(), key=len) for w in inside} | {max(normalise(w).split(), key=len) for w in inside}
    return (re.compile(r"(?:" + "|".join(begins) + r")(?!\S)"), frozenset(firsts),
            re.compile(r"(?<!\S)(?:" + "|".join(within) + r")(?!\S)"),
            re.compile("|".join(map(re.escape, sorted(hints)))))


@functools.lru_cache(maxsize=1)
def _alone() -> tuple[frozenset[str], frozenset[str]]:
    """``not_services_alone`` of type_cues.json, normalised, and their first words (as typed and normalised)."""
    words = _cues().get("not_services_alone", [])
    return (frozenset(normalise(w) for w in words),
            frozenset(w.casefold().split()[0] for w in words) | frozenset(normalise(w).split()[0] for w in words))


_ACTIVITY_CODE = re.compile(r"^[A-Za-z]{2,5}[-.]?\d+(?:\.\d+)*[a-z]?\s+")


@functools.lru_cache(maxsize=8192)  # asked of each row's name and description: lists repeat them
def no_service(text: str) -> bool:
    """Whether a 4W activity is no service a person can be referred to ("Capacity building for social
    workers", "Coordination meeting – GBV sub-working group", "Réunion de coordination", "CP AoR
    sub-national coordination meeting"): how it begins (``not_services`` of type_cues.json), or words
    it holds anywhere (``not_services_inside``). Most names are ruled out by their first word, and by
    holding none of a few words, alone."""
    if not text:
        return False
    text = _ACTIVITY_CODE.sub("", text, count=1) or text  # a 4W's "GBV-2.1 Dignity kits distribution"
    text = text.lstrip("•·▪◦*-–— \t\n") or text  # a bulleted cell: "• Training of nurses on CMR"
    begins, firsts, inside, hints = _not_services()
    folded = text.casefold()
    first = folded.split(None, 1)[0].strip("\"'“”«»()[].,:;-–—")
    alone, alone_firsts = _alone()
    if first in alone_firsts and (normalise(text) in alone or "/" in text and all(  # "Training", "Meeting": all the
            normalise(part) in alone for part in text.split("/") if part.strip())):  # cell says ("توعية / Awareness")
        return True
    if first in firsts and begins.match(normalise(text)) is not None:
        return True
    return hints.search(folded) is not None and inside.search(normalise(text)) is not None


#: The type words' key for a name the import made from a row's types and organisation ("Case management – Hope
#: Foundation"), which re-typing does not read as the row's words.
MADE_NAME = "name made from types"


def type_column_text(typed: str, sheet: str = "", marked: Sequence[str] = (), first: str = "",
                     more: Sequence[str] = ()) -> str:
    """What a row's type column says, as the import reads it and re-typing reads it again: its type cell, the
    sheet's name where it names the type ("Refugios"), the headers of the row's marked columns; with "Service 2"
    … columns (``more``), the first service's name (``first``) and theirs too."""
    text = " ; ".join(x for x in (typed, sheet, *marked) if x)
    if more:
        text = " ; ".join(dict.fromkeys(x for x in (text, first, *more) if x))
    return text


@functools.lru_cache(maxsize=4096)
def is_choice_list(text: str) -> bool:
    """Whether ``text`` is a KoBo choice list ("cm pss altcare", "legal_aid med"), not words."""
    if not text or not _CHOICE_LIST.fullmatch(text.lower()) or not (text.islower() or text.isupper()):
        return False  # "Case Management" is words; "cm pss" and "CM PSS ALTCARE" may be choices
    codes = _cues()["choice_codes"]
    return any(t in codes or "_" in t for t in _CHOICES_APART.split(text.lower().strip()))  # "case management": words


@functools.lru_cache(maxsize=4096)
def choice_words(text: str) -> str:
    """A KoBo choice list ("cm pss altcare docs", "legal_aid med") in words the taxonomy knows, one
    choice per part ("cm ; pss ; alternative care ; civil documentation"); other text as it is."""
    if not is_choice_list(text):
        return text
    codes = _cues()["choice_codes"]
    tokens = _CHOICES_APART.split(text.lower().strip())
    return " ; ".join(codes.get(t) or " ".join(codes.get(w, w) for w in t.split("_") if w) for t in tokens)


@functools.lru_cache(maxsize=4096)
def _type_column_words(text: str) -> str:
    """A type column's text with each KoBo choice list in it in words (see :func:`choice_words`)."""
    return " ; ".join(choice_words(part) for part in text.split(" ; "))


_LINE_WORD = re.compile(r"(?<!\w)(?:linea|ligne|line|linha|خط|লাইন)(?!\w)")  # as own_text folds them
#: Choices apart by spaces ("cm pss altcare"), or by semicolons or commas as a sheet's export writes them
#: ("fts;cm;alt_care"; not "case management; pss", whose parts are words).
_CHOICE_LIST = re.compile(r"[a-z0-9_]+(?: [a-z0-9_]+)*|[a-z0-9_]+(?: ?[;,] ?[a-z0-9_]+)+")
_CHOICES_APART = re.compile(r"\s*[;,]\s*|\s+")
#: "Línea 141", "ligne 116", "خط 1098": a telephone line named by its number is a helpline.
_NUMBERED_LINE = re.compile(r"(?<!\S)(?:linea|ligne|line|linha|خط|লাইন)(?: \S+)? (\d{3,6})(?!\S)")


_CLAUSE_END = re.compile(r"[;,.:!?|\n\r\t،؛؟।]+")


def _clauses(text: str, norm: str) -> list[tuple[int, int, str]]:
    """Each clause of ``text`` (split where :data:`_CLAUSE_END` marks stand) as where it starts and ends in
    ``norm`` (``text`` normalised) and the marks after it ("" after the last); [] where a clause cannot be
    found in ``norm``."""
    pieces, ends = _CLAUSE_END.split(text), _CLAUSE_END.findall(text)
    out, at = [], 0
    for i, piece in enumerate(pieces):
        part = normalise(piece)
        if not part:
            continue
        start = norm.find(part, at)
        if start < 0:
            return []
        at = start + len(part)
        out.append((start, at, ends[i] if i < len(ends) else ""))
    return out


def _clause_starts(clauses: list[tuple[int, int, str]], norm: str) -> list[int]:
    """Where, in ``norm``, each of the :func:`_clauses` after the first begins ("PSS suspended; CM continues":
    the stop word does not reach over the semicolon); none unless the clauses make up all of ``norm``."""
    if len(clauses) < 2 or " ".join(norm[a:b] for a, b, _ in clauses) != norm:
        return []
    return [a for a, _, _ in clauses[1:]]


def _stopped_hits(text: str, norm: str, hits: list[Hit]) -> dict[int, bool]:
    """Indexes of the hits that a stop word says are not offered: right after a cue that looks ahead
    ("no longer offering legal aid", "sin albergue"), or right before one that looks behind ("PSS
    suspended since March"), with only glue words between and in the same clause; a list of types
    ("CM or PSS", "CM & PSS suspended") goes together. Each index says whether the service was never
    offered ("no shelter") rather than stopped ("shelter suspended")."""
    pattern, before, after, glue, _, never_cues = _stop_words()
    out: dict[int, bool] = {}
    if not hits or not pattern.search(norm):
        return out
    clauses = _clauses(text, norm)
    starts = _clause_starts(clauses, norm)
    # "no trained doctor? please confirm" asks whether the service is there, it does not say it is not
    asked = [(a, b) for a, b, marks in clauses if "?" in marks or "؟" in marks]

    def joined(a: int, b: int) -> bool:
        return a <= b and all(w in glue for w in norm[a:b].split()) and not any(a < c <= b for c in starts)

    for m in pattern.finditer(norm):
        cue = m.group()
        if any(a <= m.start() < b for a, b in asked):
            continue  # "no trained doctor?": a question, not a service stopped
        never = cue in never_cues
        if cue in before:
            at = m.end()
            for i, h in enumerate(hits):
                if h.start >= at:
                    if not joined(at, h.start):
                        break
                    out[i] = out.get(i, True) and never
                    at = h.end
        if cue in after:
            at = m.start()
            for i in range(len(hits) - 1, -1, -1):
                h = hits[i]
                if h.end <= at:
                    if not joined(h.end, at):
                        break
                    out[i] = out.get(i, True) and never
                    at = h.start
    return out


class TypeFinder:
    """Reads the types of rows with one taxonomy (a project's, with what people taught it)."""

    def __init__(self, taxonomy: Taxonomy, sectors: Sectors | None = None):
        self.taxonomy = taxonomy
        self.sectors = sectors or default_sectors()
        self._taught = {phrase_key(normalise(p["text"])) for p in taxonomy.meta.get("phrases", []) if p.get("by")}
        # "écoute" in a text that names a helpline is the helpline's: word -> {type that absorbs it}; "counselling"
        # is legal aid's in its clause ("Legal aid & counselling"), after its colon, or when another cell names it
        self._absorbed: dict[str, dict[str, None]] = {}
        self._after_colon: set[tuple[str, str]] = set()  # (word, type) absorbed only after the type's colon
        for t in taxonomy:
            for word in (*t.absorbs, *t.absorbs_after_colon):
                self._absorbed.setdefault(normalise(word), {})[t.code] = None
            self._after_colon |= {(normalise(word), t.code) for word in t.absorbs_after_colon}
        self._absorbers = frozenset(code for codes in self._absorbed.values() for code in codes)
        self._short_names = frozenset(s for s in taxonomy.matcher.entries if len(s) <= 3 and " " not in s)
        self._matchers: dict[tuple[str, ...], SynonymMatcher] = {(): taxonomy.matcher}
        self._long: dict[str, tuple[str, ...]] | None = None  # one-word synonyms long enough for typo matching
        self._typos: dict[str, str | None] = {}
        self._sector_cache: dict[tuple[str, bool], tuple[str, ...]] = {}
        self._hits_cache: dict[tuple, tuple] = {}
        self._cache: dict[tuple, TypesFound] = {}
        self._column_cache: dict[tuple[str, str, str], tuple] = {}

    def sectors_in(self, text: str, *, in_type_column: bool = False) -> tuple[str, ...]:
        """The sectors ``text`` names, where its words do not name a service type instead.

        In a sector column "Health" is the health sector, but "Safe shelter" is a type (not the
        Shelter sector) and so is "Legal aid"; in a type column, "Health" and "Shelter" are types
        and only words such as "Child protection" or "GBV" name sectors."""
        key = (text, in_type_column)
        found = self._sector_cache.get(key)
        if found is None:
            types = [(h.start, h.end) for h in self.taxonomy.matcher.find(text) if h.codes] if text else []

            def typed(h) -> bool:
                return any(a <= h.start and h.end <= b and (in_type_column or b - a > h.end - h.start)
                           for a, b in types)

            found = tuple(dict.fromkeys(c for h in self.sectors.matcher.find(text) if not typed(h) for c in h.codes)
                          ) if text else ()
            self._sector_cache[key] = found
        return found

    def matcher(self, sectors: tuple[str, ...] = ()) -> SynonymMatcher:
        """The taxonomy's matcher, with what words mean inside ``sectors``."""
        m = self._matchers.get(sectors)
        if m is None:
            m = self._matchers[sectors] = self.taxonomy.matcher.with_entries(self.sectors.words(sectors))
        return m

    def own_hits(self, text: str, sectors: tuple[str, ...] = ()) -> tuple[str, list[Hit], list[tuple[Hit, bool]]]:
        """``text`` without the words naming other services (as :func:`own_text` gives it), the synonyms
        it names as this service's own, and those it says are stopped or not offered, each with whether
        it was never offered ("no shelter") rather than stopped ("shelter suspended")."""
        own = own_text(text)
        hits = self.matcher(sectors).find(own)
        hits += self._misspelt(own, hits)
        numbered = _LINE_WORD.search(own) is not None and "helpline" in self.taxonomy
        if not numbered and not (hits and _stop_words()[4].search(own)):
            return own, hits, []  # almost every text: no stop word, no number
        hits = sorted({(h.start, h.end, h.codes): h for h in hits}.values(), key=lambda h: (h.start, -h.end))
        norm = normalise(own)
        if numbered and (number := _NUMBERED_LINE.search(norm)):
            hits.append(Hit(number.start(), number.end(), ("helpline",), number.group()))
        stopped = _stopped_hits(own, norm, hits)
        if not stopped:
            return own, hits, []
        for i, h in enumerate(hits):  # and what the part scans found inside them
            if i not in stopped:
                inside = [never for j, never in stopped.items() if hits[j].start <= h.start and h.end <= hits[j].end]
                if inside:
                    stopped[i] = all(inside)
        return (own, [h for i, h in enumerate(hits) if i not in stopped],
                [(hits[i], stopped[i]) for i in sorted(stopped)])

    def _codes(self, text: str, sectors: tuple[str, ...], named_before: frozenset[str] = frozenset()
               ) -> tuple[tuple[tuple[str, bool], ...], bool, tuple[str, ...]]:
        """(code, taught by a person) for each type ``text`` names under the row's sectors, whether
        a person taught what some of its words mean, and the types it says are not offered. A word a type
        absorbs ("écoute" for a helpline) is that type's when ``text`` or ``named_before`` (the types the
        row's other cells named) names it; one it absorbs after its colon ("Legal aid: counselling"), when
        ``named_before`` names it, or ``text`` names it before the word in the same clause or before a colon."""
        key = (text, sectors, named_before)
        found = self._hits_cache.get(key)
        if found is None:
            codes, settled = {}, False
            own, hits, stopped_hits = self.own_hits(text, sectors)
            named = {c for h in hits for c in h.codes} | (named_before - {c for h, _ in stopped_hits for c in h.codes})
            colons = None
            for hit in hits:
                taught = phrase_key(hit.words) in self._taught
                settled = settled or taught
                absorbers = self._absorbed.get(hit.words, {}).keys() & named
                if any((hit.words, c) in self._after_colon for c in absorbers - named_before):
                    if colons is None:  # named in this text: only what follows it in its clause, or its colon
                        norm = normalise(own)
                        clauses = _clauses(own, norm)
                        colons = [b for _, b, marks in clauses if ":" in marks]
                        starts = _clause_starts(clauses, norm)
                    absorbers = {c for c in absorbers if (hit.words, c) not in self._after_colon or c in named_before
                                 or any(c in g.codes and g.end <= hit.start and (
                                     not any(g.end < a <= hit.start for a in starts)  # "Legal aid & counselling"
                                     or any(g.end <= b <= hit.start for b in colons)) for g in hits)}
                for code in absorbers or hit.codes:
                    codes[code] = codes.get(code, False) or taught
            stopped = tuple(dict.fromkeys(c for h, _ in stopped_hits for c in h.codes if c not in codes))
            found = self._hits_cache[key] = (tuple(codes.items()), settled, stopped)
        return found

    def _misspelt(self, text: str, hits: list[Hit]) -> list[Hit]:
        """Synonyms typed with a slip ("pyschosocial", "counseling"): long Latin words that match no
        synonym but are nearly one of the one-word synonyms."""
        if self._long is None:
            self._long = {}
            for s, codes in self.taxonomy.matcher.entries.items():
                if " " not in s and len(s) >= _TYPO_LENGTH and s.isascii() and codes:
                    self._long[s] = codes
        out = []
        norm = normalise(text)
        long_words = list(re.finditer(r"[a-z]{%d,}" % _TYPO_LENGTH, norm))
        if not long_words:
            return out
        covered = {w for h in hits for w in norm[h.start:h.end].split()}
        for m in long_words:
            word = m.group()
            if word in covered:
                continue
            best = self._typos.get(word, "")
            if best == "":
                found = process.extractOne(word, list(self._long), scorer=fuzz.ratio, score_cutoff=_TYPO_SCORE)
                best = self._typos[word] = found[0] if found else None
            if best:
                out.append(Hit(m.start(), m.end(), self._long[best], best))
        return out

    def find(self, *, type_column: str = "", sector: str = "", sub_sector: str = "", name: str = "",
             activity: str = "", description: str = "", organisation: str = "", site: str = "",
             marked: bool = False) -> TypesFound:
        """The types of one row from its texts (any may be empty). ``site`` (a row without a service name:
        its site's name, "Safe house Camp 4" or "Gwoza LGA camp") is read as its name, but a site that names
        no type does not stop a type column naming only a sector from meaning case management.

        The type column decides with the description and remarks when it names types; otherwise the
        name, the activity, the sub-sector and the sector are read too. A type that only the
        description adds to others is kept for review; the organisation's name ("District Police",
        "Tribunal pour enfants") is read only when nothing else names a type. ``marked``: the type column's words
        include the headers of a matrix's marked columns, a fixed few ("Salud", "Apoyo psicosocial"), so the
        name is read too ("Espacio amigable …", "restablecimiento del contacto familiar")."""
        type_column, sectors, column = self._column(type_column, sector, sub_sector)
        if column is not None and column.codes and not marked:  # the name need not be read: names all differ
            name = site = ""  # an activity ("GBV case management & psychosocial counselling") is still read
        key = (type_column, sector, sub_sector, name, activity, description, organisation, site)
        found = self._cache.get(key)
        if found is not None:
            return found
        texts = [("service name", name or site), ("activity", activity), ("sub-sector", sub_sector)]
        if sector and not self.sectors_in(sector):
            texts.append(("sector", sector))  # a "sector" column that names no sector says something else
        found = self._combine([(how, text) for how, text in texts if text], sectors, column)
        if description:
            found = self._combine([("description", description)], sectors, found)
        if not found.codes and not found.settled and organisation:  # not its initials: "DINAF – SPS" (San Pedro Sula)
            found = self._combine([("organisation", _INITIALS.sub(self._no_short_name, organisation))], sectors, found)
        if not found.codes and not found.settled and not found.stopped:
            # a text that only names other services ("refers survivors to MSF for CMR") says nothing of this one
            said = [t for t in (type_column, name, activity, description) if t and normalise(own_text(t))]
            # only a sector in the service's own cells ("VBG", beside remarks naming no service: "infos
            # incomplètes"), or remarks saying only "CP"; not "GBV" beside an activity no type names
            # (a name that is only the organisation's, "Mukti Cox's Bazar", says nothing of the service)
            own = [t for t in (type_column, name if name != organisation else "", activity)
                   if t and normalise(own_text(t))]
            bare = (not said or all(self.sectors.only_sectors(t) for t in said)
                    or bool(own) and all(self.sectors.only_sectors(t) for t in own)
                    or any(self.sectors.only_sectors(t) for t in said[1:]))
            if bare and not sectors:  # "CP services", "Servicios de protección": the text names the sector
                sectors = tuple(dict.fromkeys(c for t in said for c in self.sectors_in(t)))
            implied = [s.implies or (s.implies_when_bare if bare else None) for s in map(self.sectors.get, sectors)]
            implied = [c for c in implied if c and c in self.taxonomy]
            found = TypesFound(tuple(dict.fromkeys(implied)),
                               {c: {"how": "sector", "confidence": IMPLIED} for c in implied}, sectors)
        if len(self._cache) < 100_000:
            self._cache[key] = found
        return found

    def _no_short_name(self, initials: re.Match) -> str:
        return " " if initials[1].lower() in self._short_names else initials[0]

    def _column(self, type_column: str, sector: str, sub_sector: str) -> tuple[str, tuple[str, ...], TypesFound | None]:
        """The type column's words, the row's sectors and the types the column names, remembered for each
        type column, sector and sub-sector (a list repeats them on most rows)."""
        key = (type_column, sector, sub_sector)
        found = self._column_cache.get(key)
        if found is None:
            if type_column:  # KoBo's choice names: "cm pss altcare"
                type_column = _type_column_words(type_column)
            sectors = tuple(dict.fromkeys(self.sectors_in(sector) + self.sectors_in(sub_sector)
                                          + self.sectors_in(type_column, in_type_column=True)))
            found = (type_column, sectors, self._combine([("type column", type_column)], sectors) if type_column
                     else None)
            if len(self._column_cache) < 50_000:
                self._column_cache[key] = found
        return found

    def _combine(self, texts: list[tuple[str, str]], sectors: tuple[str, ...],
                 before: TypesFound | None = None) -> TypesFound:
        """``before``'s types, with those ``texts`` name; a type only a later text adds is less sure."""
        expected = set().union(*(self.sectors.get(s).types for s in sectors)) if sectors else None
        sources: dict[str, dict] = dict(before.sources) if before else {}
        settled = before.settled if before else False
        stopped = before.stopped if before else ()
        named_before = frozenset(before.codes) & self._absorbers if before else frozenset()  # all _codes looks at
        for how, text in texts:
            codes, taught_here, stopped_here = self._codes(text, sectors, named_before)
            settled = settled or taught_here
            if stopped_here:
                stopped = tuple(dict.fromkeys(stopped + stopped_here))
            for code, taught in codes:
                sure = 1.0 if taught else (ADDED if before and before.codes and how == "description"
                                           else CONFIDENCE[how])
                if expected is not None and code not in expected and not taught:
                    sure = round(sure * OUTSIDE_SECTOR, 2)
                if code not in sources or sure > sources[code]["confidence"]:
                    sources[code] = {"how": how, "confidence": sure}
        stopped_sources = dict(before.stopped_sources) if before else {}
        if stopped:  # "no longer offering legal aid" in the remarks wins over "Legal aid" in the type column
            stopped_sources.update((c, how) for c, how in sources.items() if c in stopped and (
                c not in stopped_sources or how["confidence"] > stopped_sources[c]["confidence"]))  # the surest
            sources = {c: how for c, how in sources.items() if c not in stopped}
        return TypesFound(tuple(sources), sources, sectors, settled, stopped, stopped_sources)
