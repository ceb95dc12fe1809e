"""How long operations say how far they are, without knowing who is watching.

The core reports phases and steps to a :class:`Progress`; the CLI draws them
as a bar on a terminal, and everything else passes :data:`SILENT`.
"""

from __future__ import annotations

from typing import Protocol


class Progress(Protocol):
    def start(self, phase: str, total: int) -> None:
        """A new phase (``"loading"``, ``"checking"``) of ``total`` steps begins."""

    def advance(self, steps: int = 1) -> None:
        """``steps`` more of the current phase are done."""


class _Silent:
    def start(self, phase: str, total: int) -> None:
        pass

    def advance(self, steps: int = 1) -> None:
        pass


SILENT: Progress = _Silent()
"""Reports nothing: the default wherever progress may be given."""
