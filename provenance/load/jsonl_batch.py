"""The fast way through a JSON Lines dossier: many lines per call into compiled code.

Reading a line at a time costs a trip through Python's JSON decoder and a
pydantic call per object; for a million claims that is most of the run. Here
a batch of lines is checked for duplicate keys by jiter in one call and
validated by pydantic straight from the JSON bytes in one call per kind.

Anything unusual — a malformed line, a duplicate key, a contract error —
makes :func:`read_batched` give up and return None; the line-at-a-time reader
then finds the problem and reports it with its line. So this module never
words an error, and both readers accept exactly the same files.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import jiter
from pydantic import TypeAdapter, ValidationError

from ..model import Agent, Claim, Source
from ..progress import SILENT, Progress
from .located import share_fields_sets

BATCH = 5000
"""Lines per batch: large enough to amortise each call, small enough to stay cache-friendly."""

_PLURAL = {"agent": "agents", "source": "sources", "claim": "claims"}
ADAPTERS: dict[str, TypeAdapter[Any]] = {
    "agent": TypeAdapter(list[Agent]),
    "source": TypeAdapter(list[Source]),
    "claim": TypeAdapter(list[Claim]),
}
# How our own export (and most writers) begin a line; such a line is validated
# from its bytes once the `type` member is cut off, which the models do not have.
_PREFIXES = {
    kind: (f'{{"type": "{kind}", '.encode(), f'{{"type":"{kind}",'.encode()) for kind in _PLURAL
}


class _GiveUp(Exception):
    """Something the line-at-a-time reader must look at and word."""


def read_batched(
    file: Path, progress: Progress = SILENT
) -> tuple[dict[str, list[Any]], dict[str, array[int]]] | None:
    """Every object by plural kind, and each object's line; None if a line needs a closer look.

    ``progress`` advances by the bytes of each batch read.
    """
    found: dict[str, list[Any]] = {"agents": [], "sources": [], "claims": []}
    lines: dict[str, array[int]] = {plural: array("L") for plural in found}
    try:
        with file.open("rb") as handle:
            for batch in _batches(handle):
                _read_batch(batch, found, lines)
                progress.advance(sum(len(raw) + 1 for _, raw in batch))
    except (_GiveUp, OSError, ValueError, ValidationError, RecursionError):
        return None
    return found, lines


def _batches(handle: Any) -> Iterator[list[tuple[int, bytes]]]:
    batch: list[tuple[int, bytes]] = []
    for number, raw in enumerate(handle, start=1):
        if number == 1:
            raw = raw.removeprefix(b"\xef\xbb\xbf")
        if raw.isspace() or not raw:
            continue
        if b"\x00" in raw:
            raise _GiveUp
        batch.append((number, raw.rstrip(b"\r\n")))
        if len(batch) == BATCH:
            yield batch
            batch = []
    if batch:
        yield batch


def _read_batch(
    batch: list[tuple[int, bytes]],
    found: dict[str, list[Any]],
    lines: dict[str, array[int]],
) -> None:
    parsed = jiter.from_json(
        b"[" + b",".join(raw for _, raw in batch) + b"]", catch_duplicate_keys=True
    )
    by_kind: dict[str, list[int]] = {kind: [] for kind in _PLURAL}
    for index, obj in enumerate(parsed):
        kind = obj.get("type") if isinstance(obj, dict) else None
        if not isinstance(kind, str) or kind not in by_kind:
            raise _GiveUp
        by_kind[kind].append(index)
    for kind, indexes in by_kind.items():
        if not indexes:
            continue
        raws = [batch[i][1] for i in indexes]
        prefixes = _PREFIXES[kind]
        if all(raw.startswith(prefixes) for raw in raws):
            cut = [
                b"{" + raw[len(prefixes[0] if raw.startswith(prefixes[0]) else prefixes[1]) :]
                for raw in raws
            ]
            objects = ADAPTERS[kind].validate_json(b"[" + b",".join(cut) + b"]")
        else:
            dicts = [parsed[i] for i in indexes]
            for obj in dicts:
                del obj["type"]
            objects = ADAPTERS[kind].validate_python(dicts)
        share_fields_sets(objects)  # now, batch by batch, so the peak stays low too
        plural = _PLURAL[kind]
        lines[plural].extend(batch[index][0] for index in indexes)
        found[plural].extend(objects)
