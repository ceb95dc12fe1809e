"""Drafts from ``provenance extract``: a claim's ``cue``, ``selectors`` and ``draft`` flag.

A claim has at most one set of selectors, so they are flattened into its row
(``selectors_source`` and the speaker's and cue's spans), as its review is;
their content spans are a list, so a table of its own (``claim_selector_content``),
deleted with its claim. ``draft`` is an indexed boolean, false by default:
claims stored at revision 0002 were not drafts, and every other new column
starts empty, so they keep their rows, keys and digests.

Plain ``ADD COLUMN`` on both databases, never a table copy: SQLite's
full-text triggers and PostgreSQL's generated ``search`` column hang on the
claims table and must survive.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

COLUMNS = (
    ("cue", sa.Text()),
    ("selectors_source", sa.String()),
    ("selectors_speaker_start", sa.BigInteger()),
    ("selectors_speaker_end", sa.BigInteger()),
    ("selectors_cue_start", sa.BigInteger()),
    ("selectors_cue_end", sa.BigInteger()),
)
INDEXED = ("selectors_source", "draft")


def upgrade() -> None:
    for name, kind in COLUMNS:
        op.add_column("claims", sa.Column(name, kind, nullable=True))
    # NOT NULL with a default: the rows already there become non-drafts, on both databases.
    op.add_column(
        "claims", sa.Column("draft", sa.Boolean(), nullable=False, server_default=sa.false())
    )
    for name in INDEXED:
        op.create_index(f"ix_claims_{name}", "claims", [name])
    op.create_table(
        "claim_selector_content",
        sa.Column("claim_id", sa.String(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("start", sa.BigInteger(), nullable=False),
        sa.Column("end", sa.BigInteger(), nullable=False),
        sa.ForeignKeyConstraint(
            ["claim_id"],
            ["claims.id"],
            name="fk_claim_selector_content_claim_id",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("claim_id", "position", name="pk_claim_selector_content"),
    )


def downgrade() -> None:
    op.drop_table("claim_selector_content")
    for name in reversed(INDEXED):
        op.drop_index(f"ix_claims_{name}", table_name="claims")
    for name in ("draft", *reversed([name for name, _ in COLUMNS])):
        op.execute(f"ALTER TABLE claims DROP COLUMN {name}")
