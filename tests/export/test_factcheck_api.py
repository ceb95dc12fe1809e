"""The Fact Check Tools API shape: Google's field names, the four parties kept apart, and the
same facts as the ClaimReview JSON-LD, property for property."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml
from typer.testing import CliRunner

from provenance import ExportFormat, Graph, export, load
from provenance.cli import app
from provenance.dates import PartialDate
from provenance.export.factcheck import site, timestamp

from ..conftest import REVIEWED
from .test_claimreview import ANCESTORS, check_jsonld, domains, nodes

# The fields of the API's Claim, ClaimReview and Publisher (claims:search), and
# of the ClaimReview markup's claim author and appearances (pages), as Google's
# reference documents them. Nothing else may appear.
CLAIM_FIELDS = {
    "text",
    "claimant",
    "claimDate",
    "claimReview",
    "claimAuthor",
    "claimFirstAppearance",
    "claimAppearances",
}
REVIEW_FIELDS = {"publisher", "url", "title", "reviewDate", "textualRating", "languageCode"}
PUBLISHER_FIELDS = {"name", "site"}
AUTHOR_FIELDS = {"name", "jobTitle", "imageUrl", "sameAs"}

EXPECTED = {
    "claims": [
        {
            "text": "Ashvale has spent more on consultants in the last two years than on all\u2026",
            "claimant": "Maria Okafor",
            "claimDate": "2024-02-13T00:00:00Z",
            "claimReview": [
                {
                    "publisher": {"name": "Example Fact Desk", "site": "factdesk.example"},
                    "url": "https://factdesk.example/checks/2024/ashvale-consultants-parks",
                    # reviewed "2024-02": no day, so no timestamp
                    "textualRating": "False",
                    "languageCode": "en",
                }
            ],
            "claimAuthor": {"name": "Maria Okafor", "jobTitle": "Ashvale Town Councillor"},
            "claimFirstAppearance": "https://council.ashvale.example/meetings/2024-02-13/okafor",
        },
        {
            "text": "Ashvale's library budget has been cut in half since 2019.",
            "claimant": "Maria Okafor",
            "claimDate": "2024-02-13T00:00:00Z",
            "claimReview": [
                {
                    "publisher": {"name": "Example Fact Desk", "site": "factdesk.example"},
                    "url": "https://factdesk.example/checks/2024/ashvale-library-budget",
                    "title": "Was Ashvale's library budget cut in half? Only its book fund was",
                    "reviewDate": "2024-02-20T00:00:00Z",
                    "textualRating": "Misleading",
                    "languageCode": "en",
                }
            ],
            "claimAuthor": {"name": "Maria Okafor", "jobTitle": "Ashvale Town Councillor"},
            "claimFirstAppearance": "https://council.ashvale.example/meetings/2024-02-13/okafor",
            "claimAppearances": [
                "https://courier.ashvale.example/2024/02/14/okafor-library-budget"
            ],
        },
    ]
}


@pytest.fixture(scope="module")
def reviewed() -> Graph:
    return load([REVIEWED])


@pytest.fixture(scope="module")
def document(reviewed: Graph) -> dict[str, Any]:
    result: dict[str, Any] = json.loads(export(reviewed, "factcheck-api"))
    return result


def test_the_reviewed_claims_in_the_api_s_shape(document: dict[str, Any]) -> None:
    assert document == EXPECTED  # the unrated third claim is no fact-check, and is left out


def test_only_the_api_s_field_names_are_used(document: dict[str, Any]) -> None:
    assert set(document) == {"claims"}
    for claim in document["claims"]:
        assert set(claim) <= CLAIM_FIELDS
        assert set(claim["claimAuthor"]) <= AUTHOR_FIELDS
        for review in claim["claimReview"]:
            assert set(review) <= REVIEW_FIELDS
            assert set(review["publisher"]) <= PUBLISHER_FIELDS


def test_claimant_first_appearance_later_appearance_and_reviewer_stay_apart(
    document: dict[str, Any],
) -> None:
    claim = document["claims"][1]
    review = claim["claimReview"][0]
    assert claim["claimant"] == "Maria Okafor"  # the speaker
    assert review["publisher"]["name"] == "Example Fact Desk"  # the desk, never the speaker
    assert "council.ashvale.example" in claim["claimFirstAppearance"]  # where she said it
    assert claim["claimAppearances"] == [  # where it was reported later
        "https://courier.ashvale.example/2024/02/14/okafor-library-budget"
    ]
    parties = [
        claim["claimant"],
        review["publisher"]["name"],
        claim["claimFirstAppearance"],
        *claim["claimAppearances"],
        review["url"],
    ]
    assert len(set(parties)) == len(parties)


def test_text_is_short_as_google_s_markup_asks(document: dict[str, Any]) -> None:
    for claim in document["claims"]:
        assert len(claim["text"]) < 75


def test_a_dossier_with_no_reviews_gives_no_claims(seed: Graph) -> None:
    assert export(seed, "factcheck-api") == '{\n  "claims": []\n}\n'


# Google's documented correspondence between the API's fields and ClaimReview's
# schema.org properties: (API field, path of properties in the JSON-LD, the type
# holding the last property).
MAPPING = [
    ("text", ["claimReviewed"], "ClaimReview"),
    ("claimant", ["itemReviewed", "author", "name"], "Person"),
    ("claimAuthor.name", ["itemReviewed", "author", "name"], "Person"),
    ("claimFirstAppearance", ["itemReviewed", "firstAppearance", "url"], "CreativeWork"),
    ("claimAppearances", ["itemReviewed", "appearance", "url"], "NewsArticle"),
    ("claimReview.publisher.name", ["author", "name"], "Organization"),
    ("claimReview.url", ["url"], "ClaimReview"),
    ("claimReview.title", ["name"], "ClaimReview"),
    ("claimReview.textualRating", ["reviewRating", "alternateName"], "Rating"),
    ("claimReview.languageCode", ["inLanguage"], "ClaimReview"),
]


def _api_value(claim: dict[str, Any], field: str) -> Any:
    value: Any = claim
    for part in field.split("."):
        value = (value[0] if isinstance(value, list) else value).get(part)
        if value is None:
            return None
    return value


def _jsonld_value(by_id: dict[str, dict[str, Any]], node: Any, path: list[str]) -> Any:
    if not path:
        return node
    if isinstance(node, list):  # several appearances: the API lists them
        return [_jsonld_value(by_id, item, path) for item in node]
    if set(node) == {"@id"}:
        node = by_id[node["@id"]]
    value = node.get(path[0])
    return None if value is None else _jsonld_value(by_id, value, path[1:])


def test_each_field_says_what_the_claim_review_json_ld_says(reviewed: Graph) -> None:
    by_id = nodes(json.loads(export(reviewed, "claimreview")))
    api = json.loads(export(reviewed, "factcheck-api"))["claims"]
    reviews = sorted(
        (n for n in by_id.values() if n.get("@type") == "ClaimReview"), key=lambda n: n["@id"]
    )
    assert len(reviews) == len(api)
    for claim, review in zip(api, reviews, strict=True):
        for field, path, kind in MAPPING:
            # The schema.org property exists, and is allowed on the type that holds it.
            assert path[-1] in domains(), path
            assert domains()[path[-1]] & {kind, *ANCESTORS[kind]}, (path, kind)
            said = _jsonld_value(by_id, review, path)
            if field == "claimAppearances" and isinstance(said, str):
                said = [said]  # one appearance: schema.org gives the node, the API a list
            assert _api_value(claim, field) == said, field
        assert claim["claimDate"][:10] == _jsonld_value(
            by_id, review, ["itemReviewed", "datePublished"]
        )
        if "reviewDate" in claim["claimReview"][0]:
            assert claim["claimReview"][0]["reviewDate"][:10] == review["datePublished"]
        else:
            assert len(review["datePublished"]) < 10  # known to the month only
    check_jsonld(json.loads(export(reviewed, "claimreview")))


@pytest.mark.parametrize(
    ("date", "expected"),
    [
        ("2024-02-13", "2024-02-13T00:00:00Z"),  # a day: midnight UTC, as the API writes it
        ("2009-02-19T08:30:00Z", "2009-02-19T08:30:00Z"),
        ("2009-02-19T02:30:00+05:00", "2009-02-18T21:30:00Z"),  # converted to UTC
        ("2009-02-19T08:30:00", "2009-02-19T00:00:00Z"),  # a time in no known zone: its day
        ("2024-02", None),  # no day, no timestamp
        ("2008", None),
        ("2008~", None),  # no true ISO form at all
        ("2011-05-06/2011-05-06", "2011-05-06T00:00:00Z"),
        ("2011-04-30/2011-05-06", None),
        ("../2009-02-19", None),
    ],
)
def test_dates_are_utc_timestamps_when_known_to_the_day(date: str, expected: str | None) -> None:
    assert timestamp(PartialDate.parse(date)) == expected


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://www.desk.example/checks/1", "desk.example"),
        ("https://factcheck.desk.example/", "factcheck.desk.example"),
        ("http://DESK.example:8080/a", "desk.example"),
        (None, None),
    ],
)
def test_a_publisher_s_site_is_its_host(url: str | None, expected: str | None) -> None:
    assert site(url) == expected


def _one(write_dossier: Callable[..., Path], text: str) -> dict[str, Any]:
    claims = json.loads(export(load([write_dossier(text)]), "factcheck-api"))["claims"]
    assert len(claims) == 1
    result: dict[str, Any] = claims[0]
    return result


def test_without_a_reviewer_the_site_comes_from_the_review_s_address(
    write_dossier: Callable[..., Path],
) -> None:
    claim = _one(
        write_dossier,
        "claims:\n"
        "  - id: c\n"
        "    text: Something.\n"
        "    review: {rating: Wrong, reviewer: nobody-defined,\n"
        "             url: 'https://www.desk.example/c'}\n",
    )
    assert claim == {
        "text": "Something.",
        "claimReview": [
            {
                "publisher": {"site": "desk.example"},
                "url": "https://www.desk.example/c",
                "textualRating": "Wrong",
            }
        ],
    }  # no speaker, no date, no documents: nothing is made up for them


def test_a_reviewer_without_an_address_is_named_and_the_review_gives_the_site(
    write_dossier: Callable[..., Path],
) -> None:
    claim = _one(
        write_dossier,
        "agents: [{id: desk, name: The Desk}]\n"
        "claims:\n"
        "  - {id: c, text: T., review: {rating: Wrong, reviewer: desk, url: 'https://d.example/1'}}\n",
    )
    assert claim["claimReview"][0]["publisher"] == {"name": "The Desk", "site": "d.example"}


def test_the_claim_author_s_title_is_the_one_role_held_when_it_was_said(
    write_dossier: Callable[..., Path],
) -> None:
    dossier = (
        "agents:\n"
        "  - id: p\n"
        "    name: P\n"
        "    wikidata: Q42\n"
        "    url: https://p.example\n"
        "    roles:\n"
        "      - {title: Mayor, start: 2010, end: 2014}\n"
        "      - {title: Senator, start: 2015}\n"
        "      - {title: Chair, start: 2020, end: 2021}\n"
        "sources: [{id: s, url: 'https://s.example', archived_url: 'https://archive.example/s'},\n"
        "          {id: a, archived_url: 'https://archive.example/a'}]\n"
        "claims:\n"
        "  - {id: c, text: T., speaker: p, source: s, date: DATE,\n"
        "     appearances: [{source: a}, {source: s}, {source: a}], review: {rating: R}}\n"
    )
    for date, title in [
        ("2012", "Mayor"),
        ("2014", "Mayor"),  # the Senate seat came in 2015
        ("2016", "Senator"),
        ("2020-06", None),  # Senator and Chair: which one spoke is not known
        ("2009", None),  # before any role
        ("null", None),  # undated: no role can be placed
    ]:
        claim = _one(write_dossier, dossier.replace("DATE", date))
        assert claim["claimAuthor"].get("jobTitle") == title, date
        assert claim["claimAuthor"]["sameAs"] == "https://www.wikidata.org/wiki/Q42"
        assert claim["claimFirstAppearance"] == "https://s.example"
        # an archived copy where there is no address; the first appearance is not repeated
        assert claim["claimAppearances"] == ["https://archive.example/a"]


def test_same_bytes_whatever_order_the_records_were_written_in(
    reviewed: Graph, tmp_path: Path
) -> None:
    data = yaml.safe_load((REVIEWED / "dossier.yaml").read_text(encoding="utf-8"))
    for items in data.values():
        items.reverse()
    shuffled = tmp_path / "dossier.json"
    shuffled.write_text(json.dumps(data, default=str), encoding="utf-8")
    for fmt in ExportFormat:
        assert export(load([shuffled]), fmt) == export(reviewed, fmt), fmt


def test_the_cli_writes_it(tmp_path: Path) -> None:
    copy = Path(shutil.copytree(REVIEWED, tmp_path / "reviewed"))
    result = CliRunner().invoke(app, ["export", str(copy), "--format", "factcheck-api"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == EXPECTED
