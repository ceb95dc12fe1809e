"""Documents and events in which words were recorded."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

from pydantic import StringConstraints, model_validator

from ..dates import PartialDate
from .base import ContractModel, NonEmpty, Ref, Slug, Url


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
    date: PartialDate | None = None


LanguageTag = Annotated[str, StringConstraints(pattern=r"^[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*$")]


class Source(ContractModel):
    id: Slug
    kind: SourceKind | None = None
    title: NonEmpty | None = None
    authors: tuple[Ref, ...] = ()
    publisher: Ref | None = None
    published: PartialDate | None = None
    url: Url | None = None
    archived_url: Url | None = None
    language: LanguageTag | None = None
    released: Release | None = None
    cites: tuple[Ref, ...] = ()
    text: str | None = None
    text_file: NonEmpty | None = None

    @model_validator(mode="after")
    def _one_text(self) -> Source:
        if self.text is not None and self.text_file is not None:
            raise ValueError("give either `text` or `text_file`, not both")
        return self
