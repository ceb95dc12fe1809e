from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from provenance.cli import app

from ..conftest import ROOT

runner = CliRunner()
LINE = re.compile(
    r"^(?P<file>[^:]+):(?P<line>\d+): (?P<code>PV\d{3}) \[(?P<sev>\w+)\] .+ "
    r"\((?P<kind>agent|source|claim) (?P<id>\S+)\)$"
)


@pytest.fixture(autouse=True)
def _at_root(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)


def test_seed_fixture_passes_with_exit_0_and_only_warnings_an_editor_agrees_with() -> None:
    result = runner.invoke(app, ["validate", "fixtures/ndtv-kayani-2011"])
    assert result.exit_code == 0, result.output
    *findings, summary = result.stdout.splitlines()
    assert re.fullmatch(
        r"1 file, (\d+) agents, (\d+) sources, (\d+) claims: 0 errors, 5 warnings, 0 infos",
        summary,
    )
    flagged = [(m["code"], m["id"]) for m in map(LINE.match, findings) if m]
    assert flagged == [
        ("PV007", "recent-media-reports-2009"),  # "recent media reports": nobody behind them
        ("PV009", "recent-media-reports-2009"),
        ("PV009", "zardari-gilani-views-unstated"),  # the cable does not say where
        ("PV009", "gop-reaction-this-week-2011"),  # NDTV names no document
        ("PV010", "headline-kayani-not-on-board"),  # the headline credits WikiLeaks
    ]


def test_json_summary_of_the_seed_counts_agents_sources_claims() -> None:
    result = runner.invoke(app, ["validate", "fixtures/ndtv-kayani-2011", "--format", "json"])
    assert result.exit_code == 0
    report = json.loads(result.stdout)
    summary = report["summary"]
    assert list(report) == ["findings", "summary", "suppressed"]
    assert list(summary) == [
        *("files", "agents", "sources", "claims"),
        *("errors", "warnings", "infos", "suppressed"),
    ]
    assert summary["files"] == 1
    assert summary["agents"] >= 9 and summary["sources"] >= 4 and summary["claims"] >= 12
    assert summary["errors"] == 0


def test_findings_exit_1_one_line_each_in_compiler_shape() -> None:
    result = runner.invoke(app, ["validate", "fixtures/defects/PV003-dangling-reference.yaml"])
    assert result.exit_code == 1
    first, summary = result.stdout.splitlines()
    assert first == (
        "fixtures/defects/PV003-dangling-reference.yaml:16: PV003 [error] speaker "
        "'anne-paterson' does not match any agent (claim kayani-opposes-nfu)"
    )
    assert summary.endswith("1 error, 0 warnings, 0 infos")


def test_json_report_shape_is_the_ci_contract() -> None:
    result = runner.invoke(app, ["validate", "fixtures/defects", "--format", "json"])
    assert result.exit_code == 1
    report = json.loads(result.stdout)
    finding = report["findings"][0]
    assert list(finding) == [
        "code",
        "rule",
        "severity",
        "message",
        "object",
        "file",
        "line",
        "hint",
    ]
    assert set(finding["object"]) == {"kind", "id"}
    keys = [(f["file"], f["line"], f["code"]) for f in report["findings"]]
    assert keys == sorted(keys)
    assert report["summary"]["errors"] == sum(f["severity"] == "error" for f in report["findings"])
    lines = runner.invoke(app, ["validate", "fixtures/defects"]).stdout.splitlines()[:-1]
    assert all(LINE.match(line) for line in lines)
    assert len(lines) == len(report["findings"])


def test_fail_on_sets_the_threshold() -> None:
    undated = "fixtures/defects/PV008-undated.yaml"
    assert runner.invoke(app, ["validate", undated]).exit_code == 0
    assert runner.invoke(app, ["validate", undated, "--fail-on", "warning"]).exit_code == 1
    assert runner.invoke(app, ["validate", undated, "--fail-on", "info"]).exit_code == 1
    seed = ["validate", "fixtures/ndtv-kayani-2011"]  # warnings, no errors
    assert runner.invoke(app, [*seed, "--fail-on", "error"]).exit_code == 0
    assert runner.invoke(app, [*seed, "--fail-on", "warning"]).exit_code == 1


def test_select_and_ignore_flags() -> None:
    both = ["validate", "fixtures/defects"]
    only = runner.invoke(app, [*both, "--select", "PV001,PV002", "--format", "json"])
    assert {f["code"] for f in json.loads(only.stdout)["findings"]} == {"PV001", "PV002"}
    seed = ["validate", "fixtures/ndtv-kayani-2011", "--format", "json"]
    rest = runner.invoke(app, [*seed, "--ignore", "PV00"])
    assert {f["code"] for f in json.loads(rest.stdout)["findings"]} == {"PV010"}
    assert (
        json.loads(runner.invoke(app, [*seed, "--ignore", "PV007,PV009,PV010"]).stdout)["findings"]
        == []
    )


def test_unknown_rule_code_is_a_usage_error() -> None:
    result = runner.invoke(app, ["validate", "fixtures/ndtv-kayani-2011", "--select", "PV999"])
    assert result.exit_code == 2
    assert result.stderr == (
        "provenance: error: unknown rule code 'PV999' (see `provenance rules`)\n"
    )


def test_malformed_yaml_is_exit_2_with_file_and_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("claims:\n  - id: x\n   text: misaligned\n")
    result = runner.invoke(app, ["validate", str(bad)])
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.startswith(f"provenance: error: {bad.as_posix()}:3:")
    assert result.stderr.count("\n") == 1


def test_missing_path_is_exit_2() -> None:
    result = runner.invoke(app, ["validate", "fixtures/nope"])
    assert result.exit_code == 2
    assert result.stderr == "provenance: error: fixtures/nope: no such file or directory\n"


def test_no_path_is_a_usage_error() -> None:
    assert runner.invoke(app, ["validate"]).exit_code == 2


def test_an_internal_bug_is_reported_briefly_not_as_a_traceback(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from provenance import cli

    def broken(*args: object) -> object:
        raise RuntimeError("boom")

    monkeypatch.setattr(cli, "load", broken)
    for argv, shows_traceback in ((["validate", "x"], False), (["validate", "x", "--debug"], True)):
        monkeypatch.setattr(sys, "argv", ["provenance", *argv])
        with pytest.raises(SystemExit) as exit_info:
            cli.main()
        assert exit_info.value.code == 3
        err = capsys.readouterr().err
        assert "internal error (RuntimeError: boom)" in err or shows_traceback
        assert ("Traceback" in err) is shows_traceback


def test_module_entry_point_runs() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "provenance", "validate", "fixtures/ndtv-kayani-2011"],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stderr
    assert "0 errors" in result.stdout


def test_pyproject_settings_apply_and_flags_override_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "pyproject.toml").write_text(
        '[tool.provenance]\nfail-on = "warning"\nseverity = { PV010 = "error" }\n'
    )
    seed = (ROOT / "fixtures" / "ndtv-kayani-2011").as_posix()
    monkeypatch.chdir(tmp_path)

    configured = runner.invoke(app, ["validate", seed, "--format", "json"])
    assert configured.exit_code == 1
    report = json.loads(configured.stdout)
    assert [f["severity"] for f in report["findings"] if f["code"] == "PV010"] == ["error"]

    assert runner.invoke(app, ["validate", seed, "--ignore", "PV007,PV009,PV010"]).exit_code == 0
    only_sources = runner.invoke(app, ["validate", seed, "--select", "PV007", "--fail-on", "error"])
    assert only_sources.exit_code == 0
    assert only_sources.stdout.count("PV007") == 1


def test_bad_settings_are_exit_2(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "provenance.toml").write_text('fail_on = "warning"\n')
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["validate", (ROOT / "fixtures" / "ndtv-kayani-2011").as_posix()])
    assert result.exit_code == 2
    assert result.stderr.endswith(
        "provenance.toml:1: fail_on: unknown setting (known: select, ignore, fail-on, severity)\n"
    )


def test_suppressed_findings_are_counted_in_the_summary(tmp_path: Path) -> None:
    dossier = tmp_path / "d.yaml"
    dossier.write_text(
        "claims:\n  - id: c\n    text: said\n    speaker: x\n"
        "    noqa: ['PV001: the source is being traced', 'PV003: x is added tomorrow',"
        " PV008]\n"
    )
    result = runner.invoke(app, ["validate", str(dossier)])
    assert result.exit_code == 0
    assert result.stdout.endswith("0 errors, 0 warnings, 0 infos, 3 suppressed\n")
    report = json.loads(runner.invoke(app, ["validate", str(dossier), "--format", "json"]).stdout)
    assert {s["finding"]["code"]: s["reason"] for s in report["suppressed"]} == {
        "PV001": "the source is being traced",
        "PV003": "x is added tomorrow",
        "PV008": None,
    }
