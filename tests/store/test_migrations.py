"""Schema migrations: data written at the first revision survives every later one, and the
newest revision creates exactly what the models declare."""

from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Engine

from provenance import export, load, validate
from provenance.store import ClaimFilter, create, find_claims, head, read_graph, upgrade
from provenance.store.tables import metadata

FIRST = "0001"

DOSSIER = """\
agents:
  - id: ambassador
    name: The Ambassador
    kind: person
    aliases: [Ms A]
    roles: [{title: Ambassador, organization: embassy, start: 2007-07, end: 2010}]
  - {id: embassy, name: The Embassy, kind: organization, noqa: ["PV009: test"]}
sources:
  - id: cable
    kind: diplomatic_cable
    title: A cable
    authors: [ambassador]
    publisher: embassy
    published: 2009-02-19
    released: {by: embassy, date: ../2011}
    cites: [reports]
    text: The general does not support the plan.
  - {id: reports, kind: unknown, title: media reports, published: ../2009-02-19}
claims:
  - id: general-opposes
    text: The general opposes the plan.
    quote: The general does not support the plan.
    kind: direct
    speaker: ambassador
    source: cable
    date: 2009-02-19
    about: [embassy]
    embeds: [reported-plan]
    appearances: [{source: reports, date: 2009, quote: does not support}]
    tags: [policy]
    note: A note.
    noqa: ["PV012: test"]
  - {id: reported-plan, text: There is a plan., speaker: embassy, source: reports, date: 2008}
"""

# The same dossier as rows, written with the first revision's columns: later
# revisions must carry these rows forward, whatever they change.
ROWS_AT_FIRST = [
    ("dossiers", {"path": "{file}", "seq": 1}),
    *(
        ("agents", {**row, "origin_file": "{file}", "digest": "-", "created_at": "{now}",
                    "updated_at": "{now}"})
        for row in (
            {"id": "ambassador", "name": "The Ambassador", "kind": "person", "origin_line": 2,
             "position": 0},
            {"id": "embassy", "name": "The Embassy", "kind": "organization", "origin_line": 7,
             "position": 1},
        )
    ),
    ("agent_aliases", {"agent_id": "ambassador", "position": 0, "alias": "Ms A"}),
    ("roles", {"agent_id": "ambassador", "position": 0, "title": "Ambassador",
               "organization": "embassy", "start": "2007-07", "start_earliest": "2007-07-01",
               "start_latest": "2007-07-31", "end": "2010", "end_earliest": "2010-01-01",
               "end_latest": "2010-12-31"}),
    ("agent_noqa", {"agent_id": "embassy", "position": 0, "entry": "PV009: test"}),
    ("sources", {"id": "cable", "kind": "diplomatic_cable", "title": "A cable",
                 "publisher": "embassy", "published": "2009-02-19",
                 "published_earliest": "2009-02-19", "published_latest": "2009-02-19",
                 "released_by": "embassy", "released": "../2011",
                 "released_earliest": "0001-01-01", "released_latest": "2011-12-31",
                 "text": "The general does not support the plan.", "origin_file": "{file}",
                 "origin_line": 9, "position": 0, "digest": "-", "created_at": "{now}",
                 "updated_at": "{now}"}),
    ("sources", {"id": "reports", "kind": "unknown", "title": "media reports",
                 "published": "../2009-02-19", "published_earliest": "0001-01-01",
                 "published_latest": "2009-02-19", "origin_file": "{file}", "origin_line": 18,
                 "position": 1, "digest": "-", "created_at": "{now}", "updated_at": "{now}"}),
    ("source_authors", {"source_id": "cable", "position": 0, "agent_id": "ambassador"}),
    ("source_cites", {"source_id": "cable", "position": 0, "cited_id": "reports"}),
    ("claims", {"id": "general-opposes", "text": "The general opposes the plan.",
                "quote": "The general does not support the plan.", "kind": "direct",
                "speaker": "ambassador", "source": "cable", "date": "2009-02-19",
                "date_earliest": "2009-02-19", "date_latest": "2009-02-19", "note": "A note.",
                "origin_file": "{file}", "origin_line": 20, "position": 0, "digest": "-",
                "created_at": "{now}", "updated_at": "{now}"}),
    ("claims", {"id": "reported-plan", "text": "There is a plan.", "speaker": "embassy",
                "source": "reports", "date": "2008", "date_earliest": "2008-01-01",
                "date_latest": "2008-12-31", "origin_file": "{file}", "origin_line": 33,
                "position": 1, "digest": "-", "created_at": "{now}", "updated_at": "{now}"}),
    ("claim_about", {"claim_id": "general-opposes", "position": 0, "agent_id": "embassy"}),
    ("claim_embeds", {"claim_id": "general-opposes", "position": 0,
                      "embedded_id": "reported-plan"}),
    ("appearances", {"claim_id": "general-opposes", "position": 0, "source": "reports",
                     "date": "2009", "date_earliest": "2009-01-01", "date_latest": "2009-12-31",
                     "quote": "does not support"}),
    ("claim_tags", {"claim_id": "general-opposes", "position": 0, "tag": "policy"}),
    ("claim_noqa", {"claim_id": "general-opposes", "position": 0, "entry": "PV012: test"}),
]  # fmt: skip


def test_data_written_at_the_first_revision_survives_the_upgrade_to_head(
    db_url: str, tmp_path: Path
) -> None:
    dossier = tmp_path / "dossier.yaml"
    dossier.write_text(DOSSIER, encoding="utf-8")
    engine = create(db_url, must_exist=False)
    upgrade(engine, FIRST)
    with engine.begin() as connection:
        for name, row in ROWS_AT_FIRST:
            values = {
                key: value.format(file=dossier.as_posix(), now="2020-01-01 00:00:00+00:00")
                if isinstance(value, str)
                else value
                for key, value in row.items()
            }
            columns = ", ".join(f'"{key}"' for key in values)  # roles has an "end"
            marks = ", ".join(f":{key}" for key in values)
            # Literal dates as text: each database casts them to its DATE column.
            connection.execute(sa.text(f"INSERT INTO {name} ({columns}) VALUES ({marks})"), values)
    upgrade(engine)  # to head
    with engine.connect() as connection:
        assert MigrationContext.configure(connection).get_current_revision() == head()
    stored = read_graph(engine)
    files = load([dossier])
    assert export(stored) == export(files)
    assert validate(stored) == validate(files)
    found = find_claims(engine, ClaimFilter(words="general plan"))
    assert [claim.id for claim in found] == ["general-opposes"]
    engine.dispose()


def test_head_creates_exactly_what_the_models_declare(engine: Engine) -> None:
    def ours(obj: object, name: str | None, kind: str, reflected: bool, other: object) -> bool:
        # Full-text search lives outside the models: SQLite's FTS5 tables, and
        # PostgreSQL's generated tsvector column with its index.
        return not (
            (kind == "table" and name is not None and name.startswith("claims_fts"))
            or (kind == "column" and name == "search")
            or (kind == "index" and name == "ix_claims_search")
            or (kind == "table" and name == "alembic_version")
        )

    with engine.connect() as connection:
        context = MigrationContext.configure(
            connection, opts={"include_object": ours, "compare_type": True}
        )
        assert compare_metadata(context, metadata) == []
