from __future__ import annotations

import random

import pytest

from provenance.anchoring import CONTEXT, SourceText, normalise, quote_parts

from ..conftest import SEED

ARTICLE = (SEED / "article.txt").read_text(encoding="utf-8")
SEED_TEXT = SourceText(ARTICLE)


def test_normalise_folds_typography_and_maps_back_to_the_original() -> None:
    original = "He said: “No  first\n use” — it’s policy…"
    norm = normalise(original)
    assert norm.text == 'he said: "no first use"-it\'s policy...'
    start = norm.text.index("first")
    assert original[slice(*norm.span(start, start + len("first use")))] == "first\n use"


@pytest.mark.parametrize(
    "quote",
    [
        # curly quotes and apostrophes for the article's straight ones
        "Kayani does not support Zardari’s statement last year to the Indian press that "
        "Pakistan would adopt a “no first use” policy on nuclear weapons.",
        # line breaks and doubled spaces, as pasted from a PDF
        "Despite increasing financial\nconstraints,  we believe that the military",
        # an em dash for the article's "--"
        "conflicts with USG objectives in Afghanistan — where Haqqani is killing",
        # case changed where the quote starts mid-sentence
        "the Pakistani army and ISI's support to terror groups",
        # cut with an ellipsis, in both spellings
        "Pakistan's Army/ISI must stop overt or tacit support ... this support must end.",
        "Pakistan's Army/ISI must stop overt or tacit support … this support must end",
    ],
)
def test_the_same_words_typed_differently_anchor(quote: str) -> None:
    anchor = SEED_TEXT.anchor(quote)
    assert anchor is not None
    assert ARTICLE[anchor.start : anchor.end] == anchor.exact
    assert ARTICLE[anchor.start - len(anchor.prefix) : anchor.start] == anchor.prefix
    assert ARTICLE[anchor.end : anchor.end + len(anchor.suffix)] == anchor.suffix
    assert len(anchor.prefix) <= CONTEXT and len(anchor.suffix) <= CONTEXT


def test_selectors_follow_the_web_annotation_model() -> None:
    anchor = SEED_TEXT.anchor("could gradually smuggle enough fissile material")
    assert anchor is not None
    quote_selector, position_selector = anchor.selectors()
    assert quote_selector == {
        "type": "TextQuoteSelector",
        "exact": "could gradually smuggle enough fissile material",
        "prefix": ARTICLE[anchor.start - CONTEXT : anchor.start],
        "suffix": ARTICLE[anchor.end : anchor.end + CONTEXT],
    }
    assert position_selector == {
        "type": "TextPositionSelector",
        "start": ARTICLE.index("could gradually"),
        "end": ARTICLE.index("could gradually") + len(quote_selector["exact"]),  # type: ignore[arg-type]
    }


def test_elided_parts_must_appear_in_order() -> None:
    forward = SEED_TEXT.anchor("Despite increasing financial constraints ... secular military")
    assert forward is not None and len(forward.parts) == 2
    assert SEED_TEXT.anchor("secular military ... Despite increasing financial constraints") is None


def test_quote_parts_drop_edge_punctuation_and_empty_parts() -> None:
    assert quote_parts("...  “No first use,” ... he said.") == ["no first use", "he said"]
    assert quote_parts("...") == []


@pytest.mark.parametrize(
    ("quote", "difference"),
    [
        (  # a changed word
            "Pakistan will adopt a no first use policy on nuclear weapons",
            "'will adopt' in the quote, 'would adopt' in the source",
        ),
        (  # a dropped negation
            "Kayani does support Zardari's statement last year to the Indian press",
            "'support' in the quote, 'not support' in the source",
        ),
        (  # numbers swapped
            "the U.S. has eliminated 20 of the top 10 Al Qaida operatives in Pakistan",
            "'20 of' in the quote, '10 of' in the source",
        ),
    ],
)
def test_misquotes_show_the_closest_passage_and_the_words_that_differ(
    quote: str, difference: str
) -> None:
    assert SEED_TEXT.anchor(quote) is None
    misquote = SEED_TEXT.closest_passage(quote)
    assert misquote is not None
    assert difference in misquote.differences
    assert ARTICLE[misquote.start : misquote.end] == misquote.passage


def test_a_clause_moved_to_the_end_shows_the_whole_sentence_it_came_from() -> None:
    quote = "Kayani does not support Zardari's statement last year to the Indian press, "
    quote += "although he has remained silent on the subject"
    misquote = SEED_TEXT.closest_passage(quote)
    assert misquote is not None
    assert misquote.passage.startswith("Although he has remained silent on the subject, Kayani")
    assert misquote.passage.endswith('on nuclear weapons."')


def test_a_reordered_clause_is_a_misquote_of_its_passage() -> None:
    quote = "the strikes have put increasing political pressure on the Pakistani government, "
    quote += "which is allowing an ally to violate its sovereignty and has struggled to explain why"
    misquote = SEED_TEXT.closest_passage(quote)
    assert misquote is not None
    assert "the strikes have put increasing political pressure" in misquote.passage


def test_unrelated_words_are_plainly_absent() -> None:
    assert SEED_TEXT.closest_passage("The moon is made of green cheese, sources said") is None


def test_a_quote_is_found_in_a_long_report() -> None:
    rng = random.Random(3)
    vocabulary = [f"word{i}" for i in range(5000)]
    pages = [" ".join(rng.choice(vocabulary) for _ in range(500)) for _ in range(200)]
    pages[137] += " " + ARTICLE
    report = SourceText("\n\n".join(pages))
    assert report.anchor("Kayani does not support Zardari's statement") is not None
    misquote = report.closest_passage("Kayani does support Zardari's statement last year")
    assert misquote is not None
    # shown as the whole sentence the words come from
    assert misquote.passage.startswith("Although he has remained silent on the subject, Kayani")
    assert misquote.passage.endswith('policy on nuclear weapons."')
