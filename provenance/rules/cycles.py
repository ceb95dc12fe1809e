"""Chains that loop: a source citing itself through others, a claim embedding itself."""

from __future__ import annotations

from collections import deque
from collections.abc import Iterator

from ..findings import Severity
from ..graph import Graph, Kind
from .base import AnyEntry, Hit, rule


@rule("PV011", "citation-cycle", Severity.error)
def citation_cycle(graph: Graph) -> Iterator[Hit]:
    """Sources whose `cites`, or claims whose `embeds`, lead back to themselves.

    Every object on the cycle is reported, with the cycle spelled out.

    ## Why it matters
    Attribution must bottom out in somebody who said something. A cycle
    ("A reports B, which reports A") means the chain has no origin, usually
    because an id was pasted into the wrong list.

    ## Fails
    ```yaml
    sources:
      - {id: ndtv-2011-05-06, kind: news_article, cites: [us-cable-2009-02-19]}
      - {id: us-cable-2009-02-19, kind: diplomatic_cable, cites: [ndtv-2011-05-06]}
    ```

    ## Passes
    ```yaml
    sources:
      - {id: ndtv-2011-05-06, kind: news_article, cites: [us-cable-2009-02-19]}
      - {id: us-cable-2009-02-19, kind: diplomatic_cable}
    ```

    ## How to fix
    Remove the link that points backwards: a later report cites or embeds the
    earlier one, never the other way round. To say that a claim appeared in a
    later document, use `appearances:`.
    """
    # Only objects with links can be on a cycle; most claims embed nothing.
    source_edges = {
        e.id: [c for c in e.obj.cites if graph.source(c) is not None]
        for e in graph.sources
        if e.obj.cites
    }
    claim_edges = {
        e.id: [c for c in e.obj.embeds if graph.claim(c) is not None]
        for e in graph.claims
        if e.obj.embeds
    }
    relations: tuple[tuple[str, Kind, dict[str, list[str]]], ...] = (
        ("cites", "source", source_edges),
        ("embeds", "claim", claim_edges),
    )
    for relation, kind, edges in relations:
        for component in _cyclic_components(edges):
            for node in sorted(component):
                entry: AnyEntry | None = graph.entry(kind, node)
                if entry is None:  # cannot happen: edges only join defined objects
                    continue
                path = " → ".join(_cycle_through(node, edges, component))
                yield Hit(
                    entry,
                    f"{relation} form a cycle: {path}",
                    hint=f"remove the `{relation}` link that points back to an earlier step",
                )


def _cyclic_components(edges: dict[str, list[str]]) -> list[set[str]]:
    """Strongly connected components that contain a cycle (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    found: list[set[str]] = []
    counter = 0
    for root in edges:
        if root in index:
            continue
        work: list[tuple[str, int]] = [(root, 0)]
        while work:
            node, child = work.pop()
            if child == 0:
                index[node] = low[node] = counter
                counter += 1
                stack.append(node)
                on_stack.add(node)
            targets = edges.get(node, [])
            if child < len(targets):
                work.append((node, child + 1))
                target = targets[child]
                if target not in index:
                    work.append((target, 0))
                elif target in on_stack:
                    low[node] = min(low[node], index[target])
                continue
            if low[node] == index[node]:
                component: set[str] = set()
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.add(member)
                    if member == node:
                        break
                if len(component) > 1 or node in edges.get(node, []):
                    found.append(component)
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
    return found


def _cycle_through(start: str, edges: dict[str, list[str]], component: set[str]) -> list[str]:
    """The shortest path from ``start`` back to itself inside its component."""
    previous: dict[str, str] = {}
    queue = deque([start])
    while queue:
        node = queue.popleft()
        for target in edges.get(node, []):
            if target == start:
                path = [node]
                while path[-1] != start:
                    path.append(previous[path[-1]])
                return [*reversed(path), start]
            if target in component and target not in previous:
                previous[target] = node
                queue.append(target)
    return [start, start]
