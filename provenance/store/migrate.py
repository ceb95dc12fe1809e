"""Schema migrations (Alembic), configured in code: no alembic.ini to ship or find.

``provenance db init`` runs :func:`upgrade` to the newest revision; every other
command first checks with :func:`check` that the database is at that revision.
To change the schema, change ``tables.py``, then add a revision in
``migrations/versions/`` (next number, ``down_revision`` the previous one);
``tests/store`` fails until the two agree.
"""

from __future__ import annotations

import functools
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine

from .db import StoreError, describe, transaction

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def config(connection: Connection | None = None) -> Config:
    """An Alembic configuration for the store's migrations, on ``connection``."""
    settings = Config()
    settings.set_main_option("script_location", str(MIGRATIONS))
    settings.set_main_option("path_separator", "os")
    settings.attributes["connection"] = connection
    return settings


@functools.cache  # the revisions ship with the package: read their files once a process
def head() -> str:
    """The newest revision this version of provenance knows."""
    revision = ScriptDirectory.from_config(config()).get_current_head()
    if revision is None:  # a broken install: the package lost its versions/ directory
        raise StoreError(f"no schema revisions found in {MIGRATIONS}")
    return revision


def current(connection: Connection) -> str | None:
    """The revision the database is at (None: not initialised)."""
    return MigrationContext.configure(connection).get_current_revision()


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Bring the schema to ``revision`` (default: the newest), in one transaction."""
    with transaction(engine, write=True) as connection:
        command.upgrade(config(connection), revision)


def check(connection: Connection) -> None:
    """:raises StoreError: the database is not initialised, or at another revision."""
    at, wanted = current(connection), head()
    where = describe(connection.engine.url)
    if at is None:
        raise StoreError(f"{where} holds no provenance store: run `provenance db init`")
    if at != wanted:
        raise StoreError(
            f"{where} is at schema revision {at}, this provenance needs {wanted}: "
            "run `provenance db init` to upgrade it"
        )
