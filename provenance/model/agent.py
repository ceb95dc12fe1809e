"""People and organisations who say things, publish, release or are talked about."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

from pydantic import StringConstraints

from ..dates import PartialDate
from .base import ContractModel, NonEmpty, Noqa, Ref, Slug, Url


class AgentKind(StrEnum):
    person = "person"
    organization = "organization"
    group = "group"


class Role(ContractModel):
    """A position an agent held: "US ambassador to Pakistan" at the US embassy, 2007-2010."""

    title: NonEmpty
    """The position, e.g. "US Ambassador to Pakistan"."""
    organization: Ref | None = None
    """Agent id of the organisation the role was held in."""
    start: PartialDate | None = None
    """When the role began (a partial date)."""
    end: PartialDate | None = None
    """When the role ended (a partial date)."""


class Agent(ContractModel):
    id: Slug
    """Slug, unique across the whole graph, e.g. "anne-patterson"."""
    name: NonEmpty
    """The name readers know, e.g. "Anne Patterson"."""
    kind: AgentKind | None = None
    """person, organization or group."""
    aliases: tuple[NonEmpty, ...] = ()
    """Other names used in sources: "Ms Patterson", "the Ambassador"."""
    roles: tuple[Role, ...] = ()
    """Positions held: who the agent spoke for, and when."""
    wikidata: Annotated[str, StringConstraints(pattern=r"^Q[1-9][0-9]*$")] | None = None
    """Wikidata item id, e.g. "Q42"."""
    url: Url | None = None
    """An http(s) page about the agent."""
    noqa: tuple[Noqa, ...] = ()
    """Rules silenced on this object, each with why: ["PV009: the cable names no outlet"]."""
