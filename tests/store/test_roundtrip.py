"""What goes into the store comes back out as it went in: export, validate and trace agree
with the same commands on the files."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import Engine
from typer.testing import CliRunner, Result

from provenance import export, load, trace, validate
from provenance.cli import app
from provenance.store import read_graph, trace_graph

from ..conftest import DEFECTS, SEED

files = CliRunner()


def test_db_export_is_byte_identical_to_export_of_the_files(cli: Callable[..., Result]) -> None:
    assert cli("db", "import", SEED).exit_code == 0
    from_db = cli("db", "export", "--format", "json")
    from_files = files.invoke(app, ["export", str(SEED), "--format", "json"])
    assert from_db.exit_code == 0, from_db.output
    assert from_db.stdout == from_files.stdout
    assert json.loads(from_db.stdout)["claims"]  # not two empty documents agreeing


def test_db_export_writes_the_file_given(cli: Callable[..., Result], tmp_path: Path) -> None:
    assert cli("db", "import", SEED).exit_code == 0
    target = tmp_path / "out.json"
    assert cli("db", "export", "-o", target).exit_code == 0
    assert target.read_text(encoding="utf-8") == export(load([SEED]))


DEFECT_FILES = sorted(p for p in DEFECTS.glob("*.yaml") if not p.name.startswith("PV004"))


@pytest.mark.parametrize("defect", DEFECT_FILES, ids=lambda p: p.stem)
def test_db_validate_reports_what_validate_reports_on_the_files(
    cli: Callable[..., Result], defect: Path
) -> None:
    assert cli("db", "import", defect, "--allow-findings").exit_code == 0
    from_db = cli("db", "validate", "--format", "json")
    from_files = files.invoke(app, ["validate", str(defect), "--format", "json"])
    assert from_db.exit_code == from_files.exit_code
    assert json.loads(from_db.stdout) == json.loads(from_files.stdout)
    assert json.loads(from_db.stdout)["findings"]  # every defect fixture has one


def test_db_validate_of_the_seed_matches_and_checks_quotes_without_the_files(
    engine: Engine, cli: Callable[..., Result]
) -> None:
    # The seed's article is a text_file: the store keeps its text, so PV006
    # (quote-not-in-source) runs the same with the files gone.
    assert cli("db", "import", SEED).exit_code == 0
    stored = read_graph(engine)
    assert validate(stored) == validate(load([SEED]))
    source = stored.source("ndtv-2011-05-06-kayani-nfu")
    assert source is not None and source.text_file == "article.txt"
    assert stored.text(source) == (SEED / "article.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize("claim", ["patterson-kayani-opposes-nfu", "ndtv-gop-worried-then-as-now"])
def test_trace_from_the_store_equals_trace_from_the_files(
    engine: Engine, cli: Callable[..., Result], claim: str
) -> None:
    assert cli("db", "import", SEED).exit_code == 0
    assert trace(trace_graph(engine, claim), claim) == trace(load([SEED]), claim)
    from_db = cli("trace", claim)
    from_files = files.invoke(app, ["trace", claim, str(SEED)])
    assert from_db.exit_code == 0, from_db.output
    assert from_db.stdout == from_files.stdout
    assert "embeds claim" in from_db.stdout or "reported in" in from_db.stdout


def test_trace_of_an_unknown_claim_in_the_store_is_exit_2(cli: Callable[..., Result]) -> None:
    assert cli("db", "import", SEED).exit_code == 0
    result = cli("trace", "no-such-claim")
    assert result.exit_code == 2
    assert "no claim with id 'no-such-claim'" in result.stderr


def test_trace_needs_paths_or_db_but_not_both() -> None:
    neither = files.invoke(app, ["trace", "patterson-kayani-opposes-nfu"])
    both = files.invoke(app, ["trace", "x", str(SEED), "--db", "sqlite:///x.db"])
    for result in (neither, both):
        assert result.exit_code == 2
        assert result.stderr.count("\n") == 1 and "PATHs or --db" in result.stderr
