"""Every store test runs on SQLite (a temporary file) and on PostgreSQL (a schema of its own).

PostgreSQL is the server at 127.0.0.1:5432 (user postgres, database test,
trust auth), or $PROVENANCE_TEST_POSTGRES. When it cannot be reached the
PostgreSQL runs are skipped, except in CI (CI=true), where they fail: CI must
prove the store on the real server, not only on SQLite.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest
import sqlalchemy as sa
from sqlalchemy import Engine
from typer.testing import CliRunner, Result

from provenance.cli import app
from provenance.graph import Entry, Graph, Origin
from provenance.model import Claim
from provenance.store import create, upgrade
from provenance.store.mapping import graph_rows

DRAFTS = Path(__file__).resolve().parent / "drafts" / "dossier.yaml"
"""`provenance extract` output, partly reviewed: drafts, a reviewed claim whose quote the cue
splits, a cue without selectors, selectors without speaker or cue."""

POSTGRES = os.environ.get(
    "PROVENANCE_TEST_POSTGRES", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
)


def _postgres_schema() -> Iterator[str]:
    """A fresh schema on the test server: its URL (search_path set), dropped afterwards."""
    admin = sa.create_engine(POSTGRES, connect_args={"connect_timeout": 5})
    try:
        with admin.connect():
            pass
    except sa.exc.OperationalError as error:
        admin.dispose()
        reason = f"PostgreSQL at {POSTGRES} is unreachable: {str(error.orig).strip()}"
        if os.environ.get("CI") == "true":
            pytest.fail(reason + " (CI=true: the store must be tested on PostgreSQL)")
        pytest.skip(reason)
    schema = f"provenance_test_{uuid.uuid4().hex[:12]}"
    with admin.begin() as connection:
        connection.execute(sa.text(f'CREATE SCHEMA "{schema}"'))
    try:
        # libpq's options in the URL, so that the CLI (which takes a URL) lands there too.
        yield f"{POSTGRES}?options={quote(f'-csearch_path={schema}')}"
    finally:
        with admin.begin() as connection:
            connection.execute(sa.text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """An empty database (no schema yet) on each backend."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'store.db'}"
    else:
        yield from _postgres_schema()


@pytest.fixture
def engine(db_url: str) -> Iterator[Engine]:
    """An initialised, empty store."""
    engine = create(db_url, must_exist=False)
    upgrade(engine)
    yield engine
    engine.dispose()


@pytest.fixture
def cli(engine: Engine, db_url: str) -> Callable[..., Result]:
    """Run `provenance ARGS... --db URL` against the store."""
    runner = CliRunner()

    def run(*args: str | Path) -> Result:
        return runner.invoke(app, [*map(str, args), "--db", db_url])

    return run


def snapshot(engine: Engine) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, in a stable order: equal snapshots, identical databases."""
    inspector = sa.inspect(engine)
    tables = {}
    with engine.connect() as connection:
        for name in sorted(inspector.get_table_names()):
            if name.startswith("claims_fts"):  # SQLite's index internals; its content is claims'
                continue
            table = sa.Table(name, sa.MetaData(), autoload_with=connection)
            rows = connection.execute(sa.select(table)).all()
            tables[name] = sorted((tuple(row) for row in rows), key=repr)
    return tables


def counts(engine: Engine) -> dict[str, int]:
    return {name: len(rows) for name, rows in snapshot(engine).items()}


def claim_digest(data: dict[str, Any]) -> str:
    """The digest the store gives a claim with these fields, defined at dossier.yaml:3.

    Pinned values in tests guard revisions: a claim holding none of a later
    revision's fields must keep the digest the earlier store gave it.
    """
    graph = Graph()
    graph.add(Entry(Claim.model_validate(data), Origin("dossier.yaml", 3)))
    return graph_rows(graph, {})[0].digest
