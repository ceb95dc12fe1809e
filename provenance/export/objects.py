"""The graph's objects as every export reads them: one per id, sorted by id.

Exports must not depend on the order records were written in, so they walk
these lists rather than the graph's file order. A duplicated id (PV004) is
exported once, as its first definition, the one the graph's lookups return.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

from ..graph import KIND_OF, Entry, Graph
from ..model import Agent, Claim, Source

T = TypeVar("T", Agent, Source, Claim)


def agents(graph: Graph) -> list[Agent]:
    return _unique(graph.agents)


def sources(graph: Graph) -> list[Source]:
    return _unique(graph.sources)


def claims(graph: Graph) -> list[Claim]:
    return _unique(graph.claims)


def _unique(entries: Sequence[Entry[T]]) -> list[T]:
    first: dict[str, T] = {}
    for entry in entries:
        first.setdefault(entry.id, entry.obj)
    return [first[id_] for id_ in sorted(first)]


def resolved(
    ids: Sequence[str | None], graph: Graph, kind: type[Agent] | type[Source] | type[Claim]
) -> list[str]:
    """The ids that name an object of that kind, in their given order, once each.

    A reference that resolves to nothing is left out of every export: PV003
    reports it, and an export must not present it as if it were known.
    """
    found: list[str] = []
    for id_ in ids:
        entry = graph.entry(KIND_OF[kind], id_)
        if entry is not None and entry.id not in found:
            found.append(entry.id)
    return found


IRI_BASE = "urn:provenance:"
"""Dossier ids are local names, not web addresses: exports that need IRIs (JSON-LD,
PROV, Web Annotation) make them under this URN base, the same in every format, so
a claim exported as ClaimReview and as PROV is recognisably the same resource."""


def iri(kind: str, id_: str) -> str:
    return f"{IRI_BASE}{kind}:{id_}"
