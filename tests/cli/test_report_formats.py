"""The CI report formats, each read back with a real parser of that format."""

from __future__ import annotations

import json
import re
import tomllib
import xml.etree.ElementTree as ET
from typing import Any

import jsonschema
import pytest
import yaml
from typer.testing import CliRunner

import provenance
from provenance import RULES
from provenance.cli import app
from provenance.findings import Finding, ObjectRef, Report, Severity, Summary, Suppressed
from provenance.report import RENDERERS, ReportFormat, as_github, as_junit, as_sarif

from ..conftest import ROOT

runner = CliRunner()
DEFECTS = "fixtures/defects"
SEED = "fixtures/ndtv-kayani-2011"
SARIF_SCHEMA = ROOT.parent / "shared" / "external-schemas" / "sarif-schema-2.1.0.json"


@pytest.fixture(autouse=True)
def _at_root(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)


def _run(path: str, fmt: str) -> str:
    result = runner.invoke(app, ["validate", path, "--format", fmt])
    assert result.exit_code == (1 if path == DEFECTS else 0), result.output
    return result.stdout


def _json_report(path: str) -> dict[str, Any]:
    report: dict[str, Any] = json.loads(_run(path, "json"))
    return report


def _finding(**changes: Any) -> Finding:
    fields: dict[str, Any] = {
        "code": "PV008",
        "rule": "undated",
        "severity": Severity.warning,
        "message": "claim has no `date`",
        "object": ObjectRef(kind="claim", id="c1"),
        "file": "dossiers/a.yaml",
        "line": 7,
        "hint": "add `date:`",
    }
    return Finding(**{**fields, **changes})


def _report(*findings: Finding, suppressed: tuple[Suppressed, ...] = ()) -> Report:
    count = {s: sum(f.severity is s for f in findings) for s in Severity}
    summary = Summary(
        files=1,
        agents=0,
        sources=0,
        claims=len(findings),
        errors=count[Severity.error],
        warnings=count[Severity.warning],
        infos=count[Severity.info],
        suppressed=len(suppressed),
    )
    return Report(findings=findings, summary=summary, suppressed=suppressed)


@pytest.mark.parametrize("fmt", list(ReportFormat))
def test_every_format_is_offered_by_the_cli_and_keeps_the_exit_code(fmt: ReportFormat) -> None:
    assert fmt in RENDERERS
    assert runner.invoke(app, ["validate", DEFECTS, "--format", fmt.value]).exit_code == 1
    assert runner.invoke(app, ["validate", SEED, "--format", fmt.value]).exit_code == 0


# SARIF ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def sarif_validator() -> jsonschema.protocols.Validator:
    if not SARIF_SCHEMA.is_file():
        pytest.skip(f"the published SARIF schema is not at {SARIF_SCHEMA} (shared folder absent)")
    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema, format_checker=cls.FORMAT_CHECKER)


def _assert_valid_sarif(validator: jsonschema.protocols.Validator, log: Any) -> None:
    errors = [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(log)]
    assert errors == []


@pytest.mark.parametrize("path", [DEFECTS, SEED])
def test_sarif_is_valid_against_the_published_schema_and_matches_the_json_report(
    path: str, sarif_validator: jsonschema.protocols.Validator
) -> None:
    text = _run(path, "sarif")
    log = json.loads(text)
    _assert_valid_sarif(sarif_validator, log)
    assert log["$schema"] == "https://json.schemastore.org/sarif-2.1.0.json"
    assert log["version"] == "2.1.0"
    (run,) = log["runs"]
    driver = run["tool"]["driver"]
    assert (driver["name"], driver["version"]) == ("provenance", provenance.__version__)
    assert [r["id"] for r in driver["rules"]] == list(RULES)

    findings = _json_report(path)["findings"]
    assert findings, "both inputs have findings: the seed has warnings"
    assert len(run["results"]) == len(findings)
    level = {"error": "error", "warning": "warning", "info": "note"}
    for result, finding in zip(run["results"], findings, strict=True):
        rule = driver["rules"][result["ruleIndex"]]
        assert rule["id"] == result["ruleId"] == finding["code"]
        assert rule["name"] == finding["rule"]
        assert result["level"] == level[finding["severity"]]
        assert finding["message"] in result["message"]["text"]
        assert finding["hint"] in result["message"]["text"]
        (location,) = result["locations"]
        physical = location["physicalLocation"]
        assert physical["artifactLocation"] == {"uri": finding["file"], "uriBaseId": "%SRCROOT%"}
        assert physical["region"] == {"startLine": finding["line"]}
        assert location["logicalLocations"] == [
            {"name": finding["object"]["id"], "kind": finding["object"]["kind"]}
        ]


def test_sarif_rules_carry_the_catalogue(sarif_validator: jsonschema.protocols.Validator) -> None:
    rules = json.loads(_run(SEED, "sarif"))["runs"][0]["tool"]["driver"]["rules"]
    level = {Severity.error: "error", Severity.warning: "warning", Severity.info: "note"}
    for descriptor, rule in zip(rules, RULES.values(), strict=True):
        assert descriptor["name"] == rule.name
        assert descriptor["shortDescription"] == {"text": rule.summary}
        assert descriptor["fullDescription"]["text"] == rule.doc
        assert descriptor["help"] == {"text": rule.doc, "markdown": rule.doc}
        assert descriptor["defaultConfiguration"] == {"level": level[rule.severity]}


def test_sarif_without_a_line_info_level_suppressions_and_absolute_paths(
    sarif_validator: jsonschema.protocols.Validator,
) -> None:
    report = _report(
        _finding(line=None, severity=Severity.info, hint=None),
        _finding(file="/abs/dossier one.yaml"),
        suppressed=(
            Suppressed(finding=_finding(code="PV009", rule="vague-source"), reason="known"),
        ),
    )
    text = as_sarif(report)
    log = json.loads(text)
    _assert_valid_sarif(sarif_validator, log)
    no_line, absolute, silenced = log["runs"][0]["results"]
    assert no_line["level"] == "note"
    assert no_line["message"]["text"] == "claim has no `date`"
    assert "region" not in no_line["locations"][0]["physicalLocation"]
    assert absolute["locations"][0]["physicalLocation"]["artifactLocation"] == {
        "uri": "file:///abs/dossier%20one.yaml"
    }
    assert "suppressions" not in absolute
    assert silenced["suppressions"] == [{"kind": "inSource", "justification": "known"}]
    assert text == json.dumps(log, indent=2, ensure_ascii=False) + "\n"
    assert text == as_sarif(report)


# GitHub workflow commands -------------------------------------------------------------

# The runner's grammar (actions/runner ActionCommand.TryParseV2): "::", a command name,
# optionally a space and comma-separated key=value properties, "::", then the data up to
# the end of the line. Escaping keeps ":" out of properties and newlines out of both.
COMMAND = re.compile(r"::(?P<command>[a-z]+)(?: (?P<properties>[^:\r\n]*))?::(?P<data>[^\r\n]*)")
_DATA_ESCAPES = {"%25": "%", "%0D": "\r", "%0A": "\n"}
_PROPERTY_ESCAPES = {**_DATA_ESCAPES, "%3A": ":", "%2C": ","}


def _unescape(value: str, escapes: dict[str, str]) -> str:
    return re.sub("|".join(escapes), lambda m: escapes[m.group()], value)


def _parse_command(line: str) -> tuple[str, dict[str, str], str]:
    match = COMMAND.fullmatch(line)
    assert match, f"not a workflow command: {line!r}"
    properties = {}
    for item in (match["properties"] or "").split(","):
        key, _, value = item.partition("=")
        properties[key] = _unescape(value, _PROPERTY_ESCAPES)
    return match["command"], properties, _unescape(match["data"], _DATA_ESCAPES)


@pytest.mark.parametrize("path", [DEFECTS, SEED])
def test_github_annotations_one_per_finding_then_the_text_summary(path: str) -> None:
    *commands, summary = _run(path, "github").splitlines()
    assert summary == _run(path, "text").splitlines()[-1]
    assert not summary.startswith("::")
    findings = _json_report(path)["findings"]
    assert len(commands) == len(findings)
    for line, finding in zip(commands, findings, strict=True):
        command, properties, data = _parse_command(line)
        assert command == finding["severity"]  # error and warning are GitHub's own words
        assert properties == {
            "file": finding["file"],
            "line": str(finding["line"]),
            "title": f"{finding['code']} {finding['rule']}",
        }
        obj = finding["object"]
        assert data == f"{finding['message']} ({obj['kind']} {obj['id']})"


def test_github_escaping_round_trips_commas_colons_percent_and_newlines() -> None:
    message = "said: 50%, then\r\nretracted %0A, literally"
    awkward = _finding(
        severity=Severity.info, message=message, file="desk, 2011/a:b%.yaml", line=None
    )
    *commands, _ = as_github(_report(_finding(severity=Severity.error), awkward)).splitlines()
    assert len(commands) == 2, "a newline in a message must not start a new line"
    assert _parse_command(commands[0])[0] == "error"
    command, properties, data = _parse_command(commands[1])
    assert command == "notice"
    assert properties == {"file": "desk, 2011/a:b%.yaml", "title": "PV008 undated"}
    assert data == f"{message} (claim c1)"


# JUnit XML ----------------------------------------------------------------------------


def _junit(path: str) -> ET.Element:
    root = ET.fromstring(_run(path, "junit"))
    assert root.tag == "testsuites"
    return root


def _severity(message: str) -> str | None:
    match = re.match(r"\[(\w+)\] ", message)
    return match[1] if match else None


@pytest.mark.parametrize("path", [DEFECTS, SEED])
def test_junit_has_a_test_case_per_object_and_a_failure_per_error_or_warning(path: str) -> None:
    root = _junit(path)
    (suite,) = root.findall("testsuite")
    assert suite.get("name") == "provenance"
    cases = suite.findall("testcase")
    report = _json_report(path)
    summary = report["summary"]
    assert len(cases) == summary["agents"] + summary["sources"] + summary["claims"]
    failing = [case for case in cases if case.find("failure") is not None]
    for element in root, suite:
        assert element.get("tests") == str(len(cases))
        assert element.get("failures") == str(len(failing))
    failures = [
        (case.get("file"), int(case.get("line", 0)), case.get("classname"), case.get("name"), f)
        for case in cases
        for f in case.findall("failure")
    ]
    assert len(failures) == summary["errors"] + summary["warnings"]
    expected = [
        (f["file"], f["line"], f["object"]["kind"], f["object"]["id"], f["code"], f["severity"])
        for f in report["findings"]
    ]
    got = [
        (file, line, kind, id_, f.get("type"), _severity(f.get("message", "")))
        for file, line, kind, id_, f in failures
    ]
    assert sorted(got) == sorted(expected)


def test_junit_keeps_a_duplicated_id_as_two_test_cases() -> None:
    cases = [
        c
        for c in _junit(DEFECTS).iter("testcase")
        if (c.get("classname"), c.get("name"), c.get("file"))
        == ("agent", "ndtv", "fixtures/defects/PV004-duplicate-id.yaml")
    ]
    first, second = sorted(cases, key=lambda c: int(c.get("line", 0)))
    assert first.find("failure") is None  # the first definition is the one that counts
    failure = second.find("failure")
    assert failure is not None and failure.get("type") == "PV004"


def test_junit_from_a_report_alone_lists_objects_with_findings_and_infos_do_not_fail() -> None:
    report = _report(
        _finding(severity=Severity.error, line=3, object=ObjectRef(kind="source", id="s1")),
        _finding(severity=Severity.info, message="odd \x0c char"),
    )
    root = ET.fromstring(as_junit(report))
    cases = {c.get("name"): c for c in root.iter("testcase")}
    assert list(cases) == ["s1", "c1"]  # by file and line
    assert root.get("tests") == "2"
    assert root.get("failures") == "1"
    assert cases["c1"].find("failure") is None
    assert "PV008 [info] odd \ufffd char" in (cases["c1"].findtext("system-out") or "")
    failure = cases["s1"].find("failure")
    assert failure is not None
    assert failure.get("type") == "PV008"
    assert "hint: add `date:`" in (failure.text or "")


# pre-commit --------------------------------------------------------------------------


def test_pre_commit_hook_runs_the_validate_command_on_dossier_files() -> None:
    (hook,) = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert hook["id"] == "provenance-validate"
    assert hook["language"] == "python"
    assert hook["pass_filenames"] is True
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["scripts"]
    program, command = hook["entry"].split()
    assert program in scripts and command == "validate"
    files, exclude = re.compile(hook["files"]), re.compile(hook["exclude"])

    def checked(path: str) -> bool:
        return bool(files.search(path)) and not exclude.search(path)

    assert all(map(checked, ["dossiers/a.yaml", "b.yml", "desk/2011/cable.json", "big.jsonl"]))
    assert not checked("notes/readme.md")
    assert not checked(".pre-commit-config.yaml")
    assert not checked(".github/workflows/ci.yml")
