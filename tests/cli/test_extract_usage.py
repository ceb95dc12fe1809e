"""`provenance extract` refuses bad options and unwritable outputs as a user's mistake (exit 2)."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from provenance.cli import app

runner = CliRunner()


@pytest.mark.parametrize("option", ["--source-id", "--publisher"])
def test_an_id_that_is_not_a_slug_is_one_line_and_exit_2(tmp_path: Path, option: str) -> None:
    article = tmp_path / "a.txt"
    article.write_text('"We will act," she said.\n', encoding="utf-8")
    result = runner.invoke(app, ["extract", str(article), option, "NDTV News"])
    assert result.exit_code == 2
    assert result.stderr == (
        f"provenance: error: {option}: 'NDTV News' is not a valid id: use lowercase letters, "
        "digits and '-', '_' or '.' inside (e.g. 'ndtv')\n"
    )
    assert result.stdout == ""


def test_an_unwritable_output_is_exit_2_and_leaves_nothing(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text('"We will act," she said.\n', encoding="utf-8")
    target = tmp_path / "missing-dir" / "draft.yaml"
    result = runner.invoke(app, ["extract", str(article), "-o", str(target)])
    assert result.exit_code == 2, result.output
    assert result.stderr.startswith(f"provenance: error: cannot write {target}")
    assert not target.parent.exists()


def test_a_text_longer_than_the_parser_takes_is_named_and_refused(tmp_path: Path) -> None:
    article = tmp_path / "report.txt"
    article.write_text('"We will act," she said.\n' * 45_000, encoding="utf-8")  # 1.125M chars
    result = runner.invoke(app, ["extract", str(article)])
    assert result.exit_code == 2, result.output
    assert result.stderr == (
        f"provenance: error: {article}: 1,125,000 characters is longer than extract reads "
        "at once (1,000,000): split it into articles or chapters\n"
    )
