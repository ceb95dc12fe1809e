"""Schema migrations: data written at the first revision, or at the one before head, survives
every later one, and the newest revision creates exactly what the models declare."""

from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Engine

from provenance import export, load, validate
from provenance.store import (
    ClaimFilter,
    create,
    find_claims,
    head,
    import_dossiers,
    read_graph,
    upgrade,
)
from provenance.store.mapping import graph_rows
from provenance.store.tables import metadata

from .conftest import DRAFTS, snapshot

FIRST = "0001"
BEFORE_DRAFTS = "0002"

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


def _write_rows(
    engine: Engine,
    rows: list[tuple[str, dict[str, object]]],
    dossier: Path,
    digests: dict[str, str] | None = None,
) -> None:
    """Insert ``rows`` as plain SQL, with the file's path, a fixed time and (if given) digests."""
    with engine.begin() as connection:
        for name, row in rows:
            values = {
                key: value.format(file=dossier.as_posix(), now="2020-01-01 00:00:00+00:00")
                if isinstance(value, str)
                else value
                for key, value in row.items()
            }
            if digests is not None and "digest" in values:
                values["digest"] = digests[str(values["id"])]
            columns = ", ".join(f'"{key}"' for key in values)  # roles has an "end"
            marks = ", ".join(f":{key}" for key in values)
            # Literal dates as text: each database casts them to its DATE column.
            connection.execute(sa.text(f"INSERT INTO {name} ({columns}) VALUES ({marks})"), values)


def test_data_written_at_the_first_revision_survives_the_upgrade_to_head(
    db_url: str, tmp_path: Path
) -> None:
    dossier = tmp_path / "dossier.yaml"
    dossier.write_text(DOSSIER, encoding="utf-8")
    engine = create(db_url, must_exist=False)
    upgrade(engine, FIRST)
    _write_rows(engine, ROWS_AT_FIRST, dossier)
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


# Revision 0002 added reviews: the dossier with one, and its rows as 0002 stored them.
REVIEW = "{rating: Unproven, rating_value: 0, worst: 0, best: 4, reviewer: embassy, date: 2010-05}"
DOSSIER_AT_0002 = DOSSIER.replace("date: 2008}\n", f"date: 2008,\n     review: {REVIEW}}}\n")
ROWS_AT_0002 = [
    (
        name,
        {
            **row,
            "review_rating": "Unproven",
            "review_rating_value": 0.0,
            "review_worst": 0.0,
            "review_best": 4.0,
            "review_reviewer": "embassy",
            "review_date": "2010-05",
            "review_date_earliest": "2010-05-01",
            "review_date_latest": "2010-05-31",
        }
        if row.get("id") == "reported-plan"
        else row,
    )
    for name, row in ROWS_AT_FIRST
]


def test_data_written_at_revision_0002_survives_the_upgrade_to_head_unchanged(
    db_url: str, tmp_path: Path
) -> None:
    dossier = tmp_path / "dossier.yaml"
    dossier.write_text(DOSSIER_AT_0002, encoding="utf-8")
    files = load([dossier])
    reviewed = files.claim("reported-plan")
    assert reviewed is not None and reviewed.review is not None
    engine = create(db_url, must_exist=False)
    upgrade(engine, BEFORE_DRAFTS)
    # The digests revision 0002 gave these objects (none has a cue, selectors or draft).
    digests = {o.id: o.digest for o in graph_rows(files, {})}
    _write_rows(engine, ROWS_AT_0002, dossier, digests)
    upgrade(engine)  # to head
    with engine.connect() as connection:
        assert MigrationContext.configure(connection).get_current_revision() == head()
    stored = read_graph(engine)
    assert export(stored) == export(files)
    assert validate(stored) == validate(files)
    assert not any(e.obj.draft or e.obj.cue or e.obj.selectors for e in stored.claims)
    found = find_claims(engine, ClaimFilter(words="general plan", draft=False))
    assert [claim.id for claim in found] == ["general-opposes"]
    assert find_claims(engine, ClaimFilter(draft=True)) == []
    # The first import after the upgrade finds nothing changed and rewrites nothing.
    before = snapshot(engine)
    again = import_dossiers(engine, [dossier])
    assert (again.added, again.updated, again.removed, again.unchanged) == (0, 0, 0, 6)
    assert snapshot(engine) == before
    # Drafts imported into the upgraded store are kept and found, by flag and by word.
    import_dossiers(engine, [DRAFTS])
    found = find_claims(engine, ClaimFilter(words="fissile", draft=True))
    assert [claim.id for claim in found] == ["anne-patterson-3"]
    assert export(read_graph(engine)) == export(load([dossier, DRAFTS]))
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
