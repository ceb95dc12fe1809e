"""Chains that loop: a source citing itself through others, a claim embedding itself."""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterator
from itertools import compress
from operator import attrgetter

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
    # Only objects with links can be on a cycle; most claims embed nothing (compress
    # skips them in C). _trimmed drops links to undefined objects, which have no links.
    source_edges = {e.id: list(e.obj.cites) for e in graph.sources if e.obj.cites}
    claims = graph.claims
    claim_edges = {e.id: list(e.obj.embeds) for e in compress(claims, map(_EMBEDS, claims))}
    relations: tuple[tuple[str, Kind, dict[str, list[str]]], ...] = (
        ("cites", "source", source_edges),
        ("embeds", "claim", claim_edges),
    )
    for relation, kind, all_edges in relations:
        edges = _trimmed(all_edges)
        for component in _cyclic_components(edges):
            ring = _ring(component, edges)
            for node in sorted(component):
                entry: AnyEntry | None = graph.entry(kind, node)
                if entry is None:  # cannot happen: edges only join defined objects
                    continue
                cycle = ring(node) if ring else _cycle_through(node, edges, component)
                yield Hit(
                    entry,
                    f"{relation} form a cycle: {_shown(cycle)}",
                    hint=f"remove the `{relation}` link that points back to an earlier step",
                )


SHOWN_STEPS = 12
"""A longer cycle is shown by its first and last steps: a message per object on a
cycle of thousands, each listing all of them, would be millions of ids."""


def _shown(cycle: list[str]) -> str:
    if len(cycle) <= SHOWN_STEPS:
        return " → ".join(cycle)
    half = SHOWN_STEPS // 2
    left_out = len(cycle) - 2 * half
    return " → ".join([*cycle[:half], f"… ({left_out:,} more) …", *cycle[-half:]])


def _ring(component: set[str], edges: dict[str, list[str]]) -> Callable[[str], list[str]] | None:
    """For a component that is one simple cycle, each member's cycle, rotated from the
    one cycle, in time linear in its length; None for any other component."""
    following: dict[str, str] = {}
    for node in component:
        inside = [target for target in edges.get(node, []) if target in component]
        if len(set(inside)) != 1:
            return None
        following[node] = inside[0]
    order = [min(component)]
    while len(order) < len(component):
        order.append(following[order[-1]])
    place = {node: i for i, node in enumerate(order)}

    def cycle(node: str) -> list[str]:
        i = place[node]
        return [*order[i:], *order[:i], node]

    return cycle


_EMBEDS = attrgetter("obj.embeds")


def _trimmed(edges: dict[str, list[str]]) -> dict[str, list[str]]:
    """``edges`` less every object that leads to no cycle, the links kept in order.

    At a million claims a tenth embed another and nearly none loop: Tarjan's walk then
    visits a few objects, not a hundred thousand. Objects from which no cycle can be
    reached change neither which components Tarjan finds nor their order. They are
    peeled off from the ends of the chains inwards, each once (a long chain costs its
    length, not its length squared).
    """
    live = dict.fromkeys(edges, 0)  # per object, its links to objects not yet peeled off
    linked_from: dict[str, list[str]] = {}
    for node, targets in edges.items():
        for target in targets:
            if target in edges:
                live[node] += 1
                linked_from.setdefault(target, []).append(node)
    peeled = [node for node, count in live.items() if count == 0]
    for node in peeled:  # grows as objects lose their last live link
        for linker in linked_from.get(node, ()):
            live[linker] -= 1
            if live[linker] == 0:
                peeled.append(linker)
    return {
        node: [target for target in targets if live.get(target)]
        for node, targets in edges.items()
        if live[node]
    }


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
