"""Properties that must hold for any input, not just the examples we thought of."""

from __future__ import annotations

import json
import string
import tempfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from provenance import export, load
from provenance.anchoring import SourceText, _fold_with_origin, normalise, quote_parts
from provenance.dates import DateError, PartialDate

slugs = st.from_regex(r"[a-z][a-z0-9]{0,8}(-[a-z0-9]{1,6}){0,2}", fullmatch=True)
words = st.text(alphabet=string.ascii_letters + " ’'“”\"—–-…,.\n", min_size=1, max_size=40)
years = st.integers(min_value=1, max_value=9999).map(lambda y: f"{y:04d}")
simple_dates = st.one_of(
    years,
    st.dates().map(lambda d: d.isoformat()),
    st.dates().map(lambda d: d.isoformat()[:7]),
    st.builds(lambda y, q: y + q, years, st.sampled_from(["~", "?", "%"])),
)


@st.composite
def intervals(draw: st.DrawFn) -> str:
    a, b = sorted([draw(st.dates()), draw(st.dates())])
    start = draw(st.sampled_from([a.isoformat(), f"{a.year:04d}", "..", ""]))
    end = draw(st.sampled_from([b.isoformat(), f"{b.year:04d}", ".."]))
    return (
        f"{start}/{end}"
        if (start, end) != ("", "..") and (start, end) != ("..", "..")
        else (a.isoformat())
    )


# At least 200 examples per property, as the hardening issue asks.
PROPERTY = settings(max_examples=200, deadline=None)


@PROPERTY
@given(st.text(max_size=30))
def test_date_parser_never_crashes(text: str) -> None:
    try:
        date = PartialDate.parse(text)
    except DateError:
        return
    assert date.earliest <= date.latest


@PROPERTY
@given(st.one_of(simple_dates, intervals()), st.one_of(simple_dates, intervals()))
def test_date_order_agrees_with_bounds(a_text: str, b_text: str) -> None:
    a, b = PartialDate.parse(a_text), PartialDate.parse(b_text)
    assert a.is_before(b) == (a.latest < b.earliest)
    assert a.is_before(b) == b.is_after(a)
    assert not (a.is_before(b) and b.is_before(a))
    assert a.overlaps(a)


positions = st.tuples(st.integers(0, 10**6), st.integers(0, 500)).map(
    lambda p: {"start": p[0], "end": p[0] + p[1]}
)


def selectors(source: str) -> st.SearchStrategy[dict[str, object]]:
    """Where `provenance extract` says a claim, its speaker and its cue are in a text."""
    return st.fixed_dictionaries(
        {"source": st.just(source), "content": st.lists(positions, min_size=1, max_size=3)},
        optional={"speaker": positions, "cue": positions},
    )


@st.composite
def dossiers(draw: st.DrawFn) -> dict[str, list[dict[str, object]]]:
    ids = draw(st.lists(slugs, min_size=3, max_size=9, unique=True))
    agent_ids, source_ids, claim_ids = ids[:1], ids[1:2], ids[2:]
    date = st.one_of(st.none(), simple_dates, intervals())

    def clean(obj: dict[str, object]) -> dict[str, object]:
        return {k: v for k, v in obj.items() if v not in (None, [])}

    agents = [
        clean({"id": i, "name": draw(words), "aliases": draw(st.lists(words, max_size=2))})
        for i in agent_ids
    ]
    sources = [
        clean(
            {
                "id": i,
                "published": draw(date),
                "title": draw(st.none() | words),
                "publisher": draw(st.sampled_from([None, *agent_ids])),
            }
        )
        for i in source_ids
    ]
    claims = [
        clean(
            {
                "id": i,
                "text": draw(words),
                "speaker": draw(st.sampled_from([None, *agent_ids, "nobody"])),
                "source": draw(st.sampled_from([None, *source_ids])),
                "date": draw(date),
                "embeds": draw(st.lists(st.sampled_from(claim_ids), max_size=2)),
                "cue": draw(st.none() | words),
                "selectors": draw(st.none() | selectors(source_ids[0])),
                "draft": draw(st.sampled_from([None, True, False])),
            }
        )
        for i in claim_ids
    ]
    return {"agents": agents, "sources": sources, "claims": claims}


@PROPERTY
@given(dossiers())
def test_canonical_export_round_trips(dossier: dict[str, list[dict[str, object]]]) -> None:
    with tempfile.TemporaryDirectory() as directory:
        first_file = Path(directory) / "in.json"
        first_file.write_text(json.dumps(dossier), encoding="utf-8")
        first = export(load([first_file]))
        second_file = Path(directory) / "again.json"
        second_file.write_text(first, encoding="utf-8")
        assert export(load([second_file])) == first


@PROPERTY
@given(st.text(min_size=0, max_size=200), st.text(min_size=1, max_size=40), st.text(max_size=200))
def test_a_quote_anchors_where_its_selector_says(before: str, quote: str, after: str) -> None:
    text = before + " " + quote + " " + after
    anchor = SourceText(text).anchor(quote)
    if anchor is None:
        # Only a quote of nothing but punctuation, space and ellipses has nothing to find.
        assert quote_parts(quote) == []
        return
    assert text[anchor.start : anchor.end] == anchor.exact
    assert text[: anchor.start].endswith(anchor.prefix)
    assert text[anchor.end :].startswith(anchor.suffix)


# Typography an editor's text is full of, mixed in so the generator hits it often.
_TYPOGRAPHY = st.sampled_from(list(" \t\n\u00a0\u2003-—–…“”\"'‘’.İΣσé"))


@PROPERTY
@given(st.text(alphabet=st.one_of(_TYPOGRAPHY, st.characters()), max_size=60))
def test_quotes_and_offsets_fold_text_the_same_way(text: str) -> None:
    # Searching uses a fast fold; offsets come from a slower one built on demand.
    # Were they to disagree, a found quote would point at the wrong words.
    folded, origin = _fold_with_origin(text)
    assert normalise(text).text == folded
    assert len(origin) == len(folded)
