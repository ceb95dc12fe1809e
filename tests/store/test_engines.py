"""Which database, and what the user sees when it is missing, unreachable or not initialised."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlalchemy as sa
from typer.testing import CliRunner

from provenance.cli import app
from provenance.store import create, head, resolve_url, upgrade

from ..conftest import SEED

runner = CliRunner()


def one_line_error(args: list[str]) -> str:
    result = runner.invoke(app, args)
    assert result.exit_code == 2, result.output
    assert result.stderr.startswith("provenance: error: ")
    assert result.stderr.count("\n") == 1, result.stderr
    return result.stderr


def test_an_unreachable_server_is_one_line_and_exit_2() -> None:
    # Port 1 on loopback: nothing listens there, so the connection is refused at once.
    error = one_line_error(["db", "export", "--db", "postgresql+psycopg://u:secret@127.0.0.1:1/x"])
    assert "127.0.0.1" in error and "secret" not in error  # the password is never printed


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("not a url", "is not a database URL"),
        ("mysql://u@h/db", "unsupported database 'mysql'"),
    ],
)
def test_bad_urls_are_one_line_and_exit_2(url: str, message: str) -> None:
    assert message in one_line_error(["db", "init", "--db", url])


def test_a_missing_sqlite_file_is_not_created_by_reading_it(tmp_path: Path) -> None:
    missing = tmp_path / "missing.db"
    assert "run `provenance db init` first" in one_line_error(
        ["db", "claims", "--db", f"sqlite:///{missing}"]
    )
    assert not missing.exists()


def test_a_database_without_the_schema_says_to_run_init(db_url: str) -> None:
    create(db_url, must_exist=False).connect().close()  # the file exists, the tables do not
    assert "holds no provenance store: run `provenance db init`" in one_line_error(
        ["db", "import", str(SEED), "--db", db_url]
    )


def test_init_twice_is_harmless(db_url: str) -> None:
    for _ in range(2):
        result = runner.invoke(app, ["db", "init", "--db", db_url])
        assert result.exit_code == 0, result.output
        assert f"store ready (schema revision {head()})" in result.stdout


def test_the_url_comes_from_the_flag_then_the_environment_then_the_default(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("PROVENANCE_DB", raising=False)
    assert resolve_url().render_as_string() == "sqlite:///provenance.db"
    assert runner.invoke(app, ["db", "init"]).exit_code == 0
    assert (tmp_path / "provenance.db").is_file()
    monkeypatch.setenv("PROVENANCE_DB", "sqlite:///from-env.db")
    assert resolve_url().database == "from-env.db"
    assert resolve_url("sqlite:///flag.db").database == "flag.db"
    assert resolve_url("postgresql://h/db").drivername == "postgresql+psycopg"


def test_sqlite_runs_in_wal_mode_with_foreign_keys(tmp_path: Path) -> None:
    engine = create(f"sqlite:///{tmp_path / 'store.db'}", must_exist=False)
    upgrade(engine)
    with engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() == 30_000
        with pytest.raises(sa.exc.IntegrityError):  # a role needs its agent
            connection.execute(
                sa.text("INSERT INTO roles (agent_id, position, title) VALUES ('nobody', 0, 't')")
            )
