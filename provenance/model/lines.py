"""One line of a JSON Lines dossier: an agent, source or claim tagged with its `type`.

Used for the published schema; the loader validates each line with the plain
model after reading `type`, so the two cannot disagree on any other field.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field, RootModel

from .agent import Agent
from .claim import Claim
from .source import Source


class AgentLine(Agent):
    type: Literal["agent"]


class SourceLine(Source):
    type: Literal["source"]


class ClaimLine(Claim):
    type: Literal["claim"]


class DossierLine(
    RootModel[Annotated[AgentLine | SourceLine | ClaimLine, Field(discriminator="type")]]
):
    """One object per line, each with `type`: agent, source or claim."""
