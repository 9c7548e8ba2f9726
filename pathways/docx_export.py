"""The pathway as an editable Word document (python-docx), one area per page.

Coordinators often adjust a pathway before a meeting; a DOCX lets them do that in Word or
LibreOffice. Arabic paragraphs are marked right to left, and Bengali and Arabic runs name
their font as the complex-script font, which is what Word shapes them with.
"""

from __future__ import annotations

from pathlib import Path

from resources.fonts import FIRST_FAMILY
from pathways.model import Pathway
from pathways.phones import display_number


def _complex_font(run, family: str) -> None:
    from docx.oxml.ns import qn

    fonts = run._element.get_or_add_rPr().get_or_add_rFonts()
    fonts.set(qn("w:cs"), family)
    fonts.set(qn("w:ascii"), family)
    fonts.set(qn("w:hAnsi"), family)


def _rtl(paragraph) -> None:
    from docx.oxml import OxmlElement

    ppr = paragraph._element.get_or_add_pPr()
    ppr.append(OxmlElement("w:bidi"))


def write_docx(pathways: list[Pathway], out: Path) -> Path:
    from docx import Document
    from docx.enum.text import WD_BREAK
    from docx.shared import Mm, Pt

    doc = Document()
    section = doc.sections[0]
    section.left_margin = section.right_margin = section.top_margin = section.bottom_margin = Mm(12)
    normal = doc.styles["Normal"]
    normal.font.size = Pt(9)
    lang = pathways[0].lang if pathways else "en"
    family = FIRST_FAMILY.get(lang, "Noto Sans")
    rtl = bool(pathways) and pathways[0].texts.rtl

    def para(text: str = "", *, bold: bool = False, size: float | None = None, style: str | None = None):
        p = doc.add_paragraph(style=style)
        if text:
            run = p.add_run(text)
            run.bold = bold
            if size:
                run.font.size = Pt(size)
            _complex_font(run, family)
        if rtl:
            _rtl(p)
        return p

    for index, pw in enumerate(pathways):
        t = pw.texts
        if index:
            doc.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)
        para(" · ".join(x for x in (t.get("title"), pw.level_name) if x), size=8)
        para(pw.area_name, bold=True, size=18)
        para(t.concern(pw.concern), bold=True, size=11)
        para(f"{' › '.join(pw.area_path)}  {pw.area.pcode}", size=7)
        para(t.get("emergency.heading"), bold=True, size=10)
        table = doc.add_table(rows=0, cols=2)
        table.style = "Table Grid"
        for label, number in pw.emergency:
            cells = table.add_row().cells
            cells[0].text = label
            run = cells[1].paragraphs[0].add_run(number)
            run.bold, run.font.size = True, Pt(16)
        stale = pw.stale_count
        para(("⚠ " + t.get("labels.stale_count", n=stale, total=len(pw.entries), months=pw.stale_months)) if stale
             else t.get("labels.all_verified", total=len(pw.entries), months=pw.stale_months), bold=True, size=8)
        for number, step in enumerate(pw.steps, start=1):
            para(f"{number}. {step.title}", bold=True, size=11)
            if step.note:
                para(step.note, size=8).runs[0].italic = True
            if not step.all_entries:
                para(t.get("labels.no_services"), size=8)
            for e in step.all_entries:  # Word flows onto further pages: every service, none left off
                head = f"{e.service} — {e.organisation}" if e.confidential else f"{e.organisation} — {e.service} ({e.where})"
                p = para(head, bold=True, style="List Bullet")
                phones = "   ".join(display_number(x, pw.country)
                                   + (f" ({e.phone_notes[x]})" if x in e.phone_notes else "") for x in e.phones[:3])
                if phones:
                    run = p.add_run("\n" + phones)
                    run.bold, run.font.size = True, Pt(12)
                facts = [("hours", e.hours), ("referral", e.referral)] if e.confidential else [
                    ("hours", e.hours), ("eligibility", e.eligibility), ("cost", e.cost),
                    ("languages", t.get("labels.list_separator").join(e.languages)), ("accessibility", e.accessibility), ("referral", e.referral)]
                text = " · ".join(f"{t.get('labels.' + k)}: {v}" for k, v in facts if v)
                if e.stale:
                    text += " · ⚠ " + (t.get("labels.stale", date=e.verified_on) if e.verified_on else t.get("labels.never_verified"))
                else:
                    text += f" · {t.get('labels.verified')}: {e.verified_on}"
                p.add_run("\n" + text).font.size = Pt(8)
        para(t.get("footer.consent"), size=8)
        para(" · ".join([t.get("footer.version", version=pw.version), t.get("footer.generated", date=pw.generated.isoformat()),
                         t.get("footer.data_date", date=pw.data_date or "—")]), size=7)
    out = Path(out)
    doc.save(out)
    return out
