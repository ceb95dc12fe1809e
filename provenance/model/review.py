"""A desk's verdict on a claim: the rating a fact-checker gives it, and who gave it when."""

from __future__ import annotations

import math
from typing import Annotated

from pydantic import PlainValidator, WithJsonSchema, model_validator

from ..dates import PartialDate
from .base import ContractModel, NonEmpty, Ref, Url
from .source import LanguageTag

EXACT = 2**53
"""Integers up to this size are exact as binary floating point, the store's number type."""


def _check_number(value: object) -> int | float:
    # Strict: YAML's `yes` is a bool, and "2" is text; neither is a rating.
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValueError(f"{value!r} is not a number")
    if not math.isfinite(value):
        raise ValueError(f"{value!r} is not a finite number")
    if abs(value) > EXACT:
        raise ValueError(f"{value!r} is too large for a rating")
    # 2.0 and 2 are the same rating, written one way: every export and the store agree.
    return int(value) if isinstance(value, float) and value.is_integer() else value


Number = Annotated[
    int | float,
    PlainValidator(_check_number),
    WithJsonSchema({"type": "number"}),
]
"""A finite number; a whole one is an integer (2.0 is 2), a fraction stays as written (2.5)."""

WORST = 1
"""schema.org's default ``worstRating``: the bottom of a scale whose `worst` is not given."""
BEST = 5
"""schema.org's default ``bestRating``: the top of a scale whose `best` is not given."""


class Review(ContractModel):
    """A fact-checking desk's rating of the claim (exported as a schema.org ClaimReview).

    The numeric scale runs from `worst` to `best`; either one left out takes
    schema.org's default (worst 1, best 5), so `rating_value: 2` alone means
    2 on a scale of 1 to 5.
    """

    rating: NonEmpty
    """The desk's verdict in its own words, e.g. "Misleading", "False", "Mostly true"."""
    rating_value: Number | None = None
    """The verdict as a number on the desk's scale, from `worst` to `best`."""
    best: Number | None = None
    """The best value of the scale (default 5, as in schema.org); needs `rating_value`."""
    worst: Number | None = None
    """The worst value of the scale (default 1, as in schema.org); needs `rating_value`."""
    reviewer: Ref | None = None
    """Agent id of the desk or person who reviewed the claim (not its speaker)."""
    date: PartialDate | None = None
    """When the review was published (a partial date)."""
    url: Url | None = None
    """Where the review can be read."""
    title: NonEmpty | None = None
    """The review's headline, e.g. "Was the library budget cut in half? Not quite"."""
    language: LanguageTag | None = None
    """BCP 47 language tag of the review, e.g. "en"."""
    summary: NonEmpty | None = None
    """A sentence or two on why the desk gave that rating."""

    @model_validator(mode="after")
    def _on_its_scale(self) -> Review:
        if self.rating_value is None:
            if self.best is not None or self.worst is not None:
                raise ValueError("`best` and `worst` give the scale of `rating_value`: add it")
            return self
        worst, best = self.scale or (WORST, BEST)
        scale = f"from worst {_number(worst)} to best {_number(best)}"
        if self.worst is None or self.best is None:
            scale += " (schema.org's default; give `worst` and `best` for another scale)"
        if worst >= best:
            raise ValueError(f"`worst` must be below `best`: the scale runs {scale}")
        if not worst <= self.rating_value <= best:
            raise ValueError(
                f"rating_value {_number(self.rating_value)} is outside the scale, "
                f"which runs {scale}"
            )
        return self

    @property
    def scale(self) -> tuple[int | float, int | float] | None:
        """``(worst, best)`` of a numeric rating, defaults filled in; None without one."""
        if self.rating_value is None:
            return None
        return (
            WORST if self.worst is None else self.worst,
            BEST if self.best is None else self.best,
        )


def _number(value: int | float) -> str:
    return f"{value:g}" if isinstance(value, float) else str(value)
