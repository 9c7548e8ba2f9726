"""One result of checking the installation."""

from __future__ import annotations

import json
import traceback
from dataclasses import asdict, dataclass
from pathlib import Path


@dataclass(frozen=True)
class Finding:
    """What one check found. ``advice`` says what to do when ``ok`` is false."""

    name: str
    ok: bool
    detail: str
    advice: str = ""
    #: The application cannot do its main work without it (printing, the map, the window).
    essential: bool = True

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False)

    @classmethod
    def from_json(cls, line: str) -> Finding:
        return cls(**json.loads(line))


def describe(exc: BaseException) -> str:
    """The error and where it arose (file and line), for a person to pass on to support."""
    frames = traceback.extract_tb(exc.__traceback__)[-3:]
    where = " (at " + " ← ".join(f"{Path(f.filename).name}:{f.lineno}" for f in reversed(frames)) + ")" if frames else ""
    return f"{type(exc).__name__}: {exc}{where}"


def failed_essentials(findings: list[Finding]) -> list[Finding]:
    return [f for f in findings if f.essential and not f.ok]
