"""Assertions: who said what, where, when, about whom, and where it was reported."""

from __future__ import annotations

from enum import StrEnum

from ..dates import PartialDate
from .base import ContractModel, NonEmpty, Noqa, Ref, Slug
from .review import Review
from .selector import TextSelectors


class ClaimKind(StrEnum):
    direct = "direct"
    indirect = "indirect"
    paraphrase = "paraphrase"
    mixed = "mixed"


class Appearance(ContractModel):
    """A later report of the claim: the NDTV article quoting the cable."""

    source: Ref
    """Source id of the later document that reports the claim."""
    date: PartialDate | None = None
    """When that report appeared (a partial date)."""
    quote: NonEmpty | None = None
    """The claim's words as that report prints them."""


class Claim(ContractModel):
    id: Slug
    """Slug, unique across the whole graph."""
    text: NonEmpty
    """The proposition, in the tracker's own words."""
    quote: NonEmpty | None = None
    """The speaker's verbatim words, if any."""
    kind: ClaimKind | None = None
    """direct, indirect, paraphrase or mixed."""
    speaker: Ref | None = None
    """Agent id of who asserted it (not whom it is about)."""
    source: Ref | None = None
    """Source id of the document or event where the speaker asserted it."""
    date: PartialDate | None = None
    """When it was asserted (a partial date)."""
    about: tuple[Ref, ...] = ()
    """Agent ids of the claim's subjects."""
    embeds: tuple[Ref, ...] = ()
    """Claim ids reported inside this one (Zardari's statement inside Patterson's cable)."""
    attributed_to: Ref | None = None
    """Agent id a later report credits the claim to (e.g. "WikiLeaks" in a headline)."""
    appearances: tuple[Appearance, ...] = ()
    """Later reports of the claim, with their dates and quotes."""
    review: Review | None = None
    """A fact-checking desk's rating of the claim, for desks that rate claims."""
    tags: tuple[NonEmpty, ...] = ()
    """Free labels for grouping claims."""
    note: str | None = None
    """Anything an editor should know."""
    cue: NonEmpty | None = None
    """The words that attribute it in the text it was read in: "wrote", "according to"."""
    selectors: TextSelectors | None = None
    """Where its words, its speaker's mention and its cue are in that text (offsets)."""
    draft: bool = False
    """Proposed by `provenance extract` and not yet reviewed: an editor checks it, then
    deletes this flag."""
    noqa: tuple[Noqa, ...] = ()
    """Rules silenced on this object, each with why: ["PV009: the cable names no outlet"]."""
