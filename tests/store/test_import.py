"""Import is one transaction with an identity: by object id, update in place, all or nothing."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy import Connection, Engine
from typer.testing import Result

from provenance import export, load
from provenance.errors import InputError
from provenance.store import import_dossiers, read_graph
from provenance.store import io as store_io
from provenance.store.mapping import Row

from ..conftest import DEFECTS, SEED
from .conftest import counts, snapshot


@pytest.fixture
def seed_copy(tmp_path: Path) -> Path:
    """The seed dossier in a directory the test may edit."""
    copy = tmp_path / "seed"
    shutil.copytree(SEED, copy)
    return copy / "dossier.yaml"


def claim_row(engine: Engine, claim_id: str) -> sa.Row[tuple[object, ...]]:
    with engine.connect() as connection:
        row = connection.execute(
            sa.text(
                "SELECT pk, text, created_at, updated_at, origin_line FROM claims WHERE id = :id"
            ),
            {"id": claim_id},
        ).one()
    return row


def test_importing_an_unchanged_dossier_again_changes_no_row(
    engine: Engine, cli: Callable[..., Result]
) -> None:
    assert cli("db", "import", SEED).exit_code == 0
    before = snapshot(engine)
    again = cli("db", "import", SEED)
    assert again.exit_code == 0, again.output
    assert "0 added, 0 updated, 0 removed, 41 unchanged" in again.stdout
    assert snapshot(engine) == before  # same rows: same ids, keys and timestamps


def test_a_changed_dossier_is_updated_in_place(engine: Engine, seed_copy: Path) -> None:
    import_dossiers(engine, [seed_copy])
    kept = claim_row(engine, "patterson-kayani-opposes-nfu")
    edited = claim_row(engine, "patterson-fissile-material-concern")
    text = seed_copy.read_text(encoding="utf-8")
    text = text.replace(
        "Patterson's major concern is that someone",
        "Patterson's greatest concern is that someone",
    )
    # Drop one claim (the last one in the file) and add another in its place.
    cut = text.index("  - id: gop-worried-this-week-2011")
    text = text[:cut] + (
        "  - id: added-claim\n"
        "    text: A claim added after the first import.\n"
        "    speaker: ndtv\n"
        "    source: ndtv-2011-05-06-kayani-nfu\n"
        "    date: 2011-05-06\n"
    )
    seed_copy.write_text(text, encoding="utf-8")
    # The embedding claim now dangles (PV003): the change is imported knowingly.
    result = import_dossiers(engine, [seed_copy], allow_findings=True)
    assert (result.added, result.updated, result.removed) == (1, 1, 1)

    assert claim_row(engine, "patterson-kayani-opposes-nfu") == kept
    now = claim_row(engine, "patterson-fissile-material-concern")
    assert now.pk == edited.pk and now.created_at == edited.created_at
    assert now.updated_at > edited.updated_at
    assert "greatest concern" in now.text
    assert export(read_graph(engine)) == export(load([seed_copy]))


def test_moving_lines_in_a_file_updates_the_stored_origin(engine: Engine, seed_copy: Path) -> None:
    import_dossiers(engine, [seed_copy])
    line = claim_row(engine, "patterson-kayani-opposes-nfu").origin_line
    seed_copy.write_text("# a new first line\n" + seed_copy.read_text(encoding="utf-8"))
    result = import_dossiers(engine, [seed_copy])
    assert result.updated == 41 and result.added == result.removed == 0
    assert claim_row(engine, "patterson-kayani-opposes-nfu").origin_line == line + 1


def test_error_findings_stop_the_import_unless_allowed(
    engine: Engine, cli: Callable[..., Result]
) -> None:
    defect = DEFECTS / "PV001-unattributed-claim.yaml"
    before = snapshot(engine)
    refused = cli("db", "import", defect)
    assert refused.exit_code == 1
    assert f"{defect.as_posix()}:12: PV001 [error]" in refused.stdout
    assert "nothing imported" in refused.stdout
    assert snapshot(engine) == before

    allowed = cli("db", "import", defect, "--allow-findings")
    assert allowed.exit_code == 0, allowed.output
    assert "PV001 [error]" in allowed.stdout
    assert counts(engine)["claims"] == 1


def test_a_malformed_file_changes_nothing(
    engine: Engine, cli: Callable[..., Result], tmp_path: Path
) -> None:
    assert cli("db", "import", SEED).exit_code == 0
    before = snapshot(engine)
    broken = tmp_path / "broken.yaml"
    broken.write_text("claims:\n  - id: x\n    text: [unclosed\n", encoding="utf-8")
    result = cli("db", "import", SEED, broken)
    assert result.exit_code == 2
    assert result.stderr.startswith(f"provenance: error: {broken.as_posix()}:")
    assert result.stderr.count("\n") == 1
    assert snapshot(engine) == before


def test_a_crash_half_way_through_leaves_the_store_as_it_was(
    engine: Engine, seed_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    earlier = tmp_path / "earlier.yaml"
    earlier.write_text("agents:\n  - {id: someone, name: Someone}\n", encoding="utf-8")
    import_dossiers(engine, [earlier])
    before = snapshot(engine)
    real_insert = store_io._insert
    written: list[str] = []

    def insert_until_claims(connection: Connection, table: sa.Table, rows: list[Row]) -> None:
        if table.name == "claims":  # dossiers, agents, sources and their lists are in
            raise RuntimeError("simulated crash")
        real_insert(connection, table, rows)
        written.append(table.name)

    monkeypatch.setattr(store_io, "_insert", insert_until_claims)
    with pytest.raises(RuntimeError, match="simulated crash"):
        import_dossiers(engine, [seed_copy])
    assert {"dossiers", "agents", "roles", "sources"} <= set(written)
    assert snapshot(engine) == before


def test_an_id_defined_twice_in_one_import_cannot_be_stored(
    engine: Engine, cli: Callable[..., Result]
) -> None:
    result = cli("db", "import", DEFECTS / "PV004-duplicate-id.yaml", "--allow-findings")
    assert result.exit_code == 2
    assert "agent id 'ndtv' is defined twice" in result.stderr
    assert counts(engine)["agents"] == 0


def test_dossiers_are_validated_with_those_already_stored(
    engine: Engine, cli: Callable[..., Result], tmp_path: Path
) -> None:
    # A later dossier may name agents and sources stored earlier: they resolve.
    assert cli("db", "import", SEED).exit_code == 0
    later = tmp_path / "later.yaml"
    later.write_text(
        "claims:\n"
        "  - id: ndtv-later-claim\n"
        "    text: NDTV says something else.\n"
        "    speaker: ndtv\n"
        "    source: ndtv-2011-05-06-kayani-nfu\n"
        "    date: 2011-05-06\n",
        encoding="utf-8",
    )
    result = cli("db", "import", later)
    assert result.exit_code == 0, result.output
    assert "PV003" not in result.stdout


def test_an_id_another_stored_dossier_defines_is_a_duplicate(
    engine: Engine, cli: Callable[..., Result], tmp_path: Path
) -> None:
    assert cli("db", "import", SEED).exit_code == 0
    before = snapshot(engine)
    clash = tmp_path / "clash.yaml"
    clash.write_text("agents:\n  - id: ndtv\n    name: New Delhi Television\n", encoding="utf-8")
    result = cli("db", "import", clash)
    assert result.exit_code == 1
    assert f"{clash.as_posix()}:2: PV004 [error] id 'ndtv' is already used" in result.stdout
    assert snapshot(engine) == before


def test_a_change_that_breaks_another_stored_dossier_is_refused(
    engine: Engine, tmp_path: Path
) -> None:
    agents = tmp_path / "agents.yaml"
    agents.write_text("agents:\n  - {id: ndtv, name: NDTV}\n", encoding="utf-8")
    claims = tmp_path / "claims.yaml"
    claims.write_text("claims:\n  - {id: c, text: T, speaker: ndtv}\n", encoding="utf-8")
    import_dossiers(engine, [agents, claims], allow_findings=True)  # PV001: no source
    before = snapshot(engine)
    agents.write_text("agents: []\n", encoding="utf-8")
    result = import_dossiers(engine, [agents])
    assert not result.applied
    assert [(f.code, f.object.id, f.file) for f in result.report.findings] == [
        ("PV003", "c", claims.as_posix())
    ]
    assert snapshot(engine) == before


def test_nul_characters_are_refused_before_anything_is_written(
    engine: Engine, tmp_path: Path
) -> None:
    dossier = tmp_path / "nul.json"
    dossier.write_text('{"agents": [{"id": "a", "name": "A\\u0000B"}]}', encoding="utf-8")
    with pytest.raises(InputError, match="NUL character"):
        import_dossiers(engine, [dossier])
    assert counts(engine)["agents"] == 0


def _many(path: Path, claims: dict[int, str]) -> Path:
    lines = ['{"type": "agent", "id": "a", "name": "A"}']
    lines += [
        f'{{"type": "claim", "id": "c{i}", "speaker": "a", "text": "{text}", "tags": ["t{i}"]}}'
        for i, text in claims.items()
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_an_import_written_a_chunk_at_a_time_adds_updates_and_removes_as_one(
    engine: Engine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Rows are made and written a chunk at a time (10,000 objects); here, 7, so that new,
    # changed and unchanged claims fall in several chunks, and a list (tags) with each.
    monkeypatch.setattr(store_io, "INSERT_CHUNK", 7)
    first = dict.fromkeys(range(30), "said")
    import_dossiers(engine, [_many(tmp_path / "d.jsonl", first)], allow_findings=True)
    second = {i: "said" for i in range(30) if i != 20} | {3: "x", 15: "y", 29: "z", 40: "new"}
    edited = _many(tmp_path / "d.jsonl", second)
    result = import_dossiers(engine, [edited], allow_findings=True)
    # Updated: c3 and c15, and c21-c29 (c29 edited too), which moved up a line with c20 gone.
    assert (result.added, result.updated, result.removed, result.unchanged) == (1, 11, 1, 19)
    assert export(read_graph(engine)) == export(load([edited]))
    assert counts(engine)["claim_tags"] == len(second)
