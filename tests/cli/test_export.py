from __future__ import annotations

import json
import os
import random
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from provenance import export, load
from provenance.cli import app

from ..conftest import SEED

runner = CliRunner()


def test_export_is_canonical_sorted_json() -> None:
    result = runner.invoke(app, ["export", str(SEED), "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert list(data) == ["agents", "sources", "claims"]
    for kind in data:
        ids = [item["id"] for item in data[kind]]
        assert ids == sorted(ids)
        assert all(next(iter(item)) == "id" for item in data[kind])
    assert result.stdout == export(load([SEED]))


def test_export_round_trips_byte_for_byte(tmp_path: Path) -> None:
    first = export(load([SEED]))
    (tmp_path / "export.json").write_text(first, encoding="utf-8")
    # the seed's text_file is relative to the dossier: put the article beside the export
    (tmp_path / "article.txt").write_bytes((SEED / "article.txt").read_bytes())
    assert export(load([tmp_path / "export.json"])) == first


def test_export_does_not_depend_on_the_order_objects_were_written(tmp_path: Path) -> None:
    data = yaml.safe_load((SEED / "dossier.yaml").read_text())
    for items in data.values():
        random.Random(7).shuffle(items)
    shuffled = tmp_path / "dossier.json"
    shuffled.write_text(json.dumps(data, default=str), encoding="utf-8")
    (tmp_path / "article.txt").write_bytes((SEED / "article.txt").read_bytes())
    assert export(load([shuffled])) == export(load([SEED]))


def test_export_to_a_file_writes_it_whole(tmp_path: Path) -> None:
    out = tmp_path / "seed.json"
    out.write_text("previous export")
    result = runner.invoke(app, ["export", str(SEED), "-o", str(out)])
    assert result.exit_code == 0
    assert result.stdout == ""
    assert out.read_text() == export(load([SEED]))
    assert os.listdir(tmp_path) == ["seed.json"]  # no temporary file left behind


def test_export_of_bad_input_writes_nothing(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("claims: [")
    out = tmp_path / "out.json"
    out.write_text("previous export")
    result = runner.invoke(app, ["export", str(bad), "-o", str(out)])
    assert result.exit_code == 2
    assert out.read_text() == "previous export"


def test_failed_write_keeps_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from provenance import atomic

    out = tmp_path / "seed.json"
    out.write_text("previous export")

    def crash(fd: int) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(atomic.os, "fsync", crash)
    with pytest.raises(OSError, match="disk full"):
        atomic.write_text_atomic(out, "new text")
    assert out.read_text() == "previous export"
    assert os.listdir(tmp_path) == ["seed.json"]
