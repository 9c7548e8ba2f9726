"""The one worker idiom for long work in the desktop.

A *task* is a plain function that knows nothing of Qt::

    def task(*args, progress: Callable[[float, str], None], cancelled: Callable[[], bool]): ...

``progress(fraction, message)`` reports how far it got (0 to 1); ``cancelled()`` says
whether it should stop. It stops by returning early or by raising
:class:`directory.tasks.Cancelled`, which ends quietly.

A task gets everything it needs as plain data: the project's *path* (it opens its own
connection there; SQLite connections belong to the thread that made them) and values, never
the window's :class:`~directory.store.Project`, a widget, or a method of one.
:meth:`TaskRunner.start` refuses such a task at once (:func:`shared_objects_in`), on the main
thread, with the task's name and what it would have shared.

A panel owns one :class:`TaskRunner`. The runner runs one task at a time on the global
QThreadPool; starting a new task cancels the old one, whose result is then dropped.
Progress, the result and errors come back by signals to the main thread, so callbacks may
touch widgets. Tests run tasks inline with ``TaskRunner(synchronous=True)``.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEventLoop, QObject, QRunnable, QThreadPool, Signal

from directory.tasks import Cancelled

log = logging.getLogger(__name__)


class TaskRefused(TypeError):
    """A task that would use, off the main thread, an object that belongs to it."""


#: Objects of these packages are looked into (their attributes), as are containers, functions,
#: partials and bound methods; anything else (numbers, text, arrays, geometries) is plain data.
_OURS = ("directory.", "importers.", "mapping.", "pathways.", "desktop.")
_MAX_VISITS = 50_000


def shared_objects_in(fn: Callable, args: tuple = (), kwargs: dict | None = None) -> list[str]:
    """Where ``fn(*args, **kwargs)`` reaches a Project or a Qt object.

    Looks through the arguments, a partial's arguments, a bound method's object, a function's
    closure and defaults, containers, and the attributes of our own objects (a request holding
    a Project is caught too). Each finding reads like ``args[0].project`` or ``fn.__self__``.
    """
    import dataclasses
    import functools
    import types

    from directory.store import Project

    found: list[str] = []
    seen: set[int] = set()
    todo: list[tuple[object, str]] = [(fn, "the task")] + [(a, f"argument {i + 1}") for i, a in enumerate(args)]
    todo += [(v, f"argument {k}") for k, v in (kwargs or {}).items()]
    while todo and len(seen) < _MAX_VISITS:
        obj, where = todo.pop()
        if obj is None or isinstance(obj, (str, bytes, int, float, bool)) or id(obj) in seen:
            continue
        seen.add(id(obj))
        if isinstance(obj, (Project, QObject)):
            found.append(f"{where} ({type(obj).__name__})")
        elif isinstance(obj, functools.partial):
            todo += [(obj.func, where), *((a, where) for a in obj.args), *((v, where) for v in obj.keywords.values())]
        elif isinstance(obj, types.MethodType):
            todo += [(obj.__self__, f"{where}'s object"), (obj.__func__, where)]
        elif isinstance(obj, types.BuiltinMethodType) and not isinstance(obj.__self__, types.ModuleType):
            todo.append((obj.__self__, f"{where}'s object"))  # a C++ method of a widget, say
        elif isinstance(obj, types.FunctionType):
            cells = [c.cell_contents for c in (obj.__closure__ or ()) if _filled(c)]
            defaults = [*(obj.__defaults__ or ()), *(obj.__kwdefaults__ or {}).values()]
            todo += [(v, f"{where} (a value it closes over)") for v in cells + defaults]
        elif isinstance(obj, (list, tuple, set, frozenset)):
            todo += [(v, where) for v in obj]
        elif isinstance(obj, dict):
            todo += [(v, where) for v in obj.values()]
        elif dataclasses.is_dataclass(obj) or type(obj).__module__.startswith(_OURS):
            attrs = getattr(obj, "__dict__", None) or {n: getattr(obj, n, None) for n in getattr(obj, "__slots__", ())}
            todo += [(v, f"{where}.{k}") for k, v in attrs.items()]
    return found


def _filled(cell) -> bool:
    try:
        cell.cell_contents
    except ValueError:  # a closure variable not yet assigned
        return False
    return True


class _TaskSignals(QObject):
    """Carries one task's news from its thread to the runner in the main thread."""

    progress = Signal(int, float, str)
    done = Signal(int, object)
    failed = Signal(int, object)
    finished = Signal(int)


def in_own_thread(body: Callable[[], Any]) -> Any:
    """Run ``body()`` in a new, short-lived Python thread; return its value or raise its error.

    pyproj keeps its PROJ context in an OS-thread slot but frees it with the *Python* thread
    state. A QThreadPool thread gets a new Python thread state for every task, so the second
    task on the same pool thread that used pyproj found a freed context and crashed the
    application (a segmentation fault in ``CRS.from_epsg``, seen with two gap analyses in a
    row). A thread of our own per task gives pyproj a fresh, consistent state every time.
    """
    box: dict[str, Any] = {}

    def target() -> None:
        try:
            box["value"] = body()
        except BaseException as exc:  # noqa: BLE001 - handed back to the caller's thread
            box["error"] = exc

    thread = threading.Thread(target=target, name="servicemap-task", daemon=True)
    thread.start()
    thread.join()
    if "error" in box:
        raise box["error"]
    return box["value"]


class _Task(QRunnable):
    def __init__(self, task_id: int, fn: Callable, args: tuple, signals: _TaskSignals, stop: threading.Event,
                 own_thread: bool = True):
        super().__init__()
        self.task_id, self.fn, self.args, self.signals, self.stop = task_id, fn, args, signals, stop
        self.own_thread = own_thread  # False in synchronous mode (tests): everything stays in the caller's thread

    def run(self) -> None:
        tid, signals = self.task_id, self.signals
        try:
            def body():
                return self.fn(
                    *self.args,
                    progress=lambda fraction, message="": signals.progress.emit(tid, float(fraction), str(message)),
                    cancelled=self.stop.is_set,
                )

            result = in_own_thread(body) if self.own_thread else body()
        except BaseException as exc:  # noqa: BLE001 - every failure goes back to the main thread
            if not (isinstance(exc, Cancelled) or self.stop.is_set()):
                signals.failed.emit(tid, exc)
        else:
            if not self.stop.is_set():
                signals.done.emit(tid, result)
        finally:
            signals.finished.emit(tid)


class FakeThreadPool:
    """Runs tasks inline, in the calling thread (for tests)."""

    def start(self, runnable: QRunnable) -> None:
        runnable.run()


class TaskRunner(QObject):
    """Runs a panel's long tasks, one at a time, off the main thread."""

    progressed = Signal(float, str)
    runningChanged = Signal(bool)

    def __init__(self, parent: QObject | None = None, *, synchronous: bool = False, pool: Any = None):
        super().__init__(parent)
        self._pool = pool if pool is not None else (FakeThreadPool() if synchronous else QThreadPool.globalInstance())
        self._next_id = 0
        self._current: int | None = None
        self._stop: threading.Event | None = None
        self._callbacks: tuple[Callable, Callable | None, Callable | None] | None = None
        self._live: dict[int, _Task] = {}  # keeps each task's signals alive until it has finished

    @property
    def synchronous(self) -> bool:
        return isinstance(self._pool, FakeThreadPool)

    @property
    def running(self) -> bool:
        return self._current is not None

    def start(
        self,
        fn: Callable[..., Any],
        *args: Any,
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None] | None = None,
        on_progress: Callable[[float, str], None] | None = None,
    ) -> None:
        """Run ``fn(*args, progress=…, cancelled=…)``; a task still running is cancelled first.

        Raises :class:`TaskRefused` (before anything runs) for a task that reaches the window's
        project or a widget: it must open the project by its path instead.
        """
        shared = shared_objects_in(fn, args)
        if shared:
            name = getattr(fn, "__qualname__", None) or getattr(getattr(fn, "func", None), "__qualname__", repr(fn))
            raise TaskRefused(f"The background task {name} would use {', '.join(shared)} from another thread. "
                              "Give it the project's path (it opens its own connection) and plain values.")
        self._drop_current()
        self._next_id += 1
        tid = self._next_id
        self._current, self._stop = tid, threading.Event()
        self._callbacks = (on_done, on_error, on_progress)
        signals = _TaskSignals()
        signals.progress.connect(self._on_progress)
        signals.done.connect(self._on_done)
        signals.failed.connect(self._on_failed)
        signals.finished.connect(self._on_finished)
        task = _Task(tid, fn, args, signals, self._stop, own_thread=not self.synchronous)
        task.setAutoDelete(False)  # Python keeps it (and its signals) until finished arrives
        self._live[tid] = task
        self.runningChanged.emit(True)
        self._pool.start(task)

    def wait(self) -> None:
        """Return once the current task has ended (done, failed or cancelled), the main thread's events
        turning meanwhile: for code that needs a result at once (a window opening a project, a script)."""
        if not self.running:
            return
        loop = QEventLoop(self)
        self.runningChanged.connect(loop.quit)
        while self.running:
            loop.exec()
        self.runningChanged.disconnect(loop.quit)
        loop.deleteLater()

    def cancel(self) -> None:
        """Ask the current task to stop; its result, errors and progress are dropped."""
        if self._drop_current():
            self.runningChanged.emit(False)

    def _drop_current(self) -> bool:
        if self._current is None:
            return False
        self._stop.set()
        self._current, self._stop, self._callbacks = None, None, None
        return True

    # --- back on the main thread ---------------------------------------------------

    def _on_progress(self, tid: int, fraction: float, message: str) -> None:
        if tid != self._current:
            return
        self.progressed.emit(fraction, message)
        if self._callbacks[2] is not None:
            self._callbacks[2](fraction, message)

    def _on_done(self, tid: int, result: Any) -> None:
        if tid != self._current:
            return
        on_done = self._callbacks[0]
        self._current, self._stop, self._callbacks = None, None, None
        self.runningChanged.emit(False)
        on_done(result)

    def _on_failed(self, tid: int, exc: BaseException) -> None:
        if tid != self._current:
            return
        on_error = self._callbacks[1]
        self._current, self._stop, self._callbacks = None, None, None
        self.runningChanged.emit(False)
        if on_error is not None:
            on_error(exc)
        else:
            log.error("a background task failed", exc_info=(type(exc), exc, exc.__traceback__))

    def _on_finished(self, tid: int) -> None:
        self._live.pop(tid, None)
        if tid == self._current:  # the task stopped itself (raised Cancelled) while still current
            self._current, self._stop, self._callbacks = None, None, None
            self.runningChanged.emit(False)
