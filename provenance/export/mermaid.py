"""The attribution graph as a Mermaid flowchart, which GitHub and GitLab draw in Markdown.

Mermaid ids allow few characters, so each id is spelt with letters and
digits only, other characters as ``_`` and two hex digits: the spelling is
reversible, so two objects can never share a node.
"""

from __future__ import annotations

import re

from ..graph import KINDS, Graph
from .chain import Drawing, Node, attribution_graph, one_chain

SHAPES = {"agent": ('(["', '"])'), "source": ('["', '"]'), "claim": ('{{"', '"}}')}
STYLES = {
    "agent": "fill:#e8eef9,stroke:#35598f",
    "source": "fill:#eef6e8,stroke:#4d7a32",
    "claim": "fill:#fbf1e4,stroke:#a06a1f",
}
_UNSAFE = re.compile(r"[^a-z0-9]")


def to_mermaid(graph: Graph) -> str:
    """Every agent, source and claim of the graph, as a Mermaid flowchart."""
    return render(attribution_graph(graph))


def chain_mermaid(graph: Graph, claim_id: str) -> str:
    """One claim's chain as a Mermaid flowchart (``provenance trace --format mermaid``)."""
    return render(one_chain(graph, claim_id))


def render(drawing: Drawing) -> str:
    lines = ["flowchart LR"]
    for node in drawing.nodes:
        opening, closing = SHAPES[node.kind]
        lines.append(f"  {_id(node)}{opening}{_text(node.label)}{closing}")
    for edge in drawing.edges:
        arrow = "-.->" if edge.label == "credited-to" else "-->"
        lines.append(f"  {_id(edge.tail)} {arrow}|{edge.label}| {_id(edge.head)}")
    for kind in KINDS:
        members = [_id(node) for node in drawing.nodes if node.kind == kind]
        if members:
            lines.append(f"  classDef {kind} {STYLES[kind]}")
            lines.append(f"  class {','.join(members)} {kind}")
    return "\n".join(lines) + "\n"


def _id(node: Node) -> str:
    spelt = _UNSAFE.sub(lambda m: f"_{ord(m.group()):02x}", node.id)
    return f"{node.kind}_{spelt}"


def _text(label: str) -> str:
    """A label inside Mermaid's double quotes: quotes and markup characters as entities."""
    for char, entity in (("&", "#amp;"), ('"', "#quot;"), ("<", "#lt;"), (">", "#gt;")):
        label = label.replace(char, entity)
    return label.replace("\n", "<br>")
