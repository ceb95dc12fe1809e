"""The store's tables: one per object kind, one per list inside an object, one per dossier file.

Foreign keys hold only where the contract guarantees the target exists:

* a nested row (an alias, a role, an author, an appearance...) belongs to the
  object it was written inside, so it references its parent and is deleted
  with it (``ON DELETE CASCADE``);
* every object references the dossier file it was defined in.

References *between* objects (speaker, source, publisher, authors, about,
embeds, cites, appearance sources, role organisations, released-by,
attributed-to) are stored as indexed text, never as foreign keys. A dossier
may legally hold a reference that resolves to nothing: the validator reports
it as PV003, and ``db import --allow-findings`` stores it as written so that
``db validate`` reports it again and ``db export`` gives it back. Targets may
also arrive later, in another dossier imported afterwards. A foreign key would
refuse both.

Partial dates are stored three times: the EDTF text as written (the contract
value, returned exactly) and the earliest and latest day it can mean, as DATE
columns, so that chronology queries run in SQL on indexes.

A claim's optional ``review`` is flattened into ``review_*`` columns of its
row (it is one object, never a list), as a source's ``released`` is; so are
its ``selectors`` (``selectors_*`` columns), except their list of content
spans, which is a table of its own. ``draft`` is an indexed boolean column, so
that drafts are found without reading every claim. Offsets are BIGINT: the
contract does not bound them, and the store holds any up to 2**63 - 1.

Each object row records where it was defined (``origin_file``,
``origin_line``, and ``position`` in its file's list), a ``digest`` of
everything stored for it (so that an unchanged object is recognised without
comparing rows column by column), and when it was created and last updated.

Column types are declared with plain annotations (no ``Relationship()``):
SQLModel relationships do not survive postponed annotations, and the store
reads and writes in bulk through SQLAlchemy Core, which needs none.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import BigInteger, DateTime, Float, MetaData, Table, Text, false
from sqlalchemy.orm import registry
from sqlmodel import Field, SQLModel

# Deterministic constraint names: migrations can refer to them, and the drift
# test compares them, on SQLite and PostgreSQL alike.
NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_name)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s",
    "pk": "pk_%(table_name)s",
}


class StoreModel(SQLModel, registry=registry(metadata=MetaData(naming_convention=NAMING))):
    """Base of the store's tables, with a metadata of its own.

    SQLModel's shared default metadata would clash with any application that
    imports this package and has its own ``claims`` or ``agents`` table.
    """


metadata: MetaData = StoreModel.metadata

Timestamp = DateTime(timezone=True)


class DossierRow(StoreModel, table=True):
    """A dossier file that was imported, in import order."""

    __tablename__ = "dossiers"
    path: str = Field(primary_key=True)
    seq: int = Field(unique=True)
    """Import order: the graph read back lists files (and their objects) in this order."""


class AgentRow(StoreModel, table=True):
    __tablename__ = "agents"
    id: str = Field(primary_key=True)
    name: str = Field(sa_type=Text)
    kind: str | None = None
    wikidata: str | None = None
    url: str | None = Field(default=None, sa_type=Text)
    origin_file: str = Field(foreign_key="dossiers.path", index=True)
    origin_line: int
    position: int
    digest: str
    created_at: dt.datetime = Field(sa_type=Timestamp)
    updated_at: dt.datetime = Field(sa_type=Timestamp)


class AgentAliasRow(StoreModel, table=True):
    __tablename__ = "agent_aliases"
    agent_id: str = Field(foreign_key="agents.id", ondelete="CASCADE", primary_key=True)
    position: int = Field(primary_key=True)
    alias: str = Field(sa_type=Text)


class RoleRow(StoreModel, table=True):
    __tablename__ = "roles"
    agent_id: str = Field(foreign_key="agents.id", ondelete="CASCADE", primary_key=True)
    position: int = Field(primary_key=True)
    title: str = Field(sa_type=Text)
    organization: str | None = Field(default=None, index=True)
    start: str | None = None
    start_earliest: dt.date | None = None
    start_latest: dt.date | None = None
    end: str | None = None
    end_earliest: dt.date | None = None
    end_latest: dt.date | None = None


class AgentNoqaRow(StoreModel, table=True):
    __tablename__ = "agent_noqa"
    agent_id: str = Field(foreign_key="agents.id", ondelete="CASCADE", primary_key=True)
    position: int = Field(primary_key=True)
    entry: str = Field(sa_type=Text)


class SourceRow(StoreModel, table=True):
    __tablename__ = "sources"
    id: str = Field(primary_key=True)
    kind: str | None = None
    title: str | None = Field(default=None, sa_type=Text)
    publisher: str | None = Field(default=None, index=True)
    published: str | None = None
    published_earliest: dt.date | None = Field(default=None, index=True)
    published_latest: dt.date | None = Field(default=None, index=True)
    url: str | None = Field(default=None, sa_type=Text)
    archived_url: str | None = Field(default=None, sa_type=Text)
    language: str | None = None
    released_by: str | None = Field(default=None, index=True)
    released: str | None = None
    """The release date's EDTF text (``released.date`` in the contract)."""
    released_earliest: dt.date | None = None
    released_latest: dt.date | None = None
    text: str | None = Field(default=None, sa_type=Text)
    text_file: str | None = Field(default=None, sa_type=Text)
    text_file_content: str | None = Field(default=None, sa_type=Text)
    """What ``text_file`` held at import: quotes are checked against it when the
    files are not at hand (``db validate`` on another machine)."""
    origin_file: str = Field(foreign_key="dossiers.path", index=True)
    origin_line: int
    position: int
    digest: str
    created_at: dt.datetime = Field(sa_type=Timestamp)
    updated_at: dt.datetime = Field(sa_type=Timestamp)


class SourceAuthorRow(StoreModel, table=True):
    __tablename__ = "source_authors"
    source_id: str = Field(foreign_key="sources.id", ondelete="CASCADE", primary_key=True)
    position: int = Field(primary_key=True)
    agent_id: str = Field(index=True)


class SourceCiteRow(StoreModel, table=True):
    __tablename__ = "source_cites"
    source_id: str = Field(foreign_key="sources.id", ondelete="CASCADE", primary_key=True)
    position: int = Field(primary_key=True)
    cited_id: str = Field(index=True)


class SourceNoqaRow(StoreModel, table=True):
    __tablename__ = "source_noqa"
    source_id: str = Field(foreign_key="sources.id", ondelete="CASCADE", primary_key=True)
    position: int = Field(primary_key=True)
    entry: str = Field(sa_type=Text)


class ClaimRow(StoreModel, table=True):
    __tablename__ = "claims"
    pk: int | None = Field(default=None, primary_key=True)
    """A stable integer key: SQLite's full-text index addresses rows by integer."""
    id: str = Field(unique=True)
    text: str = Field(sa_type=Text)
    quote: str | None = Field(default=None, sa_type=Text)
    kind: str | None = None
    speaker: str | None = Field(default=None, index=True)
    source: str | None = Field(default=None, index=True)
    date: str | None = None
    date_earliest: dt.date | None = Field(default=None, index=True)
    date_latest: dt.date | None = Field(default=None, index=True)
    attributed_to: str | None = Field(default=None, index=True)
    note: str | None = Field(default=None, sa_type=Text)
    review_rating: str | None = Field(default=None, sa_type=Text)
    """``review.rating``; a claim has a review exactly when this is set (revision 0002)."""
    review_rating_value: float | None = Field(default=None, sa_type=Float)
    review_best: float | None = Field(default=None, sa_type=Float)
    review_worst: float | None = Field(default=None, sa_type=Float)
    review_reviewer: str | None = Field(default=None, index=True)
    review_date: str | None = None
    review_date_earliest: dt.date | None = None
    review_date_latest: dt.date | None = None
    review_url: str | None = Field(default=None, sa_type=Text)
    review_title: str | None = Field(default=None, sa_type=Text)
    review_language: str | None = None
    review_summary: str | None = Field(default=None, sa_type=Text)
    cue: str | None = Field(default=None, sa_type=Text)
    """The attributing words (revision 0003, as every column below up to ``draft``)."""
    selectors_source: str | None = Field(default=None, index=True)
    """``selectors.source``; a claim has selectors exactly when this is set."""
    selectors_speaker_start: int | None = Field(default=None, sa_type=BigInteger)
    selectors_speaker_end: int | None = Field(default=None, sa_type=BigInteger)
    selectors_cue_start: int | None = Field(default=None, sa_type=BigInteger)
    selectors_cue_end: int | None = Field(default=None, sa_type=BigInteger)
    draft: bool = Field(default=False, index=True, sa_column_kwargs={"server_default": false()})
    """Proposed by ``provenance extract`` and not yet reviewed; rows stored before 0003 are not."""
    origin_file: str = Field(foreign_key="dossiers.path", index=True)
    origin_line: int
    position: int
    digest: str
    created_at: dt.datetime = Field(sa_type=Timestamp)
    updated_at: dt.datetime = Field(sa_type=Timestamp)


class ClaimAboutRow(StoreModel, table=True):
    __tablename__ = "claim_about"
    claim_id: str = Field(foreign_key="claims.id", ondelete="CASCADE", primary_key=True)
    position: int = Field(primary_key=True)
    agent_id: str = Field(index=True)


class ClaimEmbedRow(StoreModel, table=True):
    __tablename__ = "claim_embeds"
    claim_id: str = Field(foreign_key="claims.id", ondelete="CASCADE", primary_key=True)
    position: int = Field(primary_key=True)
    embedded_id: str = Field(index=True)


class AppearanceRow(StoreModel, table=True):
    __tablename__ = "appearances"
    claim_id: str = Field(foreign_key="claims.id", ondelete="CASCADE", primary_key=True)
    position: int = Field(primary_key=True)
    source: str = Field(index=True)
    date: str | None = None
    date_earliest: dt.date | None = None
    date_latest: dt.date | None = None
    quote: str | None = Field(default=None, sa_type=Text)


class SelectorContentRow(StoreModel, table=True):
    """A span of ``selectors.content``: where a part of the claim's words is."""

    __tablename__ = "claim_selector_content"
    claim_id: str = Field(foreign_key="claims.id", ondelete="CASCADE", primary_key=True)
    position: int = Field(primary_key=True)
    start: int = Field(sa_type=BigInteger)
    end: int = Field(sa_type=BigInteger)


class ClaimTagRow(StoreModel, table=True):
    __tablename__ = "claim_tags"
    claim_id: str = Field(foreign_key="claims.id", ondelete="CASCADE", primary_key=True)
    position: int = Field(primary_key=True)
    tag: str = Field(index=True)


class ClaimNoqaRow(StoreModel, table=True):
    __tablename__ = "claim_noqa"
    claim_id: str = Field(foreign_key="claims.id", ondelete="CASCADE", primary_key=True)
    position: int = Field(primary_key=True)
    entry: str = Field(sa_type=Text)


def table(name: str) -> Table:
    return metadata.tables[name]


DOSSIERS = table("dossiers")
AGENTS = table("agents")
SOURCES = table("sources")
CLAIMS = table("claims")
APPEARANCES = table("appearances")

OBJECT_TABLES = {"agent": AGENTS, "source": SOURCES, "claim": CLAIMS}
"""Object kind -> its table."""

CHILD_TABLES: dict[str, tuple[tuple[Table, str], ...]] = {
    "agent": (
        (table("agent_aliases"), "agent_id"),
        (table("roles"), "agent_id"),
        (table("agent_noqa"), "agent_id"),
    ),
    "source": (
        (table("source_authors"), "source_id"),
        (table("source_cites"), "source_id"),
        (table("source_noqa"), "source_id"),
    ),
    "claim": (
        (table("claim_about"), "claim_id"),
        (table("claim_embeds"), "claim_id"),
        (APPEARANCES, "claim_id"),
        (table("claim_tags"), "claim_id"),
        (table("claim_noqa"), "claim_id"),
        (table("claim_selector_content"), "claim_id"),
    ),
}
"""Object kind -> the tables of the lists inside it, with the column naming the parent."""
