"""schema.org JSON-LD: the graph as Claims, Quotations and CreativeWorks, for fact-check tools.

One ``@graph`` of nodes linked by ``@id``:

- each agent as a ``Person`` or ``Organization`` (a group, such as "the Indian
  press", is an ``Organization``: schema.org has no closer type);
- each source as a ``CreativeWork`` subtype by kind, with ``author``,
  ``publisher``, ``datePublished``, ``url``, and a release by someone else (a
  cable released by WikiLeaks) as a ``PublicationEvent`` ``publishedBy`` them;
- each claim as a ``Claim``: ``author`` is the speaker (never the conduit a
  headline credits), ``firstAppearance`` the source the speaker said it in,
  ``appearance`` the later reports, ``mentions`` the claims it embeds;
- each verbatim quote as a ``Quotation`` ``spokenByCharacter`` the speaker,
  part of its source; the claim ``isBasedOn`` it;
- a ``ClaimReview`` for each claim a desk has reviewed: ``itemReviewed`` is
  the Claim, ``author`` the desk (never the speaker), ``claimReviewed`` the
  claim's text under 75 characters, ``reviewRating.alternateName`` the
  verdict.

Dates are the most precise true ISO form (:mod:`.dates`); one with none is left
out. References that resolve to nothing are left out (PV003 reports them).
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from typing import Any
from urllib.parse import urlsplit

from ..graph import Graph, Kind
from ..model import Agent, AgentKind, Claim, Review, Source, SourceKind
from . import objects
from .dates import iso
from .objects import iri

Node = dict[str, Any]
MODELS: dict[str, type[Agent | Source | Claim]] = {
    "agent": Agent,
    "source": Source,
    "claim": Claim,
}

SOURCE_TYPES: dict[SourceKind | None, str] = {
    SourceKind.news_article: "NewsArticle",
    # An embassy's cable is its reporting to its capital: schema.org's Report.
    SourceKind.diplomatic_cable: "Report",
    SourceKind.report: "Report",
    SourceKind.book: "Book",
    SourceKind.social_post: "SocialMediaPosting",
}
"""schema.org type by source kind; every other kind is a plain CreativeWork."""


CLAIM_REVIEWED_LIMIT = 75
"""Google's fact-check markup asks for a ``claimReviewed`` of less than 75 characters."""

ELLIPSIS = "\u2026"
_DANGLING = ",;:-\u2013\u2014(["
"""What makes no sense just before an ellipsis: a comma, a colon, a dash, an opening bracket."""


def short_claim(text: str, limit: int = CLAIM_REVIEWED_LIMIT) -> str:
    """``text`` in fewer than ``limit`` characters, cut after a whole word, with an ellipsis.

    Never cut inside a word: a first word too long to fit is kept whole, over
    the limit (Google asks to *try* to keep it short; a cut word misquotes).
    Punctuation left dangling at the cut (a comma, a colon) is dropped.
    """
    text = " ".join(text.split())
    if len(text) < limit:
        return text
    words = text.split(" ")
    kept = words[:1]  # the first word, whatever its length
    length = len(words[0])  # of " ".join(kept)
    for word in words[1:]:
        if length + 1 + len(word.rstrip(_DANGLING)) + len(ELLIPSIS) >= limit:
            break
        kept.append(word)
        length += 1 + len(word)
    if len(kept) == len(words):  # a single word too long to fit: nothing to cut at
        return text
    cut = " ".join(kept)
    return (cut.rstrip(_DANGLING) or cut) + ELLIPSIS


def to_claimreview(graph: Graph) -> str:
    """The graph as one schema.org JSON-LD document (UTF-8, two-space indent)."""
    nodes = [
        *(_agent(agent) for agent in objects.agents(graph)),
        *(_source(graph, source) for source in objects.sources(graph)),
        *_claim_nodes(graph),
    ]
    nodes.sort(key=lambda node: str(node["@id"]))
    document = {"@context": "https://schema.org", "@graph": nodes}
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def _ref(kind: str, id_: str) -> Node:
    return {"@id": iri(kind, id_)}


def _refs(graph: Graph, kind: Kind, ids: Sequence[str | None]) -> list[Node]:
    model = MODELS[kind]
    return [_ref(kind, id_) for id_ in objects.resolved(ids, graph, model)]


def _put(node: Node, key: str, value: Any) -> None:
    """Set a property unless there is nothing to say: no value, no empty lists."""
    if value is None or value == []:
        return
    node[key] = value[0] if isinstance(value, list) and len(value) == 1 else value


def _agent(agent: Agent) -> Node:
    node: Node = {"@id": iri("agent", agent.id)}
    if agent.kind is not None:  # an agent of unknown kind gets no type rather than a guess
        node["@type"] = "Person" if agent.kind is AgentKind.person else "Organization"
    node["name"] = agent.name
    _put(node, "alternateName", list(agent.aliases))
    _put(node, "url", agent.url)
    if agent.wikidata:
        node["sameAs"] = f"https://www.wikidata.org/wiki/{agent.wikidata}"
    return node


def _source(graph: Graph, source: Source) -> Node:
    node: Node = {
        "@id": iri("source", source.id),
        "@type": SOURCE_TYPES.get(source.kind, "CreativeWork"),
    }
    _put(node, "name", source.title)
    _put(node, "author", _refs(graph, "agent", source.authors))
    _put(node, "publisher", _refs(graph, "agent", (source.publisher,)))
    _put(node, "datePublished", iso(source.published))
    _put(node, "url", source.url)
    _put(node, "archivedAt", source.archived_url)
    _put(node, "inLanguage", source.language)
    _put(node, "citation", _refs(graph, "source", source.cites))
    if source.released is not None:
        event: Node = {"@type": "PublicationEvent"}
        _put(event, "publishedBy", _refs(graph, "agent", (source.released.by,)))
        _put(event, "startDate", iso(source.released.date))
        if len(event) > 1:
            node["publication"] = event
    return node


def _claim_nodes(graph: Graph) -> Iterator[Node]:
    for claim in objects.claims(graph):
        node: Node = {"@id": iri("claim", claim.id), "@type": "Claim", "text": claim.text}
        speaker = _refs(graph, "agent", (claim.speaker,))
        source = _refs(graph, "source", (claim.source,))
        _put(node, "author", speaker)
        _put(node, "datePublished", iso(claim.date))
        _put(node, "firstAppearance", source)
        _put(node, "appearance", _refs(graph, "source", tuple(a.source for a in claim.appearances)))
        _put(node, "about", _refs(graph, "agent", claim.about))
        _put(node, "mentions", _refs(graph, "claim", claim.embeds))
        _put(node, "keywords", list(claim.tags))
        if claim.quote:
            quotation: Node = {
                "@id": iri("quote", claim.id),
                "@type": "Quotation",
                "text": claim.quote,
            }
            _put(quotation, "spokenByCharacter", speaker)
            _put(quotation, "isPartOf", source)
            node["isBasedOn"] = {"@id": quotation["@id"]}
            yield quotation
        yield node
        if claim.review is not None:
            yield claim_review(graph, claim, claim.review)


def claim_review(graph: Graph, claim: Claim, review: Review) -> Node:
    """A ClaimReview with the properties Google's fact-check markup asks for.

    ``claimReviewed`` is the claim's text, shortened (:func:`short_claim`);
    the desk's verdict is ``reviewRating.alternateName``, with its number and
    scale when the desk gives one (a scale bound it leaves out stays out:
    schema.org's default is the one the model assumed), and its summary as
    ``ratingExplanation``. ``itemReviewed`` is the Claim, whose ``author`` is
    the speaker: the desk is only ever the review's ``author``.
    """
    rating: Node = {"@type": "Rating", "alternateName": review.rating}
    _put(rating, "ratingValue", review.rating_value)
    _put(rating, "bestRating", review.best)
    _put(rating, "worstRating", review.worst)
    _put(rating, "ratingExplanation", review.summary)
    node: Node = {
        "@id": iri("review", claim.id),
        "@type": "ClaimReview",
        "claimReviewed": short_claim(claim.text),
        "itemReviewed": _ref("claim", claim.id),
        "reviewRating": rating,
    }
    _put(node, "name", review.title)
    _put(node, "author", review_author(graph, review))
    _put(node, "datePublished", iso(review.date))
    _put(node, "url", review.url)
    _put(node, "inLanguage", review.language)
    return node


def review_author(graph: Graph, review: Review) -> Node | None:
    """Who published the review: the reviewer agent, else the site the review is on.

    The reviewer is its agent node (a Person or an Organization by its
    kind). Without one that resolves, the review's own address still says
    who published it: the Organization at that site (Google asks for an
    author with a name or a URL). With neither, there is no author to give.
    """
    reviewer = _refs(graph, "agent", (review.reviewer,))
    if reviewer:
        return reviewer[0]
    site = site_of(review.url)
    return {"@type": "Organization", "url": site} if site else None


def site_of(url: str | None) -> str | None:
    """The home page of the site ``url`` is on: "https://desk.example/a/b" -> "https://desk.example/"."""
    if url is None:
        return None
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}/" if parts.netloc else None
