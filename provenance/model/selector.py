"""Where a claim is worded in a source's text: W3C TextPositionSelectors.

`provenance extract` records, for each claim it proposes, the place of the
claim's words, of the speaker's mention and of the cue in the article it read,
as code-point offsets into that article's text (as the Web Annotation model
counts them). An editor can jump there, and an evaluation can compare them.
"""

from __future__ import annotations

from typing import Annotated

from pydantic import Field, model_validator

from .base import ContractModel, Ref

Offset = Annotated[int, Field(ge=0)]


class Position(ContractModel):
    """A TextPositionSelector: the characters ``[start, end)`` of a text, in code points."""

    start: Offset
    """Offset of the first character."""
    end: Offset
    """Offset just past the last character."""

    @model_validator(mode="after")
    def _ordered(self) -> Position:
        if self.end < self.start:
            raise ValueError(f"`end` ({self.end}) is before `start` ({self.start})")
        return self


class TextSelectors(ContractModel):
    """Where a claim's content, speaker mention and cue are in the text of one source."""

    source: Ref
    """Source id of the text the offsets count in (the article the claim was read in)."""
    content: tuple[Position, ...] = ()
    """The claim's words: one part, or several where the cue splits a quote."""
    speaker: Position | None = None
    """The mention of the speaker: "Anne Patterson", "Ms Patterson", "she"."""
    cue: Position | None = None
    """The words that attribute it: "wrote", "according to", "says"."""
