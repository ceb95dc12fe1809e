"""The attribution chain of one claim: who said it, where, who reported it, what it embeds."""

from __future__ import annotations

from typing import Any

from .errors import UsageError
from .graph import Graph
from .model import Claim, Source

MAX_DEPTH = 50
"""How many claims deep one tree of the chain nests before it is continued as a tree of its own.

Nested data thousands of levels deep cannot be read back by most JSON parsers
(Python's stops near a thousand), and a text tree's indentation would grow with
the square of the chain's length; a chain this deep is continued instead.
"""


def trace(graph: Graph, claim_id: str) -> dict[str, Any]:
    """The chain behind a claim as nested data (JSON-ready).

    >>> chain = trace(load(["fixtures/ndtv-kayani-2011"]), "patterson-kayani-opposes-nfu")
    >>> chain["speaker"]["name"], chain["embeds"][0]["speaker"]["name"]
    ('Anne Patterson', 'Asif Ali Zardari')

    Each claim of the chain is shown in full once, where it is first reached
    (depth first, embeds in their order). Wherever else it is embedded it is a
    reference, so a claim embedded by many others costs one entry, not one per path:

    - ``{"id": ..., "shown_above": true}``: shown in full earlier in the chain;
      with ``"cycle": true`` too when it is one of the claims that lead to this
      reference (an embeds cycle, PV011);
    - ``{"id": ..., "continued_below": true}``: the chain is :data:`MAX_DEPTH` claims
      deep here; the claim is shown in full, with what it embeds, in the
      top-level ``"continued"`` list (present only then), in the order the
      references were met;
    - ``{"id": ..., "missing": true}``: no claim has that id (PV003).

    :raises UsageError: no claim has that id.
    """
    if graph.claim(claim_id) is None:
        raise UsageError(f"no claim with id '{claim_id}' in the dossiers given")
    shown: set[str] = set()  # shown in full so far
    queued: set[str] = set()  # to be shown in full in "continued"
    roots: list[tuple[str, frozenset[str]]] = [(claim_id, frozenset())]
    trees: list[dict[str, Any]] = []
    for root_id, above in roots:  # grows while the trees are built: a work queue
        queued.discard(root_id)
        holder: list[dict[str, Any]] = []
        path: set[str] = set(above)  # the claims that embed the one being built
        # (claim id, depth, the list its node goes into), or (claim id, -1, None) to
        # leave it once its embedded claims are built.
        work: list[tuple[str, int, list[dict[str, Any]] | None]] = [(root_id, 0, holder)]
        while work:
            id_, depth, into = work.pop()
            if into is None:
                path.discard(id_)
                continue
            claim = graph.claim(id_)
            if claim is None:
                into.append({"id": id_, "missing": True})
            elif id_ in path:
                into.append({"id": id_, "shown_above": True, "cycle": True})
            elif id_ in shown:
                into.append({"id": id_, "shown_above": True})
            elif id_ in queued or depth == MAX_DEPTH:
                into.append({"id": id_, "continued_below": True})
                if id_ not in queued:
                    queued.add(id_)
                    roots.append((id_, frozenset(path)))
            else:
                node = _claim_node(graph, claim)
                into.append(node)
                shown.add(id_)
                path.add(id_)
                work.append((id_, -1, None))
                work.extend((e, depth + 1, node["embeds"]) for e in reversed(claim.embeds))
        trees.extend(holder)
    chain = trees[0]
    if len(trees) > 1:
        chain["continued"] = trees[1:]
    return chain


def _claim_node(graph: Graph, claim: Claim) -> dict[str, Any]:
    """The claim's own details, with an empty ``embeds`` list for :func:`trace` to fill."""
    node: dict[str, Any] = {"id": claim.id, "text": claim.text}
    if claim.quote:
        node["quote"] = claim.quote
    node["speaker"] = _agent(graph, claim.speaker)
    node["date"] = str(claim.date) if claim.date else None
    node["source"] = _source(graph, claim.source)
    if claim.attributed_to:
        node["attributed_to"] = _agent(graph, claim.attributed_to)
    node["appearances"] = [
        {
            "source": _source(graph, a.source),
            "date": str(a.date) if a.date else None,
            "quote": a.quote,
        }
        for a in claim.appearances
    ]
    node["embeds"] = []
    return node


def _agent(graph: Graph, agent_id: str | None) -> dict[str, Any] | None:
    if agent_id is None:
        return None
    agent = graph.agent(agent_id)
    return {"id": agent_id, "name": agent.name if agent else None}


def _source(graph: Graph, source_id: str | None) -> dict[str, Any] | None:
    if source_id is None:
        return None
    source: Source | None = graph.source(source_id)
    if source is None:
        return {"id": source_id, "missing": True}
    node: dict[str, Any] = {
        "id": source.id,
        "kind": source.kind,
        "title": source.title,
        "authors": [_agent(graph, a) for a in source.authors],
        "publisher": _agent(graph, source.publisher),
        "published": str(source.published) if source.published else None,
    }
    if source.released:
        node["released"] = {
            "by": _agent(graph, source.released.by),
            "date": str(source.released.date) if source.released.date else None,
        }
    return node


def render_text(chain: dict[str, Any]) -> str:
    """The chain as an indented tree, outermost report first.

    A claim shown above is marked ``(*: ...)`` where it is met again, a claim past
    :data:`MAX_DEPTH` ``(continued below)``: its tree follows the first one,
    after an empty line (see :func:`trace`).
    """
    trees = [chain, *chain.get("continued", ())]
    return "\n\n".join("\n".join(_render_tree(tree)) for tree in trees) + "\n"


def _render_tree(root: dict[str, Any]) -> list[str]:
    lines: list[str] = []
    # (node, what its first line starts with, what its detail lines start with)
    work: list[tuple[dict[str, Any], str, str]] = [(root, "", "")]
    while work:
        node, lead, indent = work.pop()
        lines.append(lead + _claim_line(node))
        if "embeds" not in node:  # a reference: nothing below it
            continue
        details = _details(node)
        count = len(details) + len(node["embeds"])
        for i, block in enumerate(details):
            last = i == count - 1
            lines.append(f"{indent}{'└─' if last else '├─'} {block[0]}")
            lines.extend(f"{indent}{'   ' if last else '│  '}{line}" for line in block[1:])
        embedded = []
        for i, child in enumerate(node["embeds"], start=len(details)):
            last = i == count - 1
            branch, stem = ("└─ ", "   ") if last else ("├─ ", "│  ")
            embedded.append((child, f"{indent}{branch}embeds ", indent + stem))
        work.extend(reversed(embedded))
    return lines


def _claim_line(node: dict[str, Any]) -> str:
    if "embeds" in node:
        return f'claim {node["id"]}: "{node["text"]}"'
    if node.get("missing"):
        return f"claim {node['id']} (not defined)"
    if node.get("cycle"):
        return f"claim {node['id']} (*: cycle, already shown above)"
    if node.get("shown_above"):
        return f"claim {node['id']} (*: already shown above)"
    return f"claim {node['id']} (continued below)"


def _details(node: dict[str, Any]) -> list[list[str]]:
    """The blocks under a claim, before the claims it embeds: reports, speaker, source."""
    details: list[list[str]] = []
    for appearance in node["appearances"]:
        source = appearance["source"]
        when = appearance["date"]
        block = [f"reported in {_describe_source(source)}"]
        if when and when != source.get("published"):
            block[0] += f", on {when}"
        if appearance["quote"]:
            block.append(f'"{appearance["quote"]}"')
        details.append(block)
    if "attributed_to" in node:
        details.append([f"credited by a later report to {_name(node['attributed_to'])}"])
    said = f"said by {_name(node['speaker'])}" if node["speaker"] else "said by (no speaker)"
    if node["date"]:
        said += f" on {node['date']}"
    details.append([said])
    source = node["source"]
    said_in = [f"in {_describe_source(source)}" if source else "in (no source)"]
    if node.get("quote"):
        said_in.append(f'"{node["quote"]}"')
    details.append(said_in)
    return details


def _name(agent: dict[str, Any] | None) -> str:
    if agent is None:
        return "(nobody)"
    return f"{agent['name']} ({agent['id']})" if agent["name"] else f"{agent['id']} (not defined)"


def _describe_source(source: dict[str, Any]) -> str:
    if source.get("missing"):
        return f"{source['id']} (not defined)"
    text = f"{source['kind'] or 'source'} [{source['id']}]"
    if source["title"]:
        text += f' "{source["title"]}"'
    if source["authors"]:
        text += " by " + ", ".join(_name(a) for a in source["authors"])
    if source["publisher"]:
        text += f", published by {_name(source['publisher'])}"
    if source["published"]:
        text += f", {source['published']}"
    released = source.get("released")
    if released:
        when = f" ({released['date']})" if released["date"] else ""
        text += f"; released by {_name(released['by'])}{when}"
    return text
