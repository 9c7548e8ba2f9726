"""The pathway as plain text in SMS messages, for phones without data.

A single SMS holds 160 characters of the GSM 7-bit alphabet, or 70 in UCS-2 (Bengali,
Arabic, and any text with a character the GSM alphabet lacks, such as "û"). Each message is
kept to ONE segment, so it can be forwarded alone, and each message is counted on its own: a
message of organisation names and numbers may take 160 characters even in a Bengali pathway.
Lines are kept whole; a line too long for one message is cut at a space where it can be, never
inside a letter (a Bengali vowel sign or conjunct stays with its consonant). When there is more
than one message, each starts with its number, "(2/5) ". Confidential services appear by
function and number only, as on paper.
"""

from __future__ import annotations

import unicodedata

from pathways.model import Pathway

GSM_CHARS = set(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿"
    "abcdefghijklmnopqrstuvwxyzäöñüà"
)
GSM_EXTENDED = set("^{}\\[~]|€")


def is_gsm(text: str) -> bool:
    return all(c in GSM_CHARS or c in GSM_EXTENDED for c in text)


def sms_length(text: str) -> int:
    """Characters the network counts: extended GSM characters count twice; in UCS-2 a character
    beyond the 16-bit range (an emoji) takes two."""
    if is_gsm(text):
        return sum(2 if c in GSM_EXTENDED else 1 for c in text)
    return len(text.encode("utf-16-le")) // 2


def segment_limit(text: str) -> int:
    return 160 if is_gsm(text) else 70


def fits(text: str) -> bool:
    """Whether ``text`` goes in one SMS segment."""
    return sms_length(text) <= segment_limit(text)


def _lines(pathway: Pathway) -> list[tuple[str, bool]]:
    """(line, whether it belongs with the next line in one message) in reading order: the header
    with the emergency numbers, a step's title with its first service."""
    t = pathway.texts
    top = [f"{pathway.area_name}: {t.concern(pathway.concern)}"]
    top += [f"{label} {number}" for label, number in pathway.emergency]
    lines = [(line, i < len(top) - 1) for i, line in enumerate(top)]
    for number, step in enumerate(pathway.steps, start=1):
        title = len(lines)
        lines.append((f"{number}. {step.title}", False))
        seen: set[str] = set()  # two services of one organisation on one number: one line in an SMS
        for e in step.entries:
            phone = e.phones[0] if e.phones else ""
            line = f"- {e.function}: {phone}" if e.confidential else f"- {e.organisation}: {phone}"
            if line not in seen:
                seen.add(line)
                lines.append((line, False))
        lines[title] = (lines[title][0], len(lines) > title + 1)
    return lines


def pathway_lines(pathway: Pathway) -> list[str]:
    return [line for line, _ in _lines(pathway)]


def _can_cut_before(text: str, i: int) -> bool:
    """Whether text[:i] / text[i:] leaves every letter whole: not before a combining mark (a
    Bengali vowel sign, an Arabic vowel mark) or a joiner, not after a joiner or a virama."""
    if i <= 0 or i >= len(text):
        return True
    after, before = text[i], text[i - 1]
    if unicodedata.category(after).startswith("M") or after in "\u200c\u200d":
        return False
    return before != "\u200d" and "VIRAMA" not in unicodedata.name(before, "")


def _cut(line: str, room: int) -> tuple[str, str]:
    """The longest head of ``line`` fitting in ``room`` counted characters (at a space if
    there is one), and the rest. The head keeps its space, so head + rest == line."""
    end = 1
    while end < len(line) and sms_length(line[:end + 1]) <= room:
        end += 1
    space = line.rfind(" ", 0, end)
    if space > 0 and line[:space].strip():
        return line[:space + 1], line[space + 1:]
    cut = end
    while cut > 1 and not _can_cut_before(line, cut):
        cut -= 1
    return (line[:cut], line[cut:]) if _can_cut_before(line, cut) else (line[:end], line[end:])


def _messages(lines: list[tuple[str, bool]], mark: int) -> list[str]:
    """``lines`` in the fewest messages, each with room for a mark of ``mark`` characters; of
    the ways to do that, the one that parts the fewest lines from the next line they belong with
    (a step's title from its services, the header from the emergency numbers)."""

    def fits_after_mark(text: str) -> bool:
        return fits("#" * mark + text)

    pieces: list[tuple[str, bool]] = []
    for line, with_next in lines:
        while not fits_after_mark(line):  # too long for a message of its own: cut
            head, line = _cut(line, segment_limit(line) - mark)
            pieces.append((head, False))
        pieces.append((line, with_next))
    # best[j]: (messages, lines parted from the next, where the last message starts) for pieces[:j]
    best: list[tuple[int, int, int]] = [(0, 0, 0)]
    for j in range(1, len(pieces) + 1):
        options = []
        for i in range(j - 1, -1, -1):
            if not fits_after_mark("\n".join(text for text, _ in pieces[i:j])):
                break
            parted = pieces[j - 1][1] and j < len(pieces)
            options.append((best[i][0] + 1, best[i][1] + parted, i))
        best.append(min(options))
    messages = []
    j = len(pieces)
    while j:
        i = best[j][2]
        messages.insert(0, "\n".join(text for text, _ in pieces[i:j]))
        j = i
    return messages


def _mark(i: int, n: int) -> str:
    return f"({i}/{n}) "


def segments(pathway: Pathway) -> list[str]:
    """The pathway's messages, one SMS segment each; with more than one, each starts "(i/n) "."""
    lines = _lines(pathway)
    messages = _messages(lines, 0)
    width = 0
    while len(messages) > 1 and width < len(_mark(len(messages), len(messages))):
        width = len(_mark(len(messages), len(messages)))  # more messages need a wider mark: pack again
        messages = _messages(lines, width)
    n = len(messages)
    return messages if n == 1 else [_mark(i, n) + m for i, m in enumerate(messages, start=1)]


def sms_text(pathways: list[Pathway]) -> str:
    """Every pathway's messages, separated by a blank line and a line of dashes."""
    blocks = []
    for p in pathways:
        blocks.append("\n\n".join(segments(p)))
    return "\n\n-----\n\n".join(blocks) + "\n"
