"""DOT and Mermaid drawings of the attribution graph, and one claim's chain."""

from __future__ import annotations

import re
from typing import Any

import pydot
import pytest
from typer.testing import CliRunner

from provenance import Graph, UsageError, export, load
from provenance.cli import app
from provenance.export.chain import attribution_graph, one_chain, short
from provenance.export.mermaid import chain_mermaid

from ..conftest import SEED

CLAIM = "patterson-kayani-opposes-nfu"


def edges(graph: Graph, claim_id: str | None = None) -> set[tuple[str, str, str]]:
    drawing = attribution_graph(graph) if claim_id is None else one_chain(graph, claim_id)
    return {(e.tail.id, e.label, e.head.id) for e in drawing.edges}


def test_the_seed_s_chain_has_every_kind_of_edge(seed: Graph) -> None:
    chain = edges(seed, CLAIM)
    assert chain == {
        (CLAIM, "said-by", "anne-patterson"),
        (CLAIM, "said-in", "us-cable-2009-02-19"),
        (CLAIM, "reported-in", "ndtv-2011-05-06-kayani-nfu"),
        (CLAIM, "embeds", "zardari-no-first-use-2008"),
        ("zardari-no-first-use-2008", "said-by", "asif-ali-zardari"),
        ("zardari-no-first-use-2008", "said-in", "zardari-indian-press-2008"),
        ("zardari-no-first-use-2008", "reported-in", "ndtv-2011-05-06-kayani-nfu"),
        ("us-cable-2009-02-19", "written-by", "anne-patterson"),
        ("us-cable-2009-02-19", "published-by", "us-embassy-islamabad"),
        ("us-cable-2009-02-19", "released-by", "wikileaks"),
        ("ndtv-2011-05-06-kayani-nfu", "published-by", "ndtv"),
        ("ndtv-2011-05-06-kayani-nfu", "cites", "us-cable-2009-02-19"),
        ("zardari-indian-press-2008", "written-by", "asif-ali-zardari"),
        ("zardari-indian-press-2008", "published-by", "indian-press"),
    }  # the cable's citation of media reports belongs to other claims: not followed
    assert ("headline-kayani-not-on-board", "credited-to", "wikileaks") in edges(seed)


def test_dot_has_a_node_per_object_and_an_edge_per_link(seed: Graph) -> None:
    dot = export(seed, "dot")
    assert dot.startswith("digraph provenance {\n") and dot.endswith("}\n")
    objects = len({e.id for e in seed.entries()})
    assert len(re.findall(r"^  \"[a-z]+:[^\"]+\" \[shape=", dot, re.M)) == objects
    assert dot.count(" -> ") == len(attribution_graph(seed).edges)
    assert (
        '"claim:headline-kayani-not-on-board" -> "agent:wikileaks" '
        '[label="credited-to", style=dashed];' in dot
    )
    assert (
        '"source:zardari-indian-press-2008" [shape=box, label="Zardari\'s statement to the\\n'
        'Indian press on a \\"no first\\nuse\\"…\\n(statement, 2008)"];' in dot
    )


# pydot 4.0.1's grammar calls pyparsing's camelCase names, which pyparsing 3.3 deprecates.
@pytest.mark.filterwarnings("ignore::DeprecationWarning:pydot.dot_parser")
def test_a_dot_parser_reads_the_nodes_edges_and_labels_drawn(seed: Graph) -> None:
    """pydot parses the export as Graphviz would: every object, link and label survives."""
    parsed = pydot.graph_from_dot_data(export(seed, "dot"))
    assert parsed is not None and len(parsed) == 1  # None: a syntax error
    graph = parsed[0]
    assert (graph.get_type(), graph.get_name()) == ("digraph", "provenance")

    nodes = {
        _unquoted(n.get_name()): {k: _unquoted(v) for k, v in n.get_attributes().items()}
        for n in graph.get_nodes()
        if n.get_name() not in ("node", "edge")  # the default attribute statements
    }
    drawing = attribution_graph(seed)
    assert nodes.keys() == {f"{n.kind}:{n.id}" for n in drawing.nodes}
    assert nodes["agent:anne-patterson"] == {"shape": "ellipse", "label": "Anne Patterson"}
    assert nodes["source:zardari-indian-press-2008"] == {
        "shape": "box",
        "label": 'Zardari\'s statement to the\nIndian press on a "no first\nuse"…\n'
        "(statement, 2008)",
    }
    assert nodes[f"claim:{CLAIM}"]["shape"] == "note"

    drawn = [
        (
            _unquoted(e.get_source()),
            _unquoted(e.get_destination()),
            {k: _unquoted(v) for k, v in e.get_attributes().items()},
        )
        for e in graph.get_edges()
    ]
    assert len(drawn) == len(drawing.edges)
    assert (f"claim:{CLAIM}", "agent:anne-patterson", {"label": "said-by"}) in drawn
    assert (
        "claim:headline-kayani-not-on-board",
        "agent:wikileaks",
        {"label": "credited-to", "style": "dashed"},
    ) in drawn
    assert {(tail, head, attrs["label"]) for tail, head, attrs in drawn} == {
        (f"{e.tail.kind}:{e.tail.id}", f"{e.head.kind}:{e.head.id}", e.label) for e in drawing.edges
    }


def _unquoted(text: str) -> str:
    """A DOT ID or label as Graphviz draws it: unquoted, \\n a line break, \\" a quote."""
    if not (text.startswith('"') and text.endswith('"')):
        return text
    return re.sub(r"\\(.)", lambda m: "\n" if m[1] == "n" else m[1], text[1:-1])


def test_mermaid_ids_are_safe_and_never_shared() -> None:
    from provenance.export.chain import Node
    from provenance.export.mermaid import _id

    spelt = {_id(Node("claim", id_, "")) for id_ in ("a-b", "a_b", "a.b", "a-2db", "a_2db")}
    assert len(spelt) == 5
    assert all(re.fullmatch(r"[a-z0-9_]+", id_) for id_ in spelt)


def test_mermaid_draws_every_edge_and_escapes_quotes(seed: Graph) -> None:
    mermaid = export(seed, "mermaid")
    assert mermaid.startswith("flowchart LR\n")
    assert mermaid.count("-->|") + mermaid.count("-.->|") == len(attribution_graph(seed).edges)
    assert (
        "  claim_patterson_2dkayani_2dopposes_2dnfu -->|said-by| agent_anne_2dpatterson\n"
        in mermaid
    )
    assert "on a #quot;no first<br>use#quot;…<br>(statement, 2008)" in mermaid
    labels = re.findall(r'"([^"]*)"', mermaid)
    assert labels and all('"' not in label for label in labels)


def test_trace_draws_one_chain_in_mermaid() -> None:
    result = CliRunner().invoke(app, ["trace", "--format", "mermaid", CLAIM, str(SEED)])
    assert result.exit_code == 0, result.output
    assert result.stdout == chain_mermaid(load([SEED]), CLAIM)
    assert "agent_wikileaks" in result.stdout  # released the cable: in the chain
    assert "lashkar" not in result.stdout  # other claims' subjects: not in it


def test_trace_of_an_unknown_claim_is_a_usage_error(seed: Graph) -> None:
    with pytest.raises(UsageError, match="no claim with id 'nope'"):
        one_chain(seed, "nope")
    result = CliRunner().invoke(app, ["trace", "--format", "mermaid", "nope", str(SEED)])
    assert result.exit_code == 2


def test_dangling_references_are_not_drawn(write_dossier: Any) -> None:
    path = write_dossier(
        "sources: [{id: s, publisher: nobody}]\n"
        "claims: [{id: c, text: X., speaker: ghost, source: s}]\n"
    )
    assert edges(load([path])) == {("c", "said-in", "s")}


def test_long_labels_are_cut_at_a_word() -> None:
    assert short("one two three", 9) == "one two…"
    assert short("one  two\nthree", 40) == "one two three"
