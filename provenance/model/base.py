"""Shared pieces of the contract models: strictness, ids, references."""

from __future__ import annotations

import re
from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict, StringConstraints, WithJsonSchema

SLUG_PATTERN = r"^[a-z0-9](?:[a-z0-9._-]*[a-z0-9])?$"
SLUG = re.compile(SLUG_PATTERN)
"""What an id must match."""


class ContractModel(BaseModel):
    """Frozen, and strict about field names: a misspelt field is an error, never dropped."""

    model_config = ConfigDict(extra="forbid", frozen=True, use_attribute_docstrings=True)


def not_a_slug(value: str, example: str = "anne-patterson") -> str:
    """What is wrong with an id that does not match :data:`SLUG`, and what to write."""
    return (
        f"'{value}' is not a valid id: use lowercase letters, digits and '-', '_' or '.' "
        f"inside (e.g. '{example}')"
    )


def _check_slug(value: str) -> str:
    if not SLUG.match(value):
        raise ValueError(not_a_slug(value))
    return value


def _check_url(value: str) -> str:
    if not value.startswith(("http://", "https://")) or any(c.isspace() for c in value):
        raise ValueError(f"'{value}' is not an http(s) URL")
    return value


Slug = Annotated[
    str,
    AfterValidator(_check_slug),
    WithJsonSchema({"type": "string", "pattern": SLUG_PATTERN}),
]
"""The id of an agent, source or claim: unique across the whole graph."""

# References are not held to the slug shape: a reference that names nothing is
# a validation finding (PV003) an editor can fix, not a load failure.
Ref = Annotated[str, StringConstraints(min_length=1)]
"""The id of another object in the graph."""

Url = Annotated[
    str,
    AfterValidator(_check_url),
    WithJsonSchema({"type": "string", "format": "uri", "pattern": "^https?://"}),
]
NonEmpty = Annotated[str, StringConstraints(min_length=1)]

NOQA_PATTERN = r"^PV[0-9]{3}(?::\s*\S.*)?$"
_NOQA = re.compile(NOQA_PATTERN, re.S)


def _check_noqa(value: str) -> str:
    if not _NOQA.match(value):
        raise ValueError(
            f"'{value}' is not a suppression: write a rule code, then why "
            "(e.g. 'PV009: the cable names no outlet')"
        )
    return value


Noqa = Annotated[
    str,
    AfterValidator(_check_noqa),
    WithJsonSchema({"type": "string", "pattern": NOQA_PATTERN}),
]
"""A suppressed rule on one object: "PV009: the reason the desk accepts it"."""
