"""Pausing Python's cycle collector while building or checking a big graph.

Dossier objects hold no reference cycles, so the collector never frees any of
them; yet each of its full passes walks every object alive. Loading or checking
a million claims triggers hundreds of passes over a heap of millions: left on,
it doubles the time. Paused, reference counting still frees all that can go.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """No cyclic garbage collection inside the block; as it was afterwards."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
