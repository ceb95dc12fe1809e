"""The attribution graph as nodes and labelled edges, for the DOT and Mermaid drawings.

Edges point from what is reported to who or what stands behind it:
claim -said-by-> speaker, claim -said-in-> source, claim -reported-in-> a
later source, claim -embeds-> claim, claim -credited-to-> whom a report
credits, source -written-by-> author, source -published-by-> publisher,
source -released-by-> releaser, source -cites-> source. References that
resolve to nothing are not drawn (PV003 reports them).
"""

from __future__ import annotations

import textwrap
from dataclasses import dataclass

from ..errors import UsageError
from ..graph import KIND_OF, Graph, Kind
from ..model import Agent, Claim, Source
from . import objects

LABEL_LENGTH = 60
"""Claim texts and titles are cut at a word to about this many characters in a drawing,
and shown on two lines: a drawing of the chain should fit a page."""


@dataclass(frozen=True, slots=True)
class Node:
    kind: Kind
    id: str
    label: str


@dataclass(frozen=True, slots=True)
class Edge:
    tail: Node
    label: str
    head: Node


@dataclass(frozen=True, slots=True)
class Drawing:
    nodes: tuple[Node, ...]
    edges: tuple[Edge, ...]


def attribution_graph(graph: Graph) -> Drawing:
    """Every agent, source and claim, and every edge between them."""
    return Drawing(tuple(attribution_nodes(graph)), tuple(_edges(graph)))


def attribution_nodes(graph: Graph) -> list[Node]:
    return [
        *(_agent(a) for a in objects.agents(graph)),
        *(_source(s) for s in objects.sources(graph)),
        *(_claim(c) for c in objects.claims(graph)),
    ]


def one_chain(graph: Graph, claim_id: str) -> Drawing:
    """One claim's chain: what it leads to through every edge but ``cites``.

    A source's citations belong to all of its claims, not to this one: they are
    drawn between nodes of the chain (the article cites the cable) but not
    followed out of it.

    :raises UsageError: no claim has that id.
    """
    if graph.claim(claim_id) is None:
        raise UsageError(f"no claim with id '{claim_id}' in the dossiers given")
    whole = attribution_graph(graph)
    start = next(n for n in whole.nodes if n.kind == "claim" and n.id == claim_id)
    leads_to: dict[Node, list[Node]] = {}  # each edge looked at once, not once per node reached
    for edge in whole.edges:
        if edge.label != "cites":
            leads_to.setdefault(edge.tail, []).append(edge.head)
    reached, todo = {start}, [start]
    while todo:
        for head in leads_to.get(todo.pop(), ()):
            if head not in reached:
                reached.add(head)
                todo.append(head)
    return Drawing(
        tuple(n for n in whole.nodes if n in reached),
        tuple(e for e in whole.edges if e.tail in reached and e.head in reached),
    )


def short(text: str, length: int = LABEL_LENGTH) -> str:
    """The text on one line, cut at a word boundary with an ellipsis when too long."""
    words = " ".join(text.split())
    if len(words) <= length:
        return words
    return words[:length].rsplit(" ", 1)[0] + "…"


def wrapped(text: str, width: int = 32) -> str:
    """The text cut to :data:`LABEL_LENGTH`, on lines of about ``width`` characters."""
    return "\n".join(textwrap.wrap(short(text), width, break_on_hyphens=False))


def _agent(agent: Agent) -> Node:
    return Node("agent", agent.id, agent.name)


def _source(source: Source) -> Node:
    label = wrapped(source.title) if source.title else source.id
    details = [str(part) for part in (source.kind, source.published) if part is not None]
    return Node("source", source.id, f"{label}\n({', '.join(details)})" if details else label)


def _claim(claim: Claim) -> Node:
    return Node("claim", claim.id, wrapped(claim.text))


def _edges(graph: Graph) -> list[Edge]:
    nodes = {(node.kind, node.id): node for node in attribution_nodes(graph)}
    edges: list[Edge] = []

    def link(
        tail: Node, label: str, ids: tuple[str | None, ...], kind: type[Agent | Source | Claim]
    ) -> None:
        name = KIND_OF[kind]
        edges.extend(
            Edge(tail, label, nodes[name, id_]) for id_ in objects.resolved(ids, graph, kind)
        )

    for claim in objects.claims(graph):
        node = nodes["claim", claim.id]
        link(node, "said-by", (claim.speaker,), Agent)
        link(node, "said-in", (claim.source,), Source)
        link(node, "reported-in", tuple(a.source for a in claim.appearances), Source)
        link(node, "embeds", claim.embeds, Claim)
        link(node, "credited-to", (claim.attributed_to,), Agent)
    for source in objects.sources(graph):
        node = nodes["source", source.id]
        link(node, "written-by", source.authors, Agent)
        link(node, "published-by", (source.publisher,), Agent)
        link(node, "released-by", (source.released.by if source.released else None,), Agent)
        link(node, "cites", source.cites, Source)
    return edges
