"""The attribution graph in Graphviz DOT: ``dot -Tsvg`` draws it.

Agents are ellipses, sources boxes, claims notes; an edge is labelled with
what it means (said-by, said-in, reported-in, ...). A credit to someone
who did not say it (a headline's "WikiLeaks") is dashed.
"""

from __future__ import annotations

from ..graph import Graph
from .chain import Drawing, Node, attribution_graph, one_chain

SHAPES = {"agent": "ellipse", "source": "box", "claim": "note"}


def to_dot(graph: Graph) -> str:
    """Every agent, source and claim of the graph, as a DOT digraph."""
    return render(attribution_graph(graph))


def chain_dot(graph: Graph, claim_id: str) -> str:
    """One claim's chain as a DOT digraph."""
    return render(one_chain(graph, claim_id))


def render(drawing: Drawing) -> str:
    lines = [
        "digraph provenance {",
        "  rankdir=LR;",
        '  node [fontname="Helvetica", fontsize=10];',
        '  edge [fontname="Helvetica", fontsize=9];',
    ]
    lines.extend(
        f"  {_id(node)} [shape={SHAPES[node.kind]}, label={_quote(node.label)}];"
        for node in drawing.nodes
    )
    for edge in drawing.edges:
        style = ", style=dashed" if edge.label == "credited-to" else ""
        lines.append(f"  {_id(edge.tail)} -> {_id(edge.head)} [label={_quote(edge.label)}{style}];")
    lines.append("}")
    return "\n".join(lines) + "\n"


def _id(node: Node) -> str:
    return _quote(f"{node.kind}:{node.id}")


def _quote(text: str) -> str:
    """A DOT quoted string: backslashes and double quotes escaped, line breaks as \\n."""
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    return '"' + escaped + '"'
