"""A dossier: one file's agents, sources and claims."""

from __future__ import annotations

from .agent import Agent
from .base import ContractModel
from .claim import Claim
from .source import Source


class Dossier(ContractModel):
    agents: tuple[Agent, ...] = ()
    sources: tuple[Source, ...] = ()
    claims: tuple[Claim, ...] = ()
