"""Fitting a pathway on one page: fewer services per step until the estimate fits.

The page is laid out by Chromium at print time, so ServiceMap cannot measure it beforehand;
it estimates each step's height in millimetres from its text instead (calibrated against
printed A4 pages). Each step keeps at least ``minimum`` services and gets more, in turn,
while the estimate fits two columns; the rest are counted as "N more in the full list".
A pathway whose steps still do not fit runs onto a second page.
"""

from __future__ import annotations

from pathways.model import Entry, Pathway, Step

#: Height (mm) of one column of steps on a page with the header, the summary and the footer.
COLUMN_MM = {"A4": 172.0, "Letter": 155.0}
LINE_MM = 3.05
CHARS_PER_LINE = 60


def _lines(text: str) -> int:
    return max(1, -(-len(text) // CHARS_PER_LINE)) if text else 0


def entry_mm(e: Entry) -> float:
    facts = " ".join([e.hours, e.eligibility, e.cost, " ".join(e.languages), e.accessibility, e.referral, "Verified 2026-01-01"])
    return LINE_MM * (_lines(e.organisation + e.service + e.where + "  ") + _lines(facts + " " * 40)) + 6.0


def step_mm(step: Step, entries: int) -> float:
    shown = step.all_entries[:entries]
    return 12.0 + LINE_MM * _lines(step.note) + sum(entry_mm(e) for e in shown) + (3.0 if len(step.all_entries) > entries else 0)


def split_columns(heights: list[float]) -> int:
    """Where the second column starts: the first column takes steps until it holds about half."""
    half, acc = sum(heights) / 2, 0.0
    for i, h in enumerate(heights):
        if i and acc + h / 2 > half:
            return i
        acc += h
    return len(heights)


def fits(heights: list[float], column_mm: float) -> bool:
    split = split_columns(heights)
    return max(sum(heights[:split]), sum(heights[split:])) <= column_mm


def fit_to_page(pathway: Pathway, paper: str = "A4", minimum: int = 1) -> list[int]:
    """Choose how many services each step prints so that the page estimate fits.

    Every step first gets ``minimum`` services (fewer if it has fewer); then services are added
    one at a time, step by step in turn, while the estimate still fits. Returns the counts."""
    column = COLUMN_MM.get(paper, COLUMN_MM["A4"])
    limits = [len(s.entries) for s in pathway.steps]  # at most max_per_step, as built
    counts = [min(minimum, n) for n in limits]
    heights = lambda: [step_mm(s, k) for s, k in zip(pathway.steps, counts)]  # noqa: E731
    open_steps = [i for i, n in enumerate(limits) if counts[i] < n]
    while open_steps:
        for i in list(open_steps):
            counts[i] += 1
            if not fits(heights(), column):
                counts[i] -= 1
                open_steps.remove(i)
            elif counts[i] >= limits[i]:
                open_steps.remove(i)
    for s, k in zip(pathway.steps, counts):
        s.entries = s.all_entries[:k]
        s.more = len(s.all_entries) - k
    return counts
