"""What the rules find: attributions with their spans, before speakers become agents."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

Span = tuple[int, int]
"""Character offsets ``[start, end)`` into the article's text."""


class MentionKind(StrEnum):
    name = "name"
    """A proper name, perhaps with a title: "Anne Patterson", "Ms Patterson"."""
    pronoun = "pronoun"
    """"she", "they": resolved to the nearest compatible named speaker."""
    description = "description"
    """A common noun: "the Ambassador", "officials", "recent media reports"."""
    document = "document"
    """A document: "the cable", "a report" — said by whoever wrote it."""


@dataclass(slots=True)
class Mention:
    """How the text names a speaker, and where."""

    span: Span
    text: str
    kind: MentionKind
    head: str
    """The head word, lower-cased ("patterson", "she", "ambassador", "cable")."""
    name: str = ""
    """For a name: the name without titles ("Anne Patterson" for "Ms Anne Patterson")."""
    titles: tuple[str, ...] = ()
    """Titles and descriptions seen with it, lower-cased ("ms", "ambassador")."""
    plural: bool = False
    by: Mention | None = None
    """For a document: who it is from, when the text says ("a statement from the mayor")."""


class Kind(StrEnum):
    direct = "direct"
    indirect = "indirect"
    mixed = "mixed"


@dataclass(slots=True)
class Found:
    """One attribution: who (as mentioned), which cue, and which words, as offsets."""

    kind: Kind
    content: list[Span]
    """The claim's words: one part, or one per quotation the cue splits."""
    mention: Mention | None
    cue: Span | None
    cue_lemma: str | None
    quotes: list[Span] = field(default_factory=list)
    """The verbatim parts (inside the marks) within the content."""
    follows: int | None = None
    """For a quotation with no cue of its own: the index of the attribution it continues."""
    parent: int | None = None
    """Index of the attribution whose content holds this one (nested attribution)."""

    @property
    def start(self) -> int:
        return self.content[0][0]

    @property
    def end(self) -> int:
        return self.content[-1][1]
