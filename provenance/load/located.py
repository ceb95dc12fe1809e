"""Parsed data together with the line of every value, for errors and findings."""

from __future__ import annotations

import sys
from array import array
from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import repeat
from operator import attrgetter
from typing import Any

from pydantic import BaseModel

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


@dataclass(slots=True)
class ObjectLines(Located):
    """The line of each top-level object, and nothing finer: what a JSON Lines file has.

    One compact array per kind (``"claims"``: line of claim 0, of claim 1, ...)
    rather than a dictionary entry per object, which for a million objects
    saves about 200 MB.
    """

    by_kind: dict[str, array[int]] = field(default_factory=dict)

    def line_of(self, path: Path_) -> int:
        if len(path) >= 2 and isinstance(path[0], str) and isinstance(path[1], int):
            lines = self.by_kind.get(path[0])
            if lines is not None and 0 <= path[1] < len(lines):
                return lines[path[1]]
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


def share_fields_sets(objects: Sequence[BaseModel]) -> None:
    """Let objects that set the same fields share one record of which fields they set.

    pydantic keeps a set of the fields given for every object (728 bytes for
    five or more), a third of a loaded claim's memory; a corpus has only a few
    distinct ones. The models are frozen, so the shared sets are never changed.
    """
    # Mapped rather than looped: at a million objects the loop's own cost showed.
    given = list(map(FIELDS_SET, objects))
    shared: dict[frozenset[str], set[str]] = {}
    kept = map(shared.setdefault, map(frozenset, given), given)
    deque(map(object.__setattr__, objects, repeat("__pydantic_fields_set__"), kept), maxlen=0)


FIELDS_SET = attrgetter("__pydantic_fields_set__")
"""The fields a model's input gave, as pydantic records them."""
