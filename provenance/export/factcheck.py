"""Reviewed claims in the shape Google's Fact Check Tools API returns them.

The API's ``claims:search`` answers with ``{"claims": [...]}``: per claim its
``text``, ``claimant`` and ``claimDate``, and ``claimReview`` items, each with
its ``publisher`` (``name``, ``site``), ``url``, ``title``, ``reviewDate``,
``textualRating`` and ``languageCode``. Tools built on the API read that
shape, so this export writes it, one claim per reviewed claim (a claim no
desk has rated is not a fact-check, and is left out), sorted by id.

Three fields of the API's ClaimReview markup are added to each claim, where
the dossier has them: ``claimAuthor`` (the speaker as a structured author:
``name``, and ``jobTitle``, ``sameAs`` when known), ``claimFirstAppearance``
(the address of the document the speaker said it in) and
``claimAppearances`` (the addresses of later reports).

The four parties stay apart, as in every export: the claimant is the
speaker (never a conduit a headline credits), the first appearance is the
claim's ``source``, later appearances are its ``appearances``, and the
publisher of a review is the desk that reviewed it.

- ``text`` is the claim's text as the ClaimReview JSON-LD's
  ``claimReviewed`` gives it, under 75 characters: the API's ``text`` is
  the ``claimReviewed`` of the desk's markup.
- Dates are RFC 3339 timestamps in UTC, as the API writes them. A date known
  to the day is that day at midnight (``2024-02-13T00:00:00Z``), the API's
  form for a day; a moment with a UTC offset is converted to UTC. A date
  less precise than a day (``2024-02``, ``2008~``) is no timestamp, and is
  left out.
- A publisher's ``site`` is the host of the reviewer's own address, else of
  the review's, without ``www.``.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any
from urllib.parse import urlsplit

from ..dates import PartialDate
from ..graph import Graph
from ..model import Agent, Claim, Review, Source
from . import objects
from .claimreview import short_claim
from .dates import iso

Item = dict[str, Any]


def to_factcheck_api(graph: Graph) -> str:
    """The graph's reviewed claims as a Fact Check Tools API answer (UTF-8, 2-space indent)."""
    claims = [
        _claim(graph, claim, claim.review)
        for claim in objects.claims(graph)
        if claim.review is not None
    ]
    return json.dumps({"claims": claims}, ensure_ascii=False, indent=2) + "\n"


def timestamp(date: PartialDate | None) -> str | None:
    """``date`` as the API's UTC timestamp, when it is known to the day; else None."""
    text = iso(date)
    if text is None or len(text) < len("YYYY-MM-DD"):
        return None
    moment = dt.datetime.fromisoformat(text)
    if "T" not in text or moment.tzinfo is None:  # a day, or a time of day in no known zone
        return f"{text[:10]}T00:00:00Z"
    return moment.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def site(url: str | None) -> str | None:
    """The host a URL is on, without ``www.``: "https://www.desk.example/a" -> "desk.example"."""
    host = urlsplit(url).hostname if url else None
    return host.removeprefix("www.") if host else None


def _put(item: Item, key: str, value: Any) -> None:
    if value is not None and value != [] and value != {}:
        item[key] = value


def _claim(graph: Graph, claim: Claim, review: Review) -> Item:
    speaker = graph.agent(claim.speaker)
    item: Item = {"text": short_claim(claim.text)}
    _put(item, "claimant", speaker.name if speaker else None)
    _put(item, "claimDate", timestamp(claim.date))
    item["claimReview"] = [_review(graph, review)]
    if speaker is not None:
        _put(item, "claimAuthor", _author(speaker, claim.date))
    first = _address(graph.source(claim.source))
    _put(item, "claimFirstAppearance", first)
    later: list[str] = []
    for appearance in claim.appearances:
        address = _address(graph.source(appearance.source))
        if address is not None and address != first and address not in later:
            later.append(address)
    _put(item, "claimAppearances", later)
    return item


def _review(graph: Graph, review: Review) -> Item:
    reviewer = graph.agent(review.reviewer)
    publisher: Item = {}
    _put(publisher, "name", reviewer.name if reviewer else None)
    _put(publisher, "site", site(reviewer.url if reviewer else None) or site(review.url))
    item: Item = {}
    _put(item, "publisher", publisher)
    _put(item, "url", review.url)
    _put(item, "title", review.title)
    _put(item, "reviewDate", timestamp(review.date))
    item["textualRating"] = review.rating
    _put(item, "languageCode", review.language)
    return item


def _author(speaker: Agent, said: PartialDate | None) -> Item:
    author: Item = {"name": speaker.name}
    _put(author, "jobTitle", _title_then(speaker, said))
    wikidata = f"https://www.wikidata.org/wiki/{speaker.wikidata}" if speaker.wikidata else None
    _put(author, "sameAs", wikidata or speaker.url)
    return author


def _title_then(speaker: Agent, said: PartialDate | None) -> str | None:
    """The title of the one role the speaker can have held when the claim was made.

    A role counts unless its dates rule the claim's date out; with no date,
    or two roles that may both have been held, no title is given.
    """
    if said is None:
        return None
    held = [
        role.title
        for role in speaker.roles
        if not (role.start is not None and role.start.is_after(said))
        and not (role.end is not None and role.end.is_before(said))
    ]
    return held[0] if len(held) == 1 else None


def _address(source: Source | None) -> str | None:
    """Where a document can be read: its address, else an archived copy."""
    if source is None:
        return None
    return source.url or source.archived_url
