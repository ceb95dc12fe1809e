"""JSON Lines dossiers: one object per line, each with a `type`, read as a stream.

Large corpora need not be one JSON document: a `.jsonl` file is read line by
line, so memory holds the validated objects, never the whole text, and each
object's line is simply its line number.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from ..errors import InputError
from ..model import Agent, Claim, Dossier, Source
from ..progress import SILENT, Progress
from .jsonl_batch import read_batched
from .located import Located, ObjectLines, Path_, format_path, too_large

MODELS: dict[str, tuple[str, type[BaseModel]]] = {
    "agent": ("agents", Agent),
    "source": ("sources", Source),
    "claim": ("claims", Claim),
}


class _DuplicateKey(Exception):
    pass


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise _DuplicateKey(key)
        result[key] = value
    return result


def parse_jsonl(file: Path, describe: Any, progress: Progress = SILENT) -> tuple[Dossier, Located]:
    """Read and validate every line; ``describe`` turns a ValidationError into an InputError."""
    batched = read_batched(file, progress)
    if batched is not None and any(batched[1].values()):
        found_fast, lines_fast = batched
        return _dossier(found_fast), ObjectLines(None, by_kind=lines_fast)
    name = file.as_posix()
    # Each list holds only its MODELS type; Any spares three copies of the loop.
    found: dict[str, list[Any]] = {"agents": [], "sources": [], "claims": []}
    lines: dict[Path_, int] = {}
    try:
        handle = file.open("rb")
    except OSError as error:
        raise InputError(f"cannot read: {error.strerror or error}", file=name) from None
    with handle:
        for number, raw in enumerate(handle, start=1):
            if number == 1:
                raw = raw.removeprefix(b"\xef\xbb\xbf")
            obj = _parse_line(raw, name, number)
            if obj is None:
                continue
            kind = obj.pop("type", None)
            if not isinstance(kind, str) or kind not in MODELS:
                raise InputError(
                    f"`type` must be agent, source or claim (got {kind!r})",
                    file=name,
                    line=number,
                    field="type",
                )
            plural, model = MODELS[kind]
            try:
                validated = model.model_validate(obj)
            except ValidationError as error:
                problem: InputError = describe(error, Located(obj, {(): number}), name)
                problem.field = f"{kind}.{problem.field}" if problem.field else kind
                raise problem from None
            lines[(plural, len(found[plural]))] = number
            found[plural].append(validated)
    if not lines:
        raise InputError("file is empty", file=name, line=1)
    return _dossier(found), Located(None, lines)


def _dossier(found: dict[str, list[Any]]) -> Dossier:
    return Dossier.model_construct(
        agents=tuple(found["agents"]),
        sources=tuple(found["sources"]),
        claims=tuple(found["claims"]),
    )


def _parse_line(raw: bytes, name: str, number: int) -> dict[str, Any] | None:
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        byte = raw[error.start : error.start + 1].hex()
        raise InputError(
            f"not valid UTF-8 text (byte 0x{byte}); save the file as UTF-8", file=name, line=number
        ) from None
    if not text.strip():
        return None
    if "\x00" in text:
        raise InputError("contains a NUL character: not a text file", file=name, line=number)
    try:
        obj = json.loads(text, object_pairs_hook=_no_duplicates)
    except json.JSONDecodeError as error:
        raise InputError(
            f"invalid JSON: {error.msg.lower()}", file=name, line=number, column=error.colno
        ) from None
    except _DuplicateKey as error:
        raise InputError(f"duplicate key '{error}'", file=name, line=number) from None
    except RecursionError:
        raise InputError("invalid JSON: nested too deep", file=name, line=number) from None
    except ValueError:  # an integer longer than Python's int-str conversion limit
        raise _too_large(text, name, number) from None
    if not isinstance(obj, dict):
        raise InputError("each line must be one JSON object", file=name, line=number)
    return obj


class _Huge:
    """Stands for an integer too long to convert, so that its field can be named."""

    def __init__(self, digits: str) -> None:
        self.digits = len(digits.lstrip("-"))


def _too_large(text: str, name: str, number: int) -> InputError:
    # Read again (only on this rare failure) with the integers left as text, to find where.
    try:
        obj = json.loads(text, parse_int=_int_or_huge)
        path, digits = _find_huge(obj, ())
    except (RecursionError, ValueError):  # nested too deep to say where, or a mistake after it
        obj, path, digits = None, (), 0
    kind = obj.get("type") if isinstance(obj, dict) else None
    field = format_path(path)
    if isinstance(kind, str) and kind in MODELS and path != ("type",):
        field = f"{kind}.{field}"
    return InputError(
        too_large(digits),
        file=name,
        line=number,
        field=field or None,
    )


def _int_or_huge(digits: str) -> int | _Huge:
    try:
        return int(digits)
    except ValueError:
        return _Huge(digits)


def _find_huge(value: Any, path: Path_) -> tuple[Path_, int]:
    if isinstance(value, _Huge):
        return path, value.digits
    items: Any = ()
    if isinstance(value, dict):
        items = value.items()
    elif isinstance(value, list):
        items = enumerate(value)
    for key, item in items:
        found = _find_huge(item, (*path, key))
        if found[1]:
            return found
    return path, 0
