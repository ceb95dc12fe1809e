"""Paths as users type them: one file under several spellings is one file."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from provenance.cli import app

from ..conftest import DEFECTS, ROOT

runner = CliRunner()
SEED = "fixtures/ndtv-kayani-2011"


@pytest.mark.parametrize(
    "spellings",
    [
        [f"{SEED}/dossier.yaml", f"./{SEED}/../ndtv-kayani-2011/dossier.yaml"],
        [f"{SEED}/dossier.yaml", SEED],
        [SEED, f"{SEED}/", f"{SEED}/dossier.yaml"],
    ],
    ids=["two-spellings", "file-and-its-directory", "directory-twice-and-its-file"],
)
def test_a_file_named_twice_is_validated_once(
    spellings: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(ROOT)
    once = runner.invoke(app, ["validate", f"{SEED}/dossier.yaml"])

    twice = runner.invoke(app, ["validate", *spellings])

    assert twice.exit_code == 0, twice.output  # no PV004 "duplicate id" for every object
    assert twice.stdout == once.stdout  # the file is reported under its first spelling
    assert "1 file," in twice.stdout.splitlines()[-1]


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symlinks")
def test_a_symlink_and_its_target_are_one_file(tmp_path: Path) -> None:
    target = tmp_path / "dossier.yaml"
    shutil.copy(DEFECTS / "PV008-undated.yaml", target)
    (tmp_path / "alias.yaml").symlink_to(target)

    result = runner.invoke(app, ["validate", str(tmp_path)])

    assert result.exit_code == 0, result.output
    assert "PV004" not in result.stdout
    assert result.stdout.splitlines()[-1].startswith("1 file,")
