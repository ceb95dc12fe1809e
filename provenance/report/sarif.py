"""SARIF 2.1.0, the format code-scanning dashboards read (GitHub, GitLab, Azure DevOps)."""

from __future__ import annotations

import json
from pathlib import PurePath
from typing import Any
from urllib.parse import quote

from ..display import displayable
from ..findings import Finding, Report, Severity, Suppressed
from ..graph import Graph
from ..rules import RULES, Rule

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
LEVEL = {Severity.error: "error", Severity.warning: "warning", Severity.info: "note"}

# Finding paths are relative to where provenance ran; consumers resolve this base id
# to their checkout, so the log never carries a machine's absolute paths.
SRCROOT = "%SRCROOT%"


def as_sarif(report: Report, graph: Graph | None = None) -> str:
    """One run; every rule is declared, so a dashboard can tell "ran, found nothing"
    from "not run" and close alerts that were fixed."""
    from .. import __version__  # at call time: the package imports its parts before the version

    rules = list(RULES.values())
    index = {rule.code: i for i, rule in enumerate(rules)}
    results = [_result(f, index) for f in report.findings]
    # Findings silenced in the dossier stay in the log as SARIF suppressions, as in the JSON
    # report; SARIF viewers show them as suppressed instead of open.
    results += [_result(s.finding, index, s) for s in report.suppressed]
    log = {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "provenance",
                        "version": __version__,
                        "rules": [_descriptor(rule) for rule in rules],
                    }
                },
                "results": results,
            }
        ],
    }
    return json.dumps(log, indent=2, ensure_ascii=False) + "\n"


def _descriptor(rule: Rule) -> dict[str, Any]:
    return {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": rule.summary},
        "fullDescription": {"text": rule.doc},
        "help": {"text": rule.doc, "markdown": rule.doc},
        "defaultConfiguration": {"level": LEVEL[rule.severity]},
    }


def _result(
    finding: Finding, index: dict[str, int], suppressed: Suppressed | None = None
) -> dict[str, Any]:
    physical: dict[str, Any] = {"artifactLocation": _artifact(finding.file)}
    if finding.line is not None:
        physical["region"] = {"startLine": finding.line}
    text = finding.message if finding.hint is None else f"{finding.message}. Hint: {finding.hint}"
    text = displayable(text)
    result: dict[str, Any] = {
        "ruleId": finding.code,
        "ruleIndex": index[finding.code],
        "level": LEVEL[finding.severity],
        "message": {"text": text},
        "locations": [
            {
                "physicalLocation": physical,
                "logicalLocations": [{"name": finding.object.id, "kind": finding.object.kind}],
            }
        ],
    }
    if suppressed is not None:
        suppression = {"kind": "inSource"}
        if suppressed.reason is not None:
            suppression["justification"] = displayable(suppressed.reason)
        result["suppressions"] = [suppression]
    return result


def _artifact(file: str) -> dict[str, str]:
    path = PurePath(file)
    if path.is_absolute():
        # Only when the user named an absolute path; SARIF then needs a file: URI.
        return {"uri": path.as_uri()}
    return {"uri": quote(_bytes(path.as_posix())), "uriBaseId": SRCROOT}


def _bytes(name: str) -> bytes:
    # A URI percent-encodes the name's bytes: a name that is not UTF-8 gets its own
    # bytes back (%FF), so a viewer still finds the file.
    try:
        return name.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:  # a lone surrogate that stands for no byte
        return displayable(name).encode("utf-8")
