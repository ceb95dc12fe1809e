"""The bad-input catalogue: every file in tests/bad_inputs/ is refused with exactly the
one-line error in its ``.expected`` sibling, exit code 2, nothing on stdout.

Adding a case means adding two files, not a test function.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from provenance.cli import app

from ..conftest import ROOT

CASES = sorted(
    path
    for path in (ROOT / "tests" / "bad_inputs").iterdir()
    if path.suffix in (".yaml", ".json", ".jsonl")
)


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_bad_input_is_one_clear_line_and_exit_2(
    case: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(ROOT)
    relative = case.relative_to(ROOT).as_posix()
    expected = Path(f"{case}.expected").read_text(encoding="utf-8")

    result = CliRunner().invoke(app, ["validate", relative])

    assert result.exit_code == 2, result.output
    assert result.stdout == ""
    assert result.stderr == expected
    assert result.stderr.count("\n") == 1
    assert result.stderr.startswith(f"provenance: error: {relative}:")


def test_every_case_has_its_expected_error() -> None:
    assert len(CASES) >= 25
    for case in CASES:
        assert Path(f"{case}.expected").is_file(), f"{case.name} has no .expected file"
