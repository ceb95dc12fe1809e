"""W3C Web Annotations: each selector finds its quote in the source text."""

from __future__ import annotations

import json
from typing import Any

from provenance import Graph, export, load

from ..conftest import SEED

ARTICLE = (SEED / "article.txt").read_text(encoding="utf-8")


def annotations(graph: Graph) -> list[dict[str, Any]]:
    loaded: list[dict[str, Any]] = json.loads(export(graph, "annotations"))
    return loaded


def targets(annotation: dict[str, Any]) -> list[dict[str, Any]]:
    target = annotation["target"]
    return target if isinstance(target, list) else [target]


def test_one_annotation_per_quote_found_in_a_source_text(seed: Graph) -> None:
    found = annotations(seed)
    # the seed's only text is the article: its appearances' quotes and NDTV's own
    expected = sum(len(c.obj.appearances) for c in seed.claims) + 2
    assert len(found) == expected
    ids = [a["id"] for a in found]
    assert len(set(ids)) == len(ids)
    first = found[0]
    assert first["@context"] == "http://www.w3.org/ns/anno.jsonld"
    assert first["type"] == "Annotation"


def test_both_selectors_point_at_the_quote_in_the_article(seed: Graph) -> None:
    for annotation in annotations(seed):
        for target in targets(annotation):
            assert target["source"] == "urn:provenance:source:ndtv-2011-05-06-kayani-nfu"
            quote, position = target["selector"]
            assert quote["type"] == "TextQuoteSelector"
            assert position["type"] == "TextPositionSelector"
            start, end = position["start"], position["end"]
            assert ARTICLE[start:end] == quote["exact"]
            assert ARTICLE[:start].endswith(quote["prefix"])
            assert ARTICLE[end:].startswith(quote["suffix"])


def test_the_body_is_the_claim(seed: Graph) -> None:
    annotation = next(
        a
        for a in annotations(seed)
        if a["id"].endswith(":patterson-kayani-opposes-nfu/appearances/1/quote")
    )
    claim = seed.claim("patterson-kayani-opposes-nfu")
    assert claim is not None
    assert annotation["body"] == {
        "id": "urn:provenance:claim:patterson-kayani-opposes-nfu",
        "type": "TextualBody",
        "value": claim.text,
        "format": "text/plain",
    }
    (target,) = targets(annotation)
    assert target["selector"][0]["exact"].startswith("Pakistan's powerful army chief")


def test_offsets_count_code_points_and_an_elided_quote_has_a_target_per_part(
    write_dossier: Any,
) -> None:
    text = "Intro 🙂 line. He said: we will act now, and then we will talk later."
    dossier = {
        "agents": [{"id": "him", "name": "Him"}],
        "sources": [{"id": "post", "url": "https://example.org/post", "text": text}],
        "claims": [
            {
                "id": "c",
                "text": "He will act.",
                "speaker": "him",
                "source": "post",
                "quote": "we will act now ... we will talk later",
            }
        ],
    }
    path = write_dossier(json.dumps(dossier, ensure_ascii=False), "dossier.json")
    (annotation,) = annotations(load([path]))
    first, second = targets(annotation)
    assert first["source"] == "https://example.org/post"
    assert first["selector"][1] == {
        "type": "TextPositionSelector",
        "start": text.index("we will act"),  # code points: the emoji counts as one
        "end": text.index(", and then"),
    }
    assert first["selector"][0]["exact"] == "we will act now"
    assert second["selector"][0]["exact"] == "we will talk later"


def test_a_quote_not_in_the_text_gets_no_annotation(write_dossier: Any) -> None:
    path = write_dossier(
        "agents: [{id: him, name: Him}]\n"
        "sources: [{id: post, text: He said nothing.}]\n"
        "claims: [{id: c, text: X., speaker: him, source: post, quote: something else}]\n"
    )
    assert annotations(load([path])) == []
