"""People and organisations who say things, publish, release or are talked about."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

from pydantic import StringConstraints

from ..dates import PartialDate
from .base import ContractModel, NonEmpty, Ref, Slug, Url


class AgentKind(StrEnum):
    person = "person"
    organization = "organization"
    group = "group"


class Role(ContractModel):
    """A position an agent held: "US ambassador to Pakistan" at the US embassy, 2007-2010."""

    title: NonEmpty
    organization: Ref | None = None
    start: PartialDate | None = None
    end: PartialDate | None = None


class Agent(ContractModel):
    id: Slug
    name: NonEmpty
    kind: AgentKind | None = None
    aliases: tuple[NonEmpty, ...] = ()
    roles: tuple[Role, ...] = ()
    wikidata: Annotated[str, StringConstraints(pattern=r"^Q[1-9][0-9]*$")] | None = None
    url: Url | None = None
