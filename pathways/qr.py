"""The QR code printed on a pathway: its numbers as a vCard a phone saves without internet.

One contact card named after the area and concern carries the emergency numbers and each
step's first services, each number labelled with what it is for. A confidential service
carries its function and contact number only, as on the page.
"""

from __future__ import annotations

import io

from pathways.model import Pathway

#: Numbers carried by the code; more makes the code too dense to scan from paper.
MAX_NUMBERS = 10


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;").replace("\n", " ")


def numbers(pathway: Pathway) -> list[tuple[str, str]]:
    """(label, number) pairs: the emergency numbers, then each step's services, without repeats."""
    out: dict[str, str] = {}
    for label, number in pathway.emergency:
        out.setdefault(number, label)
    for step in pathway.steps:
        for e in step.entries[:1]:  # each step's first service: a code dense enough to scan from paper
            if e.phones:
                out.setdefault(e.phones[0], e.function if e.confidential else e.organisation)
    return [(label, number) for number, label in out.items()][:MAX_NUMBERS]


def vcard(pathway: Pathway) -> str:
    t = pathway.texts
    name = f"{t.get('title')} – {pathway.area_name}"
    lines = ["BEGIN:VCARD", "VERSION:3.0", f"FN:{_escape(name)}", f"N:{_escape(name)};;;;",
             f"ORG:{_escape(t.concern(pathway.concern))}"]
    for i, (label, number) in enumerate(numbers(pathway), start=1):
        lines.append(f"item{i}.TEL:{number.replace(' ', '')}")
        lines.append(f"item{i}.X-ABLabel:{_escape(label[:28])}")
    lines.append(f"NOTE:{_escape(t.get('footer.data_date', date=pathway.data_date or ''))}")
    lines.append("END:VCARD")
    return "\r\n".join(lines)


def plain_text(pathway: Pathway) -> str:
    t = pathway.texts
    head = f"{t.get('title')}: {pathway.area_name} – {t.concern(pathway.concern)}"
    return "\n".join([head] + [f"{label}: {number}" for label, number in numbers(pathway)])


def qr_svg(payload: str) -> str:
    """The code as an inline SVG element (black on white, scaled by CSS)."""
    import segno

    code = segno.make(payload, error="m", micro=False)
    buf = io.BytesIO()
    code.save(buf, kind="svg", scale=1, border=2, xmldecl=False, svgns=True, nl=False, omitsize=True)
    return buf.getvalue().decode("utf-8")
