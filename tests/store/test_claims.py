"""`db claims`: filters answered in SQL, on indexes, the same on both databases."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest
import sqlalchemy as sa
from sqlalchemy import Engine
from typer.testing import Result

from provenance.store import ClaimFilter, find_claims, import_dossiers
from provenance.store.search import claim_ids

from ..conftest import SEED

PATTERSON = [
    "headline-kayani-not-on-board",
    "patterson-fissile-material-concern",
    "patterson-gop-denied-strike-bases",
    "patterson-kayani-opposes-nfu",
    "patterson-message-for-kayani",
    "patterson-military-expanding-programs",
    "patterson-strategic-assets-safeguarded",
    "patterson-strikes-political-pressure",
    "patterson-threat-perceptions",
    "patterson-us-eliminated-al-qaida-operatives",
]
# Dated ../2009-02-19 ("some time up to the cable"): they may be of 2009, so a
# 2009 window keeps them; Zardari's 2008 statement and the 2011 claims are out.
UP_TO_THE_CABLE = [
    "gilani-biggest-threat-insurgency",
    "gop-denies-strikes-from-pakistani-bases",
    "media-us-eliminated-al-qaida-operatives",
    "media-us-strikes-from-pakistani-bases",
    "zardari-biggest-threat-insurgency",
]
# Said in NDTV's article, or reported by it (an appearance there).
NDTV = sorted(
    [
        *PATTERSON,
        "ndtv-cable-references-terror-support",
        "ndtv-gop-worried-then-as-now",
        "zardari-no-first-use-2008",
    ]
)


def ids(cli: Callable[..., Result], *args: str) -> list[str]:
    result = cli("db", "claims", *args, "--format", "json")
    assert result.exit_code == 0, result.output
    return [claim["id"] for claim in json.loads(result.stdout)["claims"]]


@pytest.fixture
def seeded(cli: Callable[..., Result]) -> Callable[..., Result]:
    assert cli("db", "import", SEED).exit_code == 0
    return cli


def test_by_speaker(seeded: Callable[..., Result]) -> None:
    assert ids(seeded, "--speaker", "anne-patterson") == PATTERSON


def test_by_date_window(seeded: Callable[..., Result]) -> None:
    assert ids(seeded, "--since", "2009", "--until", "2009-12") == sorted(
        PATTERSON + UP_TO_THE_CABLE
    )
    assert ids(seeded, "--until", "2008") == sorted([*UP_TO_THE_CABLE, "zardari-no-first-use-2008"])


def test_by_words(seeded: Callable[..., Result]) -> None:
    assert ids(seeded, "--text", "fissile") == ["patterson-fissile-material-concern"]
    assert ids(seeded, "--text", "FISSILE weapon") == ["patterson-fissile-material-concern"]
    assert ids(seeded, "--text", "fissile India") == []  # every word must be there


def test_by_publisher_and_source(seeded: Callable[..., Result]) -> None:
    assert ids(seeded, "--publisher", "ndtv") == NDTV
    assert ids(seeded, "--source", "ndtv-2011-05-06-kayani-nfu") == NDTV
    assert ids(seeded, "--source", "recent-media-reports-2009") == [
        "media-us-eliminated-al-qaida-operatives",
        "media-us-strikes-from-pakistani-bases",
    ]


def test_filters_combine(seeded: Callable[..., Result]) -> None:
    assert ids(seeded, "--speaker", "ndtv", "--text", "terror", "--publisher", "ndtv") == [
        "ndtv-cable-references-terror-support"
    ]


def test_text_output_is_one_claim_a_line(seeded: Callable[..., Result]) -> None:
    result = seeded("db", "claims", "--text", "fissile")
    assert result.exit_code == 0
    assert result.stdout.splitlines() == [
        "patterson-fissile-material-concern\t2009-02-19\tanne-patterson\tPatterson's major "
        "concern is that someone working in a nuclear facility could gradually smuggle enough "
        "fissile material out to make a weapon."
    ]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--since", "2009-13"], "--since: '2009-13': month 13 does not exist"),
        (["--text", "-- ; *"], "holds no word to search for"),
    ],
)
def test_bad_filters_are_exit_2(
    seeded: Callable[..., Result], args: list[str], message: str
) -> None:
    result = seeded("db", "claims", *args)
    assert result.exit_code == 2
    assert message in result.stderr and result.stderr.count("\n") == 1


def test_search_words_are_never_query_syntax(seeded: Callable[..., Result]) -> None:
    # Each would match the fissile claim if read as FTS5 syntax (OR, a prefix, a
    # column filter); read as words, each asks for a word no claim has.
    for words in ('fissile" OR "india', "fissil*", "text:fissile", "'; DROP TABLE claims; --"):
        assert ids(seeded, "--text", words) == []
    assert ids(seeded, "--speaker", "anne-patterson") == PATTERSON


def test_the_speaker_filter_reads_an_index(engine: Engine) -> None:
    import_dossiers(engine, [SEED])
    statement = claim_ids(ClaimFilter(speaker="anne-patterson"), engine.dialect.name)
    with engine.connect() as connection:
        if engine.dialect.name == "postgresql":
            # The seed is too small for the planner to prefer an index on its own.
            connection.execute(sa.text("SET LOCAL enable_seqscan = off"))
        compiled = statement.compile(connection, compile_kwargs={"literal_binds": True})
        plan = " ".join(
            str(row[-1])
            for row in connection.execute(sa.text(f"EXPLAIN {_query_plan(engine)}{compiled}"))
        )
    assert "ix_claims_speaker" in plan, plan
    assert find_claims(engine, ClaimFilter(speaker="anne-patterson"))


def _query_plan(engine: Engine) -> str:
    return "QUERY PLAN " if engine.dialect.name == "sqlite" else ""
