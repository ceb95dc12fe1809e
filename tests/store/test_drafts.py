"""Drafts from `provenance extract` in the store: a claim's cue, selectors and draft flag are
stored, read back and exported exactly, found by `draft`, and kept up to date by re-imports."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic import command
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import Engine
from typer.testing import CliRunner, Result

from provenance import ExportFormat, export, load, trace, validate
from provenance.cli import app
from provenance.errors import InputError
from provenance.store import (
    ClaimFilter,
    create,
    find_claims,
    import_dossiers,
    read_graph,
    trace_graph,
    upgrade,
)
from provenance.store.migrate import config

from .conftest import DRAFTS, claim_digest, snapshot

STILL_DRAFTS = ["anne-patterson-1", "anne-patterson-3"]
NOT_DRAFTS = ["anne-patterson-2", "patterson-concern-brief", "wikileaks-released-cable"]

files = CliRunner()


@pytest.fixture
def drafts_copy(tmp_path: Path) -> Path:
    """The drafts dossier where the test may edit it."""
    copy = tmp_path / "dossier.yaml"
    shutil.copy(DRAFTS, copy)
    return copy


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, old
    path.write_text(text.replace(old, new), encoding="utf-8")


@pytest.mark.parametrize("fmt", list(ExportFormat), ids=str)
def test_db_export_of_drafts_is_byte_identical_to_export_of_the_files(
    cli: Callable[..., Result], fmt: ExportFormat
) -> None:
    assert cli("db", "import", DRAFTS).exit_code == 0
    from_db = cli("db", "export", "--format", fmt.value)
    from_files = files.invoke(app, ["export", str(DRAFTS), "--format", fmt.value])
    assert from_db.exit_code == 0, from_db.output
    assert from_files.exit_code == 0, from_files.output
    assert from_db.stdout == from_files.stdout


def test_cue_selectors_and_draft_are_in_the_export_from_the_store(
    cli: Callable[..., Result],
) -> None:
    assert cli("db", "import", DRAFTS).exit_code == 0
    claims = {c["id"]: c for c in json.loads(cli("db", "export").stdout)["claims"]}
    split = claims["anne-patterson-2"]  # reviewed: no draft flag, both parts of its quote
    assert split["cue"] == "wrote" and "draft" not in split
    assert split["selectors"] == {
        "source": "article",
        "content": [{"start": 268, "end": 342}, {"start": 367, "end": 454}],
        "speaker": {"start": 344, "end": 358},
        "cue": {"start": 359, "end": 364},
    }
    assert [i for i, c in claims.items() if c.get("draft")] == STILL_DRAFTS
    assert claims["patterson-concern-brief"]["cue"] == "says"
    assert "selectors" not in claims["patterson-concern-brief"]
    assert claims["wikileaks-released-cable"]["selectors"] == {
        "source": "article",
        "content": [{"start": 221, "end": 264}],
    }


def test_every_claim_comes_back_as_written_and_validates_the_same(engine: Engine) -> None:
    import_dossiers(engine, [DRAFTS])
    stored, written = read_graph(engine), load([DRAFTS])
    assert [e.obj for e in stored.claims] == [e.obj for e in written.claims]
    assert validate(stored) == validate(written)
    claim = "anne-patterson-2"
    assert trace(trace_graph(engine, claim), claim) == trace(written, claim)


def test_drafts_are_found_by_their_flag(engine: Engine) -> None:
    import_dossiers(engine, [DRAFTS])

    def ids(wanted: ClaimFilter) -> list[str]:
        return [claim.id for claim in find_claims(engine, wanted)]

    assert ids(ClaimFilter(draft=True)) == STILL_DRAFTS
    assert ids(ClaimFilter(draft=False)) == NOT_DRAFTS
    assert ids(ClaimFilter(draft=True, words="fissile")) == ["anne-patterson-3"]
    assert ids(ClaimFilter(draft=False, words="fissile")) == ["patterson-concern-brief"]
    assert ids(ClaimFilter()) == sorted(STILL_DRAFTS + NOT_DRAFTS)


def test_reimporting_unchanged_drafts_changes_nothing(engine: Engine) -> None:
    import_dossiers(engine, [DRAFTS])
    before = snapshot(engine)
    again = import_dossiers(engine, [DRAFTS])
    assert (again.added, again.updated, again.removed, again.unchanged) == (0, 0, 0, 9)
    assert snapshot(engine) == before


@pytest.mark.parametrize(
    ("old", "new", "claim", "changed"),
    [
        pytest.param(
            "  cue: says\n  draft: false\n",
            "  cue: told reporters\n  draft: false\n",
            "patterson-concern-brief",
            {"cue": "told reporters"},
            id="cue",
        ),
        pytest.param(
            "      end: 474\n  draft: true\n",
            "      end: 474\n  # reviewed\n",
            "anne-patterson-3",
            {"draft": False},
            id="reviewed",
        ),
        pytest.param(
            "  cue: says\n  draft: false\n",
            "  cue: says\n  draft: true\n",
            "patterson-concern-brief",
            {"draft": True},
            id="back-to-draft",
        ),
        pytest.param(
            "    - start: 221\n      end: 264\n",
            "    - start: 221\n      end: 242\n    - start: 243\n      end: 264\n",
            "wikileaks-released-cable",
            {"selectors.content": [{"start": 221, "end": 242}, {"start": 243, "end": 264}]},
            id="spans",
        ),
        pytest.param(
            "  selectors:\n    source: article\n    content:\n    - start: 221\n      end: 264\n",
            "",
            "wikileaks-released-cable",
            {"selectors": None},
            id="selectors-removed",
        ),
    ],
)
def test_a_changed_draft_updates_its_claim_in_place_and_the_rest_stays(
    engine: Engine,
    drafts_copy: Path,
    old: str,
    new: str,
    claim: str,
    changed: dict[str, object],
) -> None:
    import_dossiers(engine, [drafts_copy])
    with engine.connect() as connection:
        rows = connection.execute(sa.text("SELECT id, pk, created_at, updated_at FROM claims"))
        before = {row.id: tuple(row) for row in rows}
    # Each edit keeps the lines below it where they were: a claim that moves is updated too.
    _edit(drafts_copy, old, new)
    result = import_dossiers(engine, [drafts_copy])
    assert (result.added, result.updated, result.removed, result.unchanged) == (0, 1, 0, 8)
    assert export(read_graph(engine)) == export(load([drafts_copy]))
    with engine.connect() as connection:
        rows = connection.execute(sa.text("SELECT id, pk, created_at, updated_at FROM claims"))
        after = {row.id: tuple(row) for row in rows}
        spans = connection.execute(sa.text("SELECT count(*) FROM claim_selector_content"))
        span_rows = spans.scalar_one()
    assert {i: row for i, row in after.items() if i != claim} == {
        i: row for i, row in before.items() if i != claim
    }
    assert after[claim][:3] == before[claim][:3]  # same row, same key, same creation
    assert after[claim][3] > before[claim][3]
    stored = read_graph(engine).claim(claim)
    assert stored is not None
    dumped = stored.model_dump(mode="json")
    for field, value in changed.items():
        where, _, inner = field.partition(".")
        assert (dumped[where][inner] if inner else dumped[where]) == value
    # One span row per content span in the file: none left behind by an update.
    assert span_rows == sum(
        len(e.obj.selectors.content) for e in load([drafts_copy]).claims if e.obj.selectors
    )


def test_a_claim_without_cue_selectors_or_draft_keeps_the_digest_revision_0002_gave_it() -> None:
    # Computed by the store code of revision 0002. If a claim's digest changed
    # when it holds none of the new fields, the first import after `db init`
    # upgraded a store would rewrite every claim (new updated_at) although
    # nothing changed. `draft: false` written out is the same claim.
    for draft in ({}, {"draft": False}):
        digest = claim_digest(
            {
                "id": "c",
                "text": "A claim.",
                "speaker": "s",
                "source": "d",
                "date": "2008",
                "tags": ["t"],
                "review": {
                    "rating": "False",
                    "rating_value": 0,
                    "worst": 0,
                    "best": 4,
                    "reviewer": "desk",
                    "date": "2009-03",
                },
                **draft,
            }
        )
        assert digest == ("67c6a7d1a9ec98418fa17d6d707d1b056821e8b9a04999130fe136a8dd3145a7")


def test_revision_0003_downgrades_to_0002_and_upgrades_again(db_url: str) -> None:
    engine = create(db_url, must_exist=False)
    upgrade(engine)
    with engine.begin() as connection:
        command.downgrade(config(connection), "0002")
    with engine.connect() as connection:
        inspector = sa.inspect(connection)
        columns = {c["name"] for c in inspector.get_columns("claims")}
        indexes = {i["name"] for i in inspector.get_indexes("claims")}
        tables = set(inspector.get_table_names())
    assert not columns & {"cue", "draft", "selectors_source"}
    assert not indexes & {"ix_claims_draft", "ix_claims_selectors_source"}
    assert "claim_selector_content" not in tables
    upgrade(engine)
    import_dossiers(engine, [DRAFTS])
    assert export(read_graph(engine)) == export(load([DRAFTS]))
    engine.dispose()


def test_an_offset_past_what_the_store_holds_is_refused_before_anything_is_written(
    engine: Engine, write_dossier: Callable[..., Path]
) -> None:
    import_dossiers(engine, [DRAFTS])
    before = snapshot(engine)
    path = write_dossier(
        "claims:\n"
        "  - id: c\n"
        "    text: Something.\n"
        f"    selectors: {{source: s, content: [{{start: 0, end: {2**63}}}]}}\n"
    )
    with pytest.raises(InputError, match=r"claim 'c' contains an offset past \d+"):
        import_dossiers(engine, [path], allow_findings=True)
    assert snapshot(engine) == before


# --- any selectors ------------------------------------------------------------

offsets = st.integers(min_value=0, max_value=2**63 - 1)  # what a BIGINT holds
spans = st.tuples(offsets, offsets).map(sorted).map(lambda se: {"start": se[0], "end": se[1]})
selectors = st.fixed_dictionaries(
    {"source": st.sampled_from(["s", "elsewhere"])},
    optional={"content": st.lists(spans, max_size=4), "speaker": spans, "cue": spans},
)
claims = st.fixed_dictionaries(
    {"text": st.text(st.characters(codec="utf-8", exclude_characters="\x00"), min_size=1)},
    optional={
        "cue": st.text(st.characters(codec="utf-8", exclude_characters="\x00"), min_size=1),
        "selectors": selectors,
        "draft": st.booleans(),
    },
)


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(st.lists(claims, min_size=1, max_size=4))
def test_any_cue_selectors_and_draft_round_trip_and_reimport_as_unchanged(
    engine: Engine, tmp_path: Path, drawn: list[dict[str, object]]
) -> None:
    dossier = tmp_path / "dossier.json"
    data = {
        "agents": [{"id": "a", "name": "A"}],
        "sources": [{"id": "s", "text": "Some text."}],
        "claims": [
            {"id": f"c{i}", "speaker": "a", "source": "s", **claim} for i, claim in enumerate(drawn)
        ],
    }
    dossier.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    # The same file each example: every import after the first updates in place.
    import_dossiers(engine, [dossier], allow_findings=True)
    assert export(read_graph(engine)) == export(load([dossier]))
    again = import_dossiers(engine, [dossier], allow_findings=True)
    assert (again.added, again.updated, again.removed) == (0, 0, 0)
    drafts = [f"c{i}" for i, claim in enumerate(drawn) if claim.get("draft")]
    assert [c.id for c in find_claims(engine, ClaimFilter(draft=True))] == sorted(drafts)


def test_db_claims_lists_drafts_or_reviewed_claims_for_an_editor(
    engine: Engine, cli: Callable[..., Result]
) -> None:
    import_dossiers(engine, [DRAFTS])

    def listed(*flags: str) -> list[str]:
        result = cli("db", "claims", *flags)
        assert result.exit_code == 0, result.output
        return [line.split("\t")[0] for line in result.stdout.splitlines()]

    assert listed("--draft") == STILL_DRAFTS
    assert listed("--reviewed") == NOT_DRAFTS
    assert listed("--reviewed", "--text", "fissile") == ["patterson-concern-brief"]
    assert listed() == sorted(STILL_DRAFTS + NOT_DRAFTS)
