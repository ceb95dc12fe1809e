"""Sources an editor would query: nobody behind them, or nothing specific named."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..findings import Severity
from ..graph import Graph
from ..model import SourceKind
from .base import Hit, rule

VAGUE_TITLE_PHRASES: tuple[str, ...] = (
    "media reports",
    "press reports",
    "news reports",
    "reports say",
    "reports said",
    "according to reports",
    "according to sources",
    "sources said",
    "sources say",
    "officials said",
    "officials say",
    "unnamed sources",
    "anonymous sources",
    "people familiar with",
)
"""Titles that name no document. Extend the tuple (or, per project, the
``vague-titles`` setting) when a desk meets a new formula; matching ignores case."""


def vague_title_pattern(phrases: tuple[str, ...] = VAGUE_TITLE_PHRASES) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in phrases)
    return re.compile(rf"\b(?:{alternatives})\b", re.IGNORECASE)


_VAGUE = vague_title_pattern()


@rule("PV007", "source-without-publisher", Severity.warning)
def source_without_publisher(graph: Graph) -> Iterator[Hit]:
    """A source with neither a `publisher` nor any `authors`: nobody stands behind it.

    ## Why it matters
    A reader weighs a document by who issued it. A source that names neither
    author nor publisher cannot be asked for a correction, and its weight is
    unknowable.

    ## Fails
    ```yaml
    sources:
      - id: recent-media-reports-2009
        kind: news_article
        title: Reports of US strikes in Pakistan
        published: 2009
    ```

    ## Passes
    ```yaml
    sources:
      - id: ndtv-2011-05-06-kayani-nfu
        kind: news_article
        title: "Kayani not on board with Zardari's 'no-first-use' N-policy: WikiLeaks"
        publisher: ndtv
        published: 2011-05-06
    ```

    ## How to fix
    Add `publisher:` (the outlet or office that issued it) or `authors:` (who
    wrote or said it). If the original never named anyone, leave it and let
    the warning stand, or suppress it on the source with a reason.
    """
    for entry in graph.sources:
        source = entry.obj
        if source.publisher is None and not source.authors:
            yield Hit(
                entry,
                "source names neither a publisher nor an author",
                hint="add `publisher:` or `authors:` with agent ids",
            )


@rule("PV009", "vague-source", Severity.warning)
def vague_source(graph: Graph) -> Iterator[Hit]:
    """A source of kind `unknown`, or titled like "media reports" or "sources said".

    The phrases matched are listed in ``provenance.rules.sources.VAGUE_TITLE_PHRASES``:
    media reports, press reports, news reports, reports say/said, according to
    reports/sources, sources said/say, officials said/say, unnamed sources,
    anonymous sources, people familiar with.

    ## Why it matters
    "As recent media reports indicate" attributes a claim to nobody in
    particular. It may be all the original gives, but an editor must see that
    the chain ends in fog before repeating it.

    ## Fails
    ```yaml
    sources:
      - id: recent-media-reports-2009
        kind: unknown
        title: recent media reports
        published: ../2009-02-19
    ```

    ## Passes
    ```yaml
    sources:
      - id: dawn-2009-02-10-drone-strikes
        kind: news_article
        title: Drone strikes kill militants in South Waziristan
        publisher: dawn
        published: 2009-02-10
    ```

    ## How to fix
    Find the actual document (which outlet, which date) and record it. If the
    original gives nothing more specific, keep the vague source: the warning
    is the point. Suppress it on the source with a reason if your desk has
    accepted it.
    """
    for entry in graph.sources:
        source = entry.obj
        if source.kind is SourceKind.unknown:
            yield Hit(
                entry,
                "source is of kind `unknown`: no document is identified",
                hint="record the actual document if it can be found",
            )
        elif source.title and (match := _VAGUE.search(source.title)):
            yield Hit(
                entry,
                f"source title '{source.title}' names no document ('{match.group()}')",
                hint="record which outlet or official said it, and when",
            )
