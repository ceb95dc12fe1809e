"""The seed article, as the issue checks it: Patterson's quotes, Zardari embedded, a valid draft."""

from __future__ import annotations

from pathlib import Path

import pytest

from provenance import validate
from provenance.anchoring import SourceText
from provenance.dates import PartialDate
from provenance.extract import extract
from provenance.extract.output import to_yaml
from provenance.graph import Graph
from provenance.load import load
from provenance.model import ClaimKind, Dossier

from ..conftest import SEED

ARTICLE = (SEED / "article.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def draft() -> Dossier:
    return extract(
        ARTICLE,
        source_id="ndtv-2011-05-06-kayani-nfu",
        publisher="ndtv",
        published=PartialDate.parse("2011-05-06"),
    )


def test_every_quotation_of_the_cable_is_proposed_as_pattersons(draft: Dossier) -> None:
    speakers = {agent.id: agent.name for agent in draft.agents}
    quoted = [c for c in draft.claims if c.kind in (ClaimKind.direct, ClaimKind.mixed)]
    expected = [
        "Although he has remained silent",
        "Despite increasing financial constraints",
        "could gradually smuggle",
        "Zardari and Gilani agree",
        "that Pakistan's Army/ISI must stop",
        "As recent media reports indicate",
    ]
    for start in expected:
        (claim,) = [c for c in quoted if c.quote and c.quote.startswith(start)]
        assert speakers[claim.speaker or ""] == "Anne Patterson", start


def test_aliases_and_pronouns_are_one_agent(draft: Dossier) -> None:
    (patterson,) = [a for a in draft.agents if a.name == "Anne Patterson"]
    assert {"Ms Patterson", "the Ambassador"} <= set(patterson.aliases)
    said = [c for c in draft.claims if c.speaker == patterson.id]
    assert {c.cue for c in said} >= {"wrote", "stressed", "says", "states", "writes"}


def test_zardaris_statement_is_embedded_in_pattersons_claim(draft: Dossier) -> None:
    (zardari,) = [a for a in draft.agents if a.name == "Asif Ali Zardari"]
    (statement,) = [c for c in draft.claims if c.speaker == zardari.id and c.cue == "statement"]
    assert statement.text.startswith("Pakistan would adopt")
    (holder,) = [c for c in draft.claims if statement.id in c.embeds]
    assert holder.speaker == "anne-patterson" and holder.cue == "wrote"


def test_offsets_point_at_the_words_in_the_article(draft: Dossier) -> None:
    for claim in draft.claims:
        assert claim.selectors is not None and claim.draft
        for part in claim.selectors.content:
            assert ARTICLE[part.start : part.end] in claim.text or claim.text.startswith(
                " ".join(ARTICLE[part.start : part.end].split())[:20]
            )
        speaker = claim.selectors.speaker
        assert speaker is not None and ARTICLE[speaker.start : speaker.end].strip()
        if claim.quote:
            assert SourceText(ARTICLE).anchor(claim.quote) is not None


def test_the_draft_validates_without_errors(draft: Dossier, tmp_path: Path) -> None:
    path = tmp_path / "draft.yaml"
    path.write_text(to_yaml(draft), encoding="utf-8")
    graph: Graph = load([path])
    report = validate(graph)
    assert report.summary.errors == 0, [f.message for f in report.findings]
