"""Documents and events in which words were recorded."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

from pydantic import StringConstraints, model_validator

from ..dates import PartialDate
from .base import ContractModel, NonEmpty, Noqa, Ref, Slug, Url


class SourceKind(StrEnum):
    news_article = "news_article"
    diplomatic_cable = "diplomatic_cable"
    statement = "statement"
    interview = "interview"
    speech = "speech"
    press_release = "press_release"
    report = "report"
    social_post = "social_post"
    transcript = "transcript"
    book = "book"
    unknown = "unknown"


class Release(ContractModel):
    """Who made a document public, and when: a cable released by WikiLeaks."""

    by: Ref
    """Agent id of who released it (e.g. wikileaks)."""
    date: PartialDate | None = None
    """When it was released (a partial date)."""


LanguageTag = Annotated[str, StringConstraints(pattern=r"^[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*$")]


class Source(ContractModel):
    id: Slug
    """Slug, unique across the whole graph."""
    kind: SourceKind | None = None
    """What sort of document or event: news_article, diplomatic_cable, statement, ..."""
    title: NonEmpty | None = None
    """The document's title, or a short description of it."""
    authors: tuple[Ref, ...] = ()
    """Agent ids of who wrote or said it."""
    publisher: Ref | None = None
    """Agent id of who published or issued it."""
    published: PartialDate | None = None
    """When it was written, said or published (a partial date)."""
    url: Url | None = None
    """Where it can be read."""
    archived_url: Url | None = None
    """An archived copy (e.g. the Wayback Machine)."""
    language: LanguageTag | None = None
    """BCP 47 language tag, e.g. "en"."""
    released: Release | None = None
    """A later release by someone else: a cable released by WikiLeaks."""
    cites: tuple[Ref, ...] = ()
    """Source ids of the documents this one cites or reports."""
    text: str | None = None
    """The document's text, for checking quotes verbatim."""
    text_file: NonEmpty | None = None
    """Path to a file holding the text, relative to the dossier."""
    noqa: tuple[Noqa, ...] = ()
    """Rules silenced on this object, each with why: ["PV009: the cable names no outlet"]."""

    @model_validator(mode="after")
    def _one_text(self) -> Source:
        if self.text is not None and self.text_file is not None:
            raise ValueError("give either `text` or `text_file`, not both")
        return self
