"""The fast way through a big JSON dossier: objects found by the C scanner, checked in batches.

The located reader (:mod:`.json_`) walks every value in Python to remember
its line; for a million claims that is most of the run. Here the standard
library's C scanner only finds where each agent, source and claim begins and
ends; batches of them are then validated by pydantic straight from the JSON
text and shown to repeat no key by counting (:mod:`.keys`), as for JSON Lines.

Anything unusual — a key other than ``agents``, ``sources`` and ``claims``,
malformed JSON, a duplicate key, a contract error — makes :func:`read_batched`
return None, and the located reader finds and words the problem. So both
accept exactly the same files, and this module never words an error.
"""

from __future__ import annotations

import json
import re
from array import array
from pathlib import Path
from typing import Any

import jiter
from pydantic import ValidationError

from .jsonl_batch import BATCH, VALIDATORS
from .keys import no_key_repeats
from .located import share_fields_sets

_KINDS = {"agents": "agent", "sources": "source", "claims": "claim"}
_WS = re.compile(r"[ \t\n\r]*")
_DECODER = json.JSONDecoder()
_scanstring: Any = json.decoder.scanstring  # type: ignore[attr-defined]

Spans = dict[str, list[tuple[int, int]]]


class _GiveUp(Exception):
    """Something the located reader must look at and word."""


def read_batched(file: Path) -> tuple[dict[str, list[Any]], dict[str, array[int]]] | None:
    """Every object by plural kind, and the line each starts on; None to read it closely."""
    try:
        text = file.read_bytes().decode("utf-8").removeprefix("\ufeff")
        if "\x00" in text:
            return None
        spans = _objects(text)
        return _validated(text, spans), _lines(text, spans)
    except (_GiveUp, OSError, ValueError, ValidationError, RecursionError):
        return None


def _objects(text: str) -> Spans:
    """Where each object of the top-level arrays starts and ends."""
    spans: Spans = {}
    i = _skip(text, 0)
    if text[i : i + 1] != "{":
        raise _GiveUp
    i = _skip(text, i + 1)
    while text[i : i + 1] == '"':
        key, i = _scanstring(text, i + 1)
        if key not in _KINDS or key in spans:
            raise _GiveUp
        i = _expect(text, _skip(text, i), ":")
        spans[key] = found = []
        i = _expect(text, i, "[")
        if text[i : i + 1] == "]":
            i = _skip(text, i + 1)
        else:
            while True:
                if text[i : i + 1] != "{":
                    raise _GiveUp
                _, end = _DECODER.raw_decode(text, i)
                found.append((i, end))
                i = _skip(text, end)
                if text[i : i + 1] == "]":
                    i = _skip(text, i + 1)
                    break
                i = _expect(text, i, ",")
        if text[i : i + 1] != ",":
            break
        i = _skip(text, i + 1)
    i = _expect(text, i, "}")
    if i != len(text) or not any(spans.values()):
        raise _GiveUp
    return spans


def _skip(text: str, i: int) -> int:
    match = _WS.match(text, i)
    return match.end() if match else i


def _expect(text: str, i: int, char: str) -> int:
    if text[i : i + 1] != char:
        raise _GiveUp
    return _skip(text, i + 1)


def _validated(text: str, spans: Spans) -> dict[str, list[Any]]:
    found: dict[str, list[Any]] = {plural: [] for plural in _KINDS}
    for plural, places in spans.items():
        validate = VALIDATORS[_KINDS[plural]].validate_json
        for first in range(0, len(places), BATCH):
            pieces = [text[s:e] for s, e in places[first : first + BATCH]]
            objects = list(map(validate, pieces))
            joined = "".join(pieces)
            # NaN and Infinity are not JSON: the located reader refuses them, so must this.
            if not no_key_repeats(joined, objects) or "NaN" in joined or "Infinity" in joined:
                blob = "[" + ",".join(pieces) + "]"
                jiter.from_json(blob.encode(), catch_duplicate_keys=True, allow_inf_nan=False)
            share_fields_sets(objects)
            found[plural].extend(objects)
    return found


def _lines(text: str, spans: Spans) -> dict[str, array[int]]:
    """The line each object starts on, counting newlines once through the text."""
    starts = sorted((start, plural) for plural, places in spans.items() for start, _ in places)
    lines: dict[str, array[int]] = {plural: array("L") for plural in _KINDS}
    line, at = 1, 0
    for start, plural in starts:
        line += text.count("\n", at, start)
        at = start
        lines[plural].append(line)
    return lines
