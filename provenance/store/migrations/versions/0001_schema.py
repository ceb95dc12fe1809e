"""The first schema: dossiers, agents, sources, claims, their lists, and claim full-text search.

Spelled out here rather than taken from ``tables.py``: a revision is history
and must keep creating what it created when it was written, whatever the
models become. A test checks that head and the models agree.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.schema import SchemaItem

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

Timestamp = sa.DateTime(timezone=True)


def _object_columns(table: str) -> list[SchemaItem]:
    """Where an object was defined, its digest and its timestamps."""
    return [
        sa.Column("origin_file", sa.String(), nullable=False),
        sa.Column("origin_line", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("digest", sa.String(), nullable=False),
        sa.Column("created_at", Timestamp, nullable=False),
        sa.Column("updated_at", Timestamp, nullable=False),
        sa.ForeignKeyConstraint(["origin_file"], ["dossiers.path"], name=f"fk_{table}_origin_file"),
    ]


def _date(name: str) -> list[SchemaItem]:
    return [
        sa.Column(name, sa.String(), nullable=True),
        sa.Column(f"{name}_earliest", sa.Date(), nullable=True),
        sa.Column(f"{name}_latest", sa.Date(), nullable=True),
    ]


def _child(name: str, parent: str, parent_key: str, *columns: SchemaItem) -> None:
    """A table of one list inside an object: one row per item, deleted with its parent."""
    op.create_table(
        name,
        sa.Column(f"{parent}_id", sa.String(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        *columns,
        sa.ForeignKeyConstraint(
            [f"{parent}_id"],
            [parent_key],
            name=f"fk_{name}_{parent}_id",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(f"{parent}_id", "position", name=f"pk_{name}"),
    )


def _index(table: str, *columns: str) -> None:
    for column in columns:
        op.create_index(f"ix_{table}_{column}", table, [column])


def upgrade() -> None:
    op.create_table(
        "dossiers",
        sa.Column("path", sa.String(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("path", name="pk_dossiers"),
        sa.UniqueConstraint("seq", name="uq_dossiers_seq"),
    )

    op.create_table(
        "agents",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("kind", sa.String(), nullable=True),
        sa.Column("wikidata", sa.String(), nullable=True),
        sa.Column("url", sa.Text(), nullable=True),
        *_object_columns("agents"),
        sa.PrimaryKeyConstraint("id", name="pk_agents"),
    )
    _index("agents", "origin_file")
    _child("agent_aliases", "agent", "agents.id", sa.Column("alias", sa.Text(), nullable=False))
    _child(
        "roles",
        "agent",
        "agents.id",
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("organization", sa.String(), nullable=True),
        *_date("start"),
        *_date("end"),
    )
    _index("roles", "organization")
    _child("agent_noqa", "agent", "agents.id", sa.Column("entry", sa.Text(), nullable=False))

    op.create_table(
        "sources",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("kind", sa.String(), nullable=True),
        sa.Column("title", sa.Text(), nullable=True),
        sa.Column("publisher", sa.String(), nullable=True),
        *_date("published"),
        sa.Column("url", sa.Text(), nullable=True),
        sa.Column("archived_url", sa.Text(), nullable=True),
        sa.Column("language", sa.String(), nullable=True),
        sa.Column("released_by", sa.String(), nullable=True),
        *_date("released"),
        sa.Column("text", sa.Text(), nullable=True),
        sa.Column("text_file", sa.Text(), nullable=True),
        sa.Column("text_file_content", sa.Text(), nullable=True),
        *_object_columns("sources"),
        sa.PrimaryKeyConstraint("id", name="pk_sources"),
    )
    _index(
        "sources",
        "publisher",
        "published_earliest",
        "published_latest",
        "released_by",
        "origin_file",
    )
    _child(
        "source_authors", "source", "sources.id", sa.Column("agent_id", sa.String(), nullable=False)
    )
    _index("source_authors", "agent_id")
    _child(
        "source_cites", "source", "sources.id", sa.Column("cited_id", sa.String(), nullable=False)
    )
    _index("source_cites", "cited_id")
    _child("source_noqa", "source", "sources.id", sa.Column("entry", sa.Text(), nullable=False))

    op.create_table(
        "claims",
        sa.Column("pk", sa.Integer(), nullable=False, autoincrement=True),
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("quote", sa.Text(), nullable=True),
        sa.Column("kind", sa.String(), nullable=True),
        sa.Column("speaker", sa.String(), nullable=True),
        sa.Column("source", sa.String(), nullable=True),
        *_date("date"),
        sa.Column("attributed_to", sa.String(), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        *_object_columns("claims"),
        sa.PrimaryKeyConstraint("pk", name="pk_claims"),
        sa.UniqueConstraint("id", name="uq_claims_id"),
    )
    _index(
        "claims",
        "speaker",
        "source",
        "date_earliest",
        "date_latest",
        "attributed_to",
        "origin_file",
    )
    _child("claim_about", "claim", "claims.id", sa.Column("agent_id", sa.String(), nullable=False))
    _index("claim_about", "agent_id")
    _child(
        "claim_embeds", "claim", "claims.id", sa.Column("embedded_id", sa.String(), nullable=False)
    )
    _index("claim_embeds", "embedded_id")
    _child(
        "appearances",
        "claim",
        "claims.id",
        sa.Column("source", sa.String(), nullable=False),
        *_date("date"),
        sa.Column("quote", sa.Text(), nullable=True),
    )
    _index("appearances", "source")
    _child("claim_tags", "claim", "claims.id", sa.Column("tag", sa.String(), nullable=False))
    _index("claim_tags", "tag")
    _child("claim_noqa", "claim", "claims.id", sa.Column("entry", sa.Text(), nullable=False))

    if op.get_bind().dialect.name == "sqlite":
        _sqlite_full_text()
    else:
        _postgresql_full_text()


def _sqlite_full_text() -> None:
    # An external-content FTS5 index over claims.text and claims.quote, keyed
    # by claims.pk (an INTEGER PRIMARY KEY, so VACUUM never renumbers it) and
    # kept in step by triggers, inside the writing transaction. Diacritics are
    # kept, as PostgreSQL's 'simple' configuration keeps them.
    for statement in (
        """CREATE VIRTUAL TABLE claims_fts USING fts5(
               text, quote, content='claims', content_rowid='pk',
               tokenize='unicode61 remove_diacritics 0')""",
        """CREATE TRIGGER claims_fts_insert AFTER INSERT ON claims BEGIN
               INSERT INTO claims_fts(rowid, text, quote) VALUES (new.pk, new.text, new.quote);
           END""",
        """CREATE TRIGGER claims_fts_delete AFTER DELETE ON claims BEGIN
               INSERT INTO claims_fts(claims_fts, rowid, text, quote)
               VALUES ('delete', old.pk, old.text, old.quote);
           END""",
        """CREATE TRIGGER claims_fts_update AFTER UPDATE OF text, quote ON claims BEGIN
               INSERT INTO claims_fts(claims_fts, rowid, text, quote)
               VALUES ('delete', old.pk, old.text, old.quote);
               INSERT INTO claims_fts(rowid, text, quote) VALUES (new.pk, new.text, new.quote);
           END""",
    ):
        op.execute(statement)


def _postgresql_full_text() -> None:
    # A generated tsvector: PostgreSQL keeps it current on every write. The
    # 'simple' configuration does not stem, so a search finds the words
    # asked for, in any case, in every language, as SQLite's index does.
    op.execute(
        """ALTER TABLE claims ADD COLUMN search tsvector GENERATED ALWAYS AS (
               to_tsvector('simple', text || ' ' || coalesce(quote, ''))
           ) STORED"""
    )
    op.execute("CREATE INDEX ix_claims_search ON claims USING gin (search)")


def downgrade() -> None:
    for name in (
        "claim_noqa",
        "claim_tags",
        "appearances",
        "claim_embeds",
        "claim_about",
        "claims_fts",
        "claims",
        "source_noqa",
        "source_cites",
        "source_authors",
        "sources",
        "agent_noqa",
        "roles",
        "agent_aliases",
        "agents",
        "dossiers",
    ):
        op.execute(f"DROP TABLE IF EXISTS {name}")
