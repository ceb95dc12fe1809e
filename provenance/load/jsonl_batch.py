"""The fast way through a JSON Lines dossier: many lines per call into compiled code.

Reading a line at a time costs a trip through Python's JSON decoder and a
pydantic call per object; for a million claims that is most of the run. Here
a batch of lines is validated by pydantic straight from the JSON bytes, in one
call per kind, and shown to repeat no key by counting (:mod:`.keys`); only a
batch the counts cannot clear is parsed again, by jiter, to look for one.

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
from .keys import no_key_repeats
from .located import share_fields_sets

BATCH = 5000
"""Lines per batch: large enough to amortise each call, small enough to stay cache-friendly."""

_PLURAL = {"agent": "agents", "source": "sources", "claim": "claims"}
ADAPTERS: dict[str, TypeAdapter[Any]] = {
    "agent": TypeAdapter(list[Agent]),
    "source": TypeAdapter(list[Source]),
    "claim": TypeAdapter(list[Claim]),
}
# How our own export (and most writers) begin a line, up to the first comma; such a
# line is validated from its bytes once that is cut off: the models have no `type`.
_KIND_OF_HEAD = {
    head.encode(): kind
    for kind in _PLURAL
    for head in (f'{{"type": "{kind}",', f'{{"type":"{kind}",')
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
    by_kind = _by_prefix(batch)
    if by_kind is not None:
        validated = {kind: _validated_cut(kind, raws) for kind, (_, raws) in by_kind.items()}
        numbers = {kind: indexes for kind, (indexes, _) in by_kind.items()}
    else:
        validated, numbers = _validated_parsed(batch)
    for kind, objects in validated.items():
        share_fields_sets(objects)  # now, batch by batch, so the peak stays low too
        plural = _PLURAL[kind]
        lines[plural].extend(batch[index][0] for index in numbers[kind])
        found[plural].extend(objects)


def _by_prefix(
    batch: list[tuple[int, bytes]],
) -> dict[str, tuple[list[int], list[bytes]]] | None:
    """Each kind's lines, cut to objects without `type`, if every line begins as writers do."""
    by_kind: dict[str, tuple[list[int], list[bytes]]] = {}
    for index, (_, raw) in enumerate(batch):
        head = raw[: raw.find(b",") + 1]
        kind = _KIND_OF_HEAD.get(head)
        if kind is None:
            return None
        indexes, cut = by_kind.setdefault(kind, ([], []))
        indexes.append(index)
        cut.append(b"{" + raw[len(head) :])
    return by_kind


def _validated_cut(kind: str, objects: list[bytes]) -> list[Any]:
    blob = b"[" + b",".join(objects) + b"]"
    validated: list[Any] = ADAPTERS[kind].validate_json(blob)
    if len(validated) != len(objects):  # a line held more than one value
        raise _GiveUp
    if not no_key_repeats(blob, validated):
        jiter.from_json(blob, catch_duplicate_keys=True, cache_mode="keys")  # ValueError
    return validated


def _validated_parsed(
    batch: list[tuple[int, bytes]],
) -> tuple[dict[str, list[Any]], dict[str, list[int]]]:
    """Lines that begin some other way: parsed (refusing repeated keys) to find their `type`."""
    parsed = jiter.from_json(
        b"[" + b",".join(raw for _, raw in batch) + b"]", catch_duplicate_keys=True
    )
    if len(parsed) != len(batch):  # a line held more than one value
        raise _GiveUp
    numbers: dict[str, list[int]] = {}
    dicts: dict[str, list[dict[str, Any]]] = {}
    for index, obj in enumerate(parsed):
        kind = obj.pop("type", None) if isinstance(obj, dict) else None
        if not isinstance(kind, str) or kind not in _PLURAL:
            raise _GiveUp
        numbers.setdefault(kind, []).append(index)
        dicts.setdefault(kind, []).append(obj)
    return {kind: ADAPTERS[kind].validate_python(objs) for kind, objs in dicts.items()}, numbers
