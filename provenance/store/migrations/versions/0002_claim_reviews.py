"""Claim reviews: a desk's rating of a claim, as ``review_*`` columns of its row.

A claim has at most one review, so it is flattened into the claim's row (as a
source's ``released`` is) rather than given a table. Every column is nullable
and starts empty: claims stored at revision 0001 had no reviews, and keep
their rows, keys and digests.

Plain ``ADD COLUMN`` on both databases, never a table copy: SQLite's
full-text triggers and PostgreSQL's generated ``search`` column hang on the
claims table and must survive.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

COLUMNS = (
    ("review_rating", sa.Text()),
    ("review_rating_value", sa.Float()),
    ("review_best", sa.Float()),
    ("review_worst", sa.Float()),
    ("review_reviewer", sa.String()),
    ("review_date", sa.String()),
    ("review_date_earliest", sa.Date()),
    ("review_date_latest", sa.Date()),
    ("review_url", sa.Text()),
    ("review_title", sa.Text()),
    ("review_language", sa.String()),
    ("review_summary", sa.Text()),
)


def upgrade() -> None:
    for name, kind in COLUMNS:
        op.add_column("claims", sa.Column(name, kind, nullable=True))
    op.create_index("ix_claims_review_reviewer", "claims", ["review_reviewer"])


def downgrade() -> None:
    op.drop_index("ix_claims_review_reviewer", table_name="claims")
    for name, _ in reversed(COLUMNS):
        op.execute(f"ALTER TABLE claims DROP COLUMN {name}")
