"""CSL-JSON: every source as a citation item, for Zotero and other citation managers.

Names are given as ``literal``: splitting "Anne Patterson" into given and
family names would be a guess (and wrong for many names). A cable released
by someone else keeps its publisher; the releaser is its ``archive`` and the
release date its ``available-date``.

Dates: ``date-parts`` at the precision written ("2008" is ``[[2008]]``), a
closed interval as a range, an approximate or uncertain date marked
``circa`` (CSL's only hedge); whenever date-parts cannot say all of it, the
EDTF text is also given as ``raw``. An open interval ("../2009-02-19") has no
date-parts that would be true, so it is ``raw`` only.
"""

from __future__ import annotations

import json
from typing import Any

from ..dates import PartialDate
from ..graph import Graph
from ..model import Agent, Source, SourceKind
from . import objects
from .dates import iso

CSL_TYPES: dict[SourceKind | None, str] = {
    SourceKind.news_article: "article-newspaper",
    SourceKind.interview: "interview",
    SourceKind.speech: "speech",
    SourceKind.report: "report",
    SourceKind.social_post: "post",
    SourceKind.book: "book",
}
"""CSL type by source kind; every other kind is a ``document``."""

GENRES: dict[SourceKind | None, str] = {
    SourceKind.diplomatic_cable: "diplomatic cable",
    SourceKind.statement: "statement",
    SourceKind.press_release: "press release",
    SourceKind.transcript: "transcript",
}
"""What a ``document`` is, for kinds CSL has no type for."""


def to_csl_json(graph: Graph) -> str:
    """The sources as a CSL-JSON array, sorted by id (UTF-8, two-space indent)."""
    items = [_item(graph, source) for source in objects.sources(graph)]
    return json.dumps(items, ensure_ascii=False, indent=2) + "\n"


def _name(graph: Graph, agent_id: str) -> str:
    agent = graph.agent(agent_id)
    assert agent is not None  # objects.resolved() only gives ids that name agents
    return agent.name


def _item(graph: Graph, source: Source) -> dict[str, Any]:
    item: dict[str, Any] = {"id": source.id, "type": CSL_TYPES.get(source.kind, "document")}
    if source.kind in GENRES:
        item["genre"] = GENRES[source.kind]
    if source.title is not None:
        item["title"] = source.title
    authors = objects.resolved(source.authors, graph, Agent)
    if authors:
        item["author"] = [{"literal": _name(graph, a)} for a in authors]
    if source.published is not None:
        item["issued"] = csl_date(source.published)
    for publisher in objects.resolved((source.publisher,), graph, Agent):
        item["publisher"] = _name(graph, publisher)
        if source.kind is SourceKind.news_article:
            # A newspaper article's container is the newspaper: its publisher's title.
            item["container-title"] = _name(graph, publisher)
    if source.released is not None:
        for releaser in objects.resolved((source.released.by,), graph, Agent):
            item["archive"] = _name(graph, releaser)
        if source.released.date is not None:
            item["available-date"] = csl_date(source.released.date)
    if source.url is not None:
        item["URL"] = source.url
    if source.language is not None:
        item["language"] = source.language
    return item


def csl_date(date: PartialDate) -> dict[str, Any]:
    """A CSL date variable that says no more than the date does (see the module doc)."""
    if date.interval:
        start, _, end = date.text.partition("/")
        bounds = [_parts(start), _parts(end)]
        parts = [b for b in bounds if b is not None]
        value: dict[str, Any] = {"date-parts": parts} if len(parts) == 2 else {}
    else:
        single = _parts(date.text)
        value = {"date-parts": [single]} if single is not None else {}
    if value and (date.approximate or date.uncertain):
        value["circa"] = True
    if not value or iso(date) != date.text:
        value["raw"] = date.text
    return value


def _parts(text: str) -> list[int] | None:
    """Year, month, day of one EDTF date as far as they are known, ignoring qualifiers."""
    if text in ("", ".."):
        return None
    date = PartialDate.parse(text.rstrip("?~%"))
    known = iso(date)
    if known is None:
        return None
    return [int(part) for part in known[:10].split("-")]
