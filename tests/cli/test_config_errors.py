"""A broken [tool.provenance] (or provenance.toml) is the user's mistake: one line naming
the configuration file, its line and the key; exit 2; no report."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from provenance.cli import app

from ..conftest import DEFECTS

runner = CliRunner()


@pytest.mark.parametrize(
    ("name", "content", "error"),
    [
        pytest.param(
            "pyproject.toml",
            b'[tool.provenance]\nignore = ["PV008"]  # caf\xe9\n',
            "{file}:2: not valid UTF-8 text (byte 0xe9); TOML files must be saved as UTF-8",
            id="pyproject-not-utf8",
        ),
        pytest.param(
            "provenance.toml",
            b"\xff\xfe\x00ignore = []\n",
            "{file}:1: not valid UTF-8 text (byte 0xff); TOML files must be saved as UTF-8",
            id="provenance-toml-not-utf8",
        ),
        pytest.param(
            "pyproject.toml",
            b'[tool.provenance]\nselect = ["PV001"\n',
            "{file}:2: invalid TOML: Unclosed array (at end of document)",
            id="toml-cut-short",
        ),
        pytest.param(
            "pyproject.toml",
            b"[tool.provenance]\nfail-on = warning\n",
            "{file}:2:11: invalid TOML: Invalid value",
            id="invalid-toml",
        ),
        pytest.param(
            "pyproject.toml",
            b'# the desk\'s project\ntool = 5\n\n[project]\nname = "desk"\n',
            "{file}:2: tool: must be a table of settings",
            id="tool-not-a-table",
        ),
        pytest.param(
            "pyproject.toml",
            b'[tool]\nprovenance = "strict"\n',
            "{file}:2: tool.provenance: must be a table of settings",
            id="tool-provenance-not-a-table",
        ),
        pytest.param(
            "pyproject.toml",
            b'[tool.ruff]\nselect = ["E"]\n\n[tool.provenance]\nselect = [\n  "PV001",\n'
            b'  "PV999",\n]\n',
            "{file}:7: select: unknown rule code 'PV999' (see `provenance rules`)",
            id="unknown-code-in-select",
        ),
        pytest.param(
            "pyproject.toml",
            b'[tool.provenance]\nignore = ["PV008", "XX"]\n',
            "{file}:2: ignore: unknown rule code 'XX' (see `provenance rules`)",
            id="unknown-code-in-ignore",
        ),
        pytest.param(
            "provenance.toml",
            b'select = [""]\n',
            "{file}:1: select: unknown rule code '' (see `provenance rules`)",
            id="empty-code",
        ),
        pytest.param(
            "pyproject.toml",
            b'[tool.provenance.severity]\nPV009 = "error"\nPV999 = "error"\n',
            "{file}:3: severity: unknown rule code 'PV999' (see `provenance rules`)",
            id="unknown-code-in-severity",
        ),
    ],
)
def test_a_bad_configuration_file_is_named_in_one_line_with_exit_2(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, content: bytes, error: str
) -> None:
    config = tmp_path / name
    config.write_bytes(content)
    monkeypatch.chdir(tmp_path)

    result = runner.invoke(app, ["validate", str(DEFECTS / "PV008-undated.yaml")])

    assert result.exit_code == 2, result.output
    assert result.stdout == ""
    expected = error.format(file=config.resolve().as_posix())
    assert result.stderr == f"provenance: error: {expected}\n"
