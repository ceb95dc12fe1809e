"""Showing that a batch of JSON objects repeats no key, without parsing it a second time.

JSON allows ``{"speaker": "a", "speaker": "b"}``; parsers keep the last value
and the first is lost without a word, so a dossier with a repeated key is
refused. Looking for one meant parsing each batch twice, once into Python
objects only to be thrown away: a third of loading a million claims. Two
counts settle it for nearly every batch:

* :func:`key_bound`, at least the number of keys in the text. A key is a
  string followed by a colon, so its colon comes straight after a quotation
  mark or whitespace. Colons anywhere else ("https://", "10:30", "Note:") are
  not counted; a few that are (``he said : no`` inside a string) only raise
  the bound.
* :func:`fields_given`, the fields that validating the batch filled, nested
  objects included. The models forbid unknown fields, have no aliases and
  fill no field before validating, so each key fills exactly one field, only
  keys fill fields, and a repeated key fills the same field twice: with a
  repeat, fewer fields are filled than there are keys.

So if the bound equals the fields filled, no key repeats. (A count of every
colon is a looser bound, and the cheapest: it is tried first.) When neither
equals the fields filled, the batch is parsed with a duplicate check after all.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from itertools import chain, compress, repeat
from operator import attrgetter, contains, is_
from types import UnionType
from typing import Any, Union, get_args, get_origin

from pydantic import BaseModel

from .located import FIELDS_SET

_BEFORE_KEY_COLON = ('":', " :", "\t:", "\n:", "\r:")
_BEFORE_KEY_COLON_BYTES = tuple(pair.encode() for pair in _BEFORE_KEY_COLON)


def no_key_repeats(text: str | bytes, objects: Sequence[BaseModel]) -> bool:
    """True when the counts show that no object in ``text`` repeats a key; False when
    they cannot tell. ``objects`` are what validating ``text`` gave."""
    fields = fields_given(objects)
    # Every colon at all bounds the keys too, and one count of it is the cheapest test.
    colons = text.count(b":") if isinstance(text, bytes) else text.count(":")
    return colons == fields or key_bound(text) == fields


def key_bound(text: str | bytes) -> int:
    """At least the number of object keys in the JSON ``text`` (exactly, in nearly all text)."""
    if isinstance(text, bytes):
        return sum(text.count(pair) for pair in _BEFORE_KEY_COLON_BYTES)
    return sum(text.count(pair) for pair in _BEFORE_KEY_COLON)


def fields_given(objects: Sequence[BaseModel]) -> int:
    """How many fields the input filled in ``objects`` and every model nested in them.

    -1 when it cannot say: ``objects`` mix models at some level (validating one kind
    never gives that), or a model nests others in a way not followed here. The
    counts then disagree, and the batch is parsed again.
    """
    # Level by level, each in a few passes of compiled code: a Python loop per object
    # showed at a million claims, and a call per nested model did too.
    total = 0
    level: list[Sequence[BaseModel]] = [objects]
    while level:
        below: list[Sequence[BaseModel]] = []
        for batch in level:
            if not batch:
                continue
            model = type(batch[0])
            nested = _model_fields(model)
            if nested is None or not all(map(is_, map(type, batch), repeat(model))):
                return -1
            given = list(map(FIELDS_SET, batch))
            total += sum(map(len, given))
            for name, many in nested:
                values = map(attrgetter(name), compress(batch, map(contains, given, repeat(name))))
                below.append(list(chain.from_iterable(values) if many else filter(None, values)))
        level = below
    return total


@cache
def _model_fields(model: type[BaseModel]) -> tuple[tuple[str, bool], ...] | None:
    """The fields of ``model`` that hold other models: each name, and whether a tuple of
    them; None if one holds them some other way (a dict of them, say)."""
    found = []
    for name, info in model.model_fields.items():
        options = [arg for arg in _options(info.annotation) if arg is not type(None)]
        if not any(map(_holds_model, options)):
            continue
        if all(get_origin(arg) is tuple and _holds_model(arg) for arg in options):
            found.append((name, True))
        elif all(isinstance(arg, type) and issubclass(arg, BaseModel) for arg in options):
            found.append((name, False))
        else:
            return None
    return tuple(found)


def _options(annotation: Any) -> tuple[Any, ...]:
    """The members of a union (``X | None``), or the annotation alone."""
    return get_args(annotation) if get_origin(annotation) in (Union, UnionType) else (annotation,)


def _holds_model(annotation: Any) -> bool:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return True
    return any(_holds_model(arg) for arg in get_args(annotation))
