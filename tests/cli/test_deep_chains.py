"""Adversarial embeds graphs: a chain 2000 claims deep and a diamond 30 levels deep.

Followed path by path, the diamond has 2**30 chains and the deep chain nests
2000 times: trace, validate and the drawings must show each claim once, and
neither recurse per level nor walk every path.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Callable
from itertools import pairwise
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from provenance.cli import app
from provenance.trace import MAX_DEPTH

runner = CliRunner()

LENGTH = 2000
LEVELS = 30


def _claim(id_: str, embeds: list[str]) -> dict[str, Any]:
    return {
        "id": id_,
        "text": f"Text of {id_}.",
        "speaker": "ann",
        "source": "paper",
        "date": "2020-01-01",
        "embeds": embeds,
    }


def _dossier(claims: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "agents": [
            {"id": "ann", "name": "Ann Example", "kind": "person"},
            {"id": "daily", "name": "The Daily", "kind": "organization"},
        ],
        "sources": [
            {
                "id": "paper",
                "kind": "news_article",
                "title": "A story",
                "authors": ["ann"],
                "publisher": "daily",
                "published": "2020-01-01",
            }
        ],
        "claims": claims,
    }


CHAIN = [f"c{i}" for i in range(LENGTH)]
"""c0 embeds c1, which embeds c2, ... down to c1999."""
DIAMOND = ["top"] + [f"d{level}-{side}" for level in range(LEVELS) for side in "ab"]
"""top embeds d0-a and d0-b; both claims of each level embed both claims of the next."""
DIAMOND_EDGES = 2 + 2 * 2 * (LEVELS - 1)


def _chain_claims(ring: bool = False) -> list[dict[str, Any]]:
    following = [*CHAIN[1:], CHAIN[0]] if ring else [*CHAIN[1:], None]
    return [_claim(id_, [nxt] if nxt else []) for id_, nxt in zip(CHAIN, following, strict=True)]


def _diamond_claims() -> list[dict[str, Any]]:
    def level(n: int) -> list[str]:
        return [f"d{n}-a", f"d{n}-b"] if n < LEVELS else []

    return [_claim("top", level(0))] + [
        _claim(f"d{n}-{side}", level(n + 1)) for n in range(LEVELS) for side in "ab"
    ]


@pytest.fixture(scope="module")
def dossiers(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    directory = tmp_path_factory.mktemp("adversarial")
    paths = {}
    for name, claims in (
        ("chain", _chain_claims()),
        ("ring", _chain_claims(ring=True)),
        ("diamond", _diamond_claims()),
    ):
        paths[name] = directory / f"{name}.json"
        paths[name].write_text(json.dumps(_dossier(claims)), encoding="utf-8")
    return paths


def _run(*args: str | Path) -> str:
    result = runner.invoke(app, [str(arg) for arg in args])
    assert result.exit_code == 0, result.output
    return result.stdout


def _full_lines(text: str) -> Counter[str]:
    """How often each claim is shown in full in a text trace (`claim ID: "text"`)."""
    return Counter(re.findall(r'claim (\S+): "Text of \1\."', text))


def _references(text: str, mark: str) -> list[str]:
    return re.findall(rf"claim (\S+) \({re.escape(mark)}\)", text)


def _walk(chain: dict[str, Any]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Every full claim node and every reference of a JSON trace, in document order."""
    full, references = [], []
    todo = [*reversed(chain.get("continued", [])), chain]
    while todo:
        node = todo.pop()
        if "embeds" in node:
            full.append(node)
            todo.extend(reversed(node["embeds"]))
        else:
            references.append(node)
    return full, references


# --- trace --format text -------------------------------------------------------------------


def test_a_claim_embedded_twice_is_shown_once_then_marked(
    write_dossier: Callable[..., Path],
) -> None:
    # top embeds left and right, both embed bottom, and bottom embeds left back.
    claims = [
        _claim("top", ["left", "right"]),
        _claim("left", ["bottom"]),
        _claim("right", ["bottom"]),
        _claim("bottom", ["left"]),
    ]
    path = write_dossier(json.dumps(_dossier(claims)), "small.json")
    chain = _run("trace", "top", path)
    assert chain.splitlines() == [
        'claim top: "Text of top."',
        "├─ said by Ann Example (ann) on 2020-01-01",
        '├─ in news_article [paper] "A story" by Ann Example (ann), '
        "published by The Daily (daily), 2020-01-01",
        '├─ embeds claim left: "Text of left."',
        "│  ├─ said by Ann Example (ann) on 2020-01-01",
        '│  ├─ in news_article [paper] "A story" by Ann Example (ann), '
        "published by The Daily (daily), 2020-01-01",
        '│  └─ embeds claim bottom: "Text of bottom."',
        "│     ├─ said by Ann Example (ann) on 2020-01-01",
        '│     ├─ in news_article [paper] "A story" by Ann Example (ann), '
        "published by The Daily (daily), 2020-01-01",
        "│     └─ embeds claim left (*: cycle, already shown above)",
        '└─ embeds claim right: "Text of right."',
        "   ├─ said by Ann Example (ann) on 2020-01-01",
        '   ├─ in news_article [paper] "A story" by Ann Example (ann), '
        "published by The Daily (daily), 2020-01-01",
        "   └─ embeds claim bottom (*: already shown above)",
    ]


def test_text_trace_of_a_30_level_diamond_shows_each_claim_once(dossiers: dict[str, Path]) -> None:
    text = _run("trace", "top", dossiers["diamond"])
    assert _full_lines(text) == Counter(DIAMOND)
    # Every embeds link but the 60 that first reach a claim points back up at one shown above.
    again = _references(text, "*: already shown above")
    assert len(again) == DIAMOND_EDGES - (len(DIAMOND) - 1)
    assert set(again) == set(DIAMOND) - {"top", "d0-a", "d0-b"}
    assert "cycle" not in text and "continued" not in text


def test_text_trace_of_a_2000_claim_chain_is_continued_not_nested_2000_deep(
    dossiers: dict[str, Path],
) -> None:
    text = _run("trace", "c0", dossiers["chain"])
    assert _full_lines(text) == Counter(CHAIN)
    cut = CHAIN[MAX_DEPTH::MAX_DEPTH]
    assert _references(text, "continued below") == cut
    # Each continuation starts its own tree, after an empty line, at the left margin.
    trees = text.split("\n\n")
    assert [tree.split(":", 1)[0] for tree in trees] == [f"claim {id_}" for id_ in ["c0", *cut]]
    assert max(len(line) for line in text.splitlines()) < 4 * MAX_DEPTH + 100
    assert "(*" not in text


def test_text_trace_of_a_2000_claim_ring_marks_the_cycle_across_continuations(
    dossiers: dict[str, Path],
) -> None:
    text = _run("trace", "c0", dossiers["ring"])
    assert _full_lines(text) == Counter(CHAIN)
    assert _references(text, "*: cycle, already shown above") == ["c0"]
    assert text.rstrip().endswith("└─ embeds claim c0 (*: cycle, already shown above)")


# --- trace --format json -------------------------------------------------------------------


def test_json_trace_of_a_30_level_diamond_holds_each_claim_once(dossiers: dict[str, Path]) -> None:
    chain = json.loads(_run("trace", "top", dossiers["diamond"], "--format", "json"))
    full, references = _walk(chain)
    assert [node["id"] for node in full] == [
        "top",
        *(f"d{n}-a" for n in range(LEVELS)),
        f"d{LEVELS - 1}-b",
        *(f"d{n}-b" for n in reversed(range(LEVELS - 1))),
    ]
    assert all(node["embeds"] for node in full if not node["id"].startswith(f"d{LEVELS - 1}-"))
    assert len(references) == DIAMOND_EDGES - (len(DIAMOND) - 1)
    assert all(ref.keys() == {"id", "shown_above"} for ref in references)
    assert "continued" not in chain


def test_json_trace_of_a_2000_claim_chain_parses_and_holds_each_claim_once(
    dossiers: dict[str, Path],
) -> None:
    # The standard json module reads it back: the nesting is MAX_DEPTH claims deep, not 2000.
    chain = json.loads(_run("trace", "c0", dossiers["chain"], "--format", "json"))
    full, references = _walk(chain)
    assert [node["id"] for node in full] == CHAIN
    cut = CHAIN[MAX_DEPTH::MAX_DEPTH]
    assert references == [{"id": id_, "continued_below": True} for id_ in cut]
    assert [tree["id"] for tree in chain["continued"]] == cut
    by_id = {node["id"]: node for node in full}
    assert by_id["c1998"]["embeds"][0]["id"] == "c1999"
    assert by_id["c1999"]["embeds"] == []
    assert by_id["c1234"]["speaker"] == {"id": "ann", "name": "Ann Example"}


def test_json_trace_of_a_2000_claim_ring_marks_the_cycle(dossiers: dict[str, Path]) -> None:
    chain = json.loads(_run("trace", "c0", dossiers["ring"], "--format", "json"))
    full, references = _walk(chain)
    assert [node["id"] for node in full] == CHAIN
    assert references[-1] == {"id": "c0", "shown_above": True, "cycle": True}


# --- trace --format mermaid, and the drawings of the whole dossier -----------------------------

_MERMAID_NODE = re.compile(r"^  claim_(\S+)\{\{", re.MULTILINE)
_MERMAID_EMBEDS = re.compile(r"^  claim_(\S+) -->\|embeds\| claim_(\S+)$", re.MULTILINE)
_DOT_NODE = re.compile(r'^  "claim:([^"]+)" \[shape=note', re.MULTILINE)
_DOT_EMBEDS = re.compile(r'^  "claim:([^"]+)" -> "claim:([^"]+)" \[label="embeds"\]', re.MULTILINE)


def _mermaid_name(id_: str) -> str:
    return id_.replace("-", "_2d")


def _expected_edges(graph: str) -> list[tuple[str, str]]:
    if graph == "chain":
        return list(pairwise(CHAIN))
    edges = [("top", "d0-a"), ("top", "d0-b")]
    for n in range(LEVELS - 1):
        edges += [(f"d{n}-{s}", f"d{n + 1}-{t}") for s in "ab" for t in "ab"]
    return edges


@pytest.mark.parametrize(("graph", "root"), [("chain", "c0"), ("diamond", "top")])
@pytest.mark.parametrize("command", ["trace", "export"])
def test_mermaid_draws_each_claim_and_each_embeds_link_once(
    dossiers: dict[str, Path], graph: str, root: str, command: str
) -> None:
    if command == "trace":
        drawing = _run("trace", root, dossiers[graph], "--format", "mermaid")
    else:
        drawing = _run("export", dossiers[graph], "--format", "mermaid")
    ids = CHAIN if graph == "chain" else DIAMOND
    assert sorted(_MERMAID_NODE.findall(drawing)) == sorted(map(_mermaid_name, ids))
    expected = [(_mermaid_name(a), _mermaid_name(b)) for a, b in _expected_edges(graph)]
    assert sorted(_MERMAID_EMBEDS.findall(drawing)) == sorted(expected)


@pytest.mark.parametrize("graph", ["chain", "diamond"])
def test_dot_draws_each_claim_and_each_embeds_link_once(
    dossiers: dict[str, Path], graph: str
) -> None:
    drawing = _run("export", dossiers[graph], "--format", "dot")
    ids = CHAIN if graph == "chain" else DIAMOND
    assert sorted(_DOT_NODE.findall(drawing)) == sorted(ids)
    assert sorted(_DOT_EMBEDS.findall(drawing)) == sorted(_expected_edges(graph))


# --- validate and the linked-data exports ------------------------------------------------------


@pytest.mark.parametrize(("graph", "claims"), [("chain", LENGTH), ("diamond", len(DIAMOND))])
def test_validate_finds_nothing_wrong_with_a_deep_or_wide_graph(
    dossiers: dict[str, Path], graph: str, claims: int
) -> None:
    summary = _run("validate", dossiers[graph]).splitlines()[-1]
    assert summary == (
        f"1 file, 2 agents, 1 source, {claims} claims: 0 errors, 0 warnings, 0 infos"
    )


@pytest.mark.parametrize("graph", ["chain", "diamond"])
def test_prov_json_quotes_each_embedded_claim_once(dossiers: dict[str, Path], graph: str) -> None:
    document = json.loads(_run("export", dossiers[graph], "--format", "prov-json"))
    bundle = document["bundle"]["bundle:paper"]
    quotations = [
        (d["prov:generatedEntity"], d["prov:usedEntity"])
        for d in bundle["wasDerivedFrom"].values()
        if d.get("prov:type", {}).get("$") == "prov:Quotation"
    ]
    expected = [(f"claim:{a}", f"claim:{b}") for a, b in _expected_edges(graph)]
    assert sorted(quotations) == sorted(expected)


@pytest.mark.parametrize("graph", ["chain", "diamond"])
def test_claimreview_mentions_each_embedded_claim(dossiers: dict[str, Path], graph: str) -> None:
    document = json.loads(_run("export", dossiers[graph], "--format", "claimreview"))
    prefix = "urn:provenance:claim:"
    claims = {n["@id"]: n for n in document["@graph"] if n["@type"] == "Claim"}
    ids = CHAIN if graph == "chain" else DIAMOND
    assert sorted(claims) == sorted(prefix + id_ for id_ in ids)
    mentions = []
    for id_, node in claims.items():
        mentioned = node.get("mentions", [])  # one mention is an object, not a list of one
        mentions.extend(
            (id_.removeprefix(prefix), m["@id"].removeprefix(prefix))
            for m in (mentioned if isinstance(mentioned, list) else [mentioned])
        )
    assert sorted(mentions) == sorted(_expected_edges(graph))
