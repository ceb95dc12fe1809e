"""Long runs say how far they are on a terminal, and stay silent everywhere else."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from provenance import load, validate
from provenance.cli import app
from provenance.cli_progress import WORTH_A_BAR, progress_bar
from provenance.rules import RULES

from ..conftest import SEED


class Recorder:
    def __init__(self) -> None:
        self.phases: list[tuple[str, int]] = []
        self.done: dict[str, int] = {}

    def start(self, phase: str, total: int) -> None:
        self.phases.append((phase, total))
        self.done[phase] = 0

    def advance(self, steps: int = 1) -> None:
        self.done[self.phases[-1][0]] += steps


def big_jsonl(tmp_path: Path, claims: int = 12_000) -> Path:
    lines = [
        '{"type": "agent", "id": "a", "name": "A"}',
        '{"type": "source", "id": "s", "kind": "report", "title": "Budget review",'
        ' "authors": ["a"], "publisher": "a", "published": "2011"}',
    ]
    lines += [
        f'{{"type": "claim", "id": "c{i}", "speaker": "a", "source": "s", "date": "2011",'
        f' "text": "Claim {i} about the budget."}}'
        for i in range(claims)
    ]
    path = tmp_path / "big.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("which", ["yaml", "jsonl"])
def test_loading_counts_every_byte_of_the_input(tmp_path: Path, which: str) -> None:
    path = SEED / "dossier.yaml" if which == "yaml" else big_jsonl(tmp_path)
    heard = Recorder()
    load([path], heard)
    assert heard.phases == [("loading", path.stat().st_size)]
    assert heard.done["loading"] == path.stat().st_size


def test_checking_counts_one_step_per_rule() -> None:
    heard = Recorder()
    validate(load([SEED]), progress=heard)
    assert heard.phases == [("checking", len(RULES))]
    assert heard.done["checking"] == len(RULES)


def test_a_terminal_sees_a_bar_for_a_big_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = big_jsonl(tmp_path, claims=14_000)
    assert path.stat().st_size >= WORTH_A_BAR
    with progress_bar(quiet=False, terminal=True) as progress:
        validate(load([path], progress), progress=progress)
    drawn = capsys.readouterr()
    assert "Loading dossiers" in drawn.err and "Checking rules" in drawn.err
    assert drawn.out == ""


@pytest.mark.parametrize(("quiet", "big"), [(True, True), (False, False)])
def test_no_bar_when_quiet_or_quick(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], quiet: bool, big: bool
) -> None:
    path = big_jsonl(tmp_path, claims=14_000) if big else SEED / "dossier.yaml"
    with progress_bar(quiet=quiet, terminal=True) as progress:
        validate(load([path], progress), progress=progress)
    assert capsys.readouterr().err == ""


def test_piped_output_is_the_report_alone(tmp_path: Path) -> None:
    path = big_jsonl(tmp_path, claims=14_000)
    piped = CliRunner().invoke(app, ["validate", str(path)])
    quiet = CliRunner().invoke(app, ["validate", "--quiet", str(path)])
    assert piped.exit_code == quiet.exit_code == 0
    assert piped.output == quiet.output
    assert piped.output.strip().endswith("0 errors, 0 warnings, 0 infos")
