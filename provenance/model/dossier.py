"""A dossier: one file's agents, sources and claims."""

from __future__ import annotations

from .agent import Agent
from .base import ContractModel
from .claim import Claim
from .source import Source


class Dossier(ContractModel):
    agents: tuple[Agent, ...] = ()
    """People, organisations and groups: speakers, authors, publishers, subjects."""
    sources: tuple[Source, ...] = ()
    """Documents and events in which words were recorded."""
    claims: tuple[Claim, ...] = ()
    """Assertions, each with its speaker, source and date."""
