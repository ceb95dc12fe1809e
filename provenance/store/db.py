"""Engines from URLs: an SQLite file by default, PostgreSQL for a shared desk.

The URL comes from ``--db``, else the ``PROVENANCE_DB`` environment variable,
else ``sqlite:///provenance.db`` (a file in the working directory)::

    sqlite:///provenance.db
    postgresql+psycopg://editor@db.example.org:5432/newsroom
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, exc, text
from sqlalchemy.engine import URL, make_url

from ..errors import ProvenanceError

DEFAULT_URL = "sqlite:///provenance.db"
ENV_VAR = "PROVENANCE_DB"
BUSY_TIMEOUT_SECONDS = 30
"""How long an SQLite writer waits for another to finish before giving up."""
PAGE_CACHE_KIB = 65_536
"""SQLite page cache per connection, in KiB."""
CONNECT_TIMEOUT_SECONDS = 10


class StoreError(ProvenanceError):
    """The database cannot be reached, is not initialised, or holds something unexpected."""


def resolve_url(url: str | None = None) -> URL:
    """The database URL to use: ``url``, else ``$PROVENANCE_DB``, else the default file.

    >>> resolve_url("sqlite:///x.db").database
    'x.db'

    :raises StoreError: the URL is malformed or names an unsupported database.
    """
    raw = url or os.environ.get(ENV_VAR) or DEFAULT_URL
    try:
        parsed = make_url(raw)
    except exc.ArgumentError:
        raise StoreError(
            f"'{raw}' is not a database URL (e.g. sqlite:///provenance.db or "
            "postgresql+psycopg://user@host/dbname)"
        ) from None
    if parsed.drivername == "postgresql":  # SQLAlchemy would pick psycopg2, which we do not ship
        parsed = parsed.set(drivername="postgresql+psycopg")
    if parsed.get_backend_name() not in ("sqlite", "postgresql"):
        raise StoreError(
            f"unsupported database '{parsed.get_backend_name()}' in {describe(parsed)}: "
            "use sqlite:///FILE or postgresql+psycopg://..."
        )
    return parsed


def describe(url: URL) -> str:
    """The URL as it is safe to print: without its password."""
    return url.render_as_string(hide_password=True)


def create(url: str | URL | None = None, *, must_exist: bool = True) -> Engine:
    """An engine for ``url`` (see :func:`resolve_url`).

    With ``must_exist``, an SQLite file that is not there is an error rather
    than a new empty database: only ``db init`` creates one.

    :raises StoreError: bad URL, missing SQLite file, or a driver that is not installed.
    """
    parsed = url if isinstance(url, URL) else resolve_url(url)
    if parsed.get_backend_name() == "sqlite":
        return _sqlite(parsed, must_exist)
    connect_args: dict[str, Any] = {}
    if "connect_timeout" not in parsed.query:  # an unreachable server fails in seconds
        connect_args["connect_timeout"] = CONNECT_TIMEOUT_SECONDS
    try:
        return create_engine(parsed, connect_args=connect_args)
    except (ImportError, exc.NoSuchModuleError) as error:
        raise StoreError(f"cannot use {describe(parsed)}: {error}") from None


def _sqlite(url: URL, must_exist: bool) -> Engine:
    database = url.database or ""
    on_disk = database not in ("", ":memory:") and not database.startswith("file:")
    if on_disk and must_exist and not Path(database).is_file():
        raise StoreError(
            f"no database at {database}: run `provenance db init` first (or give --db / ${ENV_VAR})"
        )
    engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_SECONDS})

    @event.listens_for(engine, "connect")
    def _configure(dbapi_connection: Any, _record: Any) -> None:
        # pysqlite opens transactions lazily and never for SELECT; we issue BEGIN
        # ourselves (below) so that a transaction covers reads and writes alike.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys = ON")
        # 64 MiB of page cache rather than SQLite's 2 MiB: a query for a busy speaker
        # in a million claims reads a few thousand scattered pages of each table
        # (1,000 claims: 58 -> 37 ms once warm).
        cursor.execute(f"PRAGMA cache_size = -{PAGE_CACHE_KIB}")
        if on_disk:  # readers do not block the writer, nor the writer readers
            cursor.execute("PRAGMA journal_mode = WAL")
            cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(connection: Connection) -> None:
        # A writer takes the write lock up front. A deferred transaction that
        # reads, then writes, can deadlock with another such writer, and SQLite
        # answers that with an immediate "database is locked", busy timeout or not.
        write = connection.get_execution_options().get("provenance_write", False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")

    return engine


@contextmanager
def opened(url: str | URL | None = None, *, must_exist: bool = True) -> Iterator[Engine]:
    """An engine for the duration of a block, with database failures as :class:`StoreError`.

    >>> with opened("sqlite:///provenance.db") as engine:  # doctest: +SKIP
    ...     graph = read_graph(engine)
    """
    engine = create(url, must_exist=must_exist)
    try:
        yield engine
    except exc.OperationalError as error:
        raise StoreError(f"{describe(engine.url)}: {_first_line(error)}") from None
    finally:
        engine.dispose()


def _first_line(error: exc.DBAPIError) -> str:
    lines = [line.strip() for line in str(error.orig).splitlines() if line.strip()]
    return lines[0] if lines else type(error.orig).__name__


@contextmanager
def transaction(engine: Engine, *, write: bool = False) -> Iterator[Connection]:
    """One transaction: committed when the block ends, rolled back if it raises.

    A ``write`` transaction is serialised with every other writer on the same
    database (SQLite: ``BEGIN IMMEDIATE``; PostgreSQL: an advisory lock on the
    schema), so two imports run one after the other, never interleaved.
    """
    with engine.connect() as connection:
        if write:
            connection.execution_options(provenance_write=True)
        with connection.begin():
            if write and connection.dialect.name == "postgresql":
                connection.execute(
                    text(
                        "SELECT pg_advisory_xact_lock(hashtext('provenance:' || current_schema()))"
                    )
                )
            yield connection
