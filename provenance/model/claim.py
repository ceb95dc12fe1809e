"""Assertions: who said what, where, when, about whom, and where it was reported."""

from __future__ import annotations

from enum import StrEnum

from ..dates import PartialDate
from .base import ContractModel, NonEmpty, Ref, Slug


class ClaimKind(StrEnum):
    direct = "direct"
    indirect = "indirect"
    paraphrase = "paraphrase"
    mixed = "mixed"


class Appearance(ContractModel):
    """A later report of the claim: the NDTV article quoting the cable."""

    source: Ref
    date: PartialDate | None = None
    quote: NonEmpty | None = None


class Claim(ContractModel):
    id: Slug
    text: NonEmpty
    quote: NonEmpty | None = None
    kind: ClaimKind | None = None
    speaker: Ref | None = None
    source: Ref | None = None
    date: PartialDate | None = None
    about: tuple[Ref, ...] = ()
    embeds: tuple[Ref, ...] = ()
    attributed_to: Ref | None = None
    appearances: tuple[Appearance, ...] = ()
    tags: tuple[NonEmpty, ...] = ()
    note: str | None = None
