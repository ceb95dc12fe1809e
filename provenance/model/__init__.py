"""The data contract (PRODUCT.md section 2) as pydantic models."""

from __future__ import annotations

from .agent import Agent, AgentKind, Role
from .claim import Appearance, Claim, ClaimKind
from .dossier import Dossier
from .review import Review
from .source import Release, Source, SourceKind

__all__ = [
    "Agent",
    "AgentKind",
    "Appearance",
    "Claim",
    "ClaimKind",
    "Dossier",
    "Release",
    "Review",
    "Role",
    "Source",
    "SourceKind",
]
