"""Claim reviews in the store: stored, read back and exported exactly, on both databases, and
added by revision 0002 without disturbing what revision 0001 stored."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic import command
from sqlalchemy import Engine
from typer.testing import CliRunner, Result

from provenance import ExportFormat, export, load, validate
from provenance.cli import app
from provenance.store import create, import_dossiers, read_graph, trace_graph, upgrade
from provenance.store.migrate import config

from ..conftest import REVIEWED
from .conftest import claim_digest, snapshot

files = CliRunner()

REVIEWED_FORMATS = [ExportFormat.json, ExportFormat.claimreview, ExportFormat.factcheck_api]


@pytest.fixture
def reviewed_copy(tmp_path: Path) -> Path:
    """The reviewed demo dossier in a directory the test may edit."""
    copy = tmp_path / "reviewed"
    shutil.copytree(REVIEWED, copy)
    return copy / "dossier.yaml"


@pytest.mark.parametrize("fmt", REVIEWED_FORMATS, ids=str)
def test_db_export_of_reviews_is_byte_identical_to_export_of_the_files(
    cli: Callable[..., Result], fmt: ExportFormat
) -> None:
    assert cli("db", "import", REVIEWED).exit_code == 0
    from_db = cli("db", "export", "--format", fmt.value)
    from_files = files.invoke(app, ["export", str(REVIEWED), "--format", fmt.value])
    assert from_db.exit_code == 0, from_db.output
    assert from_db.stdout == from_files.stdout
    assert "Misleading" in from_db.stdout  # not two review-less documents agreeing


def test_every_review_field_comes_back_as_written(engine: Engine) -> None:
    import_dossiers(engine, [REVIEWED])
    stored = read_graph(engine)
    for claim_id in ("okafor-library-budget-halved", "okafor-consultants-more-than-parks"):
        from_db, from_file = stored.claim(claim_id), load([REVIEWED]).claim(claim_id)
        assert from_db is not None and from_file is not None
        assert from_db.review == from_file.review
        assert from_db.review is not None
    unreviewed = stored.claim("okafor-council-never-asked")
    assert unreviewed is not None and unreviewed.review is None


@pytest.mark.parametrize(
    ("written", "exported"),
    [("2", "2"), ("2.5", "2.5"), ("2.0", "2"), ("0.1", "0.1"), ("-3", "-3"), ("1.0e-7", "1e-07")],
)
def test_rating_numbers_come_back_exactly(
    engine: Engine, write_dossier: Callable[..., Path], written: str, exported: str
) -> None:
    path = write_dossier(
        "claims:\n"
        "  - id: c\n"
        "    text: Something.\n"
        f"    review: {{rating: Odd, rating_value: {written}, worst: -5, best: 5}}\n"
    )
    import_dossiers(engine, [path], allow_findings=True)
    assert export(read_graph(engine)) == export(load([path]))
    assert f'"rating_value": {exported},' in export(read_graph(engine))


def test_db_validate_reports_a_dangling_reviewer_and_a_review_before_the_claim(
    engine: Engine, reviewed_copy: Path
) -> None:
    text = reviewed_copy.read_text(encoding="utf-8")
    text = text.replace(
        "reviewer: example-fact-desk\n      date: 2024-02-20", "reviewer: example-desk"
    )
    text = text.replace("date: 2024-02\n", "date: 2023-12\n")
    reviewed_copy.write_text(text, encoding="utf-8")
    expected = validate(load([reviewed_copy]))
    assert {f.code for f in expected.findings} == {"PV003", "PV005"}
    assert import_dossiers(engine, [reviewed_copy], allow_findings=True).applied
    assert validate(read_graph(engine)) == expected


def test_a_changed_review_updates_its_claim_in_place_and_the_rest_stays(
    engine: Engine, reviewed_copy: Path
) -> None:
    import_dossiers(engine, [reviewed_copy])
    before = snapshot(engine)
    again = import_dossiers(engine, [reviewed_copy])
    assert (again.added, again.updated, again.unchanged) == (0, 0, 9)
    assert snapshot(engine) == before
    text = reviewed_copy.read_text(encoding="utf-8")
    reviewed_copy.write_text(text.replace("rating: Misleading", "rating: Mostly false"), "utf-8")
    changed = import_dossiers(engine, [reviewed_copy])
    assert (changed.updated, changed.unchanged) == (1, 8)
    claim = read_graph(engine).claim("okafor-library-budget-halved")
    assert claim is not None and claim.review is not None
    assert claim.review.rating == "Mostly false"


def test_a_review_taken_out_of_the_dossier_is_taken_out_of_the_store(
    engine: Engine, reviewed_copy: Path
) -> None:
    import_dossiers(engine, [reviewed_copy])
    text = reviewed_copy.read_text(encoding="utf-8")
    start = text.index('    review:\n      rating: "False"')
    end = text.index("  - id: okafor-council-never-asked")
    reviewed_copy.write_text(text[:start] + "\n" + text[end:], encoding="utf-8")
    import_dossiers(engine, [reviewed_copy])
    assert export(read_graph(engine)) == export(load([reviewed_copy]))
    with engine.connect() as connection:
        row = connection.execute(
            sa.text(
                "SELECT review_rating, review_reviewer, review_date FROM claims WHERE id = :id"
            ),
            {"id": "okafor-consultants-more-than-parks"},
        ).one()
    assert tuple(row) == (None, None, None)


def test_tracing_a_reviewed_claim_from_the_store_reads_its_reviewer(engine: Engine) -> None:
    import_dossiers(engine, [REVIEWED])
    part = trace_graph(engine, "okafor-library-budget-halved")
    assert part.agent("example-fact-desk") is not None  # the review's author, not a guess


def test_a_claim_without_a_review_keeps_the_digest_revision_0001_gave_it() -> None:
    # Computed by the store code of revision 0001. If an unreviewed claim's
    # digest changed, the first import after `db init` upgraded a store would
    # rewrite every claim (new updated_at) although nothing changed.
    digest = claim_digest(
        {
            "id": "c",
            "text": "A claim.",
            "speaker": "s",
            "source": "d",
            "date": "2008",
            "appearances": [{"source": "r", "date": "2009"}],
        }
    )
    assert digest == ("7fe3faef5a1a636db14103d385d18e84dc89b8f0d0b04c0c1dafa98350ba02e8")


def test_revision_0002_adds_reviews_to_a_store_of_revision_0001(db_url: str) -> None:
    engine = create(db_url, must_exist=False)
    upgrade(engine, "0001")
    with engine.connect() as connection:
        columns = {c["name"] for c in sa.inspect(connection).get_columns("claims")}
    assert not any(name.startswith("review_") for name in columns)
    upgrade(engine)
    import_dossiers(engine, [REVIEWED])
    assert export(read_graph(engine)) == export(load([REVIEWED]))
    engine.dispose()


def test_revision_0002_downgrades_to_0001_and_upgrades_again(db_url: str) -> None:
    engine = create(db_url, must_exist=False)
    upgrade(engine)
    with engine.begin() as connection:
        command.downgrade(config(connection), "0001")
    with engine.connect() as connection:
        columns = {c["name"] for c in sa.inspect(connection).get_columns("claims")}
        indexes = {i["name"] for i in sa.inspect(connection).get_indexes("claims")}
    assert not any(name.startswith("review_") for name in columns)
    assert "ix_claims_review_reviewer" not in indexes
    upgrade(engine)
    import_dossiers(engine, [REVIEWED])
    assert export(read_graph(engine)) == export(load([REVIEWED]))
    engine.dispose()
