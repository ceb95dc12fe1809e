"""The attribution chain of one claim: who said it, where, who reported it, what it embeds."""

from __future__ import annotations

from typing import Any

from .errors import UsageError
from .graph import Graph
from .model import Source


def trace(graph: Graph, claim_id: str) -> dict[str, Any]:
    """The chain behind a claim as nested data (JSON-ready).

    >>> chain = trace(load(["fixtures/ndtv-kayani-2011"]), "patterson-kayani-opposes-nfu")
    >>> chain["speaker"]["name"], chain["embeds"][0]["speaker"]["name"]
    ('Anne Patterson', 'Asif Ali Zardari')

    :raises UsageError: no claim has that id.
    """
    if graph.claim(claim_id) is None:
        raise UsageError(f"no claim with id '{claim_id}' in the dossiers given")
    return _claim_node(graph, claim_id, seen=frozenset())


def _claim_node(graph: Graph, claim_id: str, seen: frozenset[str]) -> dict[str, Any]:
    claim = graph.claim(claim_id)
    if claim is None:
        return {"id": claim_id, "missing": True}
    if claim_id in seen:  # an embeds cycle (PV011): show where it loops, do not recurse
        return {"id": claim_id, "cycle": True}
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
    node["embeds"] = [_claim_node(graph, e, seen | {claim_id}) for e in claim.embeds]
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
    """The chain as an indented tree, outermost report first."""
    return "\n".join(_render_claim(chain, "")) + "\n"


def _render_claim(node: dict[str, Any], indent: str) -> list[str]:
    if node.get("missing"):
        return [f"{indent}claim {node['id']} (not defined)"]
    if node.get("cycle"):
        return [f"{indent}claim {node['id']} (cycle: already shown above)"]
    lines = [f'{indent}claim {node["id"]}: "{node["text"]}"']
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
    for embedded in node["embeds"]:
        nested = _render_claim(embedded, "")
        details.append([f"embeds {nested[0]}", *nested[1:]])
    for i, block in enumerate(details):
        last = i == len(details) - 1
        lines.append(f"{indent}{'└─' if last else '├─'} {block[0]}")
        lines.extend(f"{indent}{'   ' if last else '│  '}{line}" for line in block[1:])
    return lines


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
