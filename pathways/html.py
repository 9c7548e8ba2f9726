"""The printable pathway as one HTML document (with its CSS), for QtWebEngine to print.

One ``<section>`` per pathway, each starting a page: the title and the emergency numbers at
the top, the staleness count, the steps as a numbered flow in two columns, then the
locator map, the QR code and the footer (version, dates, consent note). A combined
document starts with a contents page. Right-to-left languages get ``dir="rtl"``; numbers
sit in ``<bdi>`` so they read left to right inside Arabic text, and a name or value that reads
the other way from the page (English on an Arabic page) is one box (``<bdi class="run">``).
"""

from __future__ import annotations

import html
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import resources
from resources import fonts
from pathways.fit import split_columns, step_mm
from pathways.model import Entry, Pathway, Step
from pathways.phones import display_number
from pathways.qr import qr_svg, vcard

#: Paper sizes the page is laid out for: CSS @page size and the printable width.
PAPERS = {"A4": "210mm 297mm", "Letter": "8.5in 11in"}
MARGIN = "9mm"

e = html.escape

#: The warning sign drawn, not typed: a font without U+26A0 (most machines' Latin fonts) would
#: print an empty box in its place.
WARNING_SIGN = ('<svg class="warn" viewBox="0 0 16 16" aria-hidden="true"><path d="M8 1.5 15 14.5H1z" fill="none" '
                'stroke="currentColor" stroke-width="1.6" stroke-linejoin="round"/>'
                '<path d="M7.2 5.5h1.6v4.6H7.2zM7.2 11.3h1.6v1.6H7.2z" fill="currentColor"/></svg>')


def _warned(text: str) -> str:
    """``text`` escaped, each ⚠ in it drawn as :data:`WARNING_SIGN`."""
    return e(text).replace("⚠", WARNING_SIGN)


def _reads_rtl(text: str) -> bool | None:
    """Whether ``text`` reads right to left, as ``dir="auto"`` decides it: by its first strong
    letter (None without one, e.g. a phone number or a date)."""
    for c in text:
        kind = unicodedata.bidirectional(c)
        if kind == "L":
            return False
        if kind in ("R", "AL"):
            return True
    return None


def _run(text: str, rtl: bool, *, bare: bool = False) -> str:
    """``text`` escaped in a ``<bdi>``, marked ``run`` when it reads the other way from the page
    (English on an Arabic page, Arabic on an English one): the CSS keeps such a run in one box.
    Wrapped in the line, the bidi algorithm would order each line on its own and the pieces would
    read out of order with their neighbours ("Free of" … the next field … "charge"). ``bare``:
    text that reads the page's way stays as it is, without a ``<bdi>``."""
    reads_rtl = _reads_rtl(text)
    if reads_rtl is not None and reads_rtl != rtl:
        return f'<bdi class="run">{e(text)}</bdi>'
    return e(text) if bare else f"<bdi>{e(text)}</bdi>"


@dataclass
class RenderedPathway:
    pathway: Pathway
    map_html: str = ""  # the locator map fragment (inline SVG or <img>)


def _entry_html(entry: Entry, pathway: Pathway) -> str:
    t = pathway.texts
    classes = ["entry"] + (["stale"] if entry.stale else []) + (["confidential"] if entry.confidential else [])
    where = f'<span class="where">{e(entry.where)}</span>' if entry.where else ""
    if entry.confidential:
        service, organisation = _run(entry.service, t.rtl, bare=True), _run(entry.organisation, t.rtl, bare=True)
        who = f'<div class="who">{service} <span class="svc">— {organisation}</span></div>'
    else:
        who = f'<div class="who">{_run(entry.organisation, t.rtl)} <span class="svc">— {_run(entry.service, t.rtl)}</span>{where}</div>'
    phones = "".join(f"<bdi>{e(display_number(p, pathway.country))}</bdi>"
                     + (f'<bdi class="phone-note">({e(entry.phone_notes[p])})</bdi>' if p in entry.phone_notes else "")
                     for p in entry.phones[:3])
    facts = []
    if entry.confidential:
        facts.append(("referral", entry.referral))
        facts.append(("hours", entry.hours))
    else:
        for key, value in (("hours", entry.hours), ("eligibility", entry.eligibility), ("cost", entry.cost),
                           ("languages", t.get("labels.list_separator").join(entry.languages)), ("accessibility", entry.accessibility),
                           ("referral", entry.referral)):
            facts.append((key, value))
    facts_html = "".join(f"<span><b>{e(t.get('labels.' + k))}:</b> {_run(v, t.rtl)}</span>" for k, v in facts if v)
    if entry.stale:
        day = f"\u2066{entry.verified_on}\u2069" if t.rtl else entry.verified_on  # an ISO date reads left to right
        mark = t.get("labels.stale", date=day) if entry.verified_on else t.get("labels.never_verified")
        verified = f'<div class="verified">{WARNING_SIGN} {e(mark)}</div>'
    else:
        verified = f'<div class="verified">{e(t.get("labels.verified"))}: <bdi>{e(entry.verified_on or "")}</bdi></div>'
    return (f'<li class="{" ".join(classes)}">{who}'
            + (f'<div class="phones">{phones}</div>' if phones else "")
            + f'<div class="facts">{facts_html}</div>{verified}</li>')


def _header(p: Pathway, kicker: str, *, emergency: bool) -> str:
    """The area's name large, its concern, where it lies (its P-code small), and the emergency numbers."""
    t = p.texts
    path = " › ".join(e(n) for n in p.area_path)
    rows = "".join(f'<tr><td>{e(label)}</td><td class="number"><bdi>{e(number)}</bdi></td></tr>' for label, number in p.emergency)
    numbers = (f'<div class="emergency"><h2>{e(t.get("emergency.heading"))}</h2><table>{rows}</table></div>'
               if emergency else "")
    return (f'<header class="top"><div class="titles"><div class="kicker">{kicker}</div><h1>{e(p.area_name)}</h1>'
            f'<div class="concern">{e(t.concern(p.concern))}</div>'
            f'<div class="area-path">{path} <span class="pcode"><bdi>{e(p.area.pcode)}</bdi></span></div></div>'
            f"{numbers}</header>")


def _step_html(number: int, step: Step, entries: list[Entry], p: Pathway, *, more: int = 0, note: bool = True) -> str:
    t = p.texts
    items = "".join(_entry_html(x, p) for x in entries)
    body = f'<ul class="entries">{items}</ul>' if items else f'<div class="none">{e(t.get("labels.no_services"))}</div>'
    tail = f'<div class="more">+ {e(t.get("labels.more_services", n=more))}</div>' if more else ""
    lead = f'<p class="note">{e(step.note)}</p>' if note and step.note else ""
    return (f'<div class="step" data-step="{e(step.key)}"><div class="step-head"><span class="num">{number}</span>'
            f'<h3>{e(step.title)}</h3></div>{lead}{body}{tail}</div>')


def _section(p: Pathway, classes: str, body: str) -> str:
    return (f'<section class="{classes}" id="area-{e(p.area.pcode)}" lang="{e(p.lang)}" '
            f'dir="{"rtl" if p.texts.rtl else "ltr"}">{body}</section>')


def pathway_section(r: RenderedPathway) -> str:
    """The pathway's own page, then its full list when some steps have more services than fit."""
    p = r.pathway
    t = p.texts
    total, stale = len(p.entries), p.stale_count
    if stale:
        summary = f'<div class="stale-summary some">{WARNING_SIGN} {_warned(t.get("labels.stale_count", n=stale, total=total, months=p.stale_months))}</div>'
    else:
        summary = f'<div class="stale-summary">{e(t.get("labels.all_verified", total=total, months=p.stale_months))}</div>'
    steps = [_step_html(n, step, step.entries, p, more=step.more) for n, step in enumerate(p.steps, start=1)]
    weights = [step_mm(step, len(step.entries)) for step in p.steps]
    meta = [t.get("footer.version", version=p.version), t.get("footer.generated", date=p.generated.isoformat()),
            t.get("footer.data_date", date=p.data_date or "—")]
    qr = qr_svg(vcard(p))
    kicker = e(" · ".join(x for x in (t.get("title"), p.level_name) if x))
    page = _section(p, "pathway", (
        f'{_header(p, kicker, emergency=True)}{summary}<main class="flow">{_columns(steps, weights)}</main>'
        f'<div class="bottom"><div class="mapbox">{r.map_html}<div class="caption">{e(t.get("labels.map"))}</div></div>'
        f'<div class="qrbox">{qr}<div class="caption">{e(t.get("labels.qr"))}</div></div>'
        f'<div class="foot"><div class="consent">{e(t.get("footer.consent"))}</div>'
        f'<div class="meta">{"".join(f"<span>{e(m)}</span>" for m in meta)}</div></div></div>'))
    return page + full_list_section(p)


def full_list_section(p: Pathway) -> str:
    """The services each step has beyond its own page, in the same layout, more compact: a
    continuation page, so the paper never sends its reader to a file they do not have."""
    listed = p.full_list
    if not listed:
        return ""
    t = p.texts
    kicker = e(" · ".join((t.get("title"), t.get("labels.full_list"))))
    steps = "".join(_step_html(n, step, step.rest, p, note=False) for n, step in listed)
    # Two newspaper columns that may run onto more pages (a step can be longer than a page).
    return _section(p, "pathway full-list", (
        f'{_header(p, kicker, emergency=False)}<p class="intro">{e(t.get("labels.full_list_intro"))}</p>'
        f'<main class="list">{steps}</main>'))


def _columns(steps: list[str], heights: list[float]) -> str:
    """The steps in two columns, in order, split where each column holds about half."""
    split = split_columns(heights)
    return f'<div class="col">{"".join(steps[:split])}</div><div class="col">{"".join(steps[split:])}</div>'


def contents_section(pathways: Sequence[Pathway], page_numbers: dict[str, int] | None = None) -> str:
    t = pathways[0].texts
    numbers = page_numbers or {}
    items = "".join(
        f'<li><a href="#area-{e(p.area.pcode)}">{e(p.area_name)}</a><span class="pcode">{e(p.area.pcode)}</span>'
        + (f'<span class="page"><bdi>{numbers[p.area.pcode]}</bdi></span>' if p.area.pcode in numbers else "")
        + "</li>"
        for p in pathways
    )
    return (f'<section class="contents contents-page" lang="{e(t.lang)}" dir="{"rtl" if t.rtl else "ltr"}">'
            f'<h1>{e(t.get("title"))} — {e(t.concern(pathways[0].concern))}</h1>'
            f'<h2>{e(t.get("labels.contents"))}</h2><ol>{items}</ol></section>')


def document(
    rendered: Sequence[RenderedPathway],
    *,
    paper: str = "A4",
    contents: bool = False,
    embed_fonts: bool = True,
    editable: bool = False,
    preview: bool = False,
    page_numbers: dict[str, int] | None = None,
    progress: Callable[[float, str], None] | None = None,
) -> str:
    """The whole HTML document. ``editable`` adds ``contenteditable`` so a coordinator can fix a
    word in a browser or Word before printing."""
    if paper not in PAPERS:
        raise ValueError(f"paper must be one of {', '.join(PAPERS)}")
    lang = rendered[0].pathway.lang if rendered else "en"
    css = resources.path("pathways/print.css").read_text(encoding="utf-8")
    faces = fonts.css_font_faces("swap" if preview else "block") if embed_fonts else ""
    head = (f'<!DOCTYPE html><html lang="{e(lang)}"><head><meta charset="utf-8"><title>'
            f'{e(rendered[0].pathway.texts.get("title") if rendered else "")}</title>'
            f"<style>{faces}\n@page {{ size: {PAPERS[paper]}; margin: {MARGIN}; }}\n"
            f"body {{ font-family: {fonts.css_family_list(lang)}; }}\n{css}</style></head>")
    body_attrs = ' contenteditable="true"' if editable else ""
    parts = [head, f"<body{body_attrs}>"]
    if contents and len(rendered) > 1:
        parts.append(contents_section([r.pathway for r in rendered], page_numbers))
    for i, r in enumerate(rendered):
        parts.append(pathway_section(r))
        if progress:
            progress((i + 1) / len(rendered), r.pathway.area_name)
    parts.append("</body></html>")
    return "".join(parts)
