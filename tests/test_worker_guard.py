"""The worker refuses a task that would use the window's project (or a widget) from another thread.

SQLite connections belong to the thread that made them: a task that closes over the window's
Project fails on the worker thread ("SQLite objects created in a thread can only be used in
that same thread"), which tests that run tasks synchronously never see. The runner refuses
such a task at start, on the main thread, naming it.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6 import QtWebEngineWidgets  # noqa: F401 - before the QApplication
from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths, Qt
from PySide6.QtWidgets import QLabel

QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
QStandardPaths.setTestModeEnabled(True)

from desktop.worker import TaskRefused, TaskRunner, shared_objects_in  # noqa: E402
from tests.helpers import small_project  # noqa: E402


def count(path, *, progress, cancelled):
    from directory.store import Project

    with Project.open(path) as project:
        return project.counts()


@dataclass
class Holder:
    project: object


@pytest.fixture
def window(qtbot, tmp_path):
    from desktop.settings import Settings
    from desktop.window.main_window import MainWindow

    small_project(tmp_path / "p.gpkg").close()
    win = MainWindow(Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)))
    assert win.open_project(tmp_path / "p.gpkg")
    yield win
    win.close()
    win.deleteLater()
    qtbot.wait(300)


def test_a_task_closing_over_the_windows_project_is_refused(window, qtbot):
    runner, done = TaskRunner(), []

    def read_counts(*, progress, cancelled):
        return window.project.counts()  # the window's connection, from the worker thread

    with pytest.raises(TaskRefused) as refused:
        runner.start(read_counts, on_done=done.append)
    message = str(refused.value)
    assert "read_counts" in message and "MainWindow" in message and "path" in message
    assert not runner.running and done == []

    project = window.project
    with pytest.raises(TaskRefused, match="Project"):
        runner.start(lambda *, progress, cancelled: project.counts(), on_done=done.append)


@pytest.mark.parametrize("how", ["argument", "partial", "bound method", "inside a request", "in a list", "default",
                                 "after many records"])
def test_every_way_of_handing_over_the_project_is_refused(window, how):
    project = window.project

    def uses(p=None, *, progress, cancelled):
        return p

    def with_default(p=project, *, progress, cancelled):
        return p

    fn, args = {
        "argument": (uses, (project,)),
        "partial": (functools.partial(uses, project), ()),
        "bound method": (project.counts, ()),
        "inside a request": (uses, (Holder(project),)),
        "in a list": (uses, ([Path("x"), {"p": project}],)),
        "default": (with_default, ()),
        "after many records": (uses, ([(f"service {n}", 21.5, 92.0, ["legal_aid"]) for n in range(5_000)]
                                      + [("the last", 21.5, 92.0, [Holder(project)])],)),
    }[how]
    assert shared_objects_in(fn, args), how
    with pytest.raises(TaskRefused):
        TaskRunner().start(fn, *args, on_done=lambda _r: None)


def test_a_widget_is_refused_too(qtbot):
    label = QLabel("x")
    qtbot.addWidget(label)
    assert shared_objects_in(label.setText, ("y",)) == ["the task's object (QLabel)"]


def test_plain_data_and_a_path_run_on_a_real_thread(window, qtbot):
    """The right way: the project's path and values; the task opens its own connection."""
    runner, done = TaskRunner(), []
    path = window.project.path
    assert shared_objects_in(count, (path,)) == []
    with qtbot.waitSignal(runner.runningChanged, timeout=10000, check_params_cb=lambda running: not running):
        runner.start(count, path, on_done=done.append)
    assert done == [window.project.counts()]
