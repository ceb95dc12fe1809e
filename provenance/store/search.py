"""Finding claims in the store: by speaker, source, publisher, date window, words and draft.

Every filter is one SQL condition on an indexed column; full-text search uses
the database's own index (FTS5 on SQLite, a tsvector on PostgreSQL).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine, Integer, Select, column, func, literal_column, or_, select, text
from sqlalchemy.sql.elements import ColumnElement

from ..dates import DateError, PartialDate
from ..errors import UsageError
from ..model import Claim
from .db import transaction
from .io import read_claims
from .migrate import check
from .tables import APPEARANCES, CLAIMS, SOURCES

_WORD = re.compile(r"\w")


@dataclass(frozen=True)
class ClaimFilter:
    """What ``db claims`` asks for; every filter given must hold (AND)."""

    speaker: str | None = None
    """Agent id of who asserted the claim."""
    source: str | None = None
    """Source id where the claim was said, or where it was later reported (an appearance)."""
    publisher: str | None = None
    """Agent id publishing such a source."""
    since: PartialDate | None = None
    """Claims not known to be before this date: "2008" is not since 2009; "../2009-02-19" may be."""
    until: PartialDate | None = None
    """Claims not known to be after this date."""
    words: str | None = None
    """Words that must all occur in the claim's text or quote (whole words, any case)."""
    draft: bool | None = None
    """True: only drafts (``draft: true``, not yet reviewed); False: only reviewed claims."""


def window_date(option: str, value: str | None) -> PartialDate | None:
    """A ``--since`` or ``--until`` value as a partial date (None stays None).

    :raises UsageError: the value is not an EDTF date.
    """
    if value is None:
        return None
    try:
        return PartialDate.parse(value)
    except DateError as error:
        raise UsageError(f"{option}: {error}") from None


def find_claims(engine: Engine, wanted: ClaimFilter) -> list[Claim]:
    """The claims matching every filter given, sorted by id.

    >>> [c.id for c in find_claims(engine, ClaimFilter(words="fissile"))]  # doctest: +SKIP
    ['patterson-fissile-material-concern']

    :raises UsageError: ``words`` holds no word.
    """
    with transaction(engine) as connection:
        check(connection)
        # The filter is a subquery of every read, rather than ids fetched and sent back.
        return read_claims(connection, claim_ids(wanted, connection.dialect.name).order_by(None))


def claim_ids(wanted: ClaimFilter, dialect: str) -> Select[Any]:
    """The SELECT of matching claim ids, for ``dialect`` ("sqlite" or "postgresql")."""
    c = CLAIMS.c
    statement = select(c.id)
    if wanted.speaker is not None:
        statement = statement.where(c.speaker == wanted.speaker)
    if wanted.source is not None:
        reported = select(APPEARANCES.c.claim_id).where(APPEARANCES.c.source == wanted.source)
        statement = statement.where(or_(c.source == wanted.source, c.id.in_(reported)))
    if wanted.publisher is not None:
        statement = statement.where(
            _said_or_reported_in(
                select(SOURCES.c.id).where(SOURCES.c.publisher == wanted.publisher)
            )
        )
    # Bounds, as PartialDate compares: keep what is not certainly outside the window.
    if wanted.since is not None:
        statement = statement.where(c.date_latest >= wanted.since.earliest)
    if wanted.until is not None:
        statement = statement.where(c.date_earliest <= wanted.until.latest)
    if wanted.draft is not None:
        statement = statement.where(c.draft == wanted.draft)
    if wanted.words is not None:
        statement = statement.where(_matches(wanted.words, dialect))
    return statement.order_by(c.id)


def _said_or_reported_in(sources: Select[Any]) -> ColumnElement[bool]:
    reported = select(APPEARANCES.c.claim_id).where(APPEARANCES.c.source.in_(sources))
    return or_(CLAIMS.c.source.in_(sources), CLAIMS.c.id.in_(reported))


def _matches(words: str, dialect: str) -> ColumnElement[bool]:
    # Words without a letter or digit index as nothing; a search for only
    # those would match nothing on one database and fail on the other.
    kept = [word for word in words.split() if _WORD.search(word)]
    if not kept:
        raise UsageError(f"--text '{words}' holds no word to search for")
    if dialect == "sqlite":
        # Each word a quoted FTS5 string (quotes doubled): the user's text is
        # never read as FTS5 query syntax (NEAR, OR, column filters, *).
        query = " ".join('"' + word.replace('"', '""') + '"' for word in kept)
        matching = (
            text("SELECT rowid FROM claims_fts WHERE claims_fts MATCH :fts")
            .bindparams(fts=query)
            .columns(column("rowid", Integer))
        )
        return CLAIMS.c.pk.in_(matching)
    search: ColumnElement[Any] = literal_column(
        "claims.search"
    )  # generated by the migration, not a model field
    return search.bool_op("@@")(func.plainto_tsquery("simple", " ".join(kept)))
