"""W3C Web Annotations: where each quote sits in its source's text, for annotation tools.

One annotation per quote that is found in the text of its source (a claim's
own quote, or a later report's): the target is the source with a
TextQuoteSelector and a TextPositionSelector, the body is the claim. A quote
elided with "..." gets one target per part, so no selector covers words the
quote left out. Quotes in sources without text, or not found (PV006), get none.

Offsets are Unicode code points, as the Web Annotation model says; JavaScript
strings count UTF-16 units, so a text with characters outside the Basic
Multilingual Plane (emoji, some CJK) needs converting there.
"""

from __future__ import annotations

import json
from typing import Any

from ..anchoring import CONTEXT, SourceText
from ..graph import Graph
from ..model import Claim, Source
from ..rules.quotes import quotes_to_check
from . import objects
from .objects import iri

CONTEXT_URL = "http://www.w3.org/ns/anno.jsonld"


def to_annotations(graph: Graph) -> str:
    """A JSON array of annotations, by claim id and quote field (two-space indent)."""
    texts: dict[str, SourceText | None] = {}
    annotations: list[dict[str, Any]] = []
    for claim in objects.claims(graph):
        for field, quote, source_id in quotes_to_check(claim):
            source = graph.source(source_id)
            if source is None:
                continue
            if source_id not in texts:
                raw = graph.text(source)
                texts[source_id] = SourceText(raw) if raw is not None else None
            text = texts[source_id]
            anchor = text.anchor(quote) if text is not None else None
            if text is None or anchor is None:
                continue
            spans = anchor.parts or ((anchor.start, anchor.end),)
            targets = [_target(source, text.original, start, end) for start, end in spans]
            annotations.append(_annotation(claim, field, targets))
    return json.dumps(annotations, ensure_ascii=False, indent=2) + "\n"


def _annotation(claim: Claim, field: str, targets: list[dict[str, Any]]) -> dict[str, Any]:
    # "appearances[0].quote" -> "appearances/0/quote": brackets are not allowed in an IRI.
    path = field.replace("[", "/").replace("].", "/")
    return {
        "@context": CONTEXT_URL,
        "id": iri("annotation", f"{claim.id}/{path}"),
        "type": "Annotation",
        "motivation": "identifying",
        "body": {
            "id": iri("claim", claim.id),
            "type": "TextualBody",
            "value": claim.text,
            "format": "text/plain",
        },
        "target": targets[0] if len(targets) == 1 else targets,
    }


def _target(source: Source, text: str, start: int, end: int) -> dict[str, Any]:
    return {
        # Annotation tools match targets by the document's address, when it has one.
        "source": source.url or iri("source", source.id),
        "selector": [
            {
                "type": "TextQuoteSelector",
                "exact": text[start:end],
                "prefix": text[max(0, start - CONTEXT) : start],
                "suffix": text[end : end + CONTEXT],
            },
            {"type": "TextPositionSelector", "start": start, "end": end},
        ],
    }
