"""The progress bar: drawn on a terminal for big inputs, absent everywhere else."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager

from rich.console import Console
from rich.progress import BarColumn, Progress, TaskID, TextColumn, TimeElapsedColumn

from .progress import SILENT
from .progress import Progress as ProgressLike

WORTH_A_BAR = 1_000_000
"""Bytes of input from which a bar is drawn: a few thousand claims, a second or more."""

_PHASES = {
    "loading": "Loading dossiers",
    "checking": "Checking rules",
    "writing": "Writing to the store",
}


class _Bar:
    """Draws the core's phases as rich tasks, once the input proves big enough to wait for.

    Nothing reaches the terminal until then, not even a hidden cursor.
    """

    def __init__(self, progress: Progress) -> None:
        self._progress = progress
        self._task: TaskID | None = None
        self._shown = False

    def start(self, phase: str, total: int) -> None:
        if phase == "loading" and not self._shown and total >= WORTH_A_BAR:
            self._shown = True
            self._progress.start()
        if not self._shown:
            return
        if self._task is not None:  # the last phase is over, whatever it counted
            self._progress.update(self._task, completed=self._progress.tasks[-1].total)
        self._task = self._progress.add_task(_PHASES.get(phase, phase), total=total)

    def advance(self, steps: int = 1) -> None:
        if self._task is not None:
            self._progress.advance(self._task, steps)

    def stop(self) -> None:
        if self._shown:
            self._progress.stop()


@contextmanager
def progress_bar(quiet: bool, *, terminal: bool | None = None) -> Iterator[ProgressLike]:
    """A bar on stderr when stdout is a terminal and not ``quiet``; otherwise silence.

    Reports piped to a file or read by CI stay exactly what they were.
    """
    on_terminal = sys.stdout.isatty() if terminal is None else terminal
    if quiet or not on_terminal:
        yield SILENT
        return
    console = Console(stderr=True, force_terminal=terminal)
    columns = (TextColumn("{task.description}"), BarColumn(), TimeElapsedColumn())
    bar = _Bar(Progress(*columns, console=console, transient=True))
    try:
        yield bar
    finally:
        bar.stop()
