"""A finding is one line in the line formats, whatever the user's text holds."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

from provenance.cli import app

runner = CliRunner()

# A vague title (PV009 quotes it) with a newline, a carriage return, a line
# separator, a tab and a terminal escape sequence inside a quoted YAML string.
DOSSIER = r"""agents:
  - id: ndtv
    name: NDTV
    kind: organization
sources:
  - id: reports-2009
    kind: news_article
    publisher: ndtv
    published: 2009
    title: "Drone strikes, sources said\nby officials\r\Lin Islamabad\ttoday\e[31m"
"""


@pytest.fixture
def dossier(write_dossier: Callable[..., Path]) -> Path:
    return write_dossier(DOSSIER)


def test_text_escapes_control_characters_in_a_message(dossier: Path) -> None:
    result = runner.invoke(app, ["validate", str(dossier)])

    assert result.exit_code == 0, result.output
    finding, summary = result.stdout.splitlines()
    assert finding == (
        f"{dossier.as_posix()}:6: PV009 [warning] source title 'Drone strikes, sources said"
        r"\nby officials\r\u2028in Islamabad\ttoday\x1b[31m' names no document "
        "('sources said') (source reports-2009)"
    )
    assert summary.startswith("1 file, 1 agent, 1 source")


def test_github_escapes_line_breaks_its_own_way(dossier: Path) -> None:
    result = runner.invoke(app, ["validate", str(dossier), "--format", "github"])

    assert result.exit_code == 0, result.output
    annotation, _summary = result.stdout.split("\n")[:2]
    assert annotation.startswith("::warning file=")
    assert "sources said%0Aby officials%0D" in annotation


def test_json_keeps_the_text_as_it_is(dossier: Path) -> None:
    result = runner.invoke(app, ["validate", str(dossier), "--format", "json"])

    [finding] = json.loads(result.stdout)["findings"]
    assert "sources said\nby officials\r\u2028in Islamabad\ttoday\x1b[31m" in finding["message"]
