"""Each pattern the extractor must handle, on a sentence or two of news copy."""

from __future__ import annotations

from .conftest import Attributions


def test_a_quote_split_by_its_cue_is_one_claim(attributions: Attributions) -> None:
    text = "Maria Okonkwo chairs the committee.\n\n“It is over,” she said, “and we lost.”"
    assert attributions(text) == [("direct", "Maria Okonkwo", ["It is over,", "and we lost."])]


def test_speaker_after_the_quote_with_an_inverted_verb(attributions: Attributions) -> None:
    text = "“We will not sign,” said Tomasz Nowak, the leader of the union."
    assert attributions(text) == [("direct", "Tomasz Nowak", ["We will not sign,"])]


def test_speaker_before_the_quote_with_a_colon(attributions: Attributions) -> None:
    text = 'The minister, Paulo Mendes, said: "Clinics will open in March."'
    assert attributions(text) == [("direct", "Paulo Mendes", ["Clinics will open in March."])]


def test_reporting_verbs_beyond_said(attributions: Attributions) -> None:
    text = (
        "Greta Lindqvist denied that checks had been skipped. She warned that fines could follow."
    )
    assert attributions(text) == [
        ("indirect", "Greta Lindqvist", ["checks had been skipped"]),
        ("indirect", "Greta Lindqvist", ["fines could follow"]),
    ]


def test_according_to(attributions: Attributions) -> None:
    text = "Twelve people were hurt, according to the fire service."
    assert attributions(text) == [("indirect", "fire service", ["Twelve people were hurt"])]


def test_a_pronoun_goes_to_the_named_speaker_of_its_gender(attributions: Attributions) -> None:
    text = (
        "Ms Novak said the talks were useful. Mr Adeyemi said the venue was fine.\n\n"
        "Later, she said that a deal was close."
    )
    assert [speaker for _, speaker, _ in attributions(text)] == ["Novak", "Adeyemi", "Novak"]


def test_a_title_goes_to_the_person_it_describes(attributions: Attributions) -> None:
    text = (
        "Finance Minister Rahel Tesfaye presented the budget.\n\n"
        '"This budget protects the poor," the minister said.'
    )
    assert attributions(text)[-1][1] == "Rahel Tesfaye"


def test_a_mixed_quote_is_the_clause_with_its_quoted_words(attributions: Attributions) -> None:
    text = 'Curator Hanna Berg said the discovery was "the find of a lifetime".'
    assert attributions(text) == [
        ("mixed", "Hanna Berg", ['the discovery was "the find of a lifetime'])
    ]


def test_nested_attribution_links_the_inner_claim(attributions: Attributions) -> None:
    text = "Auditor Nadia Rahman wrote that officials claimed that inflation was to blame."
    found = attributions(text)
    assert [(kind, speaker) for kind, speaker, _ in found] == [
        ("indirect", "Nadia Rahman"),
        ("indirect", "officials"),
    ]


def test_scare_quotes_and_questions_are_not_attributions(attributions: Attributions) -> None:
    text = (
        'The painting, known as "The Orchard", was listed as "missing".\n\n'
        "Reporters asked whether the bridge would reopen."
    )
    assert attributions(text) == []


def test_a_quote_paragraph_with_no_cue_continues_the_last_speaker(
    attributions: Attributions,
) -> None:
    text = (
        '"The rains never came," farmer Joseph Mwangi said.\n\n'
        '"Nobody from the county has visited us."'
    )
    assert [speaker for _, speaker, _ in attributions(text)] == ["Joseph Mwangi"] * 2
