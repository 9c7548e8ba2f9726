"""What every long piece of work shares, whoever starts it (the command line, a panel, a script).

A long function takes two callables and knows nothing of threads or Qt::

    def run(request, *, progress: Progress | None = None, cancelled: CancelCheck | None = None): ...

``progress(fraction, message)`` says how far it got (0 to 1); ``cancelled()`` says whether the
user asked it to stop, and the function stops by raising :class:`Cancelled` — the one such
exception in the program. A *request* holds a task's parameters and checks them before any work
starts; a parameter it cannot use raises :class:`InvalidRequest`, which each front end words in
its own terms (the command line names its options, a panel its fields).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from directory.errors import UserFacingError

Progress = Callable[[float, str], None]
CancelCheck = Callable[[], bool]


class Cancelled(Exception):
    """The user stopped the work. Whatever it was writing is rolled back; the runner ends it quietly."""


def no_progress(fraction: float, message: str = "") -> None:
    """The default ``progress``: says nothing."""


def never() -> bool:
    """The default ``cancelled``: the work always runs to its end."""
    return False


def stop_if(cancelled: CancelCheck | None) -> None:
    """Raise :class:`Cancelled` when the user asked to stop."""
    if cancelled is not None and cancelled():
        raise Cancelled()


def part(progress: Progress | None, start: float, end: float) -> Progress:
    """A ``progress`` for one step of a longer task: its 0…1 is reported as ``start``…``end``."""
    report = progress or no_progress
    return lambda fraction, message="": report(start + (end - start) * fraction, message)


_FIELD = re.compile(r"\{([a-z_]+)\}")


class InvalidRequest(UserFacingError):
    """A request parameter that cannot be used: which ``field``, and the ``problem`` in words.

    ``problem`` may name other fields as ``{field}``; :meth:`describe` words every field the way a
    front end calls it (``--walking-speed`` on the command line, "Walking speed" in a panel).
    """

    def __init__(self, field: str, problem: str, value: object = None):
        self.field, self.problem, self.value = field, problem, value
        super().__init__(self.describe(lambda name: name.replace("_", " ")))

    def describe(self, name_of: Callable[[str], str]) -> str:
        """The message with every field named by ``name_of``; a field it names "" shows only its value."""
        problem = _FIELD.sub(lambda m: name_of(m.group(1)), self.problem)
        head = " ".join(str(part) for part in (name_of(self.field), self.value) if part not in (None, ""))
        return f"{head}: {problem}"
