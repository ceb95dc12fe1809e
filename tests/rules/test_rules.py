"""Rule behaviour beyond the one-defect fixtures: echoes, kinds, partial dates, cycles."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from provenance import Report, UsageError, load, validate

from ..conftest import SEED

AGENTS = """\
agents:
  - {id: anne-patterson, name: Anne Patterson, kind: person}
  - {id: asif-ali-zardari, name: Asif Ali Zardari, kind: person}
  - {id: wikileaks, name: WikiLeaks, kind: organization}
  - {id: ndtv, name: NDTV, kind: organization}
"""
CABLE = """\
  - id: us-cable-2009-02-19
    kind: diplomatic_cable
    authors: [anne-patterson]
    published: {cable}
    released: {{by: wikileaks, date: "{released}"}}
"""
ARTICLE = """\
  - id: ndtv-2011-05-06
    kind: news_article
    publisher: ndtv
    published: 2011-05-06
    cites: [{cites}]
"""
CLAIM = """\
  - id: kayani-opposes-nfu
    text: Kayani does not support Zardari's no-first-use statement.
    speaker: {speaker}
    source: us-cable-2009-02-19
    date: "{date}"
    embeds: [{embeds}]
    appearances: [{{source: ndtv-2011-05-06, date: "{shown}"}}]
  - id: zardari-no-first-use-2008
    text: Pakistan would adopt a no-first-use policy.
    speaker: asif-ali-zardari
    source: us-cable-2009-02-19
    date: "{zardari}"
"""
DEFAULTS = {
    "cable": "2009-02-19",
    "released": "2010-11/2011-05-06",
    "cites": "us-cable-2009-02-19",
    "speaker": "anne-patterson",
    "date": "2009-02-19",
    "embeds": "zardari-no-first-use-2008",
    "shown": "2011-05-06",
    "zardari": "2008",
}


@pytest.fixture
def check(write_dossier: Callable[..., Path]) -> Callable[..., Report]:
    def run(**changes: str) -> Report:
        values = {**DEFAULTS, **changes}
        text = (
            AGENTS
            + "sources:\n"
            + CABLE.format(**values)
            + ARTICLE.format(**values)
            + "claims:\n"
            + CLAIM.format(**values)
        )
        return validate(load([write_dossier(text)]))

    return run


def codes(report: Report) -> list[tuple[str, str]]:
    return [(f.code, f.object.id) for f in report.findings]


def test_the_baseline_case_is_clean(check: Callable[..., Report]) -> None:
    assert codes(check()) == []


def test_seed_fixture_has_no_error() -> None:
    report = validate(load([SEED]))
    assert report.summary.errors == 0
    assert report.exit_code() == 0


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"date": "2009-02"}, []),  # contains the cable's day: not after it
        ({"date": "2009"}, []),
        ({"date": "2009-02-20"}, [("PV005", "kayani-opposes-nfu")]),
        ({"date": "2010"}, [("PV005", "kayani-opposes-nfu")]),
        ({"date": "2009-02-19/2009-03"}, []),  # may still be the cable's day
        ({"shown": "2011-04-30/2011-05-06"}, []),
        ({"shown": "2009"}, []),
        ({"shown": "2008-12"}, [("PV005", "kayani-opposes-nfu")]),
        (
            {"zardari": "2009-03"},
            [("PV005", "kayani-opposes-nfu"), ("PV005", "zardari-no-first-use-2008")],
        ),
        ({"zardari": "2009?"}, []),
        # a source citing a later one, and a release before the writing
        ({"cable": "2011-06"}, [("PV005", "ndtv-2011-05-06"), ("PV005", "us-cable-2009-02-19")]),
        ({"released": "2008"}, [("PV005", "us-cable-2009-02-19")]),
        ({"released": "../2011-05-06"}, []),
    ],
)
def test_chronology_is_interval_aware(
    check: Callable[..., Report], changes: dict[str, str], expected: list[tuple[str, str]]
) -> None:
    assert sorted(codes(check(**changes))) == sorted(expected)


def test_dangling_speaker_is_reported_once_as_a_dangling_reference(
    check: Callable[..., Report],
) -> None:
    report = check(speaker="anne-paterson")
    assert codes(report) == [("PV003", "kayani-opposes-nfu")]
    assert report.findings[0].hint == "did you mean 'anne-patterson'?"


def test_reference_to_the_wrong_kind_is_dangling(check: Callable[..., Report]) -> None:
    report = check(speaker="ndtv-2011-05-06")
    assert codes(report) == [("PV003", "kayani-opposes-nfu")]
    assert "'ndtv-2011-05-06' is a source, not an agent" in report.findings[0].message


def test_dangling_embed_and_cite_are_reported_but_do_not_echo(check: Callable[..., Report]) -> None:
    report = check(embeds="zardari-nfu", cites="us-cable-2009-02-20")
    assert sorted(codes(report)) == [("PV003", "kayani-opposes-nfu"), ("PV003", "ndtv-2011-05-06")]


DANGLING_ONE_EACH = {  # field -> an object whose only dangling reference is in that field
    "x-org": "agents: [{id: a1, name: A, kind: person, roles: [{title: T, organization: x-org}]}]",
    "x-author": "sources: [{id: s1, kind: news_article, authors: [x-author]}]",
    "x-publisher": "sources: [{id: s1, kind: news_article, publisher: x-publisher}]",
    "x-releaser": "sources: [{id: s1, kind: news_article, released: {by: x-releaser}}]",
    "x-cited": "sources: [{id: s1, kind: news_article, cites: [x-cited]}]",
    "x-speaker": "claims: [{id: c1, text: T., speaker: x-speaker}]",
    "x-source": "claims: [{id: c1, text: T., source: x-source}]",
    "x-about": "claims: [{id: c1, text: T., about: [x-about]}]",
    "x-embedded": "claims: [{id: c1, text: T., embeds: [x-embedded]}]",
    "x-credited": "claims: [{id: c1, text: T., attributed_to: x-credited}]",
    "x-shown-in": "claims: [{id: c1, text: T., appearances: [{source: x-shown-in}]}]",
    "x-reviewer": "claims: [{id: c1, text: T., review: {rating: 'false', reviewer: x-reviewer}}]",
    "x-read-in": "claims: [{id: c1, text: T., selectors: {source: x-read-in}}]",
}


@pytest.mark.parametrize("dangling", DANGLING_ONE_EACH)
def test_every_reference_field_that_dangles_is_reported(
    write_dossier: Callable[..., Path], dangling: str
) -> None:
    # PV003 screens objects field by field before references() says what dangles:
    # a field missed by the screen would hide its dangling ids.
    report = validate(load([write_dossier(DANGLING_ONE_EACH[dangling])]), select=["PV003"])
    assert [f.message.split("'")[1] for f in report.findings] == [dangling]


def test_embeds_cycle_reports_every_claim_on_it(check: Callable[..., Report]) -> None:
    report = check(embeds="kayani-opposes-nfu")
    assert codes(report) == [("PV011", "kayani-opposes-nfu")]
    assert "kayani-opposes-nfu → kayani-opposes-nfu" in report.findings[0].message


def test_a_long_embeds_ring_names_every_claim_in_messages_of_bounded_length(
    write_dossier: Callable[..., Path],
) -> None:
    # Each claim on a 2,000-claim ring is reported, with its own cycle, shortened:
    # a full listing per claim would print four million ids.
    size = 2_000
    claims = "".join(
        f"  - {{id: c{i}, text: t, embeds: [c{(i + 1) % size}]}}\n" for i in range(size)
    )
    report = validate(load([write_dossier("claims:\n" + claims)]), select=["PV011"])
    assert sorted(f.object.id for f in report.findings) == sorted(f"c{i}" for i in range(size))
    by_id = {f.object.id: f.message for f in report.findings}
    assert by_id["c7"] == (
        "embeds form a cycle: c7 → c8 → c9 → c10 → c11 → c12 → … (1,989 more) … → "
        "c2 → c3 → c4 → c5 → c6 → c7"
    )
    assert max(len(message) for message in by_id.values()) < 200


def test_a_cycle_with_a_shortcut_shows_each_claim_its_shortest_way_round(
    write_dossier: Callable[..., Path],
) -> None:
    # a → b → c → a, and b → a: not one ring, so each claim gets its own shortest cycle.
    claims = (
        "claims:\n  - {id: a, text: t, embeds: [b]}\n  - {id: b, text: t, embeds: [c, a]}\n"
        "  - {id: c, text: t, embeds: [a]}\n"
    )
    report = validate(load([write_dossier(claims)]), select=["PV011"])
    assert {f.object.id: f.message.split(": ", 1)[1] for f in report.findings} == {
        "a": "a → b → a",
        "b": "b → a → b",
        "c": "c → a → b → c",
    }


def test_duplicate_id_across_files_and_kinds(write_dossier: Callable[..., Path]) -> None:
    first = write_dossier("agents:\n  - {id: ndtv, name: NDTV}\n", "a.yaml")
    write_dossier("sources:\n  - {id: ndtv, kind: news_article, published: 2011}\n", "b.yaml")
    report = validate(load([first.parent]), select=["PV004"])
    assert [(f.code, f.object.kind, f.object.id) for f in report.findings] == [
        ("PV004", "source", "ndtv")
    ]
    assert f"{first.as_posix()}:2" in report.findings[0].message


def test_independent_defects_are_each_reported(check: Callable[..., Report]) -> None:
    report = check(speaker="nobody", date="2010")
    assert {c for c, _ in codes(report)} == {"PV003", "PV005"}


def test_select_ignore_filters(write_dossier: Callable[..., Path]) -> None:
    graph = load([write_dossier("claims:\n  - {id: c, text: said}\n")])
    assert {f.code for f in validate(graph).findings} == {"PV001", "PV002", "PV008"}
    assert {f.code for f in validate(graph, select=["PV00"], ignore=["PV008"]).findings} == {
        "PV001",
        "PV002",
    }
    assert {f.code for f in validate(graph, select=["pv002"]).findings} == {"PV002"}
    with pytest.raises(UsageError, match="unknown rule code 'PV999'"):
        validate(graph, ignore=["PV999"])


def test_findings_are_sorted_by_file_line_code(write_dossier: Callable[..., Path]) -> None:
    graph = load([write_dossier("claims:\n  - {id: b, text: x}\n  - {id: a, text: y}\n")])
    report = validate(graph)
    keys = [(f.line, f.code) for f in report.findings]
    assert keys == sorted(keys)
    assert report.summary.errors == 4 and report.summary.warnings == 2


SHARED_ID_AGENT = "agents:\n  - {id: ndtv, name: NDTV, kind: organization}\n"
SHARED_ID_SOURCE = """\
sources:
  - {id: ndtv, kind: news_article, publisher: ndtv, published: 2011-05-06, cites: [cable]}
  - {id: cable, kind: diplomatic_cable, authors: [ndtv], published: 2009-02-19}
"""
SHARED_ID_CLAIMS = """\
claims:
  - id: c
    text: Kayani does not support Zardari's no-first-use statement.
    speaker: ndtv
    source: ndtv
    attributed_to: ndtv
    date: 2011-05-06
    appearances: [{source: ndtv, date: 2011-05-06}]
"""


@pytest.mark.parametrize("agent_first", [True, False], ids=["agent-first", "source-first"])
def test_an_id_shared_by_an_agent_and_a_source_is_only_a_duplicate(
    write_dossier: Callable[..., Path], agent_first: bool
) -> None:
    # Each reference names the kind it wants: `speaker: ndtv` is the agent and
    # `source: ndtv` the source, whichever was defined first. Only PV004 remains.
    first, second = (
        (SHARED_ID_AGENT, SHARED_ID_SOURCE) if agent_first else (SHARED_ID_SOURCE, SHARED_ID_AGENT)
    )
    write_dossier(first, "a.yaml")
    path = write_dossier(second + SHARED_ID_CLAIMS, "b.yaml")
    report = validate(load([path.parent]))
    duplicate = "source" if agent_first else "agent"
    assert [(f.code, f.object.kind, f.object.id) for f in report.findings] == [
        ("PV004", duplicate, "ndtv")
    ]


CHAIN_AGENTS = """\
agents:
  - {id: ndtv, name: NDTV, kind: organization}
  - {id: anne-patterson, name: Anne Patterson, kind: person}
  - {id: asif-ali-zardari, name: Asif Ali Zardari, kind: person}
sources:
  - {id: ndtv-2011-05-06, kind: news_article, publisher: ndtv, published: 2011-05-06}
  - {id: us-cable-2009-02-19, kind: diplomatic_cable, authors: [anne-patterson],
     published: 2009-02-19}
claims:
"""
NDTV_REPORTS_THE_CABLE = """\
  - id: ndtv-reports-cable
    text: A US cable says Kayani does not support Zardari's no-first-use statement.
    speaker: ndtv
    source: ndtv-2011-05-06
    date: 2011-05-06
    embeds: [patterson-kayani-opposes-nfu]
"""
PATTERSON_AND_ZARDARI = """\
  - id: patterson-kayani-opposes-nfu
    text: Kayani does not support Zardari's no-first-use statement.
    speaker: anne-patterson
    source: us-cable-2009-02-19
    date: 2009-02-19
    embeds: [zardari-no-first-use-2008]
  - id: zardari-no-first-use-2008
    text: Pakistan would adopt a no-first-use policy on nuclear weapons.
    kind: direct
    quote: Pakistan would adopt a "no first use" policy
    speaker: asif-ali-zardari
    source: ndtv-2011-05-06
    date: 2008
"""


def test_a_quote_explained_through_a_chain_of_embeds_is_not_speaker_not_in_source(
    write_dossier: Callable[..., Path],
) -> None:
    # Zardari's words are in NDTV's article because NDTV reports the cable, in
    # which Patterson reports Zardari: two levels of embedding, one explanation.
    text = CHAIN_AGENTS + NDTV_REPORTS_THE_CABLE + PATTERSON_AND_ZARDARI
    assert codes(validate(load([write_dossier(text)]))) == []


def test_a_chain_of_embeds_that_never_reaches_the_quote_s_source_is_speaker_not_in_source(
    write_dossier: Callable[..., Path],
) -> None:
    # Without NDTV's claim, nothing recorded in the article relays the words.
    report = validate(load([write_dossier(CHAIN_AGENTS + PATTERSON_AND_ZARDARI)]))
    assert codes(report) == [("PV012", "zardari-no-first-use-2008")]
    assert report.findings[0].message == (
        "direct quote by 'asif-ali-zardari' in 'ndtv-2011-05-06', which they neither wrote "
        "nor issued, and no claim there embeds it (directly or through other claims)"
    )


def test_an_embeds_cycle_ends_the_search_for_who_relayed_a_quote(
    write_dossier: Callable[..., Path],
) -> None:
    looping = PATTERSON_AND_ZARDARI.replace(
        "    source: ndtv-2011-05-06\n",
        "    source: ndtv-2011-05-06\n    embeds: [patterson-kayani-opposes-nfu]\n",
    )
    report = validate(load([write_dossier(CHAIN_AGENTS + looping)]), select=["PV011", "PV012"])
    assert sorted(codes(report)) == [
        ("PV011", "patterson-kayani-opposes-nfu"),
        ("PV011", "zardari-no-first-use-2008"),
        ("PV012", "zardari-no-first-use-2008"),
    ]


QUOTED_SOURCE = """\
agents:
  - {id: minister, name: The Minister, kind: person}
sources:
  - id: speech
    kind: speech
    authors: [minister]
    published: 2011-05-06
    text: >-
      Of the talks in Delhi he said: “He called it ‘a new chapter’, and it is one.
      Pakistan would adopt a ‘no first use’ policy on nuclear weapons.”
claims:
  - id: c
    text: The talks opened a new chapter.
    kind: direct
    speaker: minister
    source: speech
    date: 2011-05-06
    quote: {quote}
"""


@pytest.mark.parametrize(
    "quote",
    [
        # A cut marked with brackets is a cut like "..." or "…".
        "Of the talks [...] he said",
        "Of the talks […] he said",
        "He called it 'a new chapter' [...] Pakistan would adopt",
        # Single marks for the source's curly ones, or double marks inside a quote ...
        "He called it 'a new chapter'",
        '''He called it "a new chapter"''',
        # ... and the comma inside the closing mark, the American way.
        "He called it 'a new chapter,' and it is one",
        # The editor's words in brackets stand for the source's, or for none.
        "[The minister] called it 'a new chapter'",
        "He called it 'a new chapter', and [the talks are] one",
        "He called it 'a new chapter', and [indeed] it is one",
        "[P]akistan would adopt a 'no first use' policy",
        "Pakistan would adopt a 'no first use' policy on nuclear weapons [sic]",
    ],
)
def test_editorial_marks_in_a_quote_are_not_misquotes(
    write_dossier: Callable[..., Path], quote: str
) -> None:
    text = QUOTED_SOURCE.replace("{quote}", json.dumps(quote, ensure_ascii=False))
    assert codes(validate(load([write_dossier(text)]))) == []


@pytest.mark.parametrize(
    ("quote", "message"),
    [
        (
            "He called it [the talks] a new beginning",
            "quote differs from the text of 'speech' (misquote?): "
            "'new beginning' in the quote, 'new chapter' in the source",
        ),
        (
            "Pakistan would adopt [...] He called it 'a new chapter'",
            "quote: each part cut with '...' is in the text of 'speech', "
            "but not in the order quoted",
        ),
        (
            # Brackets stand for a few words of the source, not for a whole sentence.
            "Of the talks [the minister said] Pakistan would adopt",
            "quote is not in the text of 'speech'",
        ),
    ],
)
def test_editorial_marks_do_not_excuse_changed_words(
    write_dossier: Callable[..., Path], quote: str, message: str
) -> None:
    text = QUOTED_SOURCE.replace("{quote}", json.dumps(quote, ensure_ascii=False))
    report = validate(load([write_dossier(text)]))
    assert codes(report) == [("PV006", "c")]
    assert report.findings[0].message.startswith(message), report.findings[0].message
