"""Alembic's entry point: run the revisions on the connection ``store.migrate`` hands over.

There is no offline (SQL script) mode and no logging setup: migrations run
only through ``provenance db init``, inside the caller's transaction.
"""

from __future__ import annotations

from alembic import context

from provenance.store.tables import metadata

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("run the store's migrations with `provenance db init`, not the alembic CLI")

context.configure(
    connection=connection,
    target_metadata=metadata,
    render_as_batch=connection.dialect.name == "sqlite",  # SQLite alters tables by copying
)
with context.begin_transaction():
    context.run_migrations()
