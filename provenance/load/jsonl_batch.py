"""The fast way through a JSON Lines dossier: many lines per call into compiled code.

Reading a line at a time costs a trip through Python's JSON decoder and a
pydantic call per object; for a million claims that is most of the run. Here
each line is validated by pydantic straight from its JSON bytes, mapped over a
batch of lines in compiled code, and the batch is shown to repeat no key by
counting (:mod:`.keys`); only a batch the counts cannot clear is parsed
again, by jiter, to look for one.

Anything unusual — a malformed line, a duplicate key, a contract error —
makes :func:`read_batched` give up and return None; the line-at-a-time reader
then finds the problem and reports it with its line. So this module never
words an error, and both readers accept exactly the same files.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterator, Mapping, Sequence
from functools import partial
from itertools import islice, repeat
from operator import contains, itemgetter
from pathlib import Path
from typing import Any

import jiter
from pydantic import ValidationError

from ..model import Agent, Claim, Source
from ..progress import SILENT, Progress
from .keys import no_key_repeats
from .located import share_fields_sets

BATCH = 5000
"""Lines per batch: large enough to amortise each call, small enough to stay cache-friendly."""

_PLURAL = {"agent": "agents", "source": "sources", "claim": "claims"}
VALIDATORS: dict[str, Any] = {
    "agent": Agent.__pydantic_validator__,
    "source": Source.__pydantic_validator__,
    "claim": Claim.__pydantic_validator__,
}
"""Each kind's validator: called once per object, mapped over a batch in compiled code."""
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
            for size, numbers, raws in _batches(handle):
                _read_batch(numbers, raws, found, lines)
                progress.advance(size)
    except (_GiveUp, OSError, ValueError, ValidationError, RecursionError):
        return None
    return found, lines


def _batches(handle: Any) -> Iterator[tuple[int, Sequence[int], list[bytes]]]:
    """Batches of non-blank lines: their size in bytes, their line numbers, the lines.

    Each step over all of a batch's lines is one call into compiled code; a
    Python loop over a million lines would cost more than the rest of reading.
    """
    after = 0  # lines read so far
    while chunk := list(islice(handle, BATCH)):
        numbers: Sequence[int] = range(after + 1, after + 1 + len(chunk))
        size = sum(map(len, chunk))
        if after == 0:
            chunk[0] = chunk[0].removeprefix(b"\xef\xbb\xbf")
        after += len(chunk)
        if any(map(contains, chunk, repeat(b"\x00"))):
            raise _GiveUp
        raws = list(map(bytes.rstrip, chunk, repeat(b"\r\n")))
        if not all(raws) or any(map(bytes.isspace, raws)):
            kept = [(n, raw) for n, raw in zip(numbers, raws, strict=True) if raw.strip()]
            numbers, raws = [n for n, _ in kept], [raw for _, raw in kept]
        if raws:
            yield size, numbers, raws


def _read_batch(
    numbers: Sequence[int],
    raws: list[bytes],
    found: dict[str, list[Any]],
    lines: dict[str, array[int]],
) -> None:
    by_kind = _by_head(raws)
    if by_kind is not None:
        validated = {kind: _validated_cut(kind, cut) for kind, (_, cut) in by_kind.items()}
        indexes: Mapping[str, Sequence[int]] = {kind: at for kind, (at, _) in by_kind.items()}
    else:
        validated, indexes = _validated_parsed(raws)
    for kind, objects in validated.items():
        share_fields_sets(objects)  # now, batch by batch, so the peak stays low too
        plural = _PLURAL[kind]
        lines[plural].extend(map(numbers.__getitem__, indexes[kind]))
        found[plural].extend(objects)


def _by_head(raws: list[bytes]) -> dict[str, tuple[Sequence[int], list[bytes]]] | None:
    """Each kind's lines (indexes, and the rest of each line after its head) if every line
    begins as writers do; None if one does not."""
    first = raws[0]
    head = first[: first.find(b",") + 1]
    kind = _KIND_OF_HEAD.get(head)
    if kind is not None and all(map(bytes.startswith, raws, repeat(head))):
        # The usual batch: every line of one kind, written the same way.
        return {kind: (range(len(raws)), list(map(itemgetter(slice(len(head), None)), raws)))}
    at_of: dict[str, list[int]] = {}
    rest_of: dict[str, list[bytes]] = {}
    for index, raw in enumerate(raws):
        head = raw[: raw.find(b",") + 1]
        kind = _KIND_OF_HEAD.get(head)
        if kind is None:
            return None
        at_of.setdefault(kind, []).append(index)
        rest_of.setdefault(kind, []).append(raw[len(head) :])
    return {kind: (at_of[kind], rest_of[kind]) for kind in at_of}


def _validated_cut(kind: str, rests: list[bytes]) -> list[Any]:
    """Validate lines whose head was cut off: each rest is an object without its ``{``."""
    objects = list(map(b"{".__add__, rests))
    # Line by line, never one text of the batch: joined, two half-objects on two lines
    # can make one whole, and a line holding two values can pass for two lines.
    validated = list(map(VALIDATORS[kind].validate_json, objects))
    if not no_key_repeats(b"".join(objects), validated):
        # Each line is one object now, so the batch can be checked as one array.
        jiter.from_json(b"[" + b",".join(objects) + b"]", catch_duplicate_keys=True)
    return validated


def _validated_parsed(raws: list[bytes]) -> tuple[dict[str, list[Any]], dict[str, list[int]]]:
    """Lines that begin some other way: parsed, one by one, refusing repeated keys, to find
    their `type`."""
    parsed = list(map(_parse_line, raws))
    indexes: dict[str, list[int]] = {}
    dicts: dict[str, list[dict[str, Any]]] = {}
    for index, obj in enumerate(parsed):
        kind = obj.pop("type", None) if isinstance(obj, dict) else None
        if not isinstance(kind, str) or kind not in _PLURAL:
            raise _GiveUp
        indexes.setdefault(kind, []).append(index)
        dicts.setdefault(kind, []).append(obj)
    validated = {
        kind: list(map(VALIDATORS[kind].validate_python, objs)) for kind, objs in dicts.items()
    }
    return validated, indexes


_parse_line = partial(jiter.from_json, catch_duplicate_keys=True)
