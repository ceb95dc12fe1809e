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
  objects included. The models forbid unknown fields and have no aliases, so
  each key fills exactly one field, and a repeated key fills the same field
  twice: with a repeat, fewer fields are filled than there are keys.

So if the bound equals the fields filled, no key repeats. (A count of every
colon is a looser bound, and the cheapest: it is tried first.) When neither
equals the fields filled, the batch is parsed with a duplicate check after all.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from itertools import compress
from operator import attrgetter, not_
from typing import Any, get_args

from pydantic import BaseModel

_BEFORE_KEY_COLON = ('":', " :", "\t:", "\n:", "\r:")
_BEFORE_KEY_COLON_BYTES = tuple(pair.encode() for pair in _BEFORE_KEY_COLON)
_FIELDS_SET = attrgetter("__pydantic_fields_set__")


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
    """How many fields the input filled in ``objects`` and every model nested in them."""
    # One pass in compiled code over all objects; Python visits only those that hold
    # nested models (a claim's appearances, review, selectors), a few in a corpus.
    given = list(map(_FIELDS_SET, objects))
    total = sum(map(len, given))
    for model in set(map(type, objects)):
        nested = _model_fields(model)
        if not nested:
            continue
        for obj in compress(objects, map(not_, map(nested.isdisjoint, given))):
            if type(obj) is model:
                for name in nested & obj.__pydantic_fields_set__:
                    total += fields_given(_models_in(getattr(obj, name)))
    return total


def _models_in(value: Any) -> list[BaseModel]:
    if isinstance(value, BaseModel):
        return [value]
    if isinstance(value, tuple | list):
        return [item for item in value if isinstance(item, BaseModel)]
    return []


@cache
def _model_fields(model: type[BaseModel]) -> frozenset[str]:
    """The fields of ``model`` that can hold another model (alone or in a tuple)."""
    return frozenset(
        name for name, info in model.model_fields.items() if _holds_model(info.annotation)
    )


def _holds_model(annotation: Any) -> bool:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return True
    return any(_holds_model(arg) for arg in get_args(annotation))
