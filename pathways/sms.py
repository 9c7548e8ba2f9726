"""The pathway as plain text in SMS segments, for phones without data.

A single SMS holds 160 characters of the GSM 7-bit alphabet, or 70 in UCS-2 (Bengali,
Arabic); joined messages hold 153 or 67 per part. ServiceMap cuts the text into numbered
messages, each fitting in ONE segment, at line ends where it can, so each message can be
forwarded alone. Confidential services appear by function and number only, as on paper.
"""

from __future__ import annotations

from pathways.model import Pathway

GSM_CHARS = set(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿"
    "abcdefghijklmnopqrstuvwxyzäöñüà"
)
GSM_EXTENDED = set("^{}\\[~]|€")


def is_gsm(text: str) -> bool:
    return all(c in GSM_CHARS or c in GSM_EXTENDED for c in text)


def sms_length(text: str) -> int:
    """Characters the network counts (extended GSM characters count twice)."""
    return sum(2 if c in GSM_EXTENDED else 1 for c in text) if is_gsm(text) else len(text)


def segment_limit(text: str) -> int:
    return 160 if is_gsm(text) else 70


def pathway_lines(pathway: Pathway) -> list[str]:
    t = pathway.texts
    lines = [f"{pathway.area_name}: {t.concern(pathway.concern)}"]
    lines += [f"{label} {number}" for label, number in pathway.emergency]
    for number, step in enumerate(pathway.steps, start=1):
        lines.append(f"{number}. {step.title}")
        seen: set[str] = set()  # two services of one organisation on one number: one line in an SMS
        for e in step.entries:
            phone = e.phones[0] if e.phones else ""
            line = f"- {e.function}: {phone}" if e.confidential else f"- {e.organisation}: {phone}"
            if line not in seen:
                seen.add(line)
                lines.append(line)
    return lines


def segments(pathway: Pathway) -> list[str]:
    """Messages of at most one segment each, numbered "(1/5)"."""
    lines = pathway_lines(pathway)
    limit = min(segment_limit(line) for line in lines) if lines else 160
    budget = limit - 8  # room for " (12/34)"
    chunks: list[str] = []
    current = ""
    for line in lines:
        while sms_length(line) > budget:  # a line too long for one message is cut
            if current:
                chunks.append(current)
                current = ""
            cut = budget
            while sms_length(line[:cut]) > budget:
                cut -= 1
            chunks.append(line[:cut])
            line = line[cut:]
        candidate = f"{current}\n{line}" if current else line
        if sms_length(candidate) > budget:
            chunks.append(current)
            current = line
        else:
            current = candidate
    if current:
        chunks.append(current)
    n = len(chunks)
    return [f"{c} ({i}/{n})" for i, c in enumerate(chunks, start=1)]


def sms_text(pathways: list[Pathway]) -> str:
    """Every pathway's messages, separated by a blank line and a line of dashes."""
    blocks = []
    for p in pathways:
        blocks.append("\n\n".join(segments(p)))
    return "\n\n-----\n\n".join(blocks) + "\n"
