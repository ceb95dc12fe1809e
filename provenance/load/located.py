"""Parsed data together with the line of every value, for errors and findings."""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from typing import Any

Path_ = tuple[str | int, ...]

MAX_DEPTH = 64
"""Deeper nesting than any dossier needs; refusing it avoids RecursionError on hostile input."""


@dataclass(slots=True)
class Located:
    """A parsed document and ``lines[path]``: the 1-based line where each value starts.

    Paths are JSON-pointer-like tuples: ``("claims", 3, "speaker")``.
    """

    data: Any
    lines: dict[Path_, int] = field(default_factory=dict)

    def line_of(self, path: Path_) -> int:
        """The line of ``path``, or of its nearest located ancestor."""
        for end in range(len(path), -1, -1):
            line = self.lines.get(path[:end])
            if line is not None:
                return line
        return 1


def format_path(path: Path_) -> str:
    """``("claims", 3, "speaker")`` -> ``claims[3].speaker``: how editors name a field."""
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else part
    return out


def too_large(digits: int | None = None) -> str:
    """The message for an integer longer than Python converts from text (4300 digits)."""
    limit = sys.get_int_max_str_digits()
    size = f"{digits} digits; " if digits else ""
    return f"number too large ({size}at most {limit} digits allowed)"
