"""schema.org JSON-LD, checked offline the way a JSON-LD processor and schema.org read it."""

from __future__ import annotations

import csv
import json
from functools import cache
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from provenance import Graph, export, load
from provenance.export.claimreview import claim_review, short_claim
from provenance.model import Review

from ..conftest import REVIEWED
from .conftest import shared_schema

pyld = pytest.importorskip("pyld")
from pyld import jsonld  # noqa: E402

SCHEMA = "http://schema.org/"  # the context's @vocab; the property list says https
CLAIM = "urn:provenance:claim:"

# schema.org's type hierarchy for the types the export uses (from schema.org's
# type pages); a type missing here fails the domain check, so it stays complete.
ANCESTORS = {
    "Person": ["Thing"],
    "Organization": ["Thing"],
    "CreativeWork": ["Thing"],
    "Claim": ["CreativeWork", "Thing"],
    "Quotation": ["CreativeWork", "Thing"],
    "Book": ["CreativeWork", "Thing"],
    "NewsArticle": ["Article", "CreativeWork", "Thing"],
    "Report": ["Article", "CreativeWork", "Thing"],
    "SocialMediaPosting": ["Article", "CreativeWork", "Thing"],
    "PublicationEvent": ["Event", "Thing"],
    "ClaimReview": ["Review", "CreativeWork", "Thing"],
    "Rating": ["Intangible", "Thing"],
}


@cache
def domains() -> dict[str, set[str]]:
    """Property name -> the type names schema.org allows it on."""
    path = shared_schema("schemaorg-current-https-properties.csv")
    with path.open(encoding="utf-8", newline="") as file:
        return {
            row["label"]: {d.strip().rsplit("/", 1)[1] for d in row["domainIncludes"].split(",")}
            for row in csv.DictReader(file)
            if row["domainIncludes"]
        }


def offline_loader(url: str, options: dict[str, Any] | None = None) -> dict[str, Any]:
    if url.rstrip("/") not in ("https://schema.org", "http://schema.org"):
        raise AssertionError(f"the check must stay offline; something asked for {url}")
    context = json.loads(shared_schema("schemaorgcontext.jsonld").read_text(encoding="utf-8"))
    return {"contextUrl": None, "documentUrl": url, "document": context}


def expand(document: dict[str, Any]) -> list[dict[str, Any]]:
    dropped: list[str | None] = []
    expanded = jsonld.expand(
        document, {"documentLoader": offline_loader}, on_property_dropped=dropped.append
    )
    assert not dropped, f"JSON-LD expansion dropped {dropped}"
    return list(expanded)


def keys_used(value: Any) -> set[str]:
    if isinstance(value, list):
        return set().union(*(keys_used(v) for v in value)) if value else set()
    if isinstance(value, dict):
        here = {k for k in value if not k.startswith("@")}
        return here.union(*(keys_used(v) for v in value.values()))
    return set()


def expanded_properties(value: Any) -> set[str]:
    if isinstance(value, list):
        return set().union(*(expanded_properties(v) for v in value)) if value else set()
    if isinstance(value, dict):
        here = {k for k in value if not k.startswith("@")}
        return here.union(*(expanded_properties(v) for v in value.values()))
    return set()


def check_domains(node: Any) -> None:
    """Every property of every typed node is one schema.org allows on that type."""
    if isinstance(node, list):
        for item in node:
            check_domains(item)
        return
    if not isinstance(node, dict):
        return
    if "@type" in node:
        kind = node["@type"]
        assert kind in ANCESTORS, f"type {kind} is not in the test's hierarchy table"
        allowed = {kind, *ANCESTORS[kind]}
        for key in node:
            if not key.startswith("@"):
                assert key in domains(), f"{key} is not a schema.org property"
                assert domains()[key] & allowed, f"{key} is not allowed on {kind}"
    for value in node.values():
        check_domains(value)


def check_jsonld(document: dict[str, Any]) -> None:
    used = keys_used(document)
    properties = expanded_properties(expand(document))
    assert {SCHEMA + key for key in used} <= properties, "a key did not survive expansion"
    assert used <= set(domains()), f"not schema.org properties: {used - set(domains())}"
    check_domains(document["@graph"])


@pytest.fixture(scope="module")
def seed_document(seed: Graph) -> dict[str, Any]:
    document: dict[str, Any] = json.loads(export(seed, "claimreview"))
    return document


def nodes(document: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {node["@id"]: node for node in document["@graph"]}


def test_the_seed_expands_offline_with_schema_org_properties_only(
    seed_document: dict[str, Any],
) -> None:
    assert seed_document["@context"] == "https://schema.org"
    check_jsonld(seed_document)


def test_the_check_catches_a_made_up_property_and_a_misplaced_one(
    seed_document: dict[str, Any],
) -> None:
    made_up = json.loads(json.dumps(seed_document))
    made_up["@graph"][0]["saidBy"] = "x"
    with pytest.raises(AssertionError, match="saidBy"):
        check_jsonld(made_up)
    misplaced = json.loads(json.dumps(seed_document))
    person = next(n for n in misplaced["@graph"] if n.get("@type") == "Person")
    person["firstAppearance"] = {"@id": "urn:provenance:source:x"}
    with pytest.raises(AssertionError, match="firstAppearance is not allowed on Person"):
        check_jsonld(misplaced)


def test_patterson_s_claim_keeps_speaker_source_and_later_report_apart(
    seed_document: dict[str, Any],
) -> None:
    by_id = nodes(seed_document)
    claim = by_id[CLAIM + "patterson-kayani-opposes-nfu"]
    assert claim["@type"] == "Claim"
    assert claim["author"] == {"@id": "urn:provenance:agent:anne-patterson"}
    assert claim["datePublished"] == "2009-02-19"
    assert claim["firstAppearance"] == {"@id": "urn:provenance:source:us-cable-2009-02-19"}
    assert claim["appearance"] == {"@id": "urn:provenance:source:ndtv-2011-05-06-kayani-nfu"}
    assert claim["mentions"] == {"@id": CLAIM + "zardari-no-first-use-2008"}
    assert by_id["urn:provenance:agent:anne-patterson"]["@type"] == "Person"
    cable = by_id["urn:provenance:source:us-cable-2009-02-19"]
    assert cable["@type"] == "Report"
    assert cable["publisher"] == {"@id": "urn:provenance:agent:us-embassy-islamabad"}
    assert cable["publication"] == {
        "@type": "PublicationEvent",
        "publishedBy": {"@id": "urn:provenance:agent:wikileaks"},
    }  # released "../2011-05-06": no true ISO date, so no startDate
    article = by_id["urn:provenance:source:ndtv-2011-05-06-kayani-nfu"]
    assert article["@type"] == "NewsArticle"
    assert article["publisher"] == {"@id": "urn:provenance:agent:ndtv"}


def test_a_direct_quote_is_a_quotation_spoken_by_the_speaker(
    seed_document: dict[str, Any],
) -> None:
    by_id = nodes(seed_document)
    claim = by_id[CLAIM + "patterson-kayani-opposes-nfu"]
    quotation = by_id[claim["isBasedOn"]["@id"]]
    assert quotation["@type"] == "Quotation"
    assert quotation["spokenByCharacter"] == {"@id": "urn:provenance:agent:anne-patterson"}
    assert quotation["isPartOf"] == {"@id": "urn:provenance:source:us-cable-2009-02-19"}
    assert quotation["text"].startswith("Although he has remained silent")
    assert "isBasedOn" not in by_id[CLAIM + "zardari-no-first-use-2008"]  # no verbatim words


def test_the_headline_s_credit_to_wikileaks_is_not_authorship(
    seed_document: dict[str, Any],
) -> None:
    claim = nodes(seed_document)[CLAIM + "headline-kayani-not-on-board"]
    assert claim["author"] == {"@id": "urn:provenance:agent:anne-patterson"}
    assert "wikileaks" not in json.dumps(claim)


@pytest.mark.parametrize(
    ("claim_id", "expected"),
    [
        ("zardari-no-first-use-2008", "2008"),  # stays a year
        ("gop-worried-this-week-2011", "2011"),  # 2011-04-30/2011-05-06: only the year is true
        ("media-us-eliminated-al-qaida-operatives", None),  # ../2009-02-19: nothing is true
    ],
)
def test_partial_dates_are_the_most_precise_true_iso_form(
    seed_document: dict[str, Any], claim_id: str, expected: str | None
) -> None:
    assert nodes(seed_document)[CLAIM + claim_id].get("datePublished") == expected


def test_no_claim_review_without_a_review(seed_document: dict[str, Any]) -> None:
    assert not [n for n in seed_document["@graph"] if n["@type"] == "ClaimReview"]


def a_review(**fields: Any) -> Review:
    return Review.model_validate({"rating": "Misleading", **fields})


FULL_REVIEW = a_review(
    rating_value=2,
    best=5,
    worst=1,
    reviewer="ndtv",
    date="2011-05",
    url="https://desk.example/reviews/kayani",
    title="Did WikiLeaks say Kayani was not on board?",
    language="en",
    summary="The headline credits WikiLeaks with the ambassador's words.",
)


def test_a_claim_review_has_what_google_s_fact_check_markup_requires(
    seed: Graph, seed_document: dict[str, Any]
) -> None:
    claim = seed.claim("headline-kayani-not-on-board")
    assert claim is not None
    review = claim_review(seed, claim, FULL_REVIEW)
    assert review["claimReviewed"] == (
        "Kayani is not on board with Zardari's no-first-use nuclear policy, as the\u2026"
    )  # the claim's text, cut under 75 characters
    assert review["itemReviewed"] == {"@id": CLAIM + claim.id}
    assert review["reviewRating"] == {
        "@type": "Rating",
        "alternateName": "Misleading",
        "ratingValue": 2,
        "bestRating": 5,
        "worstRating": 1,
        "ratingExplanation": "The headline credits WikiLeaks with the ambassador's words.",
    }
    assert review["author"] == {"@id": "urn:provenance:agent:ndtv"}
    assert review["datePublished"] == "2011-05"
    assert review["url"] == "https://desk.example/reviews/kayani"
    assert review["name"] == "Did WikiLeaks say Kayani was not on board?"
    assert review["inLanguage"] == "en"
    check_jsonld({**seed_document, "@graph": [*seed_document["@graph"], review]})


def test_a_review_with_only_a_verdict_says_only_that(seed: Graph) -> None:
    claim = seed.claim("headline-kayani-not-on-board")
    assert claim is not None
    review = claim_review(seed, claim, a_review())
    assert review["reviewRating"] == {"@type": "Rating", "alternateName": "Misleading"}
    assert not {"author", "datePublished", "url", "name", "inLanguage"} & set(review)


def test_a_scale_bound_left_to_schema_org_s_default_is_not_written(seed: Graph) -> None:
    claim = seed.claim("headline-kayani-not-on-board")
    assert claim is not None
    rating = claim_review(seed, claim, a_review(rating_value=4))["reviewRating"]
    assert rating == {"@type": "Rating", "alternateName": "Misleading", "ratingValue": 4}


@pytest.mark.parametrize(
    ("reviewer", "url", "author"),
    [
        ("wikileaks", None, {"@id": "urn:provenance:agent:wikileaks"}),  # the agent node
        # No reviewer that resolves: the organisation whose site the review is on.
        (None, "https://desk.example/r/1", {"@type": "Organization", "url": "https://desk.example/"}),
        ("no-such-desk", "https://desk.example/r/1", {"@type": "Organization",
                                                     "url": "https://desk.example/"}),
        ("no-such-desk", None, None),  # nothing to say who published it
    ],
)  # fmt: skip
def test_the_review_s_author_is_the_reviewer_else_the_site_it_is_on(
    seed: Graph, reviewer: str | None, url: str | None, author: dict[str, str] | None
) -> None:
    claim = seed.claim("headline-kayani-not-on-board")
    assert claim is not None
    review = claim_review(seed, claim, a_review(reviewer=reviewer, url=url))
    assert review.get("author") == author


@pytest.mark.parametrize(
    ("text", "short"),
    [
        ("Short enough.", "Short enough."),
        ("a" * 74, "a" * 74),  # fewer than 75: kept
        (
            "Ashvale has spent more on consultants in the last two years than on all of its parks.",
            "Ashvale has spent more on consultants in the last two years than on all\u2026",
        ),
        (  # a comma left at the cut goes
            "Kayani, although silent on the subject, does not support Zardari's 2008, statement.",
            "Kayani, although silent on the subject, does not support Zardari's 2008\u2026",
        ),
        ("x" * 90, "x" * 90),  # one word: nothing to cut at, and never inside a word
        ("Spaces   and\nline breaks   count once. " * 3, None),
    ],
)
def test_claim_reviewed_is_cut_after_a_whole_word_under_75_characters(
    text: str, short: str | None
) -> None:
    result = short_claim(text)
    if short is not None:
        assert result == short
    check_cut(text, result)


def check_cut(text: str, result: str) -> None:
    """``result`` is ``text`` whole, or a cut of it after a whole word, with an ellipsis."""
    whole = " ".join(text.split())
    if result == whole:
        assert len(whole) < 75 or " " not in whole
        return
    assert len(result) < 75 or " " not in result
    body = result.removesuffix("\u2026")
    assert body != result, "a cut text ends with an ellipsis"
    assert whole.startswith(body)
    rest = whole[len(body) :].lstrip(",;:-\u2013\u2014([")
    assert rest.startswith(" "), f"cut inside a word: {body!r} + {whole[len(body) :]!r}"


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab ,;:-.\n\u00e9"), max_size=200))
def test_any_text_is_cut_whole_or_after_a_whole_word(text: str) -> None:
    check_cut(text, short_claim(text))


def test_the_reviewed_fixture_expands_offline_with_schema_org_properties_only() -> None:
    document = json.loads(export(load([REVIEWED]), "claimreview"))
    check_jsonld(document)
    reviews = [n for n in document["@graph"] if n["@type"] == "ClaimReview"]
    assert len(reviews) == 2  # the third claim was not rated by anyone
    for review in reviews:
        assert len(review["claimReviewed"]) < 75
        assert review["author"] == {"@id": "urn:provenance:agent:example-fact-desk"}


def test_the_desk_the_claimant_and_the_documents_stay_apart() -> None:
    by_id = nodes(json.loads(export(load([REVIEWED]), "claimreview")))
    review = by_id["urn:provenance:review:okafor-library-budget-halved"]
    claim = by_id[review["itemReviewed"]["@id"]]
    assert claim["@type"] == "Claim"
    assert claim["author"] == {"@id": "urn:provenance:agent:maria-okafor"}  # who said it
    assert review["author"] == {"@id": "urn:provenance:agent:example-fact-desk"}  # who rated it
    assert claim["firstAppearance"] == {
        "@id": "urn:provenance:source:ashvale-budget-meeting-2024-02-13-okafor"
    }
    assert claim["appearance"] == {
        "@id": "urn:provenance:source:ashvale-courier-2024-02-14-library"
    }
    desk = by_id["urn:provenance:agent:example-fact-desk"]
    assert desk == {
        "@id": "urn:provenance:agent:example-fact-desk",
        "@type": "Organization",
        "name": "Example Fact Desk",
        "url": "https://factdesk.example",
    }


def test_a_dossier_with_little_data_gets_no_made_up_values(write_dossier: Any) -> None:
    path = write_dossier(
        "agents: [{id: someone, name: Someone}]\n"
        "sources: [{id: leaflet}]\n"
        "claims: [{id: c, text: Something., speaker: someone, source: leaflet, date: 2008?}]\n"
    )
    document = json.loads(export(load([path]), "claimreview"))
    by_id = nodes(document)
    assert by_id["urn:provenance:agent:someone"] == {
        "@id": "urn:provenance:agent:someone",
        "name": "Someone",
    }
    assert by_id["urn:provenance:source:leaflet"] == {
        "@id": "urn:provenance:source:leaflet",
        "@type": "CreativeWork",
    }
    assert "datePublished" not in by_id[CLAIM + "c"]  # "2008?" is not known to be 2008


def test_every_optional_field_maps_to_a_schema_org_property(write_dossier: Any) -> None:
    path = write_dossier(
        "agents:\n"
        "  - {id: p, name: P, kind: person, aliases: [Pee], url: 'https://p.example',\n"
        "     wikidata: Q42}\n"
        "  - {id: o, name: O, kind: group}\n"
        "sources:\n"
        "  - {id: b, kind: book, title: B, authors: [p], publisher: o, published: 2009-02,\n"
        "     url: 'https://b.example', archived_url: 'https://archive.example/b',\n"
        "     language: en, cites: [s], released: {by: o, date: 2010}}\n"
        "  - {id: s, kind: social_post, published: 2008}\n"
        "claims:\n"
        "  - {id: c, text: T., quote: Q, kind: direct, speaker: p, source: b, date: 2009-02,\n"
        "     about: [o], embeds: [d], appearances: [{source: s}], tags: [x, y]}\n"
        "  - {id: d, text: D., speaker: o, source: s}\n"
    )
    document = json.loads(export(load([path]), "claimreview"))
    check_jsonld(document)
    by_id = nodes(document)
    assert by_id["urn:provenance:agent:p"]["sameAs"] == "https://www.wikidata.org/wiki/Q42"
    book = by_id["urn:provenance:source:b"]
    assert book["archivedAt"] == "https://archive.example/b"
    assert book["publication"]["startDate"] == "2010"
    assert by_id[CLAIM + "c"]["keywords"] == ["x", "y"]
