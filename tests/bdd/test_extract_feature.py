"""The living spec of `provenance extract` (features/extract.feature), with its own steps."""

from __future__ import annotations

from pathlib import Path

from pytest_bdd import given, parsers, scenarios, then, when

from provenance import load, validate
from provenance.extract import extract
from provenance.extract.output import to_yaml
from provenance.model import Claim, ClaimKind, Dossier

SEED_ARTICLE = Path(__file__).resolve().parents[2] / "fixtures/ndtv-kayani-2011/article.txt"

scenarios("extract.feature")


@given("NDTV's article of 2011-05-06 as plain text", target_fixture="article")
def seed_article() -> str:
    return SEED_ARTICLE.read_text(encoding="utf-8")


@given("an article whose text is", target_fixture="article")
def an_article(docstring: str) -> str:
    return docstring + "\n"


@when("I extract a draft dossier from it", target_fixture="draft")
def extract_draft(article: str) -> Dossier:
    return extract(article, source_id="article")


def _speaker(draft: Dossier, claim: Claim) -> str:
    (agent,) = [a for a in draft.agents if a.id == claim.speaker]
    return agent.name


def _beginning(draft: Dossier, start: str) -> Claim:
    (claim,) = [c for c in draft.claims if c.text.startswith(start)]
    return claim


@then(
    parsers.parse(
        'the quotation beginning "{start}" is proposed as said by {speaker}, with the cue "{cue}"'
    )
)
def quotation_said_by(draft: Dossier, start: str, speaker: str, cue: str) -> None:
    claim = _beginning(draft, start)
    assert claim.kind is ClaimKind.direct and claim.quote is not None
    assert (_speaker(draft, claim), claim.cue) == (speaker, cue)


@then(parsers.parse('"{name}", "{alias}" and "{other}" are one agent'))
def one_agent(draft: Dossier, name: str, alias: str, other: str) -> None:
    (agent,) = [a for a in draft.agents if a.name == name]
    assert {alias, other} <= set(agent.aliases)


@then(
    parsers.parse(
        '{speaker}\'s claim beginning "{inner}" is embedded in the claim beginning "{outer}"'
    )
)
def embedded(draft: Dossier, speaker: str, inner: str, outer: str) -> None:
    claim = _beginning(draft, inner)
    assert _speaker(draft, claim) == speaker
    assert claim.id in _beginning(draft, outer).embeds


@then("every claim is marked as a draft, with the offsets of its words, its speaker and its cue")
def all_drafts(draft: Dossier) -> None:
    for claim in draft.claims:
        assert claim.draft and claim.selectors is not None
        assert claim.selectors.content and claim.selectors.speaker and claim.selectors.cue


@then("the draft validates with no errors")
def validates(draft: Dossier, tmp_path: Path) -> None:
    path = tmp_path / "draft.yaml"
    path.write_text(to_yaml(draft), encoding="utf-8")
    assert validate(load([path])).summary.errors == 0


@then(parsers.parse("there is {count:d} claim, said by {speaker}"))
def count_claims(draft: Dossier, count: int, speaker: str) -> None:
    assert len(draft.claims) == count
    assert {_speaker(draft, c) for c in draft.claims} == {speaker}


@then(parsers.parse('its quote is "{quote}"'))
def its_quote(draft: Dossier, quote: str) -> None:
    assert draft.claims[0].quote == quote


@then(parsers.parse('the claim "{text}" is {kind}, said by {speaker}, with the cue "{cue}"'))
def claim_is(draft: Dossier, text: str, kind: str, speaker: str, cue: str) -> None:
    claim = _beginning(draft, text)
    assert (claim.kind, _speaker(draft, claim), claim.cue) == (ClaimKind(kind), speaker, cue)
