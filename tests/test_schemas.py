"""The committed JSON Schemas are what the code generates, and real exports satisfy them
according to a third-party validator (check-jsonschema)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from provenance import export, load, schema, validate
from provenance.cli import app

from .conftest import DEFECTS, REVIEWED, ROOT, SEED

VALID_FIXTURES = [SEED, REVIEWED]


@pytest.mark.parametrize("name", sorted(schema.SCHEMAS))
def test_committed_schema_matches_the_models(name: str) -> None:
    committed = (ROOT / "schemas" / name).read_text(encoding="utf-8")
    assert committed == schema.render(name), (
        f"schemas/{name} is stale: run `provenance schema -o schemas` and commit it"
    )


def test_schema_command_writes_the_same_files(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["schema", "-o", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    for name in schema.SCHEMAS:
        assert (tmp_path / "out" / name).read_text() == (ROOT / "schemas" / name).read_text()


def _check_jsonschema(schema_file: Path, instance: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "check_jsonschema", "--schemafile", str(schema_file), str(instance)],
        capture_output=True,
        text=True,
        check=False,
    )


@pytest.mark.parametrize("fixture", VALID_FIXTURES, ids=lambda p: p.name)
def test_canonical_export_validates_against_the_dossier_schema(
    fixture: Path, tmp_path: Path
) -> None:
    out = tmp_path / "export.json"
    out.write_text(export(load([fixture])), encoding="utf-8")
    result = _check_jsonschema(ROOT / "schemas" / "dossier.schema.json", out)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_schema_rejects_what_the_loader_rejects(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"claims": [{"id": "Not A Slug", "text": "x", "speakr": "y"}]}')
    result = _check_jsonschema(ROOT / "schemas" / "dossier.schema.json", bad)
    assert result.returncode == 1
    assert "speakr" in result.stdout


def test_findings_report_validates_against_the_report_schema(tmp_path: Path) -> None:
    report = validate(load([DEFECTS]))
    assert report.findings
    out = tmp_path / "report.json"
    out.write_text(report.model_dump_json(), encoding="utf-8")
    result = _check_jsonschema(ROOT / "schemas" / "report.schema.json", out)
    assert result.returncode == 0, result.stdout + result.stderr
