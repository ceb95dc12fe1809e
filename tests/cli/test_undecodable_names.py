"""File names that are not UTF-8 (Linux allows any bytes): every report format stays valid
UTF-8 and shows the name recognisably."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from ..conftest import DEFECTS


@pytest.fixture
def undecodable_name(tmp_path: Path) -> Path:
    """A dossier whose file name is not UTF-8 (the byte 0xff), as Linux allows."""
    try:
        path = tmp_path / os.fsdecode(b"bad\xffname.yaml")
        shutil.copy(DEFECTS / "PV008-undated.yaml", path)
    except (OSError, UnicodeError):
        pytest.skip("this file system refuses names that are not UTF-8")
    return path


def _validate(path: Path, fmt: str) -> str:
    # A real process with strict UTF-8 output, as a terminal or a CI log has it.
    result = subprocess.run(
        [sys.executable, "-m", "provenance", "validate", path.name, "--format", fmt],
        cwd=path.parent,
        env={**os.environ, "PYTHONIOENCODING": "utf-8:strict"},
        capture_output=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr.decode("utf-8", "replace")
    return result.stdout.decode("utf-8")  # strict: the report is valid UTF-8


@pytest.mark.parametrize("fmt", ["text", "github", "junit"])
def test_a_name_that_is_not_utf8_shows_its_byte_in_line_reports(
    undecodable_name: Path, fmt: str
) -> None:
    assert "bad\\xffname.yaml" in _validate(undecodable_name, fmt)


def test_a_name_that_is_not_utf8_is_valid_json(undecodable_name: Path) -> None:
    report = json.loads(_validate(undecodable_name, "json"))
    assert [f["file"] for f in report["findings"]] == ["bad\\xffname.yaml"]


def test_a_name_that_is_not_utf8_is_a_percent_encoded_sarif_uri(undecodable_name: Path) -> None:
    log = json.loads(_validate(undecodable_name, "sarif"))
    [result] = log["runs"][0]["results"]
    location = result["locations"][0]["physicalLocation"]["artifactLocation"]
    assert location["uri"] == "bad%FFname.yaml"  # the file's own bytes, so a viewer finds it
